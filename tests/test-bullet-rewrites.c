/* test-bullet-rewrites.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accepted AI rewrites in a real temporary database: the text replaces the bullet's line in
 * the tailored resume only (the ATS figures follow), is kept as an approved output, and on
 * saving becomes a bullet_version of that resume version with its model run, in the same
 * transaction; the master bullet and its history do not change, and an export of the
 * version has the accepted text. A save that fails half way leaves nothing.
 */

#include <string.h>

#include "voc-bullet-rewrites.h"
#include "voc-extract.h"
#include "voc-job-importer.h"
#include "voc-json-resume.h"
#include "voc-model-runs.h"
#include "voc-resume-export.h"
#include "voc-resume-versions.h"
#include "voc-test-util.h"

static const char *resume_json =
  "{\"basics\": {\"name\": \"Ada Example\", \"label\": \"Senior Data Engineer\"},"
  " \"work\": ["
  "  {\"name\": \"Acme\", \"position\": \"Senior Data Engineer\", \"startDate\": \"2021-03\","
  "   \"highlights\": [\"Built Airflow pipelines in Python loading 2 TB a day into Snowflake\","
  "                   \"Modelled the warehouse with dbt and SQL, cutting report time by 60%\"]},"
  "  {\"name\": \"Globex\", \"position\": \"Data Engineer\", \"startDate\": \"2017-01\","
  "   \"endDate\": \"2021-02\","
  "   \"highlights\": [\"Wrote Python services and SQL checks for data quality\"]}],"
  " \"skills\": [{\"name\": \"Python\"}, {\"name\": \"SQL\"}]}";

static const char *data_job =
  "# Senior Data Engineer\n\nCompany: Initrode\nLocation: London, UK (hybrid)\n\n"
  "## Requirements\n\n- Python and SQL\n- Apache Airflow and dbt\n- Snowflake\n";

#define SOURCE "Built Airflow pipelines in Python loading 2 TB a day into Snowflake"
#define REWRITE "Built Python pipelines that load 2 TB a day"

