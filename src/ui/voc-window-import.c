/* voc-window-import.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-app-calendar-cli.h"
#include "voc-format.h"
#include "voc-ical.h"
#include "voc-jobs-page.h"
#include "voc-window-internal.h"

/*
 * Importing, the part of VocWindow that takes job descriptions in: dropped files, text and
 * links, Ctrl+V, Import… (Ctrl+O), and the batches the command line runs in this window.
 *
 * Each of those is one batch for a VocJobImporter. Batches run one after the other, with a
 * progress bar and a Cancel button at the top of the window, and end with a toast that sums
 * them up (its Details button lists what failed, and why); a batch that brings in a single
 * job shows it. When the window goes, the batch running stops after its current item and
 * still reports to whoever started it; the batches waiting never start.
 */

static void start_next_import (VocWindow *self);

/* The batch running stops after its current item and still reports to whoever started it;
 * the batches waiting never start. Not in dispose: the batches hold the window (their tasks'
 * source object) until they are done. */
void
voc_window_stop_imports (VocWindow *self)
{
  GTask *task;

  self->closed = TRUE;

  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);

  while ((task = g_queue_pop_head (&self->import_queue)) != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The window was closed before the import started"));
      g_object_unref (task);
    }
}

void
voc_window_update_import_actions (VocWindow *self)
{
  if (self->closed)
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", self->database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.paste", self->database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-import",
                                 self->import_task != NULL &&
                                 !g_cancellable_is_cancelled (self->import_cancellable));
}

static void
update_import_label (VocWindow *self)
{
  VocJobImporter *importer;
  g_autofree char *text = NULL;
  guint total, current;

  if (self->import_task == NULL)
    return;

  importer = g_task_get_task_data (self->import_task);
  total = voc_job_importer_get_n_total (importer);
  current = MIN (voc_job_importer_get_n_done (importer) + 1, total);

  if (g_cancellable_is_cancelled (self->import_cancellable))
    text = g_strdup (_("Stopping after the current item…"));
  else if (total == 1)
    text = g_strdup (_("Importing…"));
  else
    /* TRANSLATORS: the item being imported and how many there are: "Importing 3 of 14…" */
    text = g_strdup_printf (_("Importing %u of %u…"), current, total);

  gtk_label_set_label (self->import_label, text);
}

static void
on_importer_n_done_notify_cb (VocWindow      *self,
                              GParamSpec     *pspec,
                              VocJobImporter *importer)
{
  /* The batch of a closed window runs its current item to the end. */
  if (!self->closed)
    update_import_label (self);
}

static void
on_failures_dialog_response_cb (VocWindow        *self,
                                const char       *response,
                                AdwMessageDialog *dialog)
{
  g_clear_weak_pointer (&self->failures_dialog);
}

static void
show_failures (VocWindow *self)
{
  g_autofree char *heading = NULL;
  g_autofree char *text = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *scrolled;
  GtkWidget *label;

  if (self->failures == NULL || self->failures->len == 0)
    return;

  if (self->failures_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->failures_dialog));

  heading = g_strdup_printf (ngettext ("%u Job Description Could Not Be Imported",
                                       "%u Job Descriptions Could Not Be Imported",
                                       self->failures->len),
                             self->failures->len);
  g_ptr_array_add (self->failures, NULL);
  text = g_strjoinv ("\n\n", (char **) self->failures->pdata);
  g_ptr_array_remove_index (self->failures, self->failures->len - 1);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  /* In a sandbox, a dropped file can be out of reach where the file chooser reaches it. */
  if (self->failures_denied)
    adw_message_dialog_set_body (dialog, ngettext ("Nothing was saved from it. A file Vocation "
                                                   "may not read can be opened with Import… "
                                                   "instead.",
                                                   "Nothing was saved from these. A file "
                                                   "Vocation may not read can be opened with "
                                                   "Import… instead.",
                                                   self->failures->len));
  else
    adw_message_dialog_set_body (dialog, ngettext ("Nothing was saved from it.",
                                                   "Nothing was saved from these.",
                                                   self->failures->len));

  /* One error a paragraph, selectable so that it can be copied into a bug report. */
  label = g_object_new (GTK_TYPE_LABEL,
                        "label", text,
                        "xalign", 0.0f,
                        "wrap", TRUE,
                        "wrap-mode", PANGO_WRAP_WORD_CHAR,
                        "selectable", TRUE,
                        NULL);
  gtk_widget_add_css_class (label, "import-errors");
  scrolled = g_object_new (GTK_TYPE_SCROLLED_WINDOW,
                           "child", label,
                           "hscrollbar-policy", GTK_POLICY_NEVER,
                           "propagate-natural-height", TRUE,
                           "max-content-height", 320,
                           NULL);
  adw_message_dialog_set_extra_child (dialog, scrolled);

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_failures_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->failures_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_import_toast_button_clicked_cb (VocWindow *self,
                                   AdwToast  *toast)
{
  show_failures (self);
}

