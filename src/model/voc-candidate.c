/* voc-candidate.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-candidate"

#include "config.h"

#include "voc-candidate.h"

/* A CV in a screening batch. */
struct _VocCandidate
{
  VocEntity parent_instance;

  gint64              batch_id;
  char               *display_name;
  char               *file_name;
  char               *file_sha256;
  char               *text;
  gint64              score;
  char               *matched_skills;
  char               *missing_skills;
  VocCandidateStatus  status;
};

G_DEFINE_FINAL_TYPE (VocCandidate, voc_candidate, VOC_TYPE_ENTITY)

static void
voc_candidate_class_init (VocCandidateClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "candidate");

  voc_entity_class_add_reference (entity_class, "batch_id",
                                  G_STRUCT_OFFSET (VocCandidate, batch_id),
                                  "cv_batch", VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "display_name",
                               G_STRUCT_OFFSET (VocCandidate, display_name),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "file_name",
                               G_STRUCT_OFFSET (VocCandidate, file_name),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "file_sha256",
                               G_STRUCT_OFFSET (VocCandidate, file_sha256),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "text",
                               G_STRUCT_OFFSET (VocCandidate, text),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "score",
                            G_STRUCT_OFFSET (VocCandidate, score),
                            0, 100, -1, VOC_COLUMN_NULLABLE);
  voc_entity_class_add_string (entity_class, "matched_skills",
                               G_STRUCT_OFFSET (VocCandidate, matched_skills),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "missing_skills",
                               G_STRUCT_OFFSET (VocCandidate, missing_skills),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_enum (entity_class, "status",
                             G_STRUCT_OFFSET (VocCandidate, status),
                             VOC_TYPE_CANDIDATE_STATUS, 0, VOC_COLUMN_DEFAULT);
}

static void
voc_candidate_init (VocCandidate *self)
{
}

VocCandidate *
voc_candidate_new (void)
{
  return g_object_new (VOC_TYPE_CANDIDATE, NULL);
}

gint64
voc_candidate_get_batch_id (VocCandidate *self)
{
  g_return_val_if_fail (VOC_IS_CANDIDATE (self), 0);

  return self->batch_id;
}

void
voc_candidate_set_batch_id (VocCandidate *self,
                            gint64 batch_id)
{
  g_return_if_fail (VOC_IS_CANDIDATE (self));

  g_object_set (self, "batch-id", batch_id, NULL);
}

const char *
voc_candidate_get_display_name (VocCandidate *self)
{
  g_return_val_if_fail (VOC_IS_CANDIDATE (self), NULL);

  return self->display_name;
}

void
voc_candidate_set_display_name (VocCandidate *self,
                                const char *display_name)
{
  g_return_if_fail (VOC_IS_CANDIDATE (self));

  g_object_set (self, "display-name", display_name, NULL);
}

const char *
voc_candidate_get_file_name (VocCandidate *self)
{
  g_return_val_if_fail (VOC_IS_CANDIDATE (self), NULL);

  return self->file_name;
}

void
voc_candidate_set_file_name (VocCandidate *self,
                             const char *file_name)
{
  g_return_if_fail (VOC_IS_CANDIDATE (self));

  g_object_set (self, "file-name", file_name, NULL);
}

const char *
voc_candidate_get_file_sha256 (VocCandidate *self)
{
  g_return_val_if_fail (VOC_IS_CANDIDATE (self), NULL);

  return self->file_sha256;
}

void
voc_candidate_set_file_sha256 (VocCandidate *self,
                               const char *file_sha256)
{
  g_return_if_fail (VOC_IS_CANDIDATE (self));

  g_object_set (self, "file-sha256", file_sha256, NULL);
}

const char *
voc_candidate_get_text (VocCandidate *self)
{
  g_return_val_if_fail (VOC_IS_CANDIDATE (self), NULL);

  return self->text;
}

void
voc_candidate_set_text (VocCandidate *self,
                        const char *text)
{
  g_return_if_fail (VOC_IS_CANDIDATE (self));

  g_object_set (self, "text", text, NULL);
}

gint64
voc_candidate_get_score (VocCandidate *self)
{
  g_return_val_if_fail (VOC_IS_CANDIDATE (self), 0);

  return self->score;
}

void
voc_candidate_set_score (VocCandidate *self,
                         gint64 score)
{
  g_return_if_fail (VOC_IS_CANDIDATE (self));

  g_object_set (self, "score", score, NULL);
}

const char *
voc_candidate_get_matched_skills (VocCandidate *self)
{
  g_return_val_if_fail (VOC_IS_CANDIDATE (self), NULL);

  return self->matched_skills;
}

void
voc_candidate_set_matched_skills (VocCandidate *self,
                                  const char *matched_skills)
{
  g_return_if_fail (VOC_IS_CANDIDATE (self));

  g_object_set (self, "matched-skills", matched_skills, NULL);
}

const char *
voc_candidate_get_missing_skills (VocCandidate *self)
{
  g_return_val_if_fail (VOC_IS_CANDIDATE (self), NULL);

  return self->missing_skills;
}

void
voc_candidate_set_missing_skills (VocCandidate *self,
                                  const char *missing_skills)
{
  g_return_if_fail (VOC_IS_CANDIDATE (self));

  g_object_set (self, "missing-skills", missing_skills, NULL);
}

VocCandidateStatus
voc_candidate_get_status (VocCandidate *self)
{
  g_return_val_if_fail (VOC_IS_CANDIDATE (self), 0);

  return self->status;
}

void
voc_candidate_set_status (VocCandidate *self,
                          VocCandidateStatus status)
{
  g_return_if_fail (VOC_IS_CANDIDATE (self));

  g_object_set (self, "status", status, NULL);
}
