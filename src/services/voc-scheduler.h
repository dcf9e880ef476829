/* voc-scheduler.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "voc-database.h"
#include "voc-enums.h"
#include "voc-task-rules.h"

G_BEGIN_DECLS

/**
 * VocClock:
 * @now: the wall clock, in UTC
 * @monotonic: a clock that never jumps, in microseconds (g_get_monotonic_time())
 * @add_timer: calls @func every @seconds until it returns %G_SOURCE_REMOVE or the timer is
 *   removed; returns an id
 * @remove_timer: stops a timer
 *
 * Where the scheduler reads the time and how it wakes up; tests give their own.
 */
typedef struct
{
  GDateTime *(*now)          (gpointer     user_data);
  gint64     (*monotonic)    (gpointer     user_data);
  guint      (*add_timer)    (guint        seconds,
                              GSourceFunc  func,
                              gpointer     data,
                              gpointer     user_data);
  void       (*remove_timer) (guint        id,
                              gpointer     user_data);
  gpointer     user_data;
} VocClock;

/**
 * VocReminder:
 * @id: a stable id for the desktop notification: `task-<uuid>` or `event-<uuid>-<minutes>`
 * @uuid: the uuid of the task or the event
 * @offset_minutes: for an event, how long before its start
 *
 * A reminder handed to the delivery function, once.
 */
typedef struct
{
  VocNotificationKind  kind;
  char                *id;
  char                *uuid;
  char                *title;
  char                *body;
  GDateTime           *fire_at;
  gint64               offset_minutes;
} VocReminder;

const VocClock *voc_clock_get_system (void);

#define VOC_TYPE_SCHEDULER (voc_scheduler_get_type ())
G_DECLARE_FINAL_TYPE (VocScheduler, voc_scheduler, VOC, SCHEDULER, GObject)

typedef void (*VocReminderFunc) (VocScheduler      *scheduler,
                                 const VocReminder *reminder,
                                 gpointer           user_data);

/* Seconds between two checks, and how far the wall clock may drift from the monotonic one
 * between them before it counts as a jump. */
#define VOC_SCHEDULER_INTERVAL 60
#define VOC_SCHEDULER_JUMP_THRESHOLD 90

VocScheduler *voc_scheduler_new               (VocDatabase               *database);
VocDatabase  *voc_scheduler_get_database      (VocScheduler              *self);
void          voc_scheduler_set_database      (VocScheduler              *self,
                                               VocDatabase               *database);
void          voc_scheduler_set_clock         (VocScheduler              *self,
                                               const VocClock            *clock);
void          voc_scheduler_set_rule_settings (VocScheduler              *self,
                                               const VocTaskRuleSettings *settings);
void          voc_scheduler_set_delivery      (VocScheduler              *self,
                                               VocReminderFunc            func,
                                               gpointer                   user_data,
                                               GDestroyNotify             destroy);
void          voc_scheduler_watch_sleep       (VocScheduler              *self,
                                               GDBusConnection           *system_bus);
void          voc_scheduler_start             (VocScheduler              *self);
void          voc_scheduler_stop              (VocScheduler              *self);
guint         voc_scheduler_check             (VocScheduler              *self);
gboolean      voc_scheduler_get_has_pending   (VocScheduler              *self);

G_END_DECLS
