/* voc-bm25.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _VocBm25 VocBm25;

GPtrArray *voc_bm25_tokenize       (const char  *text,
                                    gboolean     drop_stop_words);
gboolean   voc_bm25_is_stop_word   (const char  *word);

VocBm25   *voc_bm25_new            (void);
void       voc_bm25_free           (VocBm25     *self);
guint      voc_bm25_add            (VocBm25     *self,
                                    const char  *text);
guint      voc_bm25_get_n_documents (VocBm25    *self);
void       voc_bm25_score          (VocBm25     *self,
                                    const char  *query,
                                    double      *scores);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocBm25, voc_bm25_free)

G_END_DECLS
