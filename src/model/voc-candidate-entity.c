/* voc-candidate-entity.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-candidate-entity"

#include "config.h"

#include "voc-candidate-entity.h"

/* A fact extracted from a CV: a skill, an employer, an e-mail address. */
struct _VocCandidateEntity
{
  VocEntity parent_instance;

  gint64                  candidate_id;
  VocCandidateEntityKind  kind;
  char                   *value;
};

G_DEFINE_FINAL_TYPE (VocCandidateEntity, voc_candidate_entity, VOC_TYPE_ENTITY)

static void
voc_candidate_entity_class_init (VocCandidateEntityClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "candidate_entity");

  voc_entity_class_add_reference (entity_class, "candidate_id",
                                  G_STRUCT_OFFSET (VocCandidateEntity, candidate_id),
                                  "candidate", VOC_COLUMN_REQUIRED);
  voc_entity_class_add_enum (entity_class, "kind",
                             G_STRUCT_OFFSET (VocCandidateEntity, kind),
                             VOC_TYPE_CANDIDATE_ENTITY_KIND, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "value",
                               G_STRUCT_OFFSET (VocCandidateEntity, value),
                               VOC_COLUMN_REQUIRED);
}

static void
voc_candidate_entity_init (VocCandidateEntity *self)
{
}

VocCandidateEntity *
voc_candidate_entity_new (void)
{
  return g_object_new (VOC_TYPE_CANDIDATE_ENTITY, NULL);
}

gint64
voc_candidate_entity_get_candidate_id (VocCandidateEntity *self)
{
  g_return_val_if_fail (VOC_IS_CANDIDATE_ENTITY (self), 0);

  return self->candidate_id;
}

void
voc_candidate_entity_set_candidate_id (VocCandidateEntity *self,
                                       gint64 candidate_id)
{
  g_return_if_fail (VOC_IS_CANDIDATE_ENTITY (self));

  g_object_set (self, "candidate-id", candidate_id, NULL);
}

VocCandidateEntityKind
voc_candidate_entity_get_kind (VocCandidateEntity *self)
{
  g_return_val_if_fail (VOC_IS_CANDIDATE_ENTITY (self), 0);

  return self->kind;
}

void
voc_candidate_entity_set_kind (VocCandidateEntity *self,
                               VocCandidateEntityKind kind)
{
  g_return_if_fail (VOC_IS_CANDIDATE_ENTITY (self));

  g_object_set (self, "kind", kind, NULL);
}

const char *
voc_candidate_entity_get_value (VocCandidateEntity *self)
{
  g_return_val_if_fail (VOC_IS_CANDIDATE_ENTITY (self), NULL);

  return self->value;
}

void
voc_candidate_entity_set_value (VocCandidateEntity *self,
                                const char *value)
{
  g_return_if_fail (VOC_IS_CANDIDATE_ENTITY (self));

  g_object_set (self, "value", value, NULL);
}
