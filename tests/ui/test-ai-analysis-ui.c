/* test-ai-analysis-ui.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The AI analysis in the job detail, under Xvfb against a loopback provider: hidden without
 * an assist and a hint without a provider; Analyze shows the request first, then the
 * priorities, capabilities (those the local parser did not find marked) and clusters (a skill
 * the posting does not name left out); the same posting opened again shows the cached
 * analysis without a request; Cancel during a request that never answers, or opening another
 * posting, leaves no analysis stored and the section idle; a provider error is shown with the
 * client's message.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "../ai/ai-test-util.h"
#include "voc-ai-analysis-view.h"
#include "voc-ai-assist.h"
#include "voc-ai-job-analysis.h"
#include "voc-extract.h"
#include "voc-job-detail-private.h"
#include "voc-job-importer.h"
#include "voc-ai-ui-test.h"
#include "voc-ui-test.h"

#define ANALYSIS \
  "{\"core_priorities\":[\"Keep the payments platform reliable\",\"Ship features fast\"]," \
  "\"must_have\":[\"Python\",\"Distributed systems design\"],\"nice_to_have\":[\"PostgreSQL\"]," \
  "\"clusters\":[{\"name\":\"Backend\",\"skills\":[\"Python\",\"PostgreSQL\",\"Rust\"]}]," \
  "\"tone\":\"technical\"}"

static const char *posting_md =
  "# Backend Engineer\n\nCompany: Paylane\nLocation: Berlin\n\n"
  "## Requirements\n\n- Python\n- Docker\n\n"
  "## Nice to have\n\n- PostgreSQL\n";

static const char *other_md =
  "# Data Analyst\n\nCompany: Numbrs\nLocation: Paris\n\n"
  "## Requirements\n\n- SQL\n- Tableau\n";

typedef struct
{
  Provider          provider;
  TestAssist       ai;
  VocJobRepository *jobs;
  gint64            posting_id;
  gint64            other_id;
  GtkWindow        *window;
  VocJobDetail     *detail;
} Fixture;

static gboolean have_display;

static gint64
import (VocDatabase *db,
        const char  *markdown,
        const char  *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocJobImporter) importer = voc_job_importer_new (db, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static (markdown, strlen (markdown));
  g_autoptr(VocExtracted) extracted = voc_extract_text (bytes, name, NULL, &error);
  g_autoptr(VocImportResult) result = NULL;

  g_assert_no_error (error);
  result = voc_job_importer_store (importer, extracted, name, "paste");
  g_assert_no_error (result->error);
  return result->posting_id;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  provider_setup (&fixture->provider, data);
  test_assist_setup (&fixture->ai, fixture->provider.base_url, NULL);
  fixture->jobs = voc_job_repository_new (fixture->provider.tdb.db);
  fixture->posting_id = import (fixture->provider.tdb.db, posting_md, "backend.md");
  fixture->other_id = import (fixture->provider.tdb.db, other_md, "analyst.md");
}

static void
close_detail (Fixture *fixture)
{
  if (fixture->window == NULL)
    return;
  gtk_window_destroy (fixture->window);
  fixture->window = NULL;
  fixture->detail = NULL;
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  close_detail (fixture);
  g_clear_object (&fixture->jobs);
  test_assist_teardown (&fixture->ai);
  provider_teardown (&fixture->provider, data);
}

static gboolean
skip_without_display (void)
{
  if (!have_display)
    {
      g_test_skip ("No display to open windows on");
      return TRUE;
    }
  return FALSE;
}

static void
show_posting (Fixture *fixture,
              gint64   id)
{
  g_autoptr(VocJobPosting) posting = NULL;
  g_autoptr(GError) error = NULL;

  posting = voc_repository_find (VOC_REPOSITORY (fixture->jobs), VOC_TYPE_JOB_POSTING, id,
                                 &error);
  g_assert_no_error (error);
  voc_job_detail_set_posting (fixture->detail, posting);
}

static VocAiAnalysisView *
open_detail (Fixture *fixture,
             gint64   id)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 900);
  fixture->detail = VOC_JOB_DETAIL (voc_job_detail_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->detail));
  voc_job_detail_set_repository (fixture->detail, fixture->jobs);
  show_posting (fixture, id);
  gtk_window_present (fixture->window);
  return voc_job_detail_get_ai_analysis_view (fixture->detail);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return test_query_int (fixture->provider.tdb.db, sql);
}

static void
activate (VocAiAnalysisView *view,
          const char        *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), action, NULL));
}

/* No assist: no section at all. An assist without a provider: a hint, no Analyze. */
static void
test_unavailable_and_hint (Fixture       *fixture,
                           gconstpointer  data)
{
  VocAiAnalysisView *view;

  if (skip_without_display ())
    return;

  voc_ai_assist_set_default (NULL);
  view = open_detail (fixture, fixture->posting_id);
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_UNAVAILABLE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view)));
  close_detail (fixture);

  voc_ai_assist_set_default (fixture->ai.assist);
  g_settings_set_string (fixture->ai.settings, "ai-model", "");
  view = open_detail (fixture, fixture->posting_id);
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_NOT_CONFIGURED);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view)));
  gtk_widget_activate_action (GTK_WIDGET (view), "ai-analysis.analyze", NULL);
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_NOT_CONFIGURED);

  /* Choosing a model offers the analysis at once. */
  g_settings_set_string (fixture->ai.settings, "ai-model", "local-model");
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_IDLE);
  g_assert_cmpuint (fixture->provider.requests->len, ==, 0);
}

