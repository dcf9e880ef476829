/* voc-pipeline-tasks.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-repositories.h"
#include "voc-task-rules.h"

G_BEGIN_DECLS

/* Reminder offsets are minutes before an event's start; four weeks at most. */
#define VOC_REMINDER_OFFSET_MAX (28 * 24 * 60)

GArray        *voc_reminder_offsets_parse                (const char             *json,
                                                          GError                **error);
char          *voc_reminder_offsets_to_json              (const gint64           *minutes,
                                                          guint                   n_minutes);

/* Tasks */
gboolean       voc_pipeline_repository_complete_task     (VocPipelineRepository  *self,
                                                          VocTask                *task,
                                                          GDateTime              *done_at,
                                                          GError                **error);
gboolean       voc_pipeline_repository_snooze_task       (VocPipelineRepository  *self,
                                                          VocTask                *task,
                                                          GDateTime              *until,
                                                          GError                **error);
gboolean       voc_pipeline_repository_delete_task       (VocPipelineRepository  *self,
                                                          VocTask                *task,
                                                          GError                **error);
gboolean       voc_pipeline_repository_restore_task      (VocPipelineRepository  *self,
                                                          VocTask                *task,
                                                          GError                **error);
VocTask       *voc_pipeline_repository_find_task_by_uuid (VocPipelineRepository  *self,
                                                          const char             *uuid,
                                                          GError                **error);
VocEntityList *voc_pipeline_repository_list_open_tasks   (VocPipelineRepository  *self);

/* Events */
gboolean       voc_pipeline_repository_save_event        (VocPipelineRepository  *self,
                                                          VocEvent               *event,
                                                          GError                **error);
gboolean       voc_pipeline_repository_delete_event      (VocPipelineRepository  *self,
                                                          VocEvent               *event,
                                                          GError                **error);
VocEvent      *voc_pipeline_repository_find_event_by_uuid (VocPipelineRepository *self,
                                                          const char             *uuid,
                                                          GError                **error);
GPtrArray     *voc_pipeline_repository_dup_upcoming_events (VocPipelineRepository *self,
                                                          GDateTime              *now,
                                                          GError                **error);
gboolean       voc_pipeline_repository_import_events     (VocPipelineRepository  *self,
                                                          GPtrArray              *events,
                                                          gint64                  application_id,
                                                          guint                  *n_added,
                                                          GError                **error);

/* Rules */
gboolean       voc_pipeline_repository_apply_task_rules  (VocPipelineRepository  *self,
                                                          const VocTaskRuleSettings *settings,
                                                          GDateTime              *now,
                                                          guint                  *n_added,
                                                          guint                  *n_removed,
                                                          GError                **error);

/* Reminders */

/**
 * VocDueReminder:
 * @item: the #VocTask or #VocEvent it is about
 * @fire_at: when it is due; with the item, it names the reminder in the `notification` table
 * @offset_minutes: for an event, how long before its start
 * @label: (nullable): the job of the item's application, "Engineer at Acme"
 *
 * A reminder whose time has come and that has not been sent.
 */
typedef struct
{
  VocNotificationKind  kind;
  VocEntity           *item;
  GDateTime           *fire_at;
  gint64               offset_minutes;
  char                *label;
} VocDueReminder;

void           voc_due_reminder_free                     (VocDueReminder         *reminder);
GPtrArray     *voc_pipeline_repository_dup_due_reminders (VocPipelineRepository  *self,
                                                          GDateTime              *now,
                                                          GError                **error);
gboolean       voc_pipeline_repository_has_pending_reminders (VocPipelineRepository *self,
                                                          GDateTime              *now,
                                                          GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocDueReminder, voc_due_reminder_free)

G_END_DECLS
