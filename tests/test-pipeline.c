/* test-pipeline.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "voc-date.h"
#include "voc-pipeline-tasks.h"
#include "voc-scheduler.h"
#include "voc-store-private.h"
#include "voc-task-rules.h"
#include "voc-test-util.h"

/*
 * The pipeline engine without a display: stage changes and their dates, tasks (complete,
 * snooze, delete and undo), events and their reminder offsets, the rules that suggest tasks,
 * and the scheduler driven by a clock the test turns by hand.
 */

typedef struct
{
  TestDb                 base;
  VocPipelineRepository *repo;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  test_db_setup (&f->base, data);
  f->repo = voc_pipeline_repository_new (f->base.db);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->repo);
  test_db_teardown (&f->base, data);
}

static GDateTime *
utc (int year, int month, int day, int hour, int minute)
{
  return g_date_time_new_utc (year, month, day, hour, minute, 0);
}

static VocJobApplication *
make_application (Fixture    *f,
                  const char *title,
                  VocStage    stage)
{
  g_autoptr(VocCompanyRepository) companies = voc_company_repository_new (f->base.db);
  g_autoptr(VocJobRepository) jobs = voc_job_repository_new (f->base.db);
  g_autoptr(VocCompany) company = voc_company_new ();
  g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
  g_autoptr(GError) error = NULL;
  VocJobApplication *application = voc_job_application_new ();

  voc_company_set_name (company, "Acme");
  voc_company_set_normalized_name (company, "acme");
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (companies), company, &error));
  g_assert_no_error (error);
  voc_job_posting_set_title (posting, title);
  voc_job_posting_set_company_id (posting, voc_entity_get_id (VOC_ENTITY (company)));
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (jobs), posting, &error));
  g_assert_no_error (error);

  voc_job_application_set_posting_id (application, voc_entity_get_id (VOC_ENTITY (posting)));
  voc_job_application_set_stage (application, stage);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (f->repo), application, &error));
  g_assert_no_error (error);

  /* With its joined title and company. */
  g_assert_true (voc_store_refresh_entity (f->base.db, VOC_ENTITY (application), &error));
  return application;
}

static VocTask *
make_task (Fixture    *f,
           const char *title,
           GDateTime  *due_at)
{
  g_autoptr(GError) error = NULL;
  VocTask *task = voc_task_new ();

  voc_task_set_title (task, title);
  voc_task_set_due_at (task, due_at);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (f->repo), task, &error));
  g_assert_no_error (error);
  return task;
}

static VocEvent *
make_event (Fixture      *f,
            const char   *title,
            VocEventKind  kind,
            GDateTime    *starts_at,
            int           minutes,
            const char   *offsets,
            gint64        application_id)
{
  g_autoptr(GError) error = NULL;
  VocEvent *event = voc_event_new ();

  voc_event_set_title (event, title);
  voc_event_set_kind (event, kind);
  voc_event_set_starts_at (event, starts_at);
  if (minutes > 0)
    {
      g_autoptr(GDateTime) end = g_date_time_add_minutes (starts_at, minutes);

      voc_event_set_ends_at (event, end);
    }
  voc_event_set_reminder_offsets (event, offsets);
  voc_event_set_application_id (event, application_id);
  g_assert_true (voc_pipeline_repository_save_event (f->repo, event, &error));
  g_assert_no_error (error);
  return event;
}

/* Stages */

static void
test_stage_changes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(VocJobApplication) app = make_application (f, "Engineer", VOC_STAGE_PROSPECT);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) applied = NULL;

  g_assert_null (voc_job_application_get_applied_at (app));

  g_assert_true (voc_pipeline_repository_set_stage (f->repo, app, VOC_STAGE_APPLIED, NULL,
                                                    &error));
  g_assert_no_error (error);
  g_assert_nonnull (voc_job_application_get_applied_at (app));
  g_assert_null (voc_job_application_get_first_response_at (app));
  applied = g_date_time_ref (voc_job_application_get_applied_at (app));

  /* The employer's answer. */
  g_assert_true (voc_pipeline_repository_set_stage (f->repo, app, VOC_STAGE_INTERVIEW, "call",
                                                    &error));
  g_assert_nonnull (voc_job_application_get_first_response_at (app));
  g_assert_true (g_date_time_equal (voc_job_application_get_applied_at (app), applied));

  /* Back, then closed, then reopened: allowed, and the unusual ones are flagged. */
  g_assert_true (voc_pipeline_repository_set_stage (f->repo, app, VOC_STAGE_APPLIED, NULL,
                                                    &error));
  g_assert_true (voc_pipeline_repository_set_stage (f->repo, app, VOC_STAGE_REJECTED, NULL,
                                                    &error));
  g_assert_nonnull (voc_job_application_get_closed_at (app));
  g_assert_true (voc_pipeline_repository_set_stage (f->repo, app, VOC_STAGE_OFFER, NULL,
                                                    &error));
  g_assert_no_error (error);
  g_assert_null (voc_job_application_get_closed_at (app));
  g_assert_nonnull (voc_job_application_get_offer_at (app));

  /* A move to the same stage is no move. */
  g_assert_true (voc_pipeline_repository_set_stage (f->repo, app, VOC_STAGE_OFFER, NULL,
                                                    &error));

  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM stage_change"), ==, 5);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM stage_change "
                                               "WHERE unusual = 1"), ==, 2);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT unusual FROM stage_change "
                                               "WHERE from_stage = 'interview' "
                                               "AND to_stage = 'applied'"), ==, 1);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT unusual FROM stage_change "
                                               "WHERE from_stage = 'rejected'"), ==, 1);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM stage_change "
                                               "WHERE note = 'call'"), ==, 1);
  /* The row holds what the object says. */
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM job_application "
                                               "WHERE stage = 'offer' AND closed_at IS NULL "
                                               "AND offer_at IS NOT NULL"), ==, 1);
}

