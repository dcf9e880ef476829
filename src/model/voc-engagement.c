/* voc-engagement.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-engagement"

#include "config.h"

#include "voc-engagement.h"

/* A consulting engagement inside an experience. */
struct _VocEngagement
{
  VocEntity parent_instance;

  gint64    experience_id;
  char     *client;
  char     *project;
  char     *engagement_type;
  char     *date_label;
  char     *domain_tags;
  char     *technology_tags;
  gboolean  confidential;
  gint64    position;
};

G_DEFINE_FINAL_TYPE (VocEngagement, voc_engagement, VOC_TYPE_ENTITY)

static void
voc_engagement_class_init (VocEngagementClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "engagement");

  voc_entity_class_add_reference (entity_class, "experience_id",
                                  G_STRUCT_OFFSET (VocEngagement, experience_id),
                                  "experience", VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "client",
                               G_STRUCT_OFFSET (VocEngagement, client),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "project",
                               G_STRUCT_OFFSET (VocEngagement, project),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "engagement_type",
                               G_STRUCT_OFFSET (VocEngagement, engagement_type),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "date_label",
                               G_STRUCT_OFFSET (VocEngagement, date_label),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "domain_tags",
                               G_STRUCT_OFFSET (VocEngagement, domain_tags),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "technology_tags",
                               G_STRUCT_OFFSET (VocEngagement, technology_tags),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_boolean (entity_class, "confidential",
                                G_STRUCT_OFFSET (VocEngagement, confidential),
                                FALSE);
  voc_entity_class_add_int (entity_class, "position",
                            G_STRUCT_OFFSET (VocEngagement, position),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
}

static void
voc_engagement_init (VocEngagement *self)
{
}

VocEngagement *
voc_engagement_new (void)
{
  return g_object_new (VOC_TYPE_ENGAGEMENT, NULL);
}

gint64
voc_engagement_get_experience_id (VocEngagement *self)
{
  g_return_val_if_fail (VOC_IS_ENGAGEMENT (self), 0);

  return self->experience_id;
}

void
voc_engagement_set_experience_id (VocEngagement *self,
                                  gint64 experience_id)
{
  g_return_if_fail (VOC_IS_ENGAGEMENT (self));

  g_object_set (self, "experience-id", experience_id, NULL);
}

const char *
voc_engagement_get_client (VocEngagement *self)
{
  g_return_val_if_fail (VOC_IS_ENGAGEMENT (self), NULL);

  return self->client;
}

void
voc_engagement_set_client (VocEngagement *self,
                           const char *client)
{
  g_return_if_fail (VOC_IS_ENGAGEMENT (self));

  g_object_set (self, "client", client, NULL);
}

const char *
voc_engagement_get_project (VocEngagement *self)
{
  g_return_val_if_fail (VOC_IS_ENGAGEMENT (self), NULL);

  return self->project;
}

void
voc_engagement_set_project (VocEngagement *self,
                            const char *project)
{
  g_return_if_fail (VOC_IS_ENGAGEMENT (self));

  g_object_set (self, "project", project, NULL);
}

const char *
voc_engagement_get_engagement_type (VocEngagement *self)
{
  g_return_val_if_fail (VOC_IS_ENGAGEMENT (self), NULL);

  return self->engagement_type;
}

void
voc_engagement_set_engagement_type (VocEngagement *self,
                                    const char *engagement_type)
{
  g_return_if_fail (VOC_IS_ENGAGEMENT (self));

  g_object_set (self, "engagement-type", engagement_type, NULL);
}

const char *
voc_engagement_get_date_label (VocEngagement *self)
{
  g_return_val_if_fail (VOC_IS_ENGAGEMENT (self), NULL);

  return self->date_label;
}

void
voc_engagement_set_date_label (VocEngagement *self,
                               const char *date_label)
{
  g_return_if_fail (VOC_IS_ENGAGEMENT (self));

  g_object_set (self, "date-label", date_label, NULL);
}

const char *
voc_engagement_get_domain_tags (VocEngagement *self)
{
  g_return_val_if_fail (VOC_IS_ENGAGEMENT (self), NULL);

  return self->domain_tags;
}

void
voc_engagement_set_domain_tags (VocEngagement *self,
                                const char *domain_tags)
{
  g_return_if_fail (VOC_IS_ENGAGEMENT (self));

  g_object_set (self, "domain-tags", domain_tags, NULL);
}

const char *
voc_engagement_get_technology_tags (VocEngagement *self)
{
  g_return_val_if_fail (VOC_IS_ENGAGEMENT (self), NULL);

  return self->technology_tags;
}

void
voc_engagement_set_technology_tags (VocEngagement *self,
                                    const char *technology_tags)
{
  g_return_if_fail (VOC_IS_ENGAGEMENT (self));

  g_object_set (self, "technology-tags", technology_tags, NULL);
}

gboolean
voc_engagement_get_confidential (VocEngagement *self)
{
  g_return_val_if_fail (VOC_IS_ENGAGEMENT (self), 0);

  return self->confidential;
}

void
voc_engagement_set_confidential (VocEngagement *self,
                                 gboolean confidential)
{
  g_return_if_fail (VOC_IS_ENGAGEMENT (self));

  g_object_set (self, "confidential", confidential, NULL);
}

gint64
voc_engagement_get_position (VocEngagement *self)
{
  g_return_val_if_fail (VOC_IS_ENGAGEMENT (self), 0);

  return self->position;
}

void
voc_engagement_set_position (VocEngagement *self,
                             gint64 position)
{
  g_return_if_fail (VOC_IS_ENGAGEMENT (self));

  g_object_set (self, "position", position, NULL);
}
