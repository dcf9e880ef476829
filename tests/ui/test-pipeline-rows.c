/* test-pipeline-rows.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of tasks and events under Xvfb, on a temporary database, on the two pages that
 * list them (Today and an application's detail): deleting an event hides it at once and
 * offers Undo; Undo keeps it, the toast going away deletes it (with its reminders), and so
 * does closing the window while the Undo is offered. A task deleted comes back with Undo. The
 * detail's timeline follows the tasks, events and stage changes of its application wherever
 * they are made. The Today page moves on to the next day at midnight, on a clock the test
 * turns by hand.
 */

#include "config.h"

#include <locale.h>

#include "voc-app-private.h"
#include "voc-application-detail.h"
#include "voc-date.h"
#include "voc-pipeline-actions.h"
#include "voc-pipeline-tasks.h"
#include "voc-repositories.h"
#include "voc-today-page-private.h"
#include "voc-window-private.h"
#include "voc-test-util.h"
#include "voc-ui-test.h"

static gboolean have_display;
static VocApp *app;

typedef struct
{
  TestDb  db;
  gint64  application_id;
} Fixture;

static gint64
insert_application (VocDatabase *database,
                    const char  *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocCompanyRepository) companies = voc_company_repository_new (database);
  g_autoptr(VocJobRepository) jobs = voc_job_repository_new (database);
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
  g_autoptr(VocCompany) company = voc_company_new ();
  g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
  g_autoptr(VocJobApplication) application = voc_job_application_new ();

  voc_company_set_name (company, "Initech");
  voc_company_set_normalized_name (company, "initech");
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (companies), company, &error));
  g_assert_no_error (error);

  voc_job_posting_set_title (posting, title);
  voc_job_posting_set_company_id (posting, voc_entity_get_id (VOC_ENTITY (company)));
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (jobs), posting, &error));
  g_assert_no_error (error);

  voc_job_application_set_posting_id (application, voc_entity_get_id (VOC_ENTITY (posting)));
  voc_job_application_set_stage (application, VOC_STAGE_APPLIED);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (pipeline), application, &error));
  g_assert_no_error (error);

  return voc_entity_get_id (VOC_ENTITY (application));
}

static gint64
insert_event (VocDatabase *database,
              gint64       application_id,
              const char  *title,
              int          in_hours)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
  g_autoptr(VocEvent) event = voc_event_new ();
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GDateTime) start = g_date_time_add_hours (now, in_hours);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);

  if (application_id > 0)
    voc_event_set_application_id (event, application_id);
  voc_event_set_title (event, title);
  voc_event_set_starts_at (event, start);
  voc_event_set_ends_at (event, end);
  voc_event_set_reminder_offsets (event, "[1440, 30]");
  g_assert_true (voc_pipeline_repository_save_event (pipeline, event, &error));
  g_assert_no_error (error);

  return voc_entity_get_id (VOC_ENTITY (event));
}

static gint64
count_events (Fixture *fixture)
{
  return test_query_int (fixture->db.db, "SELECT count(*) FROM event");
}

static gint64
count_audited_deletes (Fixture *fixture)
{
  return test_query_int (fixture->db.db, "SELECT count(*) FROM audit_log "
                                         "WHERE entity = 'event' AND action = 'delete'");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  if (!have_display)
    return;

  test_db_setup (&fixture->db, data);
  fixture->application_id = insert_application (fixture->db.db, "Support Engineer");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->db.dir != NULL)
    test_db_teardown (&fixture->db, data);
}

static gboolean
skip_without_display (void)
{
  if (!have_display)
    {
      g_test_skip ("No display (DISPLAY or WAYLAND_DISPLAY) to open windows on");
      return TRUE;
    }

  return FALSE;
}

static gint64   insert_task_at (VocPipelineRepository *pipeline,
                                 const char            *title,
                                 GDateTime             *due);
static gboolean lists_task     (VocTodayPage          *page,
                                gint64                 id);

