/* test-fit-store.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "voc-extract.h"
#include "voc-fit-store.h"
#include "voc-job-importer.h"
#include "voc-json-resume.h"
#include "voc-repositories.h"
#include "voc-test-util.h"
#include "voc-vector.h"

/*
 * Fit scores in a real temporary database: the library read from the resume tables, one
 * posting scored and stored, rescoring in the background (progress, staleness, cancel),
 * listing by fit, vectors stored as BLOBs, tailored versions that keep every fact.
 */

static const char *resume_json =
  "{\"basics\": {\"name\": \"Ada Example\", \"label\": \"Senior Data Engineer\","
  "  \"summary\": \"Data engineer building reliable pipelines.\","
  "  \"location\": {\"city\": \"London\", \"countryCode\": \"GB\"}},"
  " \"work\": ["
  "  {\"name\": \"Acme\", \"position\": \"Senior Data Engineer\", \"startDate\": \"2021-03\","
  "   \"highlights\": [\"Built Airflow pipelines in Python loading 2 TB a day into Snowflake\","
  "                   \"Modelled the warehouse with dbt and SQL, cutting report time by 60%\","
  "                   \"Organised the office summer party\"]},"
  "  {\"name\": \"Globex\", \"position\": \"Data Engineer\", \"startDate\": \"2017-01\","
  "   \"endDate\": \"2021-02\","
  "   \"highlights\": [\"Wrote Python services and SQL checks for data quality\","
  "                   \"Ran Apache Spark jobs on AWS EMR\"]}],"
  " \"education\": [{\"institution\": \"UCL\", \"area\": \"Computer Science\","
  "                  \"studyType\": \"BSc\"}],"
  " \"skills\": [{\"name\": \"Python\"}, {\"name\": \"SQL\"}]}";

static const char *data_job =
  "# Senior Data Engineer\n\nCompany: Initrode\nLocation: London, UK (hybrid)\n\n"
  "## Requirements\n\n- Python and SQL\n- Apache Airflow and dbt\n- Snowflake\n- Terraform\n\n"
  "## Nice to have\n\n- Apache Kafka\n";

static const char *nurse_job =
  "# Registered Nurse\n\nCompany: St Elsewhere\nLocation: Leeds\n\n"
  "## Requirements\n\n- NMC registration\n- Patient care on a surgical ward\n- Night shifts\n";

static const char *frontend_job =
  "# Frontend Developer\n\nCompany: Hooli\nLocation: Remote\n\n"
  "## Requirements\n\n- React and TypeScript\n- CSS\n- Accessibility\n";

static gint64
import_job (TestDb     *f,
            const char *text,
            const char *name)
{
  g_autoptr(VocJobImporter) importer = voc_job_importer_new (f->db, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) extracted = voc_extract_text (bytes, name, NULL, &error);
  g_autoptr(VocImportResult) result = NULL;

  g_assert_no_error (error);
  result = voc_job_importer_store (importer, extracted, name, "paste");
  g_assert_no_error (result->error);
  g_assert_cmpint (result->posting_id, >, 0);
  return result->posting_id;
}

