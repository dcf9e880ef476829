/* test-reminders.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <signal.h>
#include <sys/prctl.h>
#include <string.h>

#include "voc-date.h"
#include "voc-pipeline-tasks.h"
#include "voc-test-util.h"

/*
 * Reminders end to end, in the private D-Bus session of `make test`: the real `vocation`
 * binary on a temporary database, python-dbusmock's notification daemon logging each Notify
 * call, and org.freedesktop.Application.ActivateAction standing in for a click on a button.
 */

#define APP_ID "io.github.vocationapp.Vocation"
#define APP_PATH "/io/github/vocationapp/Vocation"

typedef struct
{
  char *dir;
  char *path;
  char *log;
  gsize log_start;
  char *due_uuid;
  char *overdue_uuid;
  char *due_body;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("vocation-reminders-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "vocation.db", NULL);
  f->log = g_strdup (g_getenv ("VOCATION_NOTIFY_LOG"));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->log);
  g_free (f->due_uuid);
  g_free (f->overdue_uuid);
  g_free (f->due_body);
}

static char *
add_task (VocPipelineRepository  *repo,
          const char             *title,
          int                     minutes_from_now,
          gint64                  application_id,
          char                  **due_text)
{
  g_autoptr(VocTask) task = voc_task_new ();
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GDateTime) due = g_date_time_add_minutes (now, minutes_from_now);
  g_autoptr(GError) error = NULL;

  voc_task_set_title (task, title);
  voc_task_set_due_at (task, due);
  voc_task_set_application_id (task, application_id);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (repo), task, &error));
  g_assert_no_error (error);
  if (due_text != NULL)
    *due_text = g_date_time_format (due, "\"Due %H:%M\nEngineer at Acme\"");
  return g_strdup (voc_entity_get_uuid (VOC_ENTITY (task)));
}

/* An application for Engineer at Acme, a task on it due a minute ago, one overdue since
 * yesterday, and one due in two hours (so a reminder is still to come). */
static void
fill_database (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) db = voc_database_open (f->path, &error);
  g_autoptr(VocCompanyRepository) companies = NULL;
  g_autoptr(VocJobRepository) jobs = NULL;
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  g_autoptr(VocCompany) company = voc_company_new ();
  g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
  g_autoptr(VocJobApplication) application = voc_job_application_new ();
  g_autofree char *later = NULL;

  g_assert_no_error (error);
  companies = voc_company_repository_new (db);
  jobs = voc_job_repository_new (db);
  pipeline = voc_pipeline_repository_new (db);

  voc_company_set_name (company, "Acme");
  voc_company_set_normalized_name (company, "acme");
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (companies), company, &error));
  voc_job_posting_set_title (posting, "Engineer");
  voc_job_posting_set_company_id (posting, voc_entity_get_id (VOC_ENTITY (company)));
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (jobs), posting, &error));
  voc_job_application_set_posting_id (application, voc_entity_get_id (VOC_ENTITY (posting)));
  voc_job_application_set_stage (application, VOC_STAGE_PROSPECT);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (pipeline), application, &error));
  g_assert_no_error (error);

  f->due_uuid = add_task (pipeline, "Call Alice about the offer", -1,
                          voc_entity_get_id (VOC_ENTITY (application)), &f->due_body);
  f->overdue_uuid = add_task (pipeline, "Review the contract", -24 * 60, 0, NULL);
  later = add_task (pipeline, "Send references", 120, 0, NULL);

  g_clear_object (&companies);
  g_clear_object (&jobs);
  g_clear_object (&pipeline);
  g_assert_finalize_object (g_steal_pointer (&db));
}

static void
end_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static GSubprocess *
start_app (Fixture *f)
{
  const char *exe = g_getenv ("VOCATION_EXE");
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  GSubprocess *process;

  /* Ends with the test, even when the test aborts. */
  g_subprocess_launcher_set_child_setup (launcher, end_with_parent, NULL, NULL);
  process = g_subprocess_launcher_spawn (launcher, &error, exe, "--database", f->path, NULL);
  g_assert_no_error (error);
  return process;
}

static void
stop_app (GSubprocess *process)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_send_signal (process, SIGTERM);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
}

/* The Notify calls logged since the test began. */
static char *
read_log (Fixture *f)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (f->log, &contents, &length, NULL) || length < f->log_start)
    return g_strdup ("");

  return g_strdup (contents + f->log_start);
}

/* dbusmock logs one record per call, starting with a time stamp; a body with a line break
 * spans two lines of the file. */
static GStrv
split_records (const char *log)
{
  return g_regex_split_simple ("\n(?=[0-9]+\\.[0-9]+ )", log, 0, 0);
}

static guint
count_lines (const char *log,
             const char *needle)
{
  g_auto(GStrv) lines = split_records (log);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "Notify") != NULL && strstr (lines[i], needle) != NULL)
      n++;

  return n;
}

static char *
wait_for_line (Fixture    *f,
               const char *needle)
{
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *log = read_log (f);
      g_auto(GStrv) lines = split_records (log);

      for (guint j = 0; lines[j] != NULL; j++)
        if (strstr (lines[j], "Notify") != NULL && strstr (lines[j], needle) != NULL)
          return g_strdup (lines[j]);

      g_usleep (100000);
    }

  return NULL;
}