/* The summary of a batch as a toast, the failures kept for its Details button, and the
 * posting shown when there is just one. */
static void
report_import (VocWindow *self,
               GPtrArray *results,
               gboolean   cancelled)
{
  g_autofree char *summary = voc_job_importer_dup_summary (results);
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;
  gint64 single_id = 0;
  guint n_postings = 0;

  g_clear_pointer (&self->failures, g_ptr_array_unref);
  self->failures = g_ptr_array_new_with_free_func (g_free);
  self->failures_denied = FALSE;

  for (guint i = 0; i < results->len; i++)
    {
      VocImportResult *result = g_ptr_array_index (results, i);

      if (result->outcome == VOC_IMPORT_FAILED)
        {
          g_ptr_array_add (self->failures,
                           g_strdup (result->error != NULL ? result->error->message
                                                           : result->name));
          if (g_error_matches (result->error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
            self->failures_denied = TRUE;
        }
      else if (result->posting_id > 0)
        {
          single_id = result->posting_id;
          n_postings++;
        }
    }

  if (cancelled)
    /* TRANSLATORS: %s sums up what was done before the user stopped the import */
    text = g_strdup_printf (_("Import stopped: %s"), summary);
  else
    text = g_steal_pointer (&summary);

  /* Toast titles are Pango markup in libadwaita 1.2. */
  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  if (self->failures->len > 0)
    {
      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_timeout (toast, 10);
      g_signal_connect_object (toast, "button-clicked",
                               G_CALLBACK (on_import_toast_button_clicked_cb), self,
                               G_CONNECT_SWAPPED);
    }
  g_set_weak_pointer (&self->import_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);

  if (n_postings == 1)
    {
      GtkWidget *jobs = voc_window_get_page (self, "jobs");

      if (voc_jobs_page_show_job (VOC_JOBS_PAGE (jobs), single_id))
        voc_window_set_visible_page (self, "jobs");
    }
}

static void
finish_import_task (VocWindow *self)
{
  VocJobImporter *importer = g_task_get_task_data (self->import_task);

  g_signal_handlers_disconnect_by_func (importer, on_importer_n_done_notify_cb, self);
  /* Held: the binding goes away by itself when the progress bar does (a closed window). */
  if (self->progress_binding != NULL)
    g_binding_unbind (self->progress_binding);
  g_clear_object (&self->progress_binding);
  g_clear_object (&self->import_cancellable);
}

static void
on_import_run_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(VocWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GTask) task = NULL;
  gboolean cancelled;

  results = voc_job_importer_run_finish (VOC_JOB_IMPORTER (object), result, &error);
  cancelled = g_cancellable_is_cancelled (self->import_cancellable);

  finish_import_task (self);
  task = g_steal_pointer (&self->import_task);

  if (results != NULL && !self->closed)
    report_import (self, results, cancelled);

  if (results != NULL)
    g_task_return_pointer (task, g_steal_pointer (&results), (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, g_steal_pointer (&error));

  if (!self->closed)
    start_next_import (self);
}

static void
start_next_import (VocWindow *self)
{
  VocJobImporter *importer;

  g_assert (self->import_task == NULL);

  self->import_task = g_queue_pop_head (&self->import_queue);
  if (self->import_task == NULL)
    {
      gtk_revealer_set_reveal_child (self->import_revealer, FALSE);
      voc_window_update_import_actions (self);
      return;
    }

  importer = g_task_get_task_data (self->import_task);
  self->import_cancellable = g_cancellable_new ();
  self->progress_binding = g_object_ref (g_object_bind_property (importer, "fraction",
                                                                 self->import_progress,
                                                                 "fraction",
                                                                 G_BINDING_SYNC_CREATE));
  g_signal_connect_object (importer, "notify::n-done",
                           G_CALLBACK (on_importer_n_done_notify_cb), self, G_CONNECT_SWAPPED);
  update_import_label (self);
  gtk_revealer_set_reveal_child (self->import_revealer, TRUE);
  voc_window_update_import_actions (self);

  voc_job_importer_run_async (importer, self->import_cancellable, on_import_run_cb,
                              g_object_ref (self));
}

static VocJobImporter *
new_importer (VocWindow *self)
{
  return voc_job_importer_new (self->database, NULL);
}

/* Files, except links to web pages (a browser's drag of a link can arrive as a list of
 * http "files"), which are fetched as pages. */
static void
add_file (VocJobImporter *importer,
          GFile          *file)
{
  if (g_file_has_uri_scheme (file, "http") || g_file_has_uri_scheme (file, "https"))
    {
      g_autofree char *uri = g_file_get_uri (file);

      voc_job_importer_add_url (importer, uri);
    }
  else
    voc_job_importer_add_file (importer, file);
}

static void
on_calendar_imported_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(VocWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  guint n;

  n = voc_ical_import_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->closed)
    return;

  if (error != NULL)
    text = g_strdup_printf (_("Cannot import the invitation: %s"), error->message);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event imported",
                                         "%u events imported", n), n);

  escaped = g_markup_escape_text (text, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* An invitation (iCalendar, told by its first bytes) goes to the calendar: its events are
 * stored in one transaction, and the Today page shows them. */
static void
import_calendar (VocWindow *self,
                 GFile     *file)
{
  voc_ical_import_async (self->database, file, 0, self->cancellable, on_calendar_imported_cb,
                         g_object_ref (self));
}

static void
import_files (VocWindow *self,
              GSList    *files)
{
  g_autoptr(VocJobImporter) importer = NULL;
  gboolean any_job = FALSE;

  if (self->database == NULL || files == NULL)
    return;

  importer = new_importer (self);
  for (const GSList *l = files; l != NULL; l = l->next)
    {
      if (voc_app_calendar_cli_is_calendar (l->data))
        {
          import_calendar (self, l->data);
          continue;
        }
      add_file (importer, l->data);
      any_job = TRUE;
    }

  if (any_job)
    voc_window_import_async (self, importer, NULL, NULL);
}

/* Text that is only web addresses is fetched from the web; any other text is a job. */
static void
import_text (VocWindow  *self,
             const char *text)
{
  g_autoptr(VocJobImporter) importer = NULL;
  g_auto(GStrv) urls = NULL;

  if (self->database == NULL)
    return;

  importer = new_importer (self);
  urls = voc_format_parse_web_urls (text);
  if (urls != NULL)
    {
      for (guint i = 0; urls[i] != NULL; i++)
        voc_job_importer_add_url (importer, urls[i]);
    }
  else
    voc_job_importer_add_text (importer, text);

  voc_window_import_async (self, importer, NULL, NULL);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

static void
show_toast (VocWindow  *self,
            const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static GdkDragAction
on_drop_target_enter_cb (VocWindow     *self,
                         double         x,
                         double         y,
                         GtkDropTarget *target)
{
  if (self->database == NULL)
    return 0;

  gtk_widget_set_visible (self->drop_highlight, TRUE);
  return GDK_ACTION_COPY;
}

static void
on_drop_target_leave_cb (VocWindow     *self,
                         GtkDropTarget *target)
{
  gtk_widget_set_visible (self->drop_highlight, FALSE);
}

static gboolean
on_drop_target_drop_cb (VocWindow     *self,
                        const GValue  *value,
                        double         x,
                        double         y,
                        GtkDropTarget *target)
{
  gtk_widget_set_visible (self->drop_highlight, FALSE);

  if (self->database == NULL)
    return FALSE;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));
      gboolean any = files != NULL;

      import_files (self, files);
      g_slist_free (files);
      return any;
    }

  if (G_VALUE_HOLDS_STRING (value) && !is_blank (g_value_get_string (value)))
    {
      import_text (self, g_value_get_string (value));
      return TRUE;
    }

  return FALSE;
}