static void
import_resume (TestDb *f)
{
  g_autoptr(JsonNode) root = json_from_string (resume_json, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (voc_json_resume_import (f->db, root, "resume.json", NULL, &error));
  g_assert_no_error (error);
}

static void
test_refresh (TestDb        *f,
              gconstpointer  data)
{
  g_autoptr(VocFitStore) store = voc_fit_store_new (f->db);
  g_autoptr(VocFitResult) good = NULL;
  g_autoptr(VocFitResult) bad = NULL;
  g_autoptr(GError) error = NULL;
  gint64 data_id, nurse_id;
  float vector[VOC_VECTOR_DIM];

  import_resume (f);
  data_id = import_job (f, data_job, "data.md");
  nurse_id = import_job (f, nurse_job, "nurse.md");
  voc_fit_store_set_today (store, "2026-11");

  good = voc_fit_store_refresh (store, data_id, &error);
  g_assert_no_error (error);
  bad = voc_fit_store_refresh (store, nurse_id, &error);
  g_assert_no_error (error);
  g_test_message ("data %d, nurse %d", good->score, bad->score);
  g_assert_cmpint (good->score, >, bad->score + 30);

  /* Stored: score, version, factors, matched and missing skills, inputs digest. */
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM fit"), ==, 2);
  g_assert_cmpint (test_query_int (f->db, "SELECT score FROM fit WHERE posting_id = (SELECT "
                                          "max(id) FROM job_posting WHERE title LIKE 'Senior%')"),
                   ==, good->score);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM fit WHERE scorer_version = '"
                                          VOC_FIT_SCORER_VERSION "' AND length(inputs_sha256) = 64"
                                          " AND json_array_length(factors) = 8"
                                          " AND json_array_length(missing_skills, '$.required') >= 0"
                                          " AND rationale <> ''"), ==, 2);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM fit, json_each(fit.missing_skills,"
                                          " '$.required') m WHERE m.value = 'Terraform'"), ==, 1);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM fit, json_each(fit.matched_skills)"
                                          " m WHERE json_extract(m.value, '$.name') = 'Python' AND "
                                          "json_array_length(json_extract(m.value, '$.bullets')) > 0"),
                   ==, 1);

  /* Refreshing again updates the row, never duplicates it. */
  {
    g_autoptr(VocFitResult) again = voc_fit_store_refresh (store, data_id, &error);

    g_assert_no_error (error);
    g_assert_cmpint (again->score, ==, good->score);
    g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM fit"), ==, 2);
  }

  /* The posting's vector is stored as a BLOB and reads back. */
  g_assert_true (voc_fit_store_get_vector (store, "posting", data_id, vector, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (f->db, "SELECT length(vector) FROM posting_vector LIMIT 1"),
                   ==, 1536);

  /* Listing by fit: best first. */
  {
    g_autoptr(GArray) ids = voc_fit_store_list_by_fit (store, 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 2);
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, data_id);
    g_assert_cmpint (g_array_index (ids, gint64, 1), ==, nurse_id);
    g_clear_pointer (&ids, g_array_unref);
    ids = voc_fit_store_list_by_fit (store, good->score, &error);
    g_assert_cmpuint (ids->len, ==, 1);
  }

  /* No such posting. */
  g_assert_null (voc_fit_store_refresh (store, 9999, &error));
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND);
}

typedef struct
{
  GMainLoop *loop;
  guint      n_scored;
  GError    *error;
  guint      fraction_notifies;
} RescoreWait;

static void
on_rescored_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  RescoreWait *wait = user_data;

  voc_fit_store_rescore_finish (VOC_FIT_STORE (object), result, &wait->n_scored, &wait->error);
  g_main_loop_quit (wait->loop);
}

static void
on_fraction_cb (GObject    *object,
                GParamSpec *pspec,
                gpointer    user_data)
{
  RescoreWait *wait = user_data;

  g_assert_cmpfloat (voc_fit_store_get_fraction (VOC_FIT_STORE (object)), >=, 0);
  g_assert_cmpfloat (voc_fit_store_get_fraction (VOC_FIT_STORE (object)), <=, 1);
  wait->fraction_notifies++;
}

static guint
rescore (VocFitStore  *store,
         gboolean      all,
         GCancellable *cancellable,
         GError      **error)
{
  RescoreWait wait = { g_main_loop_new (NULL, FALSE), 0, NULL, 0 };
  gulong id = g_signal_connect (store, "notify::fraction", G_CALLBACK (on_fraction_cb), &wait);

  voc_fit_store_rescore_async (store, all, cancellable, on_rescored_cb, &wait);
  g_assert_true (voc_fit_store_get_running (store) || wait.error != NULL ||
                 g_main_loop_is_running (wait.loop) == FALSE);
  g_main_loop_run (wait.loop);
  g_main_loop_unref (wait.loop);
  g_signal_handler_disconnect (store, id);
  g_assert_false (voc_fit_store_get_running (store));

  if (wait.error != NULL)
    {
      g_propagate_error (error, wait.error);
      return G_MAXUINT;
    }
  g_assert_cmpuint (wait.fraction_notifies, >=, 2);
  return wait.n_scored;
}

