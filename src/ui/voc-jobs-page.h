/* voc-jobs-page.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_JOBS_PAGE (voc_jobs_page_get_type ())
G_DECLARE_FINAL_TYPE (VocJobsPage, voc_jobs_page, VOC, JOBS_PAGE, AdwBin)

VocDatabase *voc_jobs_page_get_database    (VocJobsPage *self);
void         voc_jobs_page_set_database    (VocJobsPage *self,
                                            VocDatabase *database);
gboolean     voc_jobs_page_show_job        (VocJobsPage *self,
                                            gint64       posting_id);
void         voc_jobs_page_commit_deletes  (VocJobsPage *self);

G_END_DECLS
