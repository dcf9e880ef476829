/* voc-word-diff.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Texts with more words than this are compared as a whole (deleted, then added). */
#define VOC_WORD_DIFF_MAX_WORDS 400

typedef enum
{
  VOC_WORD_DIFF_SAME,
  VOC_WORD_DIFF_DELETED,
  VOC_WORD_DIFF_ADDED,
} VocWordDiffKind;

/**
 * VocWordDiffPart:
 * @kind: whether the words are in both texts, only the first or only the second
 * @text: the words, separated by single spaces
 */
typedef struct
{
  VocWordDiffKind  kind;
  char            *text;
} VocWordDiffPart;

GPtrArray *voc_word_diff        (const char *before,
                                 const char *after);
char      *voc_word_diff_markup (GPtrArray  *parts);
void       voc_word_diff_part_free (VocWordDiffPart *part);

G_END_DECLS
