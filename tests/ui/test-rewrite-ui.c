/* test-rewrite-ui.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Suggest Rewrites with AI" in the tailoring window, under Xvfb against a loopback provider:
 * hidden without a provider; suggestions listed as word diffs with Accept and Reject, the
 * refused one apart with its reason; accepting one shows it in the tailored lines at once,
 * rejecting another keeps its bullet; the saved version records where the accepted text
 * came from and its Markdown export has it; Cancel stops a slow request quietly; a failed
 * request says what went wrong.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "../ai/ai-test-util.h"
#include "voc-ai-assist.h"
#include "voc-extract.h"
#include "voc-job-importer.h"
#include "voc-json-resume.h"
#include "voc-resume-export.h"
#include "voc-rewrite-panel.h"
#include "voc-tailor-window.h"
#include "voc-ai-ui-test.h"
#include "voc-ui-test.h"

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

#define PIPELINES "Built Airflow pipelines in Python loading 2 TB a day into Snowflake"
#define PIPELINES_NEW "Built Python pipelines on Airflow that load 2 TB a day into Snowflake"
#define WAREHOUSE "Modelled the warehouse with dbt and SQL, cutting report time by 60%"
#define WAREHOUSE_NEW "Modelled the warehouse with dbt and SQL, cutting report time by 75%"
#define CHECKS "Wrote Python services and SQL checks for data quality"
#define CHECKS_NEW "Wrote SQL checks and Python services for data quality"

typedef struct
{
  Provider      provider;
  TestAssist   ai;
  VocFitStore  *store;
  VocJobPosting *posting;
} Fixture;

static gboolean have_display;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(JsonNode) root = json_from_string (resume_json, NULL);
  g_autoptr(VocJobImporter) importer = NULL;
  g_autoptr(VocJobRepository) jobs = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (data_job, strlen (data_job));
  g_autoptr(VocExtracted) extracted = NULL;
  g_autoptr(VocImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  VocDatabase *db;

  provider_setup (&fixture->provider, data);
  db = fixture->provider.tdb.db;
  g_assert_true (voc_json_resume_import (db, root, "resume.json", NULL, &error));
  g_assert_no_error (error);
  importer = voc_job_importer_new (db, NULL);
  extracted = voc_extract_text (bytes, "data.md", NULL, &error);
  g_assert_no_error (error);
  result = voc_job_importer_store (importer, extracted, "data.md", "paste");
  g_assert_no_error (result->error);
  jobs = voc_job_repository_new (db);
  fixture->posting = voc_repository_find (VOC_REPOSITORY (jobs), VOC_TYPE_JOB_POSTING,
                                          result->posting_id, &error);
  g_assert_no_error (error);
  fixture->store = voc_fit_store_new (db);
  voc_fit_store_set_today (fixture->store, "2026-11");

  /* The review dialog is test-ai-assist's: here the request goes out at once. */
  test_assist_setup (&fixture->ai, fixture->provider.base_url, VOC_AI_PURPOSE_BULLET_REWRITE);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  test_assist_teardown (&fixture->ai);
  g_clear_object (&fixture->posting);
  g_clear_object (&fixture->store);
  provider_teardown (&fixture->provider, data);
}

static VocTailorWindow *
open_tailor (Fixture *fixture)
{
  VocTailorWindow *tailor;

  tailor = VOC_TAILOR_WINDOW (voc_tailor_window_new (fixture->store, fixture->posting));
  gtk_window_present (GTK_WINDOW (tailor));
  WAIT_FOR (voc_tailor_window_get_tailored (tailor) != NULL);
  return tailor;
}

static void
close_tailor (VocTailorWindow *tailor)
{
  g_object_ref (tailor);
  gtk_window_destroy (GTK_WINDOW (tailor));
  g_assert_finalize_object (tailor);
}

/* The first label under @widget whose text (with @markup, its markup) contains @text and
 * that is shown, or with @exact, is @text. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text,
            gboolean    exact,
            gboolean    markup)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_LABEL (widget))
    {
      const char *shown = markup ? gtk_label_get_label (GTK_LABEL (widget))
                                 : gtk_label_get_text (GTK_LABEL (widget));

      if (exact ? g_str_equal (shown, text) : strstr (shown, text) != NULL)
        return GTK_LABEL (widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text, exact, markup);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first widget under @widget, shown, whose tooltip starts with @prefix. */
