/* test-critic-dialog.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The critic dialog under Xvfb against a loopback provider: a pass shows its five scores as
 * bars and its issues (an inventing suggestion marked), a second pass shows the change since
 * the first and both in the history; a bad answer shows the client's message; Cancel and
 * declining the review of what will be sent are quiet and log nothing; approving keeps the
 * resume's bullets as style examples; without a provider nothing can start a request.
 */

#include "config.h"

#include <adwaita.h>

#include "../ai/ai-test-util.h"
#include "voc-ai-assist.h"
#include "voc-ai-critic.h"
#include "voc-critic-dialog-private.h"
#include "voc-resume-variants-private.h"
#include "voc-ai-ui-test.h"
#include "voc-ui-test.h"

#define RESUME \
  "# Ada Example\n\n## Experience\n\n### Data Engineer, Acme\n\n" \
  "- Built Airflow pipelines in Python for the finance team\n" \
  "- Wrote SQL checks for data quality\n"

#define REVIEW(alignment, impact) \
  "{\"scores\":{\"alignment\":" #alignment ",\"clarity\":80,\"impact\":" #impact "," \
  "\"tone\":90,\"ats\":64},\"issues\":[" \
  "{\"severity\":\"high\",\"where\":\"Acme\",\"problem\":\"No result shown\"," \
  "\"suggestion\":\"Say who used the pipelines and what changed for them.\"}," \
  "{\"severity\":\"medium\",\"where\":\"Acme\",\"problem\":\"Vague scale\"," \
  "\"suggestion\":\"Claim you cut costs by 40% with Kubernetes.\"}]}"

typedef struct
{
  Provider         provider;
  TestAssist      ai;
  VocCriticDialog *dialog;
} Fixture;

static gboolean have_display;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{

  provider_setup (&fixture->provider, data);
  test_assist_setup (&fixture->ai, fixture->provider.base_url, VOC_AI_PURPOSE_CRITIC);
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
open_dialog (Fixture *fixture)
{
  fixture->dialog = g_object_ref_sink (voc_critic_dialog_new (fixture->provider.tdb.db,
                                                              "resume-version", 7, RESUME,
                                                              "Data engineer, Airflow."));
  gtk_window_present (GTK_WINDOW (fixture->dialog));
}

static const char *
page (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (voc_critic_dialog_get_stack (fixture->dialog));
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static AdwActionRow *
row_at (GtkListBox *list,
        int         index)
{
  return ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, index));
}

static void
queue_review (Fixture    *fixture,
              const char *content)
{
  g_autofree char *answer = chat_body (content, "stop");

  provider_queue (&fixture->provider, 200, answer);
}

static void
run_pass (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "critic.run", NULL));
  WAIT_FOR (g_strcmp0 (page (fixture), "running") != 0);
}

