/* test-ai-assist.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every AI action starts from, under Xvfb against a loopback provider: the client comes
 * set up from the settings and the keyring, the redactor knows the user's contacts, and the
 * first request of each kind is shown — exactly as it will be sent — before anything leaves
 * the machine. Declining sends nothing.
 */

#include "config.h"

#include <adwaita.h>

#include "../ai/ai-test-util.h"
#include "voc-ai-assist.h"
#include "voc-ai-job-analysis.h"
#include "voc-ui-test.h"

#define ANALYSIS \
  "{\"core_priorities\":[\"Ship payments\"],\"must_have\":[\"Go\"],\"nice_to_have\":[]," \
  "\"clusters\":[],\"tone\":\"neutral\"}"

typedef struct
{
  Provider      provider;
  GSettings    *settings;
  VocAiSecrets *secrets;
  VocAiAssist  *assist;
  GAsyncResult *result;
} Fixture;

static gboolean have_display;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  provider_setup (&fixture->provider, data);
  fixture->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (fixture->settings, "ai-reviewed-purposes");
  g_settings_reset (fixture->settings, "ai-review-always");
  g_settings_set_string (fixture->settings, "ai-base-url", fixture->provider.base_url);
  g_settings_set_string (fixture->settings, "ai-model", "local-model");
  fixture->secrets = voc_ai_secrets_new ();
  fixture->assist = voc_ai_assist_new (fixture->settings, fixture->secrets, NULL);
  test_exec (fixture->provider.tdb.db,
             "INSERT INTO contact (uuid, created_at, updated_at, full_name, email) VALUES "
             "('c1', '2026-01-01', '2026-01-01', 'Priya Raman', 'priya@example.com')");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->result);
  g_assert_finalize_object (fixture->assist);
  g_clear_object (&fixture->secrets);
  g_settings_reset (fixture->settings, "ai-base-url");
  g_settings_reset (fixture->settings, "ai-model");
  g_clear_object (&fixture->settings);
  provider_teardown (&fixture->provider, data);
}

static void
on_result_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Fixture *fixture = user_data;

  fixture->result = g_object_ref (result);
}

static VocAiClient *
prepare (Fixture        *fixture,
         VocAiRedactor **redactor,
         GError        **error)
{
  g_clear_object (&fixture->result);
  voc_ai_assist_prepare_async (fixture->assist, fixture->provider.tdb.db, NULL, on_result_cb,
                               fixture);
  WAIT_FOR (fixture->result != NULL);
  return voc_ai_assist_prepare_finish (fixture->assist, fixture->result, redactor, error);
}

static void
analyse_async (Fixture       *fixture,
               VocAiClient   *client,
               VocAiRedactor *redactor,
               const char    *posting)
{
  g_clear_object (&fixture->result);
  voc_ai_job_analysis_async (client, redactor, posting, 0, NULL, on_result_cb, fixture);
}

static char *
dialog_text (AdwMessageDialog *dialog)
{
  GtkWidget *scrolled = adw_message_dialog_get_extra_child (dialog);
  GtkWidget *view = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_not_configured (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocAiClient) client = NULL;

  g_settings_set_string (fixture->settings, "ai-model", " ");
  g_assert_false (voc_ai_assist_get_configured (fixture->assist));
  client = prepare (fixture, NULL, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_NOT_CONFIGURED);
  g_assert_null (client);
  g_assert_nonnull (strstr (error->message, "Preferences"));
}

/* The first job analysis is shown with the contact replaced, sent on "Send"; the second is
 * sent without asking; "review next" asks again, and declining sends nothing. */
