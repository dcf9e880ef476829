/* voc-job-row.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "voc-job-query.h"
#include "voc-job-posting.h"

G_BEGIN_DECLS

/* The columns of the Jobs page's table, in the order they are shown. */
typedef enum
{
  VOC_JOB_COLUMN_TITLE,
  VOC_JOB_COLUMN_FIT,
  VOC_JOB_COLUMN_COMPANY,
  VOC_JOB_COLUMN_LOCATION,
  VOC_JOB_COLUMN_REMOTE,
  VOC_JOB_COLUMN_SALARY,
  VOC_JOB_COLUMN_ADDED,
  VOC_JOB_COLUMN_SOURCE,
  VOC_JOB_N_COLUMNS
} VocJobColumn;

const char *voc_job_column_get_title  (VocJobColumn  column);
VocJobSort  voc_job_column_get_sort   (VocJobColumn  column);
void        voc_job_columns_allocate  (int           width,
                                       gboolean      rtl,
                                       int          *x,
                                       int          *widths);
int         voc_job_columns_get_min_width     (void);
int         voc_job_columns_get_natural_width (void);

#define VOC_JOB_CELL_PADDING 6

#define VOC_TYPE_JOB_ROW (voc_job_row_get_type ())
G_DECLARE_FINAL_TYPE (VocJobRow, voc_job_row, VOC, JOB_ROW, GtkWidget)

GtkWidget     *voc_job_row_new         (void);
VocJobPosting *voc_job_row_get_posting (VocJobRow     *self);
void           voc_job_row_set_posting (VocJobRow     *self,
                                        VocJobPosting *posting);
void           voc_job_row_set_fit     (VocJobRow     *self,
                                        int            score);
const char    *voc_job_row_get_text    (VocJobRow     *self,
                                        VocJobColumn   column);

G_END_DECLS
