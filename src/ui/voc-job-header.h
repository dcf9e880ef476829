/* voc-job-header.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "voc-job-row.h"

G_BEGIN_DECLS

#define VOC_TYPE_JOB_HEADER (voc_job_header_get_type ())
G_DECLARE_FINAL_TYPE (VocJobHeader, voc_job_header, VOC, JOB_HEADER, GtkWidget)

GtkWidget  *voc_job_header_new            (void);
VocJobSort  voc_job_header_get_sort       (VocJobHeader *self,
                                           gboolean     *descending);
void        voc_job_header_set_sort       (VocJobHeader *self,
                                           VocJobSort    sort,
                                           gboolean      descending);
GtkButton  *voc_job_header_get_button     (VocJobHeader *self,
                                           VocJobColumn  column);

G_END_DECLS
