/* voc-ai-assist.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "voc-ai-client.h"
#include "voc-ai-redact.h"
#include "voc-ai-secrets.h"
#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_AI_ASSIST (voc_ai_assist_get_type ())
G_DECLARE_FINAL_TYPE (VocAiAssist, voc_ai_assist, VOC, AI_ASSIST, GObject)

VocAiAssist   *voc_ai_assist_new             (GSettings            *settings,
                                              VocAiSecrets         *secrets,
                                              SoupSession          *session);
VocAiAssist   *voc_ai_assist_get_default     (void);
void           voc_ai_assist_set_default     (VocAiAssist          *assist);

gboolean       voc_ai_assist_get_configured  (VocAiAssist          *self);
const char    *voc_ai_assist_purpose_label   (const char           *purpose);
void           voc_ai_assist_review_next     (VocAiAssist          *self);

void           voc_ai_assist_prepare_async   (VocAiAssist          *self,
                                              VocDatabase          *database,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
VocAiClient   *voc_ai_assist_prepare_finish  (VocAiAssist          *self,
                                              GAsyncResult         *result,
                                              VocAiRedactor       **redactor,
                                              GError              **error);

G_END_DECLS
