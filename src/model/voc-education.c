/* voc-education.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-education"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-education.h"
#include "voc-date.h"

/* A degree or course of study. */
struct _VocEducation
{
  VocEntity parent_instance;

  char   *institution;
  char   *area;
  char   *study_type;
  char   *start_date;
  char   *end_date;
  char   *score;
  char   *courses;
  gint64  position;
  char              *url;
  char              *extra;
};

G_DEFINE_FINAL_TYPE (VocEducation, voc_education, VOC_TYPE_ENTITY)

static gboolean
voc_education_validate (VocEntity  *entity,
                        GError    **error)
{
  VocEducation *self = (VocEducation *) entity;

  if (self->start_date != NULL && self->end_date != NULL &&
      voc_partial_date_compare (self->end_date, self->start_date) < 0)
    {
      g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                   "education.end_date: %s", _("the end is before the start"));
      return FALSE;
    }

  return TRUE;
}

static void
voc_education_class_init (VocEducationClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "education");
  entity_class->validate = voc_education_validate;

  voc_entity_class_add_string (entity_class, "institution",
                               G_STRUCT_OFFSET (VocEducation, institution),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "area",
                               G_STRUCT_OFFSET (VocEducation, area),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "study_type",
                               G_STRUCT_OFFSET (VocEducation, study_type),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "start_date",
                               G_STRUCT_OFFSET (VocEducation, start_date),
                               VOC_COLUMN_PARTIAL_DATE);
  voc_entity_class_add_string (entity_class, "end_date",
                               G_STRUCT_OFFSET (VocEducation, end_date),
                               VOC_COLUMN_PARTIAL_DATE);
  voc_entity_class_add_string (entity_class, "score",
                               G_STRUCT_OFFSET (VocEducation, score),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "courses",
                               G_STRUCT_OFFSET (VocEducation, courses),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_int (entity_class, "position",
                            G_STRUCT_OFFSET (VocEducation, position),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "url",
                               G_STRUCT_OFFSET (VocEducation, url),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "extra",
                               G_STRUCT_OFFSET (VocEducation, extra),
                               VOC_COLUMN_JSON);
}

static void
voc_education_init (VocEducation *self)
{
}

VocEducation *
voc_education_new (void)
{
  return g_object_new (VOC_TYPE_EDUCATION, NULL);
}

const char *
voc_education_get_institution (VocEducation *self)
{
  g_return_val_if_fail (VOC_IS_EDUCATION (self), NULL);

  return self->institution;
}

void
voc_education_set_institution (VocEducation *self,
                               const char *institution)
{
  g_return_if_fail (VOC_IS_EDUCATION (self));

  g_object_set (self, "institution", institution, NULL);
}

const char *
voc_education_get_area (VocEducation *self)
{
  g_return_val_if_fail (VOC_IS_EDUCATION (self), NULL);

  return self->area;
}

void
voc_education_set_area (VocEducation *self,
                        const char *area)
{
  g_return_if_fail (VOC_IS_EDUCATION (self));

  g_object_set (self, "area", area, NULL);
}

const char *
voc_education_get_study_type (VocEducation *self)
{
  g_return_val_if_fail (VOC_IS_EDUCATION (self), NULL);

  return self->study_type;
}

void
voc_education_set_study_type (VocEducation *self,
                              const char *study_type)
{
  g_return_if_fail (VOC_IS_EDUCATION (self));

  g_object_set (self, "study-type", study_type, NULL);
}

const char *
voc_education_get_start_date (VocEducation *self)
{
  g_return_val_if_fail (VOC_IS_EDUCATION (self), NULL);

  return self->start_date;
}

void
voc_education_set_start_date (VocEducation *self,
                              const char *start_date)
{
  g_return_if_fail (VOC_IS_EDUCATION (self));

  g_object_set (self, "start-date", start_date, NULL);
}

const char *
voc_education_get_end_date (VocEducation *self)
{
  g_return_val_if_fail (VOC_IS_EDUCATION (self), NULL);

  return self->end_date;
}

void
voc_education_set_end_date (VocEducation *self,
                            const char *end_date)
{
  g_return_if_fail (VOC_IS_EDUCATION (self));

  g_object_set (self, "end-date", end_date, NULL);
}

const char *
voc_education_get_score (VocEducation *self)
{
  g_return_val_if_fail (VOC_IS_EDUCATION (self), NULL);

  return self->score;
}

void
voc_education_set_score (VocEducation *self,
                         const char *score)
{
  g_return_if_fail (VOC_IS_EDUCATION (self));

  g_object_set (self, "score", score, NULL);
}

const char *
voc_education_get_courses (VocEducation *self)
{
  g_return_val_if_fail (VOC_IS_EDUCATION (self), NULL);

  return self->courses;
}

void
voc_education_set_courses (VocEducation *self,
                           const char *courses)
{
  g_return_if_fail (VOC_IS_EDUCATION (self));

  g_object_set (self, "courses", courses, NULL);
}

gint64
voc_education_get_position (VocEducation *self)
{
  g_return_val_if_fail (VOC_IS_EDUCATION (self), 0);

  return self->position;
}

void
voc_education_set_position (VocEducation *self,
                            gint64 position)
{
  g_return_if_fail (VOC_IS_EDUCATION (self));

  g_object_set (self, "position", position, NULL);
}

const char *
voc_education_get_url (VocEducation *self)
{
  g_return_val_if_fail (VOC_IS_EDUCATION (self), NULL);

  return self->url;
}

void
voc_education_set_url (VocEducation *self,
                       const char *url)
{
  g_return_if_fail (VOC_IS_EDUCATION (self));

  g_object_set (self, "url", url, NULL);
}

const char *
voc_education_get_extra (VocEducation *self)
{
  g_return_val_if_fail (VOC_IS_EDUCATION (self), NULL);

  return self->extra;
}

void
voc_education_set_extra (VocEducation *self,
                         const char *extra)
{
  g_return_if_fail (VOC_IS_EDUCATION (self));

  g_object_set (self, "extra", extra, NULL);
}
