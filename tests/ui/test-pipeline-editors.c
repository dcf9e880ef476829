/* test-pipeline-editors.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialogs of the Pipeline under Xvfb, on a temporary database: the task editor adds a
 * task with every field, refuses a due time that is not a time of day (naming the field, and
 * writing nothing), edits a stored task, and makes a suggested task the user's so that the
 * rules no longer remove it; the Today page opens it for a new task and for a row. The event
 * editor adds an event with its reminders and refuses one that ends before it starts; an
 * event exported alone from the Today page is read back by python3-icalendar. An
 * application's detail lists its open tasks and events, and adds them linked to it.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "voc-app-private.h"
#include "voc-application-detail.h"
#include "voc-date.h"
#include "voc-event-editor-private.h"
#include "voc-pipeline-tasks.h"
#include "voc-repositories.h"
#include "voc-task-editor-private.h"
#include "voc-today-page-private.h"
#include "voc-window-private.h"
#include "voc-test-util.h"

static gboolean have_display;
static VocApp *app;

#define WAIT_FOR(condition)                                                              \
  G_STMT_START                                                                           \
  {                                                                                      \
    gint64 wait_deadline_ = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;               \
    while (!(condition))                                                                 \
      {                                                                                  \
        if (g_get_monotonic_time () > wait_deadline_)                                    \
          g_error ("Timed out waiting for %s", #condition);                              \
        if (!g_main_context_iteration (NULL, FALSE))                                     \
          g_usleep (1000);                                                               \
      }                                                                                  \
  }                                                                                      \
  G_STMT_END

typedef struct
{
  TestDb  db;
  gint64  application_id;
} Fixture;

static gint64
insert_application (VocDatabase *database,
                    const char  *title,
                    const char  *company_name)
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

  voc_job_application_set_posting_id (application, voc_entity_get_id (VOC_ENTITY (posting)));
  voc_job_application_set_stage (application, VOC_STAGE_APPLIED);
  voc_repository_insert (VOC_REPOSITORY (pipeline), application, &error);
  g_assert_no_error (error);

  return voc_entity_get_id (VOC_ENTITY (application));
}

static VocTask *
insert_task (VocDatabase *database,
             const char  *title,
             const char  *rule)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
  g_autoptr(VocTask) task = voc_task_new ();
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GDateTime) due = g_date_time_add_hours (now, 1);

  voc_task_set_title (task, title);
  voc_task_set_kind (task, VOC_TASK_KIND_FOLLOW_UP);
  voc_task_set_due_at (task, due);
  if (rule != NULL)
    {
      voc_task_set_suggested (task, TRUE);
      voc_task_set_rule (task, rule);
    }
  voc_repository_insert (VOC_REPOSITORY (pipeline), task, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&task);
}

static VocTask *
find_task (VocDatabase *database,
           gint64       id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
  VocTask *task = voc_repository_find (VOC_REPOSITORY (pipeline), VOC_TYPE_TASK, id, &error);

  g_assert_no_error (error);
  return task;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  if (!have_display)
    return;

  test_db_setup (&fixture->db, data);
  insert_application (fixture->db.db, "Data Analyst", "Globex");
  fixture->application_id = insert_application (fixture->db.db, "Platform Engineer",
                                                "Northwind Logistics");
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

static void
set_text (VocTaskEditor *editor,
          const char    *row,
          const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (voc_task_editor_get_row (editor, row)), text);
}

static const char *
get_text (VocTaskEditor *editor,
          const char    *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (voc_task_editor_get_row (editor, row)));
}

/* The row of the combo that names an application, found by its label. */
static guint
find_label (AdwComboRow *row,
            const char  *label)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      return i;

  g_error ("No “%s” in the list", label);
}

static void
destroy_editor (VocTaskEditor *editor)
{
  g_object_ref (editor);
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_finalize_object (editor);
}

