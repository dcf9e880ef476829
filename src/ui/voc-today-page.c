/* voc-today-page.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-today-page"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "voc-date.h"
#include "voc-event-editor.h"
#include "voc-format.h"
#include "voc-ical.h"
#include "voc-pipeline-actions.h"
#include "voc-pipeline-board.h"
#include "voc-pipeline-rows.h"
#include "voc-pipeline-tasks.h"
#include "voc-scheduler.h"
#include "voc-task-editor.h"
#include "voc-today-page-private.h"

/*
 * What to do today: the open tasks that are overdue or due before midnight (complete,
 * snooze until tomorrow morning, delete with Undo), a quick way to add one, the events of
 * the next seven days (and exporting every upcoming one as iCalendar), and the applications
 * sent today against the daily goal (GSettings `daily-application-goal`).
 *
 * The lists are the store's live lists, so a task completed from a notification leaves the
 * page at once. "Today" is fixed when the lists are made: again each time the page is mapped,
 * at the next local midnight (a timer), and when the scheduler finds that the wall clock
 * jumped (a resume from suspend, which a main-loop timer sleeps through; see
 * voc-app-reminders.c). The time comes from a #VocClock that tests replace.
 */

#define SNOOZE_UNTIL_HOUR 9

struct _VocTodayPage
{
  AdwBin                 parent_instance;

  /* Template widgets */
  GtkWidget             *goal_box;
  GtkLabel              *goal_label;
  GtkLevelBar           *goal_bar;
  GtkListBox            *tasks_list;
  GtkListBox            *events_list;
  AdwEntryRow           *new_task_row;

  VocDatabase           *database;
  VocPipelineRepository *repository;
  VocPipelineActions    *actions;
  VocEntityList         *tasks;
  VocEntityList         *events;
  GListModel            *shown_events;     /* events without those being deleted */
  GSignalGroup          *database_signals;
  GSettings             *settings;
  GtkFileChooserNative  *file_chooser;
  GCancellable          *cancellable;
  guint                  n_exports;
  VocClock               clock;
  guint                  midnight_timer;
};

G_DEFINE_FINAL_TYPE (VocTodayPage, voc_today_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_toast (VocTodayPage *self,
            AdwToast     *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
show_error (VocTodayPage *self,
            const char   *format,
            const GError *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  show_toast (self, adw_toast_new_format (format, escaped));
}

static GDateTime *
page_now (VocTodayPage *self)
{
  return self->clock.now (self->clock.user_data);
}

static GDateTime *
local_midnight (VocTodayPage *self,
                int           days_from_today)
{
  g_autoptr(GDateTime) utc = page_now (self);
  g_autoptr(GDateTime) now = g_date_time_to_local (utc);
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now),
                                                      0, 0, 0);

  return g_date_time_add_days (today, days_from_today);
}