static void
test_rescore (TestDb        *f,
              gconstpointer  data)
{
  g_autoptr(VocFitStore) store = voc_fit_store_new (f->db);
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  gint64 data_id;
  gint64 before;

  import_resume (f);
  data_id = import_job (f, data_job, "data.md");
  import_job (f, nurse_job, "nurse.md");
  import_job (f, frontend_job, "frontend.md");
  voc_fit_store_set_today (store, "2026-11");

  g_assert_cmpint (voc_fit_store_count_stale (store, &error), ==, 3);

  /* First run scores everything, with vectors for postings and bullets. */
  g_assert_cmpuint (rescore (store, FALSE, NULL, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpfloat (voc_fit_store_get_fraction (store), ==, 1.0);
  g_assert_cmpint (voc_fit_store_count_stale (store, &error), ==, 0);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM posting_vector"), ==, 3);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM bullet_vector"), ==,
                   test_query_int (f->db, "SELECT count(*) FROM bullet"));

  /* Nothing changed: nothing to score. */
  g_assert_cmpuint (rescore (store, FALSE, NULL, &error), ==, 0);

  /* The stored vectors find the bullets closest to a posting. */
  {
    g_autoptr(GArray) similar = voc_fit_store_similar_bullets (store, data_id, 10, &error);
    g_autofree char *sql = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (similar->len, ==, 5);
    /* The three bullets about Python, SQL, Airflow and dbt come first; the summer party
     * last. */
    sql = g_strdup_printf ("SELECT count(*) FROM bullet WHERE id IN (%" G_GINT64_FORMAT ", %"
                           G_GINT64_FORMAT ", %" G_GINT64_FORMAT ") AND (text LIKE '%%Python%%' "
                           "OR text LIKE '%%dbt%%')", g_array_index (similar, gint64, 0),
                           g_array_index (similar, gint64, 1), g_array_index (similar, gint64, 2));
    g_assert_cmpint (test_query_int (f->db, sql), ==, 3);
    g_free (sql);
    sql = g_strdup_printf ("SELECT count(*) FROM bullet WHERE id = %" G_GINT64_FORMAT
                           " AND text LIKE '%%summer party'", g_array_index (similar, gint64, 4));
    g_assert_cmpint (test_query_int (f->db, sql), ==, 1);
    g_clear_pointer (&similar, g_array_unref);
    similar = voc_fit_store_similar_bullets (store, data_id, 2, &error);
    g_assert_cmpuint (similar->len, ==, 2);
  }

  /* All, on request. */
  g_assert_cmpuint (rescore (store, TRUE, NULL, &error), ==, 3);

  /* The library changes (a Terraform bullet): the cached library is dropped and every score
   * is stale; the data job's score rises. */
  before = test_query_int (f->db, "SELECT score FROM fit WHERE posting_id = (SELECT id FROM "
                                  "job_posting WHERE title LIKE 'Senior%')");
  g_assert_cmpint (test_exec (f->db, "INSERT INTO bullet (uuid, created_at, updated_at, "
                                     "experience_id, text) SELECT 'b-terraform', "
                                     "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', id, "
                                     "'Provisioned the data platform with Terraform' FROM "
                                     "experience WHERE employer = 'Acme'"), ==, SQLITE_OK);
  {
    /* Direct SQL does not emit rows-changed; a committed transaction through the database
     * does. */
    g_assert_true (voc_database_begin (f->db, &error));
    g_assert_cmpint (test_exec (f->db, "UPDATE bullet SET importance = 4 WHERE uuid = "
                                       "'b-terraform'"), ==, SQLITE_OK);
    g_assert_true (voc_database_commit (f->db, &error));
  }
  g_assert_cmpuint (rescore (store, FALSE, NULL, &error), ==, 3);
  g_assert_cmpint (test_query_int (f->db, "SELECT score FROM fit WHERE posting_id = (SELECT id "
                                          "FROM job_posting WHERE title LIKE 'Senior%')"), >,
                   before);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM fit, json_each(fit.missing_skills,"
                                          " '$.required') m WHERE m.value = 'Terraform'"), ==, 0);

  /* One posting changes: only its score is stale. */
  g_assert_true (voc_database_begin (f->db, &error));
  g_assert_cmpint (test_exec (f->db, "UPDATE job_posting SET seniority = 'lead' WHERE title LIKE "
                                     "'Senior%'"), ==, SQLITE_OK);
  g_assert_true (voc_database_commit (f->db, &error));
  g_assert_cmpuint (rescore (store, FALSE, NULL, &error), ==, 1);

  /* Cancelled before it starts: an error, nothing half written. */
  g_cancellable_cancel (cancellable);
  g_assert_cmpuint (rescore (store, TRUE, cancellable, &error), ==, G_MAXUINT);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM fit"), ==, 3);
  g_assert_false (voc_database_in_transaction (f->db));
}

