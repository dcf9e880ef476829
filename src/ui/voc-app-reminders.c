/* voc-app-reminders.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-app-reminders"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-app-private.h"
#include "voc-app-reminders.h"
#include "voc-date.h"
#include "voc-pipeline-tasks.h"
#include "voc-scheduler.h"
#include "voc-today-page.h"
#include "voc-window-private.h"

/*
 * Reminders on the desktop: a #VocScheduler per database file (the default one when it
 * exists, and every file a window opens), whose reminders become #GNotifications with a
 * stable id. Their default action and buttons are `app.` actions whose target is the task's
 * or event's uuid, so that a click works even when it has to start Vocation again: the
 * actions wait for the databases to open.
 *
 * A scheduler uses the connection of the window of its file when there is one (so that the
 * window's lists see a task marked done from a notification) and a connection of its own
 * otherwise, kept after the window closes. While reminders are still to come and "Run in
 * background" is on, the application holds itself: closing the last window, or being
 * started as a D-Bus service, does not end it.
 */

#define SNOOZE_HOURS 1
#define QUEUE_TIMEOUT 30

typedef struct _Reminders Reminders;

typedef struct
{
  Reminders    *reminders;
  char         *path;
  VocDatabase  *database;     /* the window's, or its own */
  VocScheduler *scheduler;
  gboolean      opening;
} Source;

typedef struct
{
  char *action;
  char *uuid;
} QueuedAction;

struct _Reminders
{
  GtkApplication *application;  /* owns this */
  GSettings      *settings;
  GHashTable     *sources;      /* path → Source */
  GPtrArray      *queued;       /* QueuedAction, until the databases are open */
  GDBusConnection *system_bus;
  GCancellable   *cancellable;
  guint           queue_timeout_id;
  gboolean        held;
  gboolean        shut_down;
};

static void update_hold (Reminders *self);

static void
queued_action_free (QueuedAction *queued)
{
  g_free (queued->action);
  g_free (queued->uuid);
  g_free (queued);
}

static void
source_free (Source *source)
{
  if (source->scheduler != NULL)
    {
      voc_scheduler_stop (source->scheduler);
      voc_scheduler_watch_sleep (source->scheduler, NULL);
      g_signal_handlers_disconnect_by_data (source->scheduler, source->reminders);
    }
  g_clear_object (&source->scheduler);
  g_clear_object (&source->database);
  g_free (source->path);
  g_free (source);
}

static void
reminders_free (Reminders *self)
{
  g_clear_handle_id (&self->queue_timeout_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (self->settings, self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->sources, g_hash_table_unref);
  g_clear_pointer (&self->queued, g_ptr_array_unref);
  g_clear_object (&self->system_bus);
  g_clear_object (&self->settings);
  g_free (self);
}

/* Whether a database is still opening, ours or a window's: an action that comes with the
 * start of the application (a click that started it) waits for it. */
static gboolean
any_opening (Reminders *self)
{
  GHashTableIter iter;
  Source *source;

  g_hash_table_iter_init (&iter, self->sources);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &source))
    if (source->opening)
      return TRUE;

  for (const GList *l = gtk_application_get_windows (self->application); l; l = l->next)
    if (VOC_IS_WINDOW (l->data) && voc_window_get_database (l->data) == NULL &&
        voc_window_get_error_dialog (l->data) == NULL)
      return TRUE;

  return FALSE;
}

static void
read_rule_settings (Reminders           *self,
                    VocTaskRuleSettings *rules)
{
  voc_task_rule_settings_init (rules);
  rules->enabled = 0;
  if (g_settings_get_boolean (self->settings, "rule-follow-up"))
    rules->enabled |= VOC_TASK_RULE_FOLLOW_UP;
  if (g_settings_get_boolean (self->settings, "rule-thank-you"))
    rules->enabled |= VOC_TASK_RULE_THANK_YOU;
  if (g_settings_get_boolean (self->settings, "rule-prep"))
    rules->enabled |= VOC_TASK_RULE_PREP;
  if (g_settings_get_boolean (self->settings, "rule-decision"))
    rules->enabled |= VOC_TASK_RULE_DECISION;
  rules->follow_up_days = g_settings_get_uint (self->settings, "follow-up-days");
  rules->decision_hours = g_settings_get_uint (self->settings, "decision-hours");
}

