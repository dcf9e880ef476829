/* test-ai-privacy-usage.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The privacy and usage groups of the "AI Provider" preferences under Xvfb: the switches
 * change what the assist reads ("ai-review-always", "ai-mask-confidential-exports"), Forget
 * empties the kinds already reviewed, and the usage shows requests, tokens and the estimated
 * cost per month and per application (named by its job), an unpriced model's cost as
 * unknown, an empty database as "No AI requests yet", and new requests as they are recorded.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "../voc-test-util.h"
#include "voc-ai-preferences.h"
#include "voc-ai-usage-view.h"
#include "voc-ui-test.h"

typedef struct
{
  TestDb                tdb;
  GSettings            *settings;
  VocAiSecrets         *secrets;
  AdwPreferencesWindow *window;
  VocAiPreferences     *page;
} Fixture;

static gboolean have_display;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  test_db_setup (&fixture->tdb, data);
  if (!have_display)
    return;
  fixture->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (fixture->settings, "ai-reviewed-purposes");
  g_settings_reset (fixture->settings, "ai-review-always");
  g_settings_reset (fixture->settings, "ai-mask-confidential-exports");
  fixture->secrets = voc_ai_secrets_new ();
  fixture->window = ADW_PREFERENCES_WINDOW (adw_preferences_window_new ());
  fixture->page = voc_ai_preferences_new (fixture->settings, fixture->secrets, NULL);
  adw_preferences_window_add (fixture->window, ADW_PREFERENCES_PAGE (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->window != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      /* A key look-up under way holds the page until its cancellation comes back. */
      WAIT_FOR (fixture->page == NULL);
    }
  if (fixture->settings != NULL)
    {
      g_settings_reset (fixture->settings, "ai-reviewed-purposes");
      g_settings_reset (fixture->settings, "ai-review-always");
      g_settings_reset (fixture->settings, "ai-mask-confidential-exports");
    }
  g_clear_object (&fixture->secrets);
  g_clear_object (&fixture->settings);
  test_db_teardown (&fixture->tdb, data);
}

