/* voc-scheduler.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-scheduler"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-date.h"
#include "voc-pipeline-tasks.h"
#include "voc-scheduler.h"

/*
 * The reminder scheduler. Nothing on the desktop schedules a notification for later, and a
 * long timer runs late after a suspend, so the scheduler looks at the wall clock every
 * minute (and right after the machine wakes up) and asks the store which reminders are due
 * and not yet sent: open tasks whose due time or snooze has passed, event reminders whose
 * offset has come for events that are not over.
 *
 * Each reminder it hands on is first written to the `notification` table, keyed by the item
 * and the time it was due; that row is what makes it fire once. A restart finds the row and
 * does not repeat it; a clock that jumps back finds the row too; a clock that jumps forward
 * (or a machine that slept through the time) finds the reminder still unsent and fires it.
 * A wall clock that moved differently from the monotonic clock between two checks is a jump
 * (a suspend, a time zone or NTP change): it is announced with ::clock-jumped and checked
 * at once.
 *
 * The rules that suggest tasks run before each check, so that a suggested task due now
 * reminds in the same minute.
 */

struct _VocScheduler
{
  GObject                parent_instance;

  VocDatabase           *database;
  VocPipelineRepository *repository;
  VocClock               clock;
  VocTaskRuleSettings    rules;
  gboolean               rules_enabled;

  VocReminderFunc        deliver;
  gpointer               deliver_data;
  GDestroyNotify         deliver_destroy;

  guint                  timer_id;
  GDBusConnection       *system_bus;
  guint                  sleep_subscription;

  GDateTime             *last_wall;
  gint64                 last_monotonic;
  gboolean               has_pending;
};

G_DEFINE_FINAL_TYPE (VocScheduler, voc_scheduler, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_HAS_PENDING,
  N_PROPS
};

enum {
  CLOCK_JUMPED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GDateTime *
system_now (gpointer user_data)
{
  return g_date_time_new_now_utc ();
}

static gint64
system_monotonic (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static guint
system_add_timer (guint        seconds,
                  GSourceFunc  func,
                  gpointer     data,
                  gpointer     user_data)
{
  return g_timeout_add_seconds (seconds, func, data);
}

static void
system_remove_timer (guint    id,
                     gpointer user_data)
{
  g_source_remove (id);
}

static const VocClock system_clock = {
  system_now, system_monotonic, system_add_timer, system_remove_timer, NULL
};

/**
 * voc_clock_get_system:
 *
 * Returns: (transfer none): the system's clocks and main-loop timers
 */
const VocClock *
voc_clock_get_system (void)
{
  return &system_clock;
}

static void
reminder_clear (VocReminder *reminder)
{
  g_free (reminder->id);
  g_free (reminder->uuid);
  g_free (reminder->title);
  g_free (reminder->body);
  g_clear_pointer (&reminder->fire_at, g_date_time_unref);
}

/* "14:30", or "Tue 24 Nov, 14:30" when not today, in the local time zone. */
static char *
format_when (GDateTime *time,
             GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);
  g_autoptr(GDateTime) local_now = g_date_time_to_local (now);

  if (g_date_time_get_year (local) == g_date_time_get_year (local_now) &&
      g_date_time_get_day_of_year (local) == g_date_time_get_day_of_year (local_now))
    /* TRANSLATORS: a time of day in a reminder; see the strftime() manual */
    return g_date_time_format (local, C_("reminder time", "%H:%M"));

  /* TRANSLATORS: a day and a time in a reminder; see the strftime() manual */
  return g_date_time_format (local, C_("reminder date", "%a %-d %b, %H:%M"));
}

/* How long until an event starts: "in 25 minutes", "in 6 hours", "in 2 days". */
static char *
format_until (GDateTime *start,
              GDateTime *now)
{
  GTimeSpan left = g_date_time_difference (start, now);
  gint64 minutes = (left + G_TIME_SPAN_MINUTE - 1) / G_TIME_SPAN_MINUTE;

  if (minutes >= 24 * 60)
    minutes -= minutes % (24 * 60);
  else if (minutes >= 60)
    minutes -= minutes % 60;

  if (minutes <= 0)
    return g_strdup (_("now"));
  if (minutes % (24 * 60) == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d day", "in %d days",
                                         minutes / (24 * 60)),
                            (int) (minutes / (24 * 60)));
  if (minutes % 60 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d hour", "in %d hours",
                                         minutes / 60),
                            (int) (minutes / 60));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d minute", "in %d minutes",
                                       minutes),
                          (int) minutes);
}

