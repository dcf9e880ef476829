/* voc-experience.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-experience"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-experience.h"
#include "voc-date.h"

/* A job held: title, employer and dates are facts that tailoring never changes. */
struct _VocExperience
{
  VocEntity parent_instance;

  char              *title;
  char              *employer;
  char              *location;
  char              *start_date;
  char              *end_date;
  VocEmploymentType  employment_type;
  char              *description;
  gint64             position;
  char              *url;
  char              *extra;
};

G_DEFINE_FINAL_TYPE (VocExperience, voc_experience, VOC_TYPE_ENTITY)

static gboolean
voc_experience_validate (VocEntity  *entity,
                         GError    **error)
{
  VocExperience *self = (VocExperience *) entity;

  if (self->start_date != NULL && self->end_date != NULL &&
      voc_partial_date_compare (self->end_date, self->start_date) < 0)
    {
      g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                   "experience.end_date: %s", _("the end is before the start"));
      return FALSE;
    }

  return TRUE;
}

static void
voc_experience_class_init (VocExperienceClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "experience");
  entity_class->validate = voc_experience_validate;

  voc_entity_class_add_string (entity_class, "title",
                               G_STRUCT_OFFSET (VocExperience, title),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "employer",
                               G_STRUCT_OFFSET (VocExperience, employer),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "location",
                               G_STRUCT_OFFSET (VocExperience, location),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "start_date",
                               G_STRUCT_OFFSET (VocExperience, start_date),
                               VOC_COLUMN_PARTIAL_DATE);
  voc_entity_class_add_string (entity_class, "end_date",
                               G_STRUCT_OFFSET (VocExperience, end_date),
                               VOC_COLUMN_PARTIAL_DATE);
  voc_entity_class_add_enum (entity_class, "employment_type",
                             G_STRUCT_OFFSET (VocExperience, employment_type),
                             VOC_TYPE_EMPLOYMENT_TYPE, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "description",
                               G_STRUCT_OFFSET (VocExperience, description),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "position",
                            G_STRUCT_OFFSET (VocExperience, position),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "url",
                               G_STRUCT_OFFSET (VocExperience, url),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "extra",
                               G_STRUCT_OFFSET (VocExperience, extra),
                               VOC_COLUMN_JSON);
}

static void
voc_experience_init (VocExperience *self)
{
}

VocExperience *
voc_experience_new (void)
{
  return g_object_new (VOC_TYPE_EXPERIENCE, NULL);
}

const char *
voc_experience_get_title (VocExperience *self)
{
  g_return_val_if_fail (VOC_IS_EXPERIENCE (self), NULL);

  return self->title;
}

void
voc_experience_set_title (VocExperience *self,
                          const char *title)
{
  g_return_if_fail (VOC_IS_EXPERIENCE (self));

  g_object_set (self, "title", title, NULL);
}

const char *
voc_experience_get_employer (VocExperience *self)
{
  g_return_val_if_fail (VOC_IS_EXPERIENCE (self), NULL);

  return self->employer;
}

void
voc_experience_set_employer (VocExperience *self,
                             const char *employer)
{
  g_return_if_fail (VOC_IS_EXPERIENCE (self));

  g_object_set (self, "employer", employer, NULL);
}

const char *
voc_experience_get_location (VocExperience *self)
{
  g_return_val_if_fail (VOC_IS_EXPERIENCE (self), NULL);

  return self->location;
}

void
voc_experience_set_location (VocExperience *self,
                             const char *location)
{
  g_return_if_fail (VOC_IS_EXPERIENCE (self));

  g_object_set (self, "location", location, NULL);
}

const char *
voc_experience_get_start_date (VocExperience *self)
{
  g_return_val_if_fail (VOC_IS_EXPERIENCE (self), NULL);

  return self->start_date;
}

void
voc_experience_set_start_date (VocExperience *self,
                               const char *start_date)
{
  g_return_if_fail (VOC_IS_EXPERIENCE (self));

  g_object_set (self, "start-date", start_date, NULL);
}

const char *
voc_experience_get_end_date (VocExperience *self)
{
  g_return_val_if_fail (VOC_IS_EXPERIENCE (self), NULL);

  return self->end_date;
}

void
voc_experience_set_end_date (VocExperience *self,
                             const char *end_date)
{
  g_return_if_fail (VOC_IS_EXPERIENCE (self));

  g_object_set (self, "end-date", end_date, NULL);
}

VocEmploymentType
voc_experience_get_employment_type (VocExperience *self)
{
  g_return_val_if_fail (VOC_IS_EXPERIENCE (self), 0);

  return self->employment_type;
}

void
voc_experience_set_employment_type (VocExperience *self,
                                    VocEmploymentType employment_type)
{
  g_return_if_fail (VOC_IS_EXPERIENCE (self));

  g_object_set (self, "employment-type", employment_type, NULL);
}

const char *
voc_experience_get_description (VocExperience *self)
{
  g_return_val_if_fail (VOC_IS_EXPERIENCE (self), NULL);

  return self->description;
}

void
voc_experience_set_description (VocExperience *self,
                                const char *description)
{
  g_return_if_fail (VOC_IS_EXPERIENCE (self));

  g_object_set (self, "description", description, NULL);
}

gint64
voc_experience_get_position (VocExperience *self)
{
  g_return_val_if_fail (VOC_IS_EXPERIENCE (self), 0);

  return self->position;
}

void
voc_experience_set_position (VocExperience *self,
                             gint64 position)
{
  g_return_if_fail (VOC_IS_EXPERIENCE (self));

  g_object_set (self, "position", position, NULL);
}

const char *
voc_experience_get_url (VocExperience *self)
{
  g_return_val_if_fail (VOC_IS_EXPERIENCE (self), NULL);

  return self->url;
}

void
voc_experience_set_url (VocExperience *self,
                        const char *url)
{
  g_return_if_fail (VOC_IS_EXPERIENCE (self));

  g_object_set (self, "url", url, NULL);
}

const char *
voc_experience_get_extra (VocExperience *self)
{
  g_return_val_if_fail (VOC_IS_EXPERIENCE (self), NULL);

  return self->extra;
}

void
voc_experience_set_extra (VocExperience *self,
                          const char *extra)
{
  g_return_if_fail (VOC_IS_EXPERIENCE (self));

  g_object_set (self, "extra", extra, NULL);
}
