/* voc-ai-ui-test.h — the AI assist of the GUI tests of the AI features
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-ai-assist.h"
#include "voc-ai-client.h"
#include "voc-ai-secrets.h"

typedef struct
{
  GSettings    *settings;
  VocAiSecrets *secrets;
  VocAiAssist  *assist;
} TestAssist;

/* Points the settings at the provider at @base_url ("local-model"), with @reviewed as the
 * one purpose already reviewed (%NULL: none), and makes an assist over them the default. */
static inline void
test_assist_setup (TestAssist *ai,
                   const char *base_url,
                   const char *reviewed)
{
  const char *purposes[] = { reviewed, NULL };

  ai->settings = g_settings_new (APPLICATION_ID);
  if (reviewed != NULL)
    g_settings_set_strv (ai->settings, "ai-reviewed-purposes", purposes);
  else
    g_settings_reset (ai->settings, "ai-reviewed-purposes");
  g_settings_reset (ai->settings, "ai-review-always");
  g_settings_set_string (ai->settings, "ai-base-url", base_url);
  g_settings_set_string (ai->settings, "ai-model", "local-model");
  ai->secrets = voc_ai_secrets_new ();
  ai->assist = voc_ai_assist_new (ai->settings, ai->secrets, NULL);
  voc_ai_assist_set_default (ai->assist);
}

static inline void
test_assist_teardown (TestAssist *ai)
{
  voc_ai_assist_set_default (NULL);
  g_assert_finalize_object (ai->assist);
  g_clear_object (&ai->secrets);
  g_settings_reset (ai->settings, "ai-base-url");
  g_settings_reset (ai->settings, "ai-model");
  g_settings_reset (ai->settings, "ai-reviewed-purposes");
  g_clear_object (&ai->settings);
}
