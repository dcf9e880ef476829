/* voc-app.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-app"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-app-private.h"
#include "voc-database.h"
#include "voc-preferences-window.h"
#include "voc-window.h"

/*
 * The application: the command line (handled by the primary instance, so that it works
 * whether or not a window is already open), the app.* actions, the colour scheme, and one
 * window per database file.
 */

struct _VocApp
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (VocApp, voc_app, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "database", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database FILE instead of the default one; it is created if missing"),
    N_("FILE") },
  { NULL }
};

static void
apply_color_scheme (VocApp *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (scheme, "light") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

static VocWindow *
find_window (VocApp     *self,
             const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      g_autoptr(GFile) other = NULL;

      if (!VOC_IS_WINDOW (l->data))
        continue;

      other = g_file_new_for_path (voc_window_get_database_path (l->data));
      if (g_file_equal (file, other))
        return l->data;
    }

  return NULL;
}

/* A plain launch shows the window the user had, whatever its database; only when there is
 * none does it open the default database. */
static void
present_any_window (VocApp *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = voc_database_dup_default_path ();
  voc_app_open_database (self, path);
}

static void
on_settings_color_scheme_changed_cb (VocApp     *self,
                                     const char *key,
                                     GSettings  *settings)
{
  apply_color_scheme (self);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  VocApp *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  VocPreferencesWindow *preferences = voc_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  VocApp *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("Vocation"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Vocation authors"),
                        "copyright", "© 2026 The Vocation authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/vocationapp/vocation",
                        "issue-url", "https://github.com/vocationapp/vocation/issues",
                        /* TRANSLATORS: replace with your names, one a line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (about);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  VocApp *self = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing (not destroying) lets each window save its size and page; the application
   * ends when the last one is gone. */
  for (const GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);

  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

static int
voc_app_handle_local_options (GApplication *application,
                              GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("vocation %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  return G_APPLICATION_CLASS (voc_app_parent_class)->handle_local_options (application, options);
}

static int
voc_app_command_line (GApplication            *application,
                      GApplicationCommandLine *command_line)
{
  VocApp *self = VOC_APP (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *database = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &database) && *database != '\0')
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line,
                                                                             database);
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL)
        {
          g_application_command_line_printerr (command_line,
                                               _("“%s” is not a local file.\n"), database);
          return EXIT_FAILURE;
        }

      voc_app_open_database (self, path);
    }
  else
    present_any_window (self);

  return EXIT_SUCCESS;
}

static void
voc_app_activate (GApplication *application)
{
  present_any_window (VOC_APP (application));
}

static void
voc_app_startup (GApplication *application)
{
  VocApp *self = VOC_APP (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (voc_app_parent_class)->startup (application);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (on_settings_color_scheme_changed_cb), self,
                           G_CONNECT_SWAPPED);
  apply_color_scheme (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
}

static void
voc_app_shutdown (GApplication *application)
{
  VocApp *self = VOC_APP (application);

  G_APPLICATION_CLASS (voc_app_parent_class)->shutdown (application);

  g_clear_object (&self->settings);
}

static void
voc_app_dispose (GObject *object)
{
  VocApp *self = VOC_APP (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (voc_app_parent_class)->dispose (object);
}

static void
voc_app_class_init (VocAppClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = voc_app_dispose;

  application_class->handle_local_options = voc_app_handle_local_options;
  application_class->command_line = voc_app_command_line;
  application_class->activate = voc_app_activate;
  application_class->startup = voc_app_startup;
  application_class->shutdown = voc_app_shutdown;
}

static void
voc_app_init (VocApp *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Runs your job search on your own computer."));
}

VocApp *
voc_app_new (void)
{
  return g_object_new (VOC_TYPE_APP,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

/**
 * voc_app_open_database:
 * @path: an absolute path of a database file
 *
 * Presents the window of that database, or opens a new one: one window per file.
 *
 * Returns: (transfer none): the window
 */
VocWindow *
voc_app_open_database (VocApp     *self,
                       const char *path)
{
  VocWindow *window;

  g_return_val_if_fail (VOC_IS_APP (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  window = find_window (self, path);
  if (window == NULL)
    window = voc_window_new (GTK_APPLICATION (self), path);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}
