/* voc-window.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-window"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "voc-companies-page.h"
#include "voc-jobs-page.h"
#include "voc-pipeline-page.h"
#include "voc-today-page.h"
#include "voc-resume-page.h"
#include "voc-window-internal.h"

/*
 * The main window of one database file: a sidebar of the workspaces and a stack with a page
 * per workspace, bound to the `database` property in the template.
 *
 * Nothing slow runs before the first frame: the database is opened on a worker thread once
 * the window is mapped, and even when it opens before the window has painted, it is handed to
 * the pages only after the first frame. Setting up a page's table costs a good part of a
 * second with 100,000 postings (GTK 4.8 list views build 200 rows up front), and the user
 * should see the window, with its spinners, first.
 *
 * Job descriptions come in through the whole window (dropped, pasted, Import…), and the
 * command line's `--import` runs its batches here too when this window shows the database:
 * that part is in voc-window-import.c.
 */

G_DEFINE_FINAL_TYPE (VocWindow, voc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE_PATH,
  PROP_DATABASE,
  PROP_VISIBLE_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the sidebar rows. */
static const char * const page_names[] = { "jobs", "companies", "resume", "pipeline", "today" };

static int
page_index (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    if (g_strcmp0 (name, page_names[i]) == 0)
      return i;

  return -1;
}

static void
set_database (VocWindow   *self,
              VocDatabase *database)
{
  if (g_set_object (&self->database, database))
    {
      voc_window_set_fit_database (self, database);
      voc_window_update_import_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
    }
}

static void
update_title (VocWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->stack);
  g_autofree char *default_path = voc_database_dup_default_path ();
  g_autofree char *basename = NULL;

  if (child != NULL)
    adw_window_title_set_title (self->window_title,
                                gtk_stack_page_get_title (gtk_stack_get_page (self->stack,
                                                                               child)));

  /* Say which file this window shows when it is not the usual one. */
  if (g_strcmp0 (self->database_path, default_path) != 0)
    basename = g_path_get_basename (self->database_path);
  adw_window_title_set_subtitle (self->window_title, basename);
}

static void
save_state (VocWindow *self)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));

  g_settings_delay (self->settings);

  if (!maximized)
    {
      int width = 0;
      int height = 0;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      if (width > 0 && height > 0)
        {
          g_settings_set_int (self->settings, "window-width", width);
          g_settings_set_int (self->settings, "window-height", height);
        }
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  g_settings_set_string (self->settings, "last-page", voc_window_get_visible_page (self));

  g_settings_apply (self->settings);
}

static void
restore_state (VocWindow *self)
{
  g_autofree char *last_page = g_settings_get_string (self->settings, "last-page");
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  voc_window_set_visible_page (self, page_index (last_page) >= 0 ? last_page : page_names[0]);
}

static void show_error (VocWindow    *self,
                        const GError *error);

static void
database_ready (VocWindow   *self,
                VocDatabase *database)
{
  set_database (self, database);

  if (self->moved_aside_path != NULL)
    {
      g_autofree char *basename = g_path_get_basename (self->moved_aside_path);
      AdwToast *toast = adw_toast_new_format (_("The old database was kept as “%s”"),
                                              basename);

      /* Where the file went matters: the toast stays until it is dismissed. */
      adw_toast_set_timeout (toast, 0);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      g_clear_pointer (&self->moved_aside_path, g_free);
    }
}

static gboolean
apply_database_cb (gpointer user_data)
{
  g_autoptr(VocWindow) self = g_object_ref (VOC_WINDOW (user_data));
  g_autoptr(VocDatabase) database = g_steal_pointer (&self->opened_database);

  self->apply_source = 0;

  if (database != NULL)
    database_ready (self, database);

  return G_SOURCE_REMOVE;
}

static void
on_frame_clock_first_frame_cb (VocWindow     *self,
                               GdkFrameClock *frame_clock)
{
  g_clear_signal_handler (&self->first_frame_handler, frame_clock);
  self->first_frame_done = TRUE;

  /* Not from this handler: the first frame is done once every after-paint handler ran. Above
   * the priority of redraws, which the spinners' animation would otherwise keep first. */
  if (self->opened_database != NULL)
    {
      g_clear_handle_id (&self->apply_source, g_source_remove);
      self->apply_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_database_cb, self, NULL);
    }
}

