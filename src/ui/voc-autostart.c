/* voc-autostart.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-autostart"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "voc-autostart.h"

/*
 * Starting at login, so that reminders arrive although Vocation was not opened: it follows
 * the preference "Run in background" when the user changes it.
 *
 * On the host, an XDG autostart entry (~/.config/autostart/<app-id>.desktop) starts the
 * D-Bus service instance (`--gapplication-service`), which shows no window and holds itself
 * only while reminders are pending. Inside Flatpak the sandbox cannot write there: the
 * Background portal is asked instead (org.freedesktop.portal.Background.RequestBackground,
 * with autostart on or off); its answer comes as a Response signal that is only logged,
 * since the switch stays what the user chose.
 */

#define PORTAL_BUS_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_BACKGROUND "org.freedesktop.portal.Background"

static gboolean
in_flatpak (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

/**
 * voc_autostart_dup_path:
 *
 * Returns: (transfer full): where the host's autostart entry goes
 */
char *
voc_autostart_dup_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APPLICATION_ID ".desktop", NULL);
}

static gboolean
write_entry (GError **error)
{
  g_autofree char *path = voc_autostart_dup_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *data = NULL;
  const char *group = G_KEY_FILE_DESKTOP_GROUP;
  gsize length;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_TYPE,
                         G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_NAME, "Vocation");
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         "Delivers the reminders of Vocation");
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_EXEC,
                         "vocation --gapplication-service");
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_ICON, APPLICATION_ID);
  g_key_file_set_boolean (key_file, group, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (key_file, group, "X-GNOME-Autostart-enabled", TRUE);
  g_key_file_set_boolean (key_file, group, G_KEY_FILE_DESKTOP_KEY_DBUS_ACTIVATABLE, FALSE);

  data = g_key_file_to_data (key_file, &length, NULL);
  if (!g_file_set_contents (path, data, length, error))
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
remove_entry (GError **error)
{
  g_autofree char *path = voc_autostart_dup_path ();

  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot remove %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static void
on_portal_request_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (reply == NULL)
    g_warning ("The Background portal refused the request: %s", error->message);
}

static gboolean
request_background (gboolean   enabled,
                    GError   **error)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariantBuilder) options = g_variant_builder_new (G_VARIANT_TYPE_VARDICT);
  const char *commandline[] = { "vocation", "--gapplication-service", NULL };

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, error);
  if (bus == NULL)
    return FALSE;

  g_variant_builder_add (options, "{sv}", "reason",
                         g_variant_new_string (_("Deliver reminders of tasks and interviews")));
  g_variant_builder_add (options, "{sv}", "autostart", g_variant_new_boolean (enabled));
  g_variant_builder_add (options, "{sv}", "commandline", g_variant_new_strv (commandline, -1));
  g_variant_builder_add (options, "{sv}", "dbus-activatable", g_variant_new_boolean (FALSE));

  g_dbus_connection_call (bus, PORTAL_BUS_NAME, PORTAL_OBJECT_PATH, PORTAL_BACKGROUND,
                          "RequestBackground",
                          g_variant_new ("(sa{sv})", "", options),
                          G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                          on_portal_request_cb, NULL);
  return TRUE;
}

/**
 * voc_autostart_set_enabled:
 *
 * Starts Vocation's service at login, or stops doing so: through the autostart entry on the
 * host, through the Background portal inside Flatpak.
 */
gboolean
voc_autostart_set_enabled (gboolean   enabled,
                           GError   **error)
{
  if (in_flatpak ())
    return request_background (enabled, error);

  return enabled ? write_entry (error) : remove_entry (error);
}

static void
on_run_in_background_changed_cb (GSettings  *settings,
                                 const char *key,
                                 gpointer    user_data)
{
  g_autoptr(GError) error = NULL;

  if (!voc_autostart_set_enabled (g_settings_get_boolean (settings, key), &error))
    g_warning ("Cannot change whether Vocation starts at login: %s", error->message);
}

/**
 * voc_autostart_watch:
 *
 * Follows the preference `run-in-background` from now on, for as long as @settings lives.
 */
void
voc_autostart_watch (GSettings *settings)
{
  g_return_if_fail (G_IS_SETTINGS (settings));

  /* Read once so that GSettings emits changes for the key. */
  g_settings_get_boolean (settings, "run-in-background");
  g_signal_connect (settings, "changed::run-in-background",
                    G_CALLBACK (on_run_in_background_changed_cb), NULL);
}
