/* test-letter-window.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cover letter window under Xvfb, on a temporary database with a resume and a posting:
 * opened from the application's detail, it drafts a letter from the template (the job and
 * the best matching bullets), saves each edit as a version, brings an old version back,
 * exports Markdown on the resume's letterhead, links the version sent to the application,
 * and asks before closing with unsaved edits. With a loopback AI provider it streams a
 * letter into the editor, lists the claims the check finds, stores nothing until Save, and
 * Cancel puts the text back. Deleting waits for the Undo to go away.
 */

#include "config.h"

#include <locale.h>

/* The waits of this program are given 60 seconds rather than the usual 30. */
#define WAIT_FOR_SECONDS 60

#include "../ai/ai-test-util.h"
#include "voc-ai-assist.h"
#include "voc-application-detail.h"
#include "voc-critic-dialog.h"
#include "voc-documents.h"
#include "voc-extract.h"
#include "voc-job-importer.h"
#include "voc-json-resume.h"
#include "voc-letter-window.h"
#include "voc-ui-test.h"


static gboolean have_display;

static const char resume_json[] =
  "{\"basics\": {\"name\": \"Ada Example\", \"label\": \"Data Engineer\","
  "  \"email\": \"ada@example.com\"},"
  " \"work\": [{\"name\": \"Acme\", \"position\": \"Data Engineer\", \"startDate\": \"2021-03\","
  "   \"highlights\": [\"Organised the office summer party\","
  "                   \"Built Airflow pipelines in Python loading data into Snowflake\","
  "                   \"Modelled the warehouse with dbt and SQL\"]}]}";

static const char data_job[] =
  "# Senior Data Engineer\n\nCompany: Initrode\n\n"
  "## Requirements\n\n- Python and SQL\n- Apache Airflow and dbt\n- Snowflake\n";

typedef struct
{
  Provider               provider;
  GSettings             *settings;
  VocAiSecrets          *secrets;
  VocAiAssist           *assist;
  VocPipelineRepository *pipeline;
  VocJobApplication     *application;
  GtkWidget             *window;
  GtkWidget             *detail;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(JsonNode) root = json_from_string (resume_json, NULL);
  g_autoptr(VocJobImporter) importer = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (data_job, strlen (data_job));
  g_autoptr(VocExtracted) extracted = NULL;
  g_autoptr(VocImportResult) imported = NULL;
  g_autoptr(VocJobApplication) application = voc_job_application_new ();
  g_autoptr(GError) error = NULL;
  VocDatabase *db;

  provider_setup (&fixture->provider, data);
  if (!have_display)
    return;
  db = fixture->provider.tdb.db;

  fixture->settings = g_settings_new (APPLICATION_ID);
  g_settings_set_strv (fixture->settings, "ai-reviewed-purposes",
                       (const char *[]) { "cover-letter", NULL });
  g_settings_set_string (fixture->settings, "ai-base-url", fixture->provider.base_url);
  g_settings_set_string (fixture->settings, "ai-model", "local-model");
  fixture->secrets = voc_ai_secrets_new ();
  fixture->assist = voc_ai_assist_new (fixture->settings, fixture->secrets, NULL);
  voc_ai_assist_set_default (fixture->assist);

  g_assert_true (voc_json_resume_import (db, root, "resume.json", NULL, &error));
  g_assert_no_error (error);
  importer = voc_job_importer_new (db, NULL);
  extracted = voc_extract_text (bytes, "job.md", NULL, &error);
  g_assert_no_error (error);
  imported = voc_job_importer_store (importer, extracted, "job.md", "paste");
  g_assert_no_error (imported->error);

  fixture->pipeline = voc_pipeline_repository_new (db);
  voc_job_application_set_posting_id (application, imported->posting_id);
  voc_job_application_set_stage (application, VOC_STAGE_APPLIED);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (fixture->pipeline), application, &error));
  g_assert_no_error (error);
  fixture->application = voc_repository_find (VOC_REPOSITORY (fixture->pipeline),
                                              VOC_TYPE_JOB_APPLICATION,
                                              voc_entity_get_id (VOC_ENTITY (application)),
                                              &error);
  g_assert_no_error (error);

  fixture->window = adw_window_new ();
  fixture->detail = voc_application_detail_new ();
  adw_window_set_content (ADW_WINDOW (fixture->window), fixture->detail);
  voc_application_detail_show (VOC_APPLICATION_DETAIL (fixture->detail), fixture->pipeline,
                               fixture->application);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->application);
  g_clear_object (&fixture->pipeline);
  if (fixture->assist != NULL)
    {
      voc_ai_assist_set_default (NULL);
      g_clear_object (&fixture->assist);
    }
  g_clear_object (&fixture->secrets);
  if (fixture->settings != NULL)
    {
      g_settings_reset (fixture->settings, "ai-reviewed-purposes");
      g_settings_reset (fixture->settings, "ai-base-url");
      g_settings_reset (fixture->settings, "ai-model");
    }
  g_clear_object (&fixture->settings);
  provider_teardown (&fixture->provider, data);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
