/* voc-app.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-app"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-app-private.h"
#include "voc-app-reminders.h"
#include "voc-database.h"
#include "voc-format.h"
#include "voc-job-importer.h"
#include "voc-preferences-window.h"
#include "voc-window-private.h"

/*
 * The application: the command line (handled by the primary instance, so that it works
 * whether or not a window is already open), the app.* actions, the colour scheme, and one
 * window per database file.
 *
 * `--import FILE|URL…` imports without opening a window: through the window of that database
 * when there is one (which then shows the progress), else on a connection of its own. The
 * application is held and the command line kept until the batch is done; then one line per
 * item goes to the caller's terminal and the exit status says whether any failed.
 */

struct _VocApp
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  int             exit_status;
};

G_DEFINE_FINAL_TYPE (VocApp, voc_app, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "database", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the database FILE instead of the default one; it is created if missing"),
    N_("FILE") },
  { "import", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Import the job descriptions in the files or at the web addresses given, print what "
       "happened to each, and exit; fails when any could not be imported"), NULL },
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[--import FILE|URL…]") },
  { NULL }
};

typedef struct
{
  VocApp                  *app;              /* held */
  GApplicationCommandLine *command_line;
  char                    *database_path;
  GPtrArray               *items;            /* GFile*, web pages as http(s) files */
  VocWindow               *window;           /* weak: waiting for its database */
  gulong                   database_handler;
  gulong                   destroy_handler;
  VocDatabase             *database;         /* of its own, without a window */
} ImportRun;

static void run_import (ImportRun *run);

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


static void
import_run_free (ImportRun *run)
{
  g_clear_object (&run->command_line);
  g_clear_object (&run->database);
  g_clear_pointer (&run->items, g_ptr_array_unref);
  g_clear_pointer (&run->database_path, g_free);
  g_free (run);
}

static void
finish_import (ImportRun *run,
               int        status)
{
  VocApp *self = run->app;

  g_application_command_line_set_exit_status (run->command_line, status);

  /* GLib 2.74 ignores a status set after the handler of a local command line returned:
   * main() takes it from here. */
  if (!g_application_command_line_get_is_remote (run->command_line))
    self->exit_status = MAX (self->exit_status, status);

  import_run_free (run);
  g_application_release (G_APPLICATION (self));
}

static void
print_results (ImportRun *run,
               GPtrArray *results)
{
  int status = EXIT_SUCCESS;

  for (guint i = 0; i < results->len; i++)
    {
      VocImportResult *result = g_ptr_array_index (results, i);
      g_autofree char *name = NULL;

      if (result->title != NULL)
        /* TRANSLATORS: a file name or web address and the title of the job found in it */
        name = g_strdup_printf (_("%s — %s"), result->name, result->title);
      else
        name = g_strdup (result->name);

      switch (result->outcome)
        {
        case VOC_IMPORT_IMPORTED:
          /* TRANSLATORS: a line of `vocation --import`; keep the word before the colon short */
          g_application_command_line_print (run->command_line, _("imported: %s\n"), name);
          break;

        case VOC_IMPORT_UPDATED:
          g_application_command_line_print (run->command_line, _("updated: %s\n"), name);
          break;

        case VOC_IMPORT_UNCHANGED:
          g_application_command_line_print (run->command_line, _("already saved: %s\n"), name);
          break;

        case VOC_IMPORT_FAILED:
        default:
          g_application_command_line_printerr (run->command_line, _("error: %s\n"),
                                               result->error != NULL ? result->error->message
                                                                     : result->name);
          status = EXIT_FAILURE;
          break;
        }
    }

  if (results->len < run->items->len)
    {
      guint left = run->items->len - results->len;

      g_application_command_line_printerr (run->command_line,
                                           ngettext ("error: stopped before the last item\n",
                                                     "error: stopped before the last %u items\n",
                                                     left),
                                           left);
      status = EXIT_FAILURE;
    }

  finish_import (run, status);
}

static void
fail_import (ImportRun    *run,
             const GError *error)
{
  g_application_command_line_printerr (run->command_line, _("error: %s\n"), error->message);
  finish_import (run, EXIT_FAILURE);
}

static void
add_items (ImportRun      *run,
           VocJobImporter *importer)
{
  for (guint i = 0; i < run->items->len; i++)
    {
      GFile *file = g_ptr_array_index (run->items, i);

      if (g_file_has_uri_scheme (file, "http") || g_file_has_uri_scheme (file, "https"))
        {
          g_autofree char *uri = g_file_get_uri (file);

          voc_job_importer_add_url (importer, uri);
        }
      else
        voc_job_importer_add_file (importer, file);
    }
}

static void
on_importer_run_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ImportRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;

  results = voc_job_importer_run_finish (VOC_JOB_IMPORTER (object), result, &error);
  if (results == NULL)
    fail_import (run, error);
  else
    print_results (run, results);
}

static void
on_window_import_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  ImportRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;

  results = voc_window_import_finish (VOC_WINDOW (object), result, &error);
  if (results == NULL)
    fail_import (run, error);
  else
    print_results (run, results);
}

static void
on_import_database_opened_cb (GObject      *object,
                              GAsyncResult *result,
                              gpointer      user_data)
{
  ImportRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VocJobImporter) importer = NULL;

  run->database = voc_database_open_finish (result, &error);
  if (run->database == NULL)
    {
      fail_import (run, error);
      return;
    }

  importer = voc_job_importer_new (run->database, NULL);
  add_items (run, importer);
  voc_job_importer_run_async (importer, NULL, on_importer_run_cb, run);
}

