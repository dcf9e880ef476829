/* test-fit-ui.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fit in the application, under Xvfb, on a temporary database with a demo resume: the
 * job detail's score and factor bars, its status line with an empty library, the tailoring
 * window saving a frozen version whose facts are the library's and whose lines name real
 * bullets, exporting it, the window rescoring in the background after a bullet is added, and
 * the command line's --fit and --export-resume --for-job run as a shell runs them.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "voc-app-private.h"
#include "voc-database-private.h"
#include "voc-extract.h"
#include "voc-fit-view.h"
#include "voc-job-detail-private.h"
#include "voc-job-importer.h"
#include "voc-jobs-page-private.h"
#include "voc-json-resume.h"
#include "voc-repositories.h"
#include "voc-tailor-window.h"
#include "voc-window-private.h"
#include "voc-ui-test.h"

static gboolean have_display;
static VocApp *app;

static const char *resume_json =
  "{\"basics\": {\"name\": \"Ada Example\", \"label\": \"Senior Data Engineer\","
  "  \"summary\": \"Data engineer building reliable pipelines.\","
  "  \"location\": {\"city\": \"London\", \"countryCode\": \"GB\"}},"
  " \"work\": ["
  "  {\"name\": \"Acme\", \"position\": \"Senior Data Engineer\", \"startDate\": \"2021-03\","
  "   \"highlights\": [\"Organised the office summer party\","
  "                   \"Built Airflow pipelines in Python loading 2 TB a day into Snowflake\","
  "                   \"Modelled the warehouse with dbt and SQL, cutting report time by 60%\"]},"
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

typedef struct
{
  char   *dir;
  char   *path;
  gint64  job_id;
} Fixture;

static gboolean
skip_without_display (void)
{
  if (!have_display)
    {
      g_test_skip ("No display (DISPLAY or WAYLAND_DISPLAY) to open windows on");
      return TRUE;
    }
  return FALSE;
}

/* A database with the demo resume (when @with_resume) and one data-engineering posting. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gboolean with_resume = GPOINTER_TO_INT (data) == 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) db = NULL;
  g_autoptr(VocJobImporter) importer = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (data_job, strlen (data_job));
  g_autoptr(VocExtracted) extracted = NULL;
  g_autoptr(VocImportResult) result = NULL;

  fixture->dir = g_dir_make_tmp ("vocation-fit-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);

  db = voc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  if (with_resume)
    {
      g_autoptr(JsonNode) root = json_from_string (resume_json, NULL);

      g_assert_true (voc_json_resume_import (db, root, "resume.json", NULL, &error));
      g_assert_no_error (error);
    }

  importer = voc_job_importer_new (db, NULL);
  extracted = voc_extract_text (bytes, "data.md", NULL, &error);
  g_assert_no_error (error);
  result = voc_job_importer_store (importer, extracted, "data.md", "paste");
  g_assert_no_error (result->error);
  fixture->job_id = result->posting_id;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static gint64
query_int (VocDatabase *db,
           const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (voc_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (VocDatabase *db,
            const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (voc_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static VocWindow *
open_window (Fixture *fixture)
{
  VocWindow *window = voc_window_new (GTK_APPLICATION (app), fixture->path);

  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (voc_window_get_database (window) != NULL);
  return window;
}

static void
close_window (VocWindow *window)
{
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  /* Nothing under way (rescoring, a fit being worked out) keeps it. */
  g_assert_finalize_object (window);
}

static VocFitView *
show_fit (VocWindow *window,
          gint64     id)
{
  VocJobsPage *page = VOC_JOBS_PAGE (voc_window_get_page (window, "jobs"));
  VocFitView *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "jobs"));
  WAIT_FOR (voc_jobs_page_show_job (page, id));
  view = voc_job_detail_get_fit_view (voc_jobs_page_get_detail (page));
  WAIT_FOR (voc_fit_view_get_explained (view) != NULL && !voc_fit_view_get_loading (view));
  return view;
}

