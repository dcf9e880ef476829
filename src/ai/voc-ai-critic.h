/* voc-ai-critic.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-ai-client.h"
#include "voc-ai-redact.h"
#include "voc-model.h"

G_BEGIN_DECLS

/**
 * VocCriticScore:
 *
 * The five scores of a critic pass, each 0–100, in the order they are shown.
 */
typedef enum
{
  VOC_CRITIC_SCORE_ALIGNMENT,
  VOC_CRITIC_SCORE_CLARITY,
  VOC_CRITIC_SCORE_IMPACT,
  VOC_CRITIC_SCORE_TONE,
  VOC_CRITIC_SCORE_ATS,
  VOC_CRITIC_N_SCORES,
} VocCriticScore;

/**
 * VocCriticIssue:
 * @severity: "high", "medium" or "low"
 * @where: the part of the text it is about
 * @problem: what is wrong
 * @suggestion: what to do instead, stock phrases taken out
 * @flagged: the suggestion adds a number, skill, name or date that is neither in the text nor
 *   in the library: shown with @reasons, never as advice to follow
 * @reasons: (element-type utf8): why it was flagged
 */
typedef struct
{
  char      *severity;
  char      *where;
  char      *problem;
  char      *suggestion;
  gboolean   flagged;
  GPtrArray *reasons;
} VocCriticIssue;

/**
 * VocCritique:
 * @scores: the scores, by #VocCriticScore
 * @issues: (element-type VocCriticIssue): the issues, most severe first
 * @iteration: the pass's number for its target (1 for the first)
 * @run_id: the `model_run` that wrote it, or 0
 * @log_id: its `critic_log` row, or 0
 */
typedef struct
{
  int        scores[VOC_CRITIC_N_SCORES];
  GPtrArray *issues;
  gint64     iteration;
  gint64     run_id;
  gint64     log_id;
} VocCritique;

JsonNode    *voc_ai_critic_get_schema     (void);
const char  *voc_critic_score_get_name    (VocCriticScore      score);
const char  *voc_critic_score_get_label   (VocCriticScore      score);

VocCritique *voc_critique_new_from_log    (VocCriticLog       *entry,
                                           GError            **error);
void         voc_critique_free            (VocCritique        *critique);
const char  *voc_ai_critic_approve_purpose (VocCriticTarget    target_kind);
char        *voc_ai_critic_approve_content (VocCriticTarget    target_kind,
                                            const char        *text);

void         voc_ai_critic_async          (VocAiClient         *client,
                                           VocAiRedactor       *redactor,
                                           VocCriticTarget      target_kind,
                                           gint64               target_id,
                                           const char          *text,
                                           const char          *posting_text,
                                           const char * const  *library,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
VocCritique *voc_ai_critic_finish         (GAsyncResult        *result,
                                           GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocCritique, voc_critique_free)

G_END_DECLS