static void
deliver_cb (VocScheduler      *scheduler,
            const VocReminder *reminder,
            gpointer           user_data)
{
  Reminders *self = user_data;
  g_autoptr(GNotification) notification = g_notification_new (reminder->title);

  g_notification_set_body (notification, reminder->body);

  if (reminder->kind == VOC_NOTIFICATION_KIND_TASK_DUE)
    {
      g_notification_set_default_action_and_target (notification, "app.open-task", "s",
                                                    reminder->uuid);
      g_notification_add_button_with_target (notification, _("Mark done"), "app.task-done",
                                             "s", reminder->uuid);
      g_notification_add_button_with_target (notification, _("Snooze 1 hour"),
                                             "app.task-snooze", "s", reminder->uuid);
    }
  else
    {
      g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
      g_notification_set_default_action_and_target (notification, "app.open-event", "s",
                                                    reminder->uuid);
    }

  g_application_send_notification (G_APPLICATION (self->application), reminder->id,
                                   notification);
}

static void
on_scheduler_has_pending_cb (VocScheduler *scheduler,
                             GParamSpec   *pspec,
                             Reminders    *self)
{
  update_hold (self);
}

/* A resume from suspend, or a clock or time zone change: the day may be another one, and a
 * main-loop timer sleeps through a suspend. The Today pages make their lists again. */
static void
on_scheduler_clock_jumped_cb (VocScheduler *scheduler,
                              gint64        seconds,
                              Reminders    *self)
{
  for (const GList *l = gtk_application_get_windows (self->application); l; l = l->next)
    if (VOC_IS_WINDOW (l->data))
      voc_today_page_refresh (VOC_TODAY_PAGE (voc_window_get_page (l->data, "today")));
}

static void run_queued (Reminders *self);

/* Gives @source its database and starts its scheduler. */
static void
source_set_database (Source      *source,
                     VocDatabase *database)
{
  Reminders *self = source->reminders;
  VocTaskRuleSettings rules;

  g_set_object (&source->database, database);
  source->opening = FALSE;

  if (source->scheduler == NULL)
    {
      source->scheduler = voc_scheduler_new (database);
      voc_scheduler_set_delivery (source->scheduler, deliver_cb, self, NULL);
      g_signal_connect (source->scheduler, "notify::has-pending",
                        G_CALLBACK (on_scheduler_has_pending_cb), self);
      g_signal_connect (source->scheduler, "clock-jumped",
                        G_CALLBACK (on_scheduler_clock_jumped_cb), self);
      read_rule_settings (self, &rules);
      voc_scheduler_set_rule_settings (source->scheduler, &rules);
      voc_scheduler_watch_sleep (source->scheduler, self->system_bus);
      voc_scheduler_start (source->scheduler);
    }
  else
    voc_scheduler_set_database (source->scheduler, database);

  run_queued (self);
  update_hold (self);
}

static void
on_database_opened_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autofree char *path = user_data;
  g_autoptr(VocDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  Reminders *self;
  Source *source;

  database = voc_database_open_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = g_object_get_data (G_OBJECT (g_application_get_default ()), "voc-app-reminders");
  if (self == NULL || self->shut_down)
    return;

  source = g_hash_table_lookup (self->sources, path);
  if (source == NULL || !source->opening)
    return;  /* a window brought its own connection first */

  if (database == NULL)
    {
      /* The window of this file says what is wrong with it; reminders just stay off. */
      g_message ("No reminders from %s: %s", path, error->message);
      g_hash_table_remove (self->sources, path);
      run_queued (self);
      update_hold (self);
      return;
    }

  source_set_database (source, database);
}

static Source *
add_source (Reminders  *self,
            const char *path)
{
  Source *source = g_new0 (Source, 1);

  source->reminders = self;
  source->path = g_strdup (path);
  g_hash_table_insert (self->sources, source->path, source);
  return source;
}

static void
on_window_database_cb (VocWindow  *window,
                       GParamSpec *pspec,
                       Reminders  *self)
{
  VocDatabase *database = voc_window_get_database (window);
  const char *path = voc_window_get_database_path (window);
  Source *source;

  if (database == NULL || self->shut_down)
    return;

  source = g_hash_table_lookup (self->sources, path);
  if (source == NULL)
    source = add_source (self, path);
  if (source->database != database)
    source_set_database (source, database);
}

static void
on_window_added_cb (GtkApplication *application,
                    GtkWindow      *window,
                    Reminders      *self)
{
  if (!VOC_IS_WINDOW (window))
    return;

  /* The window goes before the application that owns this. */
  g_signal_connect (window, "notify::database", G_CALLBACK (on_window_database_cb), self);
  on_window_database_cb (VOC_WINDOW (window), NULL, self);
}

static void
update_hold (Reminders *self)
{
  gboolean pending = FALSE;
  gboolean hold;
  GHashTableIter iter;
  Source *source;

  g_hash_table_iter_init (&iter, self->sources);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &source))
    pending |= source->scheduler != NULL && voc_scheduler_get_has_pending (source->scheduler);

  hold = !self->shut_down &&
         ((pending && g_settings_get_boolean (self->settings, "run-in-background")) ||
          self->queued->len > 0);

  if (hold == self->held)
    return;

  self->held = hold;
  if (hold)
    g_application_hold (G_APPLICATION (self->application));
  else
    g_application_release (G_APPLICATION (self->application));
}