static void
test_unusual_moves (void)
{
  g_assert_false (voc_pipeline_stage_move_is_unusual (VOC_STAGE_PROSPECT, VOC_STAGE_APPLIED));
  g_assert_false (voc_pipeline_stage_move_is_unusual (VOC_STAGE_APPLIED, VOC_STAGE_INTERVIEW));
  g_assert_false (voc_pipeline_stage_move_is_unusual (VOC_STAGE_SCREEN, VOC_STAGE_REJECTED));
  g_assert_false (voc_pipeline_stage_move_is_unusual (VOC_STAGE_OFFER, VOC_STAGE_ACCEPTED));
  g_assert_false (voc_pipeline_stage_move_is_unusual (VOC_STAGE_PROSPECT, VOC_STAGE_WITHDRAWN));
  g_assert_true (voc_pipeline_stage_move_is_unusual (VOC_STAGE_INTERVIEW, VOC_STAGE_SCREEN));
  g_assert_true (voc_pipeline_stage_move_is_unusual (VOC_STAGE_APPLIED, VOC_STAGE_ACCEPTED));
  g_assert_true (voc_pipeline_stage_move_is_unusual (VOC_STAGE_PROSPECT, VOC_STAGE_REJECTED));
  g_assert_true (voc_pipeline_stage_move_is_unusual (VOC_STAGE_WITHDRAWN, VOC_STAGE_APPLIED));
  g_assert_true (voc_pipeline_stage_move_is_unusual (VOC_STAGE_ACCEPTED, VOC_STAGE_OFFER));
}

/* Tasks */

static void
test_task_lifecycle (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) due = utc (2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) later = utc (2026, 3, 2, 10, 0);
  g_autoptr(VocTask) task = make_task (f, "Send portfolio", due);
  g_autoptr(VocEntityList) open = voc_pipeline_repository_list_open_tasks (f->repo);
  g_autoptr(VocTask) found = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (open)), ==, 1);

  g_assert_true (voc_pipeline_repository_snooze_task (f->repo, task, later, &error));
  g_assert_no_error (error);
  g_assert_true (g_date_time_equal (voc_task_get_snoozed_until (task), later));

  g_assert_true (voc_pipeline_repository_complete_task (f->repo, task, later, &error));
  g_assert_null (voc_task_get_snoozed_until (task));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (open)), ==, 0);

  /* A done task cannot be snoozed, and the refusal changes nothing. */
  g_assert_false (voc_pipeline_repository_snooze_task (f->repo, task, later, &error));
  g_assert_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "task.snoozed_until"));
  g_clear_error (&error);
  g_assert_null (voc_task_get_snoozed_until (task));

  g_assert_true (voc_pipeline_repository_complete_task (f->repo, task, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (open)), ==, 1);

  /* Delete, then undo. */
  g_assert_true (voc_pipeline_repository_delete_task (f->repo, task, &error));
  g_assert_no_error (error);
  g_assert_nonnull (voc_task_get_deleted_at (task));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (open)), ==, 0);
  found = voc_pipeline_repository_find_task_by_uuid (f->repo,
                                                     voc_entity_get_uuid (VOC_ENTITY (task)),
                                                     &error);
  g_assert_no_error (error);
  g_assert_nonnull (voc_task_get_deleted_at (found));

  g_assert_true (voc_pipeline_repository_restore_task (f->repo, task, &error));
  g_assert_no_error (error);
  g_assert_null (voc_task_get_deleted_at (task));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (open)), ==, 1);

  g_assert_null (voc_pipeline_repository_find_task_by_uuid (f->repo, "no-such-uuid", &error));
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND);
}

/* Events */