static void
test_today_delete_event (Fixture       *fixture,
                         gconstpointer  data)
{
  VocPipelineActions *actions;
  GListModel *events;
  AdwToast *toast;
  VocWindow *window;
  VocTodayPage *page;
  gint64 panel, offer, call;

  if (skip_without_display ())
    return;

  panel = insert_event (fixture->db.db, fixture->application_id, "Panel interview", 30);
  offer = insert_event (fixture->db.db, fixture->application_id, "Offer call", 50);
  call = insert_event (fixture->db.db, 0, "Call with a recruiter", 70);

  window = voc_window_new (GTK_APPLICATION (app), fixture->db.path);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (voc_window_get_database (window) != NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "today"));
  page = VOC_TODAY_PAGE (voc_window_get_page (window, "today"));
  actions = voc_today_page_get_actions (page);
  events = voc_today_page_get_events (page);
  WAIT_FOR (g_list_model_get_n_items (events) == 3);

  /* Deleted, the row goes at once; the event stays until the Undo is no longer offered. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "today.delete-event", "x", panel));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  g_assert_cmpint (count_events (fixture), ==, 3);
  toast = voc_pipeline_actions_get_undo_toast (actions);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Event deleted");

  /* Undo brings it back, and the toast going away then deletes nothing. */
  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 3);
  adw_toast_dismiss (toast);
  g_assert_cmpint (count_events (fixture), ==, 3);
  g_assert_cmpint (count_audited_deletes (fixture), ==, 0);

  /* Without Undo, the toast going away deletes it, audited. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "today.delete-event", "x", panel));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  adw_toast_dismiss (voc_pipeline_actions_get_undo_toast (actions));
  g_assert_cmpint (count_events (fixture), ==, 2);
  g_assert_cmpint (count_audited_deletes (fixture), ==, 1);
  WAIT_FOR (g_list_model_get_n_items (events) == 2);
  {
    g_autoptr(VocEvent) first = g_list_model_get_item (events, 0);

    g_assert_cmpint (voc_entity_get_id (VOC_ENTITY (first)), ==, offer);
  }

  /* A task is deleted at once, softly, and Undo brings it back. */
  {
    g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (voc_window_get_database (window));
    g_autoptr(GDateTime) now = voc_date_time_now_utc ();
    g_autoptr(GDateTime) due = g_date_time_add_minutes (now, -5);
    gint64 task = insert_task_at (pipeline, "Chase the reference", due);

    WAIT_FOR (lists_task (page, task));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "today.delete", "x", task));
    g_assert_false (lists_task (page, task));
    g_assert_cmpint (test_query_int (fixture->db.db, "SELECT deleted_at IS NOT NULL FROM task "
                                                     "WHERE title = 'Chase the reference'"), ==, 1);
    toast = voc_pipeline_actions_get_undo_toast (actions);
    g_assert_cmpstr (adw_toast_get_title (toast), ==, "Task deleted");
    g_signal_emit_by_name (toast, "button-clicked");
    g_assert_true (lists_task (page, task));
    g_assert_cmpint (test_query_int (fixture->db.db, "SELECT deleted_at IS NULL FROM task "
                                                     "WHERE title = 'Chase the reference'"), ==, 1);
    adw_toast_dismiss (toast);
  }

  /* Closing the window while the Undo is offered deletes it too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "today.delete-event", "x", call));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  g_assert_cmpint (count_events (fixture), ==, 2);
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (count_events (fixture), ==, 1);
  g_assert_cmpint (test_query_int (fixture->db.db, "SELECT count(*) FROM event WHERE title = "
                                                   "'Offer call'"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* An application's detail in a window with a toast overlay, as in the Pipeline page. */
static GtkWidget *
show_detail (Fixture                *fixture,
             VocPipelineRepository  *pipeline,
             GtkWidget             **window_out)
{
  g_autoptr(VocJobApplication) application = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *detail = voc_application_detail_new ();

  application = voc_repository_find (VOC_REPOSITORY (pipeline), VOC_TYPE_JOB_APPLICATION,
                                     fixture->application_id, &error);
  g_assert_no_error (error);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), detail);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 800);
  voc_application_detail_show (VOC_APPLICATION_DETAIL (detail), pipeline, application);
  gtk_window_present (GTK_WINDOW (window));

  *window_out = window;
  return detail;
}