static void
on_settings_changed_cb (GSettings  *settings,
                        const char *key,
                        Reminders  *self)
{
  VocTaskRuleSettings rules;
  GHashTableIter iter;
  Source *source;

  if (g_str_equal (key, "run-in-background"))
    {
      update_hold (self);
      return;
    }

  if (!g_str_has_prefix (key, "rule-") && !g_str_equal (key, "follow-up-days") &&
      !g_str_equal (key, "decision-hours"))
    return;

  read_rule_settings (self, &rules);
  g_hash_table_iter_init (&iter, self->sources);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &source))
    if (source->scheduler != NULL)
      {
        voc_scheduler_set_rule_settings (source->scheduler, &rules);
        voc_scheduler_check (source->scheduler);
      }
}

static void
on_system_bus_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GError) error = NULL;
  Reminders *self;
  GHashTableIter iter;
  Source *source;

  /* Without a system bus (a container, a test) the minute checks still notice a suspend. */
  bus = g_bus_get_finish (result, &error);
  if (bus == NULL)
    return;

  self = g_object_get_data (G_OBJECT (g_application_get_default ()), "voc-app-reminders");
  if (self == NULL || self->shut_down)
    return;

  g_set_object (&self->system_bus, bus);
  g_hash_table_iter_init (&iter, self->sources);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &source))
    if (source->scheduler != NULL)
      voc_scheduler_watch_sleep (source->scheduler, bus);
}

/* Actions */

typedef enum
{
  FIND_TASK,
  FIND_EVENT,
} FindKind;

/* Looks for the task or event with that uuid in every open database. */
static Source *
find_item (Reminders   *self,
           FindKind     kind,
           const char  *uuid,
           VocEntity  **item)
{
  GHashTableIter iter;
  Source *source;

  g_hash_table_iter_init (&iter, self->sources);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &source))
    {
      g_autoptr(VocPipelineRepository) repository = NULL;
      gpointer found;

      if (source->database == NULL)
        continue;

      repository = voc_pipeline_repository_new (source->database);
      if (kind == FIND_TASK)
        found = voc_pipeline_repository_find_task_by_uuid (repository, uuid, NULL);
      else
        found = voc_pipeline_repository_find_event_by_uuid (repository, uuid, NULL);

      if (found != NULL)
        {
          *item = found;
          return source;
        }
    }

  return NULL;
}

static void
open_item (Reminders  *self,
           Source     *source)
{
  VocWindow *window;

  if (source == NULL)
    {
      g_application_activate (G_APPLICATION (self->application));
      return;
    }

  window = voc_app_open_database (VOC_APP (self->application), source->path);
  /* The Today page lists the open tasks and the coming events. */
  voc_window_set_visible_page (window, "today");
}

static void
change_task (Reminders  *self,
             Source     *source,
             VocTask    *task,
             gboolean    snooze)
{
  g_autoptr(VocPipelineRepository) repository = voc_pipeline_repository_new (source->database);
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strconcat ("task-", voc_entity_get_uuid (VOC_ENTITY (task)), NULL);
  gboolean ok;

  if (snooze)
    {
      g_autoptr(GDateTime) until = g_date_time_add_hours (now, SNOOZE_HOURS);

      ok = voc_task_get_done_at (task) != NULL ||
           voc_pipeline_repository_snooze_task (repository, task, until, &error);
    }
  else
    ok = voc_task_get_done_at (task) != NULL ||
         voc_pipeline_repository_complete_task (repository, task, now, &error);

  if (!ok)
    {
      /* The notification stays, so the user can try again or open the task. */
      g_message ("Task %s in %s: %s", voc_entity_get_uuid (VOC_ENTITY (task)), source->path,
                 error->message);
      return;
    }

  g_application_withdraw_notification (G_APPLICATION (self->application), id);
  if (source->scheduler != NULL)
    voc_scheduler_check (source->scheduler);
}

/* A database that takes this long to open will not: the waiting actions run without it. */
static gboolean
on_queue_timeout_cb (gpointer user_data)
{
  Reminders *self = user_data;

  self->queue_timeout_id = 0;
  run_queued (self);
  return G_SOURCE_REMOVE;
}

/* Runs an action now, or keeps it for when the databases still opening are open. Returns
 * whether it ran. */
