/* voc-pipeline-rows.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-repositories.h"

G_BEGIN_DECLS

/**
 * VocTaskRowActions:
 * @complete: the action of the check box
 * @edit: opens the editor
 * @snooze: snoozes it
 * @snooze_label: what snoozing does, for the button's tooltip: "Snooze Until Tomorrow"
 * @delete: deletes it with Undo
 *
 * The actions a task row's buttons activate, each with the task's id as an `x` target.
 */
typedef struct
{
  const char *complete;
  const char *edit;
  const char *snooze;
  const char *snooze_label;
  const char *delete;
} VocTaskRowActions;

/**
 * VocEventRowActions:
 * @edit: opens the editor
 * @export: (nullable): exports it as iCalendar
 * @delete: deletes it with Undo
 *
 * The actions an event row's buttons activate, each with the event's id as an `x` target.
 */
typedef struct
{
  const char *edit;
  const char *export;
  const char *delete;
} VocEventRowActions;

GtkWidget *voc_task_row_new  (VocTask                  *task,
                              const char               *subtitle,
                              const VocTaskRowActions  *actions);
GtkWidget *voc_event_row_new (VocEvent                 *event,
                              const char               *subtitle,
                              const VocEventRowActions *actions);

G_END_DECLS
