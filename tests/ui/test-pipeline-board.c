/* test-pipeline-board.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Pipeline page under Xvfb, on a temporary database: the board's columns and counts,
 * what a card shows, moving a card by dropping it on another column and from the keyboard
 * (each move stored with its stage change), the table with its stage filter, and Create
 * Application on a job's detail; `--export-calendar` (read back by python3-icalendar) and
 * `--import FILE.ics` on the command line; the Today page; the preferences of reminders
 * and the autostart entry they write.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <json-glib/json-glib.h>
#include <glib/gstdio.h>

#include "voc-app-private.h"
#include "voc-application-card.h"
#include "voc-date.h"
#include "voc-job-detail-private.h"
#include "voc-jobs-page-private.h"
#include "voc-pipeline-page-private.h"
#include "voc-pipeline-tasks.h"
#include "voc-pipeline-board.h"
#include "voc-today-page.h"
#include "voc-autostart.h"
#include "voc-preferences-window-private.h"
#include "voc-repositories.h"
#include "voc-window-private.h"
#include "voc-ui-test.h"

static gboolean have_display;
static VocApp *app;

typedef struct
{
  char        *dir;
  char        *path;
  VocDatabase *database;
  gint64       application_id;
  gint64       other_id;
} Fixture;

static gint64
insert_application (VocDatabase *database,
                    const char  *title,
                    const char  *company_name,
                    VocStage     stage,
                    int          fit_score)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocCompanyRepository) companies = voc_company_repository_new (database);
  g_autoptr(VocJobRepository) jobs = voc_job_repository_new (database);
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
  g_autoptr(VocCompany) company = voc_company_new ();
  g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
  g_autoptr(VocJobApplication) application = voc_job_application_new ();
  g_autofree char *normalized = g_utf8_strdown (company_name, -1);

  voc_company_set_name (company, company_name);
  voc_company_set_normalized_name (company, normalized);
  voc_repository_insert (VOC_REPOSITORY (companies), company, &error);
  g_assert_no_error (error);

  voc_job_posting_set_title (posting, title);
  voc_job_posting_set_company_id (posting, voc_entity_get_id (VOC_ENTITY (company)));
  voc_repository_insert (VOC_REPOSITORY (jobs), posting, &error);
  g_assert_no_error (error);

  if (fit_score >= 0)
    {
      g_autoptr(VocFit) fit = voc_fit_new ();

      voc_fit_set_posting_id (fit, voc_entity_get_id (VOC_ENTITY (posting)));
      voc_fit_set_score (fit, fit_score);
      voc_fit_set_scorer_version (fit, "test");
      voc_repository_insert (VOC_REPOSITORY (jobs), fit, &error);
      g_assert_no_error (error);
    }

  voc_job_application_set_posting_id (application, voc_entity_get_id (VOC_ENTITY (posting)));
  voc_job_application_set_stage (application, stage);
  voc_repository_insert (VOC_REPOSITORY (pipeline), application, &error);
  g_assert_no_error (error);

  return voc_entity_get_id (VOC_ENTITY (application));
}

static void
insert_task (VocDatabase *database,
             gint64       application_id,
             const char  *title,
             int          due_in_days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
  g_autoptr(VocTask) task = voc_task_new ();
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GDateTime) due = g_date_time_add_days (now, due_in_days);

  voc_task_set_application_id (task, application_id);
  voc_task_set_title (task, title);
  voc_task_set_due_at (task, due);
  voc_repository_insert (VOC_REPOSITORY (pipeline), task, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (!have_display)
    return;

  fixture->dir = g_dir_make_tmp ("vocation-board-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->database = voc_database_open (fixture->path, &error);
  g_assert_no_error (error);

  fixture->application_id = insert_application (fixture->database, "Platform Engineer",
                                                "Northwind Logistics", VOC_STAGE_APPLIED, 82);
  insert_task (fixture->database, fixture->application_id, "Follow up with the recruiter", 2);
  insert_task (fixture->database, fixture->application_id, "Send the portfolio", 5);
  fixture->other_id = insert_application (fixture->database, "Data Analyst", "Globex",
                                          VOC_STAGE_INTERVIEW, -1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->database);
  if (fixture->path != NULL)
    {
      g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

      g_remove (wal);
      g_remove (shm);
      g_remove (fixture->path);
      g_rmdir (fixture->dir);
    }

  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
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

static VocPipelinePage *
open_board (Fixture    *fixture,
            VocWindow **window_out)
{
  VocWindow *window = voc_window_new (GTK_APPLICATION (app), fixture->path);
  VocPipelinePage *page;

  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (voc_window_get_database (window) != NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "pipeline"));
  page = VOC_PIPELINE_PAGE (voc_window_get_page (window, "pipeline"));
  WAIT_FOR (g_strcmp0 (voc_pipeline_page_get_visible_child_name (page), "list") == 0);

  *window_out = window;
  return page;
}

static void
close_window (VocWindow *window)
{
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static VocJobApplication *
find_application (Fixture *fixture,
                  gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (fixture->database);
  VocJobApplication *application;

  application = voc_repository_find (VOC_REPOSITORY (pipeline), VOC_TYPE_JOB_APPLICATION, id,
                                     &error);
  g_assert_no_error (error);

  return application;
}

/* The stage changes of an application, oldest first. */
static GListModel *
list_stage_changes (Fixture *fixture,
                    gint64   id)
{
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (fixture->database);
  g_autofree char *where = g_strdup_printf ("t.application_id = %" G_GINT64_FORMAT, id);

  return G_LIST_MODEL (voc_repository_list_where (VOC_REPOSITORY (pipeline),
                                                  VOC_TYPE_STAGE_CHANGE, where, "t.id", NULL));
}