static void
on_clipboard_files_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  const GValue *value = gdk_clipboard_read_value_finish (GDK_CLIPBOARD (object), result, &error);
  VocWindow *self;
  GSList *files;

  /* Cancelled in dispose: the window is gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = VOC_WINDOW (user_data);
  if (value == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot paste: %s"), error->message);

      show_toast (self, message);
      return;
    }

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  import_files (self, files);
  g_slist_free (files);
}

static void
on_clipboard_text_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  VocWindow *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = VOC_WINDOW (user_data);
  if (is_blank (text))
    {
      show_toast (self, _("There is no text or file to paste"));
      return;
    }

  import_text (self, text);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  VocWindow *self = VOC_WINDOW (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (widget));
  GdkContentFormats *formats;

  /* Ctrl+V in a text field pastes into the field (the field takes the key before the
   * window does; this is for the menu item). */
  if (focus != NULL && GTK_IS_TEXT (focus))
    {
      gtk_widget_activate_action (focus, "clipboard.paste", NULL);
      return;
    }

  if (self->database == NULL)
    return;

  formats = gdk_clipboard_get_formats (clipboard);
  if (gdk_content_formats_contain_gtype (formats, GDK_TYPE_FILE_LIST))
    gdk_clipboard_read_value_async (clipboard, GDK_TYPE_FILE_LIST, G_PRIORITY_DEFAULT,
                                    self->cancellable, on_clipboard_files_cb, self);
  else
    gdk_clipboard_read_text_async (clipboard, self->cancellable, on_clipboard_text_cb, self);
}

