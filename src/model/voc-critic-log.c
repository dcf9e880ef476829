/* voc-critic-log.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-critic-log"

#include "config.h"

#include "voc-critic-log.h"

/* One critic pass over a resume version or a document. */
struct _VocCriticLog
{
  VocEntity parent_instance;

  VocCriticTarget  target_kind;
  gint64           target_id;
  gint64           iteration;
  char            *scores;
  char            *issues;
  gint64           run_id;
};

G_DEFINE_FINAL_TYPE (VocCriticLog, voc_critic_log, VOC_TYPE_ENTITY)

static void
voc_critic_log_class_init (VocCriticLogClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "critic_log");

  voc_entity_class_add_enum (entity_class, "target_kind",
                             G_STRUCT_OFFSET (VocCriticLog, target_kind),
                             VOC_TYPE_CRITIC_TARGET, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "target_id",
                            G_STRUCT_OFFSET (VocCriticLog, target_id),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "iteration",
                            G_STRUCT_OFFSET (VocCriticLog, iteration),
                            1, G_MAXINT64, 1, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "scores",
                               G_STRUCT_OFFSET (VocCriticLog, scores),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "issues",
                               G_STRUCT_OFFSET (VocCriticLog, issues),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_reference (entity_class, "run_id",
                                  G_STRUCT_OFFSET (VocCriticLog, run_id),
                                  "model_run", VOC_COLUMN_DEFAULT);
}

static void
voc_critic_log_init (VocCriticLog *self)
{
}

VocCriticLog *
voc_critic_log_new (void)
{
  return g_object_new (VOC_TYPE_CRITIC_LOG, NULL);
}

VocCriticTarget
voc_critic_log_get_target_kind (VocCriticLog *self)
{
  g_return_val_if_fail (VOC_IS_CRITIC_LOG (self), 0);

  return self->target_kind;
}

void
voc_critic_log_set_target_kind (VocCriticLog *self,
                                VocCriticTarget target_kind)
{
  g_return_if_fail (VOC_IS_CRITIC_LOG (self));

  g_object_set (self, "target-kind", target_kind, NULL);
}

gint64
voc_critic_log_get_target_id (VocCriticLog *self)
{
  g_return_val_if_fail (VOC_IS_CRITIC_LOG (self), 0);

  return self->target_id;
}

void
voc_critic_log_set_target_id (VocCriticLog *self,
                              gint64 target_id)
{
  g_return_if_fail (VOC_IS_CRITIC_LOG (self));

  g_object_set (self, "target-id", target_id, NULL);
}

gint64
voc_critic_log_get_iteration (VocCriticLog *self)
{
  g_return_val_if_fail (VOC_IS_CRITIC_LOG (self), 0);

  return self->iteration;
}

void
voc_critic_log_set_iteration (VocCriticLog *self,
                              gint64 iteration)
{
  g_return_if_fail (VOC_IS_CRITIC_LOG (self));

  g_object_set (self, "iteration", iteration, NULL);
}

const char *
voc_critic_log_get_scores (VocCriticLog *self)
{
  g_return_val_if_fail (VOC_IS_CRITIC_LOG (self), NULL);

  return self->scores;
}

void
voc_critic_log_set_scores (VocCriticLog *self,
                           const char *scores)
{
  g_return_if_fail (VOC_IS_CRITIC_LOG (self));

  g_object_set (self, "scores", scores, NULL);
}

const char *
voc_critic_log_get_issues (VocCriticLog *self)
{
  g_return_val_if_fail (VOC_IS_CRITIC_LOG (self), NULL);

  return self->issues;
}

void
voc_critic_log_set_issues (VocCriticLog *self,
                           const char *issues)
{
  g_return_if_fail (VOC_IS_CRITIC_LOG (self));

  g_object_set (self, "issues", issues, NULL);
}

gint64
voc_critic_log_get_run_id (VocCriticLog *self)
{
  g_return_val_if_fail (VOC_IS_CRITIC_LOG (self), 0);

  return self->run_id;
}

void
voc_critic_log_set_run_id (VocCriticLog *self,
                           gint64 run_id)
{
  g_return_if_fail (VOC_IS_CRITIC_LOG (self));

  g_object_set (self, "run-id", run_id, NULL);
}