static void
test_columns_and_cards (Fixture       *fixture,
                        gconstpointer  data)
{
  VocWindow *window;
  VocPipelinePage *page;
  GtkWidget *card;

  if (skip_without_display ())
    return;

  page = open_board (fixture, &window);

  g_assert_cmpuint (g_list_model_get_n_items (voc_pipeline_page_get_stage_model (page, VOC_STAGE_APPLIED)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (voc_pipeline_page_get_stage_model (page, VOC_STAGE_INTERVIEW)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (voc_pipeline_page_get_stage_model (page, VOC_STAGE_PROSPECT)), ==, 0);
  g_assert_cmpstr (voc_pipeline_page_get_count_label (page, VOC_STAGE_APPLIED), ==, "1");
  g_assert_cmpstr (voc_pipeline_page_get_count_label (page, VOC_STAGE_OFFER), ==, "0");

  /* The card shows the fit of its job and the next step: the task due soonest. */
  WAIT_FOR (voc_pipeline_page_find_card (page, fixture->application_id) != NULL);
  card = voc_pipeline_page_find_card (page, fixture->application_id);
  g_assert_cmpint (voc_application_card_get_fit_score (VOC_APPLICATION_CARD (card)), ==, 82);
  g_assert_cmpstr (voc_application_card_get_next_step (VOC_APPLICATION_CARD (card)), ==,
                   "Follow up with the recruiter");

  /* A job without a fit row shows none; without tasks, no next step. */
  WAIT_FOR (voc_pipeline_page_find_card (page, fixture->other_id) != NULL);
  card = voc_pipeline_page_find_card (page, fixture->other_id);
  g_assert_cmpint (voc_application_card_get_fit_score (VOC_APPLICATION_CARD (card)), ==, -1);
  g_assert_null (voc_application_card_get_next_step (VOC_APPLICATION_CARD (card)));

  /* A task added through the window's database becomes the card's next step. */
  insert_task (voc_window_get_database (window), fixture->other_id, "Prepare the case study", 1);
  g_assert_cmpstr (voc_application_card_get_next_step (VOC_APPLICATION_CARD (card)), ==,
                   "Prepare the case study");

  close_window (window);
}

static void
test_drag_to_column (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(VocJobApplication) stored = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(VocStageChange) change = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  VocJobApplication *application;
  GtkDropTarget *target;
  VocWindow *window;
  VocPipelinePage *page;
  GtkWidget *card;
  gboolean dropped = FALSE;

  if (skip_without_display ())
    return;

  page = open_board (fixture, &window);
  WAIT_FOR (voc_pipeline_page_find_card (page, fixture->application_id) != NULL);
  card = voc_pipeline_page_find_card (page, fixture->application_id);
  application = voc_application_card_get_application (VOC_APPLICATION_CARD (card));

  /* What the card's drag source offers is what the column accepts. */
  target = voc_pipeline_page_get_drop_target (page, VOC_STAGE_SCREEN);
  g_assert_nonnull (target);
  g_assert_cmpuint (gtk_drop_target_get_actions (target), ==, GDK_ACTION_MOVE);
  g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (target),
                                                    VOC_TYPE_JOB_APPLICATION));

  g_value_init (&value, VOC_TYPE_JOB_APPLICATION);
  g_value_set_object (&value, application);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  g_assert_true (dropped);

  /* Stored, with its history and the dates that follow. */
  stored = find_application (fixture, fixture->application_id);
  g_assert_cmpint (voc_job_application_get_stage (stored), ==, VOC_STAGE_SCREEN);
  g_assert_nonnull (voc_job_application_get_stage_changed_at (stored));
  g_assert_nonnull (voc_job_application_get_first_response_at (stored));
  changes = list_stage_changes (fixture, fixture->application_id);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);
  change = g_list_model_get_item (changes, 0);
  g_assert_cmpint (voc_stage_change_get_from_stage (change), ==, VOC_STAGE_APPLIED);
  g_assert_cmpint (voc_stage_change_get_to_stage (change), ==, VOC_STAGE_SCREEN);
  g_assert_false (voc_stage_change_get_unusual (change));

  /* The columns and their counts follow. */
  g_assert_cmpuint (g_list_model_get_n_items (voc_pipeline_page_get_stage_model (page, VOC_STAGE_APPLIED)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (voc_pipeline_page_get_stage_model (page, VOC_STAGE_SCREEN)), ==, 1);
  g_assert_cmpstr (voc_pipeline_page_get_count_label (page, VOC_STAGE_APPLIED), ==, "0");
  g_assert_cmpstr (voc_pipeline_page_get_count_label (page, VOC_STAGE_SCREEN), ==, "1");

  /* Dropping on its own column changes nothing. */
  g_clear_object (&changes);
  target = voc_pipeline_page_get_drop_target (page, VOC_STAGE_SCREEN);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  changes = list_stage_changes (fixture, fixture->application_id);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);

  close_window (window);
}

