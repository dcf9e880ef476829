/* test-corpus-jobs.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "voc-job-importer.h"
#include "voc-corpus.h"
#include "voc-test-util.h"

/*
 * Real job descriptions written outside this project (../shared/data/jd: Markdown, text and
 * DOCX): each one imports, with a title and the skills its requirements name. Skipped when
 * the corpus is not beside the project.
 */

static void
collect (const char *dir,
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
        collect (path, paths);
      else if (g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".txt") ||
               g_str_has_suffix (name, ".docx"))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
}

static void
on_done_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GPtrArray **out = user_data;

  *out = voc_job_importer_run_finish (VOC_JOB_IMPORTER (object), result, NULL);
}

static void
test_import_every_jd (TestDb        *f,
                      gconstpointer  data)
{
  g_autofree char *root = voc_test_find_corpus_dir ();
  g_autofree char *jd = root != NULL ? g_build_filename (root, "jd", NULL) : NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(VocJobImporter) importer = NULL;
  g_autoptr(VocJobRepository) jobs = NULL;

  if (jd == NULL || !g_file_test (jd, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("the shared corpus (../shared/data/jd) is not present");
      return;
    }

  collect (jd, paths);
  g_assert_cmpuint (paths->len, >=, 20);

  importer = voc_job_importer_new (f->db, NULL);
  jobs = voc_job_repository_new (f->db);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (paths, i));

      voc_job_importer_add_file (importer, file);
    }

  voc_job_importer_run_async (importer, NULL, on_done_cb, &results);
  while (results == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (results->len, ==, paths->len);
  for (guint i = 0; i < results->len; i++)
    {
      VocImportResult *result = g_ptr_array_index (results, i);
      g_autoptr(VocJobPosting) posting = NULL;

      if (result->outcome == VOC_IMPORT_FAILED)
        g_error ("%s: %s", result->name, result->error->message);

      posting = voc_repository_find (VOC_REPOSITORY (jobs), VOC_TYPE_JOB_POSTING,
                                     result->posting_id, NULL);
      g_assert_nonnull (posting);
      g_test_message ("%s → %s (%s)", result->name, voc_job_posting_get_title (posting),
                      voc_job_posting_get_company_name (posting));
      g_assert_cmpstr (voc_job_posting_get_title (posting), !=, "");
      /* Every posting names skills it requires. */
      if (strstr (voc_job_posting_get_skills (posting), "\"required\":true") == NULL)
        g_error ("%s: no required skill found in %s", result->name,
                 voc_job_posting_get_skills (posting));
    }

  /* Every file is a job of its own here; none overwrote another. (senior-content-designer
   * comes as Markdown and as DOCX, but names no company: without one, a job is known by its
   * text, so that another employer's job with the same title is never stored over it.) */
  g_assert_cmpint (voc_database_count (f->db, "job_posting", NULL), ==, paths->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/corpus/jobs/import-every-jd", TestDb, NULL, test_db_setup, test_import_every_jd,
              test_db_teardown);

  return g_test_run ();
}
