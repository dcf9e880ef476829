/* voc-application-detail.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-pipeline-actions.h"
#include "voc-repositories.h"

G_BEGIN_DECLS

#define VOC_TYPE_APPLICATION_DETAIL (voc_application_detail_get_type ())
G_DECLARE_FINAL_TYPE (VocApplicationDetail, voc_application_detail, VOC, APPLICATION_DETAIL,
                      AdwBin)

GtkWidget         *voc_application_detail_new             (void);
void               voc_application_detail_show            (VocApplicationDetail  *self,
                                                           VocPipelineRepository *repository,
                                                           VocJobApplication     *application);
VocJobApplication *voc_application_detail_get_application (VocApplicationDetail  *self);
GListModel        *voc_application_detail_get_timeline    (VocApplicationDetail  *self);
gboolean           voc_application_detail_save            (VocApplicationDetail  *self,
                                                           GError               **error);
GtkEditable       *voc_application_detail_get_source_row  (VocApplicationDetail  *self);
GtkEditable       *voc_application_detail_get_salary_row  (VocApplicationDetail  *self);
GListModel        *voc_application_detail_get_tasks       (VocApplicationDetail  *self);
GListModel        *voc_application_detail_get_events      (VocApplicationDetail  *self);
GtkTextBuffer     *voc_application_detail_get_notes       (VocApplicationDetail  *self);
VocPipelineActions *voc_application_detail_get_actions    (VocApplicationDetail  *self);

G_END_DECLS
