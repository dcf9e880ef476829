/* voc-critic-log.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_CRITIC_LOG (voc_critic_log_get_type ())
G_DECLARE_FINAL_TYPE (VocCriticLog, voc_critic_log, VOC, CRITIC_LOG, VocEntity)

VocCriticLog *voc_critic_log_new (void);
VocCriticTarget  voc_critic_log_get_target_kind (VocCriticLog *self);
void             voc_critic_log_set_target_kind (VocCriticLog *self,
                                                 VocCriticTarget target_kind);
gint64           voc_critic_log_get_target_id   (VocCriticLog *self);
void             voc_critic_log_set_target_id   (VocCriticLog *self,
                                                 gint64 target_id);
gint64           voc_critic_log_get_iteration   (VocCriticLog *self);
void             voc_critic_log_set_iteration   (VocCriticLog *self,
                                                 gint64 iteration);
const char *     voc_critic_log_get_scores      (VocCriticLog *self);
void             voc_critic_log_set_scores      (VocCriticLog *self,
                                                 const char *scores);
const char *     voc_critic_log_get_issues      (VocCriticLog *self);
void             voc_critic_log_set_issues      (VocCriticLog *self,
                                                 const char *issues);
gint64           voc_critic_log_get_run_id      (VocCriticLog *self);
void             voc_critic_log_set_run_id      (VocCriticLog *self,
                                                 gint64 run_id);

G_END_DECLS
