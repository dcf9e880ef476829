/* voc-app.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-app"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-ai-assist.h"
#include "voc-ai-preferences.h"
#include "voc-app-calendar-cli.h"
#include "voc-app-fit-cli.h"
#include "voc-app-private.h"
#include "voc-app-reminders.h"
#include "voc-autostart.h"
#include "voc-database.h"
#include "voc-format.h"
#include "voc-job-importer.h"
#include "voc-json-resume.h"
#include "voc-preferences-window.h"
#include "voc-repositories.h"
#include "voc-resume-export.h"
#include "voc-resume-merge.h"
#include "voc-resume-review.h"
#include "voc-resume-versions.h"
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
 *
 * `--import-resume FILE` reads the file in a worker thread and tells its kind by its content:
 * a JSON Resume goes into the library at once (voc_resume_merge(): whole into an empty
 * library, else merged without duplicates) and one line says what was added; any other
 * document opens the review draft in the window of that database, where nothing is saved
 * until the user says so. `--export-resume FILE [--variant NAME]` compiles the base resume or
 * the variant on the main thread (a few queries) and writes the file in a worker thread,
 * atomically. Both use the database connection of the window when one is open, so that its
 * pages follow, and their own otherwise.
 *
 * `--fit ID` prints the fit of a posting, and `--export-resume FILE --for-job ID` writes the
 * resume tailored for it (voc-app-fit-cli.c); they run like --export-resume.
 */

struct _VocApp
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  int             exit_status;

  /* The AI provider's key store and HTTP session outlive any window: a key kept for this
   * session only (no keyring) must survive closing the preferences. */
  VocAiSecrets   *ai_secrets;
  SoupSession    *ai_session;
  VocAiAssist    *ai_assist;
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
  { "import-resume", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Import a resume: a JSON Resume goes into the library at once and what was added is "
       "printed; a PDF, DOCX, ODT, Markdown or text resume opens in the window for review "
       "before anything is saved"), N_("FILE") },
  { "export-resume", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the resume to FILE in the format its extension names (.pdf, .docx, .md, .txt, "
       ".json), print the path written, and exit"), N_("FILE") },
  { "variant", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --export-resume: write the resume variant NAME instead of the base resume"),
    N_("NAME") },
  { "for-job", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --export-resume: write the resume tailored for the job posting ID (its number, "
       "shown on its page, or its uuid)"), N_("ID") },
  { "fit", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Print how well the resume fits the job posting ID (its number, shown on its page, or "
       "its uuid): the score, each factor, matched and missing skills"), N_("ID") },
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
  VocAiPreferences *ai_page;

  ai_page = voc_ai_preferences_new (self->settings, self->ai_secrets, self->ai_session);
  /* The usage shown is that of the database of the window the preferences open from. */
  if (VOC_IS_WINDOW (parent))
    voc_ai_preferences_set_database (ai_page, voc_window_get_database (VOC_WINDOW (parent)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (preferences),
                              ADW_PREFERENCES_PAGE (ai_page));

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

  /* Closing (not destroying) lets each window save its size and page. Then the application
   * ends, even while it holds itself for reminders still to come: quitting is what the user
   * asked (closing the window is how to leave it running in the background). */
  for (const GList *l = windows; l; l = l->next)
    {
      /* Quitting really ends the windows, even those that hide to run in the background. */
      g_settings_unbind (l->data, "hide-on-close");
      gtk_window_set_hide_on_close (l->data, FALSE);
      gtk_window_close (l->data);
    }

  g_list_free (windows);
  g_application_quit (G_APPLICATION (self));
}

/* Resumes --------------------------------------------------------------------------------- */

typedef struct
{
  VocApp *app;
  GFile  *file;
} PendingReview;

static void
pending_review_free (gpointer  data,
                     GClosure *closure)
{
  PendingReview *pending = data;

  g_clear_object (&pending->file);
  g_free (pending);
}