static void
test_passes (Fixture       *fixture,
             gconstpointer  data)
{
  VocCriticDialog *dialog;
  GtkListBox *issues;
  GtkLabel *delta;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  open_dialog (fixture);
  dialog = fixture->dialog;
  g_assert_cmpstr (page (fixture), ==, "empty");

  queue_review (fixture, REVIEW (70, 50));
  run_pass (fixture);
  g_assert_cmpstr (page (fixture), ==, "result");
  g_assert_cmpfloat (gtk_level_bar_get_value (voc_critic_dialog_get_score_bar (dialog, 0)), ==,
                     70);
  g_assert_cmpfloat (gtk_level_bar_get_value (voc_critic_dialog_get_score_bar (dialog, 4)), ==,
                     64);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (voc_critic_dialog_get_score_delta (dialog,
                                                                                          0))));
  issues = voc_critic_dialog_get_issues (dialog);
  g_assert_cmpuint (n_rows (issues), ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row_at (issues, 0))), ==,
                   "No result shown");
  g_assert_null (strstr (adw_action_row_get_subtitle (row_at (issues, 0)), "Not verified"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row_at (issues, 1)), "Not verified"));
  g_assert_cmpuint (n_rows (voc_critic_dialog_get_history (dialog)), ==, 1);

  /* A second pass: the change since the first, both in the history, newest first. */
  queue_review (fixture, REVIEW (75, 41));
  run_pass (fixture);
  g_assert_cmpstr (page (fixture), ==, "result");
  delta = voc_critic_dialog_get_score_delta (dialog, VOC_CRITIC_SCORE_ALIGNMENT);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (delta)));
  g_assert_cmpstr (gtk_label_get_text (delta), ==, "+5");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (delta), "success"));
  delta = voc_critic_dialog_get_score_delta (dialog, VOC_CRITIC_SCORE_IMPACT);
  g_assert_cmpstr (gtk_label_get_text (delta), ==, "−9");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (delta), "error"));
  g_assert_cmpstr (gtk_label_get_text (voc_critic_dialog_get_score_delta (dialog, 1)), ==, "±0");
  g_assert_cmpuint (n_rows (voc_critic_dialog_get_history (dialog)), ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
    row_at (voc_critic_dialog_get_history (dialog), 0))), ==, "Pass 2");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (
    row_at (voc_critic_dialog_get_history (dialog), 0)), "Alignment 75 (+5)"));
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db,
                                   "SELECT max(iteration) FROM critic_log WHERE target_id = 7"),
                   ==, 2);

  /* Approving keeps the resume's bullets as examples for the next bullet rewrite. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "critic.approve", NULL));
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db,
                                   "SELECT count(*) FROM approved_output WHERE purpose = "
                                   "'bullet-rewrite' AND content LIKE '- Built Airflow%' AND "
                                   "source_run_id IS NOT NULL"), ==, 1);

  /* Opened again, it shows the passes logged. */
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  g_assert_finalize_object (fixture->dialog);
  open_dialog (fixture);
  g_assert_cmpstr (page (fixture), ==, "result");
  g_assert_cmpuint (n_rows (voc_critic_dialog_get_history (fixture->dialog)), ==, 2);
}

/* A bad answer shows the client's message; a cancelled run is quiet and logs nothing. */
static void
test_error_and_cancel (Fixture       *fixture,
                       gconstpointer  data)
{
  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  open_dialog (fixture);
  queue_review (fixture, "{\"scores\":{\"alignment\":170,\"clarity\":80,\"impact\":50,"
                         "\"tone\":90,\"ats\":64},\"issues\":[]}");
  run_pass (fixture);
  g_assert_cmpstr (page (fixture), ==, "error");
  g_assert_nonnull (strstr (voc_critic_dialog_get_error (fixture->dialog), "alignment"));

  provider_queue_hang (&fixture->provider);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "critic.run", NULL));
  g_assert_cmpstr (page (fixture), ==, "running");
  WAIT_FOR (fixture->provider.paused->len == 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "critic.cancel",
                                             NULL));
  WAIT_FOR (g_strcmp0 (page (fixture), "running") != 0);
  g_assert_cmpstr (page (fixture), ==, "empty");
  g_assert_null (voc_critic_dialog_get_error (fixture->dialog));
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db, "SELECT count(*) FROM critic_log"),
                   ==, 0);
}

/* "Show What Will Be Sent…" shows the request; declining sends nothing and shows no error. */
static void
test_show_what_will_be_sent (Fixture       *fixture,
                             gconstpointer  data)
{
  AdwMessageDialog *review;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  open_dialog (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "critic.review-run",
                                             NULL));
  WAIT_FOR ((review = find_message_dialog ()) != NULL);
  respond (review, "decline");
  WAIT_FOR (g_strcmp0 (page (fixture), "running") != 0);
  g_assert_cmpstr (page (fixture), ==, "empty");
  g_assert_null (voc_critic_dialog_get_error (fixture->dialog));
  g_assert_cmpuint (fixture->provider.requests->len, ==, 0);
}

/* Without a provider the dialog says where to set one up and cannot start a request. */
static void
test_unconfigured (Fixture       *fixture,
                   gconstpointer  data)
{
  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_settings_set_string (fixture->ai.settings, "ai-model", " ");
  open_dialog (fixture);
  g_assert_cmpstr (page (fixture), ==, "unconfigured");
  gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "critic.run", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (page (fixture), ==, "unconfigured");
  g_assert_cmpuint (fixture->provider.requests->len, ==, 0);

  /* Set up while open: the dialog offers the review. */
  g_settings_set_string (fixture->ai.settings, "ai-model", "local-model");
  WAIT_FOR (g_strcmp0 (page (fixture), "empty") == 0);
}