/* The class's shortcuts are in a shortcut controller on each card (GTK 4.8 has no
 * gtk_widget_class_get_shortcuts()). */
static gboolean
card_has_shortcut (GtkWidget  *card,
                   const char *trigger,
                   const char *action)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (card);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *name = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) &&
              g_strcmp0 (name, action) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

static void
test_move_by_keyboard (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(VocJobApplication) stored = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(VocStageChange) change = NULL;
  VocWindow *window;
  VocPipelinePage *page;
  GtkWidget *card;

  if (skip_without_display ())
    return;

  page = open_board (fixture, &window);
  WAIT_FOR (voc_pipeline_page_find_card (page, fixture->application_id) != NULL);
  card = voc_pipeline_page_find_card (page, fixture->application_id);
  g_assert_true (gtk_widget_get_focusable (card));
  g_assert_true (card_has_shortcut (card, "<Alt>Right", "action(card.move-next)"));
  g_assert_true (card_has_shortcut (card, "<Alt>Left", "action(card.move-previous)"));

  /* Alt+Right on the focused card: Applied → Screening, and the focus follows the card. */
  g_assert_true (gtk_widget_grab_focus (card));
  g_assert_true (gtk_widget_activate_action (card, "card.move-next", NULL));
  stored = find_application (fixture, fixture->application_id);
  g_assert_cmpint (voc_job_application_get_stage (stored), ==, VOC_STAGE_SCREEN);
  WAIT_FOR (voc_pipeline_page_find_card (page, fixture->application_id) != NULL &&
            gtk_root_get_focus (GTK_ROOT (window)) ==
            voc_pipeline_page_find_card (page, fixture->application_id));
  g_clear_object (&stored);

  /* Alt+Left brings it back. */
  card = voc_pipeline_page_find_card (page, fixture->application_id);
  g_assert_true (gtk_widget_activate_action (card, "card.move-previous", NULL));
  stored = find_application (fixture, fixture->application_id);
  g_assert_cmpint (voc_job_application_get_stage (stored), ==, VOC_STAGE_APPLIED);
  g_clear_object (&stored);

  /* The menu's Move To ▸ Rejected. */
  WAIT_FOR (voc_pipeline_page_find_card (page, fixture->application_id) != NULL);
  card = voc_pipeline_page_find_card (page, fixture->application_id);
  g_assert_true (gtk_widget_activate_action (card, "card.move", "s", "rejected"));
  stored = find_application (fixture, fixture->application_id);
  g_assert_cmpint (voc_job_application_get_stage (stored), ==, VOC_STAGE_REJECTED);
  g_assert_nonnull (voc_job_application_get_closed_at (stored));

  changes = list_stage_changes (fixture, fixture->application_id);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 3);
  change = g_list_model_get_item (changes, 1);
  g_assert_cmpint (voc_stage_change_get_from_stage (change), ==, VOC_STAGE_SCREEN);
  g_assert_cmpint (voc_stage_change_get_to_stage (change), ==, VOC_STAGE_APPLIED);
  /* Going back is allowed, and recorded as unusual. */
  g_assert_true (voc_stage_change_get_unusual (change));
  g_assert_cmpstr (voc_pipeline_page_get_count_label (page, VOC_STAGE_REJECTED), ==, "1");

  /* Withdrawn is the last column: Alt+Right there does nothing. */
  WAIT_FOR (voc_pipeline_page_find_card (page, fixture->application_id) != NULL);
  card = voc_pipeline_page_find_card (page, fixture->application_id);
  g_assert_true (gtk_widget_activate_action (card, "card.move", "s", "withdrawn"));
  WAIT_FOR (voc_pipeline_page_find_card (page, fixture->application_id) != NULL);
  card = voc_pipeline_page_find_card (page, fixture->application_id);
  g_assert_true (gtk_widget_activate_action (card, "card.move-next", NULL));
  g_clear_object (&changes);
  changes = list_stage_changes (fixture, fixture->application_id);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 4);

  close_window (window);
}