static void
on_fraction_cancel_cb (GObject    *object,
                       GParamSpec *pspec,
                       gpointer    user_data)
{
  if (voc_fit_store_get_n_done (VOC_FIT_STORE (object)) > 0)
    g_cancellable_cancel (user_data);
}

/* Many postings: batches of 500, each written whole; cancelling keeps the written ones. */
static void
test_rescore_batches (TestDb        *f,
                      gconstpointer  data)
{
  g_autoptr(VocFitStore) store = voc_fit_store_new (f->db);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  guint n_done;
  gulong id;

  import_resume (f);
  g_assert_cmpint (test_exec (f->db,
                              "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                              "WHERE x < 1200) "
                              "INSERT INTO job_posting (uuid, created_at, updated_at, title, "
                              "seniority, skills, archived) SELECT 'p' || x, "
                              "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', "
                              "'Data Engineer ' || x, 'senior', "
                              "json_array (json_object ('name', 'Python', 'required', "
                              "json ('true'), 'weight', 3), json_object ('name', 'Go', "
                              "'required', json (CASE WHEN x % 2 = 0 THEN 'true' ELSE 'false' "
                              "END), 'weight', 2)), x = 7 FROM c"), ==, SQLITE_OK);
  voc_fit_store_set_today (store, "2026-11");

  /* Cancelled once the first rows are written: what was written stays, whole. */
  id = g_signal_connect (store, "notify::fraction", G_CALLBACK (on_fraction_cancel_cb),
                         cancellable);
  g_assert_cmpuint (rescore (store, FALSE, cancellable, &error), ==, G_MAXUINT);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_signal_handler_disconnect (store, id);
  n_done = voc_fit_store_get_n_done (store);
  /* The worker goes on once the main thread has taken a batch, and the cancel came then: one
   * whole batch, not a row more. */
  g_assert_cmpuint (n_done, ==, 500);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM fit"), ==, n_done);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM posting_vector"), ==, n_done);
  g_assert_false (voc_database_in_transaction (f->db));

  /* The rest, archived postings left out; progress reaches 1. */
  g_assert_cmpuint (rescore (store, FALSE, NULL, &error), ==, 1199 - n_done);
  g_assert_no_error (error);
  g_assert_cmpuint (voc_fit_store_get_n_total (store), ==, 1199);
  g_assert_cmpfloat (voc_fit_store_get_fraction (store), ==, 1.0);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM fit"), ==, 1199);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM fit f JOIN job_posting p ON "
                                          "p.id = f.posting_id WHERE p.archived = 1"), ==, 0);
  /* Postings that also ask for Go score lower than those that only ask for Python. */
  g_assert_cmpint (test_query_int (f->db, "SELECT max(score) FROM fit f JOIN job_posting p ON "
                                          "p.id = f.posting_id WHERE p.uuid IN ('p2', 'p4')"), <,
                   test_query_int (f->db, "SELECT min(score) FROM fit f JOIN job_posting p ON "
                                          "p.id = f.posting_id WHERE p.uuid IN ('p1', 'p3')"));
}