static gboolean
run_action (Reminders  *self,
            const char *action,
            const char *uuid,
            gboolean    may_queue)
{
  gboolean task = !g_str_equal (action, "open-event");
  g_autoptr(VocEntity) item = NULL;
  Source *source;

  source = find_item (self, task ? FIND_TASK : FIND_EVENT, uuid, &item);
  if (source == NULL && may_queue && any_opening (self))
    {
      QueuedAction *queued = g_new0 (QueuedAction, 1);

      queued->action = g_strdup (action);
      queued->uuid = g_strdup (uuid);
      g_ptr_array_add (self->queued, queued);
      if (self->queue_timeout_id == 0)
        self->queue_timeout_id = g_timeout_add_seconds (QUEUE_TIMEOUT, on_queue_timeout_cb, self);
      update_hold (self);
      return FALSE;
    }

  if (g_str_equal (action, "open-task") || g_str_equal (action, "open-event"))
    open_item (self, source);
  else if (source != NULL)
    change_task (self, source, VOC_TASK (item), g_str_equal (action, "task-snooze"));
  else
    g_message ("No task %s in the open databases", uuid);

  return TRUE;
}

static void
run_queued (Reminders *self)
{
  g_autoptr(GPtrArray) queued = NULL;
  gboolean opening = any_opening (self) && self->queue_timeout_id != 0;

  if (self->queued->len == 0)
    return;

  queued = g_steal_pointer (&self->queued);
  self->queued = g_ptr_array_new_with_free_func ((GDestroyNotify) queued_action_free);
  for (guint i = 0; i < queued->len; i++)
    {
      QueuedAction *q = g_ptr_array_index (queued, i);

      run_action (self, q->action, q->uuid, opening);
    }
  if (self->queued->len == 0)
    g_clear_handle_id (&self->queue_timeout_id, g_source_remove);
  update_hold (self);
}

static void
reminder_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  Reminders *self = g_object_get_data (user_data, "voc-app-reminders");

  if (self == NULL || self->shut_down)
    return;

  run_action (self, g_action_get_name (G_ACTION (action)),
              g_variant_get_string (parameter, NULL), TRUE);
}

static const GActionEntry reminder_actions[] = {
  { "open-task", reminder_action, "s" },
  { "open-event", reminder_action, "s" },
  { "task-done", reminder_action, "s" },
  { "task-snooze", reminder_action, "s" },
};

static void
on_shutdown_cb (GApplication *application,
                Reminders    *self)
{
  self->shut_down = TRUE;
  g_clear_handle_id (&self->queue_timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_hash_table_remove_all (self->sources);
  g_ptr_array_set_size (self->queued, 0);
  if (self->held)
    {
      self->held = FALSE;
      g_application_release (application);
    }
}

/**
 * voc_app_reminders_install:
 * @application: the application, during its `startup`
 * @settings: the application's settings
 *
 * Installs the reminder actions (`app.open-task`, `app.open-event`, `app.task-done`,
 * `app.task-snooze`, each with a uuid), starts a scheduler on the default database and on
 * the database of every window, and holds the application while reminders are to come.
 */
void
voc_app_reminders_install (GtkApplication *application,
                           GSettings      *settings)
{
  Reminders *self;
  g_autofree char *default_path = NULL;

  g_return_if_fail (GTK_IS_APPLICATION (application));
  g_return_if_fail (G_IS_SETTINGS (settings));

  self = g_new0 (Reminders, 1);
  self->application = application;
  self->settings = g_object_ref (settings);
  self->sources = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                         (GDestroyNotify) source_free);
  self->queued = g_ptr_array_new_with_free_func ((GDestroyNotify) queued_action_free);
  self->cancellable = g_cancellable_new ();
  g_object_set_data_full (G_OBJECT (application), "voc-app-reminders", self,
                          (GDestroyNotify) reminders_free);

  g_action_map_add_action_entries (G_ACTION_MAP (application), reminder_actions,
                                   G_N_ELEMENTS (reminder_actions), application);

  g_signal_connect (settings, "changed", G_CALLBACK (on_settings_changed_cb), self);
  g_signal_connect (application, "window-added", G_CALLBACK (on_window_added_cb), self);
  g_signal_connect (application, "shutdown", G_CALLBACK (on_shutdown_cb), self);

  /* The default database has reminders only if it exists: opening it would create it. */
  default_path = voc_database_dup_default_path ();
  if (g_file_test (default_path, G_FILE_TEST_EXISTS))
    {
      Source *source = add_source (self, default_path);

      source->opening = TRUE;
      voc_database_open_async (default_path, self->cancellable, on_database_opened_cb,
                               g_strdup (default_path));
    }

  g_bus_get (G_BUS_TYPE_SYSTEM, self->cancellable, on_system_bus_cb, NULL);
}