static void
test_table (Fixture       *fixture,
            gconstpointer  data)
{
  VocWindow *window;
  VocPipelinePage *page;
  GtkColumnView *column_view;
  GtkDropDown *filter;
  GListModel *rows;
  g_autoptr(VocJobApplication) first = NULL;
  GtkColumnViewColumn *position;

  if (skip_without_display ())
    return;

  page = open_board (fixture, &window);
  filter = voc_pipeline_page_get_stage_filter (page);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (filter)));
  voc_pipeline_page_set_view (page, "table");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (filter)));

  column_view = voc_pipeline_page_get_column_view (page);
  rows = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);

  /* Sorted by position, ascending: Data Analyst before Platform Engineer. */
  position = g_list_model_get_item (gtk_column_view_get_columns (column_view), 0);
  gtk_column_view_sort_by_column (column_view, position, GTK_SORT_ASCENDING);
  first = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (voc_job_application_get_posting_title (first), ==, "Data Analyst");
  g_clear_object (&first);
  gtk_column_view_sort_by_column (column_view, position, GTK_SORT_DESCENDING);
  first = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (voc_job_application_get_posting_title (first), ==, "Platform Engineer");
  g_clear_object (&first);
  g_object_unref (position);

  /* The stage filter: item 4 is Interviewing (after All Stages). */
  gtk_drop_down_set_selected (filter, 4);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  first = g_list_model_get_item (rows, 0);
  g_assert_cmpint (voc_job_application_get_stage (first), ==, VOC_STAGE_INTERVIEW);
  gtk_drop_down_set_selected (filter, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);

  close_window (window);
}