static GtkWidget *
find_tooltip (GtkWidget  *widget,
              const char *prefix)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (tooltip != NULL && g_str_has_prefix (tooltip, prefix))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_tooltip (child, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The key the rewrite module gives the line @text: "b" and its place among the lines. */
static char *
key_of (VocTailorWindow *tailor,
        const char      *text)
{
  JsonArray *work = json_object_get_array_member (voc_tailor_window_get_tailored (tailor)->resume,
                                                  "work");
  guint n = 0;

  for (guint w = 0; w < json_array_get_length (work); w++)
    {
      JsonArray *lines = json_object_get_array_member (json_array_get_object_element (work, w),
                                                       "highlights");

      for (guint h = 0; h < json_array_get_length (lines); h++)
        {
          n++;
          if (g_str_equal (json_array_get_string_element (lines, h), text))
            return g_strdup_printf ("b%u", n);
        }
    }
  g_assert_not_reached ();
}

/* The index of the verified suggestion for @source among the verified ones, for the
 * rewrite.accept and rewrite.reject actions. */
static guint
item_of (VocRewritePanel *panel,
         const char      *source)
{
  GPtrArray *suggestions = voc_rewrite_panel_get_suggestions (panel);
  guint n = 0;

  for (guint i = 0; i < suggestions->len; i++)
    {
      VocAiRewriteSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      if (!suggestion->accepted)
        continue;
      if (g_str_equal (suggestion->source, source))
        return n;
      n++;
    }
  g_assert_not_reached ();
}

static void
on_exported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  gboolean *done = user_data;

  g_assert_true (voc_tailor_window_export_finish (VOC_TAILOR_WINDOW (object), result, NULL));
  *done = TRUE;
}

static void
test_not_configured (Fixture       *fixture,
                     gconstpointer  data)
{
  VocTailorWindow *tailor;
  VocRewritePanel *panel;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_settings_set_string (fixture->ai.settings, "ai-model", "");
  tailor = open_tailor (fixture);
  panel = voc_tailor_window_get_rewrite_panel (tailor);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (panel)));
  g_assert_null (find_label (GTK_WIDGET (tailor), "Suggest Rewrites", FALSE, FALSE));

  /* Set up while the window is open: the action appears. */
  g_settings_set_string (fixture->ai.settings, "ai-model", "local-model");
  WAIT_FOR (gtk_widget_get_visible (GTK_WIDGET (panel)));
  close_tailor (tailor);
}