static void
test_event_validation (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GDateTime) start = utc (2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) before = utc (2026, 3, 2, 8, 0);
  g_autoptr(VocEvent) event = voc_event_new ();
  g_autoptr(GArray) offsets = NULL;
  g_autoptr(GError) error = NULL;
  const char *bad[] = { "{}", "[-5]", "[1.5]", "[\"30\"]", "[99999999]", "[30", NULL };

  voc_event_set_title (event, "Interview");
  voc_event_set_starts_at (event, start);
  voc_event_set_ends_at (event, before);
  g_assert_false (voc_pipeline_repository_save_event (f->repo, event, &error));
  g_assert_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "event.ends_at"));
  g_clear_error (&error);

  voc_event_set_ends_at (event, NULL);
  for (guint i = 0; bad[i] != NULL; i++)
    {
      voc_event_set_reminder_offsets (event, bad[i]);
      g_assert_false (voc_pipeline_repository_save_event (f->repo, event, &error));
      g_assert_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "event.reminder_offsets"));
      g_clear_error (&error);
    }
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM event"), ==, 0);

  voc_event_set_reminder_offsets (event, "[30, 1440, 30, 0]");
  g_assert_true (voc_pipeline_repository_save_event (f->repo, event, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM event"), ==, 1);

  offsets = voc_reminder_offsets_parse ("[30, 1440, 30, 0]", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (offsets->len, ==, 3);
  g_assert_cmpint (g_array_index (offsets, gint64, 0), ==, 1440);
  g_assert_cmpint (g_array_index (offsets, gint64, 1), ==, 30);
  g_assert_cmpint (g_array_index (offsets, gint64, 2), ==, 0);
}

/* Rules, as plain data */

static void
test_business_days (void)
{
  struct { int day; guint add; int expect; } cases[] = {
    { 6, 1, 9 },    /* Friday 6 March 2026 + 1 → Monday 9 */
    { 7, 1, 9 },    /* Saturday → Monday */
    { 8, 1, 9 },    /* Sunday → Monday */
    { 9, 5, 16 },   /* Monday + 5 → next Monday */
    { 4, 3, 9 },    /* Wednesday + 3 → Monday */
    { 4, 0, 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) start = utc (2026, 3, cases[i].day, 15, 30);
      g_autoptr(GDateTime) end = voc_add_business_days (start, cases[i].add);

      g_assert_cmpint (g_date_time_get_day_of_month (end), ==, cases[i].expect);
      g_assert_cmpint (g_date_time_get_hour (end), ==, 15);
    }
}

static VocTaskSuggestion *
find_suggestion (GPtrArray  *suggestions,
                 const char *key)
{
  for (guint i = 0; i < suggestions->len; i++)
    {
      VocTaskSuggestion *s = g_ptr_array_index (suggestions, i);

      if (g_strcmp0 (s->rule_key, key) == 0)
        return s;
    }
  return NULL;
}

static void
test_rules_suggest (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) applied = utc (2026, 3, 6, 16, 0);           /* a Friday */
  g_autoptr(GDateTime) interview = utc (2026, 3, 10, 13, 0);        /* 14:00 in Berlin */
  g_autoptr(GDateTime) interview_end = utc (2026, 3, 10, 14, 0);
  g_autoptr(GDateTime) deadline = utc (2026, 3, 20, 17, 0);
  VocRuleApplication apps[] = {
    { "app-1", "Engineer at Acme", applied, TRUE, FALSE },
    { "app-2", "Designer at Initech", applied, FALSE, TRUE },
    { "app-3", "Writer at Hooli", NULL, FALSE, FALSE },
  };
  VocRuleEvent events[] = {
    { "ev-1", "Interview with Acme", "app-1", VOC_RULE_EVENT_INTERVIEW, interview, interview_end },
    { "ev-2", "Offer deadline", "app-2", VOC_RULE_EVENT_DEADLINE, deadline, NULL },
    { "ev-3", "Deadline of another", "app-1", VOC_RULE_EVENT_DEADLINE, deadline, NULL },
    { "ev-4", "Coffee", NULL, VOC_RULE_EVENT_OTHER, deadline, NULL },
  };
  VocTaskRuleSettings settings;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GPtrArray) some = NULL;
  VocTaskSuggestion *s;

  g_assert_nonnull (tz);
  voc_task_rule_settings_init (&settings);
  settings.time_zone = tz;
  settings.follow_up_days = 3;

  all = voc_task_rules_suggest (&settings, apps, G_N_ELEMENTS (apps), events,
                                G_N_ELEMENTS (events));
  g_assert_cmpuint (all->len, ==, 4);

  /* Friday + 3 business days = Wednesday 11 March, 09:00 in Berlin (08:00 UTC). */
  s = find_suggestion (all, "follow-up/app-1");
  g_assert_nonnull (s);
  g_assert_cmpint (s->rule, ==, VOC_TASK_RULE_FOLLOW_UP);
  g_assert_cmpstr (s->title, ==, "Follow up on Engineer at Acme");
  g_assert_cmpstr (s->application_uuid, ==, "app-1");
  g_assert_cmpint (g_date_time_get_day_of_month (s->due_at), ==, 11);
  g_assert_cmpint (g_date_time_get_hour (s->due_at), ==, 9);
  g_assert_cmpint (g_date_time_get_utc_offset (s->due_at), ==, G_TIME_SPAN_HOUR);

  /* Preparation the day before at 09:00 local; the thank-you when the interview ends. */
  s = find_suggestion (all, "prep/ev-1");
  g_assert_nonnull (s);
  g_assert_cmpstr (s->title, ==, "Prepare for Interview with Acme");
  g_assert_cmpint (g_date_time_get_day_of_month (s->due_at), ==, 9);
  g_assert_cmpint (g_date_time_get_hour (s->due_at), ==, 9);
  s = find_suggestion (all, "thank-you/ev-1");
  g_assert_nonnull (s);
  g_assert_true (g_date_time_equal (s->due_at, interview_end));

  /* A decision only for an application that holds an offer, a day before its deadline. */
  s = find_suggestion (all, "decision/ev-2");
  g_assert_nonnull (s);
  g_assert_cmpint (s->priority, ==, 3);
  g_assert_cmpint (g_date_time_difference (deadline, s->due_at), ==, 24 * G_TIME_SPAN_HOUR);
  g_assert_null (find_suggestion (all, "decision/ev-3"));
  g_assert_null (find_suggestion (all, "follow-up/app-2"));

  /* The same input gives the same keys. */
  again = voc_task_rules_suggest (&settings, apps, G_N_ELEMENTS (apps), events,
                                  G_N_ELEMENTS (events));
  g_assert_cmpuint (again->len, ==, all->len);
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpstr (((VocTaskSuggestion *) g_ptr_array_index (all, i))->rule_key, ==,
                     ((VocTaskSuggestion *) g_ptr_array_index (again, i))->rule_key);

  /* Each rule switches off on its own. */
  settings.enabled = VOC_TASK_RULE_THANK_YOU | VOC_TASK_RULE_DECISION;
  some = voc_task_rules_suggest (&settings, apps, G_N_ELEMENTS (apps), events,
                                 G_N_ELEMENTS (events));
  g_assert_cmpuint (some->len, ==, 2);
  g_assert_nonnull (find_suggestion (some, "thank-you/ev-1"));
  g_assert_nonnull (find_suggestion (some, "decision/ev-2"));
}

