/* voc-model-run.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_MODEL_RUN (voc_model_run_get_type ())
G_DECLARE_FINAL_TYPE (VocModelRun, voc_model_run, VOC, MODEL_RUN, VocEntity)

VocModelRun *voc_model_run_new (void);
const char *   voc_model_run_get_purpose         (VocModelRun *self);
void           voc_model_run_set_purpose         (VocModelRun *self,
                                                  const char *purpose);
const char *   voc_model_run_get_provider        (VocModelRun *self);
void           voc_model_run_set_provider        (VocModelRun *self,
                                                  const char *provider);
const char *   voc_model_run_get_model           (VocModelRun *self);
void           voc_model_run_set_model           (VocModelRun *self,
                                                  const char *model);
gint64         voc_model_run_get_application_id  (VocModelRun *self);
void           voc_model_run_set_application_id  (VocModelRun *self,
                                                  gint64 application_id);
gint64         voc_model_run_get_posting_id      (VocModelRun *self);
void           voc_model_run_set_posting_id      (VocModelRun *self,
                                                  gint64 posting_id);
gint64         voc_model_run_get_tokens_in       (VocModelRun *self);
void           voc_model_run_set_tokens_in       (VocModelRun *self,
                                                  gint64 tokens_in);
gint64         voc_model_run_get_tokens_out      (VocModelRun *self);
void           voc_model_run_set_tokens_out      (VocModelRun *self,
                                                  gint64 tokens_out);
gint64         voc_model_run_get_latency_ms      (VocModelRun *self);
void           voc_model_run_set_latency_ms      (VocModelRun *self,
                                                  gint64 latency_ms);
gint64         voc_model_run_get_cost_microcents (VocModelRun *self);
void           voc_model_run_set_cost_microcents (VocModelRun *self,
                                                  gint64 cost_microcents);
VocRunOutcome  voc_model_run_get_outcome         (VocModelRun *self);
void           voc_model_run_set_outcome         (VocModelRun *self,
                                                  VocRunOutcome outcome);
const char *   voc_model_run_get_error           (VocModelRun *self);
void           voc_model_run_set_error           (VocModelRun *self,
                                                  const char *error);

G_END_DECLS