static void
test_accept_reject_export (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) answer = g_string_new (NULL);
  g_autofree char *body = NULL;
  g_autofree char *pipelines = NULL;
  g_autofree char *warehouse = NULL;
  g_autofree char *checks = NULL;
  g_autofree char *md = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(JsonNode) sections = NULL;
  VocTailorWindow *tailor;
  VocRewritePanel *panel;
  VocResumeVersion *version;
  VocDatabase *db = fixture->provider.tdb.db;
  gboolean exported = FALSE;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  tailor = open_tailor (fixture);
  panel = voc_tailor_window_get_rewrite_panel (tailor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panel)));
  g_assert_nonnull (find_label (GTK_WIDGET (tailor), PIPELINES, TRUE, FALSE));

  pipelines = key_of (tailor, PIPELINES);
  warehouse = key_of (tailor, WAREHOUSE);
  checks = key_of (tailor, CHECKS);
  g_string_printf (answer, "{\"suggestions\":["
                   "{\"bullet_id\":\"%s\",\"text\":\"%s\",\"rationale\":"
                   "\"Leads with the posting's Python.\"},"
                   "{\"bullet_id\":\"%s\",\"text\":\"%s\",\"rationale\":"
                   "\"Bigger is better.\"},"
                   "{\"bullet_id\":\"%s\",\"text\":\"%s\",\"rationale\":"
                   "\"SQL first.\"}]}", pipelines, PIPELINES_NEW, warehouse, WAREHOUSE_NEW,
                   checks, CHECKS_NEW);
  body = chat_body (answer->str, "stop");
  provider_queue (&fixture->provider, 200, body);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "rewrite.suggest", NULL));
  g_assert_true (voc_rewrite_panel_get_running (panel));
  WAIT_FOR (!voc_rewrite_panel_get_running (panel));
  g_assert_cmpuint (fixture->provider.requests->len, ==, 1);
  g_assert_cmpuint (voc_rewrite_panel_get_suggestions (panel)->len, ==, 3);

  /* Shown as diffs with the rationale; the refused one apart, with its reason. */
  g_assert_nonnull (find_label (GTK_WIDGET (panel), "strikethrough", FALSE, TRUE));
  g_assert_nonnull (find_label (GTK_WIDGET (panel), "Leads with the posting", FALSE, FALSE));
  g_assert_nonnull (find_label (GTK_WIDGET (panel), WAREHOUSE_NEW, TRUE, FALSE));
  g_assert_nonnull (find_label (GTK_WIDGET (panel), "“75%”", FALSE, FALSE));
  /* Each decision is a button named for the bullet it decides. */
  g_assert_nonnull (find_tooltip (GTK_WIDGET (panel), "Accept the rewrite of “Built Airflow"));
  g_assert_nonnull (find_tooltip (GTK_WIDGET (panel), "Reject the rewrite of “Wrote Python"));

  /* Accept one: the tailored lines show it at once. Reject another: it stays. */
  g_assert_null (find_label (GTK_WIDGET (tailor), "reworded for this job", FALSE, FALSE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "rewrite.accept", "u",
                                             item_of (panel, PIPELINES)));
  g_assert_nonnull (find_label (GTK_WIDGET (tailor), PIPELINES_NEW, TRUE, FALSE));
  g_assert_null (find_label (GTK_WIDGET (tailor), PIPELINES, TRUE, FALSE));
  g_assert_nonnull (find_label (GTK_WIDGET (tailor), "reworded for this job", FALSE, FALSE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "rewrite.reject", "u",
                                             item_of (panel, CHECKS)));
  g_assert_nonnull (find_label (GTK_WIDGET (tailor), CHECKS, TRUE, FALSE));
  g_assert_null (find_label (GTK_WIDGET (tailor), CHECKS_NEW, TRUE, FALSE));
  g_assert_nonnull (find_label (GTK_WIDGET (panel), "Accepted", TRUE, FALSE));
  g_assert_nonnull (find_label (GTK_WIDGET (panel), "Rejected", TRUE, FALSE));
  g_assert_cmpuint (voc_rewrite_panel_get_rewrites (panel)->len, ==, 1);

  /* The accepted text is kept as an example of the user's voice; the bullet is unchanged. */
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM approved_output WHERE purpose = "
                                       "'bullet-rewrite' AND content = '" PIPELINES_NEW "'"),
                   ==, 1);
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM bullet WHERE text = '"
                                       PIPELINES "'"), ==, 1);
  /* Rejecting stores nothing. */
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM approved_output"), ==, 1);

  /* Saved: the version has the accepted text, with where it came from. */
  voc_tailor_window_set_name (tailor, "For Initrode");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (tailor), "tailor.save", NULL));
  version = voc_tailor_window_get_version (tailor);
  g_assert_nonnull (version);
  sql = g_strdup_printf ("SELECT count(*) FROM bullet_version v JOIN bullet b ON "
                         "b.id = v.bullet_id JOIN model_run r ON r.id = v.model_run_id WHERE "
                         "v.source = 'ai' AND v.text = '" PIPELINES_NEW "' AND b.text = '"
                         PIPELINES "' AND r.purpose = 'bullet-rewrite' AND "
                         "v.resume_version_id = %" G_GINT64_FORMAT,
                         voc_entity_get_id (VOC_ENTITY (version)));
  g_assert_cmpint (test_query_int (db, sql), ==, 1);
  g_assert_cmpint (test_query_int (db, "SELECT count(*) FROM bullet_version"), ==, 1);
  /* Sent as it is: no more decisions. */
  gtk_widget_activate_action (GTK_WIDGET (panel), "rewrite.suggest", NULL);
  g_assert_false (voc_rewrite_panel_get_running (panel));
  g_assert_cmpuint (fixture->provider.requests->len, ==, 1);

  sections = json_from_string (voc_resume_version_get_sections (version), &error);
  g_assert_no_error (error);
  {
    g_autofree char *json = json_to_string (sections, FALSE);

    g_assert_nonnull (strstr (json, PIPELINES_NEW));
    g_assert_null (strstr (json, PIPELINES));
  }

  /* Exported as Markdown: the accepted text, the rejected one's bullet as written. */
  md = g_build_filename (fixture->provider.tdb.dir, "tailored.md", NULL);
  file = g_file_new_for_path (md);
  voc_tailor_window_export_async (tailor, file, NULL, on_exported_cb, &exported);
  WAIT_FOR (exported);
  g_assert_true (g_file_get_contents (md, &contents, NULL, &error));
  g_assert_nonnull (strstr (contents, PIPELINES_NEW));
  g_assert_null (strstr (contents, PIPELINES));
  g_assert_nonnull (strstr (contents, CHECKS));
  g_assert_null (strstr (contents, CHECKS_NEW));
  g_assert_null (strstr (contents, WAREHOUSE_NEW));

  close_tailor (tailor);
}