typedef struct
{
  GHashTable *fit_ids;     /* ids of fit rows announced */
  guint       n_vectors;   /* posting_vector rows announced */
  gboolean    in_transaction;
} Announced;

static void
on_rows_changed_cb (VocDatabase *database,
                    const char  *table,
                    GArray      *changes,
                    Announced   *announced)
{
  announced->in_transaction |= voc_database_in_transaction (database);
  for (guint i = 0; i < changes->len; i++)
    {
      VocRowChange *change = &g_array_index (changes, VocRowChange, i);

      if (g_str_equal (table, "fit"))
        g_hash_table_add (announced->fit_ids, g_memdup2 (&change->id, sizeof (gint64)));
      else if (g_str_equal (table, "posting_vector"))
        announced->n_vectors++;
    }
}

/* Rescoring runs in a worker with a connection of its own: the main connection writes
 * nothing, yet its listeners hear of every fit row written, on the main thread. */
static void
test_rescore_worker (TestDb        *f,
                     gconstpointer  data)
{
  g_autoptr(VocFitStore) store = voc_fit_store_new (f->db);
  g_autoptr(GError) error = NULL;
  Announced announced = { g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL),
                          0, FALSE };
  sqlite3 *handle = voc_database_get_handle (f->db);
  gulong id;
  int written_before;

  import_resume (f);
  import_job (f, data_job, "data.md");
  import_job (f, nurse_job, "nurse.md");
  import_job (f, frontend_job, "frontend.md");
  voc_fit_store_set_today (store, "2026-11");
  id = g_signal_connect (f->db, "rows-changed", G_CALLBACK (on_rows_changed_cb), &announced);

  written_before = sqlite3_total_changes (handle);
  g_assert_cmpuint (rescore (store, TRUE, NULL, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_total_changes (handle), ==, written_before);

  /* Every fit row, announced once per write, outside any transaction of the main one. */
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM fit"), ==, 3);
  g_assert_cmpuint (g_hash_table_size (announced.fit_ids), ==, 3);
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT id FROM fit", -1, &stmt, NULL), ==,
                     SQLITE_OK);
    while (sqlite3_step (stmt) == SQLITE_ROW)
      {
        gint64 fit_id = sqlite3_column_int64 (stmt, 0);

        g_assert_true (g_hash_table_contains (announced.fit_ids, &fit_id));
      }
    sqlite3_finalize (stmt);
  }
  g_assert_cmpuint (announced.n_vectors, ==, 3);
  g_assert_false (announced.in_transaction);

  g_signal_handler_disconnect (f->db, id);
  g_hash_table_unref (announced.fit_ids);
}

/* One store per database for everyone who asks: the library is read and sealed once. */
static void
test_shared (TestDb        *f,
             gconstpointer  data)
{
  g_autoptr(VocFitStore) window = voc_fit_store_dup_shared (f->db);
  g_autoptr(VocFitStore) detail = voc_fit_store_dup_shared (f->db);
  g_autoptr(VocFitStore) own = voc_fit_store_new (f->db);
  g_autoptr(VocFitLibrary) first = NULL;
  g_autoptr(VocFitLibrary) second = NULL;
  g_autoptr(VocFitLibrary) third = NULL;
  g_autoptr(GError) error = NULL;

  import_resume (f);
  g_assert_true (window == detail);
  g_assert_true (own != window);

  first = voc_fit_store_dup_library (window, &error);
  g_assert_no_error (error);
  second = voc_fit_store_dup_library (detail, &error);
  g_assert_true (first == second);
  third = voc_fit_store_dup_library (own, &error);
  g_assert_true (third != first);

  /* Kept only while someone holds it. */
  g_clear_object (&detail);
  g_assert_finalize_object (g_steal_pointer (&window));
  window = voc_fit_store_dup_shared (f->db);
  g_assert_nonnull (window);
}