static void
build_reminder (VocReminder    *reminder,
                VocDueReminder *due,
                GDateTime      *now)
{
  const char *uuid = voc_entity_get_uuid (due->item);
  GString *body = g_string_new (NULL);

  reminder->kind = due->kind;
  reminder->uuid = g_strdup (uuid);
  reminder->fire_at = g_date_time_ref (due->fire_at);
  reminder->offset_minutes = due->offset_minutes;

  if (VOC_IS_TASK (due->item))
    {
      VocTask *task = VOC_TASK (due->item);
      g_autofree char *when = format_when (due->fire_at, now);

      reminder->id = g_strconcat ("task-", uuid, NULL);
      reminder->title = g_strdup (voc_task_get_title (task));
      /* TRANSLATORS: the body of a task reminder; %s is a time like "14:30" */
      g_string_append_printf (body, _("Due %s"), when);
    }
  else
    {
      VocEvent *event = VOC_EVENT (due->item);
      g_autofree char *when = format_when (voc_event_get_starts_at (event), now);
      g_autofree char *in = format_until (voc_event_get_starts_at (event), now);
      const char *where = voc_event_get_location (event) != NULL
                          ? voc_event_get_location (event)
                          : voc_event_get_meeting_url (event);

      reminder->id = g_strdup_printf ("event-%s-%" G_GINT64_FORMAT, uuid, due->offset_minutes);
      reminder->title = g_strdup (voc_event_get_title (event));
      /* TRANSLATORS: the body of an event reminder: a time like "14:30" and how long until
       * then, like "in 30 minutes" */
      g_string_append_printf (body, _("Starts %s (%s)"), when, in);
      if (where != NULL && *where != '\0')
        g_string_append_printf (body, "\n%s", where);
    }

  if (due->label != NULL)
    g_string_append_printf (body, "\n%s", due->label);

  reminder->body = g_string_free (body, FALSE);
}

static void
set_has_pending (VocScheduler *self,
                 gboolean      has_pending)
{
  if (self->has_pending == has_pending)
    return;

  self->has_pending = has_pending;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PENDING]);
}

/* Compares how far the wall clock and the monotonic clock moved since the last check. */
static void
detect_jump (VocScheduler *self,
             GDateTime    *now,
             gint64        monotonic)
{
  if (self->last_wall != NULL)
    {
      gint64 wall_moved = g_date_time_difference (now, self->last_wall);
      gint64 jump = (wall_moved - (monotonic - self->last_monotonic)) / G_USEC_PER_SEC;

      if (ABS (jump) > VOC_SCHEDULER_JUMP_THRESHOLD)
        {
          g_debug ("The wall clock jumped by %" G_GINT64_FORMAT " s", jump);
          g_signal_emit (self, signals[CLOCK_JUMPED], 0, jump);
        }
    }

  g_clear_pointer (&self->last_wall, g_date_time_unref);
  self->last_wall = g_date_time_ref (now);
  self->last_monotonic = monotonic;
}

/* Writes the reminders as sent, in one transaction, and returns those written: one already
 * in the table (a second scheduler on the same file got there first) is left out. */
static GPtrArray *
record (VocScheduler *self,
        GPtrArray    *due,
        GDateTime    *now,
        GError      **error)
{
  g_autoptr(GPtrArray) sent = g_ptr_array_new_with_free_func (g_free);

  /* Most minutes nothing is due: no need to take the write lock for it. */
  if (due->len == 0)
    return g_steal_pointer (&sent);

  if (!voc_database_begin (self->database, error))
    return NULL;

  for (guint i = 0; i < due->len; i++)
    {
      VocDueReminder *d = g_ptr_array_index (due, i);
      g_autoptr(VocNotification) notification = voc_notification_new ();
      g_autoptr(GError) local_error = NULL;
      VocReminder reminder = { 0 };

      build_reminder (&reminder, d, now);
      voc_notification_set_kind (notification, d->kind);
      voc_notification_set_entity (notification, voc_entity_get_table (d->item));
      voc_notification_set_entity_id (notification, voc_entity_get_id (d->item));
      voc_notification_set_fire_at (notification, d->fire_at);
      voc_notification_set_sent_at (notification, now);
      voc_notification_set_title (notification, reminder.title);
      voc_notification_set_body (notification, reminder.body);

      if (!voc_repository_insert (VOC_REPOSITORY (self->repository), notification, &local_error))
        {
          reminder_clear (&reminder);
          if (g_error_matches (local_error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CONSTRAINT))
            continue;
          g_propagate_error (error, g_steal_pointer (&local_error));
          voc_database_rollback (self->database);
          return NULL;
        }

      g_ptr_array_add (sent, g_memdup2 (&reminder, sizeof reminder));
    }

  if (!voc_database_commit (self->database, error))
    {
      voc_database_rollback (self->database);
      for (guint i = 0; i < sent->len; i++)
        reminder_clear (g_ptr_array_index (sent, i));
      return NULL;
    }

  return g_steal_pointer (&sent);
}