static void
test_cancel_and_error (Fixture       *fixture,
                       gconstpointer  data)
{
  VocTailorWindow *tailor;
  VocRewritePanel *panel;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  tailor = open_tailor (fixture);
  panel = voc_tailor_window_get_rewrite_panel (tailor);

  /* A slow provider: progress with Cancel; cancelled, nothing is said and nothing listed. */
  provider_queue_hang (&fixture->provider);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "rewrite.suggest", NULL));
  WAIT_FOR (fixture->provider.requests->len == 1);
  g_assert_nonnull (find_label (GTK_WIDGET (panel), "Asking for rewrites", FALSE, FALSE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "rewrite.cancel", NULL));
  WAIT_FOR (!voc_rewrite_panel_get_running (panel));
  g_assert_null (find_label (GTK_WIDGET (panel), "Asking for rewrites", FALSE, FALSE));
  g_assert_null (find_label (GTK_WIDGET (panel), "Cannot Suggest", FALSE, FALSE));
  g_assert_null (voc_rewrite_panel_get_suggestions (panel));

  /* A refused key: the client's message, which says what to fix. */
  provider_queue (&fixture->provider, 401, "{\"error\":{\"message\":\"bad key\"}}");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "rewrite.suggest", NULL));
  WAIT_FOR (!voc_rewrite_panel_get_running (panel));
  g_assert_nonnull (find_label (GTK_WIDGET (panel), "Cannot Suggest", FALSE, FALSE));
  g_assert_nonnull (find_label (GTK_WIDGET (panel), "refused the API key", FALSE, FALSE));
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db,
                                   "SELECT count(*) FROM approved_output"), ==, 0);

  /* Closing the window while a request is out ends the request. */
  provider_queue_hang (&fixture->provider);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "rewrite.suggest", NULL));
  WAIT_FOR (fixture->provider.requests->len == 3);
  close_tailor (tailor);
  WAIT_FOR (test_query_int (fixture->provider.tdb.db, "SELECT count(*) FROM model_run WHERE "
                                                      "outcome = 'cancelled'") == 2);
}

/* "Show What Will Be Sent…": the request is shown first even though this kind was reviewed
 * before; declined, nothing is sent and nothing is said. */
static void
test_show_what_will_be_sent (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *body = chat_body ("{\"suggestions\":[]}", "stop");
  VocTailorWindow *tailor;
  VocRewritePanel *panel;
  AdwMessageDialog *dialog;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  tailor = open_tailor (fixture);
  panel = voc_tailor_window_get_rewrite_panel (tailor);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "rewrite.review", NULL));
  WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
  g_assert_cmpuint (fixture->provider.requests->len, ==, 0);
  respond (dialog, "decline");
  WAIT_FOR (!voc_rewrite_panel_get_running (panel));
  g_assert_cmpuint (fixture->provider.requests->len, ==, 0);
  g_assert_null (find_label (GTK_WIDGET (panel), "Cannot Suggest", FALSE, FALSE));

  /* The next one goes without asking; nothing to rewrite says so. */
  provider_queue (&fixture->provider, 200, body);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "rewrite.suggest", NULL));
  WAIT_FOR (!voc_rewrite_panel_get_running (panel));
  g_assert_null (find_message_dialog ());
  g_assert_cmpuint (fixture->provider.requests->len, ==, 1);
  g_assert_nonnull (find_label (GTK_WIDGET (panel), "No Rewrites Suggested", FALSE, FALSE));

  close_tailor (tailor);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add ("/rewrite-ui/not-configured", Fixture, NULL, fixture_setup, test_not_configured,
              fixture_teardown);
  g_test_add ("/rewrite-ui/accept-reject-export", Fixture, NULL, fixture_setup,
              test_accept_reject_export, fixture_teardown);
  g_test_add ("/rewrite-ui/show-what-will-be-sent", Fixture, NULL, fixture_setup,
              test_show_what_will_be_sent, fixture_teardown);
  g_test_add ("/rewrite-ui/cancel-and-error", Fixture, NULL, fixture_setup,
              test_cancel_and_error, fixture_teardown);

  return g_test_run ();
}
