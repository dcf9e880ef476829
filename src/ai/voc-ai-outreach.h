/* voc-ai-outreach.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-ai-client.h"
#include "voc-ai-redact.h"
#include "voc-outreach-store.h"

G_BEGIN_DECLS

#define VOC_OUTREACH_EMAIL_MAX_WORDS    150
#define VOC_OUTREACH_LINKEDIN_MAX_CHARS 300

/**
 * VocOutreachDraft:
 * @subject: (nullable): the e-mail's subject; %NULL for a LinkedIn message
 * @body: the message
 * @warnings: (element-type utf8): what the verifier found that is neither in the application
 *   nor in the library (a number, a skill, a name, a date), for the user to check
 * @removed: (element-type utf8): the stock phrases taken out
 * @run_id: the `model_run` that wrote it, 0 for a template
 */
typedef struct
{
  char      *subject;
  char      *body;
  GPtrArray *warnings;
  GPtrArray *removed;
  gint64     run_id;
} VocOutreachDraft;

void              voc_outreach_draft_free          (VocOutreachDraft         *draft);
guint             voc_outreach_count_words         (const char               *text);
gboolean          voc_outreach_check_length        (VocOutreachChannel        channel,
                                                    const char               *subject,
                                                    const char               *body,
                                                    GError                  **error);
VocOutreachDraft *voc_outreach_draft_from_template (const VocOutreachContext *context,
                                                    VocOutreachChannel        channel,
                                                    const char               *contact_name);
JsonNode         *voc_ai_outreach_get_schema       (void);

void              voc_ai_outreach_async            (VocAiClient              *client,
                                                    VocAiRedactor            *redactor,
                                                    const VocOutreachContext *context,
                                                    VocOutreachChannel        channel,
                                                    const char               *contact_name,
                                                    const char               *contact_title,
                                                    const char * const       *library,
                                                    GCancellable             *cancellable,
                                                    GAsyncReadyCallback       callback,
                                                    gpointer                  user_data);
VocOutreachDraft *voc_ai_outreach_finish           (GAsyncResult             *result,
                                                    GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocOutreachDraft, voc_outreach_draft_free)

G_END_DECLS
