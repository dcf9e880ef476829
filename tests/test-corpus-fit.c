/* test-corpus-fit.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "voc-corpus.h"
#include "voc-fit-store.h"
#include "voc-job-importer.h"
#include "voc-json-resume.h"
#include "voc-test-util.h"

/*
 * The fit engine on real files written outside this project: every job description of
 * ../shared/data/jd against every JSON Resume of ../shared/data/jsonresume (fixtures and the
 * sample). Every score is finite and in range, every factor sane (values in [0, 1], shares
 * adding up to 1 over the available factors), every rationale written; tailoring keeps every
 * fact. Skipped when the corpus is not beside the project.
 */

static void
collect (const char *dir,
         const char *suffixes[],
         GPtrArray  *paths)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect (path, suffixes, paths);
      else
        for (guint i = 0; suffixes[i] != NULL; i++)
          if (g_str_has_suffix (name, suffixes[i]))
            {
              g_ptr_array_add (paths, g_steal_pointer (&path));
              break;
            }
    }
}

static void
on_imported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GPtrArray **out = user_data;

  *out = voc_job_importer_run_finish (VOC_JOB_IMPORTER (object), result, NULL);
}

static void
on_rescored_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (voc_fit_store_rescore_finish (VOC_FIT_STORE (object), result, NULL, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
check_factors (const char *factors_json)
{
  g_autoptr(JsonNode) node = json_from_string (factors_json, NULL);
  JsonArray *factors;
  double shares = 0;

  g_assert_nonnull (node);
  factors = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (factors), ==, VOC_FIT_N_FACTORS);
  for (guint i = 0; i < json_array_get_length (factors); i++)
    {
      JsonObject *f = json_array_get_object_element (factors, i);
      double value = json_object_get_double_member (f, "value");
      double share = json_object_get_double_member (f, "share");

      g_assert_true (isfinite (value) && isfinite (share));
      g_assert_cmpfloat (value, >=, 0);
      g_assert_cmpfloat (value, <=, 1);
      if (!json_object_get_boolean_member (f, "available"))
        g_assert_cmpfloat (share, ==, 0);
      shares += share;
    }
  g_assert_true (shares == 0 || fabs (shares - 1) < 1e-3);
}

static void
test_every_jd_every_resume (void)
{
  g_autofree char *root = voc_test_find_corpus_dir ();
  g_autofree char *jd = root != NULL ? g_build_filename (root, "jd", NULL) : NULL;
  g_autofree char *resumes_dir = root != NULL ? g_build_filename (root, "jsonresume", NULL)
                                              : NULL;
  const char *jd_suffixes[] = { ".md", ".txt", ".docx", NULL };
  const char *resume_suffixes[] = { ".json", NULL };
  g_autoptr(GPtrArray) jd_paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) resume_paths = g_ptr_array_new_with_free_func (g_free);
  guint n_scored = 0;

  if (jd == NULL || !g_file_test (jd, G_FILE_TEST_IS_DIR) ||
      !g_file_test (resumes_dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the shared corpus (../shared/data/jd, jsonresume) is not present");
      return;
    }

  collect (jd, jd_suffixes, jd_paths);
  collect (resumes_dir, resume_suffixes, resume_paths);
  g_assert_cmpuint (jd_paths->len, >=, 20);

  for (guint r = 0; r < resume_paths->len; r++)
    {
      const char *resume_path = g_ptr_array_index (resume_paths, r);
      g_autofree char *base = g_path_get_basename (resume_path);
      g_autoptr(GFile) resume_file = g_file_new_for_path (resume_path);
      g_autoptr(VocJobImporter) importer = NULL;
      g_autoptr(VocFitStore) store = NULL;
      g_autoptr(GPtrArray) results = NULL;
      g_autoptr(GError) error = NULL;
      TestDb f = { 0 };
      sqlite3_stmt *stmt;
      gboolean done = FALSE;
      gint64 first = 0;

      /* Schemas and the job schema's sample are not resumes. */
      if (g_str_has_suffix (base, "schema.json") || g_str_has_prefix (base, "sample.job"))
        continue;

      test_db_setup (&f, NULL);
      if (!voc_json_resume_import_file (f.db, resume_file, NULL, NULL, &error))
        {
          /* A resume the importer refuses is its test's business, not this one's. */
          g_test_message ("%s: not imported: %s", base, error->message);
          test_db_teardown (&f, NULL);
          continue;
        }

      importer = voc_job_importer_new (f.db, NULL);
      for (guint i = 0; i < jd_paths->len; i++)
        {
          g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (jd_paths, i));

          voc_job_importer_add_file (importer, file);
        }
      voc_job_importer_run_async (importer, NULL, on_imported_cb, &results);
      while (results == NULL)
        g_main_context_iteration (NULL, TRUE);

      store = voc_fit_store_new (f.db);
      voc_fit_store_rescore_async (store, TRUE, NULL, on_rescored_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);

      g_assert_cmpint (test_query_int (f.db, "SELECT count(*) FROM fit"), ==,
                       test_query_int (f.db, "SELECT count(*) FROM job_posting"));

      stmt = NULL;
      g_assert_cmpint (sqlite3_prepare_v2 (voc_database_get_handle (f.db),
                                           "SELECT f.posting_id, f.score, f.factors, "
                                           "f.rationale, p.title FROM fit f JOIN job_posting p "
                                           "ON p.id = f.posting_id ORDER BY f.score DESC", -1,
                                           &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          int score = sqlite3_column_int (stmt, 1);

          if (first == 0)
            first = sqlite3_column_int64 (stmt, 0);
          g_assert_cmpint (score, >=, 0);
          g_assert_cmpint (score, <=, 100);
          check_factors ((const char *) sqlite3_column_text (stmt, 2));
          g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), !=, "");
          if (n_scored++ % 10 == 0)
            g_test_message ("%s × %s: %d", base, sqlite3_column_text (stmt, 4), score);
        }
      sqlite3_finalize (stmt);

      /* Tailoring for the best fit keeps every fact of every job. */
      {
        g_autoptr(VocFitTailored) tailored = voc_fit_store_tailor (store, first, 1, &error);
        g_autoptr(JsonObject) exported = voc_json_resume_export (f.db, NULL);
        JsonArray *a, *b;

        g_assert_no_error (error);
        a = json_object_has_member (exported, "work")
              ? json_object_get_array_member (exported, "work") : NULL;
        b = json_object_has_member (tailored->resume, "work")
              ? json_object_get_array_member (tailored->resume, "work") : NULL;
        g_assert_cmpuint (a != NULL ? json_array_get_length (a) : 0, ==,
                          b != NULL ? json_array_get_length (b) : 0);
        for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
          {
            const char *facts[] = { "name", "position", "startDate", "endDate", "location" };

            for (guint k = 0; k < G_N_ELEMENTS (facts); k++)
              g_assert_cmpstr (json_object_get_string_member_with_default (
                                 json_array_get_object_element (a, i), facts[k], NULL), ==,
                               json_object_get_string_member_with_default (
                                 json_array_get_object_element (b, i), facts[k], NULL));
          }
      }

      g_clear_object (&store);
      g_clear_object (&importer);
      test_db_teardown (&f, NULL);
    }

  g_assert_cmpuint (n_scored, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/corpus/fit/every-jd-every-resume", test_every_jd_every_resume);

  return g_test_run ();
}
