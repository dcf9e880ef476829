/* test-job-importer.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <libsoup/soup.h>
#include <string.h>

#include "voc-job-importer.h"
#include "voc-soup-leaks.h"
#include "voc-test-util.h"

static const char *globex_md =
  "# Senior Data Engineer — Globex Corporation\n\n"
  "**Location:** Berlin, Germany (Hybrid)\n"
  "**Salary:** €70,000–€85,000 per year\n\n"
  "## What you'll do\n\n- Build pipelines in Apache Spark and dbt\n\n"
  "## Requirements\n\n- 5+ years of Python and SQL\n- PostgreSQL in production\n\n"
  "## Nice to have\n\n- Terraform\n";

static char *
write_file (TestDb     *f,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
on_done_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = voc_job_importer_run_finish (VOC_JOB_IMPORTER (object), result, &error);
  g_assert_no_error (error);
}

static GPtrArray *
run (VocJobImporter *importer,
     GCancellable   *cancellable)
{
  GPtrArray *results = NULL;

  voc_job_importer_run_async (importer, cancellable, on_done_cb, &results);
  while (results == NULL)
    g_main_context_iteration (NULL, TRUE);
  return results;
}

static VocImportResult *
result_at (GPtrArray *results,
           guint      i)
{
  VocImportResult *result = g_ptr_array_index (results, i);

  if (result->error != NULL)
    g_test_message ("%s: %s", result->name, result->error->message);
  return result;
}

static VocJobPosting *
posting_of (TestDb *f,
            gint64  id)
{
  g_autoptr(VocJobRepository) jobs = voc_job_repository_new (f->db);
  g_autoptr(GError) error = NULL;
  VocJobPosting *posting = voc_repository_find (VOC_REPOSITORY (jobs), VOC_TYPE_JOB_POSTING, id,
                                                &error);

  g_assert_no_error (error);
  return posting;
}

static void
test_import_file (TestDb        *f,
                  gconstpointer  data)
{
  g_autoptr(VocJobImporter) importer = voc_job_importer_new (f->db, NULL);
  g_autofree char *path = write_file (f, "globex.md", globex_md);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(VocJobPosting) posting = NULL;
  g_autoptr(VocJobRepository) jobs = voc_job_repository_new (f->db);
  g_autoptr(VocEntityList) list = voc_repository_list (VOC_REPOSITORY (jobs), VOC_TYPE_JOB_POSTING,
                                                       NULL);
  g_autofree char *text = NULL;
  g_autofree char *sha = NULL;

  voc_job_importer_add_file (importer, file);
  g_assert_cmpuint (voc_job_importer_get_n_total (importer), ==, 1);
  results = run (importer, NULL);

  g_assert_cmpuint (results->len, ==, 1);
  g_assert_cmpint (result_at (results, 0)->outcome, ==, VOC_IMPORT_IMPORTED);
  g_assert_cmpstr (result_at (results, 0)->name, ==, "globex.md");
  g_assert_cmpfloat (voc_job_importer_get_fraction (importer), ==, 1.0);
  /* The live list saw it. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  posting = posting_of (f, result_at (results, 0)->posting_id);
  g_assert_cmpstr (voc_job_posting_get_title (posting), ==, "Senior Data Engineer");
  g_assert_cmpstr (voc_job_posting_get_company_name (posting), ==, "Globex Corporation");
  g_assert_cmpint (voc_job_posting_get_remote_mode (posting), ==, VOC_REMOTE_MODE_HYBRID);
  g_assert_cmpint (voc_job_posting_get_seniority (posting), ==, VOC_SENIORITY_SENIOR);
  g_assert_cmpint (voc_job_posting_get_source (posting), ==, VOC_POSTING_SOURCE_FILE);
  g_assert_cmpint (voc_job_posting_get_salary_yearly_min_cents (posting), ==, 7000000);
  g_assert_cmpstr (voc_job_posting_get_salary_currency (posting), ==, "EUR");
  g_assert_nonnull (strstr (voc_job_posting_get_skills (posting), "\"Python\""));
  g_assert_nonnull (strstr (voc_job_posting_get_sections (posting), "\"requirements\""));

  text = voc_job_repository_dup_text (jobs, voc_entity_get_id (VOC_ENTITY (posting)), TRUE, NULL);
  g_assert_nonnull (strstr (text, "Apache Spark"));
  sha = voc_job_repository_dup_original_sha256 (jobs, voc_entity_get_id (VOC_ENTITY (posting)),
                                                NULL);
  {
    g_autofree char *expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, globex_md, -1);

    g_assert_cmpstr (sha, ==, expected);
  }

  /* Written by the importer, as the audit log says. */
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM audit_log WHERE "
                                   "entity = 'job_posting' AND actor = 'import'"), ==, 1);
}

