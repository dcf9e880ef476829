/* voc-learning-resource.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-learning-resource"

#include "config.h"

#include "voc-learning-resource.h"

/* Something to learn to close a skill gap. */
struct _VocLearningResource
{
  VocEntity parent_instance;

  char              *title;
  char              *url;
  char              *skill;
  VocResourceKind    kind;
  VocResourceStatus  status;
  gint64             application_id;
};

G_DEFINE_FINAL_TYPE (VocLearningResource, voc_learning_resource, VOC_TYPE_ENTITY)

static void
voc_learning_resource_class_init (VocLearningResourceClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "learning_resource");

  voc_entity_class_add_string (entity_class, "title",
                               G_STRUCT_OFFSET (VocLearningResource, title),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "url",
                               G_STRUCT_OFFSET (VocLearningResource, url),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "skill",
                               G_STRUCT_OFFSET (VocLearningResource, skill),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "kind",
                             G_STRUCT_OFFSET (VocLearningResource, kind),
                             VOC_TYPE_RESOURCE_KIND, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "status",
                             G_STRUCT_OFFSET (VocLearningResource, status),
                             VOC_TYPE_RESOURCE_STATUS, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_reference (entity_class, "application_id",
                                  G_STRUCT_OFFSET (VocLearningResource, application_id),
                                  "job_application", VOC_COLUMN_DEFAULT);
}

static void
voc_learning_resource_init (VocLearningResource *self)
{
}

VocLearningResource *
voc_learning_resource_new (void)
{
  return g_object_new (VOC_TYPE_LEARNING_RESOURCE, NULL);
}

const char *
voc_learning_resource_get_title (VocLearningResource *self)
{
  g_return_val_if_fail (VOC_IS_LEARNING_RESOURCE (self), NULL);

  return self->title;
}

void
voc_learning_resource_set_title (VocLearningResource *self,
                                 const char *title)
{
  g_return_if_fail (VOC_IS_LEARNING_RESOURCE (self));

  g_object_set (self, "title", title, NULL);
}

const char *
voc_learning_resource_get_url (VocLearningResource *self)
{
  g_return_val_if_fail (VOC_IS_LEARNING_RESOURCE (self), NULL);

  return self->url;
}

void
voc_learning_resource_set_url (VocLearningResource *self,
                               const char *url)
{
  g_return_if_fail (VOC_IS_LEARNING_RESOURCE (self));

  g_object_set (self, "url", url, NULL);
}

const char *
voc_learning_resource_get_skill (VocLearningResource *self)
{
  g_return_val_if_fail (VOC_IS_LEARNING_RESOURCE (self), NULL);

  return self->skill;
}

void
voc_learning_resource_set_skill (VocLearningResource *self,
                                 const char *skill)
{
  g_return_if_fail (VOC_IS_LEARNING_RESOURCE (self));

  g_object_set (self, "skill", skill, NULL);
}

VocResourceKind
voc_learning_resource_get_kind (VocLearningResource *self)
{
  g_return_val_if_fail (VOC_IS_LEARNING_RESOURCE (self), 0);

  return self->kind;
}

void
voc_learning_resource_set_kind (VocLearningResource *self,
                                VocResourceKind kind)
{
  g_return_if_fail (VOC_IS_LEARNING_RESOURCE (self));

  g_object_set (self, "kind", kind, NULL);
}

VocResourceStatus
voc_learning_resource_get_status (VocLearningResource *self)
{
  g_return_val_if_fail (VOC_IS_LEARNING_RESOURCE (self), 0);

  return self->status;
}

void
voc_learning_resource_set_status (VocLearningResource *self,
                                  VocResourceStatus status)
{
  g_return_if_fail (VOC_IS_LEARNING_RESOURCE (self));

  g_object_set (self, "status", status, NULL);
}

gint64
voc_learning_resource_get_application_id (VocLearningResource *self)
{
  g_return_val_if_fail (VOC_IS_LEARNING_RESOURCE (self), 0);

  return self->application_id;
}

void
voc_learning_resource_set_application_id (VocLearningResource *self,
                                          gint64 application_id)
{
  g_return_if_fail (VOC_IS_LEARNING_RESOURCE (self));

  g_object_set (self, "application-id", application_id, NULL);
}
