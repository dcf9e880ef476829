/* voc-stage-change.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-stage-change"

#include "config.h"

#include "voc-stage-change.h"

/* One move of an application from a stage to another. */
struct _VocStageChange
{
  VocEntity parent_instance;

  gint64     application_id;
  VocStage   from_stage;
  VocStage   to_stage;
  GDateTime *changed_at;
  char      *note;
  gboolean   unusual;
};

G_DEFINE_FINAL_TYPE (VocStageChange, voc_stage_change, VOC_TYPE_ENTITY)

static void
voc_stage_change_class_init (VocStageChangeClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "stage_change");

  voc_entity_class_add_reference (entity_class, "application_id",
                                  G_STRUCT_OFFSET (VocStageChange, application_id),
                                  "job_application", VOC_COLUMN_REQUIRED);
  voc_entity_class_add_enum (entity_class, "from_stage",
                             G_STRUCT_OFFSET (VocStageChange, from_stage),
                             VOC_TYPE_STAGE, 0, VOC_COLUMN_NULLABLE);
  voc_entity_class_add_enum (entity_class, "to_stage",
                             G_STRUCT_OFFSET (VocStageChange, to_stage),
                             VOC_TYPE_STAGE, 0, VOC_COLUMN_REQUIRED);
  voc_entity_class_add_date_time (entity_class, "changed_at",
                                  G_STRUCT_OFFSET (VocStageChange, changed_at),
                                  VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "note",
                               G_STRUCT_OFFSET (VocStageChange, note),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_boolean (entity_class, "unusual",
                                G_STRUCT_OFFSET (VocStageChange, unusual),
                                FALSE);
}

static void
voc_stage_change_init (VocStageChange *self)
{
}

VocStageChange *
voc_stage_change_new (void)
{
  return g_object_new (VOC_TYPE_STAGE_CHANGE, NULL);
}

gint64
voc_stage_change_get_application_id (VocStageChange *self)
{
  g_return_val_if_fail (VOC_IS_STAGE_CHANGE (self), 0);

  return self->application_id;
}

void
voc_stage_change_set_application_id (VocStageChange *self,
                                     gint64 application_id)
{
  g_return_if_fail (VOC_IS_STAGE_CHANGE (self));

  g_object_set (self, "application-id", application_id, NULL);
}

VocStage
voc_stage_change_get_from_stage (VocStageChange *self)
{
  g_return_val_if_fail (VOC_IS_STAGE_CHANGE (self), 0);

  return self->from_stage;
}

void
voc_stage_change_set_from_stage (VocStageChange *self,
                                 VocStage from_stage)
{
  g_return_if_fail (VOC_IS_STAGE_CHANGE (self));

  g_object_set (self, "from-stage", from_stage, NULL);
}

VocStage
voc_stage_change_get_to_stage (VocStageChange *self)
{
  g_return_val_if_fail (VOC_IS_STAGE_CHANGE (self), 0);

  return self->to_stage;
}

void
voc_stage_change_set_to_stage (VocStageChange *self,
                               VocStage to_stage)
{
  g_return_if_fail (VOC_IS_STAGE_CHANGE (self));

  g_object_set (self, "to-stage", to_stage, NULL);
}

GDateTime *
voc_stage_change_get_changed_at (VocStageChange *self)
{
  g_return_val_if_fail (VOC_IS_STAGE_CHANGE (self), NULL);

  return self->changed_at;
}

void
voc_stage_change_set_changed_at (VocStageChange *self,
                                 GDateTime *changed_at)
{
  g_return_if_fail (VOC_IS_STAGE_CHANGE (self));

  g_object_set (self, "changed-at", changed_at, NULL);
}

const char *
voc_stage_change_get_note (VocStageChange *self)
{
  g_return_val_if_fail (VOC_IS_STAGE_CHANGE (self), NULL);

  return self->note;
}

void
voc_stage_change_set_note (VocStageChange *self,
                           const char *note)
{
  g_return_if_fail (VOC_IS_STAGE_CHANGE (self));

  g_object_set (self, "note", note, NULL);
}

gboolean
voc_stage_change_get_unusual (VocStageChange *self)
{
  g_return_val_if_fail (VOC_IS_STAGE_CHANGE (self), FALSE);

  return self->unusual;
}

void
voc_stage_change_set_unusual (VocStageChange *self,
                              gboolean unusual)
{
  g_return_if_fail (VOC_IS_STAGE_CHANGE (self));

  g_object_set (self, "unusual", unusual, NULL);
}
