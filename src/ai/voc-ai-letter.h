/* voc-ai-letter.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-ai-client.h"
#include "voc-ai-redact.h"
#include "voc-fit-store.h"

G_BEGIN_DECLS

/* What a letter is written from. The posting is untrusted; the resume and the notes are the
 * only facts about the user; the library is everything else the user wrote, for the check. */
typedef struct
{
  const char         *posting_text;
  const char         *posting_title;
  const char         *company;
  const char         *resume_text;
  const char         *notes;
  const char * const *library;
  gint64              application_id;
  gint64              posting_id;
} VocAiLetterInput;

/**
 * VocAiLetter:
 * @text: the letter, placeholders restored and stock phrases taken out
 * @findings: (element-type utf8): claims not found in the resume, notes or library, each
 *   with the reason
 * @removed: (element-type utf8): the stock phrases taken out
 * @run_id: the `model_run` row of the call
 */
typedef struct
{
  char      *text;
  GPtrArray *findings;
  GPtrArray *removed;
  gint64     run_id;
} VocAiLetter;

void         voc_ai_letter_generate_async  (VocAiClient             *client,
                                            VocAiRedactor           *redactor,
                                            const VocAiLetterInput  *input,
                                            VocAiChunkFunc           chunk_func,
                                            gpointer                 chunk_data,
                                            GCancellable            *cancellable,
                                            GAsyncReadyCallback      callback,
                                            gpointer                 user_data);
VocAiLetter *voc_ai_letter_generate_finish (GAsyncResult            *result,
                                            GError                 **error);
void         voc_ai_letter_free            (VocAiLetter             *letter);

char        *voc_letter_template_compose   (const char              *name,
                                            const char              *posting_title,
                                            const char              *company,
                                            const char * const      *bullets);
void         voc_letter_template_async     (VocFitStore             *store,
                                            gint64                   posting_id,
                                            guint                    n_bullets,
                                            GCancellable            *cancellable,
                                            GAsyncReadyCallback      callback,
                                            gpointer                 user_data);
GStrv        voc_letter_template_finish    (VocFitStore             *store,
                                            GAsyncResult            *result,
                                            GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocAiLetter, voc_ai_letter_free)

G_END_DECLS
