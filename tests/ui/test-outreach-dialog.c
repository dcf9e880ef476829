/* test-outreach-dialog.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The outreach dialog under Xvfb against a loopback provider: it opens with the template's
 * draft for the company's contact, follows the channel and the recipient while untouched,
 * counts words or characters; a draft is saved, then recorded as sent; an AI draft names the
 * contact only on this machine and, once sent, becomes a style example; an AI draft that does
 * not fit LinkedIn is refused with the reason and leaves the editor alone; without an AI
 * assist there is no AI button; the application detail opens it and its timeline shows the
 * saved draft.
 */

#include "config.h"

#include <adwaita.h>

#include "../ai/ai-test-util.h"
#include "voc-ai-assist.h"
#include "voc-ai-outreach.h"
#include "voc-application-detail.h"
#include "voc-outreach-dialog-private.h"
#include "voc-ai-ui-test.h"
#include "voc-ui-test.h"

typedef struct
{
  Provider           provider;
  TestAssist        ai;
  VocOutreachDialog *dialog;
  guint              n_saved;
} Fixture;

static gboolean have_display;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{

  provider_setup (&fixture->provider, data);
  g_assert_cmpint (test_exec (fixture->provider.tdb.db,
    "INSERT INTO company (id, uuid, created_at, updated_at, name, normalized_name) VALUES "
    "(5, 'co', 'x', 'x', 'Initech', 'initech');"
    "INSERT INTO job_posting (id, uuid, created_at, updated_at, company_id, title) VALUES "
    "(8, 'p', 'x', 'x', 5, 'Data Engineer');"
    "INSERT INTO job_posting_text (posting_id, raw_text, clean_text) VALUES (8, 'raw', "
    "'We need a data engineer for Airflow and Python pipelines.');"
    "INSERT INTO job_application (id, uuid, created_at, updated_at, posting_id) VALUES "
    "(3, 'a', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 8);"
    "UPDATE profile SET full_name = 'Ada Example', headline = 'data engineer';"
    "INSERT INTO contact (id, uuid, created_at, updated_at, company_id, full_name, title) "
    "VALUES (9, 'c', 'x', 'x', 5, 'Priya Raman', 'Engineering Manager');"), ==, SQLITE_OK);
  test_assist_setup (&fixture->ai, fixture->provider.base_url, VOC_AI_PURPOSE_OUTREACH);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->dialog != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (fixture->dialog));
      g_assert_finalize_object (fixture->dialog);
    }
  test_assist_teardown (&fixture->ai);
  provider_teardown (&fixture->provider, data);
}

static void
on_saved_cb (VocOutreachDialog *dialog,
             VocOutreach       *message,
             Fixture           *fixture)
{
  fixture->n_saved++;
}

static void
open_dialog (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->dialog = voc_outreach_dialog_new (fixture->provider.tdb.db, 3, &error);
  g_assert_no_error (error);
  g_object_ref_sink (fixture->dialog);
  g_signal_connect (fixture->dialog, "message-saved", G_CALLBACK (on_saved_cb), fixture);
  gtk_window_present (GTK_WINDOW (fixture->dialog));
}

static char *
body (Fixture *fixture)
{
  GtkTextBuffer *buffer = voc_outreach_dialog_get_body (fixture->dialog);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
activate (Fixture    *fixture,
          const char *action)
{
  return gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), action, NULL);
}

