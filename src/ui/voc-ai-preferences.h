/* voc-ai-preferences.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <libsoup/soup.h>

#include "voc-ai-secrets.h"
#include "voc-ai-usage-view.h"
#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_AI_PREFERENCES (voc_ai_preferences_get_type ())
G_DECLARE_FINAL_TYPE (VocAiPreferences, voc_ai_preferences, VOC, AI_PREFERENCES,
                      AdwPreferencesPage)

VocAiPreferences *voc_ai_preferences_new (GSettings    *settings,
                                          VocAiSecrets *secrets,
                                          SoupSession  *session);
void              voc_ai_preferences_set_database   (VocAiPreferences *self,
                                                     VocDatabase      *database);
VocAiUsageView   *voc_ai_preferences_get_usage_view (VocAiPreferences *self);

G_END_DECLS