static void
assert_same_facts (JsonObject *a,
                   JsonObject *b)
{
  JsonArray *wa = json_object_get_array_member (a, "work");
  JsonArray *wb = json_object_get_array_member (b, "work");
  const char *facts[] = { "name", "position", "startDate", "endDate", "location" };

  g_assert_cmpuint (json_array_get_length (wa), ==, json_array_get_length (wb));
  for (guint i = 0; i < json_array_get_length (wa); i++)
    for (guint k = 0; k < G_N_ELEMENTS (facts); k++)
      g_assert_cmpstr (json_object_get_string_member_with_default (
                         json_array_get_object_element (wa, i), facts[k], NULL), ==,
                       json_object_get_string_member_with_default (
                         json_array_get_object_element (wb, i), facts[k], NULL));
}

static void
test_tailor (TestDb        *f,
             gconstpointer  data)
{
  g_autoptr(VocFitStore) store = voc_fit_store_new (f->db);
  g_autoptr(VocFitTailored) tailored = NULL;
  g_autoptr(VocResumeVersion) version = NULL;
  g_autoptr(JsonObject) base = NULL;
  g_autoptr(GError) error = NULL;
  gint64 data_id;

  import_resume (f);
  data_id = import_job (f, data_job, "data.md");
  base = voc_json_resume_export (f->db, &error);
  g_assert_no_error (error);

  tailored = voc_fit_store_tailor (store, data_id, 2, &error);
  g_assert_no_error (error);
  assert_same_facts (base, tailored->resume);
  g_assert_cmpuint (tailored->n_kept, ==, 5);
  /* The most relevant bullet leads; the summer party comes last in its job. */
  {
    JsonArray *work = json_object_get_array_member (tailored->resume, "work");
    JsonArray *first = json_object_get_array_member (json_array_get_object_element (work, 0),
                                                     "highlights");

    g_assert_cmpstr (json_array_get_string_element (first, 0), ==,
                     "Built Airflow pipelines in Python loading 2 TB a day into Snowflake");
    g_assert_cmpstr (json_array_get_string_element (first, 2), ==,
                     "Organised the office summer party");
  }
  /* Every line names a bullet of the library whose text it is. */
  {
    JsonObjectIter iter;
    const char *key;
    JsonNode *value;
    guint n = 0;

    json_object_iter_init (&iter, tailored->sources);
    while (json_object_iter_next (&iter, &key, &value))
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM bullet WHERE uuid = '%s'",
                                                json_node_get_string (value));

        g_assert_cmpint (test_query_int (f->db, sql), ==, 1);
        n++;
      }
    g_assert_cmpuint (n, ==, tailored->n_kept);
  }
  g_assert_cmpint (tailored->ats_after->match_rate, >=, tailored->ats_before->match_rate);

  version = voc_fit_store_save_tailored (store, data_id, tailored, "For Initrode", &error);
  g_assert_no_error (error);
  g_assert_cmpint (voc_resume_version_get_kind (version), ==, VOC_RESUME_KIND_TAILORED);
  g_assert_cmpint (voc_resume_version_get_posting_id (version), ==, data_id);
  g_assert_true (voc_resume_version_get_frozen (version));
  g_assert_cmpint (voc_resume_version_get_ats_score (version), ==,
                   tailored->ats_after->match_rate);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM resume_version, "
                                          "json_each(resume_version.diff, '$.sources')"), ==,
                   tailored->n_kept);
}

