/* voc-pipeline-page-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-application-detail.h"
#include "voc-enums.h"
#include "voc-pipeline-page.h"

G_BEGIN_DECLS

const char    *voc_pipeline_page_get_visible_child_name (VocPipelinePage *self);
GListModel    *voc_pipeline_page_get_model              (VocPipelinePage *self);
GListModel    *voc_pipeline_page_get_stage_model        (VocPipelinePage *self,
                                                         VocStage         stage);
GtkDropTarget *voc_pipeline_page_get_drop_target        (VocPipelinePage *self,
                                                         VocStage         stage);
const char    *voc_pipeline_page_get_count_label        (VocPipelinePage *self,
                                                         VocStage         stage);
GtkWidget     *voc_pipeline_page_find_card              (VocPipelinePage *self,
                                                         gint64           application_id);
void           voc_pipeline_page_set_view               (VocPipelinePage *self,
                                                         const char      *name);
GtkColumnView *voc_pipeline_page_get_column_view        (VocPipelinePage *self);
GtkDropDown   *voc_pipeline_page_get_stage_filter       (VocPipelinePage *self);
VocApplicationDetail *voc_pipeline_page_get_detail      (VocPipelinePage *self);

G_END_DECLS
