/* voc-ai-usage-view.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-ai-usage.h"
#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_AI_USAGE_VIEW (voc_ai_usage_view_get_type ())
G_DECLARE_FINAL_TYPE (VocAiUsageView, voc_ai_usage_view, VOC, AI_USAGE_VIEW,
                      AdwPreferencesGroup)

GtkWidget   *voc_ai_usage_view_new           (void);
VocDatabase *voc_ai_usage_view_get_database  (VocAiUsageView      *self);
void         voc_ai_usage_view_set_database  (VocAiUsageView      *self,
                                              VocDatabase         *database);
GtkListBox  *voc_ai_usage_view_get_list      (VocAiUsageView      *self,
                                              VocModelUsageGroup   group);
const char  *voc_ai_usage_view_get_cost_text (VocAiUsageView      *self,
                                              VocModelUsageGroup   group,
                                              guint                index);
gboolean     voc_ai_usage_view_get_empty     (VocAiUsageView      *self);

char        *voc_ai_usage_format_cost        (const VocAiUsage    *usage);

G_END_DECLS