static void
test_reimport (TestDb        *f,
               gconstpointer  data)
{
  g_autoptr(VocJobImporter) importer = voc_job_importer_new (f->db, NULL);
  g_autofree char *path = write_file (f, "globex.md", globex_md);
  g_autofree char *edited_text = g_strconcat (globex_md, "- Kubernetes\n", NULL);
  g_autofree char *edited = write_file (f, "globex-v2.md", edited_text);
  g_autofree char *other_company = write_file (f, "initech.md",
    "# Data Analyst at Globex Corp.\n\n## Requirements\n\n- SQL and Tableau\n- 2 years of experience\n");
  g_autoptr(GFile) a = g_file_new_for_path (path);
  g_autoptr(GFile) b = g_file_new_for_path (edited);
  g_autoptr(GFile) c = g_file_new_for_path (other_company);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(VocJobPosting) updated = NULL;

  voc_job_importer_add_file (importer, a);
  voc_job_importer_add_file (importer, a);
  voc_job_importer_add_file (importer, b);
  voc_job_importer_add_file (importer, c);
  results = run (importer, NULL);

  g_assert_cmpuint (results->len, ==, 4);
  g_assert_cmpint (result_at (results, 0)->outcome, ==, VOC_IMPORT_IMPORTED);
  g_assert_cmpint (result_at (results, 1)->outcome, ==, VOC_IMPORT_UNCHANGED);
  g_assert_cmpint (result_at (results, 2)->outcome, ==, VOC_IMPORT_UPDATED);
  g_assert_cmpint (result_at (results, 2)->posting_id, ==, result_at (results, 0)->posting_id);
  g_assert_cmpint (result_at (results, 3)->outcome, ==, VOC_IMPORT_IMPORTED);

  g_assert_cmpint (voc_database_count (f->db, "job_posting", NULL), ==, 2);
  /* "Globex Corporation" and "Globex Corp." are one company. */
  g_assert_cmpint (voc_database_count (f->db, "company", NULL), ==, 1);

  updated = posting_of (f, result_at (results, 2)->posting_id);
  g_assert_nonnull (strstr (voc_job_posting_get_skills (updated), "Kubernetes"));

  {
    g_autofree char *summary = voc_job_importer_dup_summary (results);

    g_assert_cmpstr (summary, ==, "2 imported, 1 updated, 1 already saved");
  }
}

static void
test_bad_input (TestDb        *f,
                gconstpointer  data)
{
  g_autoptr(VocJobImporter) importer = voc_job_importer_new (f->db, NULL);
  g_autofree char *empty = write_file (f, "empty.txt", "");
  g_autofree char *page = write_file (f, "hello.html",
                                      "<html><head><title>Cats</title></head><body>"
                                      "<p>Pictures of my cats.</p></body></html>");
  g_autofree char *missing = g_build_filename (f->dir, "missing.pdf", NULL);
  g_autoptr(GFile) a = g_file_new_for_path (empty);
  g_autoptr(GFile) b = g_file_new_for_path (page);
  g_autoptr(GFile) c = g_file_new_for_path (missing);
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *summary = NULL;

  voc_job_importer_add_file (importer, a);
  voc_job_importer_add_file (importer, b);
  voc_job_importer_add_file (importer, c);
  results = run (importer, NULL);

  g_assert_cmpuint (results->len, ==, 3);
  for (guint i = 0; i < results->len; i++)
    {
      VocImportResult *result = result_at (results, i);

      g_assert_cmpint (result->outcome, ==, VOC_IMPORT_FAILED);
      g_assert_nonnull (result->error);
      if (strstr (result->error->message, result->name) == NULL)
        g_error ("“%s” does not name %s", result->error->message, result->name);
    }
  g_assert_error (result_at (results, 0)->error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_EMPTY);
  g_assert_error (result_at (results, 1)->error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_NO_TEXT);

  /* Nothing half written. */
  g_assert_cmpint (voc_database_count (f->db, "job_posting", NULL), ==, 0);
  g_assert_cmpint (voc_database_count (f->db, "company", NULL), ==, 0);
  g_assert_cmpint (voc_database_count (f->db, "audit_log", NULL), ==, 0);

  summary = voc_job_importer_dup_summary (results);
  g_assert_true (g_str_has_prefix (summary, "3 could not be read, the first: "));
}

