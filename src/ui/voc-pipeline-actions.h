/* voc-pipeline-actions.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-repositories.h"

G_BEGIN_DECLS

#define VOC_TYPE_PIPELINE_ACTIONS (voc_pipeline_actions_get_type ())
G_DECLARE_FINAL_TYPE (VocPipelineActions, voc_pipeline_actions, VOC, PIPELINE_ACTIONS, GObject)

VocPipelineActions    *voc_pipeline_actions_new             (GtkWidget             *owner);
VocPipelineRepository *voc_pipeline_actions_get_repository  (VocPipelineActions    *self);
void                   voc_pipeline_actions_set_repository  (VocPipelineActions    *self,
                                                             VocPipelineRepository *repository);
void                   voc_pipeline_actions_set_window      (VocPipelineActions    *self,
                                                             GtkWindow             *window);
gpointer               voc_pipeline_actions_find            (VocPipelineActions    *self,
                                                             GType                  type,
                                                             gint64                 id);

void                   voc_pipeline_actions_complete_task   (VocPipelineActions    *self,
                                                             gint64                 id,
                                                             GDateTime             *done_at);
void                   voc_pipeline_actions_snooze_task     (VocPipelineActions    *self,
                                                             gint64                 id,
                                                             GDateTime             *until);
void                   voc_pipeline_actions_delete_task     (VocPipelineActions    *self,
                                                             gint64                 id);

void                   voc_pipeline_actions_delete_event    (VocPipelineActions    *self,
                                                             gint64                 id);
gboolean               voc_pipeline_actions_is_deleting     (VocPipelineActions    *self,
                                                             gint64                 event_id);
void                   voc_pipeline_actions_commit_deletes  (VocPipelineActions    *self);
GListModel            *voc_pipeline_actions_filter_events   (VocPipelineActions    *self,
                                                             GListModel            *events);
AdwToast              *voc_pipeline_actions_get_undo_toast  (VocPipelineActions    *self);

G_END_DECLS