static void
update_goal (VocTodayPage *self)
{
  g_autoptr(GDateTime) today = local_midnight (self, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint goal = g_settings_get_uint (self->settings, "daily-application-goal");
  gint64 sent = 0;

  gtk_widget_set_visible (self->goal_box, goal > 0 && self->repository != NULL);
  if (goal == 0 || self->repository == NULL)
    return;

  sent = voc_pipeline_repository_count_applied_since (self->repository, today, &error);
  if (sent < 0)
    {
      g_warning ("Cannot count today's applications: %s", error->message);
      sent = 0;
    }

  if (sent >= goal)
    /* TRANSLATORS: the daily goal reached; %u is the number of applications sent today */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Goal reached: %u application sent today",
                                         "Goal reached: %u applications sent today",
                                         (guint) sent), (guint) sent);
  else
    /* TRANSLATORS: progress to the daily goal: "1 of 2 applications sent today" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u of %u application sent today",
                                         "%u of %u applications sent today", goal),
                            (guint) sent, goal);

  gtk_label_set_label (self->goal_label, text);
  gtk_level_bar_set_max_value (self->goal_bar, goal);
  gtk_level_bar_set_value (self->goal_bar, MIN ((double) sent, (double) goal));
}

static const char *
task_kind_name (VocTaskKind kind)
{
  switch (kind)
    {
    case VOC_TASK_KIND_FOLLOW_UP:
      return C_("task kind", "Follow-up");
    case VOC_TASK_KIND_RESEARCH:
      return C_("task kind", "Research");
    case VOC_TASK_KIND_PREP:
      return C_("task kind", "Preparation");
    case VOC_TASK_KIND_APPLY:
      return C_("task kind", "Apply");
    case VOC_TASK_KIND_REFERRAL:
      return C_("task kind", "Referral");
    case VOC_TASK_KIND_THANK_YOU:
      return C_("task kind", "Thank-you");
    case VOC_TASK_KIND_OTHER:
    default:
      return C_("task kind", "Other");
    }
}

static const VocTaskRowActions task_row_actions = {
  .complete = "today.complete",
  .edit = "today.edit-task",
  .snooze = "today.snooze",
  .snooze_label = N_("Snooze Until Tomorrow"),
  .delete = "today.delete",
};

static const VocEventRowActions event_row_actions = {
  .edit = "today.edit-event",
  .export = "today.export-event",
  .delete = "today.delete-event",
};

static GtkWidget *
create_task_row (gpointer item,
                 gpointer user_data)
{
  VocTodayPage *self = user_data;
  VocTask *task = item;
  GDateTime *due = voc_task_get_snoozed_until (task);
  g_autoptr(GDateTime) now = page_now (self);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  VocTaskRowActions actions = task_row_actions;
  gboolean overdue;
  GtkWidget *row;

  if (due == NULL)
    due = voc_task_get_due_at (task);

  local = g_date_time_to_local (due);
  overdue = g_date_time_compare (due, now) < 0;
  if (overdue)
    {
      g_autoptr(GDateTime) midnight = local_midnight (self, 0);
      g_autofree char *date = NULL;

      if (g_date_time_compare (due, midnight) >= 0)
        date = g_date_time_format (local, "%H:%M");
      else
        date = voc_format_date (due, now);

      /* TRANSLATORS: a task past its due time: "Overdue since Yesterday", "… since 09:00" */
      when = g_strdup_printf (_("Overdue since %s"), date);
    }
  else
    {
      g_autofree char *time = g_date_time_format (local, "%H:%M");

      /* TRANSLATORS: a task due later today: "Due at 17:00" */
      when = g_strdup_printf (_("Due at %s"), time);
    }
  subtitle = g_strdup_printf ("%s · %s", task_kind_name (voc_task_get_kind (task)), when);

  actions.snooze_label = _(task_row_actions.snooze_label);
  row = voc_task_row_new (task, subtitle, &actions);
  if (overdue)
    gtk_widget_add_css_class (row, "overdue");

  return row;
}

static GtkWidget *
create_event_row (gpointer item,
                  gpointer user_data)
{
  VocEvent *event = item;
  g_autoptr(GDateTime) local = g_date_time_to_local (voc_event_get_starts_at (event));
  g_autofree char *day = voc_format_date (voc_event_get_starts_at (event), NULL);
  g_autofree char *time = g_date_time_format (local, "%H:%M");
  g_autofree char *subtitle = NULL;
  const char *where = voc_event_get_location (event);

  if (where == NULL || *where == '\0')
    where = voc_event_get_meeting_url (event);

  if (where != NULL && *where != '\0')
    subtitle = g_strdup_printf ("%s, %s · %s", day, time, where);
  else
    subtitle = g_strdup_printf ("%s, %s", day, time);

  return voc_event_row_new (event, subtitle, &event_row_actions);
}

static VocTask *
find_task (VocTodayPage *self,
           gint64        id)
{
  return voc_pipeline_actions_find (self->actions, VOC_TYPE_TASK, id);
}

static void
complete_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VocTodayPage *self = VOC_TODAY_PAGE (widget);
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();

  voc_pipeline_actions_complete_task (self->actions, g_variant_get_int64 (parameter), now);
}

