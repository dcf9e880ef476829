/* voc-bullet.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-bullet"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-bullet.h"

/* An achievement bullet of the master resume. */
struct _VocBullet
{
  VocEntity parent_instance;

  gint64         experience_id;
  gint64         engagement_id;
  char          *text;
  char          *tags;
  VocBulletType  bullet_type;
  gint64         importance;
  VocSeniority   seniority;
  char          *star_notes;
  gboolean       retired;
  gint64         use_count;
  GDateTime     *last_used_at;
  gint64         position;
};

G_DEFINE_FINAL_TYPE (VocBullet, voc_bullet, VOC_TYPE_ENTITY)

static gboolean
voc_bullet_validate (VocEntity  *entity,
                     GError    **error)
{
  VocBullet *self = (VocBullet *) entity;

  if (self->experience_id == 0 && self->engagement_id == 0)
    {
      g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                   "bullet.experience_id: %s",
                   _("a bullet belongs to an experience or an engagement"));
      return FALSE;
    }

  return TRUE;
}

static void
voc_bullet_class_init (VocBulletClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "bullet");
  entity_class->validate = voc_bullet_validate;

  voc_entity_class_add_reference (entity_class, "experience_id",
                                  G_STRUCT_OFFSET (VocBullet, experience_id),
                                  "experience", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_reference (entity_class, "engagement_id",
                                  G_STRUCT_OFFSET (VocBullet, engagement_id),
                                  "engagement", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "text",
                               G_STRUCT_OFFSET (VocBullet, text),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "tags",
                               G_STRUCT_OFFSET (VocBullet, tags),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_enum (entity_class, "bullet_type",
                             G_STRUCT_OFFSET (VocBullet, bullet_type),
                             VOC_TYPE_BULLET_TYPE, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "importance",
                            G_STRUCT_OFFSET (VocBullet, importance),
                            1, 5, 3, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "seniority",
                             G_STRUCT_OFFSET (VocBullet, seniority),
                             VOC_TYPE_SENIORITY, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "star_notes",
                               G_STRUCT_OFFSET (VocBullet, star_notes),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_boolean (entity_class, "retired",
                                G_STRUCT_OFFSET (VocBullet, retired),
                                FALSE);
  voc_entity_class_add_int (entity_class, "use_count",
                            G_STRUCT_OFFSET (VocBullet, use_count),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "last_used_at",
                                  G_STRUCT_OFFSET (VocBullet, last_used_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "position",
                            G_STRUCT_OFFSET (VocBullet, position),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
}

static void
voc_bullet_init (VocBullet *self)
{
}

VocBullet *
voc_bullet_new (void)
{
  return g_object_new (VOC_TYPE_BULLET, NULL);
}

gint64
voc_bullet_get_experience_id (VocBullet *self)
{
  g_return_val_if_fail (VOC_IS_BULLET (self), 0);

  return self->experience_id;
}

void
voc_bullet_set_experience_id (VocBullet *self,
                              gint64 experience_id)
{
  g_return_if_fail (VOC_IS_BULLET (self));

  g_object_set (self, "experience-id", experience_id, NULL);
}

gint64
voc_bullet_get_engagement_id (VocBullet *self)
{
  g_return_val_if_fail (VOC_IS_BULLET (self), 0);

  return self->engagement_id;
}

void
voc_bullet_set_engagement_id (VocBullet *self,
                              gint64 engagement_id)
{
  g_return_if_fail (VOC_IS_BULLET (self));

  g_object_set (self, "engagement-id", engagement_id, NULL);
}

const char *
voc_bullet_get_text (VocBullet *self)
{
  g_return_val_if_fail (VOC_IS_BULLET (self), NULL);

  return self->text;
}

void
voc_bullet_set_text (VocBullet *self,
                     const char *text)
{
  g_return_if_fail (VOC_IS_BULLET (self));

  g_object_set (self, "text", text, NULL);
}

const char *
voc_bullet_get_tags (VocBullet *self)
{
  g_return_val_if_fail (VOC_IS_BULLET (self), NULL);

  return self->tags;
}

void
voc_bullet_set_tags (VocBullet *self,
                     const char *tags)
{
  g_return_if_fail (VOC_IS_BULLET (self));

  g_object_set (self, "tags", tags, NULL);
}

VocBulletType
voc_bullet_get_bullet_type (VocBullet *self)
{
  g_return_val_if_fail (VOC_IS_BULLET (self), 0);

  return self->bullet_type;
}

void
voc_bullet_set_bullet_type (VocBullet *self,
                            VocBulletType bullet_type)
{
  g_return_if_fail (VOC_IS_BULLET (self));

  g_object_set (self, "bullet-type", bullet_type, NULL);
}

gint64
voc_bullet_get_importance (VocBullet *self)
{
  g_return_val_if_fail (VOC_IS_BULLET (self), 0);

  return self->importance;
}

void
voc_bullet_set_importance (VocBullet *self,
                           gint64 importance)
{
  g_return_if_fail (VOC_IS_BULLET (self));

  g_object_set (self, "importance", importance, NULL);
}

VocSeniority
voc_bullet_get_seniority (VocBullet *self)
{
  g_return_val_if_fail (VOC_IS_BULLET (self), 0);

  return self->seniority;
}

void
voc_bullet_set_seniority (VocBullet *self,
                          VocSeniority seniority)
{
  g_return_if_fail (VOC_IS_BULLET (self));

  g_object_set (self, "seniority", seniority, NULL);
}

const char *
voc_bullet_get_star_notes (VocBullet *self)
{
  g_return_val_if_fail (VOC_IS_BULLET (self), NULL);

  return self->star_notes;
}

void
voc_bullet_set_star_notes (VocBullet *self,
                           const char *star_notes)
{
  g_return_if_fail (VOC_IS_BULLET (self));

  g_object_set (self, "star-notes", star_notes, NULL);
}

gboolean
voc_bullet_get_retired (VocBullet *self)
{
  g_return_val_if_fail (VOC_IS_BULLET (self), 0);

  return self->retired;
}

void
voc_bullet_set_retired (VocBullet *self,
                        gboolean retired)
{
  g_return_if_fail (VOC_IS_BULLET (self));

  g_object_set (self, "retired", retired, NULL);
}

gint64
voc_bullet_get_use_count (VocBullet *self)
{
  g_return_val_if_fail (VOC_IS_BULLET (self), 0);

  return self->use_count;
}

void
voc_bullet_set_use_count (VocBullet *self,
                          gint64 use_count)
{
  g_return_if_fail (VOC_IS_BULLET (self));

  g_object_set (self, "use-count", use_count, NULL);
}

GDateTime *
voc_bullet_get_last_used_at (VocBullet *self)
{
  g_return_val_if_fail (VOC_IS_BULLET (self), NULL);

  return self->last_used_at;
}

void
voc_bullet_set_last_used_at (VocBullet *self,
                             GDateTime *last_used_at)
{
  g_return_if_fail (VOC_IS_BULLET (self));

  g_object_set (self, "last-used-at", last_used_at, NULL);
}

gint64
voc_bullet_get_position (VocBullet *self)
{
  g_return_val_if_fail (VOC_IS_BULLET (self), 0);

  return self->position;
}

void
voc_bullet_set_position (VocBullet *self,
                         gint64 position)
{
  g_return_if_fail (VOC_IS_BULLET (self));

  g_object_set (self, "position", position, NULL);
}