/* Rules against the store */

static void
test_rules_store (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(VocJobApplication) app = make_application (f, "Engineer", VOC_STAGE_PROSPECT);
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 2);
  g_autoptr(VocEvent) interview = NULL;
  g_autoptr(VocTask) prep = NULL;
  g_autofree char *prep_key = NULL;
  VocTaskRuleSettings settings;
  g_autoptr(GError) error = NULL;
  guint added = 0, removed = 0;

  voc_task_rule_settings_init (&settings);
  g_assert_true (voc_pipeline_repository_set_stage (f->repo, app, VOC_STAGE_APPLIED, NULL,
                                                    &error));
  interview = make_event (f, "Interview with Acme", VOC_EVENT_KIND_INTERVIEW, tomorrow, 60, NULL,
                          voc_entity_get_id (VOC_ENTITY (app)));

  g_assert_true (voc_pipeline_repository_apply_task_rules (f->repo, &settings, now, &added,
                                                           &removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 3);  /* follow-up, prep, thank-you */
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM task WHERE suggested = 1 "
                                               "AND rule IS NOT NULL"), ==, 3);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM task "
                                               "WHERE kind = 'follow-up' AND application_id = 1"),
                   ==, 1);

  /* Running again suggests nothing new. */
  g_assert_true (voc_pipeline_repository_apply_task_rules (f->repo, &settings, now, &added,
                                                           &removed, &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM task"), ==, 3);

  /* A suggestion the user deleted is not suggested again. */
  prep_key = g_strconcat ("prep/", voc_entity_get_uuid (VOC_ENTITY (interview)), NULL);
  {
    sqlite3_stmt *stmt = voc_database_prepare (f->base.db, "SELECT id FROM task WHERE rule = ?1",
                                               NULL);
    sqlite3_bind_text (stmt, 1, prep_key, -1, SQLITE_STATIC);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    prep = voc_repository_find (VOC_REPOSITORY (f->repo), VOC_TYPE_TASK,
                                sqlite3_column_int64 (stmt, 0), &error);
    sqlite3_reset (stmt);
  }
  g_assert_true (voc_pipeline_repository_delete_task (f->repo, prep, &error));
  g_assert_true (voc_pipeline_repository_apply_task_rules (f->repo, &settings, now, &added,
                                                           &removed, &error));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM task "
                                               "WHERE deleted_at IS NULL"), ==, 2);

  /* The employer answered: the untouched follow-up goes. */
  g_assert_true (voc_pipeline_repository_set_stage (f->repo, app, VOC_STAGE_SCREEN, NULL,
                                                    &error));
  g_assert_true (voc_pipeline_repository_apply_task_rules (f->repo, &settings, now, &added,
                                                           &removed, &error));
  g_assert_cmpuint (removed, ==, 1);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM task "
                                               "WHERE kind = 'follow-up'"), ==, 0);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM audit_log "
                                               "WHERE entity = 'task' AND action = 'delete' "
                                               "AND actor = 'system'"), ==, 1);

  /* Switched off and on again: the thank-you goes and comes back, once. */
  settings.enabled = VOC_TASK_RULE_ALL & ~VOC_TASK_RULE_THANK_YOU;
  g_assert_true (voc_pipeline_repository_apply_task_rules (f->repo, &settings, now, &added,
                                                           &removed, &error));
  g_assert_cmpuint (removed, ==, 1);
  settings.enabled = VOC_TASK_RULE_ALL;
  g_assert_true (voc_pipeline_repository_apply_task_rules (f->repo, &settings, now, &added,
                                                           &removed, &error));
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM task "
                                               "WHERE kind = 'thank-you'"), ==, 1);
  g_assert_no_error (error);
}

