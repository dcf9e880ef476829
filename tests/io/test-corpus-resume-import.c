/* test-corpus-resume-import.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Real résumés written outside the project, read without AI: every PDF and DOCX in resumes/
 * must give the person's name, an experience with its dates, and bullets. The rendercv ones
 * come with the YAML they were rendered from, which says what the parser should have found.
 * The corpus lives next to the project, in ../shared/data (or wherever VOCATION_CORPUS_DIR
 * says), and is never copied into it; without it, every case is skipped.
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "voc-extract.h"
#include "voc-resume-parser.h"
#include "voc-text.h"
#include "../voc-corpus.h"

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
collect_files (const char *dir,
               GPtrArray  *out)
{
  static const char * const suffixes[] = { ".pdf", ".docx", ".odt" };
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
          collect_files (path, out);
          continue;
        }
      for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
        if (has_suffix_ci (entry, suffixes[k]))
          {
            g_ptr_array_add (out, g_steal_pointer (&path));
            break;
          }
    }
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  if (object == NULL || !json_object_has_member (object, member))
    return NULL;

  return json_object_get_string_member (object, member);
}

/* For messages: "—" where the draft has nothing. */
static const char *
or_dash (const char *text)
{
  return text != NULL ? text : "—";
}

static guint
array_length (JsonObject *object,
              const char *member)
{
  if (object == NULL || !json_object_has_member (object, member))
    return 0;

  return json_array_get_length (json_object_get_array_member (object, member));
}

/* The rendercv YAML is read with plain line matching: "cv:" / "  name: John Doe" and each
 * "- company: Nexus AI" under experience. */
typedef struct
{
  char      *name;
  GPtrArray *companies;
} Expected;

static void
expected_clear (Expected *expected)
{
  g_clear_pointer (&expected->name, g_free);
  g_clear_pointer (&expected->companies, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Expected, expected_clear)

static char *
yaml_value (const char *text)
{
  char *value = g_strstrip (g_strdup (text));
  gsize len = strlen (value);

  if (len >= 2 && (value[0] == '\'' || value[0] == '"') && value[len - 1] == value[0])
    {
      memmove (value, value + 1, len - 2);
      value[len - 2] = '\0';
    }

  return value;
}

static gboolean
read_expected (const char *pdf_path,
               Expected   *expected)
{
  g_autofree char *stem = g_strndup (pdf_path, strlen (pdf_path) - strlen (".pdf"));
  g_autofree char *yaml_path = g_strconcat (stem, ".yaml", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (yaml_path, &contents, NULL, NULL))
    return FALSE;

  expected->companies = g_ptr_array_new_with_free_func (g_free);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *trimmed = line;

      while (*trimmed == ' ')
        trimmed++;

      if (expected->name == NULL && g_str_has_prefix (line, "  name:"))
        expected->name = yaml_value (line + strlen ("  name:"));
      else if (g_str_has_prefix (trimmed, "- company:"))
        g_ptr_array_add (expected->companies, yaml_value (trimmed + strlen ("- company:")));
    }

  return expected->name != NULL;
}

static gboolean
employer_found (JsonArray  *work,
                const char *company)
{
  g_autofree char *wanted = voc_text_normalize_company (company);

  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      const char *name = member_string (json_array_get_object_element (work, i), "name");
      g_autofree char *key = name != NULL ? voc_text_normalize_company (name) : NULL;

      if (key != NULL && g_str_equal (key, wanted))
        return TRUE;
    }

  return FALSE;
}

static void
test_resume (gconstpointer data)
{
  const char *path = data;
  g_autofree char *basename = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(VocExtracted) extracted = NULL;
  g_autoptr(JsonObject) root = NULL;
  g_auto(Expected) expected = { 0 };
  JsonObject *basics;
  JsonArray *work = NULL;
  const char *name;
  guint dated = 0;
  guint highlights = 0;
  char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, len);

  extracted = voc_extract_text (bytes, basename, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (extracted);

  root = voc_resume_parse_text (extracted->text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (root);

  basics = json_object_has_member (root, "basics") ?
           json_object_get_object_member (root, "basics") : NULL;
  name = member_string (basics, "name");
  g_test_message ("%s: name “%s”, label “%s”, email %s, phone %s, %u profiles", basename,
                  or_dash (name), or_dash (member_string (basics, "label")),
                  or_dash (member_string (basics, "email")),
                  or_dash (member_string (basics, "phone")), array_length (basics, "profiles"));

  if (json_object_has_member (root, "work"))
    work = json_object_get_array_member (root, "work");
  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      JsonObject *entry = json_array_get_object_element (work, i);
      const char *start = member_string (entry, "startDate");
      guint n = array_length (entry, "highlights");

      g_test_message ("  work: “%s” at “%s” (%s), %s – %s, %u highlights",
                      or_dash (member_string (entry, "position")),
                      or_dash (member_string (entry, "name")),
                      or_dash (member_string (entry, "location")), or_dash (start),
                      member_string (entry, "endDate") != NULL ?
                      member_string (entry, "endDate") : "present", n);
      if (start != NULL)
        dated++;
      highlights += n;
    }
  g_test_message ("  %u education, %u skills, %u projects, %u certificates, %u awards, "
                  "%u languages, %u warnings",
                  array_length (root, "education"), array_length (root, "skills"),
                  array_length (root, "projects"), array_length (root, "certificates"),
                  array_length (root, "awards"), array_length (root, "languages"),
                  json_object_has_member (root, "meta") ?
                  array_length (json_object_get_object_member (root, "meta"), "warnings") : 0);

  g_assert_nonnull (name);
  g_assert_cmpstr (name, !=, "");
  g_assert_cmpuint (dated, >=, 1);
  g_assert_cmpuint (highlights, >=, 1);

  if (has_suffix_ci (path, ".pdf") && read_expected (path, &expected))
    {
      g_test_message ("  compared with its YAML: %s, %u employers", expected.name,
                      expected.companies->len);
      g_assert_cmpstr (name, ==, expected.name);
      for (guint i = 0; i < expected.companies->len; i++)
        {
          const char *company = g_ptr_array_index (expected.companies, i);

          if (!employer_found (work, company))
            g_test_message ("  employer “%s” not found", company);
          g_assert_true (employer_found (work, company));
        }
    }
}

static void
test_skipped (gconstpointer data)
{
  g_test_skip (data);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *corpus = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  g_test_init (&argc, &argv, NULL);

  corpus = voc_test_find_corpus_dir ();
  if (corpus != NULL)
    dir = g_build_filename (corpus, "resumes", NULL);

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    g_test_add_data_func ("/corpus/resume-import",
                          "The corpus (../shared/data next to the source tree, or "
                          "VOCATION_CORPUS_DIR) is not here",
                          test_skipped);
  else
    {
      collect_files (dir, files);
      if (files->len == 0)
        g_test_add_data_func ("/corpus/resume-import", "The corpus holds no résumé documents",
                              test_skipped);
    }

  for (guint i = 0; i < files->len; i++)
    {
      char *path = g_ptr_array_index (files, i);
      g_autofree char *relative = g_strdup (path + strlen (corpus) + 1);
      g_autofree char *test_path = NULL;

      /* Test paths are '/'-separated words: keep the file's folders, lose odd characters. */
      g_strcanon (relative, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./",
                  '_');
      test_path = g_strdup_printf ("/corpus/resume-import/%s", relative);
      g_test_add_data_func_full (test_path, path, test_resume, g_free);
    }

  return g_test_run ();
}