static void
snooze_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocTodayPage *self = VOC_TODAY_PAGE (widget);
  g_autoptr(GDateTime) tomorrow = local_midnight (self, 1);
  g_autoptr(GDateTime) until = g_date_time_add_hours (tomorrow, SNOOZE_UNTIL_HOUR);

  voc_pipeline_actions_snooze_task (self->actions, g_variant_get_int64 (parameter), until);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocTodayPage *self = VOC_TODAY_PAGE (widget);

  voc_pipeline_actions_delete_task (self->actions, g_variant_get_int64 (parameter));
}

static void
delete_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VocTodayPage *self = VOC_TODAY_PAGE (widget);

  voc_pipeline_actions_delete_event (self->actions, g_variant_get_int64 (parameter));
}

static void
open_task_editor (VocTodayPage *self,
                  VocTask      *task)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  VocTaskEditor *editor;

  if (self->database == NULL)
    return;

  editor = voc_task_editor_new (self->database, task, 0);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_task_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_task_editor (VOC_TODAY_PAGE (widget), NULL);
}

static void
edit_task_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VocTodayPage *self = VOC_TODAY_PAGE (widget);
  g_autoptr(VocTask) task = find_task (self, g_variant_get_int64 (parameter));

  if (task != NULL)
    open_task_editor (self, task);
}

static VocEvent *
find_event (VocTodayPage *self,
            gint64        id)
{
  return voc_pipeline_actions_find (self->actions, VOC_TYPE_EVENT, id);
}

static void
open_event_editor (VocTodayPage *self,
                   VocEvent     *event)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  VocEventEditor *editor;

  if (self->database == NULL)
    return;

  editor = voc_event_editor_new (self->database, event, 0);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  open_event_editor (VOC_TODAY_PAGE (widget), NULL);
}

static void
edit_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VocTodayPage *self = VOC_TODAY_PAGE (widget);
  g_autoptr(VocEvent) event = find_event (self, g_variant_get_int64 (parameter));

  if (event != NULL)
    open_event_editor (self, event);
}

static void
on_event_written_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(VocTodayPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Cannot export the event: %s"), error);
      return;
    }

  path = g_file_get_parse_name (G_FILE (object));
  {
    g_autofree char *escaped = g_markup_escape_text (path, -1);

    /* TRANSLATORS: %s is the file an event was saved in */
    show_toast (self, adw_toast_new_format (_("Event exported to %s"), escaped));
  }
  self->n_exports++;
}

/**
 * voc_today_page_export_event:
 * @id: the event
 * @file: where to write it as iCalendar
 *
 * Writes one event, with its reminders, off the main thread; a toast says where.
 */
void
voc_today_page_export_event (VocTodayPage *self,
                             gint64        id,
                             GFile        *file)
{
  g_autoptr(VocEvent) event = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *text;

  g_return_if_fail (VOC_IS_TODAY_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  event = find_event (self, id);
  if (event == NULL)
    return;

  events = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (events, g_steal_pointer (&event));
  now = voc_date_time_now_utc ();
  text = voc_ical_write (events, now);
  bytes = g_bytes_new_take (text, strlen (text));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       self->cancellable, on_event_written_cb, g_object_ref (self));
}

guint
voc_today_page_get_n_exports (VocTodayPage *self)
{
  g_return_val_if_fail (VOC_IS_TODAY_PAGE (self), 0);

  return self->n_exports;
}

static void
on_event_chooser_response_cb (VocTodayPage         *self,
                              int                   response,
                              GtkFileChooserNative *chooser)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (chooser), "voc-event-id"));

  if (response == GTK_RESPONSE_ACCEPT && self->database != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      voc_today_page_export_event (self, id, file);
    }

  g_clear_object (&self->file_chooser);
}