static void
present_review (VocWindow *window,
                GFile     *file)
{
  VocResumeReview *review = voc_resume_review_new (GTK_WINDOW (window),
                                                   voc_window_get_database (window), file);

  gtk_window_present (GTK_WINDOW (review));
}

static void
on_review_window_database_cb (VocWindow     *window,
                              GParamSpec    *pspec,
                              PendingReview *pending)
{
  if (voc_window_get_database (window) == NULL)
    return;

  present_review (window, pending->file);
  g_signal_handlers_disconnect_by_func (window, on_review_window_database_cb, pending);
}

/* The review of @file over @window, as soon as the window has its database (a window that
 * cannot open its file shows why instead). */
static void
review_resume (VocApp    *self,
               VocWindow *window,
               GFile     *file)
{
  PendingReview *pending;

  if (voc_window_get_database (window) != NULL)
    {
      present_review (window, file);
      return;
    }

  pending = g_new0 (PendingReview, 1);
  pending->app = self;
  pending->file = g_object_ref (file);
  g_signal_connect_data (window, "notify::database", G_CALLBACK (on_review_window_database_cb),
                         pending, pending_review_free, G_CONNECT_DEFAULT);
}

static void
on_resume_chooser_response_cb (GtkFileChooserNative *chooser,
                               int                   response,
                               VocWindow            *window)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      VocApp *self = VOC_APP (gtk_window_get_application (GTK_WINDOW (window)));

      if (file != NULL && self != NULL)
        review_resume (self, window, file);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
import_resume_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  static const char *mime_types[] = {
    "application/json", "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text", "text/markdown", "text/x-markdown", "text/plain",
  };
  static const char *suffixes[] = { "json", "pdf", "docx", "odt", "md", "markdown", "txt" };
  VocApp *self = user_data;
  g_autoptr(GtkFileFilter) resume_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  VocWindow *window = NULL;

  /* The resume goes into the library of the window the user was in last (the list is in the
   * order of focus). */
  for (const GList *l = gtk_application_get_windows (GTK_APPLICATION (self));
       l != NULL && window == NULL; l = l->next)
    if (VOC_IS_WINDOW (l->data))
      window = l->data;

  if (window == NULL)
    {
      g_autofree char *path = voc_database_dup_default_path ();

      window = voc_app_open_database (self, path);
    }

  gtk_file_filter_set_name (resume_filter, _("Resumes"));
  for (guint i = 0; i < G_N_ELEMENTS (mime_types); i++)
    gtk_file_filter_add_mime_type (resume_filter, mime_types[i]);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    gtk_file_filter_add_suffix (resume_filter, suffixes[i]);
  gtk_file_filter_set_name (json_filter, _("JSON Resume"));
  gtk_file_filter_add_mime_type (json_filter, "application/json");
  gtk_file_filter_add_suffix (json_filter, "json");
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");

  chooser = gtk_file_chooser_native_new (_("Import Resume"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open for Review"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), resume_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), resume_filter);

  /* The chooser holds itself until it answers; the window outlives it (modal). */
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_resume_chooser_response_cb),
                           window, G_CONNECT_DEFAULT);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef enum
{
  RESUME_IMPORT,
  RESUME_EXPORT,
  RESUME_FIT,
} ResumeMode;

typedef struct
{
  VocApp                  *app;              /* held */
  GApplicationCommandLine *command_line;
  ResumeMode               mode;
  char                    *database_path;
  GFile                   *file;
  char                    *name;             /* the file's, for messages */
  char                    *variant;
  char                    *job;              /* --fit, --for-job: the posting's number or uuid */
  VocResumeFormat          format;
  VocWindow               *window;           /* weak: waiting for its database */
  gulong                   database_handler;
  gulong                   destroy_handler;
  VocDatabase             *database;
  JsonObject              *document;         /* import: the JSON Resume */
} ResumeRun;

static void resume_run_get_database (ResumeRun *run);

