/* voc-task-rules.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * VocTaskRule:
 * @VOC_TASK_RULE_FOLLOW_UP: a follow-up some business days after applying, while the
 *   employer has not answered
 * @VOC_TASK_RULE_THANK_YOU: a thank-you note the day of an interview
 * @VOC_TASK_RULE_PREP: preparation the day before an interview
 * @VOC_TASK_RULE_DECISION: a decision reminder before an offer's deadline
 *
 * The rules that suggest tasks; each can be switched off in Preferences.
 */
typedef enum
{
  VOC_TASK_RULE_FOLLOW_UP = 1 << 0,
  VOC_TASK_RULE_THANK_YOU = 1 << 1,
  VOC_TASK_RULE_PREP      = 1 << 2,
  VOC_TASK_RULE_DECISION  = 1 << 3,
} VocTaskRule;

#define VOC_TASK_RULE_ALL (VOC_TASK_RULE_FOLLOW_UP | VOC_TASK_RULE_THANK_YOU | \
                           VOC_TASK_RULE_PREP | VOC_TASK_RULE_DECISION)

typedef struct
{
  VocTaskRule  enabled;
  guint        follow_up_days;   /* business days after applying, at least 1 */
  guint        decision_hours;   /* hours before an offer's deadline, at least 1 */
  GTimeZone   *time_zone;        /* where "the day before" is counted; NULL: local */
} VocTaskRuleSettings;

/* What the rules look at, as plain data. */
typedef struct
{
  const char *uuid;
  const char *label;               /* "Engineer at Acme" */
  GDateTime  *applied_at;          /* NULL when not applied */
  gboolean    awaiting_response;   /* applied, no answer from the employer yet */
  gboolean    at_offer;            /* holds an offer that is not decided */
} VocRuleApplication;

typedef enum
{
  VOC_RULE_EVENT_OTHER,
  VOC_RULE_EVENT_INTERVIEW,        /* interviews, phone screens, assessments */
  VOC_RULE_EVENT_DEADLINE,
} VocRuleEventKind;

typedef struct
{
  const char       *uuid;
  const char       *title;
  const char       *application_uuid;   /* NULL when the event stands alone */
  VocRuleEventKind  kind;
  GDateTime        *starts_at;
  GDateTime        *ends_at;            /* NULL when unknown */
} VocRuleEvent;

/**
 * VocTaskSuggestion:
 * @rule_key: stable for the rule and the item it is about ("follow-up/<uuid>"), so that a
 *   task is suggested once however often the rules run
 *
 * A task a rule suggests.
 */
typedef struct
{
  char        *rule_key;
  VocTaskRule  rule;
  char        *title;
  char        *application_uuid;   /* nullable */
  GDateTime   *due_at;
  int          priority;           /* 0–3 */
} VocTaskSuggestion;

void       voc_task_rule_settings_init (VocTaskRuleSettings      *settings);

GPtrArray *voc_task_rules_suggest      (const VocTaskRuleSettings *settings,
                                        const VocRuleApplication  *applications,
                                        guint                      n_applications,
                                        const VocRuleEvent        *events,
                                        guint                      n_events);
void       voc_task_suggestion_free    (VocTaskSuggestion         *suggestion);

GDateTime *voc_add_business_days       (GDateTime                 *start,
                                        guint                      days);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocTaskSuggestion, voc_task_suggestion_free)

G_END_DECLS