static void
test_analyze_review_cache (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *answer = chat_body (ANALYSIS, "stop");
  g_auto(GStrv) not_local = NULL;
  g_autofree char *sent = NULL;
  AdwMessageDialog *dialog;
  VocAiAnalysisView *view;
  JsonObject *analysis;
  JsonArray *skills;

  if (skip_without_display ())
    return;

  provider_queue (&fixture->provider, 200, answer);
  view = open_detail (fixture, fixture->posting_id);
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_IDLE);

  activate (view, "ai-analysis.analyze");
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_RUNNING);
  /* The first job analysis is shown before it is sent. */
  WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
  g_assert_cmpuint (fixture->provider.requests->len, ==, 0);
  respond (dialog, "send");
  WAIT_FOR (voc_ai_analysis_view_get_state (view) == VOC_AI_ANALYSIS_DONE);

  g_assert_cmpuint (fixture->provider.requests->len, ==, 1);
  sent = provider_dup_request (&fixture->provider, 0);
  g_assert_nonnull (strstr (sent, "Backend Engineer"));
  g_assert_false (voc_ai_analysis_view_get_from_cache (view));
  g_assert_null (voc_ai_analysis_view_get_error (view));

  analysis = json_node_get_object (voc_ai_analysis_view_get_analysis (view));
  g_assert_cmpstr (json_array_get_string_element (
                     json_object_get_array_member (analysis, "core_priorities"), 0), ==,
                   "Keep the payments platform reliable");
  /* "Rust" is in no line of the posting: left out of the cluster, and the section says so. */
  skills = json_object_get_array_member (
    json_array_get_object_element (json_object_get_array_member (analysis, "clusters"), 0),
    "skills");
  g_assert_cmpuint (json_array_get_length (skills), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (skills, 1), ==, "PostgreSQL");
  g_assert_cmpuint (voc_ai_analysis_view_get_n_unnamed (view), ==, 1);

  /* Python and PostgreSQL are what the local parser found; the design capability is not. */
  not_local = voc_ai_analysis_view_dup_not_local (view);
  g_assert_true (g_strv_contains ((const char * const *) not_local,
                                  "Distributed systems design"));
  g_assert_false (g_strv_contains ((const char * const *) not_local, "Python"));
  g_assert_false (g_strv_contains ((const char * const *) not_local, "PostgreSQL"));

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ai_job_analysis"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM model_run WHERE outcome = 'ok' AND "
                                   "purpose = 'job-analysis' AND posting_id IS NOT NULL"), ==, 1);

  /* Another posting, then back: the cached analysis, without a request. */
  show_posting (fixture, fixture->other_id);
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_IDLE);
  show_posting (fixture, fixture->posting_id);
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_DONE);
  g_assert_true (voc_ai_analysis_view_get_from_cache (view));

  /* Closed and opened again: still from the cache. */
  close_detail (fixture);
  view = open_detail (fixture, fixture->posting_id);
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_DONE);
  g_assert_true (voc_ai_analysis_view_get_from_cache (view));
  g_assert_cmpuint (fixture->provider.requests->len, ==, 1);
  g_assert_null (find_message_dialog ());

  /* The cache is per model: another model offers a new analysis. */
  g_settings_set_string (fixture->ai.settings, "ai-model", "other-model");
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_IDLE);
}

/* "Show What Will Be Sent…" shows the request although the kind was seen; declining sends
 * nothing and is no error. */