static gboolean
on_timer_cb (gpointer user_data)
{
  VocScheduler *self = user_data;

  voc_scheduler_check (self);
  return G_SOURCE_CONTINUE;
}

static void
on_prepare_for_sleep_cb (GDBusConnection *connection,
                         const char      *sender_name,
                         const char      *object_path,
                         const char      *interface_name,
                         const char      *signal_name,
                         GVariant        *parameters,
                         gpointer         user_data)
{
  VocScheduler *self = user_data;
  gboolean going_to_sleep = TRUE;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    return;

  g_variant_get (parameters, "(b)", &going_to_sleep);
  if (!going_to_sleep)
    {
      g_debug ("Woke up from sleep: checking reminders");
      voc_scheduler_check (self);
    }
}

static void
unwatch_sleep (VocScheduler *self)
{
  if (self->sleep_subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->sleep_subscription);
  self->sleep_subscription = 0;
  g_clear_object (&self->system_bus);
}

static void
voc_scheduler_dispose (GObject *object)
{
  VocScheduler *self = (VocScheduler *) object;

  voc_scheduler_stop (self);
  unwatch_sleep (self);
  voc_scheduler_set_delivery (self, NULL, NULL, NULL);
  g_clear_object (&self->repository);
  g_clear_object (&self->database);
  g_clear_pointer (&self->last_wall, g_date_time_unref);
  g_clear_pointer (&self->rules.time_zone, g_time_zone_unref);

  G_OBJECT_CLASS (voc_scheduler_parent_class)->dispose (object);
}

