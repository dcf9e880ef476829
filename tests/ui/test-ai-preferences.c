/* test-ai-preferences.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "AI Provider" preferences page under Xvfb: presets fill the base URL, the key goes to
 * the keyring (libsecret's file backend) and leaves the screen, and Test Connection lists the
 * models of a loopback server playing the provider.
 */

#include "config.h"

#include <adwaita.h>

#include "../ai/ai-test-util.h"
#include "voc-ai-preferences.h"

typedef struct
{
  Provider              provider;
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
  provider_setup (&fixture->provider, data);
  if (!have_display)
    return;
  fixture->settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (fixture->settings, "ai-base-url");
  g_settings_reset (fixture->settings, "ai-model");
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
      gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

      /* Key look-ups still under way hold the page until their cancellation comes back. */
      g_object_add_weak_pointer (G_OBJECT (fixture->page), (gpointer *) &fixture->page);
      gtk_window_destroy (GTK_WINDOW (fixture->window));
      while (fixture->page != NULL && g_get_monotonic_time () < deadline)
        {
          if (!g_main_context_iteration (NULL, FALSE))
            g_usleep (1000);
        }
      g_assert_null (fixture->page);
    }
  g_clear_object (&fixture->secrets);
  g_clear_object (&fixture->settings);
  provider_teardown (&fixture->provider, data);
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
tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint tick = g_timeout_add (100, tick_cb, NULL);  /* so that the deadline is seen */

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  g_assert_true (done (data));
}

static void
test_presets (Fixture       *fixture,
              gconstpointer  data)
{
  AdwComboRow *preset = find_child (GTK_WIDGET (fixture->page), ADW_TYPE_COMBO_ROW, "_Preset");
  AdwEntryRow *base_url = find_child (GTK_WIDGET (fixture->page), ADW_TYPE_ENTRY_ROW,
                                      "_Base URL");
  g_autofree char *saved = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }
  g_assert_nonnull (preset);
  g_assert_nonnull (base_url);
  g_assert_cmpuint (adw_combo_row_get_selected (preset), ==, 0);

  adw_combo_row_set_selected (preset, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (base_url)), ==,
                   "http://localhost:11434/v1");
  saved = g_settings_get_string (fixture->settings, "ai-base-url");
  g_assert_cmpstr (saved, ==, "http://localhost:11434/v1");

  /* Typing another URL turns the preset to "Other"; typing a preset's URL selects it. */
  gtk_editable_set_text (GTK_EDITABLE (base_url), "https://llm.example/v1");
  g_assert_cmpuint (adw_combo_row_get_selected (preset), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (base_url), "http://localhost:8000/v1");
  g_assert_cmpuint (adw_combo_row_get_selected (preset), ==, 5);
}

static gboolean
subtitle_settled (gpointer data)
{
  AdwActionRow *row = data;

  return !g_str_has_suffix (adw_action_row_get_subtitle (row), "…") &&
         !g_str_has_prefix (adw_action_row_get_subtitle (row), "Asks");
}

static gboolean
key_stored (gpointer data)
{
  AdwActionRow *row = data;

  return g_str_has_suffix (adw_action_row_get_subtitle (row), "in the keyring");
}