/* Old applications do not bury today's work under long overdue suggestions. */
static void
test_rules_stale (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(VocJobApplication) app = make_application (f, "Engineer", VOC_STAGE_APPLIED);
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GDateTime) long_ago = g_date_time_add_days (now, -60);
  g_autoptr(GDateTime) recently = g_date_time_add_days (now, -2);
  VocTaskRuleSettings settings;
  g_autoptr(GError) error = NULL;
  guint added = 0;

  voc_task_rule_settings_init (&settings);
  voc_job_application_set_applied_at (app, long_ago);
  g_assert_true (voc_repository_update (VOC_REPOSITORY (f->repo), app, &error));
  g_assert_true (voc_pipeline_repository_apply_task_rules (f->repo, &settings, now, &added, NULL,
                                                           &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 0);

  voc_job_application_set_applied_at (app, recently);
  g_assert_true (voc_repository_update (VOC_REPOSITORY (f->repo), app, &error));
  g_assert_true (voc_pipeline_repository_apply_task_rules (f->repo, &settings, now, &added, NULL,
                                                           &error));
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM task WHERE suggested = 1 "
                                               "AND kind = 'follow-up' AND priority = 2"), ==, 1);
}

/* The scheduler, on a clock turned by hand */

typedef struct
{
  GDateTime   *wall;
  gint64       monotonic;
  GSourceFunc  timer;
  gpointer     timer_data;
  guint        timers_added;
} FakeClock;

static GDateTime *
fake_now (gpointer user_data)
{
  FakeClock *clock = user_data;

  return g_date_time_ref (clock->wall);
}

static gint64
fake_monotonic (gpointer user_data)
{
  return ((FakeClock *) user_data)->monotonic;
}

static guint
fake_add_timer (guint        seconds,
                GSourceFunc  func,
                gpointer     data,
                gpointer     user_data)
{
  FakeClock *clock = user_data;

  g_assert_cmpuint (seconds, ==, 60);
  clock->timer = func;
  clock->timer_data = data;
  return ++clock->timers_added;
}

static void
fake_remove_timer (guint    id,
                   gpointer user_data)
{
  FakeClock *clock = user_data;

  g_assert_cmpuint (id, ==, clock->timers_added);
  clock->timer = NULL;
}

/* Moves both clocks on, as time passing does, and lets the timer fire. */
static void
fake_pass (FakeClock *clock,
           int        minutes)
{
  GDateTime *later = g_date_time_add_minutes (clock->wall, minutes);

  g_date_time_unref (clock->wall);
  clock->wall = later;
  clock->monotonic += (gint64) minutes * 60 * G_USEC_PER_SEC;
  if (clock->timer != NULL)
    clock->timer (clock->timer_data);
}

/* Moves the wall clock only: a suspend (forward) or a clock set back. */
static void
fake_jump (FakeClock *clock,
           int        minutes)
{
  GDateTime *later = g_date_time_add_minutes (clock->wall, minutes);

  g_date_time_unref (clock->wall);
  clock->wall = later;
}

typedef struct
{
  GPtrArray *ids;
  GPtrArray *titles;
  GPtrArray *bodies;
  gint64     last_jump;
  guint      jumps;
} Delivered;

static void
deliver_cb (VocScheduler      *scheduler,
            const VocReminder *reminder,
            gpointer           user_data)
{
  Delivered *d = user_data;

  g_ptr_array_add (d->ids, g_strdup (reminder->id));
  g_ptr_array_add (d->titles, g_strdup (reminder->title));
  g_ptr_array_add (d->bodies, g_strdup (reminder->body));
}

static void
on_clock_jumped_cb (VocScheduler *scheduler,
                    gint64        seconds,
                    Delivered    *d)
{
  d->last_jump = seconds;
  d->jumps++;
}

static VocScheduler *
make_scheduler (Fixture   *f,
                FakeClock *clock,
                Delivered *d)
{
  VocClock vclock = { fake_now, fake_monotonic, fake_add_timer, fake_remove_timer, clock };
  VocScheduler *scheduler = voc_scheduler_new (f->base.db);

  voc_scheduler_set_clock (scheduler, &vclock);
  voc_scheduler_set_delivery (scheduler, deliver_cb, d, NULL);
  g_signal_connect (scheduler, "clock-jumped", G_CALLBACK (on_clock_jumped_cb), d);
  return scheduler;
}

static void
delivered_init (Delivered *d)
{
  d->ids = g_ptr_array_new_with_free_func (g_free);
  d->titles = g_ptr_array_new_with_free_func (g_free);
  d->bodies = g_ptr_array_new_with_free_func (g_free);
  d->jumps = 0;
}

static void
delivered_clear (Delivered *d)
{
  g_ptr_array_unref (d->ids);
  g_ptr_array_unref (d->titles);
  g_ptr_array_unref (d->bodies);
}