static void
voc_scheduler_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VocScheduler *self = VOC_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_HAS_PENDING:
      g_value_set_boolean (value, self->has_pending);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_scheduler_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VocScheduler *self = VOC_SCHEDULER (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      voc_scheduler_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_scheduler_class_init (VocSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = voc_scheduler_dispose;
  object_class->get_property = voc_scheduler_get_property;
  object_class->set_property = voc_scheduler_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, VOC_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * VocScheduler:has-pending:
   *
   * Whether a reminder is still to come (as of the last check): the application stays up
   * for it when it runs in the background.
   */
  properties[PROP_HAS_PENDING] =
    g_param_spec_boolean ("has-pending", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VocScheduler::clock-jumped:
   * @seconds: how far the wall clock moved beyond the time that passed (negative: back)
   *
   * The wall clock jumped between two checks: a suspend, a time zone or clock change.
   */
  signals[CLOCK_JUMPED] =
    g_signal_new ("clock-jumped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
voc_scheduler_init (VocScheduler *self)
{
  self->clock = system_clock;
  voc_task_rule_settings_init (&self->rules);
}

/**
 * voc_scheduler_new:
 * @database: (nullable): the database whose reminders it delivers
 */
VocScheduler *
voc_scheduler_new (VocDatabase *database)
{
  return g_object_new (VOC_TYPE_SCHEDULER, "database", database, NULL);
}

VocDatabase *
voc_scheduler_get_database (VocScheduler *self)
{
  g_return_val_if_fail (VOC_IS_SCHEDULER (self), NULL);

  return self->database;
}

void
voc_scheduler_set_database (VocScheduler *self,
                            VocDatabase  *database)
{
  g_return_if_fail (VOC_IS_SCHEDULER (self));
  g_return_if_fail (database == NULL || VOC_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  g_clear_object (&self->repository);
  if (database != NULL)
    {
      self->repository = voc_pipeline_repository_new (database);
      voc_repository_set_actor (VOC_REPOSITORY (self->repository), VOC_AUDIT_ACTOR_SYSTEM);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * voc_scheduler_set_clock:
 * @clock: (nullable): where the time comes from; %NULL for the system's clocks
 *
 * Takes effect at the next voc_scheduler_start().
 */
void
voc_scheduler_set_clock (VocScheduler   *self,
                         const VocClock *clock)
{
  g_return_if_fail (VOC_IS_SCHEDULER (self));

  self->clock = clock != NULL ? *clock : system_clock;
  g_clear_pointer (&self->last_wall, g_date_time_unref);
}

/**
 * voc_scheduler_set_rule_settings:
 * @settings: (nullable): the task rules to run before each check; %NULL runs none
 */
void
voc_scheduler_set_rule_settings (VocScheduler              *self,
                                 const VocTaskRuleSettings *settings)
{
  g_return_if_fail (VOC_IS_SCHEDULER (self));

  g_clear_pointer (&self->rules.time_zone, g_time_zone_unref);
  self->rules_enabled = settings != NULL;
  if (settings != NULL)
    {
      self->rules = *settings;
      if (settings->time_zone != NULL)
        self->rules.time_zone = g_time_zone_ref (settings->time_zone);
    }
}

/**
 * voc_scheduler_set_delivery:
 * @func: (nullable): called once for every reminder, after it was recorded as sent
 */
void
voc_scheduler_set_delivery (VocScheduler    *self,
                            VocReminderFunc  func,
                            gpointer         user_data,
                            GDestroyNotify   destroy)
{
  g_return_if_fail (VOC_IS_SCHEDULER (self));

  if (self->deliver_destroy != NULL)
    self->deliver_destroy (self->deliver_data);

  self->deliver = func;
  self->deliver_data = user_data;
  self->deliver_destroy = destroy;
}

/**
 * voc_scheduler_watch_sleep:
 * @system_bus: (nullable): where logind announces a suspend and a resume; %NULL stops
 *   watching
 *
 * Checks right after the machine wakes up (logind's `PrepareForSleep(false)`). The signal is
 * taken from any sender: a forged one causes no more than an early check.
 */
void
voc_scheduler_watch_sleep (VocScheduler    *self,
                           GDBusConnection *system_bus)
{
  g_return_if_fail (VOC_IS_SCHEDULER (self));
  g_return_if_fail (system_bus == NULL || G_IS_DBUS_CONNECTION (system_bus));

  unwatch_sleep (self);
  if (system_bus == NULL)
    return;

  self->system_bus = g_object_ref (system_bus);
  self->sleep_subscription =
    g_dbus_connection_signal_subscribe (system_bus, NULL, "org.freedesktop.login1.Manager",
                                        "PrepareForSleep", "/org/freedesktop/login1", NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE, on_prepare_for_sleep_cb, self,
                                        NULL);
}

/**
 * voc_scheduler_start:
 *
 * Checks now, then every minute.
 */
void
voc_scheduler_start (VocScheduler *self)
{
  g_return_if_fail (VOC_IS_SCHEDULER (self));

  voc_scheduler_stop (self);
  self->timer_id = self->clock.add_timer (VOC_SCHEDULER_INTERVAL, on_timer_cb, self,
                                          self->clock.user_data);
  voc_scheduler_check (self);
}

void
voc_scheduler_stop (VocScheduler *self)
{
  g_return_if_fail (VOC_IS_SCHEDULER (self));

  if (self->timer_id != 0)
    self->clock.remove_timer (self->timer_id, self->clock.user_data);
  self->timer_id = 0;
}

/**
 * voc_scheduler_check:
 *
 * Runs the task rules, then records and delivers every reminder that is due and was not
 * sent, and updates #VocScheduler:has-pending. A database error is logged and retried at the
 * next check.
 *
 * Returns: how many reminders were delivered
 */
guint
voc_scheduler_check (VocScheduler *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  g_autoptr(GError) error = NULL;
  gboolean pending;
  gint64 monotonic;

  g_return_val_if_fail (VOC_IS_SCHEDULER (self), 0);

  if (self->database == NULL)
    return 0;

  g_object_ref (self);
  now = self->clock.now (self->clock.user_data);
  monotonic = self->clock.monotonic (self->clock.user_data);
  detect_jump (self, now, monotonic);

  if (self->rules_enabled &&
      !voc_pipeline_repository_apply_task_rules (self->repository, &self->rules, now, NULL, NULL,
                                                 &error))
    {
      g_message ("Task rules of %s: %s", voc_database_get_path (self->database), error->message);
      g_clear_error (&error);
    }

  due = voc_pipeline_repository_dup_due_reminders (self->repository, now, &error);
  if (due != NULL)
    sent = record (self, due, now, &error);
  if (sent == NULL)
    {
      g_message ("Reminders of %s: %s", voc_database_get_path (self->database), error->message);
      g_object_unref (self);
      return 0;
    }

  for (guint i = 0; i < sent->len; i++)
    {
      VocReminder *reminder = g_ptr_array_index (sent, i);

      if (self->deliver != NULL)
        self->deliver (self, reminder, self->deliver_data);
      reminder_clear (reminder);
    }

  pending = voc_pipeline_repository_has_pending_reminders (self->repository, now, &error);
  if (error != NULL)
    g_message ("Reminders of %s: %s", voc_database_get_path (self->database), error->message);
  else
    set_has_pending (self, pending);

  g_object_unref (self);
  return sent->len;
}

gboolean
voc_scheduler_get_has_pending (VocScheduler *self)
{
  g_return_val_if_fail (VOC_IS_SCHEDULER (self), FALSE);

  return self->has_pending;
}