static void
on_file_chooser_response_cb (VocWindow            *self,
                             int                   response,
                             GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      GSList *list = NULL;

      for (guint i = g_list_model_get_n_items (files); i > 0; i--)
        list = g_slist_prepend (list, g_list_model_get_item (files, i - 1));

      import_files (self, list);
      g_slist_free_full (list, g_object_unref);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->file_chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  static const char *mime_types[] = {
    "text/plain", "text/markdown", "text/x-markdown", "text/html", "application/xhtml+xml",
    "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
  };
  static const char *suffixes[] = { "txt", "md", "markdown", "html", "htm", "pdf", "docx", "odt" };
  VocWindow *self = VOC_WINDOW (widget);
  g_autoptr(GtkFileFilter) job_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  if (self->database == NULL)
    return;

  if (self->file_chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
      return;
    }

  gtk_file_filter_set_name (job_filter, _("Job Descriptions"));
  for (guint i = 0; i < G_N_ELEMENTS (mime_types); i++)
    gtk_file_filter_add_mime_type (job_filter, mime_types[i]);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    gtk_file_filter_add_suffix (job_filter, suffixes[i]);

  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");

  self->file_chooser = gtk_file_chooser_native_new (_("Import Job Descriptions"),
                                                    GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_OPEN,
                                                    _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->file_chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->file_chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->file_chooser), job_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->file_chooser), all_filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->file_chooser), job_filter);

  g_signal_connect_object (self->file_chooser, "response",
                           G_CALLBACK (on_file_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
}

static void
cancel_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VocWindow *self = VOC_WINDOW (widget);

  if (self->import_cancellable == NULL)
    return;

  g_cancellable_cancel (self->import_cancellable);
  update_import_label (self);
  voc_window_update_import_actions (self);
}