static void
export_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VocTodayPage *self = VOC_TODAY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(VocEvent) event = NULL;
  g_autofree char *name = NULL;

  if (self->database == NULL || self->file_chooser != NULL)
    return;

  event = find_event (self, id);
  if (event == NULL)
    return;

  /* The title, without what a file name cannot hold. */
  name = g_strdelimit (g_strconcat (voc_event_get_title (event), ".ics", NULL), "/\\:", '-');
  self->file_chooser = gtk_file_chooser_native_new (_("Export Event to Calendar"),
                                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                    GTK_FILE_CHOOSER_ACTION_SAVE,
                                                    _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->file_chooser), name);
  g_object_set_data (G_OBJECT (self->file_chooser), "voc-event-id", GSIZE_TO_POINTER (id));
  g_signal_connect_object (self->file_chooser, "response",
                           G_CALLBACK (on_event_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
}

static void
on_new_task_row_apply_cb (VocTodayPage *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->new_task_row))));
  g_autoptr(VocTask) task = NULL;
  g_autoptr(GDateTime) tomorrow = local_midnight (self, 1);
  g_autoptr(GDateTime) due = g_date_time_add_minutes (tomorrow, -1);
  g_autoptr(GError) error = NULL;

  if (self->repository == NULL || *title == '\0')
    return;

  task = voc_task_new ();
  voc_task_set_title (task, title);
  voc_task_set_kind (task, VOC_TASK_KIND_OTHER);
  voc_task_set_due_at (task, due);
  if (!voc_repository_insert (VOC_REPOSITORY (self->repository), task, &error))
    {
      show_error (self, _("Cannot add the task: %s"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->new_task_row), "");
}

static void
on_exported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VocTodayPage) self = user_data;
  g_autoptr(GError) error = NULL;
  guint n;

  n = voc_ical_export_finish (result, &error);
  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Cannot export the events: %s"), error);
      return;
    }

  show_toast (self, adw_toast_new_format (g_dngettext (GETTEXT_PACKAGE, "%u event exported",
                                                       "%u events exported", n), n));
}

static void
on_file_chooser_response_cb (VocTodayPage         *self,
                             int                   response,
                             GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->database != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      voc_ical_export_async (self->database, file, self->cancellable, on_exported_cb,
                             g_object_ref (self));
    }

  g_clear_object (&self->file_chooser);
}

static void
export_events_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VocTodayPage *self = VOC_TODAY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->database == NULL || self->file_chooser != NULL)
    return;

  self->file_chooser = gtk_file_chooser_native_new (_("Export Upcoming Events"),
                                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                    GTK_FILE_CHOOSER_ACTION_SAVE,
                                                    _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->file_chooser),
                                     /* TRANSLATORS: the file name offered for the export */
                                     _("Upcoming events.ics"));
  g_signal_connect_object (self->file_chooser, "response",
                           G_CALLBACK (on_file_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->file_chooser));
}

static gboolean on_midnight_cb (gpointer user_data);

/* Makes the lists again a second after the next local midnight. */
static void
schedule_midnight (VocTodayPage *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;
  GTimeSpan left;

  if (self->midnight_timer != 0)
    self->clock.remove_timer (self->midnight_timer, self->clock.user_data);
  self->midnight_timer = 0;

  if (self->database == NULL)
    return;

  now = page_now (self);
  tomorrow = local_midnight (self, 1);
  left = g_date_time_difference (tomorrow, now);
  self->midnight_timer = self->clock.add_timer ((guint) (MAX (left, 0) / G_USEC_PER_SEC) + 1,
                                                on_midnight_cb, self, self->clock.user_data);
}

static void
reload_lists (VocTodayPage *self)
{
  g_clear_object (&self->tasks);
  g_clear_object (&self->events);
  g_clear_object (&self->shown_events);

  if (self->repository != NULL)
    {
      g_autoptr(GDateTime) tomorrow = local_midnight (self, 1);
      g_autoptr(GDateTime) now = page_now (self);
      g_autoptr(GDateTime) week = g_date_time_add_days (now, 7);

      self->tasks = voc_pipeline_repository_list_due_tasks (self->repository, tomorrow);
      self->events = voc_pipeline_repository_list_events_between (self->repository, now, week);
      self->shown_events = voc_pipeline_actions_filter_events (self->actions,
                                                               G_LIST_MODEL (self->events));
    }

  gtk_list_box_bind_model (self->tasks_list,
                           self->tasks != NULL ? G_LIST_MODEL (self->tasks) : NULL,
                           create_task_row, self, NULL);
  gtk_list_box_bind_model (self->events_list, self->shown_events,
                           create_event_row, self, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.export-events", self->database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.new-task", self->database != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "today.new-event", self->database != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->new_task_row), self->database != NULL);
  update_goal (self);
  schedule_midnight (self);
}