static gpointer
find_child (GtkWidget  *root,
            GType       type,
            const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (title == NULL ||
           g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0))
        return child;
      if ((found = find_child (child, type, title)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
skip_without_display (void)
{
  if (!have_display)
    {
      g_test_skip ("no display");
      return TRUE;
    }
  return FALSE;
}

static GtkSwitch *
row_switch (Fixture    *fixture,
            const char *title)
{
  AdwActionRow *row = find_child (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  return GTK_SWITCH (adw_action_row_get_activatable_widget (row));
}

static void
test_privacy (Fixture       *fixture,
              gconstpointer  data)
{
  const char *reviewed[] = { "job-analysis", "cover-letter", NULL };
  GtkSwitch *review_always;
  GtkSwitch *mask;
  AdwActionRow *forget_row;
  GtkWidget *forget;
  g_auto(GStrv) left = NULL;

  if (skip_without_display ())
    return;

  review_always = row_switch (fixture, "Show _Every Request Before Sending");
  mask = row_switch (fixture, "_Mask Confidential Clients in AI-Written Text");
  g_assert_false (gtk_switch_get_active (review_always));
  g_assert_false (gtk_switch_get_active (mask));

  /* Each switch is its setting, both ways. */
  gtk_switch_set_active (review_always, TRUE);
  g_assert_true (g_settings_get_boolean (fixture->settings, "ai-review-always"));
  gtk_switch_set_active (mask, TRUE);
  g_assert_true (g_settings_get_boolean (fixture->settings, "ai-mask-confidential-exports"));
  g_settings_set_boolean (fixture->settings, "ai-review-always", FALSE);
  g_assert_false (gtk_switch_get_active (review_always));

  /* Nothing reviewed: nothing to forget. */
  forget_row = find_child (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW,
                           "Forget Reviewed Requests");
  g_assert_nonnull (forget_row);
  forget = find_child (GTK_WIDGET (forget_row), GTK_TYPE_BUTTON, NULL);
  g_assert_nonnull (forget);
  g_assert_false (gtk_widget_get_sensitive (forget));

  /* The row names the kinds reviewed; Forget empties them. */
  g_settings_set_strv (fixture->settings, "ai-reviewed-purposes", reviewed);
  g_assert_true (gtk_widget_get_sensitive (forget));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (forget_row), "Job analysis"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (forget_row), "Cover letter"));
  g_signal_emit_by_name (forget, "clicked");
  left = g_settings_get_strv (fixture->settings, "ai-reviewed-purposes");
  g_assert_cmpuint (g_strv_length (left), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (forget));
}

static void
record (Fixture    *fixture,
        const char *model,
        gint64      application_id,
        gint64      tokens_in,
        gint64      tokens_out)
{
  g_autoptr(GError) error = NULL;
  const char *roles[] = { "user", "assistant" };
  const char *contents[] = { "question", "answer" };

  g_assert_cmpint (voc_model_runs_record (fixture->tdb.db, &(VocModelRunRecord) {
                       .purpose = "job-analysis",
                       .model = model,
                       .application_id = application_id,
                       .tokens_in = tokens_in,
                       .tokens_out = tokens_out,
                       .outcome = "ok",
                       .roles = roles,
                       .contents = contents,
                       .n_io = 2,
                     }, &error), >, 0);
  g_assert_no_error (error);
}

static const char *
row_title (GtkListBox *list,
           int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static const char *
row_subtitle (GtkListBox *list,
              int         index)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list,
                                                                                      index)));
}

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  VocAiUsageView *view;
  GtkListBox *months;
  GtkListBox *applications;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *this_month = g_date_time_format (now, "%OB %Y");

  if (skip_without_display ())
    return;

  view = voc_ai_preferences_get_usage_view (fixture->page);
  g_assert_nonnull (view);
  g_assert_true (voc_ai_usage_view_get_empty (view));
  g_assert_true (gtk_widget_is_visible (find_child (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW,
                                                    "No AI requests yet")));

  g_assert_cmpint (test_exec (fixture->tdb.db,
    "INSERT INTO company (uuid, created_at, updated_at, name, normalized_name) "
    "VALUES ('c', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'Paylane', 'paylane');"
    "INSERT INTO job_posting (uuid, created_at, updated_at, title, company_id) "
    "VALUES ('p', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'Backend Engineer', 1);"
    "INSERT INTO job_application (uuid, created_at, updated_at, posting_id) "
    "VALUES ('a', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1);"), ==, SQLITE_OK);

  /* October: 1M in and 1M out of gpt-4o-mini, US$0.75. */
  record (fixture, "gpt-4o-mini", 1, 1000000, 1000000);
  g_assert_cmpint (test_exec (fixture->tdb.db, "UPDATE model_run SET created_at = "
                                               "'2026-10-15T10:00:00Z'"), ==, SQLITE_OK);
  voc_ai_preferences_set_database (fixture->page, fixture->tdb.db);
  g_assert_false (voc_ai_usage_view_get_empty (view));
  g_assert_false (gtk_widget_is_visible (find_child (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW,
                                                     "No AI requests yet")));
  months = voc_ai_usage_view_get_list (view, VOC_MODEL_USAGE_BY_MONTH);
  applications = voc_ai_usage_view_get_list (view, VOC_MODEL_USAGE_BY_APPLICATION);
  g_assert_cmpstr (row_title (months, 0), ==, "October 2026");
  /* C.UTF-8 (the tests' locale) groups no digits. */
  g_assert_cmpstr (row_subtitle (months, 0), ==, "1 request · 1000000 tokens in, 1000000 out");
  g_assert_cmpstr (voc_ai_usage_view_get_cost_text (view, VOC_MODEL_USAGE_BY_MONTH, 0), ==,
                   "US$0.75");
  g_assert_cmpstr (row_title (applications, 0), ==, "Backend Engineer — Paylane");

  /* A request recorded now shows without reopening: a new month, with an unpriced model. */
  record (fixture, "llama3.2", 0, 500, 100);
  WAIT_FOR (gtk_list_box_get_row_at_index (months, 1) != NULL);
  g_assert_cmpstr (row_title (months, 0), ==, this_month);
  g_assert_cmpstr (voc_ai_usage_view_get_cost_text (view, VOC_MODEL_USAGE_BY_MONTH, 0), ==,
                   "Unknown cost");
  g_assert_cmpstr (row_title (months, 1), ==, "October 2026");
  g_assert_cmpstr (row_title (applications, 1), ==, "Not about an application");
  g_assert_cmpstr (voc_ai_usage_view_get_cost_text (view, VOC_MODEL_USAGE_BY_APPLICATION, 1),
                   ==, "Unknown cost");
  g_assert_cmpstr (voc_ai_usage_view_get_cost_text (view, VOC_MODEL_USAGE_BY_APPLICATION, 0),
                   ==, "US$0.75");
  g_assert_cmpstr (row_subtitle (applications, 1), ==, "1 request · 500 tokens in, 100 out");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add ("/ai-preferences/privacy", Fixture, NULL, fixture_setup, test_privacy,
              fixture_teardown);
  g_test_add ("/ai-preferences/usage", Fixture, NULL, fixture_setup, test_usage,
              fixture_teardown);

  return g_test_run ();
}
