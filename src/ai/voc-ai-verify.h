/* voc-ai-verify.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * VocAiVerdict:
 * @accepted: whether the suggestion adds nothing that is not in the source or the library
 * @text: the suggestion with stock phrases removed (what to show if accepted)
 * @reasons: (element-type utf8): why it was refused, one sentence each
 * @removed: (element-type utf8): the stock phrases that were taken out
 */
typedef struct
{
  gboolean   accepted;
  char      *text;
  GPtrArray *reasons;
  GPtrArray *removed;
} VocAiVerdict;

VocAiVerdict *voc_ai_verify_bullet     (const char         *source,
                                        const char * const *library,
                                        const char         *suggestion);
char         *voc_ai_strip_stock_phrases (const char       *text,
                                          const char       *keep_from,
                                          GPtrArray        *removed);
void          voc_ai_verdict_free      (VocAiVerdict       *verdict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocAiVerdict, voc_ai_verdict_free)

G_END_DECLS