static void
resume_run_free (ResumeRun *run)
{
  if (run->window != NULL)
    {
      g_clear_signal_handler (&run->database_handler, run->window);
      g_clear_signal_handler (&run->destroy_handler, run->window);
      g_clear_weak_pointer (&run->window);
    }
  g_clear_object (&run->command_line);
  g_clear_object (&run->file);
  g_clear_object (&run->database);
  g_clear_pointer (&run->document, json_object_unref);
  g_free (run->database_path);
  g_free (run->name);
  g_free (run->variant);
  g_free (run->job);
  g_free (run);
}

static void
finish_resume_run (ResumeRun *run,
                   int        status)
{
  VocApp *self = run->app;

  g_application_command_line_set_exit_status (run->command_line, status);
  if (!g_application_command_line_get_is_remote (run->command_line))
    self->exit_status = MAX (self->exit_status, status);

  resume_run_free (run);
  g_application_release (G_APPLICATION (self));
}

static void
fail_resume_run (ResumeRun  *run,
                 const char *message)
{
  g_application_command_line_printerr (run->command_line, _("error: %s\n"), message);
  finish_resume_run (run, EXIT_FAILURE);
}

static void
import_resume_document (ResumeRun *run)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *added = NULL;
  const char *person = NULL;
  VocResumeMergeStats stats;

  if (json_object_has_member (run->document, "basics") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (run->document, "basics")))
    person = json_object_get_string_member_with_default (
      json_object_get_object_member (run->document, "basics"), "name", NULL);
  if (person != NULL && *person == '\0')
    person = NULL;

  if (!voc_resume_merge (run->database, run->document, run->name, &stats, &error))
    {
      fail_resume_run (run, error->message);
      return;
    }

  added = voc_resume_merge_stats_describe (&stats);
  if (stats.whole && person != NULL)
    /* TRANSLATORS: a person's name, then what was added ("3 experiences, 17 bullets") */
    g_application_command_line_print (run->command_line, _("Imported resume of %s: %s\n"),
                                      person, added);
  else if (stats.whole)
    /* TRANSLATORS: a file name, then what was added ("3 experiences, 17 bullets") */
    g_application_command_line_print (run->command_line, _("Imported %s: %s\n"), run->name,
                                      added);
  else
    /* TRANSLATORS: a file name, then what was added ("1 experience, 2 already in the
     * library"); the library had a resume, so only what it lacked was added */
    g_application_command_line_print (run->command_line,
                                      _("Merged %s into the resume library: %s\n"), run->name,
                                      added);

  finish_resume_run (run, EXIT_SUCCESS);
}