static void
test_paste (TestDb        *f,
            gconstpointer  data)
{
  g_autoptr(VocJobImporter) importer = voc_job_importer_new (f->db, NULL);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(VocJobPosting) posting = NULL;

  voc_job_importer_add_text (importer, "We are looking for a Junior Developer to join us.\n\n"
                                       "Requirements: JavaScript, Git and a willingness to learn.\n");
  results = run (importer, NULL);

  g_assert_cmpint (result_at (results, 0)->outcome, ==, VOC_IMPORT_IMPORTED);
  posting = posting_of (f, result_at (results, 0)->posting_id);
  g_assert_cmpstr (voc_job_posting_get_title (posting), ==, "Junior Developer");
  g_assert_cmpint (voc_job_posting_get_source (posting), ==, VOC_POSTING_SOURCE_PASTE);
  g_assert_cmpint (voc_job_posting_get_company_id (posting), ==, 0);
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  static const char *page =
    "<html><head><title>Careers</title>"
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
    "\"@type\":\"JobPosting\",\"title\":\"Site Reliability Engineer\","
    "\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Hooli\","
    "\"sameAs\":\"https://www.hooli.example\"},"
    "\"jobLocationType\":\"TELECOMMUTE\",\"employmentType\":\"FULL_TIME\","
    "\"description\":\"<p>Run Kubernetes and Terraform.</p><h3>Requirements</h3>"
    "<ul><li>Linux</li><li>Python</li></ul>\"}</script></head>"
    "<body><p>Apply now</p></body></html>";

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, page, strlen (page));
}

static void
test_url (TestDb        *f,
          gconstpointer  data)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VocJobImporter) importer = voc_job_importer_new (f->db, NULL);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(VocJobPosting) posting = NULL;
  g_autoptr(VocCompanyRepository) companies = voc_company_repository_new (f->db);
  g_autoptr(VocCompany) company = NULL;
  g_autoptr(GSList) uris = NULL;
  g_autofree char *url = NULL;

  soup_server_add_handler (server, "/jobs/1", server_cb, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  {
    g_autofree char *base = g_uri_to_string (uris->data);

    url = g_strconcat (base, "jobs/1", NULL);
  }
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);

  voc_job_importer_add_url (importer, url);
  results = run (importer, NULL);

  g_assert_cmpint (result_at (results, 0)->outcome, ==, VOC_IMPORT_IMPORTED);
  posting = posting_of (f, result_at (results, 0)->posting_id);
  g_assert_cmpstr (voc_job_posting_get_title (posting), ==, "Site Reliability Engineer");
  g_assert_cmpstr (voc_job_posting_get_company_name (posting), ==, "Hooli");
  g_assert_cmpint (voc_job_posting_get_remote_mode (posting), ==, VOC_REMOTE_MODE_REMOTE);
  g_assert_cmpint (voc_job_posting_get_employment_type (posting), ==,
                   VOC_EMPLOYMENT_TYPE_FULL_TIME);
  g_assert_cmpint (voc_job_posting_get_source (posting), ==, VOC_POSTING_SOURCE_URL);
  g_assert_nonnull (strstr (voc_job_posting_get_skills (posting), "Kubernetes"));

  company = voc_company_repository_find_by_name (companies, "hooli", &error);
  g_assert_nonnull (company);
  g_assert_cmpstr (voc_company_get_domain (company), ==, "hooli.example");

  /* Close the connection on both sides before the server goes. */
  g_clear_object (&importer);
  soup_server_disconnect (server);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_cancel (TestDb        *f,
             gconstpointer  data)
{
  g_autoptr(VocJobImporter) importer = voc_job_importer_new (f->db, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) results = NULL;

  voc_job_importer_add_text (importer, globex_md);
  voc_job_importer_add_text (importer, globex_md);
  g_cancellable_cancel (cancellable);
  results = run (importer, cancellable);

  g_assert_cmpuint (results->len, ==, 0);
  g_assert_cmpint (voc_database_count (f->db, "job_posting", NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, TestDb, NULL, test_db_setup, func, test_db_teardown)

  ADD ("/job-importer/file", test_import_file);
  ADD ("/job-importer/reimport", test_reimport);
  ADD ("/job-importer/bad-input", test_bad_input);
  ADD ("/job-importer/paste", test_paste);
  ADD ("/job-importer/url", test_url);
  ADD ("/job-importer/cancel", test_cancel);

#undef ADD

  return g_test_run ();
}