static void
test_scheduler_tasks (Fixture       *f,
                      gconstpointer  data)
{
  FakeClock clock = { utc (2026, 3, 2, 8, 58), G_GINT64_CONSTANT (1000) * G_USEC_PER_SEC, NULL, NULL, 0 };
  g_autoptr(GDateTime) nine = utc (2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) yesterday = utc (2026, 3, 1, 9, 0);
  g_autoptr(GDateTime) noon = utc (2026, 3, 2, 12, 0);
  g_autoptr(VocJobApplication) app = make_application (f, "Engineer", VOC_STAGE_PROSPECT);
  g_autoptr(VocTask) due = make_task (f, "Call Alice", nine);
  g_autoptr(VocTask) overdue = make_task (f, "Old follow-up", yesterday);
  g_autoptr(VocTask) done = make_task (f, "Done already", yesterday);
  g_autoptr(VocTask) later = make_task (f, "Lunch prep", noon);
  g_autoptr(VocScheduler) scheduler = NULL;
  g_autoptr(VocScheduler) restarted = NULL;
  g_autofree char *due_id = g_strconcat ("task-", voc_entity_get_uuid (VOC_ENTITY (due)), NULL);
  g_autoptr(GError) error = NULL;
  Delivered d;

  delivered_init (&d);
  voc_task_set_application_id (due, voc_entity_get_id (VOC_ENTITY (app)));
  g_assert_true (voc_repository_update (VOC_REPOSITORY (f->repo), due, &error));
  g_assert_true (voc_pipeline_repository_complete_task (f->repo, done, yesterday, &error));
  g_assert_no_error (error);

  /* At start: the overdue one, not the done one, not those still to come. */
  scheduler = make_scheduler (f, &clock, &d);
  voc_scheduler_start (scheduler);
  g_assert_nonnull (clock.timer);
  g_assert_cmpuint (d.ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (d.titles, 0), ==, "Old follow-up");
  g_assert_cmpstr (g_ptr_array_index (d.bodies, 0), ==, "Due Sun 1 Mar, 09:00");
  g_assert_true (voc_scheduler_get_has_pending (scheduler));

  /* A minute later nothing; at 09:00 the due one, with its job. */
  fake_pass (&clock, 1);
  g_assert_cmpuint (d.ids->len, ==, 1);
  fake_pass (&clock, 1);
  g_assert_cmpuint (d.ids->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (d.ids, 1), ==, due_id);
  g_assert_cmpstr (g_ptr_array_index (d.titles, 1), ==, "Call Alice");
  g_assert_cmpstr (g_ptr_array_index (d.bodies, 1), ==, "Due 09:00\nEngineer at Acme");

  /* Checking again, or a second check in the same minute, repeats nothing. */
  fake_pass (&clock, 1);
  g_assert_cmpuint (voc_scheduler_check (scheduler), ==, 0);
  g_assert_cmpuint (d.ids->len, ==, 2);

  /* Snoozed for an hour: it reminds again then, once, under the same id. */
  {
    g_autoptr(GDateTime) until = g_date_time_add_hours (clock.wall, 1);

    g_assert_true (voc_pipeline_repository_snooze_task (f->repo, due, until, &error));
  }
  fake_pass (&clock, 30);
  g_assert_cmpuint (d.ids->len, ==, 2);
  fake_pass (&clock, 30);
  g_assert_cmpuint (d.ids->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (d.ids, 2), ==, due_id);
  fake_pass (&clock, 1);
  g_assert_cmpuint (d.ids->len, ==, 3);

  /* Done before its time: no reminder. */
  g_assert_true (voc_pipeline_repository_complete_task (f->repo, later, clock.wall, &error));
  voc_scheduler_check (scheduler);
  g_assert_false (voc_scheduler_get_has_pending (scheduler));

  /* A restart (a new scheduler on the same file) repeats nothing. */
  voc_scheduler_stop (scheduler);
  g_assert_null (clock.timer);
  restarted = make_scheduler (f, &clock, &d);
  voc_scheduler_start (restarted);
  fake_pass (&clock, 300);
  g_assert_cmpuint (d.ids->len, ==, 3);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM notification"), ==, 3);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM notification "
                                               "WHERE kind = 'task-due' AND sent_at IS NOT NULL"),
                   ==, 3);
  voc_scheduler_stop (restarted);

  delivered_clear (&d);
  g_date_time_unref (clock.wall);
}

