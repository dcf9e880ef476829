/* voc-ai-analysis-view.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "voc-ai-assist.h"
#include "voc-database.h"

G_BEGIN_DECLS

/**
 * VocAiAnalysisState:
 * @VOC_AI_ANALYSIS_UNAVAILABLE: the application offers no AI: the section is hidden
 * @VOC_AI_ANALYSIS_NOT_CONFIGURED: no provider is set up: a hint points to the preferences
 * @VOC_AI_ANALYSIS_NO_TEXT: the posting has no text to analyse
 * @VOC_AI_ANALYSIS_IDLE: Analyze is offered
 * @VOC_AI_ANALYSIS_RUNNING: a request is under way (Cancel is offered)
 * @VOC_AI_ANALYSIS_DONE: the analysis is shown
 * @VOC_AI_ANALYSIS_FAILED: the last request failed; its message is shown
 */
typedef enum
{
  VOC_AI_ANALYSIS_UNAVAILABLE,
  VOC_AI_ANALYSIS_NOT_CONFIGURED,
  VOC_AI_ANALYSIS_NO_TEXT,
  VOC_AI_ANALYSIS_IDLE,
  VOC_AI_ANALYSIS_RUNNING,
  VOC_AI_ANALYSIS_DONE,
  VOC_AI_ANALYSIS_FAILED,
} VocAiAnalysisState;

#define VOC_TYPE_AI_ANALYSIS_VIEW (voc_ai_analysis_view_get_type ())
G_DECLARE_FINAL_TYPE (VocAiAnalysisView, voc_ai_analysis_view, VOC, AI_ANALYSIS_VIEW, AdwBin)

GtkWidget          *voc_ai_analysis_view_new              (void);
void                voc_ai_analysis_view_set_assist       (VocAiAnalysisView  *self,
                                                           VocAiAssist        *assist);
void                voc_ai_analysis_view_set_database     (VocAiAnalysisView  *self,
                                                           VocDatabase        *database);
void                voc_ai_analysis_view_set_posting      (VocAiAnalysisView  *self,
                                                           gint64              posting_id,
                                                           const char         *text);
void                voc_ai_analysis_view_set_local_skills (VocAiAnalysisView  *self,
                                                           const char * const *names);

VocAiAnalysisState  voc_ai_analysis_view_get_state        (VocAiAnalysisView  *self);
gboolean            voc_ai_analysis_view_get_from_cache   (VocAiAnalysisView  *self);
const char         *voc_ai_analysis_view_get_error        (VocAiAnalysisView  *self);
JsonNode           *voc_ai_analysis_view_get_analysis     (VocAiAnalysisView  *self);
GStrv               voc_ai_analysis_view_dup_not_local    (VocAiAnalysisView  *self);
guint               voc_ai_analysis_view_get_n_unnamed    (VocAiAnalysisView  *self);

gboolean            voc_ai_capability_matches_skill       (const char         *capability,
                                                           const char         *skill);

G_END_DECLS
