/* voc-ai-usage.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-model-runs.h"

G_BEGIN_DECLS

/**
 * VocAiUsage:
 * @key: the month ("YYYY-MM") or the application id ("" for calls about no application)
 * @runs: how many calls
 * @tokens_in: prompt tokens
 * @tokens_out: completion tokens
 * @cost_known: whether every model used has a price; if not, the cost is unknown
 * @cost_usd: the estimated cost in US dollars of the priced calls
 */
typedef struct
{
  char     *key;
  gint64    runs;
  gint64    tokens_in;
  gint64    tokens_out;
  gboolean  cost_known;
  double    cost_usd;
} VocAiUsage;

gboolean   voc_ai_price_lookup   (const char          *model,
                                  double              *input_per_mtok,
                                  double              *output_per_mtok);
GPtrArray *voc_ai_usage_query    (VocDatabase         *db,
                                  VocModelUsageGroup   group,
                                  GError             **error);
void       voc_ai_usage_free     (VocAiUsage          *usage);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocAiUsage, voc_ai_usage_free)

G_END_DECLS