/* Deleting an event takes its reminders with it, sent or still to come, and is audited. */
static void
test_scheduler_event_delete (Fixture       *f,
                             gconstpointer  data)
{
  FakeClock clock = { utc (2026, 3, 2, 8, 0), G_GINT64_CONSTANT (7000) * G_USEC_PER_SEC, NULL, NULL, 0 };
  g_autoptr(GDateTime) start = utc (2026, 3, 2, 14, 0);
  g_autoptr(VocEvent) event = make_event (f, "Onsite at Acme", VOC_EVENT_KIND_INTERVIEW,
                                          start, 60, "[30, 1440]", 0);
  g_autoptr(VocEvent) other = make_event (f, "Call with Initech", VOC_EVENT_KIND_PHONE_SCREEN,
                                          start, 30, "[1440]", 0);
  g_autoptr(VocEvent) unsaved = voc_event_new ();
  g_autoptr(VocScheduler) scheduler = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *where = NULL;
  gint64 id = voc_entity_get_id (VOC_ENTITY (event));
  Delivered d;

  delivered_init (&d);
  scheduler = make_scheduler (f, &clock, &d);
  voc_scheduler_start (scheduler);

  /* Both one-day reminders went; the 30-minute one is still to come. */
  g_assert_cmpuint (d.ids->len, ==, 2);
  g_assert_true (voc_scheduler_get_has_pending (scheduler));
  /* The store finds a recorded reminder by its time written in SQL, as it records it. */
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM notification n "
                                               "JOIN event e ON e.id = n.entity_id "
                                               "WHERE n.fire_at = strftime ('%Y-%m-%dT%H:%M:%S', "
                                               "e.starts_at, '-1440 minutes') "
                                               "|| substr (e.starts_at, 20)"), ==, 2);

  g_assert_true (voc_pipeline_repository_delete_event (f->repo, event, &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM event"), ==, 1);
  where = g_strdup_printf ("SELECT count(*) FROM notification WHERE entity = 'event' "
                           "AND entity_id = %" G_GINT64_FORMAT, id);
  g_assert_cmpint (test_query_int (f->base.db, where), ==, 0);
  /* The other event's record stays: it is not reminded twice. */
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM notification"), ==, 1);
  g_clear_pointer (&where, g_free);
  where = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE entity = 'event' "
                           "AND action = 'delete' AND entity_id = %" G_GINT64_FORMAT
                           " AND json_extract(before, '$.title') = 'Onsite at Acme'", id);
  g_assert_cmpint (test_query_int (f->base.db, where), ==, 1);

  /* 13:30 passes: nothing fires for the deleted event, and nothing is pending. */
  fake_pass (&clock, 6 * 60);
  g_assert_cmpuint (d.ids->len, ==, 2);
  g_assert_false (voc_scheduler_get_has_pending (scheduler));

  /* Deleted twice, or never stored: an error, nothing written. */
  g_assert_false (voc_pipeline_repository_delete_event (f->repo, event, &error));
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (voc_pipeline_repository_delete_event (f->repo, unsaved, &error));
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM notification"), ==, 1);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM event"), ==, 1);

  voc_scheduler_stop (scheduler);
  delivered_clear (&d);
  g_date_time_unref (clock.wall);
}

static void
test_scheduler_clock_jumps (Fixture       *f,
                            gconstpointer  data)
{
  FakeClock clock = { utc (2026, 3, 2, 8, 0), G_GINT64_CONSTANT (5000) * G_USEC_PER_SEC, NULL, NULL, 0 };
  g_autoptr(GDateTime) ten = utc (2026, 3, 2, 10, 0);
  g_autoptr(GDateTime) start = utc (2026, 3, 2, 14, 0);
  g_autoptr(VocTask) task = make_task (f, "Send the forms", ten);
  g_autoptr(VocEvent) event = make_event (f, "Interview with Acme", VOC_EVENT_KIND_INTERVIEW,
                                          start, 60, "[30, 1440]", 0);
  g_autoptr(VocScheduler) scheduler = NULL;
  g_autofree char *event_id = NULL;
  Delivered d;

  delivered_init (&d);
  scheduler = make_scheduler (f, &clock, &d);
  voc_scheduler_start (scheduler);

  /* The one-day reminder was due at 14:00 yesterday, for an event still to come. */
  g_assert_cmpuint (d.ids->len, ==, 1);
  event_id = g_strdup_printf ("event-%s-1440", voc_entity_get_uuid (VOC_ENTITY (event)));
  g_assert_cmpstr (g_ptr_array_index (d.ids, 0), ==, event_id);
  g_assert_cmpstr (g_ptr_array_index (d.bodies, 0), ==, "Starts 14:00 (in 6 hours)");
  g_assert_cmpuint (d.jumps, ==, 0);

  /* The machine sleeps from 08:01 to 13:35: the wall clock moves, the monotonic one not. */
  fake_pass (&clock, 1);
  fake_jump (&clock, 334);
  fake_pass (&clock, 0);
  g_assert_cmpuint (d.jumps, ==, 1);
  g_assert_cmpint (d.last_jump, ==, 334 * 60);
  /* Nothing lost: the task due at 10:00 and the 30-minute reminder of 13:30 both come. */
  g_assert_cmpuint (d.ids->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (d.titles, 1), ==, "Send the forms");
  g_assert_cmpstr (g_ptr_array_index (d.titles, 2), ==, "Interview with Acme");
  g_assert_cmpstr (g_ptr_array_index (d.bodies, 2), ==, "Starts 14:00 (in 25 minutes)");

  /* The clock is set back two hours: nothing repeats. */
  fake_jump (&clock, -120);
  fake_pass (&clock, 1);
  g_assert_cmpuint (d.jumps, ==, 2);
  g_assert_cmpint (d.last_jump, ==, -120 * 60);
  fake_pass (&clock, 200);
  g_assert_cmpuint (d.ids->len, ==, 3);

  /* After the event ends, an added reminder for it is not sent any more. */
  voc_event_set_reminder_offsets (event, "[10, 30, 1440]");
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (voc_pipeline_repository_save_event (f->repo, event, &error));
    g_assert_no_error (error);
  }
  fake_pass (&clock, 120);
  g_assert_cmpuint (d.ids->len, ==, 3);
  g_assert_false (voc_scheduler_get_has_pending (scheduler));

  voc_scheduler_stop (scheduler);
  delivered_clear (&d);
  g_date_time_unref (clock.wall);
}

