/* test-corpus-resume-export.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Résumés written outside the project: the JSON Resume sample and fixtures in jsonresume/
 * (complete, incomplete, empty, and some in the older schema) must export to every format
 * and template, and the PDF must hold the person's name and every work highlight. The corpus
 * lives next to the project, in ../shared/data (or wherever VOCATION_CORPUS_DIR says), and is
 * never copied into it; without it, every case is skipped.
 */

#include "config.h"

#include <string.h>

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "voc-resume-export.h"
#include "../voc-corpus.h"

/* White space folded away: where a line wraps is the layout's business. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
pdf_to_text (GBytes *pdf)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    return NULL;

  dir = g_dir_make_tmp ("vocation-corpus-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "resume.pdf", NULL);
  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);

  {
    const char *argv[] = { program, "-enc", "UTF-8", path, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                  NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_remove (path);
  g_rmdir (dir);
  return out;
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, member))
    return NULL;
  node = json_object_get_member (object, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* What the PDF must show: the name and every work highlight. */
static GPtrArray *
expected_strings (JsonObject *resume)
{
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  JsonObject *basics = NULL;
  JsonArray *work = NULL;
  const char *name;

  if (json_object_has_member (resume, "basics") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (resume, "basics")))
    basics = json_object_get_object_member (resume, "basics");
  name = get_string (basics, "name");
  if (name != NULL && *name != '\0')
    g_ptr_array_add (strings, g_strdup (name));

  if (json_object_has_member (resume, "work") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (resume, "work")))
    work = json_object_get_array_member (resume, "work");

  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      JsonNode *job = json_array_get_element (work, i);
      JsonArray *highlights;

      if (!JSON_NODE_HOLDS_OBJECT (job) ||
          !json_object_has_member (json_node_get_object (job), "highlights") ||
          !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (job),
                                                          "highlights")))
        continue;
      highlights = json_object_get_array_member (json_node_get_object (job), "highlights");
      for (guint j = 0; j < json_array_get_length (highlights); j++)
        {
          JsonNode *node = json_array_get_element (highlights, j);
          g_autofree char *text = NULL;

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            continue;
          text = g_strstrip (g_strdup (json_node_get_string (node)));
          if (*text != '\0')
            g_ptr_array_add (strings, g_steal_pointer (&text));
        }
    }

  return strings;
}

static void
test_export (gconstpointer data)
{
  const char *path = data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  JsonObject *resume;
  guint n_templates;
  const VocResumeTemplate *templates = voc_resume_templates (&n_templates);
  const VocResumeFormat formats[] = {
    VOC_RESUME_FORMAT_PDF, VOC_RESUME_FORMAT_DOCX, VOC_RESUME_FORMAT_MARKDOWN,
    VOC_RESUME_FORMAT_TEXT, VOC_RESUME_FORMAT_JSON,
  };
  const VocPaper papers[] = { VOC_PAPER_A4, VOC_PAPER_LETTER };

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  resume = json_node_get_object (json_parser_get_root (parser));
  expected = expected_strings (resume);

  for (guint t = 0; t < n_templates; t++)
    for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
      for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          g_autoptr(GBytes) bytes = voc_resume_export (resume, formats[f], templates[t].id,
                                                       papers[p], &error);
          g_autofree char *text = NULL;
          g_autofree char *squeezed = NULL;

          g_assert_no_error (error);
          g_assert_nonnull (bytes);

          if (formats[f] == VOC_RESUME_FORMAT_JSON)
            {
              g_autoptr(JsonParser) round_trip = json_parser_new ();

              json_parser_load_from_data (round_trip, g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes), &error);
              g_assert_no_error (error);
              g_assert_true (json_node_equal (json_parser_get_root (parser),
                                              json_parser_get_root (round_trip)));
              continue;
            }
          if (formats[f] == VOC_RESUME_FORMAT_DOCX)
            {
              g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 2, "PK", 2);
              continue;
            }
          if (formats[f] == VOC_RESUME_FORMAT_PDF)
            {
              text = pdf_to_text (bytes);
              if (text == NULL)
                {
                  g_test_skip ("pdftotext (poppler-utils) is not installed");
                  return;
                }
            }
          else
            {
              text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
              g_assert_true (g_utf8_validate (text, -1, NULL));
              if (formats[f] == VOC_RESUME_FORMAT_MARKDOWN)
                continue;  /* escaped for Markdown: checked in the unit test */
            }

          squeezed = squeeze (text);
          for (guint i = 0; i < expected->len; i++)
            {
              g_autofree char *needle = squeeze (g_ptr_array_index (expected, i));

              if (strstr (squeezed, needle) == NULL)
                g_test_message ("%s (%s): “%s” is missing from:\n%s", path, templates[t].id,
                                (char *) g_ptr_array_index (expected, i), text);
              g_assert_nonnull (strstr (squeezed, needle));
            }
        }
}

static void
add_case (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf ("/corpus/resume-export/%s", base);

  g_test_add_data_func_full (name, g_strdup (path), test_export, g_free);
}

static void
test_missing (void)
{
  g_test_skip ("no corpus: set VOCATION_CORPUS_DIR or put it in ../shared/data");
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *corpus = NULL;
  g_autofree char *sample = NULL;
  g_autofree char *fixtures = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int ret;

  g_test_init (&argc, &argv, NULL);

  corpus = voc_test_find_corpus_dir ();
  if (corpus != NULL)
    {
      sample = g_build_filename (corpus, "jsonresume", "sample.resume.json", NULL);
      fixtures = g_build_filename (corpus, "jsonresume", "fixtures", NULL);
      dir = g_dir_open (fixtures, 0, NULL);
    }

  if (sample != NULL && g_file_test (sample, G_FILE_TEST_IS_REGULAR))
    add_case (sample);
  if (dir != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".json"))
          g_ptr_array_add (names, g_build_filename (fixtures, name, NULL));
      /* The same order on every machine, so that test numbers stay put. */
      g_ptr_array_sort (names, compare_names);
      for (guint i = 0; i < names->len; i++)
        add_case (g_ptr_array_index (names, i));
    }
  if (names->len == 0 && (sample == NULL || !g_file_test (sample, G_FILE_TEST_IS_REGULAR)))
    g_test_add_func ("/corpus/resume-export/missing", test_missing);

  ret = g_test_run ();

  /* Font caches live as long as the process; emptied for LeakSanitizer. */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();

  return ret;
}