static void
test_key_and_connection (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  AdwEntryRow *base_url = find_child (page, ADW_TYPE_ENTRY_ROW, "_Base URL");
  AdwPasswordEntryRow *key = find_child (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "API _Key");
  AdwActionRow *status = find_child (page, ADW_TYPE_ACTION_ROW, "Key Storage");
  AdwActionRow *test = find_child (page, ADW_TYPE_ACTION_ROW, "Test Connection");
  GtkButton *button = find_child (GTK_WIDGET (test), GTK_TYPE_BUTTON, NULL);

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }
  if (g_strcmp0 (g_getenv ("SECRET_BACKEND"), "file") != 0)
    {
      g_test_skip ("needs SECRET_BACKEND=file (build-aux/run-tests.sh sets it)");
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (base_url), fixture->provider.base_url);
  gtk_editable_set_text (GTK_EDITABLE (key), "sk-ui-test-key-42");
  g_signal_emit_by_name (key, "apply");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (key)), ==, "");
  wait_until (key_stored, status);

  provider_queue (&fixture->provider, 200,
                  "{\"data\":[{\"id\":\"llama3.2\"},{\"id\":\"qwen2.5:7b\"}]}");
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (adw_action_row_get_subtitle (test), ==, "Connecting…");
  wait_until (subtitle_settled, test);
  g_assert_cmpstr (adw_action_row_get_subtitle (test), ==,
                   "Connected: 2 models, llama3.2, qwen2.5:7b");
  g_assert_cmpstr (g_ptr_array_index (fixture->provider.auth, 0), ==,
                   "Bearer sk-ui-test-key-42");

  /* A wrong base URL says what to fix. */
  provider_queue (&fixture->provider, 404, NULL);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (adw_action_row_get_subtitle (test), ==, "Connecting…");
  wait_until (subtitle_settled, test);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (test), "needs /v1"));
}

typedef struct
{
  VocAiSecrets *secrets;
  const char   *base_url;
  GAsyncResult *result;
} KeyProbe;

static void
on_probe_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  KeyProbe *probe = user_data;

  probe->result = g_object_ref (result);
}

/* Whether the store has the key yet (the page stores it asynchronously). */
static gboolean
key_kept (gpointer data)
{
  KeyProbe *probe = data;
  g_autofree char *key = NULL;

  probe->result = NULL;
  voc_ai_secrets_lookup_async (probe->secrets, probe->base_url, NULL, on_probe_cb, probe);
  while (probe->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  key = voc_ai_secrets_lookup_finish (probe->secrets, probe->result, NULL, NULL);
  g_clear_object (&probe->result);
  return key != NULL;
}

static gboolean
session_only_shown (gpointer data)
{
  return strstr (adw_action_row_get_subtitle (data), "for this session only") != NULL;
}

static void
test_keyring_unavailable (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  AdwEntryRow *base_url = NULL;
  AdwPasswordEntryRow *key = NULL;
  AdwActionRow *status = NULL;
  AdwActionRow *test = NULL;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }

  /* The test session runs no Secret Service: libsecret's D-Bus backend finds none. */
  g_setenv ("SECRET_BACKEND", "service", TRUE);
  base_url = find_child (page, ADW_TYPE_ENTRY_ROW, "_Base URL");
  key = find_child (page, ADW_TYPE_PASSWORD_ENTRY_ROW, "API _Key");
  status = find_child (page, ADW_TYPE_ACTION_ROW, "Key Storage");
  test = find_child (page, ADW_TYPE_ACTION_ROW, "Test Connection");

  gtk_editable_set_text (GTK_EDITABLE (base_url), fixture->provider.base_url);
  wait_until (session_only_shown, status);
  g_assert_true (voc_ai_secrets_get_session_only (fixture->secrets));

  /* The key still works for this run. */
  gtk_editable_set_text (GTK_EDITABLE (key), "sk-session-key");
  g_signal_emit_by_name (key, "apply");
  wait_until (key_kept, &(KeyProbe) { fixture->secrets, fixture->provider.base_url, NULL });
  provider_queue (&fixture->provider, 200, "{\"data\":[{\"id\":\"m\"}]}");
  g_signal_emit_by_name (find_child (GTK_WIDGET (test), GTK_TYPE_BUTTON, NULL), "clicked");
  wait_until (subtitle_settled, test);
  g_assert_cmpstr (adw_action_row_get_subtitle (test), ==, "Connected: 1 model, m");
  g_assert_cmpstr (g_ptr_array_index (fixture->provider.auth, 0), ==, "Bearer sk-session-key");
  g_assert_true (session_only_shown (status));
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  have_display = (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL) &&
                 gtk_init_check ();
  if (have_display)
    adw_init ();

  ADD ("/ui/ai-preferences/presets", test_presets);
  ADD ("/ui/ai-preferences/key-and-connection", test_key_and_connection);
  ADD ("/ui/ai-preferences/keyring-unavailable", test_keyring_unavailable);

  return g_test_run ();
}