static void
test_task_create (Fixture       *fixture,
                  gconstpointer  data)
{
  VocTaskEditor *editor;
  AdwComboRow *application_row;
  g_autoptr(GError) error = NULL;
  g_autoptr(VocTask) task = NULL;
  g_autoptr(GDateTime) expected = NULL;
  gint64 id;

  if (skip_without_display ())
    return;

  editor = voc_task_editor_new (fixture->db.db, NULL, 0);
  gtk_window_present (GTK_WINDOW (editor));
  g_assert_null (voc_task_editor_get_message (editor));

  application_row = ADW_COMBO_ROW (voc_task_editor_get_row (editor, "application"));
  /* Not linked unless chosen; every application is offered. */
  g_assert_cmpuint (adw_combo_row_get_selected (application_row), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (application_row)), ==, 3);

  set_text (editor, "title", "  Research the team  ");
  adw_combo_row_set_selected (ADW_COMBO_ROW (voc_task_editor_get_row (editor, "kind")),
                              VOC_TASK_KIND_RESEARCH);
  adw_combo_row_set_selected (ADW_COMBO_ROW (voc_task_editor_get_row (editor, "priority")), 2);
  set_text (editor, "date", "2030-05-06");
  set_text (editor, "time", "9:30");
  adw_combo_row_set_selected (application_row,
                              find_label (application_row, "Platform Engineer at Northwind Logistics"));
  set_text (editor, "notes", "Read the engineering blog");

  g_object_ref (editor);
  g_assert_true (voc_task_editor_save (editor, &error));
  g_assert_no_error (error);
  /* Saved, the dialog closes. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));

  id = voc_entity_get_id (VOC_ENTITY (voc_task_editor_get_task (editor)));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (test_query_int (fixture->db.db, "SELECT count(*) FROM task"), ==, 1);
  g_object_unref (editor);

  task = find_task (fixture->db.db, id);
  g_assert_cmpstr (voc_task_get_title (task), ==, "Research the team");
  g_assert_cmpint (voc_task_get_kind (task), ==, VOC_TASK_KIND_RESEARCH);
  g_assert_cmpint (voc_task_get_priority (task), ==, 2);
  g_assert_cmpint (voc_task_get_application_id (task), ==, fixture->application_id);
  g_assert_cmpstr (voc_task_get_notes (task), ==, "Read the engineering blog");
  g_assert_false (voc_task_get_suggested (task));
  /* Typed in local time, stored as that instant. */
  expected = g_date_time_new_local (2030, 5, 6, 9, 30, 0);
  g_assert_true (g_date_time_equal (voc_task_get_due_at (task), expected));
}

