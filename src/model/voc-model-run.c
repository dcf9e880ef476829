/* voc-model-run.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-model-run"

#include "config.h"

#include "voc-model-run.h"

/* One call to an AI provider. */
struct _VocModelRun
{
  VocEntity parent_instance;

  char          *purpose;
  char          *provider;
  char          *model;
  gint64         application_id;
  gint64         posting_id;
  gint64         tokens_in;
  gint64         tokens_out;
  gint64         latency_ms;
  gint64         cost_microcents;
  VocRunOutcome  outcome;
  char          *error;
};

G_DEFINE_FINAL_TYPE (VocModelRun, voc_model_run, VOC_TYPE_ENTITY)

static void
voc_model_run_class_init (VocModelRunClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "model_run");

  voc_entity_class_add_string (entity_class, "purpose",
                               G_STRUCT_OFFSET (VocModelRun, purpose),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "provider",
                               G_STRUCT_OFFSET (VocModelRun, provider),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "model",
                               G_STRUCT_OFFSET (VocModelRun, model),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_reference (entity_class, "application_id",
                                  G_STRUCT_OFFSET (VocModelRun, application_id),
                                  "job_application", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_reference (entity_class, "posting_id",
                                  G_STRUCT_OFFSET (VocModelRun, posting_id),
                                  "job_posting", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "tokens_in",
                            G_STRUCT_OFFSET (VocModelRun, tokens_in),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "tokens_out",
                            G_STRUCT_OFFSET (VocModelRun, tokens_out),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "latency_ms",
                            G_STRUCT_OFFSET (VocModelRun, latency_ms),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "cost_microcents",
                            G_STRUCT_OFFSET (VocModelRun, cost_microcents),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "outcome",
                             G_STRUCT_OFFSET (VocModelRun, outcome),
                             VOC_TYPE_RUN_OUTCOME, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "error",
                               G_STRUCT_OFFSET (VocModelRun, error),
                               VOC_COLUMN_DEFAULT);
}

static void
voc_model_run_init (VocModelRun *self)
{
}

VocModelRun *
voc_model_run_new (void)
{
  return g_object_new (VOC_TYPE_MODEL_RUN, NULL);
}

const char *
voc_model_run_get_purpose (VocModelRun *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_RUN (self), NULL);

  return self->purpose;
}

void
voc_model_run_set_purpose (VocModelRun *self,
                           const char *purpose)
{
  g_return_if_fail (VOC_IS_MODEL_RUN (self));

  g_object_set (self, "purpose", purpose, NULL);
}

const char *
voc_model_run_get_provider (VocModelRun *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_RUN (self), NULL);

  return self->provider;
}

void
voc_model_run_set_provider (VocModelRun *self,
                            const char *provider)
{
  g_return_if_fail (VOC_IS_MODEL_RUN (self));

  g_object_set (self, "provider", provider, NULL);
}

const char *
voc_model_run_get_model (VocModelRun *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_RUN (self), NULL);

  return self->model;
}

void
voc_model_run_set_model (VocModelRun *self,
                         const char *model)
{
  g_return_if_fail (VOC_IS_MODEL_RUN (self));

  g_object_set (self, "model", model, NULL);
}

gint64
voc_model_run_get_application_id (VocModelRun *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_RUN (self), 0);

  return self->application_id;
}

void
voc_model_run_set_application_id (VocModelRun *self,
                                  gint64 application_id)
{
  g_return_if_fail (VOC_IS_MODEL_RUN (self));

  g_object_set (self, "application-id", application_id, NULL);
}

gint64
voc_model_run_get_posting_id (VocModelRun *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_RUN (self), 0);

  return self->posting_id;
}

void
voc_model_run_set_posting_id (VocModelRun *self,
                              gint64 posting_id)
{
  g_return_if_fail (VOC_IS_MODEL_RUN (self));

  g_object_set (self, "posting-id", posting_id, NULL);
}

gint64
voc_model_run_get_tokens_in (VocModelRun *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_RUN (self), 0);

  return self->tokens_in;
}

void
voc_model_run_set_tokens_in (VocModelRun *self,
                             gint64 tokens_in)
{
  g_return_if_fail (VOC_IS_MODEL_RUN (self));

  g_object_set (self, "tokens-in", tokens_in, NULL);
}

gint64
voc_model_run_get_tokens_out (VocModelRun *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_RUN (self), 0);

  return self->tokens_out;
}

void
voc_model_run_set_tokens_out (VocModelRun *self,
                              gint64 tokens_out)
{
  g_return_if_fail (VOC_IS_MODEL_RUN (self));

  g_object_set (self, "tokens-out", tokens_out, NULL);
}

gint64
voc_model_run_get_latency_ms (VocModelRun *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_RUN (self), 0);

  return self->latency_ms;
}

void
voc_model_run_set_latency_ms (VocModelRun *self,
                              gint64 latency_ms)
{
  g_return_if_fail (VOC_IS_MODEL_RUN (self));

  g_object_set (self, "latency-ms", latency_ms, NULL);
}

gint64
voc_model_run_get_cost_microcents (VocModelRun *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_RUN (self), 0);

  return self->cost_microcents;
}

void
voc_model_run_set_cost_microcents (VocModelRun *self,
                                   gint64 cost_microcents)
{
  g_return_if_fail (VOC_IS_MODEL_RUN (self));

  g_object_set (self, "cost-microcents", cost_microcents, NULL);
}

VocRunOutcome
voc_model_run_get_outcome (VocModelRun *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_RUN (self), 0);

  return self->outcome;
}

void
voc_model_run_set_outcome (VocModelRun *self,
                           VocRunOutcome outcome)
{
  g_return_if_fail (VOC_IS_MODEL_RUN (self));

  g_object_set (self, "outcome", outcome, NULL);
}

const char *
voc_model_run_get_error (VocModelRun *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_RUN (self), NULL);

  return self->error;
}

void
voc_model_run_set_error (VocModelRun *self,
                         const char *error)
{
  g_return_if_fail (VOC_IS_MODEL_RUN (self));

  g_object_set (self, "error", error, NULL);
}