static void
test_detail (Fixture       *fixture,
             gconstpointer  data)
{
  VocWindow *window;
  VocFitView *view;
  VocFitExplained *explained;
  GtkWidget *bar;
  g_autofree char *score = NULL;

  if (skip_without_display ())
    return;

  window = open_window (fixture);
  view = show_fit (window, fixture->job_id);
  explained = voc_fit_view_get_explained (view);

  /* The detail works with the window's store: one library cache. */
  g_assert_nonnull (voc_window_get_fit_store (window));
  g_assert_true (voc_fit_view_get_store (view) == voc_window_get_fit_store (window));

  /* The score, large; the factor bars with their values and weights. */
  g_assert_null (voc_fit_view_get_status_text (view));
  score = g_strdup_printf ("%d", explained->result->score);
  g_assert_cmpstr (voc_fit_view_get_score_text (view), ==, score);
  g_assert_cmpint (explained->result->score, >, 50);

  bar = voc_fit_view_get_factor_bar (view, VOC_FIT_FACTOR_REQUIRED_SKILLS);
  g_assert_true (gtk_widget_get_visible (bar));
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (bar)), ==,
                     explained->result->factors[VOC_FIT_FACTOR_REQUIRED_SKILLS].value);
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (bar)), >, 0.5);
  g_assert_nonnull (strstr (voc_fit_view_get_factor_text (view, VOC_FIT_FACTOR_REQUIRED_SKILLS),
                            "weight"));

  /* No salary in the posting: said, not hidden. */
  g_assert_false (gtk_widget_get_visible (voc_fit_view_get_factor_bar (view,
                                                                       VOC_FIT_FACTOR_SALARY)));
  g_assert_cmpstr (voc_fit_view_get_factor_text (view, VOC_FIT_FACTOR_SALARY), ==,
                   "not available: no salary in the posting");

  /* Terraform is missing and required. */
  g_assert_true (g_ptr_array_find_with_equal_func (explained->result->missing_required,
                                                   "Terraform", g_str_equal, NULL));

  /* Editing the posting's seniority changes the fit in place, without a status line. */
  {
    g_autoptr(GError) error = NULL;
    VocDatabase *db = voc_window_get_database (window);
    int before = explained->result->score;

    g_assert_true (voc_database_begin (db, &error));
    g_assert_true (voc_database_exec (db, "UPDATE job_posting SET seniority = 'principal'",
                                      &error));
    g_assert_true (voc_database_commit (db, &error));
    WAIT_FOR (voc_fit_view_get_explained (view) != explained);
    g_assert_null (voc_fit_view_get_status_text (view));
    WAIT_FOR (!voc_fit_view_get_loading (view));
    g_assert_cmpint (voc_fit_view_get_explained (view)->result->score, <, before);
  }

  /* Changed while the list is shown: worked out again when the detail comes back. */
  {
    g_autoptr(GError) error = NULL;
    VocDatabase *db = voc_window_get_database (window);
    VocJobsPage *page = VOC_JOBS_PAGE (voc_window_get_page (window, "jobs"));
    VocFitExplained *shown;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "jobs.back", NULL));
    WAIT_FOR (!gtk_widget_get_mapped (GTK_WIDGET (view)));
    shown = voc_fit_view_get_explained (view);
    g_assert_true (voc_database_begin (db, &error));
    g_assert_true (voc_database_exec (db, "UPDATE job_posting SET seniority = 'senior'", &error));
    g_assert_true (voc_database_commit (db, &error));
    g_usleep (G_USEC_PER_SEC / 2);
    while (g_main_context_iteration (NULL, FALSE));
    g_assert_true (voc_fit_view_get_explained (view) == shown);
    g_assert_true (show_fit (window, fixture->job_id) == view);
    WAIT_FOR (voc_fit_view_get_explained (view) != shown && !voc_fit_view_get_loading (view));
  }

  /* A variant with only the Globex job, chosen in the drop-down: the skills the library shows
   * at Acme are what would raise it. */
  {
    g_autoptr(GError) error = NULL;
    VocDatabase *db = voc_window_get_database (window);
    g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (db);
    g_autoptr(VocResumeVersion) variant = voc_resume_version_new ();
    GtkDropDown *dropdown = voc_fit_view_get_variant_dropdown (view);
    g_autofree char *rules = NULL;
    g_autofree char *globex = query_text (db, "SELECT uuid FROM experience WHERE employer = "
                                              "'Globex'");
    VocFitExplained *shown = voc_fit_view_get_explained (view);

    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dropdown)));
    g_assert_cmpuint (shown->raisers->len, ==, 0);
    rules = g_strdup_printf ("{\"experiences\": [\"%s\"]}", globex);
    voc_resume_version_set_name (variant, "Globex only");
    voc_resume_version_set_kind (variant, VOC_RESUME_KIND_VARIANT);
    voc_resume_version_set_rules (variant, rules);
    g_assert_true (voc_repository_insert (VOC_REPOSITORY (pipeline), variant, &error));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dropdown)));
    g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 2);
    gtk_drop_down_set_selected (dropdown, 1);
    WAIT_FOR (voc_fit_view_get_explained (view) != shown && !voc_fit_view_get_loading (view));
    g_assert_true (g_ptr_array_find_with_equal_func (voc_fit_view_get_explained (view)->raisers,
                                                     "Snowflake", g_str_equal, NULL));
  }

  close_window (window);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