static gboolean
on_midnight_cb (gpointer user_data)
{
  VocTodayPage *self = user_data;

  /* This timer ends here; reloading starts the next one. */
  self->midnight_timer = 0;
  reload_lists (self);

  return G_SOURCE_REMOVE;
}

static void
voc_today_page_map (GtkWidget *widget)
{
  VocTodayPage *self = VOC_TODAY_PAGE (widget);

  /* Today may be another day than when the page was last shown. */
  reload_lists (self);

  GTK_WIDGET_CLASS (voc_today_page_parent_class)->map (widget);
}

static void
voc_today_page_root (GtkWidget *widget)
{
  VocTodayPage *self = VOC_TODAY_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (voc_today_page_parent_class)->root (widget);

  /* Closing the window deletes the events whose Undo is still offered. */
  root = gtk_widget_get_root (widget);
  voc_pipeline_actions_set_window (self->actions, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

static void
voc_today_page_unroot (GtkWidget *widget)
{
  VocTodayPage *self = VOC_TODAY_PAGE (widget);

  if (self->actions != NULL)
    voc_pipeline_actions_set_window (self->actions, NULL);

  GTK_WIDGET_CLASS (voc_today_page_parent_class)->unroot (widget);
}

static void
voc_today_page_dispose (GObject *object)
{
  VocTodayPage *self = VOC_TODAY_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  if (self->midnight_timer != 0)
    self->clock.remove_timer (self->midnight_timer, self->clock.user_data);
  self->midnight_timer = 0;
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->file_chooser));
  g_clear_object (&self->file_chooser);
  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  g_clear_object (&self->database_signals);
  /* The events waiting for their Undo are deleted now, while the page can still follow. */
  if (self->actions != NULL)
    voc_pipeline_actions_commit_deletes (self->actions);
  g_clear_object (&self->actions);
  g_clear_object (&self->tasks);
  g_clear_object (&self->events);
  g_clear_object (&self->shown_events);
  g_clear_object (&self->repository);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (voc_today_page_parent_class)->dispose (object);
}

static void
voc_today_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VocTodayPage *self = VOC_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_today_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VocTodayPage *self = VOC_TODAY_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      voc_today_page_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_today_page_class_init (VocTodayPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_today_page_dispose;
  object_class->get_property = voc_today_page_get_property;
  object_class->set_property = voc_today_page_set_property;

  widget_class->map = voc_today_page_map;
  widget_class->root = voc_today_page_root;
  widget_class->unroot = voc_today_page_unroot;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VOC_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-today-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VocTodayPage, goal_box);
  gtk_widget_class_bind_template_child (widget_class, VocTodayPage, goal_label);
  gtk_widget_class_bind_template_child (widget_class, VocTodayPage, goal_bar);
  gtk_widget_class_bind_template_child (widget_class, VocTodayPage, tasks_list);
  gtk_widget_class_bind_template_child (widget_class, VocTodayPage, events_list);
  gtk_widget_class_bind_template_child (widget_class, VocTodayPage, new_task_row);
  gtk_widget_class_bind_template_callback (widget_class, on_new_task_row_apply_cb);

  gtk_widget_class_install_action (widget_class, "today.complete", "x", complete_action);
  gtk_widget_class_install_action (widget_class, "today.snooze", "x", snooze_action);
  gtk_widget_class_install_action (widget_class, "today.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "today.delete-event", "x", delete_event_action);
  gtk_widget_class_install_action (widget_class, "today.export-events", NULL,
                                   export_events_action);
  gtk_widget_class_install_action (widget_class, "today.new-task", NULL, new_task_action);
  gtk_widget_class_install_action (widget_class, "today.edit-task", "x", edit_task_action);
  gtk_widget_class_install_action (widget_class, "today.new-event", NULL, new_event_action);
  gtk_widget_class_install_action (widget_class, "today.edit-event", "x", edit_event_action);
  gtk_widget_class_install_action (widget_class, "today.export-event", "x", export_event_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "today.new-task", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "today.new-event", NULL);
}

