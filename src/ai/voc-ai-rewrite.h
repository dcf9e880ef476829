/* voc-ai-rewrite.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-ai-client.h"
#include "voc-ai-redact.h"

G_BEGIN_DECLS

/* How many approved rewrites go into a prompt as examples of the user's voice. */
#define VOC_AI_REWRITE_STYLE_EXAMPLES 3

/**
 * VocAiRewriteBullet:
 * @id: the caller's id for the bullet (its uuid); suggestions carry it back
 * @text: the bullet as the user wrote it
 * @title: (nullable): the title held in the job the bullet belongs to
 * @employer: (nullable): the employer of that job
 *
 * One bullet of the tailored resume to rewrite.
 */
typedef struct
{
  const char *id;
  const char *text;
  const char *title;
  const char *employer;
} VocAiRewriteBullet;

/**
 * VocAiRewriteSuggestion:
 * @bullet_id: the #VocAiRewriteBullet.id it rewrites
 * @source: the bullet as the user wrote it
 * @text: the rewrite, placeholders restored and stock phrases taken out
 * @rationale: why the model suggests it, restored
 * @accepted: whether it passed the verifier, so that the user may accept it
 * @reasons: (element-type utf8): when refused, why, one sentence each
 * @removed: (element-type utf8): the stock phrases taken out
 */
typedef struct
{
  char      *bullet_id;
  char      *source;
  char      *text;
  char      *rationale;
  gboolean   accepted;
  GPtrArray *reasons;
  GPtrArray *removed;
} VocAiRewriteSuggestion;

JsonNode  *voc_ai_rewrite_get_schema       (void);
void       voc_ai_rewrite_suggestion_free  (VocAiRewriteSuggestion    *suggestion);
GStrv      voc_ai_rewrite_library_facts    (JsonObject                *resume);

void       voc_ai_rewrite_async            (VocAiClient               *client,
                                            VocAiRedactor             *redactor,
                                            const char                *posting_text,
                                            gint64                     posting_id,
                                            const VocAiRewriteBullet  *bullets,
                                            guint                      n_bullets,
                                            const char * const        *library,
                                            GCancellable              *cancellable,
                                            GAsyncReadyCallback        callback,
                                            gpointer                   user_data);
GPtrArray *voc_ai_rewrite_finish           (GAsyncResult              *result,
                                            gint64                    *run_id,
                                            GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocAiRewriteSuggestion, voc_ai_rewrite_suggestion_free)

G_END_DECLS