static void
test_create_application (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocJobRepository) jobs = voc_job_repository_new (fixture->database);
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (fixture->database);
  g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
  g_autoptr(VocJobApplication) application = NULL;
  g_autoptr(GListModel) applications = NULL;
  g_autofree char *where = NULL;
  VocPipelinePage *page;
  VocJobsPage *jobs_page;
  VocJobDetail *detail;
  VocWindow *window;
  int position;

  if (skip_without_display ())
    return;

  voc_job_posting_set_title (posting, "Site Reliability Engineer");
  voc_repository_insert (VOC_REPOSITORY (jobs), posting, &error);
  g_assert_no_error (error);
  where = g_strdup_printf ("t.posting_id = %" G_GINT64_FORMAT,
                           voc_entity_get_id (VOC_ENTITY (posting)));

  page = open_board (fixture, &window);
  g_clear_object (&pipeline);
  pipeline = voc_pipeline_repository_new (voc_window_get_database (window));
  applications = G_LIST_MODEL (voc_repository_list_where (VOC_REPOSITORY (pipeline),
                                                          VOC_TYPE_JOB_APPLICATION, where,
                                                          NULL, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (applications), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "jobs"));
  jobs_page = VOC_JOBS_PAGE (voc_window_get_page (window, "jobs"));
  WAIT_FOR (g_strcmp0 (voc_jobs_page_get_visible_child_name (jobs_page), "list") == 0);
  position = -1;
  for (guint i = 0; i < g_list_model_get_n_items (voc_jobs_page_get_model (jobs_page)); i++)
    {
      g_autoptr(VocEntity) item = g_list_model_get_item (voc_jobs_page_get_model (jobs_page), i);

      if (voc_entity_get_id (item) == voc_entity_get_id (VOC_ENTITY (posting)))
        position = (int) i;
    }
  g_assert_cmpint (position, >=, 0);
  g_signal_emit_by_name (voc_jobs_page_get_list_view (jobs_page), "activate", (guint) position);
  g_assert_cmpstr (voc_jobs_page_get_view_name (jobs_page), ==, "detail");
  detail = voc_jobs_page_get_detail (jobs_page);

  /* One click: a prospect on the board. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.create-application",
                                             NULL));
  g_assert_cmpuint (g_list_model_get_n_items (applications), ==, 1);
  application = g_list_model_get_item (applications, 0);
  g_assert_cmpint (voc_job_application_get_stage (application), ==, VOC_STAGE_PROSPECT);
  g_assert_cmpuint (g_list_model_get_n_items (voc_pipeline_page_get_stage_model (page, VOC_STAGE_PROSPECT)), ==, 1);
  g_assert_cmpstr (voc_pipeline_page_get_count_label (page, VOC_STAGE_PROSPECT), ==, "1");

  /* A second click finds it rather than applying twice. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.create-application",
                                             NULL));
  g_assert_cmpuint (g_list_model_get_n_items (applications), ==, 1);

  g_clear_object (&applications);
  g_clear_object (&pipeline);
  close_window (window);
}

typedef struct
{
  GString *out;
  GString *err;
} CommandRun;

static CommandRun *current_run;

static void
print_to_run (const char *text)
{
  g_string_append (current_run->out, text);
}

static void
printerr_to_run (const char *text)
{
  g_string_append (current_run->err, text);
}

/* `vocation ARGS…` in this process, with its own application: its exit status. */
static int
run_command_line (const char * const *args,
                  CommandRun         *run)
{
  g_autoptr(VocApp) command_line_app = voc_app_new ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  GPrintFunc old_print, old_printerr;
  int status;

  g_string_truncate (run->out, 0);
  g_string_truncate (run->err, 0);
  g_ptr_array_add (argv, (gpointer) "vocation");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_application_set_application_id (G_APPLICATION (command_line_app),
                                    APPLICATION_ID ".CalendarTest");
  g_application_set_flags (G_APPLICATION (command_line_app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);

  current_run = run;
  old_print = g_set_print_handler (print_to_run);
  old_printerr = g_set_printerr_handler (printerr_to_run);
  status = g_application_run (G_APPLICATION (command_line_app), argv->len - 1,
                              (char **) argv->pdata);
  g_set_print_handler (old_print);
  g_set_printerr_handler (old_printerr);
  current_run = NULL;

  return MAX (status, voc_app_get_exit_status (command_line_app));
}

static void
insert_event (VocDatabase *database,
              gint64       application_id,
              const char  *title,
              int          in_days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
  g_autoptr(VocEvent) event = voc_event_new ();
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, in_days);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);

  voc_event_set_application_id (event, application_id);
  voc_event_set_title (event, title);
  voc_event_set_starts_at (event, start);
  voc_event_set_ends_at (event, end);
  voc_event_set_reminder_offsets (event, "[1440, 30]");
  g_assert_true (voc_pipeline_repository_save_event (pipeline, event, &error));
  g_assert_no_error (error);
}

static const char invitation[] =
  "BEGIN:VCALENDAR\r\n"
  "VERSION:2.0\r\n"
  "PRODID:-//Example Corp//Calendar//EN\r\n"
  "METHOD:REQUEST\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:onsite-42@example.com\r\n"
  "DTSTAMP:20261101T090000Z\r\n"
  "DTSTART:20301203T140000Z\r\n"
  "DTEND:20301203T160000Z\r\n"
  "SUMMARY:Onsite interview\\, Globex\r\n"
  "LOCATION:Globex HQ\r\n"
  "END:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static const char no_event[] =
  "BEGIN:VCALENDAR\r\n"
  "VERSION:2.0\r\n"
  "PRODID:-//Example Corp//Calendar//EN\r\n"
  "END:VCALENDAR\r\n";

