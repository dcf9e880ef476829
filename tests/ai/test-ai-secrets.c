/* test-ai-secrets.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * API keys in libsecret's file backend (SECRET_BACKEND=file, set by the test session), the
 * path where no keyring answers (kept for the session, and the caller is told), and proof
 * that a key used for real calls appears neither in the database files nor in the log.
 */

#define _GNU_SOURCE  /* memmem */

#include "config.h"

#include "ai-test-util.h"
#include "voc-ai-client.h"
#include "voc-ai-secrets.h"
#include "../voc-soup-leaks.h"

#define API_KEY "sk-proj-SECRET-7f3a9c21d4e8b6"

static GString *captured_log;

static GLogWriterOutput
capture_writer (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      if (fields[i].length < 0)
        g_string_append_printf (captured_log, "%s=%s\n", fields[i].key,
                                (const char *) fields[i].value);
      else
        g_string_append_printf (captured_log, "%s=%.*s\n", fields[i].key,
                                (int) fields[i].length, (const char *) fields[i].value);
    }
  return g_log_writer_default (level, fields, n_fields, user_data);
}

static void
on_result_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static VocAiKeyStorage
store (VocAiSecrets *secrets,
       const char   *base_url,
       const char   *key)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  VocAiKeyStorage storage;

  voc_ai_secrets_store_async (secrets, base_url, key, NULL, on_result_cb, &result);
  storage = voc_ai_secrets_store_finish (secrets, wait_for (&result), &error);
  g_assert_no_error (error);
  return storage;
}

static char *
lookup (VocAiSecrets    *secrets,
        const char      *base_url,
        VocAiKeyStorage *storage)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *key;

  voc_ai_secrets_lookup_async (secrets, base_url, NULL, on_result_cb, &result);
  key = voc_ai_secrets_lookup_finish (secrets, wait_for (&result), storage, &error);
  g_assert_no_error (error);
  return key;
}

static void
clear (VocAiSecrets *secrets,
       const char   *base_url)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  voc_ai_secrets_clear_async (secrets, base_url, NULL, on_result_cb, &result);
  g_assert_true (voc_ai_secrets_clear_finish (secrets, wait_for (&result), &error));
  g_assert_no_error (error);
}