static void
test_task_invalid (Fixture       *fixture,
                   gconstpointer  data)
{
  const struct
  {
    const char *date;
    const char *time;
    const char *row;
    const char *field;
  } cases[] = {
    { "2030-05-06", "25:00", "time", "Due time" },
    { "2030-05-06", "9.30", "time", "Due time" },
    { "2030-05-06", "12:7", "time", "Due time" },
    { "2030-02-30", "09:00", "date", "Due date" },
    { "tomorrow", "09:00", "date", "Due date" },
  };
  VocTaskEditor *editor;

  if (skip_without_display ())
    return;

  editor = voc_task_editor_new (fixture->db.db, NULL, fixture->application_id);
  gtk_window_present (GTK_WINDOW (editor));

  /* Linked at first to the application it was opened for. */
  g_assert_cmpstr (gtk_string_list_get_string (
                     GTK_STRING_LIST (adw_combo_row_get_model (
                       ADW_COMBO_ROW (voc_task_editor_get_row (editor, "application")))),
                     adw_combo_row_get_selected (
                       ADW_COMBO_ROW (voc_task_editor_get_row (editor, "application")))),
                   ==, "Platform Engineer at Northwind Logistics");

  set_text (editor, "title", "Call back");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GtkWidget *row = voc_task_editor_get_row (editor, cases[i].row);

      set_text (editor, "date", cases[i].date);
      set_text (editor, "time", cases[i].time);
      g_assert_false (voc_task_editor_save (editor, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_true (g_str_has_prefix (voc_task_editor_get_message (editor), cases[i].field));
      g_assert_nonnull (strstr (voc_task_editor_get_message (editor),
                                gtk_editable_get_text (GTK_EDITABLE (row))));
      g_assert_true (gtk_widget_has_css_class (row, "error"));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
    }

  /* An empty title is refused too. */
  {
    g_autoptr(GError) error = NULL;

    set_text (editor, "date", "2030-05-06");
    set_text (editor, "time", "09:00");
    set_text (editor, "title", "   ");
    g_assert_false (voc_task_editor_save (editor, &error));
    g_assert_true (g_str_has_prefix (voc_task_editor_get_message (editor), "Title"));
  }

  g_assert_cmpint (test_query_int (fixture->db.db, "SELECT count(*) FROM task"), ==, 0);

  /* Corrected, it saves, and typing clears the mark. */
  {
    g_autoptr(GError) error = NULL;

    set_text (editor, "title", "Call back");
    g_object_ref (editor);
    g_assert_true (voc_task_editor_save (editor, &error));
    g_assert_no_error (error);
    g_assert_false (gtk_widget_has_css_class (voc_task_editor_get_row (editor, "title"), "error"));
  }
  g_assert_cmpint (test_query_int (fixture->db.db, "SELECT count(*) FROM task"), ==, 1);
  g_assert_cmpint (test_query_int (fixture->db.db, "SELECT application_id FROM task"), ==,
                   fixture->application_id);

  g_assert_finalize_object (editor);
}

static void
test_task_edit (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(VocTask) edited = NULL;
  g_autoptr(VocTask) untouched = NULL;
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  g_autoptr(VocTask) stored = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  VocTaskRuleSettings settings;
  VocTaskEditor *editor;
  guint n_removed = 0;

  if (skip_without_display ())
    return;

  edited = insert_task (fixture->db.db, "Follow up", "follow-up:test-1");
  untouched = insert_task (fixture->db.db, "Follow up again", "follow-up:test-2");
  editor = voc_task_editor_new (fixture->db.db, edited, 0);
  gtk_window_present (GTK_WINDOW (editor));
  g_assert_cmpstr (get_text (editor, "title"), ==, "Follow up");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (voc_task_editor_get_row (editor, "kind"))),
                    ==, VOC_TASK_KIND_FOLLOW_UP);

  /* Cancelling leaves the task as it was. */
  set_text (editor, "title", "Something else");
  destroy_editor (editor);
  g_assert_cmpstr (voc_task_get_title (edited), ==, "Follow up");

  editor = voc_task_editor_new (fixture->db.db, edited, 0);
  gtk_window_present (GTK_WINDOW (editor));
  set_text (editor, "title", "Follow up by phone");
  set_text (editor, "time", "16:45");
  g_object_ref (editor);
  g_assert_true (voc_task_editor_save (editor, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (editor);

  /* The task shown is the task stored. */
  g_assert_cmpstr (voc_task_get_title (edited), ==, "Follow up by phone");
  stored = find_task (fixture->db.db, voc_entity_get_id (VOC_ENTITY (edited)));
  g_assert_cmpstr (voc_task_get_title (stored), ==, "Follow up by phone");
  g_assert_cmpint (test_query_int (fixture->db.db, "SELECT count(*) FROM task"), ==, 2);

  /* With no rule making them any more, the suggestion the user edited stays. */
  pipeline = voc_pipeline_repository_new (fixture->db.db);
  voc_task_rule_settings_init (&settings);
  settings.enabled = 0;
  now = voc_date_time_now_utc ();
  g_assert_true (voc_pipeline_repository_apply_task_rules (pipeline, &settings, now, NULL,
                                                           &n_removed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_removed, ==, 1);
  g_assert_cmpint (test_query_int (fixture->db.db, "SELECT count(*) FROM task"), ==, 1);
  g_assert_cmpint (test_query_int (fixture->db.db, "SELECT id FROM task"), ==,
                   voc_entity_get_id (VOC_ENTITY (edited)));
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static void
test_today_opens_editor (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(VocTask) task = NULL;
  VocWindow *window;
  GtkWidget *page;
  GtkWindow *editor;

  if (skip_without_display ())
    return;

  task = insert_task (fixture->db.db, "Send the portfolio", NULL);
  window = voc_window_new (GTK_APPLICATION (app), fixture->db.path);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (voc_window_get_database (window) != NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "today"));
  page = voc_window_get_page (window, "today");
  WAIT_FOR (g_list_model_get_n_items (voc_today_page_get_tasks (VOC_TODAY_PAGE (page))) == 1);

  g_assert_true (gtk_widget_activate_action (page, "today.edit-task", "x",
                                             voc_entity_get_id (VOC_ENTITY (task))));
  editor = find_toplevel (VOC_TYPE_TASK_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (window));
  g_assert_cmpstr (get_text (VOC_TASK_EDITOR (editor), "title"), ==, "Send the portfolio");
  destroy_editor (VOC_TASK_EDITOR (editor));

  g_assert_true (gtk_widget_activate_action (page, "today.new-task", NULL));
  editor = find_toplevel (VOC_TYPE_TASK_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpstr (get_text (VOC_TASK_EDITOR (editor), "title"), ==, "");
  set_text (VOC_TASK_EDITOR (editor), "title", "Prepare questions");
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

    /* Due before midnight, it joins the page's list at once. */
    set_text (VOC_TASK_EDITOR (editor), "date", date);
    set_text (VOC_TASK_EDITOR (editor), "time", "00:00");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  WAIT_FOR (find_toplevel (VOC_TYPE_TASK_EDITOR) == NULL);
  WAIT_FOR (g_list_model_get_n_items (voc_today_page_get_tasks (VOC_TODAY_PAGE (page))) == 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
set_event_text (VocEventEditor *editor,
                const char     *row,
                const char     *text)
{
  gtk_editable_set_text (GTK_EDITABLE (voc_event_editor_get_row (editor, row)), text);
}

static void
toggle (VocEventEditor *editor,
        gint64          minutes,
        gboolean        active)
{
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (voc_event_editor_get_reminder (editor, minutes)),
                                active);
}

static void
test_event_create (Fixture       *fixture,
                   gconstpointer  data)
{
  VocEventEditor *editor;
  g_autoptr(GError) error = NULL;
  g_autoptr(VocEvent) event = NULL;
  g_autoptr(GArray) offsets = NULL;
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  gint64 id;

  if (skip_without_display ())
    return;

  editor = voc_event_editor_new (fixture->db.db, NULL, fixture->application_id);
  gtk_window_present (GTK_WINDOW (editor));
  /* A new event is reminded the day before and half an hour before. */
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (voc_event_editor_get_reminder (editor, 1440))));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (voc_event_editor_get_reminder (editor, 30))));

  set_event_text (editor, "title", "Technical interview");
  adw_combo_row_set_selected (ADW_COMBO_ROW (voc_event_editor_get_row (editor, "kind")),
                              VOC_EVENT_KIND_INTERVIEW);
  set_event_text (editor, "start-date", "2030-05-06");
  set_event_text (editor, "start-time", "14:00");
  set_event_text (editor, "end-date", "2030-05-06");
  set_event_text (editor, "end-time", "13:00");
  set_event_text (editor, "meeting", "https://meet.example.com/abc");
  toggle (editor, 30, FALSE);
  toggle (editor, 120, TRUE);

  /* An end before the start is refused, naming the field; nothing is written. */
  g_assert_false (voc_event_editor_save (editor, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_true (g_str_has_prefix (voc_event_editor_get_message (editor), "End time"));
  g_assert_true (gtk_widget_has_css_class (voc_event_editor_get_row (editor, "end-time"), "error"));
  set_event_text (editor, "end-time", "14:00");
  g_assert_false (voc_event_editor_save (editor, &error));
  g_clear_error (&error);
  set_event_text (editor, "start-time", "24:00");
  g_assert_false (voc_event_editor_save (editor, &error));
  g_clear_error (&error);
  g_assert_true (g_str_has_prefix (voc_event_editor_get_message (editor), "Start time"));
  g_assert_cmpint (test_query_int (fixture->db.db, "SELECT count(*) FROM event"), ==, 0);

  set_event_text (editor, "start-time", "14:00");
  set_event_text (editor, "end-time", "15:00");
  g_object_ref (editor);
  g_assert_true (voc_event_editor_save (editor, &error));
  g_assert_no_error (error);
  id = voc_entity_get_id (VOC_ENTITY (voc_event_editor_get_event (editor)));
  g_assert_finalize_object (editor);

  g_assert_cmpint (test_query_int (fixture->db.db, "SELECT count(*) FROM event"), ==, 1);
  pipeline = voc_pipeline_repository_new (fixture->db.db);
  event = voc_repository_find (VOC_REPOSITORY (pipeline), VOC_TYPE_EVENT, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (voc_event_get_title (event), ==, "Technical interview");
  g_assert_cmpint (voc_event_get_kind (event), ==, VOC_EVENT_KIND_INTERVIEW);
  g_assert_cmpint (voc_event_get_application_id (event), ==, fixture->application_id);
  g_assert_cmpstr (voc_event_get_meeting_url (event), ==, "https://meet.example.com/abc");
  g_assert_null (voc_event_get_location (event));
  starts = g_date_time_new_local (2030, 5, 6, 14, 0, 0);
  ends = g_date_time_new_local (2030, 5, 6, 15, 0, 0);
  g_assert_true (g_date_time_equal (voc_event_get_starts_at (event), starts));
  g_assert_true (g_date_time_equal (voc_event_get_ends_at (event), ends));

  offsets = voc_reminder_offsets_parse (voc_event_get_reminder_offsets (event), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (offsets->len, ==, 2);
  g_assert_cmpint (g_array_index (offsets, gint64, 0), ==, 1440);
  g_assert_cmpint (g_array_index (offsets, gint64, 1), ==, 120);

  /* Edited, an offset the toggles do not offer is kept. */
  voc_event_set_reminder_offsets (event, "[1440, 15]");
  g_assert_true (voc_pipeline_repository_save_event (pipeline, event, &error));
  g_assert_no_error (error);
  editor = voc_event_editor_new (fixture->db.db, event, 0);
  gtk_window_present (GTK_WINDOW (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (voc_event_editor_get_row (editor, "start-time"))),
                   ==, "14:00");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (voc_event_editor_get_reminder (editor, 1440))));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (voc_event_editor_get_reminder (editor, 30))));
  toggle (editor, 10, TRUE);
  set_event_text (editor, "location", "Building 4");
  g_object_ref (editor);
  g_assert_true (voc_event_editor_save (editor, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (editor);
  g_clear_pointer (&offsets, g_array_unref);
  offsets = voc_reminder_offsets_parse (voc_event_get_reminder_offsets (event), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (offsets->len, ==, 3);
  g_assert_cmpstr (voc_event_get_location (event), ==, "Building 4");
  g_assert_cmpint (test_query_int (fixture->db.db, "SELECT count(*) FROM event"), ==, 1);
}

static void
test_event_export (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  g_autoptr(VocEvent) event = NULL;
  g_autoptr(VocEvent) other = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = NULL;
  g_autofree char *script = NULL;
  g_autofree char *out = NULL;
  VocWindow *window;
  GtkWidget *page;
  JsonArray *exported;
  int status = 0;

  if (skip_without_display ())
    return;

  pipeline = voc_pipeline_repository_new (fixture->db.db);
  now = voc_date_time_now_utc ();
  starts = g_date_time_add_days (now, 2);
  event = voc_event_new ();
  voc_event_set_title (event, "Onsite: final round");
  voc_event_set_starts_at (event, starts);
  voc_event_set_reminder_offsets (event, "[1440, 30]");
  g_assert_true (voc_pipeline_repository_save_event (pipeline, event, &error));
  g_assert_no_error (error);
  other = voc_event_new ();
  voc_event_set_title (other, "Another call");
  voc_event_set_starts_at (other, starts);
  g_assert_true (voc_pipeline_repository_save_event (pipeline, other, &error));
  g_assert_no_error (error);

  window = voc_window_new (GTK_APPLICATION (app), fixture->db.path);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (voc_window_get_database (window) != NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "today"));
  page = voc_window_get_page (window, "today");
  WAIT_FOR (g_list_model_get_n_items (voc_today_page_get_events (VOC_TODAY_PAGE (page))) == 2);

  path = g_build_filename (fixture->db.dir, "event.ics", NULL);
  file = g_file_new_for_path (path);
  voc_today_page_export_event (VOC_TODAY_PAGE (page), voc_entity_get_id (VOC_ENTITY (event)), file);
  WAIT_FOR (voc_today_page_get_n_exports (VOC_TODAY_PAGE (page)) == 1);
  gtk_window_destroy (GTK_WINDOW (window));

  script = g_test_build_filename (G_TEST_DIST, "..", "io", "check-ics.py", NULL);
  {
    const char *argv[] = { "/usr/bin/python3", script, path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                  &status, &error);
    g_assert_no_error (error);
  }
  if (!g_spawn_check_wait_status (status, &error) &&
      g_error_matches (error, G_SPAWN_EXIT_ERROR, 77))
    {
      g_test_skip ("python3-icalendar is not installed: the export is not read back");
      return;
    }
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  exported = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                           "events");
  /* That event alone, with its two reminders. */
  g_assert_cmpuint (json_array_get_length (exported), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (exported, 0),
                                                  "summary"), ==, "Onsite: final round");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_array_get_object_element (exported, 0),
                                                                         "alarms")), ==, 2);
  g_unlink (path);
}