/* The base resume, or the variant by name; FALSE with the message to print. */
static JsonObject *
compile_resume (ResumeRun  *run,
                char      **message)
{
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (run->database);
  g_autoptr(VocResumeVersion) variant = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *resume;

  if (run->variant != NULL)
    {
      g_autoptr(GListModel) variants = NULL;
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      variants = G_LIST_MODEL (voc_repository_list_where (VOC_REPOSITORY (pipeline),
                                                          VOC_TYPE_RESUME_VERSION,
                                                          "t.kind = 'variant' AND t.frozen = 0",
                                                          "t.name COLLATE NOCASE", NULL));
      for (guint i = 0; i < g_list_model_get_n_items (variants) && variant == NULL; i++)
        {
          g_autoptr(VocResumeVersion) item = g_list_model_get_item (variants, i);

          if (g_strcmp0 (voc_resume_version_get_name (item), run->variant) == 0)
            variant = g_steal_pointer (&item);
        }
      for (guint i = 0; i < g_list_model_get_n_items (variants) && variant == NULL; i++)
        {
          g_autoptr(VocResumeVersion) item = g_list_model_get_item (variants, i);
          g_autofree char *a = g_utf8_casefold (voc_resume_version_get_name (item), -1);
          g_autofree char *b = g_utf8_casefold (run->variant, -1);

          if (g_str_equal (a, b))
            variant = g_steal_pointer (&item);
        }

      if (variant == NULL)
        {
          g_autofree char *known = NULL;

          for (guint i = 0; i < g_list_model_get_n_items (variants); i++)
            {
              g_autoptr(VocResumeVersion) item = g_list_model_get_item (variants, i);

              g_ptr_array_add (names,
                               g_strdup_printf ("“%s”", voc_resume_version_get_name (item)));
            }
          g_ptr_array_add (names, NULL);
          known = g_strjoinv (C_("list", ", "), (char **) names->pdata);
          g_ptr_array_foreach (names, (GFunc) g_free, NULL);

          if (names->len > 1)
            *message = g_strdup_printf (_("there is no resume variant named “%s”; the variants "
                                          "are %s"), run->variant, known);
          else
            *message = g_strdup_printf (_("there is no resume variant named “%s”, and the "
                                          "library has no variants: leave out --variant to "
                                          "write the base resume"), run->variant);
          return NULL;
        }
    }

  resume = voc_resume_compile (run->database, variant, NULL, &error);
  if (resume == NULL)
    {
      *message = g_strdup (error->message);
      return NULL;
    }

  /* Nothing but an empty profile: there is nothing to send anyone. */
  if (json_object_get_size (resume) <= 1 &&
      (!json_object_has_member (resume, "basics") ||
       !json_object_has_member (json_object_get_object_member (resume, "basics"), "name")))
    {
      *message = g_strdup (_("the resume library is empty: import a resume first, for "
                             "example with vocation --import-resume resume.json"));
      json_object_unref (resume);
      return NULL;
    }

  return resume;
}

typedef struct
{
  JsonObject      *resume;
  GFile           *file;
  VocResumeFormat  format;
  VocPaper         paper;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_pointer (&data->resume, json_object_unref);
  g_clear_object (&data->file);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(GError) error = NULL;

  if (voc_resume_export_to_file (data->resume, data->file, data->format, NULL, data->paper,
                                 cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
on_export_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ResumeRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      fail_resume_run (run, error->message);
      return;
    }

  path = g_file_get_path (run->file);
  /* TRANSLATORS: the path of the file written */
  g_application_command_line_print (run->command_line, _("Wrote %s\n"), path);
  finish_resume_run (run, EXIT_SUCCESS);
}

static void
write_resume (ResumeRun  *run,
              JsonObject *resume)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;
  GtkPaperSize *paper;

  data = g_new0 (ExportData, 1);
  data->resume = resume;
  data->file = g_object_ref (run->file);
  data->format = run->format;
  /* The paper of the user's locale (LC_PAPER): US Letter in North America, else A4. */
  paper = gtk_paper_size_new (NULL);
  data->paper = g_str_equal (gtk_paper_size_get_name (paper), GTK_PAPER_NAME_LETTER)
                  ? VOC_PAPER_LETTER : VOC_PAPER_A4;
  gtk_paper_size_free (paper);

  task = g_task_new (NULL, NULL, on_export_done_cb, run);
  g_task_set_source_tag (task, write_resume);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

static void
export_resume (ResumeRun *run)
{
  g_autofree char *message = NULL;
  JsonObject *resume = compile_resume (run, &message);

  if (resume == NULL)
    fail_resume_run (run, message);
  else
    write_resume (run, resume);
}

static void
on_fit_tailored_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ResumeRun *run = user_data;
  g_autoptr(GError) error = NULL;
  JsonObject *resume = voc_fit_cli_tailor_finish (result, &error);

  if (resume == NULL)
    fail_resume_run (run, error->message);
  else
    write_resume (run, resume);
}

static void
on_fit_explained_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  ResumeRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = voc_fit_cli_explain_finish (result, &error);

  if (text == NULL)
    {
      fail_resume_run (run, error->message);
      return;
    }
  g_application_command_line_print (run->command_line, "%s", text);
  finish_resume_run (run, EXIT_SUCCESS);
}