static void
show_job_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VocWindow *self = VOC_WINDOW (widget);
  GtkWidget *jobs = voc_window_get_page (self, "jobs");

  if (voc_jobs_page_show_job (VOC_JOBS_PAGE (jobs), g_variant_get_int64 (parameter)))
    voc_window_set_visible_page (self, "jobs");
}


/**
 * voc_window_dispose_import:
 *
 * Drops what importing holds: the file chooser, the dialog of errors, the last errors.
 */
void
voc_window_dispose_import (VocWindow *self)
{
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);

  if (self->failures_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->failures_dialog));
  g_clear_weak_pointer (&self->failures_dialog);
  g_clear_weak_pointer (&self->import_toast);
}

void
voc_window_class_init_import (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-import", NULL, cancel_import_action);
  gtk_widget_class_install_action (widget_class, "win.show-job", "x", show_job_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.import", NULL);
  /* A binding of the window, not an application accelerator: a focused text field takes
   * Ctrl+V first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK,
                                       "win.paste", NULL);
}

void
voc_window_init_import (VocWindow *self)
{
  g_queue_init (&self->import_queue);

  /* Files first: a file manager offers both a file list and their names as text. */
  self->drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (self->drop_target,
                              (GType[]) { GDK_TYPE_FILE_LIST, G_TYPE_STRING }, 2);
  g_signal_connect_object (self->drop_target, "enter", G_CALLBACK (on_drop_target_enter_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->drop_target, "leave", G_CALLBACK (on_drop_target_leave_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->drop_target, "drop", G_CALLBACK (on_drop_target_drop_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));

  voc_window_update_import_actions (self);
}
/**
 * voc_window_import_async:
 * @importer: an importer of this window's database, with its items added
 * @callback: (nullable): called with the results
 *
 * Runs a batch of imports in this window, with its progress bar, Cancel button and summary;
 * after the batches already running or waiting.
 */
void
voc_window_import_async (VocWindow           *self,
                         VocJobImporter      *importer,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (VOC_IS_WINDOW (self));
  g_return_if_fail (VOC_IS_JOB_IMPORTER (importer));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, voc_window_import_async);
  g_task_set_task_data (task, g_object_ref (importer), g_object_unref);

  if (self->closed)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The window was closed before the import started"));
      g_object_unref (task);
      return;
    }

  g_queue_push_tail (&self->import_queue, task);
  if (self->import_task == NULL)
    start_next_import (self);
}

/**
 * voc_window_import_finish:
 *
 * Returns: (transfer container) (element-type VocImportResult): one result per item done;
 *   %NULL with an error when the batch did not run
 */
GPtrArray *
voc_window_import_finish (VocWindow     *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GtkDropTarget *
voc_window_get_drop_target (VocWindow *self)
{
  g_return_val_if_fail (VOC_IS_WINDOW (self), NULL);

  return self->drop_target;
}

gboolean
voc_window_get_importing (VocWindow *self)
{
  g_return_val_if_fail (VOC_IS_WINDOW (self), FALSE);

  return self->import_task != NULL;
}

gboolean
voc_window_get_drop_highlighted (VocWindow *self)
{
  g_return_val_if_fail (VOC_IS_WINDOW (self), FALSE);

  return gtk_widget_get_visible (self->drop_highlight);
}

/**
 * voc_window_get_import_toast:
 *
 * Returns: (transfer none) (nullable): the summary of the last batch, while it is shown
 */
AdwToast *
voc_window_get_import_toast (VocWindow *self)
{
  g_return_val_if_fail (VOC_IS_WINDOW (self), NULL);

  return self->import_toast;
}

/**
 * voc_window_get_failures_dialog:
 *
 * Returns: (transfer none) (nullable): the dialog listing the items that failed
 */
AdwMessageDialog *
voc_window_get_failures_dialog (VocWindow *self)
{
  g_return_val_if_fail (VOC_IS_WINDOW (self), NULL);

  return self->failures_dialog;
}