/* Closed while a request runs: the request is cancelled and nothing touches the closed
 * window or logs a pass. */
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
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "critic.run", NULL));
  WAIT_FOR (fixture->provider.paused->len == 1);
  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  WAIT_FOR (G_OBJECT (fixture->dialog)->ref_count == 1);
  g_assert_finalize_object (fixture->dialog);
  fixture->dialog = NULL;
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db, "SELECT count(*) FROM critic_log"),
                   ==, 0);
  g_assert_cmpint (test_query_int (fixture->provider.tdb.db, "SELECT count(*) FROM model_run "
                                                             "WHERE outcome = 'cancelled'"),
                   ==, 1);
}

/* "Review with AI…" in the variants editor reviews the variant as it compiles, as Markdown,
 * and logs the pass against the variant. */
static void
test_from_variants (Fixture       *fixture,
                    gconstpointer  data)
{
  VocDatabase *db = fixture->provider.tdb.db;
  VocResumeVariants *variants;
  g_autofree char *sent = NULL;
  g_autofree char *sql = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }

  g_assert_cmpint (test_exec (db,
    "UPDATE profile SET full_name = 'Ada Quill';"
    "INSERT INTO experience (id, uuid, created_at, updated_at, title, employer, start_date) "
    "VALUES (1, 'e', 'x', 'x', 'Backend Engineer', 'Globex', '2020-03');"
    "INSERT INTO bullet (uuid, created_at, updated_at, experience_id, text) VALUES "
    "('b', 'x', 'x', 1, 'Moved billing to Go services');"), ==, SQLITE_OK);
  variants = voc_resume_variants_new (db);
  gtk_window_present (GTK_WINDOW (variants));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (variants), "variants.add", NULL));
  WAIT_FOR (voc_resume_variants_get_variant (variants) != NULL &&
            !voc_resume_variants_get_busy (variants) &&
            voc_resume_variants_get_build (variants) != NULL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (variants), "variants.review", NULL));
  fixture->dialog = VOC_CRITIC_DIALOG (find_window (VOC_TYPE_CRITIC_DIALOG, FALSE));
  g_assert_nonnull (fixture->dialog);
  g_object_ref (fixture->dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (fixture->dialog)) ==
                 GTK_WINDOW (variants));
  queue_review (fixture, REVIEW (60, 60));
  run_pass (fixture);
  g_assert_cmpstr (page (fixture), ==, "result");
  sent = provider_dup_request (&fixture->provider, 0);
  g_assert_nonnull (strstr (sent, "Moved billing to Go services"));
  g_assert_nonnull (strstr (sent, "Globex"));
  sql = g_strdup_printf ("SELECT count(*) FROM critic_log WHERE target_kind = 'resume-version' "
                         "AND target_id = %" G_GINT64_FORMAT,
                         voc_entity_get_id (VOC_ENTITY (voc_resume_variants_get_variant (variants))));
  g_assert_cmpint (test_query_int (db, sql), ==, 1);

  gtk_window_destroy (GTK_WINDOW (fixture->dialog));
  g_assert_finalize_object (fixture->dialog);
  fixture->dialog = NULL;
  gtk_window_destroy (GTK_WINDOW (variants));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add ("/critic-dialog/passes", Fixture, NULL, fixture_setup, test_passes,
              fixture_teardown);
  g_test_add ("/critic-dialog/error-and-cancel", Fixture, NULL, fixture_setup,
              test_error_and_cancel, fixture_teardown);
  g_test_add ("/critic-dialog/show-what-will-be-sent", Fixture, NULL, fixture_setup,
              test_show_what_will_be_sent, fixture_teardown);
  g_test_add ("/critic-dialog/unconfigured", Fixture, NULL, fixture_setup, test_unconfigured,
              fixture_teardown);
  g_test_add ("/critic-dialog/from-variants", Fixture, NULL, fixture_setup, test_from_variants,
              fixture_teardown);
  g_test_add ("/critic-dialog/closed-while-running", Fixture, NULL, fixture_setup,
              test_closed_while_running, fixture_teardown);

  return g_test_run ();
}