static void
on_database_opened_cb (GObject      *source_object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) database = voc_database_open_finish (result, &error);
  g_autoptr(VocWindow) self = NULL;

  /* Cancelled in dispose: the window is gone, do not touch it. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* A handler of notify::database may close the window. */
  self = g_object_ref (VOC_WINDOW (user_data));

  if (database == NULL)
    {
      g_debug ("Cannot open %s: %s", self->database_path, error->message);
      show_error (self, error);
      return;
    }

  if (self->first_frame_done)
    {
      database_ready (self, database);
      return;
    }

  /* Opened before the window painted: wait for its first frame, or at most a second in
   * case it never paints (a window on a hidden workspace may get no frames). */
  g_set_object (&self->opened_database, database);
  g_clear_handle_id (&self->apply_source, g_source_remove);
  self->apply_source = g_timeout_add (1000, apply_database_cb, self);
}

static void
open_database (VocWindow *self)
{
  self->open_started = TRUE;
  voc_database_open_async (self->database_path, self->cancellable,
                           on_database_opened_cb, self);
}

static void
on_error_dialog_response_cb (VocWindow        *self,
                             const char       *response,
                             AdwMessageDialog *dialog)
{
  /* The dialog closes itself after this signal. */
  g_clear_weak_pointer (&self->error_dialog);

  if (g_strcmp0 (response, "move-aside") == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *new_path = NULL;

      if (!voc_database_move_aside (self->database_path, &new_path, &error))
        {
          show_error (self, error);
          return;
        }

      g_debug ("Moved %s aside to %s", self->database_path, new_path);
      g_free (self->moved_aside_path);
      self->moved_aside_path = g_steal_pointer (&new_path);
      open_database (self);
    }
  else if (g_strcmp0 (response, "retry") == 0)
    open_database (self);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* A file that is not a database, is from a newer version or is damaged can only be set aside;
 * the other failures (read-only, busy, full disk) are not the file's fault and may pass. */
static gboolean
can_move_aside (const GError *error)
{
  return g_error_matches (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_A_DATABASE) ||
         g_error_matches (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_TOO_NEW) ||
         g_error_matches (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CORRUPT);
}

static void
show_error (VocWindow    *self,
            const GError *error)
{
  AdwMessageDialog *dialog;

  if (self->error_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->error_dialog));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Cannot Open the Database"),
                                                       NULL));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_response (dialog, "quit", _("_Quit"));

  if (can_move_aside (error))
    {
      adw_message_dialog_format_body (dialog, "%s\n\n%s", error->message,
                                      _("Vocation can rename the file, keeping it as it is, "
                                        "and start again with a new, empty database."));
      adw_message_dialog_add_response (dialog, "move-aside", _("_Move Aside and Start Fresh"));
      adw_message_dialog_set_response_appearance (dialog, "move-aside",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "move-aside");
    }
  else
    {
      adw_message_dialog_set_body (dialog, error->message);
      adw_message_dialog_add_response (dialog, "retry", _("_Try Again"));
      adw_message_dialog_set_response_appearance (dialog, "retry", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "retry");
    }
  adw_message_dialog_set_close_response (dialog, "quit");

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_error_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->error_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_frame_clock_after_paint_cb (VocWindow     *self,
                               GdkFrameClock *frame_clock)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  g_clear_signal_handler (&self->bench_handler, frame_clock);

  g_print ("first-frame\n");
  fflush (stdout);

  if (application != NULL)
    g_application_quit (G_APPLICATION (application));
}