static void
test_empty_library (TestDb        *f,
                    gconstpointer  data)
{
  g_autoptr(VocFitStore) store = voc_fit_store_new (f->db);
  g_autoptr(VocFitResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = import_job (f, data_job, "data.md");

  /* No resume at all: the score computes and says what it lacked. */
  result = voc_fit_store_refresh (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result->score, <=, 10);
  g_assert_false (result->factors[VOC_FIT_FACTOR_EVIDENCE].available);
  g_assert_nonnull (strstr (result->rationale, "Not counted"));
}

static void
on_async_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
test_explain (TestDb        *f,
              gconstpointer  data)
{
  g_autoptr(VocFitStore) store = voc_fit_store_new (f->db);
  g_autoptr(VocFitExplained) explained = NULL;
  g_autoptr(VocFitResult) stored = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean python = FALSE;
  gint64 data_id;

  import_resume (f);
  data_id = import_job (f, data_job, "data.md");
  voc_fit_store_set_today (store, "2026-11");

  result = NULL;
  voc_fit_store_explain_async (store, data_id, 0, NULL, on_async_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  explained = voc_fit_store_explain_finish (store, result, &error);
  g_assert_no_error (error);
  g_assert_cmpint (explained->posting_id, ==, data_id);
  g_assert_cmpuint (explained->n_bullets, ==, 5);
  /* Explaining stores nothing, and scores what refreshing stores. */
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM fit"), ==, 0);
  stored = voc_fit_store_refresh (store, data_id, &error);
  g_assert_cmpint (explained->result->score, ==, stored->score);

  /* Every matched skill names bullets whose text is there; Python's include the Airflow one. */
  g_assert_cmpuint (explained->result->matched->len, >, 3);
  for (guint i = 0; i < explained->result->matched->len; i++)
    {
      const VocFitMatch *match = &g_array_index (explained->result->matched, VocFitMatch, i);

      for (guint k = 0; k < match->bullets->len; k++)
        {
          const char *text = voc_fit_explained_get_bullet (explained,
                                                           g_array_index (match->bullets,
                                                                          gint64, k));

          g_assert_nonnull (text);
          if (g_str_equal (match->name, "Python") && strstr (text, "Airflow") != NULL)
            python = TRUE;
        }
    }
  g_assert_true (python);
  g_assert_cmpint (explained->ats->match_rate, >, 0);
  g_assert_nonnull (explained->raisers);

  /* A variant with only the Globex job: Airflow, Snowflake and dbt, which the library shows
   * at Acme, would raise its match. */
  {
    g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (f->db);
    g_autoptr(VocResumeVersion) variant = voc_resume_version_new ();
    g_autoptr(VocFitExplained) narrow = NULL;
    g_autofree char *rules = NULL;
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (voc_database_get_handle (f->db),
                        "SELECT uuid FROM experience WHERE employer = 'Globex'", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    rules = g_strdup_printf ("{\"experiences\": [\"%s\"]}", sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    voc_resume_version_set_name (variant, "Globex only");
    voc_resume_version_set_kind (variant, VOC_RESUME_KIND_VARIANT);
    voc_resume_version_set_rules (variant, rules);
    g_assert_true (voc_repository_insert (VOC_REPOSITORY (pipeline), variant, &error));
    g_assert_no_error (error);

    g_clear_object (&result);
    voc_fit_store_explain_async (store, data_id, voc_entity_get_id (VOC_ENTITY (variant)), NULL,
                                 on_async_cb, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    narrow = voc_fit_store_explain_finish (store, result, &error);
    g_assert_no_error (error);
    g_assert_cmpint (narrow->result->score, ==, explained->result->score);
    g_assert_cmpint (narrow->ats->match_rate, <, explained->ats->match_rate);
    g_assert_true (g_ptr_array_find_with_equal_func (narrow->raisers, "Snowflake", g_str_equal,
                                                     NULL));
    g_assert_false (g_ptr_array_find_with_equal_func (narrow->raisers, "Terraform", g_str_equal,
                                                      NULL));
  }

  /* An unknown posting is an error that says so. */
  g_clear_object (&result);
  voc_fit_store_explain_async (store, 4242, 0, NULL, on_async_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_clear_pointer (&explained, voc_fit_explained_free);
  explained = voc_fit_store_explain_finish (store, result, &error);
  g_assert_null (explained);
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND);
}

static void
test_tailor_async (TestDb        *f,
                   gconstpointer  data)
{
  g_autoptr(VocFitStore) store = voc_fit_store_new (f->db);
  g_autoptr(VocFitTailored) tailored = NULL;
  g_autoptr(VocFitTailored) sync = NULL;
  g_autoptr(VocResumeVersion) version = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 data_id;

  import_resume (f);
  data_id = import_job (f, data_job, "data.md");
  g_assert_cmpint (test_exec (f->db, "INSERT INTO job_application (uuid, created_at, updated_at, "
                                     "posting_id) SELECT 'app-1', '2026-01-01T00:00:00Z', "
                                     "'2026-01-01T00:00:00Z', max(id) FROM job_posting"),
                   ==, SQLITE_OK);

  voc_fit_store_tailor_async (store, data_id, 2, NULL, on_async_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  tailored = voc_fit_store_tailor_finish (store, result, &error);
  g_assert_no_error (error);
  sync = voc_fit_store_tailor (store, data_id, 2, &error);
  g_assert_no_error (error);
  /* The same resume as the synchronous call. */
  {
    g_autoptr(JsonNode) a = json_node_init_object (json_node_alloc (), tailored->resume);
    g_autoptr(JsonNode) b = json_node_init_object (json_node_alloc (), sync->resume);

    g_assert_true (json_node_equal (a, b));
  }
  g_assert_cmpuint (tailored->n_kept, ==, sync->n_kept);
  g_assert_cmpint (tailored->ats_after->match_rate, ==, sync->ats_after->match_rate);

  /* Saving links the posting's application to the version, in the same transaction. */
  version = voc_fit_store_save_tailored (store, data_id, tailored, "For Initrode", &error);
  g_assert_no_error (error);
  sql = g_strdup_printf ("SELECT resume_version_id FROM job_application WHERE uuid = 'app-1'");
  g_assert_cmpint (test_query_int (f->db, sql), ==, voc_entity_get_id (VOC_ENTITY (version)));
}

static void
test_resolve (TestDb        *f,
              gconstpointer  data)
{
  g_autoptr(VocFitStore) store = voc_fit_store_new (f->db);
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *uuid = NULL;
  gboolean empty = FALSE;
  gint64 id, found = 0;

  id = import_job (f, data_job, "data.md");
  number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  /* By number and by uuid; anything else is an error that names it. */
  g_assert_true (voc_fit_store_resolve_posting (store, number, &found, &error));
  g_assert_no_error (error);
  g_assert_cmpint (found, ==, id);
  {
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (voc_database_get_handle (f->db), "SELECT uuid FROM job_posting", -1,
                        &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
  }
  found = 0;
  g_assert_true (voc_fit_store_resolve_posting (store, uuid, &found, &error));
  g_assert_cmpint (found, ==, id);
  g_assert_false (voc_fit_store_resolve_posting (store, "4242", &found, &error));
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "4242"));
  g_clear_error (&error);
  g_assert_false (voc_fit_store_resolve_posting (store, "-1", &found, &error));
  g_clear_error (&error);

  /* Empty until a resume comes in. */
  g_assert_true (voc_fit_store_library_is_empty (store, &empty, &error));
  g_assert_true (empty);
  import_resume (f);
  g_assert_true (voc_fit_store_library_is_empty (store, &empty, &error));
  g_assert_false (empty);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, TestDb, NULL, test_db_setup, func, test_db_teardown)

  ADD ("/fit-store/refresh", test_refresh);
  ADD ("/fit-store/rescore", test_rescore);
  ADD ("/fit-store/rescore-batches", test_rescore_batches);
  ADD ("/fit-store/rescore-worker", test_rescore_worker);
  ADD ("/fit-store/shared", test_shared);
  ADD ("/fit-store/tailor", test_tailor);
  ADD ("/fit-store/empty-library", test_empty_library);
  ADD ("/fit-store/explain", test_explain);
  ADD ("/fit-store/tailor-async", test_tailor_async);
  ADD ("/fit-store/resolve", test_resolve);

#undef ADD

  return g_test_run ();
}