typedef struct
{
  TestDb          base;
  VocFitStore    *store;
  VocFitTailored *tailored;
  VocFitPosting  *posting;
  gint64          posting_id;
  char           *uuid;
  gint64          run_id;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(JsonNode) root = json_from_string (resume_json, NULL);
  g_autoptr(VocJobImporter) importer = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (data_job, strlen (data_job));
  g_autoptr(VocExtracted) extracted = NULL;
  g_autoptr(VocImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const char *roles[] = { "user" };
  const char *contents[] = { "rewrite these" };

  test_db_setup (&f->base, data);
  g_assert_true (voc_json_resume_import (f->base.db, root, "resume.json", NULL, &error));
  g_assert_no_error (error);

  importer = voc_job_importer_new (f->base.db, NULL);
  extracted = voc_extract_text (bytes, "data.md", NULL, &error);
  g_assert_no_error (error);
  result = voc_job_importer_store (importer, extracted, "data.md", "paste");
  g_assert_no_error (result->error);
  f->posting_id = result->posting_id;

  f->store = voc_fit_store_new (f->base.db);
  voc_fit_store_set_today (f->store, "2026-11");
  f->tailored = voc_fit_store_tailor (f->store, f->posting_id, 2, &error);
  g_assert_no_error (error);
  f->posting = voc_fit_store_load_posting (f->store, f->posting_id, &error);
  g_assert_no_error (error);

  f->uuid = g_strdup (json_object_get_string_member (f->tailored->sources,
                                                     "work[0].highlights[0]"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (
    json_array_get_object_element (json_object_get_array_member (f->tailored->resume, "work"),
                                   0), "highlights"), 0), ==, SOURCE);

  f->run_id = voc_model_runs_record (f->base.db, &(VocModelRunRecord) {
      .purpose = "bullet-rewrite", .model = "gpt-4o-mini", .outcome = "ok",
      .roles = roles, .contents = contents, .n_io = 1,
    }, &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->run_id, >, 0);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_pointer (&f->tailored, voc_fit_tailored_free);
  g_clear_pointer (&f->posting, voc_fit_posting_free);
  g_clear_object (&f->store);
  g_free (f->uuid);
  test_db_teardown (&f->base, data);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  return test_query_int (f->base.db, sql);
}

static char *
master_text (Fixture *f)
{
  g_autoptr(VocResumeRepository) repository = voc_resume_repository_new (f->base.db);
  g_autofree char *where = g_strdup_printf ("t.uuid = '%s'", f->uuid);
  g_autoptr(VocEntityList) list = voc_repository_list_where (VOC_REPOSITORY (repository),
                                                             VOC_TYPE_BULLET, where, NULL, NULL);
  g_autoptr(VocBullet) bullet = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  bullet = g_list_model_get_item (G_LIST_MODEL (list), 0);
  return g_strdup (voc_bullet_get_text (bullet));
}

static void
test_rewrite_in_tailored (Fixture       *f,
                          gconstpointer  data)
{
  int before = f->tailored->ats_after->match_rate;
  JsonArray *lines;

  g_assert_cmpuint (voc_fit_tailored_rewrite (f->tailored, f->posting, "no-such-uuid", REWRITE),
                    ==, 0);
  g_assert_cmpint (f->tailored->ats_after->match_rate, ==, before);

  g_assert_cmpuint (voc_fit_tailored_rewrite (f->tailored, f->posting, f->uuid, REWRITE), ==, 1);
  lines = json_object_get_array_member (json_array_get_object_element (
    json_object_get_array_member (f->tailored->resume, "work"), 0), "highlights");
  g_assert_cmpstr (json_array_get_string_element (lines, 0), ==, REWRITE);
  /* The line still names its bullet. */
  g_assert_cmpstr (json_object_get_string_member (f->tailored->sources, "work[0].highlights[0]"),
                   ==, f->uuid);
  /* Airflow and Snowflake were only in that line: the ATS figure follows the new text. */
  g_assert_cmpint (f->tailored->ats_after->match_rate, <, before);
}

static void
test_accept_and_save (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) rewrites = g_ptr_array_new_with_free_func (
    (GDestroyNotify) voc_bullet_rewrite_free);
  g_autoptr(VocResumeVersion) version = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(VocBulletVersion) row = NULL;
  g_autoptr(VocResumeRepository) repository = voc_resume_repository_new (f->base.db);
  g_autoptr(VocEntityList) history = NULL;
  g_autoptr(JsonNode) sections = NULL;
  g_autoptr(JsonObject) base = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = g_build_filename (f->base.dir, "version.md", NULL);
  g_autofree char *markdown = NULL;
  g_autofree char *text = NULL;
  g_autofree char *sql = NULL;
  VocBulletRewrite *rewrite;
  gint64 bullet_id;

  g_assert_cmpuint (voc_fit_tailored_rewrite (f->tailored, f->posting, f->uuid, REWRITE), ==, 1);
  rewrite = voc_bullet_rewrite_new (f->uuid, REWRITE, f->run_id);
  g_ptr_array_add (rewrites, rewrite);

  /* Accepting keeps the text as an approved output of its kind, once. */
  g_assert_cmpint (voc_bullet_rewrites_accept (f->base.db, rewrite, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (voc_bullet_rewrites_accept (f->base.db, rewrite, &error), >, 0);
  sql = g_strdup_printf ("SELECT count(*) FROM approved_output WHERE purpose = 'bullet-rewrite' "
                         "AND content = '%s' AND source_run_id = %" G_GINT64_FORMAT,
                         REWRITE, f->run_id);
  g_assert_cmpint (count (f, sql), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM bullet_version"), ==, 0);

  version = voc_bullet_rewrites_save_tailored (f->store, f->posting_id, f->tailored, rewrites,
                                               "For Initrode", &error);
  g_assert_no_error (error);
  g_assert_true (voc_resume_version_get_frozen (version));

  /* Provenance: one row, for that version, from that run, the AI's. */
  rows = voc_bullet_rewrites_list (f->base.db, voc_entity_get_id (VOC_ENTITY (version)));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  row = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (voc_bullet_version_get_text (row), ==, REWRITE);
  g_assert_cmpint (voc_bullet_version_get_source (row), ==, VOC_VERSION_SOURCE_AI);
  g_assert_cmpint (voc_bullet_version_get_model_run_id (row), ==, f->run_id);
  g_assert_cmpint (voc_bullet_version_get_resume_version_id (row), ==,
                   voc_entity_get_id (VOC_ENTITY (version)));
  bullet_id = voc_bullet_version_get_bullet_id (row);
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT id FROM bullet WHERE uuid = '%s'", f->uuid);
  g_assert_cmpint (count (f, sql), ==, bullet_id);

  /* The master bullet is unchanged, and its history of earlier texts does not list it. */
  text = master_text (f);
  g_assert_cmpstr (text, ==, SOURCE);
  history = voc_resume_repository_list_bullet_versions (repository, bullet_id);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 0);
  base = voc_resume_compile (f->base.db, NULL, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), base);
    g_autofree char *json = json_to_string (node, FALSE);

    g_assert_nonnull (strstr (json, SOURCE));
    g_assert_null (strstr (json, REWRITE));
  }

  /* The version as sent, exported, has the accepted text and not the old one. */
  sections = json_from_string (voc_resume_version_get_sections (version), &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  g_assert_true (voc_resume_export_to_file (json_node_get_object (sections), file,
                                            VOC_RESUME_FORMAT_MARKDOWN, NULL, VOC_PAPER_A4,
                                            NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &markdown, NULL, &error));
  g_assert_nonnull (strstr (markdown, REWRITE));
  g_assert_null (strstr (markdown, SOURCE));
  g_assert_cmpint (voc_resume_version_get_ats_score (version), ==,
                   f->tailored->ats_after->match_rate);

  /* Deleting the version takes its texts with it; the bullet stays. */
  g_assert_true (voc_database_exec (f->base.db, "DELETE FROM resume_version", &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM bullet_version"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM bullet"), ==, 3);
}

static void
test_save_all_or_nothing (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) rewrites = g_ptr_array_new_with_free_func (
    (GDestroyNotify) voc_bullet_rewrite_free);
  g_autoptr(VocResumeVersion) version = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  /* A rewrite that is not in the tailored resume: refused before anything is written. */
  g_ptr_array_add (rewrites, voc_bullet_rewrite_new (f->uuid, REWRITE, f->run_id));
  version = voc_bullet_rewrites_save_tailored (f->store, f->posting_id, f->tailored, rewrites,
                                               "For Initrode", &error);
  g_assert_null (version);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, f->uuid));
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM resume_version"), ==, 0);

  /* Its bullet is gone from the library by the time of saving: the version goes too. */
  g_assert_cmpuint (voc_fit_tailored_rewrite (f->tailored, f->posting, f->uuid, REWRITE), ==, 1);
  sql = g_strdup_printf ("DELETE FROM bullet WHERE uuid = '%s'", f->uuid);
  g_assert_true (voc_database_exec (f->base.db, sql, &error));
  version = voc_bullet_rewrites_save_tailored (f->store, f->posting_id, f->tailored, rewrites,
                                               "For Initrode", &error);
  g_assert_null (version);
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (count (f, "SELECT count(*) FROM resume_version"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM bullet_version"), ==, 0);
  g_assert_false (voc_database_in_transaction (f->base.db));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/bullet-rewrites/rewrite-in-tailored", test_rewrite_in_tailored);
  ADD ("/bullet-rewrites/accept-and-save", test_accept_and_save);
  ADD ("/bullet-rewrites/save-all-or-nothing", test_save_all_or_nothing);

  return g_test_run ();
}
