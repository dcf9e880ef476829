/* voc-fit.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-fit"

#include "config.h"

#include "voc-fit.h"

/* How well the candidate fits a posting, with the factors behind the score. */
struct _VocFit
{
  VocEntity parent_instance;

  gint64  posting_id;
  gint64  resume_version_id;
  gint64  score;
  char   *scorer_version;
  char   *factors;
  char   *matched_skills;
  char   *missing_skills;
  char   *rationale;
  char   *inputs_sha256;
};

G_DEFINE_FINAL_TYPE (VocFit, voc_fit, VOC_TYPE_ENTITY)

static void
voc_fit_class_init (VocFitClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "fit");

  voc_entity_class_add_reference (entity_class, "posting_id",
                                  G_STRUCT_OFFSET (VocFit, posting_id),
                                  "job_posting", VOC_COLUMN_REQUIRED);
  voc_entity_class_add_reference (entity_class, "resume_version_id",
                                  G_STRUCT_OFFSET (VocFit, resume_version_id),
                                  "resume_version", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "score",
                            G_STRUCT_OFFSET (VocFit, score),
                            0, 100, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "scorer_version",
                               G_STRUCT_OFFSET (VocFit, scorer_version),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "factors",
                               G_STRUCT_OFFSET (VocFit, factors),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "matched_skills",
                               G_STRUCT_OFFSET (VocFit, matched_skills),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "missing_skills",
                               G_STRUCT_OFFSET (VocFit, missing_skills),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "rationale",
                               G_STRUCT_OFFSET (VocFit, rationale),
                               VOC_COLUMN_DEFAULT);
  /* A digest of the library, the posting and the scorer version the score was computed
   * from: the score is stale when it differs. */
  voc_entity_class_add_string (entity_class, "inputs_sha256",
                               G_STRUCT_OFFSET (VocFit, inputs_sha256),
                               VOC_COLUMN_DEFAULT);
}

static void
voc_fit_init (VocFit *self)
{
}

VocFit *
voc_fit_new (void)
{
  return g_object_new (VOC_TYPE_FIT, NULL);
}

gint64
voc_fit_get_posting_id (VocFit *self)
{
  g_return_val_if_fail (VOC_IS_FIT (self), 0);

  return self->posting_id;
}

void
voc_fit_set_posting_id (VocFit *self,
                        gint64 posting_id)
{
  g_return_if_fail (VOC_IS_FIT (self));

  g_object_set (self, "posting-id", posting_id, NULL);
}

gint64
voc_fit_get_resume_version_id (VocFit *self)
{
  g_return_val_if_fail (VOC_IS_FIT (self), 0);

  return self->resume_version_id;
}

void
voc_fit_set_resume_version_id (VocFit *self,
                               gint64 resume_version_id)
{
  g_return_if_fail (VOC_IS_FIT (self));

  g_object_set (self, "resume-version-id", resume_version_id, NULL);
}

gint64
voc_fit_get_score (VocFit *self)
{
  g_return_val_if_fail (VOC_IS_FIT (self), 0);

  return self->score;
}

void
voc_fit_set_score (VocFit *self,
                   gint64 score)
{
  g_return_if_fail (VOC_IS_FIT (self));

  g_object_set (self, "score", score, NULL);
}

const char *
voc_fit_get_scorer_version (VocFit *self)
{
  g_return_val_if_fail (VOC_IS_FIT (self), NULL);

  return self->scorer_version;
}

void
voc_fit_set_scorer_version (VocFit *self,
                            const char *scorer_version)
{
  g_return_if_fail (VOC_IS_FIT (self));

  g_object_set (self, "scorer-version", scorer_version, NULL);
}

const char *
voc_fit_get_factors (VocFit *self)
{
  g_return_val_if_fail (VOC_IS_FIT (self), NULL);

  return self->factors;
}

void
voc_fit_set_factors (VocFit *self,
                     const char *factors)
{
  g_return_if_fail (VOC_IS_FIT (self));

  g_object_set (self, "factors", factors, NULL);
}

const char *
voc_fit_get_matched_skills (VocFit *self)
{
  g_return_val_if_fail (VOC_IS_FIT (self), NULL);

  return self->matched_skills;
}

void
voc_fit_set_matched_skills (VocFit *self,
                            const char *matched_skills)
{
  g_return_if_fail (VOC_IS_FIT (self));

  g_object_set (self, "matched-skills", matched_skills, NULL);
}

const char *
voc_fit_get_missing_skills (VocFit *self)
{
  g_return_val_if_fail (VOC_IS_FIT (self), NULL);

  return self->missing_skills;
}

void
voc_fit_set_missing_skills (VocFit *self,
                            const char *missing_skills)
{
  g_return_if_fail (VOC_IS_FIT (self));

  g_object_set (self, "missing-skills", missing_skills, NULL);
}

const char *
voc_fit_get_rationale (VocFit *self)
{
  g_return_val_if_fail (VOC_IS_FIT (self), NULL);

  return self->rationale;
}

void
voc_fit_set_rationale (VocFit *self,
                       const char *rationale)
{
  g_return_if_fail (VOC_IS_FIT (self));

  g_object_set (self, "rationale", rationale, NULL);
}

const char *
voc_fit_get_inputs_sha256 (VocFit *self)
{
  g_return_val_if_fail (VOC_IS_FIT (self), NULL);

  return self->inputs_sha256;
}

void
voc_fit_set_inputs_sha256 (VocFit     *self,
                           const char *inputs_sha256)
{
  g_return_if_fail (VOC_IS_FIT (self));

  g_object_set (self, "inputs-sha256", inputs_sha256, NULL);
}
