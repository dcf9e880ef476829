/* test-word-diff.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The word diff between a bullet and its rewrite: kept, deleted and added runs in reading
 * order, each text recoverable from the parts, and its markup escaped and styled.
 */

#include "config.h"

#include <string.h>

#include "voc-word-diff.h"

/* The diff as a string: "=same -deleted +added", one part per bracket. */
static char *
describe (const char *before,
          const char *after)
{
  g_autoptr(GPtrArray) parts = voc_word_diff (before, after);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      VocWordDiffPart *part = g_ptr_array_index (parts, i);
      const char sign[] = { '=', '-', '+' };

      g_string_append_printf (out, "[%c%s]", sign[part->kind], part->text);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
rebuild (GPtrArray       *parts,
         VocWordDiffKind  leave_out)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      VocWordDiffPart *part = g_ptr_array_index (parts, i);

      if (part->kind == leave_out)
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, part->text);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_runs (void)
{
  static const struct {
    const char *before;
    const char *after;
    const char *expected;
  } cases[] = {
    { "Cut build times by 40%", "Cut build times by 40%", "[=Cut build times by 40%]" },
    { "Reduced build times by 40% with caching", "Cut build times by 40% by caching",
      "[-Reduced][+Cut][=build times by 40%][-with][+by][=caching]" },
    { "Wrote tests", "Wrote integration tests for the API",
      "[=Wrote][+integration][=tests][+for the API]" },
    { "Led the move of the API", "Led the API",
      "[=Led the][-move of the][=API]" },
    /* Punctuation belongs to its word: a moved comma shows. */
    { "Built it, fast", "Built it fast", "[=Built][-it,][+it][=fast]" },
    /* Spaces do not count. */
    { "  Ran   Spark jobs ", "Ran Spark\tjobs", "[=Ran Spark jobs]" },
    { "", "New text", "[+New text]" },
    { "Old text", "", "[-Old text]" },
    { NULL, NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = describe (cases[i].before, cases[i].after);

      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

/* Whatever the texts, the parts give back both, and no two neighbours share a kind. */
static void
test_recovers_both (void)
{
  static const char *words[] = { "led", "built", "the", "team", "API", "a", "of", "40%" };
  GRand *rand = g_rand_new_with_seed (7);

  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(GString) before = g_string_new (NULL);
      g_autoptr(GString) after = g_string_new (NULL);
      g_autoptr(GPtrArray) parts = NULL;
      g_autofree char *got_before = NULL;
      g_autofree char *got_after = NULL;

      for (guint i = g_rand_int_range (rand, 0, 12); i > 0; i--)
        g_string_append_printf (before, "%s%s", before->len > 0 ? " " : "",
                                words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      for (guint i = g_rand_int_range (rand, 0, 12); i > 0; i--)
        g_string_append_printf (after, "%s%s", after->len > 0 ? " " : "",
                                words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);

      parts = voc_word_diff (before->str, after->str);
      got_before = rebuild (parts, VOC_WORD_DIFF_ADDED);
      got_after = rebuild (parts, VOC_WORD_DIFF_DELETED);
      g_assert_cmpstr (got_before, ==, before->str);
      g_assert_cmpstr (got_after, ==, after->str);
      for (guint i = 0; i < parts->len; i++)
        {
          VocWordDiffPart *part = g_ptr_array_index (parts, i);

          if (i > 0)
            g_assert_cmpint (part->kind, !=,
                             ((VocWordDiffPart *) g_ptr_array_index (parts, i - 1))->kind);
        }
      /* Identical texts are one kept part. */
      if (g_str_equal (before->str, after->str) && before->len > 0)
        {
          g_assert_cmpuint (parts->len, ==, 1);
          g_assert_cmpint (((VocWordDiffPart *) g_ptr_array_index (parts, 0))->kind, ==,
                           VOC_WORD_DIFF_SAME);
        }
    }
  g_rand_free (rand);
}

static void
test_long_texts (void)
{
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GPtrArray) parts = NULL;

  for (guint i = 0; i <= VOC_WORD_DIFF_MAX_WORDS; i++)
    g_string_append (before, "word ");
  parts = voc_word_diff (before->str, "word");
  g_assert_cmpuint (parts->len, ==, 2);
  g_assert_cmpint (((VocWordDiffPart *) g_ptr_array_index (parts, 0))->kind, ==,
                   VOC_WORD_DIFF_DELETED);
  g_assert_cmpint (((VocWordDiffPart *) g_ptr_array_index (parts, 1))->kind, ==,
                   VOC_WORD_DIFF_ADDED);
}

static void
test_markup (void)
{
  g_autoptr(GPtrArray) parts = voc_word_diff ("Built <fast> tools & more", "Built R&D tools");
  g_autofree char *markup = voc_word_diff_markup (parts);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (strstr (markup, "strikethrough=\"true\""));
  g_assert_nonnull (strstr (markup, "underline=\"single\""));
  g_assert_nonnull (strstr (markup, "&lt;fast&gt;"));
  g_assert_nonnull (strstr (markup, "R&amp;D"));
  /* It is well-formed markup. */
  {
    g_autofree char *wrapped = g_strdup_printf ("<markup>%s</markup>", markup);
    GMarkupParseContext *context = g_markup_parse_context_new (&(GMarkupParser) { 0 }, 0, NULL,
                                                               NULL);

    g_assert_true (g_markup_parse_context_parse (context, wrapped, -1, &error));
    g_assert_true (g_markup_parse_context_end_parse (context, &error));
    g_assert_no_error (error);
    g_markup_parse_context_free (context);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/word-diff/runs", test_runs);
  g_test_add_func ("/word-diff/recovers-both", test_recovers_both);
  g_test_add_func ("/word-diff/long-texts", test_long_texts);
  g_test_add_func ("/word-diff/markup", test_markup);

  return g_test_run ();
}
