/* voc-project.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-project"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-project.h"
#include "voc-date.h"

/* A project of the master resume (JSON Resume projects[]). */
struct _VocProject
{
  VocEntity parent_instance;

  char   *name;
  char   *description;
  char   *url;
  char   *start_date;
  char   *end_date;
  char   *highlights;
  char   *keywords;
  char   *roles;
  char   *entity;
  char   *project_type;
  gint64  position;
  char   *extra;
};

G_DEFINE_FINAL_TYPE (VocProject, voc_project, VOC_TYPE_ENTITY)

static gboolean
voc_project_validate (VocEntity  *entity,
                      GError    **error)
{
  VocProject *self = (VocProject *) entity;

  if (self->start_date != NULL && self->end_date != NULL &&
      voc_partial_date_compare (self->end_date, self->start_date) < 0)
    {
      g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                   "project.end_date: %s", _("the end is before the start"));
      return FALSE;
    }

  return TRUE;
}

static void
voc_project_class_init (VocProjectClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "project");
  entity_class->validate = voc_project_validate;

  voc_entity_class_add_string (entity_class, "name",
                               G_STRUCT_OFFSET (VocProject, name),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "description",
                               G_STRUCT_OFFSET (VocProject, description),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "url",
                               G_STRUCT_OFFSET (VocProject, url),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "start_date",
                               G_STRUCT_OFFSET (VocProject, start_date),
                               VOC_COLUMN_PARTIAL_DATE);
  voc_entity_class_add_string (entity_class, "end_date",
                               G_STRUCT_OFFSET (VocProject, end_date),
                               VOC_COLUMN_PARTIAL_DATE);
  voc_entity_class_add_string (entity_class, "highlights",
                               G_STRUCT_OFFSET (VocProject, highlights),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "keywords",
                               G_STRUCT_OFFSET (VocProject, keywords),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "roles",
                               G_STRUCT_OFFSET (VocProject, roles),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "entity",
                               G_STRUCT_OFFSET (VocProject, entity),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "project_type",
                               G_STRUCT_OFFSET (VocProject, project_type),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "position",
                            G_STRUCT_OFFSET (VocProject, position),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "extra",
                               G_STRUCT_OFFSET (VocProject, extra),
                               VOC_COLUMN_JSON);
}

static void
voc_project_init (VocProject *self)
{
}

VocProject *
voc_project_new (void)
{
  return g_object_new (VOC_TYPE_PROJECT, NULL);
}

const char *
voc_project_get_name (VocProject *self)
{
  g_return_val_if_fail (VOC_IS_PROJECT (self), NULL);

  return self->name;
}

void
voc_project_set_name (VocProject *self,
                      const char *name)
{
  g_return_if_fail (VOC_IS_PROJECT (self));

  g_object_set (self, "name", name, NULL);
}

const char *
voc_project_get_description (VocProject *self)
{
  g_return_val_if_fail (VOC_IS_PROJECT (self), NULL);

  return self->description;
}

void
voc_project_set_description (VocProject *self,
                             const char *description)
{
  g_return_if_fail (VOC_IS_PROJECT (self));

  g_object_set (self, "description", description, NULL);
}

const char *
voc_project_get_url (VocProject *self)
{
  g_return_val_if_fail (VOC_IS_PROJECT (self), NULL);

  return self->url;
}

void
voc_project_set_url (VocProject *self,
                     const char *url)
{
  g_return_if_fail (VOC_IS_PROJECT (self));

  g_object_set (self, "url", url, NULL);
}

const char *
voc_project_get_start_date (VocProject *self)
{
  g_return_val_if_fail (VOC_IS_PROJECT (self), NULL);

  return self->start_date;
}

void
voc_project_set_start_date (VocProject *self,
                            const char *start_date)
{
  g_return_if_fail (VOC_IS_PROJECT (self));

  g_object_set (self, "start-date", start_date, NULL);
}

const char *
voc_project_get_end_date (VocProject *self)
{
  g_return_val_if_fail (VOC_IS_PROJECT (self), NULL);

  return self->end_date;
}

void
voc_project_set_end_date (VocProject *self,
                          const char *end_date)
{
  g_return_if_fail (VOC_IS_PROJECT (self));

  g_object_set (self, "end-date", end_date, NULL);
}

const char *
voc_project_get_highlights (VocProject *self)
{
  g_return_val_if_fail (VOC_IS_PROJECT (self), NULL);

  return self->highlights;
}

void
voc_project_set_highlights (VocProject *self,
                            const char *highlights)
{
  g_return_if_fail (VOC_IS_PROJECT (self));

  g_object_set (self, "highlights", highlights, NULL);
}

const char *
voc_project_get_keywords (VocProject *self)
{
  g_return_val_if_fail (VOC_IS_PROJECT (self), NULL);

  return self->keywords;
}

void
voc_project_set_keywords (VocProject *self,
                          const char *keywords)
{
  g_return_if_fail (VOC_IS_PROJECT (self));

  g_object_set (self, "keywords", keywords, NULL);
}

const char *
voc_project_get_roles (VocProject *self)
{
  g_return_val_if_fail (VOC_IS_PROJECT (self), NULL);

  return self->roles;
}

void
voc_project_set_roles (VocProject *self,
                       const char *roles)
{
  g_return_if_fail (VOC_IS_PROJECT (self));

  g_object_set (self, "roles", roles, NULL);
}

const char *
voc_project_get_entity (VocProject *self)
{
  g_return_val_if_fail (VOC_IS_PROJECT (self), NULL);

  return self->entity;
}

void
voc_project_set_entity (VocProject *self,
                        const char *entity)
{
  g_return_if_fail (VOC_IS_PROJECT (self));

  g_object_set (self, "entity", entity, NULL);
}

const char *
voc_project_get_project_type (VocProject *self)
{
  g_return_val_if_fail (VOC_IS_PROJECT (self), NULL);

  return self->project_type;
}

void
voc_project_set_project_type (VocProject *self,
                              const char *project_type)
{
  g_return_if_fail (VOC_IS_PROJECT (self));

  g_object_set (self, "project-type", project_type, NULL);
}

gint64
voc_project_get_position (VocProject *self)
{
  g_return_val_if_fail (VOC_IS_PROJECT (self), 0);

  return self->position;
}

void
voc_project_set_position (VocProject *self,
                          gint64 position)
{
  g_return_if_fail (VOC_IS_PROJECT (self));

  g_object_set (self, "position", position, NULL);
}

const char *
voc_project_get_extra (VocProject *self)
{
  g_return_val_if_fail (VOC_IS_PROJECT (self), NULL);

  return self->extra;
}

void
voc_project_set_extra (VocProject *self,
                       const char *extra)
{
  g_return_if_fail (VOC_IS_PROJECT (self));

  g_object_set (self, "extra", extra, NULL);
}
