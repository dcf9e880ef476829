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