static void
resume_run_database_ready (ResumeRun *run)
{
  if (run->mode == RESUME_IMPORT)
    import_resume_document (run);
  else if (run->mode == RESUME_FIT)
    voc_fit_cli_explain_async (run->database, run->job, NULL, on_fit_explained_cb, run);
  else if (run->job != NULL)
    voc_fit_cli_tailor_async (run->database, run->job, NULL, on_fit_tailored_cb, run);
  else
    export_resume (run);
}

static void
on_resume_database_opened_cb (GObject      *object,
                              GAsyncResult *result,
                              gpointer      user_data)
{
  ResumeRun *run = user_data;
  g_autoptr(GError) error = NULL;

  run->database = voc_database_open_finish (result, &error);
  if (run->database == NULL)
    fail_resume_run (run, error->message);
  else
    resume_run_database_ready (run);
}

static void
resume_run_stop_waiting (ResumeRun *run)
{
  g_clear_signal_handler (&run->database_handler, run->window);
  g_clear_signal_handler (&run->destroy_handler, run->window);
  g_clear_weak_pointer (&run->window);
}

static void
on_resume_window_database_cb (VocWindow  *window,
                              GParamSpec *pspec,
                              ResumeRun  *run)
{
  if (voc_window_get_database (window) != NULL)
    {
      resume_run_stop_waiting (run);
      resume_run_get_database (run);
    }
}

static void
on_resume_window_destroy_cb (VocWindow *window,
                             ResumeRun *run)
{
  resume_run_stop_waiting (run);
  voc_database_open_async (run->database_path, NULL, on_resume_database_opened_cb, run);
}

/* The window's connection when it has one, so that its pages follow; else one of its own. */
static void
resume_run_get_database (ResumeRun *run)
{
  VocWindow *window = find_window (run->app, run->database_path);

  if (window != NULL && voc_window_get_database (window) != NULL)
    {
      run->database = g_object_ref (voc_window_get_database (window));
      resume_run_database_ready (run);
    }
  else if (window != NULL && voc_window_get_error_dialog (window) == NULL)
    {
      g_set_weak_pointer (&run->window, window);
      run->database_handler = g_signal_connect (window, "notify::database",
                                                G_CALLBACK (on_resume_window_database_cb), run);
      run->destroy_handler = g_signal_connect (window, "destroy",
                                               G_CALLBACK (on_resume_window_destroy_cb), run);
    }
  else
    voc_database_open_async (run->database_path, NULL, on_resume_database_opened_cb, run);
}

static void
read_resume_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  ResumeRun *run = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *document;

  info = g_file_query_info (run->file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &error);
  if (info != NULL && g_file_info_get_size (info) > (goffset) VOC_EXTRACT_MAX_SIZE)
    {
      g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_TOO_LARGE,
                               _("“%s” is too large to be a resume"), run->name);
      return;
    }
  if (info != NULL)
    bytes = g_file_load_bytes (run->file, cancellable, NULL, &error);
  if (bytes == NULL)
    {
      g_task_return_new_error (task, error->domain, error->code, _("%s: %s"), run->name,
                               error->message);
      return;
    }

  /* Any other document is read by the review, with a spinner. */
  if (!voc_resume_looks_like_json (bytes))
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  document = voc_resume_read_draft (bytes, run->name, cancellable, &error);
  if (document == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, document, (GDestroyNotify) json_object_unref);
}

static void
on_resume_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ResumeRun *run = user_data;
  g_autoptr(GError) error = NULL;
  VocWindow *window;

  run->document = g_task_propagate_pointer (G_TASK (result), &error);
  if (error != NULL)
    {
      fail_resume_run (run, error->message);
      return;
    }

  if (run->document != NULL)
    {
      resume_run_get_database (run);
      return;
    }

  window = voc_app_open_database (run->app, run->database_path);
  review_resume (run->app, window, run->file);
  g_application_command_line_print (run->command_line,
                                    /* TRANSLATORS: a file name */
                                    _("Opened %s for review in the window: nothing is saved "
                                      "until you choose Save to Library there.\n"), run->name);
  finish_resume_run (run, EXIT_SUCCESS);
}