static void
test_empty_library (Fixture       *fixture,
                    gconstpointer  data)
{
  VocWindow *window;
  VocFitView *view;

  if (skip_without_display ())
    return;

  window = open_window (fixture);
  view = show_fit (window, fixture->job_id);
  g_assert_nonnull (strstr (voc_fit_view_get_status_text (view), "Resume page"));
  /* Nothing to tailor from: the action is off. */
  gtk_widget_activate_action (GTK_WIDGET (view), "fit.tailor", NULL);
  g_assert_null (find_toplevel (VOC_TYPE_TAILOR_WINDOW));
  close_window (window);
}

static void
on_exported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GError **error = user_data;

  voc_tailor_window_export_finish (VOC_TAILOR_WINDOW (object), result, error);
  if (*error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static void
test_tailor (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) library = NULL;
  g_autoptr(JsonNode) sections = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *md = NULL;
  VocWindow *window;
  VocFitView *view;
  VocTailorWindow *tailor;
  VocResumeVersion *version;
  VocDatabase *db;
  JsonArray *work, *library_work;

  if (skip_without_display ())
    return;

  window = open_window (fixture);
  db = voc_window_get_database (window);
  g_assert_true (voc_database_exec (db, "INSERT INTO job_application (uuid, created_at, "
                                        "updated_at, posting_id) SELECT 'app-1', "
                                        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', "
                                        "max(id) FROM job_posting", &error));
  view = show_fit (window, fixture->job_id);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "fit.tailor", NULL));
  tailor = VOC_TAILOR_WINDOW (find_toplevel (VOC_TYPE_TAILOR_WINDOW));
  g_assert_nonnull (tailor);
  WAIT_FOR (voc_tailor_window_get_tailored (tailor) != NULL);
  /* The summer party is less relevant than the pipelines: it moved down or was left out. */
  g_assert_cmpuint (voc_tailor_window_get_tailored (tailor)->n_kept, >, 0);

  voc_tailor_window_set_name (tailor, "For Initrode");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tailor), "tailor.save", NULL));
  version = voc_tailor_window_get_version (tailor);
  g_assert_nonnull (version);
  /* Saved once: the action is off now. */
  gtk_widget_activate_action (GTK_WIDGET (tailor), "tailor.save", NULL);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM resume_version WHERE kind = 'tailored' "
                                  "AND frozen = 1 AND name = 'For Initrode'"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM resume_version"), ==, 1);

  /* Facts are the library's: every title, employer and date. */
  library = voc_json_resume_export (db, &error);
  g_assert_no_error (error);
  sections = json_from_string (voc_resume_version_get_sections (version), &error);
  g_assert_no_error (error);
  work = json_object_get_array_member (json_node_get_object (sections), "work");
  library_work = json_object_get_array_member (library, "work");
  g_assert_cmpuint (json_array_get_length (work), ==, json_array_get_length (library_work));
  for (guint i = 0; i < json_array_get_length (work); i++)
    {
      const char *facts[] = { "name", "position", "startDate", "endDate" };

      for (guint k = 0; k < G_N_ELEMENTS (facts); k++)
        g_assert_cmpstr (json_object_get_string_member_with_default (
                           json_array_get_object_element (work, i), facts[k], NULL), ==,
                         json_object_get_string_member_with_default (
                           json_array_get_object_element (library_work, i), facts[k], NULL));
    }

  /* Every line's source is a real bullet whose text it is. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM resume_version v, "
                                  "json_each(v.diff, '$.sources') s"), ==,
                   voc_tailor_window_get_tailored (tailor)->n_kept);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM resume_version v, "
                                  "json_each(v.diff, '$.sources') s JOIN bullet b "
                                  "ON b.uuid = s.value"), ==,
                   voc_tailor_window_get_tailored (tailor)->n_kept);

  /* The application for the posting now points at it. */
  g_assert_cmpint (query_int (db, "SELECT resume_version_id FROM job_application"), ==,
                   voc_entity_get_id (VOC_ENTITY (version)));

  /* Export, in a worker, to Markdown. */
  md = g_build_filename (fixture->dir, "tailored.md", NULL);
  file = g_file_new_for_path (md);
  voc_tailor_window_export_async (tailor, file, NULL, on_exported_cb, &error);
  WAIT_FOR (error != NULL);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (md, &contents, NULL, &error));
  g_assert_nonnull (strstr (contents, "Senior Data Engineer"));
  g_assert_nonnull (strstr (contents, "Airflow"));

  g_object_ref (tailor);
  gtk_window_destroy (GTK_WINDOW (tailor));
  g_assert_finalize_object (tailor);
  close_window (window);
}