static void
test_calendar_command_line (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *export_path = NULL;
  g_autofree char *invite_path = NULL;
  g_autofree char *empty_path = NULL;
  g_autofree char *new_db = NULL;
  g_autofree char *script = NULL;
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) database = NULL;
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  CommandRun run = { g_string_new (NULL), g_string_new (NULL) };
  JsonArray *exported;
  int status = 0;

  if (skip_without_display ())
    return;

  insert_event (fixture->database, fixture->application_id, "Technical interview", 3);
  insert_event (fixture->database, fixture->other_id, "Past phone screen", -10);

  /* Every upcoming event, and only those. */
  export_path = g_build_filename (fixture->dir, "upcoming.ics", NULL);
  {
    const char *args[] = { "--database", fixture->path, "--export-calendar", export_path, NULL };

    g_assert_cmpint (run_command_line (args, &run), ==, 0);
  }
  g_assert_true (g_str_has_prefix (run.out->str, "exported: 1 event to "));
  g_assert_cmpstr (run.err->str, ==, "");

  script = g_test_build_filename (G_TEST_DIST, "..", "io", "check-ics.py", NULL);
  {
    const char *argv[] = { "/usr/bin/python3", script, export_path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                  &status, &error);
    g_assert_no_error (error);
  }
  if (!g_spawn_check_wait_status (status, &error) &&
      g_error_matches (error, G_SPAWN_EXIT_ERROR, 77))
    g_test_message ("python3-icalendar is not installed: the export is not read back");
  else
    {
      g_assert_no_error (error);
      g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
      g_assert_no_error (error);
      exported = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                               "events");
      g_assert_cmpuint (json_array_get_length (exported), ==, 1);
      g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (exported, 0),
                                                      "summary"), ==, "Technical interview");
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_array_get_object_element (exported, 0),
                                                                             "alarms")), ==, 2);
    }

  /* An invitation into a new database: one line per event. The name does not matter. */
  invite_path = g_build_filename (fixture->dir, "invite.txt", NULL);
  g_assert_true (g_file_set_contents (invite_path, invitation, -1, NULL));
  new_db = g_build_filename (fixture->dir, "new.db", NULL);
  {
    const char *args[] = { "--database", new_db, "--import", invite_path, NULL };

    g_assert_cmpint (run_command_line (args, &run), ==, 0);
  }
  g_assert_true (g_str_has_prefix (run.out->str, "imported event: Onsite interview, Globex — "));
  g_assert_cmpuint (strlen (run.out->str), ==, strcspn (run.out->str, "\n") + 1);
  g_assert_cmpstr (run.err->str, ==, "");

  database = voc_database_open (new_db, &error);
  g_assert_no_error (error);
  pipeline = voc_pipeline_repository_new (database);
  events = voc_pipeline_repository_dup_upcoming_events (pipeline, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpstr (voc_event_get_location (g_ptr_array_index (events, 0)), ==, "Globex HQ");
  g_clear_pointer (&events, g_ptr_array_unref);

  /* A calendar without an event: an error line naming the file, status 1, nothing stored;
   * the good file before it still goes in (again: updated, not added twice). */
  empty_path = g_build_filename (fixture->dir, "empty.ics", NULL);
  g_assert_true (g_file_set_contents (empty_path, no_event, -1, NULL));
  {
    const char *args[] = { "--database", new_db, "--import", invite_path, empty_path, NULL };

    g_assert_cmpint (run_command_line (args, &run), ==, 1);
  }
  g_assert_true (g_str_has_prefix (run.err->str, "error: "));
  g_assert_nonnull (strstr (run.err->str, "empty.ics"));
  events = voc_pipeline_repository_dup_upcoming_events (pipeline, now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 1);

  /* --export-calendar takes no other file. */
  {
    const char *args[] = { "--export-calendar", export_path, invite_path, NULL };

    g_assert_cmpint (run_command_line (args, &run), ==, 1);
  }
  g_assert_nonnull (strstr (run.err->str, "--export-calendar"));

  g_string_free (run.out, TRUE);
  g_string_free (run.err, TRUE);
}

static gint64
insert_task_at (VocDatabase *database,
                const char  *title,
                GDateTime   *due)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
  g_autoptr(VocTask) task = voc_task_new ();

  voc_task_set_title (task, title);
  voc_task_set_due_at (task, due);
  voc_repository_insert (VOC_REPOSITORY (pipeline), task, &error);
  g_assert_no_error (error);

  return voc_entity_get_id (VOC_ENTITY (task));
}