static void
start_resume_run (VocApp                  *self,
                  GApplicationCommandLine *command_line,
                  ResumeMode               mode,
                  const char              *database_path,
                  const char              *arg,
                  const char              *variant,
                  const char              *job)
{
  ResumeRun *run = g_new0 (ResumeRun, 1);

  g_application_hold (G_APPLICATION (self));
  run->app = self;
  run->command_line = g_object_ref (command_line);
  run->mode = mode;
  run->database_path = g_strdup (database_path);
  run->variant = g_strdup (variant);
  run->job = g_strdup (job);

  if (mode == RESUME_FIT)
    {
      resume_run_get_database (run);
      return;
    }

  run->file = g_application_command_line_create_file_for_arg (command_line, arg);
  run->name = g_file_get_basename (run->file);

  if (mode == RESUME_EXPORT)
    {
      /* Checked by the caller. */
      voc_resume_format_from_filename (arg, &run->format);
      resume_run_get_database (run);
    }
  else
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, on_resume_read_cb, run);

      g_task_set_source_tag (task, start_resume_run);
      g_task_set_task_data (task, run, NULL);
      g_task_run_in_thread (task, read_resume_thread);
    }
}

static const GActionEntry app_actions[] = {
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
  { "import-resume", import_resume_action },
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
  const char *import_resume = NULL;
  const char *export_resume = NULL;
  const char *variant = NULL;
  const char *fit = NULL;
  const char *for_job = NULL;
  gboolean import = g_variant_dict_contains (options, "import");
  VocResumeFormat format;
  int status;

  if (voc_app_calendar_cli_handle (self, command_line, &status))
    return status;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &args);
  g_variant_dict_lookup (options, "import-resume", "^&ay", &import_resume);
  g_variant_dict_lookup (options, "export-resume", "^&ay", &export_resume);
  g_variant_dict_lookup (options, "variant", "&s", &variant);
  g_variant_dict_lookup (options, "fit", "&s", &fit);
  g_variant_dict_lookup (options, "for-job", "&s", &for_job);

  if (fit != NULL && (import || import_resume != NULL || export_resume != NULL))
    {
      g_application_command_line_printerr (command_line,
                                           _("--fit goes alone: it prints the fit of one job "
                                             "and exits.\n"));
      return EXIT_FAILURE;
    }

  if (for_job != NULL && (export_resume == NULL || variant != NULL))
    {
      g_application_command_line_printerr (command_line,
                                           _("--for-job goes with --export-resume, without "
                                             "--variant.\n"));
      return EXIT_FAILURE;
    }

  if ((fit != NULL && *fit == '\0') || (for_job != NULL && *for_job == '\0'))
    {
      g_application_command_line_printerr (command_line,
                                           _("--fit and --for-job need the job’s number or "
                                             "uuid.\n"));
      return EXIT_FAILURE;
    }

  if (fit != NULL && args != NULL && args[0] != NULL)
    {
      g_application_command_line_printerr (command_line, _("Unexpected “%s” after --fit.\n"),
                                           args[0]);
      return EXIT_FAILURE;
    }

  if ((import ? 1 : 0) + (import_resume != NULL ? 1 : 0) + (export_resume != NULL ? 1 : 0) > 1)
    {
      g_application_command_line_printerr (command_line,
                                           _("Use one of --import, --import-resume and "
                                             "--export-resume at a time.\n"));
      return EXIT_FAILURE;
    }

  if ((import_resume != NULL || export_resume != NULL) && args != NULL && args[0] != NULL)
    {
      g_application_command_line_printerr (command_line,
                                           _("Unexpected “%s”: --import-resume and "
                                             "--export-resume take one file.\n"), args[0]);
      return EXIT_FAILURE;
    }

  if (variant != NULL && export_resume == NULL)
    {
      g_application_command_line_printerr (command_line,
                                           _("--variant goes with --export-resume.\n"));
      return EXIT_FAILURE;
    }

  if ((import_resume != NULL && *import_resume == '\0') ||
      (export_resume != NULL && *export_resume == '\0'))
    {
      g_application_command_line_printerr (command_line,
                                           _("--import-resume and --export-resume need a "
                                             "file.\n"));
      return EXIT_FAILURE;
    }

  if (export_resume != NULL && !voc_resume_format_from_filename (export_resume, &format))
    {
      g_application_command_line_printerr (command_line,
                                           _("error: %s: the extension does not name a format "
                                             "Vocation writes; use .pdf, .docx, .md, .txt or "
                                             ".json\n"), export_resume);
      return EXIT_FAILURE;
    }

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

  if ((import || import_resume != NULL || export_resume != NULL || fit != NULL) && path == NULL)
    path = voc_database_dup_default_path ();

  if (import)
    start_import (self, command_line, path, args);
  else if (import_resume != NULL)
    start_resume_run (self, command_line, RESUME_IMPORT, path, import_resume, NULL, NULL);
  else if (export_resume != NULL)
    start_resume_run (self, command_line, RESUME_EXPORT, path, export_resume, variant, for_job);
  else if (fit != NULL)
    start_resume_run (self, command_line, RESUME_FIT, path, NULL, NULL, fit);
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
  voc_autostart_watch (self->settings);

  /* The keyring is asked only when an AI action needs the key. */
  self->ai_secrets = voc_ai_secrets_new ();
  self->ai_session = soup_session_new ();
  self->ai_assist = voc_ai_assist_new (self->settings, self->ai_secrets, self->ai_session);
  voc_ai_assist_set_default (self->ai_assist);

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

  if (voc_ai_assist_get_default () == self->ai_assist)
    voc_ai_assist_set_default (NULL);
  g_clear_object (&self->ai_assist);
  g_clear_object (&self->settings);
}