static void
stop_waiting (ImportRun *run)
{
  if (run->window == NULL)
    return;

  g_clear_signal_handler (&run->database_handler, run->window);
  g_clear_signal_handler (&run->destroy_handler, run->window);
  g_clear_weak_pointer (&run->window);
}

static void
on_waited_window_database_cb (VocWindow  *window,
                              GParamSpec *pspec,
                              ImportRun  *run)
{
  if (voc_window_get_database (window) != NULL)
    {
      stop_waiting (run);
      run_import (run);
    }
}

/* The window closed before its database opened: the import opens the file itself. */
static void
on_waited_window_destroy_cb (VocWindow *window,
                             ImportRun *run)
{
  stop_waiting (run);
  voc_database_open_async (run->database_path, NULL, on_import_database_opened_cb, run);
}

static void
run_import (ImportRun *run)
{
  VocWindow *window = find_window (run->app, run->database_path);

  if (window != NULL && voc_window_get_database (window) != NULL)
    {
      g_autoptr(VocJobImporter) importer = NULL;

      /* The window's connection, so that its lists follow the import, and its progress. */
      importer = voc_job_importer_new (voc_window_get_database (window), NULL);
      add_items (run, importer);
      voc_window_import_async (window, importer, on_window_import_cb, run);
    }
  else if (window != NULL && voc_window_get_error_dialog (window) == NULL)
    {
      /* Opening its database: wait for it rather than open a second connection, whose
       * writes the window's lists would not see. (A window that cannot open its file shows
       * a dialog; then the import tries by itself, and most likely prints the same error.) */
      g_set_weak_pointer (&run->window, window);
      run->database_handler = g_signal_connect (window, "notify::database",
                                                G_CALLBACK (on_waited_window_database_cb), run);
      run->destroy_handler = g_signal_connect (window, "destroy",
                                               G_CALLBACK (on_waited_window_destroy_cb), run);
    }
  else
    voc_database_open_async (run->database_path, NULL, on_import_database_opened_cb, run);
}

static void
start_import (VocApp                  *self,
              GApplicationCommandLine *command_line,
              const char              *database_path,
              const char * const      *args)
{
  ImportRun *run = g_new0 (ImportRun, 1);

  g_application_hold (G_APPLICATION (self));
  run->app = self;
  run->command_line = g_object_ref (command_line);
  run->database_path = g_strdup (database_path);
  run->items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; args[i] != NULL; i++)
    {
      g_auto(GStrv) urls = voc_format_parse_web_urls (args[i]);

      /* Web addresses stay addresses; anything else is a file, relative to the caller. */
      if (urls != NULL && g_strv_length (urls) == 1)
        g_ptr_array_add (run->items, g_file_new_for_uri (urls[0]));
      else
        g_ptr_array_add (run->items,
                         g_application_command_line_create_file_for_arg (command_line, args[i]));
    }

  run_import (run);
}

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
  g_autofree const char **args = NULL;
  g_autofree char *path = NULL;
  const char *database = NULL;
  gboolean import = g_variant_dict_contains (options, "import");

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &args);

  if (!import && args != NULL && args[0] != NULL)
    {
      g_application_command_line_printerr (command_line,
                                           _("Unexpected “%s”: to import files or web pages, "
                                             "use --import.\n"), args[0]);
      return EXIT_FAILURE;
    }

  if (import && (args == NULL || args[0] == NULL))
    {
      g_application_command_line_printerr (command_line,
                                           _("--import needs at least one file or web "
                                             "address.\n"));
      return EXIT_FAILURE;
    }

  if (g_variant_dict_lookup (options, "database", "^&ay", &database) && *database != '\0')
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line,
                                                                             database);

      path = g_file_get_path (file);
      if (path == NULL)
        {
          g_application_command_line_printerr (command_line,
                                               _("“%s” is not a local file.\n"), database);
          return EXIT_FAILURE;
        }
    }

  if (import)
    {
      if (path == NULL)
        path = voc_database_dup_default_path ();

      start_import (self, command_line, path, args);
    }
  else if (path != NULL)
    voc_app_open_database (self, path);
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
  voc_app_reminders_install (GTK_APPLICATION (self), self->settings);

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
  g_application_set_option_context_description (G_APPLICATION (self),
    _("Examples:\n"
      "  vocation --import job.pdf https://example.com/jobs/42\n"
      "  vocation --database ~/search.db --import *.md\n"
      "\n"
      "--import works whether or not Vocation is open, and opens no window: it prints one "
      "line per item (imported, updated, already saved, or the error) and exits with status "
      "1 when any item could not be imported."));
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

/**
 * voc_app_get_exit_status:
 *
 * The exit status of the command lines this process ran itself (not those forwarded from
 * another `vocation`): GLib 2.74 fixes a local command line's status when its handler returns,
 * and an import finishes later. main() returns it when g_application_run() returned 0.
 *
 * Returns: 0, or the worst status of the local command lines
 */
int
voc_app_get_exit_status (VocApp *self)
{
  g_return_val_if_fail (VOC_IS_APP (self), EXIT_FAILURE);

  return self->exit_status;
}
