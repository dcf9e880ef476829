/* voc-bullet-version.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-bullet-version"

#include "config.h"

#include "voc-bullet-version.h"

/* A previous text of a bullet, kept on every edit. */
struct _VocBulletVersion
{
  VocEntity parent_instance;

  gint64            bullet_id;
  char             *text;
  char             *reason;
  VocVersionSource  source;
  gint64            resume_version_id;
  gint64            model_run_id;
};

G_DEFINE_FINAL_TYPE (VocBulletVersion, voc_bullet_version, VOC_TYPE_ENTITY)

static void
voc_bullet_version_class_init (VocBulletVersionClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "bullet_version");

  voc_entity_class_add_reference (entity_class, "bullet_id",
                                  G_STRUCT_OFFSET (VocBulletVersion, bullet_id),
                                  "bullet", VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "text",
                               G_STRUCT_OFFSET (VocBulletVersion, text),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "reason",
                               G_STRUCT_OFFSET (VocBulletVersion, reason),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "source",
                             G_STRUCT_OFFSET (VocBulletVersion, source),
                             VOC_TYPE_VERSION_SOURCE, 0, VOC_COLUMN_DEFAULT);
  /* Set for a text of one resume version only (an accepted AI rewrite), with its run. */
  voc_entity_class_add_reference (entity_class, "resume_version_id",
                                  G_STRUCT_OFFSET (VocBulletVersion, resume_version_id),
                                  "resume_version", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_reference (entity_class, "model_run_id",
                                  G_STRUCT_OFFSET (VocBulletVersion, model_run_id),
                                  "model_run", VOC_COLUMN_DEFAULT);
}

static void
voc_bullet_version_init (VocBulletVersion *self)
{
}

VocBulletVersion *
voc_bullet_version_new (void)
{
  return g_object_new (VOC_TYPE_BULLET_VERSION, NULL);
}

gint64
voc_bullet_version_get_bullet_id (VocBulletVersion *self)
{
  g_return_val_if_fail (VOC_IS_BULLET_VERSION (self), 0);

  return self->bullet_id;
}

void
voc_bullet_version_set_bullet_id (VocBulletVersion *self,
                                  gint64 bullet_id)
{
  g_return_if_fail (VOC_IS_BULLET_VERSION (self));

  g_object_set (self, "bullet-id", bullet_id, NULL);
}

const char *
voc_bullet_version_get_text (VocBulletVersion *self)
{
  g_return_val_if_fail (VOC_IS_BULLET_VERSION (self), NULL);

  return self->text;
}

void
voc_bullet_version_set_text (VocBulletVersion *self,
                             const char *text)
{
  g_return_if_fail (VOC_IS_BULLET_VERSION (self));

  g_object_set (self, "text", text, NULL);
}

const char *
voc_bullet_version_get_reason (VocBulletVersion *self)
{
  g_return_val_if_fail (VOC_IS_BULLET_VERSION (self), NULL);

  return self->reason;
}

void
voc_bullet_version_set_reason (VocBulletVersion *self,
                               const char *reason)
{
  g_return_if_fail (VOC_IS_BULLET_VERSION (self));

  g_object_set (self, "reason", reason, NULL);
}

VocVersionSource
voc_bullet_version_get_source (VocBulletVersion *self)
{
  g_return_val_if_fail (VOC_IS_BULLET_VERSION (self), 0);

  return self->source;
}

void
voc_bullet_version_set_source (VocBulletVersion *self,
                               VocVersionSource source)
{
  g_return_if_fail (VOC_IS_BULLET_VERSION (self));

  g_object_set (self, "source", source, NULL);
}

gint64
voc_bullet_version_get_resume_version_id (VocBulletVersion *self)
{
  g_return_val_if_fail (VOC_IS_BULLET_VERSION (self), 0);

  return self->resume_version_id;
}

void
voc_bullet_version_set_resume_version_id (VocBulletVersion *self,
                                          gint64            resume_version_id)
{
  g_return_if_fail (VOC_IS_BULLET_VERSION (self));

  g_object_set (self, "resume-version-id", resume_version_id, NULL);
}

gint64
voc_bullet_version_get_model_run_id (VocBulletVersion *self)
{
  g_return_val_if_fail (VOC_IS_BULLET_VERSION (self), 0);

  return self->model_run_id;
}

void
voc_bullet_version_set_model_run_id (VocBulletVersion *self,
                                     gint64            model_run_id)
{
  g_return_if_fail (VOC_IS_BULLET_VERSION (self));

  g_object_set (self, "model-run-id", model_run_id, NULL);
}