static void
test_application_detail (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  g_autoptr(VocJobApplication) application = NULL;
  g_autoptr(VocTask) linked = NULL;
  g_autoptr(VocTask) loose = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  GtkWidget *detail;
  GtkWindow *editor;
  GListModel *tasks;

  if (skip_without_display ())
    return;

  pipeline = voc_pipeline_repository_new (fixture->db.db);
  application = voc_repository_find (VOC_REPOSITORY (pipeline), VOC_TYPE_JOB_APPLICATION,
                                     fixture->application_id, &error);
  g_assert_no_error (error);
  linked = insert_task (fixture->db.db, "Ask about the team", NULL);
  voc_task_set_application_id (linked, fixture->application_id);
  g_assert_true (voc_repository_update (VOC_REPOSITORY (pipeline), linked, &error));
  g_assert_no_error (error);
  loose = insert_task (fixture->db.db, "Update the portfolio", NULL);

  window = adw_window_new ();
  detail = voc_application_detail_new ();
  adw_window_set_content (ADW_WINDOW (window), detail);
  voc_application_detail_show (VOC_APPLICATION_DETAIL (detail), pipeline, application);
  gtk_window_present (GTK_WINDOW (window));

  /* Its task, not the other one. */
  tasks = voc_application_detail_get_tasks (VOC_APPLICATION_DETAIL (detail));
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 1);
  {
    g_autoptr(VocTask) shown = g_list_model_get_item (tasks, 0);

    g_assert_cmpstr (voc_task_get_title (shown), ==, "Ask about the team");
  }

  /* Add Task opens the editor linked to the application; saved, the task is listed. */
  g_assert_true (gtk_widget_activate_action (detail, "application.add-task", NULL));
  editor = find_toplevel (VOC_TYPE_TASK_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (window));
  set_text (VOC_TASK_EDITOR (editor), "title", "Send the references");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  WAIT_FOR (find_toplevel (VOC_TYPE_TASK_EDITOR) == NULL);
  WAIT_FOR (g_list_model_get_n_items (tasks) == 2);
  g_assert_cmpint (test_query_int (fixture->db.db,
                                   "SELECT application_id FROM task WHERE title = 'Send the references'"),
                   ==, fixture->application_id);

  /* Done, it leaves the list; deleted, too. */
  g_assert_true (gtk_widget_activate_action (detail, "application.complete-task", "x",
                                             voc_entity_get_id (VOC_ENTITY (linked))));
  WAIT_FOR (g_list_model_get_n_items (tasks) == 1);
  g_assert_cmpint (test_query_int (fixture->db.db,
                                   "SELECT done_at IS NOT NULL FROM task WHERE title = 'Ask about the team'"),
                   ==, 1);
  {
    g_autoptr(VocTask) last = g_list_model_get_item (tasks, 0);

    g_assert_true (gtk_widget_activate_action (detail, "application.delete-task", "x",
                                               voc_entity_get_id (VOC_ENTITY (last))));
  }
  WAIT_FOR (g_list_model_get_n_items (tasks) == 0);

  /* Add Event, linked the same way. */
  g_assert_true (gtk_widget_activate_action (detail, "application.add-event", NULL));
  editor = find_toplevel (VOC_TYPE_EVENT_EDITOR);
  g_assert_nonnull (editor);
  gtk_editable_set_text (GTK_EDITABLE (voc_event_editor_get_row (VOC_EVENT_EDITOR (editor), "title")),
                         "Phone screen");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  WAIT_FOR (find_toplevel (VOC_TYPE_EVENT_EDITOR) == NULL);
  WAIT_FOR (g_list_model_get_n_items (voc_application_detail_get_events (VOC_APPLICATION_DETAIL (detail))) == 1);
  g_assert_cmpint (test_query_int (fixture->db.db, "SELECT application_id FROM event"), ==,
                   fixture->application_id);

  gtk_window_destroy (GTK_WINDOW (window));
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
      g_application_set_application_id (G_APPLICATION (app), APPLICATION_ID ".EditorsTest");
      g_application_set_flags (G_APPLICATION (app),
                               G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/task-editor/create", test_task_create);
  ADD ("/task-editor/invalid", test_task_invalid);
  ADD ("/task-editor/edit", test_task_edit);
  ADD ("/task-editor/from-today", test_today_opens_editor);
  ADD ("/event-editor/create", test_event_create);
  ADD ("/event-editor/export-one", test_event_export);
  ADD ("/application-detail/tasks-and-events", test_application_detail);

#undef ADD

  return g_test_run ();
}