static void
test_today (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GDateTime) overdue = g_date_time_add_hours (now, -30);
  g_autoptr(GDateTime) earlier = g_date_time_add_minutes (now, -1);
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  g_autoptr(VocJobApplication) application = NULL;
  g_autoptr(VocTask) done = NULL;
  g_autoptr(VocTask) task = NULL;
  g_autoptr(GError) error = NULL;
  VocTodayPage *page;
  VocWindow *window;
  gint64 overdue_id, second_id;

  if (skip_without_display ())
    return;

  overdue_id = insert_task_at (fixture->database, "Chase the reference letter", overdue);
  insert_event (fixture->database, fixture->application_id, "Panel interview", 3);
  insert_event (fixture->database, fixture->application_id, "Offer call", 12);

  open_board (fixture, &window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "today"));
  page = VOC_TODAY_PAGE (voc_window_get_page (window, "today"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  /* The overdue task; not the ones due in two and five days. The event of the week only. */
  g_assert_cmpuint (g_list_model_get_n_items (voc_today_page_get_tasks (page)), ==, 1);
  task = g_list_model_get_item (voc_today_page_get_tasks (page), 0);
  g_assert_cmpstr (voc_task_get_title (task), ==, "Chase the reference letter");
  g_clear_object (&task);
  g_assert_cmpuint (g_list_model_get_n_items (voc_today_page_get_events (page)), ==, 1);

  /* Completing it stores it done and takes it off the page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "today.complete", "x", overdue_id));
  g_assert_cmpuint (g_list_model_get_n_items (voc_today_page_get_tasks (page)), ==, 0);
  pipeline = voc_pipeline_repository_new (voc_window_get_database (window));
  done = voc_repository_find (VOC_REPOSITORY (pipeline), VOC_TYPE_TASK, overdue_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (voc_task_get_done_at (done));

  /* A task that came due a minute ago appears; snoozed, it leaves until tomorrow. */
  second_id = insert_task_at (voc_window_get_database (window), "Reply to the recruiter", earlier);
  g_assert_cmpuint (g_list_model_get_n_items (voc_today_page_get_tasks (page)), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "today.snooze", "x", second_id));
  g_assert_cmpuint (g_list_model_get_n_items (voc_today_page_get_tasks (page)), ==, 0);

  g_assert_cmpstr (voc_today_page_get_goal_text (page), ==, "0 of 2 applications sent today");

  /* An application sent now counts toward the daily goal. */
  application = voc_repository_find (VOC_REPOSITORY (pipeline), VOC_TYPE_JOB_APPLICATION,
                                     fixture->other_id, &error);
  g_assert_no_error (error);
  voc_job_application_set_applied_at (application, NULL);
  g_assert_true (voc_pipeline_repository_set_stage (pipeline, application, VOC_STAGE_PROSPECT,
                                                    NULL, &error));
  g_assert_true (voc_pipeline_repository_set_stage (pipeline, application, VOC_STAGE_APPLIED,
                                                    NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (voc_today_page_get_goal_text (page), ==, "1 of 2 applications sent today");

  g_clear_object (&pipeline);
  close_window (window);
}

static void
test_preferences_autostart (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GKeyFile) entry = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = voc_autostart_dup_path ();
  g_autofree char *exec = NULL;
  VocPreferencesWindow *preferences;
  GtkSwitch *background;

  if (skip_without_display ())
    return;

  /* The test's own configuration folder (set in main()), never the user's. */
  g_assert_true (g_str_has_prefix (path, g_getenv ("XDG_CONFIG_HOME")));

  settings = g_settings_new (APPLICATION_ID);
  g_settings_reset (settings, "run-in-background");
  preferences = voc_preferences_window_new (settings);
  gtk_window_present (GTK_WINDOW (preferences));
  background = voc_preferences_window_get_background_switch (preferences);
  g_assert_true (gtk_switch_get_active (background));

  /* Off: no entry. On: an entry that starts the service. Off again: removed. */
  gtk_switch_set_active (background, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "run-in-background"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_switch_set_active (background, TRUE);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_key_file_load_from_file (entry, path, G_KEY_FILE_NONE, &error));
  g_assert_no_error (error);
  exec = g_key_file_get_string (entry, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC,
                                &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exec, ==, "vocation --gapplication-service");
  g_assert_true (g_key_file_get_boolean (entry, G_KEY_FILE_DESKTOP_GROUP,
                                         "X-GNOME-Autostart-enabled", NULL));

  gtk_switch_set_active (background, FALSE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* The daily goal is a preference too. */
  gtk_spin_button_set_value (voc_preferences_window_get_goal_spin (preferences), 4);
  g_assert_cmpuint (g_settings_get_uint (settings, "daily-application-goal"), ==, 4);

  g_settings_reset (settings, "daily-application-goal");
  g_settings_reset (settings, "run-in-background");
  g_object_ref (preferences);
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_assert_finalize_object (preferences);
}

/* An invitation dropped on the window: its event is stored; a job description dropped with
 * it still goes to the job import. */
static void
test_drop_invitation (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *invite_path = g_build_filename (fixture->dir, "invite.ics", NULL);
  g_autoptr(GFile) invite = NULL;
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GSList *files = NULL;
  VocWindow *window;
  gboolean dropped = FALSE;

  if (skip_without_display ())
    return;

  g_assert_true (g_file_set_contents (invite_path, invitation, -1, NULL));
  invite = g_file_new_for_path (invite_path);

  open_board (fixture, &window);
  pipeline = voc_pipeline_repository_new (voc_window_get_database (window));
  g_assert_cmpint (voc_repository_count (VOC_REPOSITORY (pipeline), VOC_TYPE_EVENT, NULL), ==, 0);

  files = g_slist_append (files, invite);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_slist_free (files);
  g_signal_emit_by_name (voc_window_get_drop_target (window), "drop", &value, 5.0, 5.0, &dropped);
  g_assert_true (dropped);

  WAIT_FOR (voc_repository_count (VOC_REPOSITORY (pipeline), VOC_TYPE_EVENT, NULL) == 1);
  /* Nothing went to the job import. */
  g_assert_false (voc_window_get_importing (window));

  g_clear_object (&pipeline);
  close_window (window);
}

/* Enter on a card opens its detail: the dates, the form (saved as a copy, a bad amount
 * refused) and the timeline of what happened, newest first. */
static void
test_application_detail (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(VocJobApplication) stored = NULL;
  g_autoptr(GError) error = NULL;
  VocApplicationDetail *detail;
  VocPipelinePage *page;
  VocWindow *window;
  GtkWidget *card;
  GListModel *timeline;

  if (skip_without_display ())
    return;

  page = open_board (fixture, &window);
  WAIT_FOR (voc_pipeline_page_find_card (page, fixture->application_id) != NULL);
  card = voc_pipeline_page_find_card (page, fixture->application_id);
  g_assert_true (gtk_widget_activate_action (card, "card.move-next", NULL));
  WAIT_FOR (voc_pipeline_page_find_card (page, fixture->application_id) != NULL);
  card = voc_pipeline_page_find_card (page, fixture->application_id);
  g_assert_true (gtk_widget_activate_action (card, "card.open", NULL));
  g_assert_cmpstr (voc_pipeline_page_get_visible_child_name (page), ==, "detail");

  detail = voc_pipeline_page_get_detail (page);
  g_assert_cmpint (voc_entity_get_id (VOC_ENTITY (voc_application_detail_get_application (detail))),
                   ==, fixture->application_id);

  /* Created, the move to Screening, and its two open tasks. */
  timeline = voc_application_detail_get_timeline (detail);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 4);

  /* A bad amount: nothing saved. */
  gtk_editable_set_text (voc_application_detail_get_salary_row (detail), "lots");
  g_assert_false (voc_application_detail_save (detail, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (voc_application_detail_get_salary_row (detail)),
                                           "error"));
  stored = find_application (fixture, fixture->application_id);
  g_assert_cmpint (voc_job_application_get_salary_offered_cents (stored), ==, -1);
  g_clear_object (&stored);

  gtk_editable_set_text (voc_application_detail_get_salary_row (detail), "72,000");
  gtk_editable_set_text (voc_application_detail_get_source_row (detail), "Referral from Ana");
  gtk_text_buffer_set_text (voc_application_detail_get_notes (detail), "Team of six.", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "application.save", NULL));
  stored = find_application (fixture, fixture->application_id);
  g_assert_cmpint (voc_job_application_get_salary_offered_cents (stored), ==, 7200000);
  g_assert_cmpstr (voc_job_application_get_source (stored), ==, "Referral from Ana");
  g_assert_cmpstr (voc_job_application_get_notes (stored), ==, "Team of six.");
  g_assert_cmpint (voc_job_application_get_stage (stored), ==, VOC_STAGE_SCREEN);

  /* Back to the board. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.back", NULL));
  g_assert_cmpstr (voc_pipeline_page_get_visible_child_name (page), ==, "list");

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_autofree char *config_home = g_dir_make_tmp ("vocation-config-XXXXXX", NULL);

  /* Before anything reads it: the autostart entry goes into a folder of the test. */
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  have_display = (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL) &&
                 gtk_init_check ();

  if (have_display)
    {
      adw_init ();

      app = voc_app_new ();
      g_application_set_application_id (G_APPLICATION (app), APPLICATION_ID ".BoardTest");
      g_application_set_flags (G_APPLICATION (app),
                               G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/board/columns-and-cards", test_columns_and_cards);
  ADD ("/board/drag-to-column", test_drag_to_column);
  ADD ("/board/move-by-keyboard", test_move_by_keyboard);
  ADD ("/board/table", test_table);
  ADD ("/board/create-application", test_create_application);
  ADD ("/calendar/command-line", test_calendar_command_line);
  ADD ("/today/tasks-events-goal", test_today);
  ADD ("/preferences/autostart", test_preferences_autostart);
  ADD ("/calendar/drop-invitation", test_drop_invitation);
  ADD ("/board/application-detail", test_application_detail);

#undef ADD

  status = g_test_run ();

  g_clear_object (&app);
  {
    g_autofree char *autostart = g_build_filename (config_home, "autostart", NULL);

    g_rmdir (autostart);
    g_rmdir (config_home);
  }

  return status;
}
