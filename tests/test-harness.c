/* test-harness.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <gio/gio.h>
#include <string.h>

/*
 * The test session that `make test` provides (build-aux/test-session.sh): a private D-Bus
 * session with a mock notification daemon whose log later tests read, and libsecret's file
 * backend. Skipped when the tests run outside it.
 */

static void
test_notification_daemon (void)
{
  const char *log = g_getenv ("VOCATION_NOTIFY_LOG");
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *summary = NULL;

  if (log == NULL)
    {
      g_test_skip ("not in the test session of make test");
      return;
    }

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  summary = g_strdup_printf ("harness check %u", g_test_rand_int ());
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.Notifications",
                                       "/org/freedesktop/Notifications",
                                       "org.freedesktop.Notifications", "Notify",
                                       g_variant_new ("(susssasa{sv}i)", "vocation-tests", 0, "",
                                                      summary, "body", NULL, NULL, -1),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, 5000,
                                       NULL, &error);
  g_assert_no_error (error);

  /* dbusmock writes its log line when it handles the call. */
  for (guint i = 0; i < 50; i++)
    {
      g_clear_pointer (&contents, g_free);
      if (g_file_get_contents (log, &contents, NULL, NULL) && strstr (contents, summary) != NULL)
        break;
      g_usleep (20000);
    }
  g_assert_nonnull (contents);
  g_assert_nonnull (strstr (contents, summary));
}

static void
test_secret_backend (void)
{
  if (g_getenv ("VOCATION_NOTIFY_LOG") == NULL)
    {
      g_test_skip ("not in the test session of make test");
      return;
    }

  /* Secrets in tests go to a throw-away file, never to a real keyring. */
  g_assert_cmpstr (g_getenv ("SECRET_BACKEND"), ==, "file");
  g_assert_nonnull (g_getenv ("SECRET_FILE_TEST_PATH"));
  g_assert_true (g_str_has_prefix (g_getenv ("SECRET_FILE_TEST_PATH"), g_get_tmp_dir ()));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/harness/notification-daemon", test_notification_daemon);
  g_test_add_func ("/harness/secret-backend", test_secret_backend);

  return g_test_run ();
}