static gint64
query_int (Fixture    *f,
           const char *sql,
           const char *uuid)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
activate_action (const char *action,
                 const char *uuid)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  GVariantBuilder parameters;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  g_variant_builder_init (&parameters, G_VARIANT_TYPE ("av"));
  if (uuid != NULL)
    g_variant_builder_add (&parameters, "v", g_variant_new_string (uuid));

  reply = g_dbus_connection_call_sync (bus, APP_ID, APP_PATH, "org.freedesktop.Application",
                                       "ActivateAction",
                                       g_variant_new ("(sava{sv})", action, &parameters, NULL),
                                       NULL, G_DBUS_CALL_FLAGS_NONE, 10000, NULL, &error);
  g_assert_no_error (error);
}

static gboolean
name_has_owner (void)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", APP_ID), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, 5000, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

static void
test_due_task_notifies_once (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GSubprocess) app = NULL;
  g_autoptr(GSubprocess) again = NULL;
  g_autofree char *line = NULL;
  g_autofree char *done_action = NULL;
  g_autofree char *snooze_action = NULL;
  g_autofree char *log = NULL;
  const char *done_sql = "SELECT done_at IS NOT NULL FROM task WHERE uuid = ?1";

  if (f->log == NULL || g_getenv ("VOCATION_EXE") == NULL || g_getenv ("DISPLAY") == NULL)
    {
      g_test_skip ("not in the test session of make test");
      return;
    }

  fill_database (f);
  {
    g_autofree char *contents = NULL;
    gsize length = 0;

    if (g_file_get_contents (f->log, &contents, &length, NULL))
      f->log_start = length;
  }

  app = start_app (f);
  line = wait_for_line (f, "Call Alice about the offer");
  g_assert_nonnull (line);
  g_test_message ("%s", line);

  /* Title, body (due time and the job) and the two buttons with the task as target. */
  g_assert_nonnull (strstr (line, "\"Call Alice about the offer\""));
  g_assert_nonnull (strstr (line, f->due_body));
  done_action = g_strdup_printf ("\"app.task-done::%s\", \"Mark done\"", f->due_uuid);
  snooze_action = g_strdup_printf ("\"app.task-snooze::%s\", \"Snooze 1 hour\"", f->due_uuid);
  g_assert_nonnull (strstr (line, done_action));
  g_assert_nonnull (strstr (line, snooze_action));

  /* The overdue one came too; the one due later did not. Each once. */
  g_assert_nonnull (wait_for_line (f, "Review the contract"));
  g_usleep (2 * G_USEC_PER_SEC);
  log = read_log (f);
  g_assert_cmpuint (count_lines (log, "Call Alice about the offer"), ==, 1);
  g_assert_cmpuint (count_lines (log, "Review the contract"), ==, 1);
  g_assert_cmpuint (count_lines (log, "Send references"), ==, 0);

  /* "Mark done", as the desktop would activate it. */
  g_assert_cmpint (query_int (f, done_sql, f->due_uuid), ==, 0);
  activate_action ("task-done", f->due_uuid);
  for (guint i = 0; i < 100 && query_int (f, done_sql, f->due_uuid) != 1; i++)
    g_usleep (100000);
  g_assert_cmpint (query_int (f, done_sql, f->due_uuid), ==, 1);
  g_assert_cmpint (query_int (f, done_sql, f->overdue_uuid), ==, 0);

  /* Quitting closes the window, but a reminder is still to come: the app stays. */
  activate_action ("quit", NULL);
  g_usleep (2 * G_USEC_PER_SEC);
  g_assert_true (name_has_owner ());
  g_assert_nonnull (g_subprocess_get_identifier (app));

  /* Restarted: nothing is sent twice. */
  stop_app (app);
  for (guint i = 0; i < 50 && name_has_owner (); i++)
    g_usleep (100000);
  again = start_app (f);
  for (guint i = 0; i < 100 && !name_has_owner (); i++)
    g_usleep (100000);
  g_usleep (3 * G_USEC_PER_SEC);
  g_clear_pointer (&log, g_free);
  log = read_log (f);
  g_assert_cmpuint (count_lines (log, "Call Alice about the offer"), ==, 1);
  g_assert_cmpuint (count_lines (log, "Review the contract"), ==, 1);

  /* "Snooze 1 hour" on the overdue one. */
  activate_action ("task-snooze", f->overdue_uuid);
  for (guint i = 0; i < 100 && query_int (f, "SELECT snoozed_until IS NOT NULL FROM task "
                                             "WHERE uuid = ?1", f->overdue_uuid) != 1; i++)
    g_usleep (100000);
  g_assert_cmpint (query_int (f, "SELECT snoozed_until > strftime ('%Y-%m-%dT%H:%M', 'now', "
                                 "'+59 minutes') FROM task WHERE uuid = ?1", f->overdue_uuid),
                   ==, 1);

  stop_app (again);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/reminders/due-task-notifies-once", Fixture, NULL, fixture_setup,
              test_due_task_notifies_once, fixture_teardown);

  return g_test_run ();
}
