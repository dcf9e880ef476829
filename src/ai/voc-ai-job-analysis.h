/* voc-ai-job-analysis.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-ai-client.h"
#include "voc-ai-redact.h"

G_BEGIN_DECLS

#define VOC_AI_PURPOSE_JOB_ANALYSIS "job-analysis"

JsonNode *voc_ai_job_analysis_get_schema (void);

void      voc_ai_job_analysis_async      (VocAiClient          *client,
                                          VocAiRedactor        *redactor,
                                          const char           *posting_text,
                                          gint64                posting_id,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
JsonNode *voc_ai_job_analysis_finish     (GAsyncResult         *result,
                                          gboolean             *from_cache,
                                          GError              **error);

G_END_DECLS