static void
voc_app_dispose (GObject *object)
{
  VocApp *self = VOC_APP (object);

  g_clear_object (&self->ai_assist);
  g_clear_object (&self->ai_secrets);
  g_clear_object (&self->ai_session);
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
  voc_app_calendar_cli_add_options (G_APPLICATION (self));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Runs your job search on your own computer."));
  g_application_set_option_context_description (G_APPLICATION (self),
    _("Examples:\n"
      "  vocation --import job.pdf https://example.com/jobs/42\n"
      "  vocation --database ~/search.db --import *.md\n"
      "  vocation --import-resume resume.json\n"
      "  vocation --export-resume ~/resume.pdf --variant \"Data roles\"\n"
      "  vocation --fit 42\n"
      "  vocation --export-resume ~/for-initrode.pdf --for-job 42\n"
      "\n"
      "--import works whether or not Vocation is open, and opens no window: it prints one "
      "line per item (imported, updated, already saved, or the error) and exits with status "
      "1 when any item could not be imported. --import-resume and --export-resume print what "
      "they did and exit with status 1 on failure, writing nothing. --fit and --for-job take a "
      "job's number, shown on its page, or its uuid; they fail with status 1 for an unknown "
      "job or an empty resume library."));
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
    {
      window = voc_window_new (GTK_APPLICATION (self), path);
      /* Running in the background, closing the window hides it: the application keeps it
       * (and its reminders), and a new launch or a notification presents it again. */
      if (self->settings != NULL)
        g_settings_bind (self->settings, "run-in-background", window, "hide-on-close",
                         G_SETTINGS_BIND_GET);
    }

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/**
 * voc_app_note_exit_status:
 *
 * Keeps the worst exit status of the command lines run in this process.
 */
void
voc_app_note_exit_status (VocApp *self,
                          int     status)
{
  g_return_if_fail (VOC_IS_APP (self));

  self->exit_status = MAX (self->exit_status, status);
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