static void
test_scheduler_rules (Fixture       *f,
                      gconstpointer  data)
{
  FakeClock clock = { utc (2026, 3, 2, 8, 0), 0, NULL, NULL, 0 };
  g_autoptr(GDateTime) start = utc (2026, 3, 3, 14, 0);
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();
  g_autoptr(VocEvent) event = make_event (f, "Interview with Acme", VOC_EVENT_KIND_INTERVIEW,
                                          start, 60, NULL, 0);
  g_autoptr(VocScheduler) scheduler = NULL;
  VocTaskRuleSettings settings;
  Delivered d;

  delivered_init (&d);
  voc_task_rule_settings_init (&settings);
  settings.time_zone = tz;
  scheduler = make_scheduler (f, &clock, &d);
  voc_scheduler_set_rule_settings (scheduler, &settings);
  voc_scheduler_start (scheduler);

  /* The preparation suggested for the day before at 09:00 reminds at 09:00. */
  g_assert_cmpuint (d.ids->len, ==, 0);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM task "
                                               "WHERE suggested = 1"), ==, 2);
  fake_pass (&clock, 60);
  g_assert_cmpuint (d.ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (d.titles, 0), ==, "Prepare for Interview with Acme");

  voc_scheduler_stop (scheduler);
  delivered_clear (&d);
  g_date_time_unref (clock.wall);
}

/* logind's PrepareForSleep(false), on a bus of the test's own, makes the scheduler check. */
static void
test_scheduler_wakes_up (Fixture       *f,
                         gconstpointer  data)
{
  FakeClock clock = { utc (2026, 3, 2, 8, 0), 0, NULL, NULL, 0 };
  g_autoptr(GDateTime) nine = utc (2026, 3, 2, 9, 0);
  g_autoptr(VocTask) task = make_task (f, "After the wake-up", nine);
  g_autoptr(GTestDBus) bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_autoptr(GDBusConnection) listener = NULL;
  g_autoptr(GDBusConnection) logind = NULL;
  g_autoptr(VocScheduler) scheduler = NULL;
  g_autoptr(GError) error = NULL;
  Delivered d;

  g_test_dbus_up (bus);
  listener = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                                     G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                     G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                     NULL, NULL, &error);
  g_assert_no_error (error);
  logind = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                                   G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                   G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                   NULL, NULL, &error);
  g_assert_no_error (error);

  delivered_init (&d);
  scheduler = make_scheduler (f, &clock, &d);
  voc_scheduler_watch_sleep (scheduler, listener);
  voc_scheduler_start (scheduler);
  g_assert_cmpuint (d.ids->len, ==, 0);

  /* Asleep from 08:00 to 09:30; no timer fires, the wake-up signal does. */
  fake_jump (&clock, 90);
  g_dbus_connection_emit_signal (logind, NULL, "/org/freedesktop/login1",
                                 "org.freedesktop.login1.Manager", "PrepareForSleep",
                                 g_variant_new ("(b)", TRUE), &error);
  g_dbus_connection_emit_signal (logind, NULL, "/org/freedesktop/login1",
                                 "org.freedesktop.login1.Manager", "PrepareForSleep",
                                 g_variant_new ("(b)", FALSE), &error);
  g_assert_no_error (error);
  g_dbus_connection_flush_sync (logind, NULL, &error);

  for (guint i = 0; i < 200 && d.ids->len == 0; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_cmpuint (d.ids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (d.titles, 0), ==, "After the wake-up");
  g_assert_cmpuint (d.jumps, ==, 1);

  voc_scheduler_watch_sleep (scheduler, NULL);
  voc_scheduler_stop (scheduler);
  g_clear_object (&scheduler);
  g_dbus_connection_close_sync (listener, NULL, NULL);
  g_dbus_connection_close_sync (logind, NULL, NULL);
  g_clear_object (&listener);
  g_clear_object (&logind);
  g_test_dbus_down (bus);
  delivered_clear (&d);
  g_date_time_unref (clock.wall);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/pipeline/stage-changes", test_stage_changes);
  g_test_add_func ("/pipeline/unusual-moves", test_unusual_moves);
  ADD ("/pipeline/task-lifecycle", test_task_lifecycle);
  ADD ("/pipeline/event-validation", test_event_validation);
  g_test_add_func ("/pipeline/rules/business-days", test_business_days);
  g_test_add_func ("/pipeline/rules/suggest", test_rules_suggest);
  ADD ("/pipeline/rules/store", test_rules_store);
  ADD ("/pipeline/rules/stale", test_rules_stale);
  ADD ("/pipeline/scheduler/tasks", test_scheduler_tasks);
  ADD ("/pipeline/scheduler/clock-jumps", test_scheduler_clock_jumps);
  ADD ("/pipeline/scheduler/event-delete", test_scheduler_event_delete);
  ADD ("/pipeline/scheduler/rules", test_scheduler_rules);
  ADD ("/pipeline/scheduler/wakes-up", test_scheduler_wakes_up);

#undef ADD

  return g_test_run ();
}