static void
voc_today_page_init (VocTodayPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->clock = *voc_clock_get_system ();
  self->cancellable = g_cancellable_new ();
  self->actions = voc_pipeline_actions_new (GTK_WIDGET (self));
  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::daily-application-goal",
                           G_CALLBACK (update_goal), self, G_CONNECT_SWAPPED);

  /* Applications sent elsewhere (the board) count at once. */
  self->database_signals = g_signal_group_new (VOC_TYPE_DATABASE);
  g_signal_group_connect_swapped (self->database_signals, "rows-changed::job_application",
                                  G_CALLBACK (update_goal), self);

  reload_lists (self);
}

/**
 * voc_today_page_get_database:
 *
 * Returns: (transfer none) (nullable): the database
 */
VocDatabase *
voc_today_page_get_database (VocTodayPage *self)
{
  g_return_val_if_fail (VOC_IS_TODAY_PAGE (self), NULL);

  return self->database;
}

void
voc_today_page_set_database (VocTodayPage *self,
                             VocDatabase  *database)
{
  g_return_if_fail (VOC_IS_TODAY_PAGE (self));
  g_return_if_fail (!database || VOC_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  g_clear_object (&self->repository);
  if (database != NULL)
    self->repository = voc_pipeline_repository_new (database);
  /* The events waiting for their Undo are deleted in the database they came from. */
  voc_pipeline_actions_set_repository (self->actions, self->repository);
  g_signal_group_set_target (self->database_signals, database);

  reload_lists (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * voc_today_page_get_tasks:
 *
 * Returns: (transfer none) (nullable): the tasks listed
 */
GListModel *
voc_today_page_get_tasks (VocTodayPage *self)
{
  g_return_val_if_fail (VOC_IS_TODAY_PAGE (self), NULL);

  return self->tasks != NULL ? G_LIST_MODEL (self->tasks) : NULL;
}

/**
 * voc_today_page_get_events:
 *
 * Returns: (transfer none) (nullable): the events listed (not those whose delete can still
 *   be undone)
 */
GListModel *
voc_today_page_get_events (VocTodayPage *self)
{
  g_return_val_if_fail (VOC_IS_TODAY_PAGE (self), NULL);

  return self->shown_events;
}

const char *
voc_today_page_get_goal_text (VocTodayPage *self)
{
  g_return_val_if_fail (VOC_IS_TODAY_PAGE (self), NULL);

  return gtk_label_get_label (self->goal_label);
}

/**
 * voc_today_page_get_actions:
 *
 * Returns: (transfer none): what the rows of tasks and events do
 */
VocPipelineActions *
voc_today_page_get_actions (VocTodayPage *self)
{
  g_return_val_if_fail (VOC_IS_TODAY_PAGE (self), NULL);

  return self->actions;
}

/**
 * voc_today_page_set_clock:
 * @clock: (nullable): where the time comes from and how the page wakes up at midnight; %NULL
 *   for the system's
 *
 * Makes the lists again on that clock.
 */
void
voc_today_page_set_clock (VocTodayPage   *self,
                          const VocClock *clock)
{
  g_return_if_fail (VOC_IS_TODAY_PAGE (self));

  if (self->midnight_timer != 0)
    self->clock.remove_timer (self->midnight_timer, self->clock.user_data);
  self->midnight_timer = 0;
  self->clock = clock != NULL ? *clock : *voc_clock_get_system ();

  reload_lists (self);
}

/**
 * voc_today_page_refresh:
 *
 * Makes the lists again for the day it is now: after the wall clock jumped (a resume from
 * suspend, a time zone change).
 */
void
voc_today_page_refresh (VocTodayPage *self)
{
  g_return_if_fail (VOC_IS_TODAY_PAGE (self));

  reload_lists (self);
}