static void
test_detail_delete_event (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  VocPipelineActions *actions;
  GListModel *events;
  GtkWidget *window;
  GtkWidget *detail;
  gint64 screen, onsite;

  if (skip_without_display ())
    return;

  screen = insert_event (fixture->db.db, fixture->application_id, "Phone screen", 5);
  onsite = insert_event (fixture->db.db, fixture->application_id, "Onsite", 100);
  pipeline = voc_pipeline_repository_new (fixture->db.db);
  detail = show_detail (fixture, pipeline, &window);
  actions = voc_application_detail_get_actions (VOC_APPLICATION_DETAIL (detail));
  events = voc_application_detail_get_events (VOC_APPLICATION_DETAIL (detail));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);

  /* Hidden at once; Undo brings it back. */
  g_assert_true (gtk_widget_activate_action (detail, "application.delete-event", "x", screen));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);
  g_signal_emit_by_name (voc_pipeline_actions_get_undo_toast (actions), "button-clicked");
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  adw_toast_dismiss (voc_pipeline_actions_get_undo_toast (actions));
  g_assert_cmpint (count_events (fixture), ==, 2);

  /* The toast going away deletes it, and what the scheduler recorded of its reminders. */
  {
    g_autofree char *sql = g_strdup_printf ("INSERT INTO notification (uuid, created_at, "
                                            "updated_at, kind, entity, entity_id, fire_at, "
                                            "sent_at, title) VALUES ('n1', '2026-01-01T00:00:00Z', "
                                            "'2026-01-01T00:00:00Z', 'event-reminder', 'event', "
                                            "%" G_GINT64_FORMAT ", '2026-01-01T00:00:00Z', "
                                            "'2026-01-01T00:00:00Z', 'Phone screen')", screen);
    g_autoptr(GError) error = NULL;

    g_assert_true (voc_database_exec (fixture->db.db, sql, &error));
    g_assert_no_error (error);
  }
  g_assert_true (gtk_widget_activate_action (detail, "application.delete-event", "x", screen));
  adw_toast_dismiss (voc_pipeline_actions_get_undo_toast (actions));
  g_assert_cmpint (count_events (fixture), ==, 1);
  g_assert_cmpint (test_query_int (fixture->db.db, "SELECT count(*) FROM notification"), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 1);

  /* Closing the window while the Undo is offered deletes it. */
  g_assert_true (gtk_widget_activate_action (detail, "application.delete-event", "x", onsite));
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 0);
  g_assert_cmpint (count_events (fixture), ==, 1);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (count_events (fixture), ==, 0);
  g_assert_cmpint (count_audited_deletes (fixture), ==, 2);
}

/* Whether the timeline has an entry with @title (and @subtitle, unless %NULL). */
static gboolean
timeline_has (GListModel *timeline,
              const char *title,
              const char *subtitle)
{
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (timeline, i);
      g_autofree char *item_title = NULL;
      g_autofree char *item_subtitle = NULL;

      g_object_get (item, "title", &item_title, "subtitle", &item_subtitle, NULL);
      if (g_strcmp0 (item_title, title) == 0 &&
          (subtitle == NULL || g_strcmp0 (item_subtitle, subtitle) == 0))
        return TRUE;
    }

  return FALSE;
}

