/* voc-language.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-language"

#include "config.h"

#include "voc-language.h"

/* A language the candidate speaks, with fluency. */
struct _VocLanguage
{
  VocEntity parent_instance;

  char   *language;
  char   *fluency;
  gint64  position;
  char   *extra;
};

G_DEFINE_FINAL_TYPE (VocLanguage, voc_language, VOC_TYPE_ENTITY)

static void
voc_language_class_init (VocLanguageClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "language");

  voc_entity_class_add_string (entity_class, "language",
                               G_STRUCT_OFFSET (VocLanguage, language),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "fluency",
                               G_STRUCT_OFFSET (VocLanguage, fluency),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "position",
                            G_STRUCT_OFFSET (VocLanguage, position),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "extra",
                               G_STRUCT_OFFSET (VocLanguage, extra),
                               VOC_COLUMN_JSON);
}

static void
voc_language_init (VocLanguage *self)
{
}

VocLanguage *
voc_language_new (void)
{
  return g_object_new (VOC_TYPE_LANGUAGE, NULL);
}

const char *
voc_language_get_language (VocLanguage *self)
{
  g_return_val_if_fail (VOC_IS_LANGUAGE (self), NULL);

  return self->language;
}

void
voc_language_set_language (VocLanguage *self,
                           const char *language)
{
  g_return_if_fail (VOC_IS_LANGUAGE (self));

  g_object_set (self, "language", language, NULL);
}

const char *
voc_language_get_fluency (VocLanguage *self)
{
  g_return_val_if_fail (VOC_IS_LANGUAGE (self), NULL);

  return self->fluency;
}

void
voc_language_set_fluency (VocLanguage *self,
                          const char *fluency)
{
  g_return_if_fail (VOC_IS_LANGUAGE (self));

  g_object_set (self, "fluency", fluency, NULL);
}

gint64
voc_language_get_position (VocLanguage *self)
{
  g_return_val_if_fail (VOC_IS_LANGUAGE (self), 0);

  return self->position;
}

void
voc_language_set_position (VocLanguage *self,
                           gint64 position)
{
  g_return_if_fail (VOC_IS_LANGUAGE (self));

  g_object_set (self, "position", position, NULL);
}

const char *
voc_language_get_extra (VocLanguage *self)
{
  g_return_val_if_fail (VOC_IS_LANGUAGE (self), NULL);

  return self->extra;
}

void
voc_language_set_extra (VocLanguage *self,
                        const char *extra)
{
  g_return_if_fail (VOC_IS_LANGUAGE (self));

  g_object_set (self, "extra", extra, NULL);
}
