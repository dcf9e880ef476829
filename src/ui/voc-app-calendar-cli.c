/* voc-app-calendar-cli.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-app-calendar-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "voc-app-calendar-cli.h"
#include "voc-app-private.h"
#include "voc-date.h"
#include "voc-ical.h"
#include "voc-pipeline-tasks.h"
#include "voc-window-private.h"

/*
 * The calendar on the command line, handled by the primary instance like the rest of it:
 *
 *   vocation [--database PATH] --export-calendar FILE   every upcoming event, as iCalendar
 *   vocation [--database PATH] --import FILE.ics…       the events of invitations
 *
 * `--import` is shared with job descriptions: when every file given holds iCalendar (by its
 * first bytes, not its name), the calendar import takes it; otherwise the job import does.
 * Each file is read and parsed on a worker thread; its events are stored on the main thread
 * in one transaction per file (all of a file or none), through the connection of the
 * database's window when one is open, so that its pages follow. One line per event goes to
 * the caller's terminal; the exit status is 1 when any file failed.
 */

/* Enough to see "BEGIN:VCALENDAR" after a byte-order mark and blank lines. */
#define SNIFF_SIZE 512

typedef struct
{
  VocApp                  *app;              /* held */
  GApplicationCommandLine *command_line;
  char                    *database_path;
  GFile                   *export_file;      /* or */
  GPtrArray               *files;            /* GFile*, to import, in order */
  guint                    next;
  VocDatabase             *database;
  gboolean                 failed;
} CalendarRun;

static const GOptionEntry calendar_entries[] = {
  { "export-calendar", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Write every upcoming event to FILE as iCalendar, print how many, and exit"),
    N_("FILE") },
  { NULL }
};

static void import_next (CalendarRun *run);

static void
calendar_run_free (CalendarRun *run)
{
  g_clear_object (&run->command_line);
  g_clear_object (&run->export_file);
  g_clear_pointer (&run->files, g_ptr_array_unref);
  g_clear_object (&run->database);
  g_free (run->database_path);
  g_free (run);
}

static void
finish (CalendarRun *run)
{
  VocApp *app = run->app;
  int status = run->failed ? EXIT_FAILURE : EXIT_SUCCESS;

  g_application_command_line_set_exit_status (run->command_line, status);
  if (!g_application_command_line_get_is_remote (run->command_line))
    voc_app_note_exit_status (app, status);

  calendar_run_free (run);
  g_application_release (G_APPLICATION (app));
}

static void
print_error (CalendarRun  *run,
             const GError *error)
{
  g_application_command_line_printerr (run->command_line, _("error: %s\n"), error->message);
  run->failed = TRUE;
}

static char *
display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return path != NULL ? g_filename_display_name (path) : g_file_get_uri (file);
}

/* Export */

static void
on_exported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  CalendarRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = display_name (run->export_file);
  guint n;

  n = voc_ical_export_finish (result, &error);
  if (error != NULL)
    print_error (run, error);
  else
    /* TRANSLATORS: the line of `vocation --export-calendar`; %u events, %s a file name */
    g_application_command_line_print (run->command_line,
                                      g_dngettext (GETTEXT_PACKAGE,
                                                   "exported: %u event to %s\n",
                                                   "exported: %u events to %s\n", n),
                                      n, name);

  finish (run);
}

/* Import */

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = display_name (file);
  g_autofree char *data = NULL;
  gsize length = 0;
  GPtrArray *events;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &error);
  if (info != NULL && g_file_info_get_size (info) > VOC_ICAL_MAX_SIZE)
    {
      g_task_return_new_error (task, VOC_ICAL_ERROR, VOC_ICAL_ERROR_TOO_LARGE,
                               _("%s: the file is larger than any invitation"), name);
      return;
    }

  if (info == NULL || !g_file_load_contents (file, cancellable, &data, &length, NULL, &error))
    {
      g_prefix_error (&error, "%s: ", name);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  events = voc_ical_read (data, length, name, &error);
  if (events == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, events, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_read_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  CalendarRun *run = user_data;
  g_autoptr(VocPipelineRepository) repository = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  guint n_added = 0;

  events = g_task_propagate_pointer (G_TASK (result), &error);
  if (events == NULL)
    {
      print_error (run, error);
      import_next (run);
      return;
    }

  repository = voc_pipeline_repository_new (run->database);
  if (!voc_pipeline_repository_import_events (repository, events, 0, &n_added, &error))
    {
      g_autoptr(GFile) file = g_object_ref (g_ptr_array_index (run->files, run->next - 1));
      g_autofree char *name = display_name (file);

      g_prefix_error (&error, "%s: ", name);
      print_error (run, error);
      import_next (run);
      return;
    }

  for (guint i = 0; i < events->len; i++)
    {
      VocEvent *event = g_ptr_array_index (events, i);
      g_autoptr(GDateTime) local = g_date_time_to_local (voc_event_get_starts_at (event));
      g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");

      /* TRANSLATORS: a line of `vocation --import FILE.ics`: an event's title and start */
      g_application_command_line_print (run->command_line, _("imported event: %s — %s\n"),
                                        voc_event_get_title (event), when);
    }

  import_next (run);
}

static void
import_next (CalendarRun *run)
{
  g_autoptr(GTask) task = NULL;
  GFile *file;

  if (run->next >= run->files->len)
    {
      finish (run);
      return;
    }

  file = g_ptr_array_index (run->files, run->next++);
  task = g_task_new (NULL, NULL, on_read_cb, run);
  g_task_set_source_tag (task, import_next);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_thread);
}