static void
on_sidebar_row_selected_cb (VocWindow     *self,
                            GtkListBoxRow *row,
                            GtkListBox    *sidebar)
{
  int index;

  if (row == NULL)
    return;

  index = gtk_list_box_row_get_index (row);
  if (index >= 0 && index < (int) G_N_ELEMENTS (page_names))
    voc_window_set_visible_page (self, page_names[index]);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
voc_window_close_request (GtkWindow *window)
{
  GtkWidget *jobs = voc_window_get_page (VOC_WINDOW (window), "jobs");

  save_state (VOC_WINDOW (window));

  /* The deletes still offering their undo happen now. */
  voc_jobs_page_commit_deletes (VOC_JOBS_PAGE (jobs));

  return GTK_WINDOW_CLASS (voc_window_parent_class)->close_request (window);
}

/* A window is unrealized when it is destroyed, closed or not. */
static void
voc_window_unrealize (GtkWidget *widget)
{
  voc_window_stop_imports (VOC_WINDOW (widget));

  GTK_WIDGET_CLASS (voc_window_parent_class)->unrealize (widget);
}

static void
voc_window_map (GtkWidget *widget)
{
  VocWindow *self = VOC_WINDOW (widget);
  GdkFrameClock *frame_clock;

  GTK_WIDGET_CLASS (voc_window_parent_class)->map (widget);

  frame_clock = gtk_widget_get_frame_clock (widget);

  if (!self->first_frame_done && self->first_frame_handler == 0)
    self->first_frame_handler =
      g_signal_connect_object (frame_clock, "after-paint",
                               G_CALLBACK (on_frame_clock_first_frame_cb), self,
                               G_CONNECT_SWAPPED);

  /* The benchmark's hook: see bench/README.md. */
  if (self->bench_handler == 0 &&
      g_strcmp0 (g_getenv ("VOCATION_BENCH_QUIT_AFTER_FIRST_FRAME"), "1") == 0)
    self->bench_handler =
      g_signal_connect_object (frame_clock, "after-paint",
                               G_CALLBACK (on_frame_clock_after_paint_cb), self,
                               G_CONNECT_SWAPPED);

  /* The window is on its way to the screen: now the data may load, off the main thread. */
  if (!self->open_started)
    open_database (self);
}

static void
voc_window_constructed (GObject *object)
{
  VocWindow *self = VOC_WINDOW (object);

  G_OBJECT_CLASS (voc_window_parent_class)->constructed (object);

  if (self->database_path == NULL)
    self->database_path = voc_database_dup_default_path ();

  restore_state (self);
  update_title (self);
}

static void
voc_window_dispose (GObject *object)
{
  VocWindow *self = VOC_WINDOW (object);

  voc_window_stop_imports (self);
  voc_window_dispose_import (self);
  voc_window_set_fit_database (self, NULL);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->apply_source, g_source_remove);
  g_clear_object (&self->opened_database);

  if (self->error_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->error_dialog));
  g_clear_weak_pointer (&self->error_dialog);

  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (voc_window_parent_class)->dispose (object);
}

static void
voc_window_finalize (GObject *object)
{
  VocWindow *self = VOC_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->failures, g_ptr_array_unref);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->moved_aside_path, g_free);

  G_OBJECT_CLASS (voc_window_parent_class)->finalize (object);
}