static void
test_rescore (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  VocWindow *window;
  VocDatabase *db;
  gint64 before;

  if (skip_without_display ())
    return;

  window = open_window (fixture);
  db = voc_window_get_database (window);
  sql = g_strdup_printf ("SELECT score FROM fit WHERE posting_id = %" G_GINT64_FORMAT,
                         fixture->job_id);

  /* Soon after start-up, the fit without a score is scored in the background. */
  WAIT_FOR (query_int (db, sql) >= 0 && !voc_fit_store_get_running (voc_window_get_fit_store (window)));
  before = query_int (db, sql);

  /* A bullet that shows Terraform, saved like the Resume page saves: the score rises. */
  g_assert_true (voc_database_begin (db, &error));
  g_assert_true (voc_database_exec (db, "INSERT INTO bullet (uuid, created_at, updated_at, "
                                        "experience_id, text) SELECT 'b-terraform', "
                                        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', id, "
                                        "'Provisioned the data platform with Terraform' FROM "
                                        "experience WHERE employer = 'Acme'", &error));
  g_assert_true (voc_database_commit (db, &error));
  g_assert_no_error (error);
  WAIT_FOR (query_int (db, sql) > before);

  /* Rescore All, on request, with its progress; it ends on its own. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.rescore-all", NULL));
  WAIT_FOR (!voc_fit_store_get_running (voc_window_get_fit_store (window)));
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM fit"), ==, 1);

  close_window (window);
}

/* The command line */

static int
run_program (Fixture     *fixture,
             const char **args,
             char       **out,
             char       **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("VOCATION_EXE"));
  g_ptr_array_add (argv, "--database");
  g_ptr_array_add (argv, fixture->path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent", TRUE);
  g_spawn_sync (fixture->dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_cli_fit (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->job_id);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *uuid = NULL;
  const char *by_id[] = { "--fit", id, NULL };
  const char *unknown[] = { "--fit", "4242", NULL };

  if (skip_without_display ())
    return;

  g_assert_cmpint (run_program (fixture, by_id, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Fit: "));
  g_assert_nonnull (strstr (out, "Required skills"));
  g_assert_nonnull (strstr (out, "Salary"));
  g_assert_nonnull (strstr (out, "not available: no salary in the posting"));
  g_assert_nonnull (strstr (out, "Python"));
  g_assert_nonnull (strstr (out, "Built Airflow pipelines in Python"));
  g_assert_nonnull (strstr (out, "Missing must-have: Terraform"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The uuid works as well as the number. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(VocDatabase) db = voc_database_open (fixture->path, &error);
    sqlite3_stmt *stmt = NULL;
    const char *by_uuid[] = { "--fit", NULL, NULL };
    g_autofree char *out2 = NULL;

    g_assert_no_error (error);
    sqlite3_prepare_v2 (voc_database_get_handle (db), "SELECT uuid FROM job_posting", -1, &stmt,
                        NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    g_clear_object (&db);

    by_uuid[1] = uuid;
    g_assert_cmpint (run_program (fixture, by_uuid, &out2, &err), ==, 0);
    g_assert_nonnull (strstr (out2, "Fit: "));
    g_clear_pointer (&err, g_free);
  }

  g_assert_cmpint (run_program (fixture, unknown, &out, &err), !=, 0);
  g_assert_nonnull (strstr (err, "4242"));
}

/* Whether @widget or a widget inside it is a visible label saying @text. */
static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

/* A library with Pulumi, a posting asking for Terraform: still missing, with partial credit,
 * and said so in the detail and on the command line. */
static void
test_related (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->job_id);
  const char *by_id[] = { "--fit", id, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  VocFitExplained *explained;
  VocWindow *window;
  VocFitView *view;

  if (skip_without_display ())
    return;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(VocDatabase) db = voc_database_open (fixture->path, &error);

    g_assert_no_error (error);
    g_assert_true (voc_database_begin (db, &error));
    g_assert_true (voc_database_exec (db, "INSERT INTO bullet (uuid, created_at, updated_at, "
                                          "experience_id, text) SELECT 'b-pulumi', "
                                          "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', id, "
                                          "'Provisioned the data platform with Pulumi' FROM "
                                          "experience WHERE employer = 'Acme'", &error));
    g_assert_true (voc_database_commit (db, &error));
    g_assert_no_error (error);
  }

  g_assert_cmpint (run_program (fixture, by_id, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Missing must-have: Terraform (related: you have Pulumi)"));

  window = open_window (fixture);
  view = show_fit (window, fixture->job_id);
  explained = voc_fit_view_get_explained (view);
  g_assert_true (g_ptr_array_find_with_equal_func (explained->result->missing_required,
                                                   "Terraform", g_str_equal, NULL));
  g_assert_cmpstr (voc_fit_result_get_related_have (explained->result, "Terraform"), ==,
                   "Pulumi");
  g_assert_true (has_label (GTK_WIDGET (view), "Terraform"));
  g_assert_true (has_label (GTK_WIDGET (view), "related: you have Pulumi"));
  close_window (window);
}

static void
test_cli_fit_empty (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->job_id);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "out.md", NULL);
  const char *fit[] = { "--fit", id, NULL };
  const char *export[] = { "--export-resume", "out.md", "--for-job", id, NULL };

  if (skip_without_display ())
    return;

  g_assert_cmpint (run_program (fixture, fit, &out, &err), !=, 0);
  g_assert_nonnull (strstr (err, "Resume"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_program (fixture, export, &out, &err), !=, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_cli_export (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->job_id);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "tailored.json", NULL);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  const char *export[] = { "--export-resume", "tailored.json", "--for-job", id, NULL };
  const char *bad[] = { "--export-resume", "tailored.xyz", "--for-job", id, NULL };
  JsonArray *work, *first;

  if (skip_without_display ())
    return;

  g_assert_cmpint (run_program (fixture, export, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  node = json_from_string (contents, &error);
  g_assert_no_error (error);
  work = json_object_get_array_member (json_node_get_object (node), "work");
  g_assert_cmpuint (json_array_get_length (work), ==, 2);
  first = json_object_get_array_member (json_array_get_object_element (work, 0), "highlights");
  /* Tailored: the pipelines lead, not the summer party the base resume starts with. */
  g_assert_nonnull (strstr (json_array_get_string_element (first, 0), "Airflow"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_program (fixture, bad, &out, &err), !=, 0);
  g_assert_nonnull (strstr (err, "tailored.xyz"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  have_display = (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL) &&
                 gtk_init_check ();
  if (have_display)
    {
      adw_init ();
      app = voc_app_new ();
      g_application_set_flags (G_APPLICATION (app),
                               G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }

#define ADD(path, func, empty) \
  g_test_add (path, Fixture, GINT_TO_POINTER (empty), fixture_set_up, func, fixture_tear_down)

  ADD ("/fit-ui/detail", test_detail, 0);
  ADD ("/fit-ui/empty-library", test_empty_library, 1);
  ADD ("/fit-ui/tailor", test_tailor, 0);
  ADD ("/fit-ui/rescore", test_rescore, 0);
  ADD ("/fit-ui/related", test_related, 0);
  ADD ("/fit-ui/command-line-fit", test_cli_fit, 0);
  ADD ("/fit-ui/command-line-fit-empty", test_cli_fit_empty, 1);
  ADD ("/fit-ui/command-line-export", test_cli_export, 0);

#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