static void
test_show_what_will_be_sent (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *reviewed[] = { VOC_AI_PURPOSE_JOB_ANALYSIS, NULL };
  AdwMessageDialog *dialog;
  VocAiAnalysisView *view;

  if (skip_without_display ())
    return;

  g_settings_set_strv (fixture->ai.settings, "ai-reviewed-purposes", reviewed);
  view = open_detail (fixture, fixture->posting_id);
  activate (view, "ai-analysis.review");
  WAIT_FOR ((dialog = find_message_dialog ()) != NULL);
  respond (dialog, "decline");
  WAIT_FOR (voc_ai_analysis_view_get_state (view) == VOC_AI_ANALYSIS_IDLE);
  g_assert_null (voc_ai_analysis_view_get_error (view));
  g_assert_cmpuint (fixture->provider.requests->len, ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ai_job_analysis"), ==, 0);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  const char *reviewed[] = { VOC_AI_PURPOSE_JOB_ANALYSIS, NULL };
  VocAiAnalysisView *view;

  if (skip_without_display ())
    return;

  g_settings_set_strv (fixture->ai.settings, "ai-reviewed-purposes", reviewed);
  provider_queue_hang (&fixture->provider);
  provider_queue_hang (&fixture->provider);
  view = open_detail (fixture, fixture->posting_id);

  /* Cancel while the provider never answers. */
  activate (view, "ai-analysis.analyze");
  WAIT_FOR (fixture->provider.requests->len == 1);
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_RUNNING);
  activate (view, "ai-analysis.cancel");
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_IDLE);
  WAIT_FOR (count (fixture, "SELECT count(*) FROM model_run WHERE outcome = 'cancelled'") == 1);
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_IDLE);
  g_assert_null (voc_ai_analysis_view_get_error (view));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ai_job_analysis"), ==, 0);

  /* Opening another posting cancels too. */
  activate (view, "ai-analysis.analyze");
  WAIT_FOR (fixture->provider.requests->len == 2);
  show_posting (fixture, fixture->other_id);
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_IDLE);
  WAIT_FOR (count (fixture, "SELECT count(*) FROM model_run WHERE outcome = 'cancelled'") == 2);
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_IDLE);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ai_job_analysis"), ==, 0);
}

/* A bad key: the client's message, Try Again offered, nothing cached. */
static void
test_error (Fixture       *fixture,
            gconstpointer  data)
{
  const char *reviewed[] = { VOC_AI_PURPOSE_JOB_ANALYSIS, NULL };
  VocAiAnalysisView *view;
  const char *message;

  if (skip_without_display ())
    return;

  g_settings_set_strv (fixture->ai.settings, "ai-reviewed-purposes", reviewed);
  for (guint i = 0; i < 2; i++)
    provider_queue (&fixture->provider, 401,
                    "{\"error\":{\"message\":\"Incorrect API key provided\","
                    "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}");
  view = open_detail (fixture, fixture->posting_id);
  activate (view, "ai-analysis.analyze");
  WAIT_FOR (voc_ai_analysis_view_get_state (view) == VOC_AI_ANALYSIS_FAILED);
  message = voc_ai_analysis_view_get_error (view);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "key"));
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM ai_job_analysis"), ==, 0);
  /* Try Again sends again. */
  activate (view, "ai-analysis.analyze");
  g_assert_cmpint (voc_ai_analysis_view_get_state (view), ==, VOC_AI_ANALYSIS_RUNNING);
  WAIT_FOR (voc_ai_analysis_view_get_state (view) == VOC_AI_ANALYSIS_FAILED);
  g_assert_cmpuint (fixture->provider.requests->len, ==, 2);
}

static void
test_capability_matches_skill (void)
{
  g_assert_true (voc_ai_capability_matches_skill ("Python", "python"));
  g_assert_true (voc_ai_capability_matches_skill ("Python services at scale", "Python"));
  g_assert_true (voc_ai_capability_matches_skill ("SQL", "SQL databases"));
  g_assert_false (voc_ai_capability_matches_skill ("Good communication", "Go"));
  g_assert_false (voc_ai_capability_matches_skill ("PostgreSQL", "SQL"));
  g_assert_false (voc_ai_capability_matches_skill ("Leadership", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add_func ("/ai-analysis/capability-matches-skill", test_capability_matches_skill);
  g_test_add ("/ai-analysis/unavailable-and-hint", Fixture, NULL, fixture_setup,
              test_unavailable_and_hint, fixture_teardown);
  g_test_add ("/ai-analysis/analyze-review-cache", Fixture, NULL, fixture_setup,
              test_analyze_review_cache, fixture_teardown);
  g_test_add ("/ai-analysis/show-what-will-be-sent", Fixture, NULL, fixture_setup,
              test_show_what_will_be_sent, fixture_teardown);
  g_test_add ("/ai-analysis/cancel", Fixture, NULL, fixture_setup, test_cancel,
              fixture_teardown);
  g_test_add ("/ai-analysis/error", Fixture, NULL, fixture_setup, test_error,
              fixture_teardown);

  return g_test_run ();
}
