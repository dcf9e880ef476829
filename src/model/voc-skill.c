/* voc-skill.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-skill"

#include "config.h"

#include "voc-skill.h"

/* A skill the candidate has, with level and years of use. */
struct _VocSkill
{
  VocEntity parent_instance;

  char          *name;
  char          *category;
  VocSkillLevel  level;
  double         years;
  char          *keywords;
  gint64         position;
  char              *extra;
};

G_DEFINE_FINAL_TYPE (VocSkill, voc_skill, VOC_TYPE_ENTITY)

static void
voc_skill_class_init (VocSkillClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "skill");

  voc_entity_class_add_string (entity_class, "name",
                               G_STRUCT_OFFSET (VocSkill, name),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "category",
                               G_STRUCT_OFFSET (VocSkill, category),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "level",
                             G_STRUCT_OFFSET (VocSkill, level),
                             VOC_TYPE_SKILL_LEVEL, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_double (entity_class, "years",
                               G_STRUCT_OFFSET (VocSkill, years),
                               0, 80, VOC_COLUMN_NULLABLE);
  voc_entity_class_add_string (entity_class, "keywords",
                               G_STRUCT_OFFSET (VocSkill, keywords),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_int (entity_class, "position",
                            G_STRUCT_OFFSET (VocSkill, position),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "extra",
                               G_STRUCT_OFFSET (VocSkill, extra),
                               VOC_COLUMN_JSON);
}

static void
voc_skill_init (VocSkill *self)
{
}

VocSkill *
voc_skill_new (void)
{
  return g_object_new (VOC_TYPE_SKILL, NULL);
}

const char *
voc_skill_get_name (VocSkill *self)
{
  g_return_val_if_fail (VOC_IS_SKILL (self), NULL);

  return self->name;
}

void
voc_skill_set_name (VocSkill *self,
                    const char *name)
{
  g_return_if_fail (VOC_IS_SKILL (self));

  g_object_set (self, "name", name, NULL);
}

const char *
voc_skill_get_category (VocSkill *self)
{
  g_return_val_if_fail (VOC_IS_SKILL (self), NULL);

  return self->category;
}

void
voc_skill_set_category (VocSkill *self,
                        const char *category)
{
  g_return_if_fail (VOC_IS_SKILL (self));

  g_object_set (self, "category", category, NULL);
}

VocSkillLevel
voc_skill_get_level (VocSkill *self)
{
  g_return_val_if_fail (VOC_IS_SKILL (self), 0);

  return self->level;
}

void
voc_skill_set_level (VocSkill *self,
                     VocSkillLevel level)
{
  g_return_if_fail (VOC_IS_SKILL (self));

  g_object_set (self, "level", level, NULL);
}

double
voc_skill_get_years (VocSkill *self)
{
  g_return_val_if_fail (VOC_IS_SKILL (self), 0);

  return self->years;
}

void
voc_skill_set_years (VocSkill *self,
                     double years)
{
  g_return_if_fail (VOC_IS_SKILL (self));

  g_object_set (self, "years", years, NULL);
}

const char *
voc_skill_get_keywords (VocSkill *self)
{
  g_return_val_if_fail (VOC_IS_SKILL (self), NULL);

  return self->keywords;
}

void
voc_skill_set_keywords (VocSkill *self,
                        const char *keywords)
{
  g_return_if_fail (VOC_IS_SKILL (self));

  g_object_set (self, "keywords", keywords, NULL);
}

gint64
voc_skill_get_position (VocSkill *self)
{
  g_return_val_if_fail (VOC_IS_SKILL (self), 0);

  return self->position;
}

void
voc_skill_set_position (VocSkill *self,
                        gint64 position)
{
  g_return_if_fail (VOC_IS_SKILL (self));

  g_object_set (self, "position", position, NULL);
}

const char *
voc_skill_get_extra (VocSkill *self)
{
  g_return_val_if_fail (VOC_IS_SKILL (self), NULL);

  return self->extra;
}

void
voc_skill_set_extra (VocSkill *self,
                     const char *extra)
{
  g_return_if_fail (VOC_IS_SKILL (self));

  g_object_set (self, "extra", extra, NULL);
}