static void
test_detail_timeline (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  g_autoptr(VocJobApplication) application = NULL;
  g_autoptr(VocTask) task = voc_task_new ();
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GDateTime) due = g_date_time_add_hours (now, 2);
  g_autoptr(GError) error = NULL;
  GListModel *timeline;
  GtkWidget *window;
  GtkWidget *detail;
  gint64 event;

  if (skip_without_display ())
    return;

  pipeline = voc_pipeline_repository_new (fixture->db.db);
  detail = show_detail (fixture, pipeline, &window);
  timeline = voc_application_detail_get_timeline (VOC_APPLICATION_DETAIL (detail));
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
  g_assert_true (timeline_has (timeline, "Application created", NULL));

  /* A task added for the application (here, by the Today page, an editor…) appears. */
  voc_task_set_title (task, "Send the references");
  voc_task_set_due_at (task, due);
  voc_task_set_application_id (task, fixture->application_id);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (pipeline), task, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 2);
  g_assert_true (timeline_has (timeline, "To do: Send the references", NULL));

  /* Snoozed, it says so; done from the row, it is done. */
  g_assert_true (gtk_widget_activate_action (detail, "application.snooze-task", "x",
                                             voc_entity_get_id (VOC_ENTITY (task))));
  g_assert_true (timeline_has (timeline, "To do: Send the references", "Snoozed"));
  g_assert_true (gtk_widget_activate_action (detail, "application.complete-task", "x",
                                             voc_entity_get_id (VOC_ENTITY (task))));
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 2);
  g_assert_true (timeline_has (timeline, "Done: Send the references", NULL));
  g_assert_false (timeline_has (timeline, "To do: Send the references", NULL));

  /* A stage change made on the board, and an event. */
  application = voc_repository_find (VOC_REPOSITORY (pipeline), VOC_TYPE_JOB_APPLICATION,
                                     fixture->application_id, &error);
  g_assert_no_error (error);
  g_assert_true (voc_pipeline_repository_set_stage (pipeline, application, VOC_STAGE_SCREEN, NULL,
                                                    &error));
  g_assert_no_error (error);
  g_assert_true (timeline_has (timeline, "Applied → Screening", NULL));
  event = insert_event (fixture->db.db, fixture->application_id, "Hiring manager call", 20);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 4);
  g_assert_true (timeline_has (timeline, "Hiring manager call", NULL));

  /* An event being deleted leaves the timeline with its row, and comes back with Undo. */
  g_assert_true (gtk_widget_activate_action (detail, "application.delete-event", "x", event));
  g_assert_false (timeline_has (timeline, "Hiring manager call", NULL));
  g_signal_emit_by_name (voc_pipeline_actions_get_undo_toast (voc_application_detail_get_actions (VOC_APPLICATION_DETAIL (detail))),
                         "button-clicked");
  g_assert_true (timeline_has (timeline, "Hiring manager call", NULL));

  /* The page going away (not closed: destroyed) while the Undo is offered deletes it. */
  g_assert_true (gtk_widget_activate_action (detail, "application.delete-event", "x", event));
  g_assert_cmpint (count_events (fixture), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpint (count_events (fixture), ==, 0);
}

/* A clock the test turns by hand, with one timer. */
typedef struct
{
  GDateTime   *wall;
  GSourceFunc  timer;
  gpointer     timer_data;
  guint        timer_seconds;
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
  return 0;
}

static guint
fake_add_timer (guint        seconds,
                GSourceFunc  func,
                gpointer     data,
                gpointer     user_data)
{
  FakeClock *clock = user_data;

  g_assert_null (clock->timer);
  clock->timer = func;
  clock->timer_data = data;
  clock->timer_seconds = seconds;
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

/* Moves the clock on by the timer's time and lets it fire. */
static void
fake_fire (FakeClock *clock)
{
  GDateTime *later = g_date_time_add_seconds (clock->wall, clock->timer_seconds);
  GSourceFunc func = clock->timer;

  g_assert_nonnull (func);
  g_date_time_unref (clock->wall);
  clock->wall = later;
  clock->timer = NULL;
  g_assert_false (func (clock->timer_data));
}

static gint64
insert_task_at (VocPipelineRepository *pipeline,
                const char            *title,
                GDateTime             *due)
{
  g_autoptr(VocTask) task = voc_task_new ();
  g_autoptr(GError) error = NULL;

  voc_task_set_title (task, title);
  voc_task_set_due_at (task, due);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (pipeline), task, &error));
  g_assert_no_error (error);

  return voc_entity_get_id (VOC_ENTITY (task));
}

static gboolean
lists_task (VocTodayPage *page,
            gint64        id)
{
  GListModel *tasks = voc_today_page_get_tasks (page);

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(VocTask) task = g_list_model_get_item (tasks, i);

      if (voc_entity_get_id (VOC_ENTITY (task)) == id)
        return TRUE;
    }

  return FALSE;
}