static void
test_template_save_send (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *email = NULL;
  g_autofree char *linkedin = NULL;
  g_autofree char *hello = NULL;
  g_autoptr(GdkContentProvider) content = NULL;
  GListModel *contacts;
  VocOutreach *message;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  open_dialog (fixture);
  contacts = adw_combo_row_get_model (voc_outreach_dialog_get_contact_row (fixture->dialog));
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (
    voc_outreach_dialog_get_name_row (fixture->dialog))));
  email = body (fixture);
  g_assert_true (g_str_has_prefix (email, "Hi Priya,\n\n"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
    voc_outreach_dialog_get_subject_row (fixture->dialog))), ==, "Application: Data Engineer");
  g_assert_nonnull (strstr (gtk_label_get_text (voc_outreach_dialog_get_counter (fixture->dialog)),
                            "of 150 words"));

  /* Untouched, the draft follows the channel: LinkedIn has no subject, counts characters. */
  adw_combo_row_set_selected (voc_outreach_dialog_get_channel_row (fixture->dialog), 1);
  linkedin = body (fixture);
  g_assert_true (g_str_has_prefix (linkedin, "Hi Priya, I applied for the Data Engineer role"));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (
    voc_outreach_dialog_get_subject_row (fixture->dialog))));
  g_assert_nonnull (strstr (gtk_label_get_text (voc_outreach_dialog_get_counter (fixture->dialog)),
                            "of 300 characters"));

  /* Someone else: the name row appears and the greeting follows. */
  adw_combo_row_set_selected (voc_outreach_dialog_get_contact_row (fixture->dialog), 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (
    voc_outreach_dialog_get_name_row (fixture->dialog))));
  hello = body (fixture);
  g_assert_true (g_str_has_prefix (hello, "Hello, "));
  adw_combo_row_set_selected (voc_outreach_dialog_get_contact_row (fixture->dialog), 0);

  /* Copy: what the clipboard holds is the message. */
  g_assert_true (activate (fixture, "outreach.copy"));
  content = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (fixture->dialog)));
  g_assert_nonnull (content);
  g_object_ref (content);

  /* Edited, then saved as a draft, then recorded as sent: one row throughout. */
  gtk_text_buffer_set_text (voc_outreach_dialog_get_body (fixture->dialog),
                            "Hi Priya, a short note from Ada.", -1);
  g_assert_true (activate (fixture, "outreach.save"));
  message = voc_outreach_dialog_get_message (fixture->dialog);
  g_assert_nonnull (message);
  g_assert_cmpuint (fixture->n_saved, ==, 1);
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db,
                                   "SELECT count(*) FROM outreach WHERE status = 'draft' AND "
                                   "channel = 'linkedin' AND contact_id = 9 AND subject IS NULL "
                                   "AND application_id = 3"), ==, 1);
  g_assert_true (activate (fixture, "outreach.send"));
  g_assert_cmpuint (fixture->n_saved, ==, 2);
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db,
                                   "SELECT count(*) FROM outreach WHERE status = 'sent' AND "
                                   "sent_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db, "SELECT count(*) FROM outreach"),
                   ==, 1);
  /* The user wrote it: nothing is kept as a model's approved output. */
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db,
                                   "SELECT count(*) FROM approved_output"), ==, 0);
}

static void
test_generate (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *answer = chat_body ("{\"subject\":\"Data Engineer at Initech\",\"body\":\"Hi "
                                       "{{CONTACT_1_FIRST}},\\n\\nI applied for the Data "
                                       "Engineer role at Initech and would be glad to talk."
                                       "\\n\\nAda Example\"}", "stop");
  g_autofree char *draft = NULL;
  g_autofree char *sent = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  open_dialog (fixture);
  g_assert_true (gtk_widget_get_visible (voc_outreach_dialog_get_generate_button (fixture->dialog)));
  provider_queue (&fixture->provider, 200, answer);
  g_assert_true (activate (fixture, "outreach.generate"));
  g_assert_true (voc_outreach_dialog_get_running (fixture->dialog));
  WAIT_FOR (!voc_outreach_dialog_get_running (fixture->dialog));

  draft = body (fixture);
  g_assert_true (g_str_has_prefix (draft, "Hi Priya,\n\nI applied"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (
    voc_outreach_dialog_get_subject_row (fixture->dialog))), ==, "Data Engineer at Initech");
  sent = provider_dup_request (&fixture->provider, 0);
  g_assert_null (strstr (sent, "Priya"));
  g_assert_null (strstr (sent, "Raman"));

  /* Sent as the model wrote it: kept as an example of the user's voice. */
  g_assert_true (activate (fixture, "outreach.send"));
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db,
                                   "SELECT count(*) FROM approved_output WHERE purpose = "
                                   "'outreach' AND content LIKE 'Hi Priya,%' AND source_run_id "
                                   "IS NOT NULL"), ==, 1);
}

/* A LinkedIn draft over 300 characters is refused with the reason; the editor keeps what
 * it had. Cancel is quiet. */