static void
voc_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  VocWindow *self = VOC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_VISIBLE_PAGE:
      g_value_set_string (value, voc_window_get_visible_page (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  VocWindow *self = VOC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      self->database_path = g_value_dup_string (value);
      break;

    case PROP_VISIBLE_PAGE:
      voc_window_set_visible_page (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_window_class_init (VocWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = voc_window_constructed;
  object_class->dispose = voc_window_dispose;
  object_class->finalize = voc_window_finalize;
  object_class->get_property = voc_window_get_property;
  object_class->set_property = voc_window_set_property;

  widget_class->map = voc_window_map;
  widget_class->unrealize = voc_window_unrealize;

  window_class->close_request = voc_window_close_request;

  /**
   * VocWindow:database-path:
   *
   * The database file this window shows; created if missing.
   */
  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * VocWindow:database:
   *
   * The open database, %NULL until it has been opened.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VOC_TYPE_DATABASE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VocWindow:visible-page:
   *
   * The name of the page shown: "jobs", "companies", "resume", "pipeline" or "today".
   */
  properties[PROP_VISIBLE_PAGE] =
    g_param_spec_string ("visible-page", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VOC_TYPE_COMPANIES_PAGE);
  g_type_ensure (VOC_TYPE_JOBS_PAGE);
  g_type_ensure (VOC_TYPE_PIPELINE_PAGE);
  g_type_ensure (VOC_TYPE_RESUME_PAGE);
  g_type_ensure (VOC_TYPE_TODAY_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, VocWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, VocWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, VocWindow, drop_highlight);
  gtk_widget_class_bind_template_child (widget_class, VocWindow, import_revealer);
  gtk_widget_class_bind_template_child (widget_class, VocWindow, import_label);
  gtk_widget_class_bind_template_child (widget_class, VocWindow, import_progress);
  gtk_widget_class_bind_template_child (widget_class, VocWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, VocWindow, stack);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);

  gtk_widget_class_install_property_action (widget_class, "win.show-page", "visible-page");
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-page", "s", "jobs");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-page", "s", "companies");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-page", "s", "resume");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK,
                                       "win.show-page", "s", "pipeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_5, GDK_ALT_MASK,
                                       "win.show-page", "s", "today");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "win.close", NULL);

  voc_window_class_init_import (widget_class);
  voc_window_class_init_fit (widget_class);
}

static void
voc_window_init (VocWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APPLICATION_ID);
  voc_window_init_import (self);
}

/**
 * voc_window_new:
 * @application: (nullable): the application
 * @database_path: the database file to show
 *
 * Returns: (transfer none): a new window; it opens the database once it is mapped
 */
VocWindow *
voc_window_new (GtkApplication *application,
                const char     *database_path)
{
  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (database_path != NULL, NULL);

  return g_object_new (VOC_TYPE_WINDOW,
                       "application", application,
                       "database-path", database_path,
                       NULL);
}

const char *
voc_window_get_database_path (VocWindow *self)
{
  g_return_val_if_fail (VOC_IS_WINDOW (self), NULL);

  return self->database_path;
}

/**
 * voc_window_get_database:
 *
 * Returns: (transfer none) (nullable): the open database, %NULL until it is open
 */
VocDatabase *
voc_window_get_database (VocWindow *self)
{
  g_return_val_if_fail (VOC_IS_WINDOW (self), NULL);

  return self->database;
}

const char *
voc_window_get_visible_page (VocWindow *self)
{
  g_return_val_if_fail (VOC_IS_WINDOW (self), NULL);

  /* win.show-page reads it as soon as a widget of the template names the action, which can be
   * before the template has bound the stack. */
  if (self->stack == NULL)
    return page_names[0];

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * voc_window_set_visible_page:
 * @name: "jobs", "companies", "resume", "pipeline" or "today"
 *
 * Shows a page and selects its row in the sidebar.
 */
void
voc_window_set_visible_page (VocWindow  *self,
                             const char *name)
{
  int index;

  g_return_if_fail (VOC_IS_WINDOW (self));

  index = page_index (name);
  if (index < 0)
    {
      g_warning ("No page named “%s”", name);
      return;
    }

  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, index));

  if (g_strcmp0 (name, voc_window_get_visible_page (self)) == 0)
    return;

  gtk_stack_set_visible_child_name (self->stack, name);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_PAGE]);
}

GtkWidget *
voc_window_get_page (VocWindow  *self,
                     const char *name)
{
  g_return_val_if_fail (VOC_IS_WINDOW (self), NULL);

  return gtk_stack_get_child_by_name (self->stack, name);
}

/**
 * voc_window_get_error_dialog:
 *
 * Returns: (transfer none) (nullable): the dialog that says the database cannot be opened
 */
AdwMessageDialog *
voc_window_get_error_dialog (VocWindow *self)
{
  g_return_val_if_fail (VOC_IS_WINDOW (self), NULL);

  return self->error_dialog;
}

/**
 * voc_window_add_toast:
 * @toast: (transfer full): a toast, such as what a dialog of this window did
 */
void
voc_window_add_toast (VocWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (VOC_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
