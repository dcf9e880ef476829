/* voc-jobs-page-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-job-detail.h"
#include "voc-job-header.h"
#include "voc-jobs-page.h"

G_BEGIN_DECLS

const char     *voc_jobs_page_get_visible_child_name (VocJobsPage *self);
const char     *voc_jobs_page_get_view_name          (VocJobsPage *self);
gboolean        voc_jobs_page_is_loading             (VocJobsPage *self);
GListModel     *voc_jobs_page_get_model              (VocJobsPage *self);
GtkListView    *voc_jobs_page_get_list_view          (VocJobsPage *self);
VocJobHeader   *voc_jobs_page_get_header             (VocJobsPage *self);
void            voc_jobs_page_sort_by                (VocJobsPage *self,
                                                      VocJobSort   sort,
                                                      gboolean     descending);
VocJobDetail   *voc_jobs_page_get_detail             (VocJobsPage *self);
GtkEditable    *voc_jobs_page_get_search_entry       (VocJobsPage *self);
GtkMenuButton  *voc_jobs_page_get_filter_button      (VocJobsPage *self);
AdwComboRow    *voc_jobs_page_get_remote_filter      (VocJobsPage *self);
AdwComboRow    *voc_jobs_page_get_source_filter      (VocJobsPage *self);
GtkEditable    *voc_jobs_page_get_salary_filter      (VocJobsPage *self);
GtkSwitch      *voc_jobs_page_get_with_salary_filter (VocJobsPage *self);
GtkSwitch      *voc_jobs_page_get_application_filter (VocJobsPage *self);
GtkSpinButton  *voc_jobs_page_get_fit_filter         (VocJobsPage *self);
AdwToast       *voc_jobs_page_get_undo_toast         (VocJobsPage *self);
AdwMessageDialog *voc_jobs_page_get_confirm_dialog   (VocJobsPage *self);

G_END_DECLS
