/* voc-task.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-task"

#include "config.h"

#include "voc-task.h"

/* A next step, possibly suggested by a rule. */
struct _VocTask
{
  VocEntity parent_instance;

  gint64       application_id;
  char        *title;
  VocTaskKind  kind;
  gint64       priority;
  GDateTime   *due_at;
  GDateTime   *done_at;
  GDateTime   *snoozed_until;
  gboolean     suggested;
  char        *rule;
  char        *notes;
  GDateTime   *deleted_at;
};

G_DEFINE_FINAL_TYPE (VocTask, voc_task, VOC_TYPE_ENTITY)

static void
voc_task_class_init (VocTaskClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "task");

  voc_entity_class_add_reference (entity_class, "application_id",
                                  G_STRUCT_OFFSET (VocTask, application_id),
                                  "job_application", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "title",
                               G_STRUCT_OFFSET (VocTask, title),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_enum (entity_class, "kind",
                             G_STRUCT_OFFSET (VocTask, kind),
                             VOC_TYPE_TASK_KIND, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "priority",
                            G_STRUCT_OFFSET (VocTask, priority),
                            0, 3, 1, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "due_at",
                                  G_STRUCT_OFFSET (VocTask, due_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "done_at",
                                  G_STRUCT_OFFSET (VocTask, done_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "snoozed_until",
                                  G_STRUCT_OFFSET (VocTask, snoozed_until),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_boolean (entity_class, "suggested",
                                G_STRUCT_OFFSET (VocTask, suggested),
                                FALSE);
  voc_entity_class_add_string (entity_class, "rule",
                               G_STRUCT_OFFSET (VocTask, rule),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "notes",
                               G_STRUCT_OFFSET (VocTask, notes),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "deleted_at",
                                  G_STRUCT_OFFSET (VocTask, deleted_at),
                                  VOC_COLUMN_DEFAULT);
}

static void
voc_task_init (VocTask *self)
{
}

VocTask *
voc_task_new (void)
{
  return g_object_new (VOC_TYPE_TASK, NULL);
}

gint64
voc_task_get_application_id (VocTask *self)
{
  g_return_val_if_fail (VOC_IS_TASK (self), 0);

  return self->application_id;
}

void
voc_task_set_application_id (VocTask *self,
                             gint64 application_id)
{
  g_return_if_fail (VOC_IS_TASK (self));

  g_object_set (self, "application-id", application_id, NULL);
}

const char *
voc_task_get_title (VocTask *self)
{
  g_return_val_if_fail (VOC_IS_TASK (self), NULL);

  return self->title;
}

void
voc_task_set_title (VocTask *self,
                    const char *title)
{
  g_return_if_fail (VOC_IS_TASK (self));

  g_object_set (self, "title", title, NULL);
}

VocTaskKind
voc_task_get_kind (VocTask *self)
{
  g_return_val_if_fail (VOC_IS_TASK (self), 0);

  return self->kind;
}

void
voc_task_set_kind (VocTask *self,
                   VocTaskKind kind)
{
  g_return_if_fail (VOC_IS_TASK (self));

  g_object_set (self, "kind", kind, NULL);
}

gint64
voc_task_get_priority (VocTask *self)
{
  g_return_val_if_fail (VOC_IS_TASK (self), 0);

  return self->priority;
}

void
voc_task_set_priority (VocTask *self,
                       gint64 priority)
{
  g_return_if_fail (VOC_IS_TASK (self));

  g_object_set (self, "priority", priority, NULL);
}

GDateTime *
voc_task_get_due_at (VocTask *self)
{
  g_return_val_if_fail (VOC_IS_TASK (self), NULL);

  return self->due_at;
}

void
voc_task_set_due_at (VocTask *self,
                     GDateTime *due_at)
{
  g_return_if_fail (VOC_IS_TASK (self));

  g_object_set (self, "due-at", due_at, NULL);
}

GDateTime *
voc_task_get_done_at (VocTask *self)
{
  g_return_val_if_fail (VOC_IS_TASK (self), NULL);

  return self->done_at;
}

void
voc_task_set_done_at (VocTask *self,
                      GDateTime *done_at)
{
  g_return_if_fail (VOC_IS_TASK (self));

  g_object_set (self, "done-at", done_at, NULL);
}

GDateTime *
voc_task_get_snoozed_until (VocTask *self)
{
  g_return_val_if_fail (VOC_IS_TASK (self), NULL);

  return self->snoozed_until;
}

void
voc_task_set_snoozed_until (VocTask *self,
                            GDateTime *snoozed_until)
{
  g_return_if_fail (VOC_IS_TASK (self));

  g_object_set (self, "snoozed-until", snoozed_until, NULL);
}

gboolean
voc_task_get_suggested (VocTask *self)
{
  g_return_val_if_fail (VOC_IS_TASK (self), 0);

  return self->suggested;
}

void
voc_task_set_suggested (VocTask *self,
                        gboolean suggested)
{
  g_return_if_fail (VOC_IS_TASK (self));

  g_object_set (self, "suggested", suggested, NULL);
}

const char *
voc_task_get_rule (VocTask *self)
{
  g_return_val_if_fail (VOC_IS_TASK (self), NULL);

  return self->rule;
}

void
voc_task_set_rule (VocTask *self,
                   const char *rule)
{
  g_return_if_fail (VOC_IS_TASK (self));

  g_object_set (self, "rule", rule, NULL);
}

const char *
voc_task_get_notes (VocTask *self)
{
  g_return_val_if_fail (VOC_IS_TASK (self), NULL);

  return self->notes;
}

void
voc_task_set_notes (VocTask *self,
                    const char *notes)
{
  g_return_if_fail (VOC_IS_TASK (self));

  g_object_set (self, "notes", notes, NULL);
}

GDateTime *
voc_task_get_deleted_at (VocTask *self)
{
  g_return_val_if_fail (VOC_IS_TASK (self), NULL);

  return self->deleted_at;
}

void
voc_task_set_deleted_at (VocTask *self,
                         GDateTime *deleted_at)
{
  g_return_if_fail (VOC_IS_TASK (self));

  g_object_set (self, "deleted-at", deleted_at, NULL);
}