static void
test_review_first_of_kind (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(VocAiRedactor) redactor = NULL;
  g_autoptr(VocAiClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) analysis = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *sent = NULL;
  g_auto(GStrv) reviewed = NULL;
  AdwMessageDialog *dialog;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_assert_true (voc_ai_assist_get_configured (fixture->assist));
  client = prepare (fixture, &redactor, &error);
  g_assert_no_error (error);
  g_assert_nonnull (redactor);

  g_autofree char *answer = chat_body (ANALYSIS, "stop");
  provider_queue (&fixture->provider, 200, answer);
  provider_queue (&fixture->provider, 200, answer);

  analyse_async (fixture, client, redactor,
                 "Backend engineer (Go). Questions to Priya Raman, priya@example.com.");
  WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
  shown = dialog_text (dialog);
  g_assert_nonnull (strstr (shown, "Backend engineer (Go)"));
  g_assert_nonnull (strstr (shown, "{{CONTACT_1}}"));
  g_assert_null (strstr (shown, "Priya"));
  g_assert_null (strstr (shown, "priya@example.com"));
  /* Nothing has left yet. */
  g_assert_cmpuint (fixture->provider.requests->len, ==, 0);

  respond (dialog, "send");
  WAIT_FOR (fixture->result != NULL && find_message_dialog () == NULL);
  analysis = voc_ai_job_analysis_finish (fixture->result, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (analysis);
  g_assert_cmpuint (fixture->provider.requests->len, ==, 1);
  /* What was shown is what was sent. */
  sent = provider_dup_request (&fixture->provider, 0);
  g_assert_null (strstr (sent, "Priya"));
  g_assert_nonnull (strstr (sent, "{{CONTACT_1}}"));
  reviewed = g_settings_get_strv (fixture->settings, "ai-reviewed-purposes");
  g_assert_true (g_strv_contains ((const char * const *) reviewed, VOC_AI_PURPOSE_JOB_ANALYSIS));

  /* The same kind again: sent without asking (a dialog would hold the answer back). */
  g_clear_pointer (&analysis, json_node_unref);
  analyse_async (fixture, client, redactor, "Site reliability engineer, Kubernetes.");
  WAIT_FOR (fixture->result != NULL);
  analysis = voc_ai_job_analysis_finish (fixture->result, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->provider.requests->len, ==, 2);

  /* On demand: shown again; declined, nothing is sent and the call says so. */
  g_clear_pointer (&analysis, json_node_unref);
  voc_ai_assist_review_next (fixture->assist);
  analyse_async (fixture, client, redactor, "Data engineer, Spark and Airflow.");
  WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
  respond (dialog, "decline");
  WAIT_FOR (fixture->result != NULL && find_message_dialog () == NULL);
  analysis = voc_ai_job_analysis_finish (fixture->result, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (analysis);
  g_assert_cmpuint (fixture->provider.requests->len, ==, 2);
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db,
                                   "SELECT count(*) FROM model_run WHERE outcome = 'cancelled'"),
                   ==, 1);
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db,
                                   "SELECT count(*) FROM ai_job_analysis"), ==, 2);
}

/* A caller that gives up while the dialog is open closes it; nothing is sent. */
static void
test_review_cancelled_by_caller (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(VocAiRedactor) redactor = NULL;
  g_autoptr(VocAiClient) client = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) analysis = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_settings_set_boolean (fixture->settings, "ai-review-always", TRUE);
  client = prepare (fixture, &redactor, &error);
  g_assert_no_error (error);
  g_clear_object (&fixture->result);
  voc_ai_job_analysis_async (client, redactor, "Go developer", 0, cancellable, on_result_cb,
                             fixture);
  WAIT_FOR (find_message_dialog () != NULL);
  g_cancellable_cancel (cancellable);
  WAIT_FOR (fixture->result != NULL && find_message_dialog () == NULL);
  analysis = voc_ai_job_analysis_finish (fixture->result, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (fixture->provider.requests->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add ("/ai-assist/not-configured", Fixture, NULL, fixture_setup, test_not_configured,
              fixture_teardown);
  g_test_add ("/ai-assist/review-first-of-kind", Fixture, NULL, fixture_setup,
              test_review_first_of_kind, fixture_teardown);
  g_test_add ("/ai-assist/review-cancelled-by-caller", Fixture, NULL, fixture_setup,
              test_review_cancelled_by_caller, fixture_teardown);

  return g_test_run ();
}