/* At midnight "due today" moves on while the page is shown, and after a clock jump too. */
static void
test_today_midnight (Fixture       *fixture,
                     gconstpointer  data)
{
  FakeClock clock = { g_date_time_new_local (2030, 6, 10, 23, 50, 0), NULL, NULL, 0, 0 };
  VocClock vclock = { fake_now, fake_monotonic, fake_add_timer, fake_remove_timer, &clock };
  g_autoptr(GDateTime) tonight = g_date_time_new_local (2030, 6, 10, 23, 55, 0);
  g_autoptr(GDateTime) tomorrow = g_date_time_new_local (2030, 6, 11, 9, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new_local (2030, 6, 12, 10, 0, 0);
  g_autoptr(GDateTime) jumped = g_date_time_new_local (2030, 6, 12, 8, 0, 0);
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  g_autoptr(VocEvent) event = voc_event_new ();
  g_autoptr(GDateTime) event_start = g_date_time_new_local (2030, 6, 17, 23, 55, 0);
  g_autoptr(GError) error = NULL;
  VocTodayPage *page;
  GtkWidget *window;
  GtkWidget *overlay;
  gint64 tonight_id, tomorrow_id, later_id;

  if (skip_without_display ())
    return;

  pipeline = voc_pipeline_repository_new (fixture->db.db);
  tonight_id = insert_task_at (pipeline, "Send the thank-you note", tonight);
  tomorrow_id = insert_task_at (pipeline, "Call the recruiter back", tomorrow);
  later_id = insert_task_at (pipeline, "Prepare the case study", later);
  voc_event_set_title (event, "Onsite");
  voc_event_set_starts_at (event, event_start);
  g_assert_true (voc_pipeline_repository_save_event (pipeline, event, &error));
  g_assert_no_error (error);

  page = g_object_new (VOC_TYPE_TODAY_PAGE, NULL);
  voc_today_page_set_clock (page, &vclock);
  voc_today_page_set_database (page, fixture->db.db);
  window = adw_window_new ();
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page));
  adw_window_set_content (ADW_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));

  /* 23:50: tonight's task only; the timer is set for a second past midnight. */
  g_assert_true (lists_task (page, tonight_id));
  g_assert_false (lists_task (page, tomorrow_id));
  g_assert_cmpuint (g_list_model_get_n_items (voc_today_page_get_events (page)), ==, 0);
  g_assert_nonnull (clock.timer);
  g_assert_cmpuint (clock.timer_seconds, ==, 10 * 60 + 1);

  /* Midnight: yesterday's task is still there (overdue), today's joins it; the event of
   * the 17th, 23:55 is within the week; the next timer is for the next midnight. */
  fake_fire (&clock);
  g_assert_true (lists_task (page, tonight_id));
  g_assert_true (lists_task (page, tomorrow_id));
  g_assert_false (lists_task (page, later_id));
  g_assert_cmpuint (g_list_model_get_n_items (voc_today_page_get_tasks (page)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (voc_today_page_get_events (page)), ==, 1);
  g_assert_nonnull (clock.timer);
  g_assert_cmpuint (clock.timer_seconds, ==, 24 * 60 * 60);

  /* A suspend through the next midnight: the timer did not fire, a refresh catches up. */
  g_date_time_unref (clock.wall);
  clock.wall = g_date_time_ref (jumped);
  voc_today_page_refresh (page);
  g_assert_true (lists_task (page, later_id));
  g_assert_cmpuint (g_list_model_get_n_items (voc_today_page_get_tasks (page)), ==, 3);
  g_assert_cmpuint (clock.timer_seconds, ==, 16 * 60 * 60 + 1);

  /* The page gone, its timer goes too. */
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_null (clock.timer);
  g_date_time_unref (clock.wall);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  have_display = (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL) &&
                 gtk_init_check ();

  if (have_display)
    {
      adw_init ();

      app = voc_app_new ();
      g_application_set_application_id (G_APPLICATION (app), APPLICATION_ID ".RowsTest");
      g_application_set_flags (G_APPLICATION (app),
                               G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/pipeline-rows/today/delete-event", test_today_delete_event);
  ADD ("/pipeline-rows/today/midnight", test_today_midnight);
  ADD ("/pipeline-rows/detail/delete-event", test_detail_delete_event);
  ADD ("/pipeline-rows/detail/timeline", test_detail_timeline);

#undef ADD

  return g_test_run ();
}