static void
test_generate_refused (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GString) long_body = g_string_new ("Hi {{CONTACT_1_FIRST}}, ");
  g_autofree char *content = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkLabel *notice;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  while (long_body->len < 330)
    g_string_append (long_body, "I build pipelines. ");
  content = g_strdup_printf ("{\"subject\":\"\",\"body\":\"%s\"}", long_body->str);
  answer = chat_body (content, "stop");

  open_dialog (fixture);
  adw_combo_row_set_selected (voc_outreach_dialog_get_channel_row (fixture->dialog), 1);
  before = body (fixture);
  provider_queue (&fixture->provider, 200, answer);
  g_assert_true (activate (fixture, "outreach.generate"));
  WAIT_FOR (!voc_outreach_dialog_get_running (fixture->dialog));
  notice = voc_outreach_dialog_get_notice (fixture->dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (notice)));
  g_assert_nonnull (strstr (gtk_label_get_text (notice), "300"));
  after = body (fixture);
  g_assert_cmpstr (after, ==, before);

  provider_queue_hang (&fixture->provider);
  g_assert_true (activate (fixture, "outreach.generate"));
  WAIT_FOR (fixture->provider.paused->len == 1);
  g_assert_true (activate (fixture, "outreach.cancel"));
  WAIT_FOR (!voc_outreach_dialog_get_running (fixture->dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (notice)));
}

/* No AI assist: no AI button; the template still drafts. */
static void
test_without_ai (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *text = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  voc_ai_assist_set_default (NULL);
  open_dialog (fixture);
  g_assert_false (gtk_widget_get_visible (voc_outreach_dialog_get_generate_button (fixture->dialog)));
  text = body (fixture);
  g_assert_true (g_str_has_prefix (text, "Hi Priya,"));
}

/* Closed while drafting: cancelled, the closed window is left alone. */
static void
test_closed_while_running (Fixture       *fixture,
                           gconstpointer  data)
{
  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  open_dialog (fixture);
  provider_queue_hang (&fixture->provider);
  g_assert_true (activate (fixture, "outreach.generate"));
  WAIT_FOR (fixture->provider.paused->len == 1);
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  WAIT_FOR (G_OBJECT (fixture->dialog)->ref_count == 1);
  g_assert_finalize_object (fixture->dialog);
  fixture->dialog = NULL;
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db, "SELECT count(*) FROM outreach"),
                   ==, 0);
}

/* "Draft Message…" in the application's detail opens the dialog; a saved draft appears in
 * the timeline at once. */
static void
test_from_application (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  g_autoptr(VocJobApplication) application = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  GtkWidget *detail;
  guint before;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  pipeline = voc_pipeline_repository_new (fixture->provider.tdb.db);
  application = voc_repository_find (VOC_REPOSITORY (pipeline), VOC_TYPE_JOB_APPLICATION, 3,
                                     &error);
  g_assert_no_error (error);
  window = gtk_window_new ();
  detail = voc_application_detail_new ();
  gtk_window_set_child (GTK_WINDOW (window), detail);
  voc_application_detail_show (VOC_APPLICATION_DETAIL (detail), pipeline, application);
  gtk_window_present (GTK_WINDOW (window));
  before = g_list_model_get_n_items (voc_application_detail_get_timeline (
    VOC_APPLICATION_DETAIL (detail)));

  g_assert_true (gtk_widget_activate_action (detail, "application.draft-message", NULL));
  fixture->dialog = VOC_OUTREACH_DIALOG (find_window (VOC_TYPE_OUTREACH_DIALOG, FALSE));
  g_assert_nonnull (fixture->dialog);
  g_object_ref (fixture->dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (fixture->dialog)));
  g_assert_true (activate (fixture, "outreach.save"));
  g_assert_cmpuint (g_list_model_get_n_items (voc_application_detail_get_timeline (
    VOC_APPLICATION_DETAIL (detail))), ==, before + 1);

  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  g_assert_finalize_object (fixture->dialog);
  fixture->dialog = NULL;
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add ("/outreach-dialog/template-save-send", Fixture, NULL, fixture_setup,
              test_template_save_send, fixture_teardown);
  g_test_add ("/outreach-dialog/generate", Fixture, NULL, fixture_setup, test_generate,
              fixture_teardown);
  g_test_add ("/outreach-dialog/generate-refused", Fixture, NULL, fixture_setup,
              test_generate_refused, fixture_teardown);
  g_test_add ("/outreach-dialog/without-ai", Fixture, NULL, fixture_setup, test_without_ai,
              fixture_teardown);
  g_test_add ("/outreach-dialog/from-application", Fixture, NULL, fixture_setup,
              test_from_application, fixture_teardown);
  g_test_add ("/outreach-dialog/closed-while-running", Fixture, NULL, fixture_setup,
              test_closed_while_running, fixture_teardown);

  return g_test_run ();
}