append (GtkTextBuffer *buffer,
        const char    *text)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, text, -1);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return test_query_int (fixture->provider.tdb.db, sql);
}

static VocLetterWindow *
open_letter (Fixture *fixture)
{
  VocLetterWindow *letter;

  g_assert_true (gtk_widget_activate_action (fixture->detail, "application.open-letter", NULL));
  WAIT_FOR ((letter = find_window (VOC_TYPE_LETTER_WINDOW, TRUE)) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (letter)) == GTK_WINDOW (fixture->window));
  return letter;
}

static void
on_result_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
test_template_versions_export (Fixture       *fixture,
                               gconstpointer  data)
{
  VocLetterWindow *letter;
  GtkTextBuffer *body;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *path = NULL;
  g_autofree char *markdown = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDocument) current = NULL;
  g_autoptr(VocJobApplication) application = NULL;
  AdwMessageDialog *dialog;
  GListModel *timeline;
  guint before;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  timeline = voc_application_detail_get_timeline (VOC_APPLICATION_DETAIL (fixture->detail));
  before = g_list_model_get_n_items (timeline);
  letter = open_letter (fixture);
  body = voc_letter_window_get_body (letter);
  g_assert_null (voc_letter_window_get_letter (letter));
  g_assert_cmpuint (g_list_model_get_n_items (voc_letter_window_get_versions (letter)), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (voc_letter_window_get_title_row (letter)), ==,
                   "Cover Letter for Senior Data Engineer at Initrode");

  /* An empty letter is not saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.save", NULL));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM document"), ==, 0);

  /* The template: the job, the company and the bullets that match, not the party. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.template", NULL));
  WAIT_FOR (!voc_letter_window_get_busy (letter) && gtk_text_buffer_get_char_count (body) > 0);
  text = buffer_text (body);
  g_assert_nonnull (strstr (text, "Senior Data Engineer position at Initrode"));
  g_assert_nonnull (strstr (text, "• Built Airflow pipelines in Python"));
  g_assert_null (strstr (text, "summer party"));
  g_assert_true (g_str_has_suffix (text, "Kind regards,\nAda Example\n"));
  g_assert_true (voc_letter_window_get_dirty (letter));
  /* Nothing stored before Save. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM document"), ==, 0);

  /* Save, edit, save: two versions, the second current. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.save", NULL));
  g_assert_false (voc_letter_window_get_dirty (letter));
  first = buffer_text (body);
  append (body, "P.S. I can start in January.\n");
  g_assert_true (voc_letter_window_get_dirty (letter));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.save", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (voc_letter_window_get_versions (letter)), ==, 2);
  g_assert_cmpint (voc_document_get_version (voc_letter_window_get_letter (letter)), ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM document WHERE kind = 'cover-letter' "
                                   "AND application_id IS NOT NULL"), ==, 2);

  /* Export Markdown: the letterhead, the date, the letter. */
  path = g_build_filename (fixture->provider.tdb.dir, "letter.md", NULL);
  file = g_file_new_for_path (path);
  voc_letter_window_export_async (letter, file, NULL, on_result_cb, &result);
  WAIT_FOR (result != NULL);
  g_assert_true (voc_letter_window_export_finish (letter, result, &error));
  g_assert_no_error (error);
  /* The result holds the window. */
  g_clear_object (&result);
  g_assert_true (g_file_get_contents (path, &markdown, NULL, NULL));
  g_assert_true (g_str_has_prefix (markdown, "# Ada Example\n\n[ada@example.com](mailto:ada@example.com)\n\n"));
  g_assert_nonnull (strstr (markdown, "\n\nP.S. I can start in January.\n"));
  g_assert_nonnull (strstr (markdown, "Senior Data Engineer position at Initrode"));
  g_unlink (path);

  /* Use for Application links the current version. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.use", NULL));
  application = voc_repository_find (VOC_REPOSITORY (fixture->pipeline), VOC_TYPE_JOB_APPLICATION,
                                     voc_entity_get_id (VOC_ENTITY (fixture->application)), &error);
  g_assert_cmpint (voc_job_application_get_cover_letter_id (application), ==,
                   voc_entity_get_id (VOC_ENTITY (voc_letter_window_get_letter (letter))));

  /* Restore version 1: a third version with its text. */
  {
    VocDocument *oldest = g_list_model_get_item (voc_letter_window_get_versions (letter), 1);

    g_assert_cmpint (voc_document_get_version (oldest), ==, 1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.restore", "x",
                                               voc_entity_get_id (VOC_ENTITY (oldest))));
    g_object_unref (oldest);
  }
  g_assert_cmpuint (g_list_model_get_n_items (voc_letter_window_get_versions (letter)), ==, 3);
  g_clear_pointer (&text, g_free);
  text = buffer_text (body);
  g_assert_cmpstr (text, ==, first);
  g_assert_false (voc_letter_window_get_dirty (letter));

  /* Closing with an unsaved edit asks: Cancel keeps the window, Discard closes it. */
  append (body, "One more line.\n");
  gtk_window_close (GTK_WINDOW (letter));
  WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
  respond (dialog, "cancel");
  g_assert_true (find_window (VOC_TYPE_LETTER_WINDOW, TRUE) == letter);
  gtk_window_close (GTK_WINDOW (letter));
  WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
  respond (dialog, "discard");
  WAIT_FOR (find_window (VOC_TYPE_LETTER_WINDOW, TRUE) == NULL);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM document"), ==, 3);
  /* The detail behind it shows each version in its timeline. */
  WAIT_FOR (g_list_model_get_n_items (timeline) == before + 3);

  /* Opened again: the linked letter's current version. */
  letter = open_letter (fixture);
  g_clear_pointer (&text, g_free);
  text = buffer_text (voc_letter_window_get_body (letter));
  g_assert_cmpstr (text, ==, first);
  current = voc_documents_find_letter (fixture->pipeline,
                                       voc_entity_get_id (VOC_ENTITY (fixture->application)),
                                       &error);
  g_assert_cmpint (voc_entity_get_id (VOC_ENTITY (current)), ==,
                   voc_entity_get_id (VOC_ENTITY (voc_letter_window_get_letter (letter))));
  gtk_window_close (GTK_WINDOW (letter));
  WAIT_FOR (find_window (VOC_TYPE_LETTER_WINDOW, TRUE) == NULL);
}

