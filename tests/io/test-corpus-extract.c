/* test-corpus-extract.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real documents written outside the project: every job description in jd/ (Markdown, text,
 * DOCX) and every résumé PDF in resumes/ must give text. The corpus lives next to the
 * project, in ../shared/data (or wherever VOCATION_CORPUS_DIR says), and is never copied into
 * it; without it, every case is skipped.
 */

#include "config.h"

#include <string.h>

#include "voc-extract.h"
#include "../voc-corpus.h"

/* Shorter than this, a job description or a résumé has lost most of its text. */
#define MIN_TEXT_LENGTH 200

static gboolean
has_suffix_ci (const char *name,
               const char *suffix)
{
  gsize name_len = strlen (name);
  gsize suffix_len = strlen (suffix);

  return name_len >= suffix_len && g_ascii_strcasecmp (name + name_len - suffix_len, suffix) == 0;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static void
collect_files (const char  *dir,
               const char **suffixes,
               GPtrArray   *out)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (handle == NULL)
    return;

  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  /* The same order on every machine, so that test numbers stay put. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *entry = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir, entry, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          collect_files (path, suffixes, out);
          continue;
        }
      for (guint k = 0; suffixes[k] != NULL; k++)
        if (has_suffix_ci (entry, suffixes[k]))
          {
            g_ptr_array_add (out, g_steal_pointer (&path));
            break;
          }
    }
}

static void
test_document (gconstpointer data)
{
  const char *path = data;
  g_autofree char *basename = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(VocExtracted) result = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, len);

  result = voc_extract_text (bytes, basename, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);

  g_test_message ("%s: %s, %" G_GSIZE_FORMAT " characters", basename, result->media_type,
                  strlen (result->text));
  g_assert_true (g_utf8_validate (result->text, -1, NULL));
  g_assert_cmpuint (strlen (result->text), >=, MIN_TEXT_LENGTH);
  for (const char *p = result->text; *p != '\0'; p++)
    g_assert_true (*p == '\n' || (guchar) *p >= 0x20);
  /* Whitespace is normalised: no blank lines in a row, no space at a line's ends. */
  g_assert_null (strstr (result->text, "\n\n\n"));
  g_assert_null (strstr (result->text, " \n"));
  g_assert_null (strstr (result->text, "\n "));
}

static void
test_skipped (gconstpointer data)
{
  g_test_skip (data);
}

static void
add_cases (const char  *corpus,
           const char  *folder,
           const char **suffixes)
{
  g_autofree char *dir = corpus != NULL ? g_build_filename (corpus, folder, NULL) : NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autofree char *skip_path = g_strdup_printf ("/corpus/%s", folder);

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_add_data_func (skip_path,
                            "The corpus (../shared/data next to the source tree, or "
                            "VOCATION_CORPUS_DIR) is not here",
                            test_skipped);
      return;
    }

  collect_files (dir, suffixes, files);
  if (files->len == 0)
    {
      g_test_add_data_func (skip_path, "The corpus folder holds no documents of these types",
                            test_skipped);
      return;
    }

  for (guint i = 0; i < files->len; i++)
    {
      char *path = g_ptr_array_index (files, i);
      g_autofree char *relative = g_strdup (path + strlen (corpus) + 1);
      g_autofree char *test_path = NULL;

      /* Test paths are '/'-separated words: keep the file's folders, lose odd characters. */
      g_strcanon (relative, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./",
                  '_');
      test_path = g_strdup_printf ("/corpus/%s", relative);
      g_test_add_data_func_full (test_path, path, test_document, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const char *jd_types[] = { ".md", ".txt", ".docx", NULL };
  static const char *resume_types[] = { ".pdf", NULL };
  g_autofree char *corpus = NULL;

  g_test_init (&argc, &argv, NULL);

  corpus = voc_test_find_corpus_dir ();
  add_cases (corpus, "jd", jd_types);
  add_cases (corpus, "resumes", resume_types);

  return g_test_run ();
}
