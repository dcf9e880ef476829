/* voc-word-diff.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-word-diff"

#include "config.h"

#include <string.h>

#include "voc-word-diff.h"

/*
 * A word-level diff of two short texts (a bullet and its rewrite), by the longest common
 * subsequence of their words: what was kept, taken out and put in, in reading order, with
 * deletions before additions at each change. Words are runs of non-space characters compared
 * exactly, punctuation included ("cut" and "cut," differ), so a moved comma shows. Quadratic
 * in the number of words: texts longer than VOC_WORD_DIFF_MAX_WORDS are shown as replaced.
 */

void
voc_word_diff_part_free (VocWordDiffPart *part)
{
  if (part == NULL)
    return;
  g_free (part->text);
  g_free (part);
}

static GStrv
split_words (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *p = text != NULL ? text : "";

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && g_ascii_isspace (*p))
        p++;
      start = p;
      while (*p != '\0' && !g_ascii_isspace (*p))
        p++;
      if (p > start)
        {
          g_autofree char *word = g_strndup (start, p - start);

          g_strv_builder_add (builder, word);
        }
    }
  return g_strv_builder_end (builder);
}

/* Appends @word to the last part when it is of the same kind, else starts a part. */
static void
add_word (GPtrArray       *parts,
          VocWordDiffKind  kind,
          const char      *word)
{
  VocWordDiffPart *last = parts->len > 0 ? g_ptr_array_index (parts, parts->len - 1) : NULL;

  if (last != NULL && last->kind == kind)
    {
      char *text = g_strconcat (last->text, " ", word, NULL);

      g_free (last->text);
      last->text = text;
      return;
    }
  last = g_new0 (VocWordDiffPart, 1);
  last->kind = kind;
  last->text = g_strdup (word);
  g_ptr_array_add (parts, last);
}

/**
 * voc_word_diff:
 * @before: (nullable): the first text
 * @after: (nullable): the second text
 *
 * Returns: (transfer full) (element-type VocWordDiffPart): the parts, in order; the words of
 *   the SAME and DELETED parts make @before, those of the SAME and ADDED parts make @after
 */
GPtrArray *
voc_word_diff (const char *before,
               const char *after)
{
  g_auto(GStrv) a = split_words (before);
  g_auto(GStrv) b = split_words (after);
  GPtrArray *parts = g_ptr_array_new_with_free_func ((GDestroyNotify) voc_word_diff_part_free);
  guint n = g_strv_length (a);
  guint m = g_strv_length (b);
  g_autofree guint *lcs = NULL;
  guint i = 0, j = 0;

  if (n > VOC_WORD_DIFF_MAX_WORDS || m > VOC_WORD_DIFF_MAX_WORDS)
    {
      for (i = 0; i < n; i++)
        add_word (parts, VOC_WORD_DIFF_DELETED, a[i]);
      for (j = 0; j < m; j++)
        add_word (parts, VOC_WORD_DIFF_ADDED, b[j]);
      return parts;
    }

  /* lcs[i][j]: the length of the longest common subsequence of a[i..] and b[j..]. */
#define LCS(x, y) lcs[(gsize) (x) * (m + 1) + (y)]
  lcs = g_new0 (guint, (gsize) (n + 1) * (m + 1));
  for (guint x = n; x-- > 0;)
    for (guint y = m; y-- > 0;)
      LCS (x, y) = g_str_equal (a[x], b[y]) ? LCS (x + 1, y + 1) + 1
                                            : MAX (LCS (x + 1, y), LCS (x, y + 1));

  while (i < n || j < m)
    {
      if (i < n && j < m && g_str_equal (a[i], b[j]))
        {
          add_word (parts, VOC_WORD_DIFF_SAME, a[i]);
          i++;
          j++;
        }
      else if (i < n && (j == m || LCS (i + 1, j) >= LCS (i, j + 1)))
        add_word (parts, VOC_WORD_DIFF_DELETED, a[i++]);
      else
        add_word (parts, VOC_WORD_DIFF_ADDED, b[j++]);
    }
#undef LCS

  return parts;
}

/**
 * voc_word_diff_markup:
 * @parts: (element-type VocWordDiffPart): a diff from voc_word_diff()
 *
 * Returns: (transfer full): Pango markup of the diff: deleted words struck through in red,
 *   added words highlighted in green and underlined (so that it reads without colour too)
 */
char *
voc_word_diff_markup (GPtrArray *parts)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      VocWordDiffPart *part = g_ptr_array_index (parts, i);
      g_autofree char *escaped = g_markup_escape_text (part->text, -1);

      if (i > 0)
        g_string_append_c (markup, ' ');
      switch (part->kind)
        {
        case VOC_WORD_DIFF_SAME:
          g_string_append (markup, escaped);
          break;

        case VOC_WORD_DIFF_DELETED:
          g_string_append_printf (markup, "<span strikethrough=\"true\" foreground=\"#e01b24\" "
                                          "background=\"#e01b24\" bgalpha=\"15%%\">%s</span>",
                                  escaped);
          break;

        case VOC_WORD_DIFF_ADDED:
          g_string_append_printf (markup, "<span underline=\"single\" background=\"#2ec27e\" "
                                          "bgalpha=\"30%%\">%s</span>", escaped);
          break;

        default:
          g_assert_not_reached ();
        }
    }
  return g_string_free (g_steal_pointer (&markup), FALSE);
}