static void
test_keyring (void)
{
  g_autoptr(VocAiSecrets) secrets = voc_ai_secrets_new ();
  g_autofree char *key = NULL;
  g_autofree char *other = NULL;
  VocAiKeyStorage storage = VOC_AI_KEY_NONE;

  if (g_strcmp0 (g_getenv ("SECRET_BACKEND"), "file") != 0)
    {
      g_test_skip ("needs SECRET_BACKEND=file (build-aux/run-tests.sh sets it)");
      return;
    }

  g_assert_cmpint (store (secrets, "https://api.openai.com/v1", API_KEY), ==, VOC_AI_KEY_KEYRING);
  g_assert_cmpint (store (secrets, "http://localhost:8000/v1", "other-key"), ==,
                   VOC_AI_KEY_KEYRING);
  g_assert_false (voc_ai_secrets_get_session_only (secrets));
  g_assert_null (voc_ai_secrets_get_notice (secrets));

  /* A new object finds it again: it is in the keyring, not in memory. */
  g_clear_object (&secrets);
  secrets = voc_ai_secrets_new ();
  key = lookup (secrets, "https://api.openai.com/v1", &storage);
  g_assert_cmpstr (key, ==, API_KEY);
  g_assert_cmpint (storage, ==, VOC_AI_KEY_KEYRING);
  other = lookup (secrets, "http://localhost:8000/v1", &storage);
  g_assert_cmpstr (other, ==, "other-key");

  clear (secrets, "https://api.openai.com/v1");
  g_clear_pointer (&key, g_free);
  key = lookup (secrets, "https://api.openai.com/v1", &storage);
  g_assert_null (key);
  g_assert_cmpint (storage, ==, VOC_AI_KEY_NONE);
  clear (secrets, "http://localhost:8000/v1");
  g_assert_finalize_object (g_steal_pointer (&secrets));
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_unavailable (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(VocAiSecrets) secrets = NULL;
      g_autofree char *key = NULL;
      VocAiKeyStorage storage = VOC_AI_KEY_NONE;
      guint notifies = 0;

      /* No Secret Service on a bus that does not exist. */
      g_setenv ("SECRET_BACKEND", "service", TRUE);
      g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/vocation-test-bus", TRUE);

      secrets = voc_ai_secrets_new ();
      g_signal_connect (secrets, "notify::session-only", G_CALLBACK (on_notify_cb), &notifies);
      g_assert_cmpint (store (secrets, "https://api.openai.com/v1", API_KEY), ==,
                       VOC_AI_KEY_SESSION);
      g_assert_true (voc_ai_secrets_get_session_only (secrets));
      g_assert_cmpuint (notifies, ==, 1);
      g_assert_nonnull (strstr (voc_ai_secrets_get_notice (secrets), "this session only"));
      g_assert_null (strstr (voc_ai_secrets_get_notice (secrets), API_KEY));

      key = lookup (secrets, "https://api.openai.com/v1", &storage);
      g_assert_cmpstr (key, ==, API_KEY);
      g_assert_cmpint (storage, ==, VOC_AI_KEY_SESSION);

      clear (secrets, "https://api.openai.com/v1");
      g_clear_pointer (&key, g_free);
      key = lookup (secrets, "https://api.openai.com/v1", &storage);
      g_assert_null (key);
      g_assert_cmpint (storage, ==, VOC_AI_KEY_NONE);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return FALSE;
  return memmem (contents, len, needle, strlen (needle)) != NULL;
}

static void
on_complete_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_never_written (Provider      *provider,
                    gconstpointer  data)
{
  g_autoptr(VocAiSecrets) secrets = voc_ai_secrets_new ();
  g_autoptr(VocAiClient) client = voc_ai_client_new (NULL);
  g_autofree char *key = NULL;
  g_autofree char *answer = chat_body ("A summary.", "stop");
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gboolean error_recorded = FALSE;
  VocAiRequest request = {
    .purpose = "summary",
    .system = "Summarise.",
    .user = "A posting.",
  };

  if (g_strcmp0 (g_getenv ("SECRET_BACKEND"), "file") != 0)
    {
      g_test_skip ("needs SECRET_BACKEND=file (build-aux/run-tests.sh sets it)");
      return;
    }

  store (secrets, provider->base_url, API_KEY);
  key = lookup (secrets, provider->base_url, NULL);
  g_assert_cmpstr (key, ==, API_KEY);

  voc_ai_client_set_base_url (client, provider->base_url);
  voc_ai_client_set_model (client, "gpt-4o-mini");
  voc_ai_client_set_api_key (client, key);
  voc_ai_client_set_database (client, provider->tdb.db);

  /* A provider that echoes the key in its error, then a good answer. */
  provider_queue (provider, 401, "{\"error\":{\"message\":\"Incorrect API key provided: "
                                 API_KEY "\",\"code\":\"invalid_api_key\"}}");
  provider_queue (provider, 200, answer);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = NULL;

      voc_ai_client_complete_async (client, &request, NULL, on_complete_cb, &result);
      node = voc_ai_client_complete_finish (client, wait_for (&result), NULL, &error);
      if (i == 0)
        {
          g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_UNAUTHORIZED);
          g_message ("Shown to the user: %s", error->message);
          g_assert_null (strstr (error->message, API_KEY));
        }
      else
        g_assert_no_error (error);
    }
  g_assert_cmpstr (g_ptr_array_index (provider->auth, 1), ==, "Bearer " API_KEY);
  g_assert_cmpint (test_query_int (provider->tdb.db, "SELECT count(*) FROM model_run"), ==, 2);

  /* Every file of the database (main file, WAL, shared memory) is free of the key. */
  dir = g_dir_open (provider->tdb.dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (provider->tdb.dir, name, NULL);

      g_assert_false (file_contains (path, API_KEY));
      /* The search does look where the trace is: the provider's message, key removed. */
      error_recorded = error_recorded || file_contains (path, "Incorrect API key provided: "
                                                             "[API key removed]");
    }
  g_assert_true (error_recorded);

  /* The keyring file holds it encrypted only. */
  if (g_getenv ("SECRET_FILE_TEST_PATH") != NULL)
    g_assert_false (file_contains (g_getenv ("SECRET_FILE_TEST_PATH"), API_KEY));

  /* And the log, debug messages included, never saw it. */
  g_assert_nonnull (strstr (captured_log->str, "Shown to the user"));
  g_assert_null (strstr (captured_log->str, API_KEY));

  clear (secrets, provider->base_url);
  g_assert_finalize_object (g_steal_pointer (&client));
  g_assert_finalize_object (g_steal_pointer (&secrets));
}

int
main (int   argc,
      char *argv[])
{
  captured_log = g_string_new (NULL);
  g_log_set_writer_func (capture_writer, NULL, NULL);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ai/secrets/keyring", test_keyring);
  g_test_add_func ("/ai/secrets/unavailable", test_unavailable);
  g_test_add ("/ai/secrets/never-written", Provider, NULL, provider_setup, test_never_written,
              provider_teardown);

  return g_test_run ();
}