static char *
stream_of (const char *text)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *piece = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "choices");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "delta");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  piece = json_to_string (root, FALSE);
  return g_strdup_printf ("data: %s\n\ndata: {\"choices\":[{\"delta\":{},\"finish_reason\":"
                          "\"stop\"}]}\n\ndata: [DONE]\n\n", piece);
}

static void
test_generate (Fixture       *fixture,
               gconstpointer  data)
{
  VocLetterWindow *letter;
  GtkTextBuffer *body;
  g_autofree char *stream = stream_of ("Dear Hiring Manager,\n\nAt Acme I built Airflow pipelines "
                                       "in Python and grew revenue by 75%.\n\nKind regards,\n"
                                       "Ada Example");
  g_autofree char *text = NULL;
  GListModel *findings;
  gboolean found = FALSE;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  letter = open_letter (fixture);
  body = voc_letter_window_get_body (letter);
  g_assert_true (gtk_widget_get_visible (voc_letter_window_get_generate_button (letter)));
  gtk_text_buffer_set_text (voc_letter_window_get_notes (letter), "Mention the pipelines.", -1);

  provider_queue_stream (&fixture->provider, stream);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.generate", NULL));
  g_assert_true (voc_letter_window_get_busy (letter));
  WAIT_FOR (!voc_letter_window_get_busy (letter));
  text = buffer_text (body);
  g_assert_true (g_str_has_prefix (text, "Dear Hiring Manager,\n\nAt Acme I built Airflow"));

  /* The invented figure is flagged with the reason. */
  findings = voc_letter_window_get_findings (letter);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (findings, i);

      found |= strstr (gtk_string_object_get_string (item), "75%") != NULL;
    }
  g_assert_true (found);
  /* The notes went with the request; nothing is stored but the trace. */
  {
    g_autofree char *sent = provider_dup_request (&fixture->provider, 0);

    g_assert_nonnull (strstr (sent, "Mention the pipelines."));
  }
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM document"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM model_run WHERE purpose = 'cover-letter'"),
                   ==, 1);
  g_assert_true (voc_letter_window_get_dirty (letter));

  /* A slow answer, cancelled: the text comes back as it was, nothing stored. */
  provider_queue_hang (&fixture->provider);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.generate", NULL));
  WAIT_FOR (fixture->provider.requests->len == 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.cancel", NULL));
  WAIT_FOR (!voc_letter_window_get_busy (letter));
  {
    g_autofree char *after = buffer_text (body);

    g_assert_cmpstr (after, ==, text);
  }
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM document"), ==, 0);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.critic", NULL) &&
                  find_window (VOC_TYPE_CRITIC_DIALOG, TRUE) != NULL);

  /* "Show What Will Be Sent…" shows the request first; declining sends nothing and leaves
   * the text as it was, without an error. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.review-generate", NULL));
  {
    AdwMessageDialog *dialog;

    WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
    g_assert_cmpuint (fixture->provider.requests->len, ==, 2);
    respond (dialog, "decline");
  }
  WAIT_FOR (!voc_letter_window_get_busy (letter));
  {
    g_autofree char *after = buffer_text (body);

    g_assert_cmpstr (after, ==, text);
  }
  g_assert_cmpuint (fixture->provider.requests->len, ==, 2);

  /* Approving keeps the letter as a style example. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.approve", NULL));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM approved_output"), ==, 1);

  /* The critic reviews a saved letter only; it opens over the letter and sends nothing
   * until asked. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.save", NULL));
  WAIT_FOR (!voc_letter_window_get_dirty (letter));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.critic", NULL));
  {
    GtkWindow *critic;

    WAIT_FOR ((critic = find_window (VOC_TYPE_CRITIC_DIALOG, TRUE)) != NULL);
    g_assert_true (gtk_window_get_transient_for (critic) == GTK_WINDOW (letter));
    g_assert_cmpuint (fixture->provider.requests->len, ==, 2);
    gtk_window_destroy (critic);
  }
  /* An edit after the save, for the close below to ask about. */
  gtk_text_buffer_insert_at_cursor (body, "\nP.S.", -1);
  g_assert_true (voc_letter_window_get_dirty (letter));

  /* Not set up: the AI button goes away. */
  g_settings_set_string (fixture->settings, "ai-model", " ");
  WAIT_FOR (!gtk_widget_get_visible (voc_letter_window_get_generate_button (letter)));

  /* Discard on close. */
  gtk_window_close (GTK_WINDOW (letter));
  {
    AdwMessageDialog *dialog;

    WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
    respond (dialog, "discard");
  }
  WAIT_FOR (find_window (VOC_TYPE_LETTER_WINDOW, TRUE) == NULL);
}

static void
test_delete_deferred (Fixture       *fixture,
                      gconstpointer  data)
{
  VocLetterWindow *letter;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  letter = open_letter (fixture);
  gtk_text_buffer_set_text (voc_letter_window_get_body (letter), "Dear team,\n\nHello.\n", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.save", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.use", NULL));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM job_application WHERE cover_letter_id "
                                   "IS NOT NULL"), ==, 1);

  /* Deleted in the window, but still there while Undo is offered. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (letter), "letter.delete", NULL));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM document"), ==, 1);

  /* Closing the window is the last moment: then every version goes, and the link. */
  gtk_window_close (GTK_WINDOW (letter));
  WAIT_FOR (find_window (VOC_TYPE_LETTER_WINDOW, TRUE) == NULL);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM document"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM job_application WHERE cover_letter_id "
                                   "IS NOT NULL"), ==, 0);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  ADD ("/letter-window/template-versions-export", test_template_versions_export);
  ADD ("/letter-window/generate", test_generate);
  ADD ("/letter-window/delete-deferred", test_delete_deferred);

  return g_test_run ();
}