/* The database */

static void
start (CalendarRun *run)
{
  if (run->export_file != NULL)
    voc_ical_export_async (run->database, run->export_file, NULL, on_exported_cb, run);
  else
    import_next (run);
}

static void
on_database_opened_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  CalendarRun *run = user_data;
  g_autoptr(GError) error = NULL;

  run->database = voc_database_open_finish (result, &error);
  if (run->database == NULL)
    {
      print_error (run, error);
      finish (run);
      return;
    }

  start (run);
}

static VocDatabase *
find_window_database (VocApp     *app,
                      const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    {
      g_autoptr(GFile) other = NULL;

      if (!VOC_IS_WINDOW (l->data) || voc_window_get_database (l->data) == NULL)
        continue;

      other = g_file_new_for_path (voc_window_get_database_path (l->data));
      if (g_file_equal (file, other))
        return voc_window_get_database (l->data);
    }

  return NULL;
}

static void
run_start (CalendarRun *run)
{
  VocDatabase *database = find_window_database (run->app, run->database_path);

  g_application_hold (G_APPLICATION (run->app));

  if (database != NULL)
    {
      run->database = g_object_ref (database);
      start (run);
    }
  else
    voc_database_open_async (run->database_path, NULL, on_database_opened_cb, run);
}

/* Public API */

void
voc_app_calendar_cli_add_options (GApplication *application)
{
  g_return_if_fail (G_IS_APPLICATION (application));

  g_application_add_main_option_entries (application, calendar_entries);
}

/**
 * voc_app_calendar_cli_is_calendar:
 *
 * Reads the first bytes of a local file (a single small read: the command line needs the
 * answer to choose which import runs) and tells whether it is iCalendar.
 */
gboolean
voc_app_calendar_cli_is_calendar (GFile *file)
{
  g_autoptr(GFileInputStream) stream = NULL;
  char buffer[SNIFF_SIZE + 1];
  const char *text = buffer;
  gssize n;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!g_file_is_native (file))
    return FALSE;

  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL)
    return FALSE;

  n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, SNIFF_SIZE, NULL, NULL);
  if (n <= 0)
    return FALSE;
  buffer[n] = '\0';

  if (g_str_has_prefix (text, "\xEF\xBB\xBF"))
    text += 3;
  while (*text == ' ' || *text == '\t' || *text == '\r' || *text == '\n')
    text++;

  return g_ascii_strncasecmp (text, "BEGIN:VCALENDAR", strlen ("BEGIN:VCALENDAR")) == 0;
}

/**
 * voc_app_calendar_cli_handle:
 * @status: (out): the exit status of the command line when it was handled
 *
 * Starts `--export-calendar`, or `--import` of calendar files, when the command line asks
 * for it; the application is held until the run ends.
 *
 * Returns: whether the command line was the calendar's
 */
gboolean
voc_app_calendar_cli_handle (VocApp                  *app,
                             GApplicationCommandLine *command_line,
                             int                     *status)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree const char **args = NULL;
  const char *export_path = NULL;
  const char *database = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) files = NULL;
  gboolean import = g_variant_dict_contains (options, "import");
  CalendarRun *run;

  g_return_val_if_fail (VOC_IS_APP (app), FALSE);
  g_return_val_if_fail (status != NULL, FALSE);

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &args);
  g_variant_dict_lookup (options, "export-calendar", "^&ay", &export_path);

  if (export_path != NULL)
    {
      if (import || g_variant_dict_contains (options, "import-resume") ||
          g_variant_dict_contains (options, "export-resume") || (args != NULL && args[0] != NULL))
        {
          g_application_command_line_printerr (command_line,
                                               _("--export-calendar takes one file and goes "
                                                 "with --database only.\n"));
          *status = EXIT_FAILURE;
          return TRUE;
        }
      if (*export_path == '\0')
        {
          g_application_command_line_printerr (command_line,
                                               _("--export-calendar needs a file.\n"));
          *status = EXIT_FAILURE;
          return TRUE;
        }
    }
  else
    {
      if (!import || args == NULL || args[0] == NULL)
        return FALSE;

      files = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; args[i] != NULL; i++)
        {
          g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line,
                                                                                 args[i]);

          /* Any file that is not a calendar: the job import takes them all, and says. */
          if (g_str_has_prefix (args[i], "http://") || g_str_has_prefix (args[i], "https://") ||
              !voc_app_calendar_cli_is_calendar (file))
            return FALSE;
          g_ptr_array_add (files, g_steal_pointer (&file));
        }
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
          *status = EXIT_FAILURE;
          return TRUE;
        }
    }
  else
    path = voc_database_dup_default_path ();

  run = g_new0 (CalendarRun, 1);
  run->app = app;
  run->command_line = g_object_ref (command_line);
  run->database_path = g_steal_pointer (&path);
  if (export_path != NULL)
    run->export_file = g_application_command_line_create_file_for_arg (command_line,
                                                                       export_path);
  else
    run->files = g_steal_pointer (&files);

  run_start (run);

  *status = EXIT_SUCCESS;
  return TRUE;
}
