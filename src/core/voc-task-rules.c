/* voc-task-rules.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-task-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-task-rules.h"

/*
 * The rules that suggest next steps. They look at applications and events as plain data and
 * say which tasks should exist, each under a key that names the rule and the item, so the
 * store can create what is missing and never create a task twice. When a task is due is the
 * rules' business; whether it is already stored, done or thrown away is the store's.
 */

#define MORNING_HOUR 9

void
voc_task_rule_settings_init (VocTaskRuleSettings *settings)
{
  g_return_if_fail (settings != NULL);

  settings->enabled = VOC_TASK_RULE_ALL;
  settings->follow_up_days = 5;
  settings->decision_hours = 24;
  settings->time_zone = NULL;
}

void
voc_task_suggestion_free (VocTaskSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;

  g_free (suggestion->rule_key);
  g_free (suggestion->title);
  g_free (suggestion->application_uuid);
  g_clear_pointer (&suggestion->due_at, g_date_time_unref);
  g_free (suggestion);
}

/**
 * voc_add_business_days:
 * @start: a time
 * @days: how many working days (Monday to Friday) to move forward
 *
 * Returns: (transfer full): the same time of day @days working days after @start, in the
 *   time zone of @start; from a Saturday or a Sunday the first working day is Monday
 */
GDateTime *
voc_add_business_days (GDateTime *start,
                       guint      days)
{
  GDateTime *day;

  g_return_val_if_fail (start != NULL, NULL);

  day = g_date_time_ref (start);
  while (days > 0)
    {
      GDateTime *next = g_date_time_add_days (day, 1);

      g_date_time_unref (day);
      day = next;
      if (g_date_time_get_day_of_week (day) <= 5)
        days--;
    }

  return day;
}

/* @days after the day of @time, at @hour:00 in @tz. */
static GDateTime *
day_at_hour (GDateTime *time,
             GTimeZone *tz,
             int        days,
             int        hour)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (time, tz);
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) shifted = NULL;

  midnight = g_date_time_new (tz, g_date_time_get_year (local), g_date_time_get_month (local),
                              g_date_time_get_day_of_month (local), 0, 0, 0);
  shifted = g_date_time_add_days (midnight, days);

  /* Through the calendar fields again, so that a daylight-saving change in between keeps
   * the hour on the clock. */
  return g_date_time_new (tz, g_date_time_get_year (shifted), g_date_time_get_month (shifted),
                          g_date_time_get_day_of_month (shifted), hour, 0, 0);
}

static void
add (GPtrArray   *out,
     VocTaskRule  rule,
     const char  *prefix,
     const char  *uuid,
     char        *title,
     const char  *application_uuid,
     GDateTime   *due_at,
     int          priority)
{
  VocTaskSuggestion *suggestion = g_new0 (VocTaskSuggestion, 1);

  suggestion->rule = rule;
  suggestion->rule_key = g_strconcat (prefix, "/", uuid, NULL);
  suggestion->title = title;
  suggestion->application_uuid = g_strdup (application_uuid);
  suggestion->due_at = due_at;
  suggestion->priority = priority;
  g_ptr_array_add (out, suggestion);
}

static const VocRuleApplication *
find_application (const VocRuleApplication *applications,
                  guint                     n_applications,
                  const char               *uuid)
{
  if (uuid == NULL)
    return NULL;

  for (guint i = 0; i < n_applications; i++)
    if (g_strcmp0 (applications[i].uuid, uuid) == 0)
      return &applications[i];

  return NULL;
}

/**
 * voc_task_rules_suggest:
 * @settings: which rules run, and their numbers
 *
 * Returns: (transfer container) (element-type VocTaskSuggestion): the tasks the rules
 *   suggest for these applications and events, in the order of the input
 */
GPtrArray *
voc_task_rules_suggest (const VocTaskRuleSettings *settings,
                        const VocRuleApplication  *applications,
                        guint                      n_applications,
                        const VocRuleEvent        *events,
                        guint                      n_events)
{
  g_autoptr(GTimeZone) tz = NULL;
  GPtrArray *out;

  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (applications != NULL || n_applications == 0, NULL);
  g_return_val_if_fail (events != NULL || n_events == 0, NULL);

  out = g_ptr_array_new_with_free_func ((GDestroyNotify) voc_task_suggestion_free);
  tz = settings->time_zone != NULL ? g_time_zone_ref (settings->time_zone)
                                   : g_time_zone_new_local ();

  for (guint i = 0; i < n_applications; i++)
    {
      const VocRuleApplication *a = &applications[i];
      g_autoptr(GDateTime) applied = NULL;
      g_autoptr(GDateTime) day = NULL;

      if (!(settings->enabled & VOC_TASK_RULE_FOLLOW_UP) || a->applied_at == NULL ||
          !a->awaiting_response || a->uuid == NULL)
        continue;

      applied = g_date_time_to_timezone (a->applied_at, tz);
      day = voc_add_business_days (applied, MAX (settings->follow_up_days, 1));
      add (out, VOC_TASK_RULE_FOLLOW_UP, "follow-up", a->uuid,
           /* TRANSLATORS: a suggested task; %s is a job, like "Engineer at Acme" */
           g_strdup_printf (_("Follow up on %s"), a->label != NULL ? a->label : _("the application")),
           a->uuid, day_at_hour (day, tz, 0, MORNING_HOUR), 2);
    }

  for (guint i = 0; i < n_events; i++)
    {
      const VocRuleEvent *e = &events[i];
      const VocRuleApplication *a = find_application (applications, n_applications,
                                                      e->application_uuid);
      const char *title = e->title != NULL ? e->title : "";

      if (e->uuid == NULL || e->starts_at == NULL)
        continue;

      if (e->kind == VOC_RULE_EVENT_INTERVIEW && (settings->enabled & VOC_TASK_RULE_PREP))
        add (out, VOC_TASK_RULE_PREP, "prep", e->uuid,
             /* TRANSLATORS: a suggested task; %s is an event, like "Interview with Acme" */
             g_strdup_printf (_("Prepare for %s"), title),
             e->application_uuid, day_at_hour (e->starts_at, tz, -1, MORNING_HOUR), 2);

      if (e->kind == VOC_RULE_EVENT_INTERVIEW && (settings->enabled & VOC_TASK_RULE_THANK_YOU))
        add (out, VOC_TASK_RULE_THANK_YOU, "thank-you", e->uuid,
             /* TRANSLATORS: a suggested task; %s is an event, like "Interview with Acme" */
             g_strdup_printf (_("Send a thank-you note after %s"), title),
             e->application_uuid,
             e->ends_at != NULL ? g_date_time_ref (e->ends_at)
                                : g_date_time_add_hours (e->starts_at, 1),
             1);

      /* A deadline matters for a decision only while an offer waits for one. */
      if (e->kind == VOC_RULE_EVENT_DEADLINE && (settings->enabled & VOC_TASK_RULE_DECISION) &&
          a != NULL && a->at_offer)
        add (out, VOC_TASK_RULE_DECISION, "decision", e->uuid,
             /* TRANSLATORS: a suggested task; %s is a job, like "Engineer at Acme" */
             g_strdup_printf (_("Decide on the offer for %s"),
                              a->label != NULL ? a->label : title),
             e->application_uuid,
             g_date_time_add_hours (e->starts_at, -(int) MAX (settings->decision_hours, 1)), 3);
    }

  return out;
}
