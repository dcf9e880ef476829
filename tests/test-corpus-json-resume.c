/* test-corpus-json-resume.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "json-resume-util.h"
#include "voc-json-resume.h"
#include "voc-corpus.h"
#include "voc-test-util.h"

/*
 * The JSON Resume samples and fixtures of ../shared/data/jsonresume, written outside this
 * project (including empty and incomplete ones): each imports, comes back unchanged, and the
 * export validates against the JSON Resume schema (python3-jsonschema). Skipped when the
 * corpus is not beside the project.
 */

static void
validate_with_schema (const char *schema,
                      const char *document)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  const char *argv[] = {
    "/usr/bin/python3", "-c",
    "import json, sys, jsonschema\n"
    "schema = json.load(open(sys.argv[1]))\n"
    "jsonschema.validate(json.load(open(sys.argv[2])), schema)\n",
    schema, document, NULL,
  };

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_message ("no /usr/bin/python3: schema validation not run");
      return;
    }

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s does not validate against the JSON Resume schema:\n%s", document, err);
}

static void
test_fixture (gconstpointer data)
{
  const char *path = data;
  g_autofree char *dir = g_dir_make_tmp ("vocation-corpus-XXXXXX", NULL);
  g_autofree char *db_path = g_build_filename (dir, "vocation.db", NULL);
  g_autofree char *out_path = g_build_filename (dir, "export.json", NULL);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *schema = g_build_filename (folder, "schema.json", NULL);
  g_autoptr(VocDatabase) db = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonObject) exported = NULL;
  g_autoptr(JsonNode) expected = NULL;
  g_autoptr(JsonNode) actual = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (g_str_has_suffix (schema, "fixtures/schema.json"))
    {
      g_free (schema);
      schema = g_build_filename (folder, "..", "schema.json", NULL);
    }

  db = voc_database_open (db_path, &error);
  g_assert_no_error (error);
  g_assert_true (voc_json_resume_import_file (db, file, NULL, NULL, &error));
  g_assert_no_error (error);

  exported = voc_json_resume_export (db, &error);
  g_assert_no_error (error);
  actual = json_node_init_object (json_node_alloc (), exported);
  text = json_to_string (actual, TRUE);
  g_assert_true (g_file_set_contents (out_path, text, -1, NULL));
  validate_with_schema (schema, out_path);

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  expected = json_node_copy (json_parser_get_root (parser));
  normalize_json_resume (expected);
  normalize_json_resume (actual);
  if (!json_node_equal (expected, actual))
    {
      g_autofree char *a = json_to_string (expected, TRUE);
      g_autofree char *b = json_to_string (actual, TRUE);

      g_error ("%s changed on the way through the library:\n--- in\n%s\n--- out\n%s", path, a, b);
    }

  g_clear_object (&db);
  test_rm_rf (dir);
}

static void
test_absent (void)
{
  g_test_skip ("the shared corpus (../shared/data/jsonresume) is not present");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *root = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_test_init (&argc, &argv, NULL);

  {
    g_autofree char *corpus = voc_test_find_corpus_dir ();

    root = corpus != NULL ? g_build_filename (corpus, "jsonresume", NULL) : NULL;
  }
  if (root == NULL || !g_file_test (root, G_FILE_TEST_IS_DIR))
    {
      g_test_add_func ("/corpus/json-resume/absent", test_absent);
    }
  else
    {
      g_autofree char *fixtures = g_build_filename (root, "fixtures", NULL);
      g_autoptr(GDir) dir = g_dir_open (fixtures, 0, NULL);
      const char *name;

      g_ptr_array_add (paths, g_build_filename (root, "sample.resume.json", NULL));
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".json"))
          g_ptr_array_add (paths, g_build_filename (fixtures, name, NULL));

      for (guint i = 0; i < paths->len; i++)
        {
          g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));
          g_autofree char *test = g_strdup_printf ("/corpus/json-resume/%s", base);

          g_test_add_data_func (test, g_ptr_array_index (paths, i), test_fixture);
        }
    }

  return g_test_run ();
}
