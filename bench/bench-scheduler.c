/* bench-scheduler.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The reminder scheduler's check, which runs on the main thread once a minute: how long it
 * holds the main thread on a busy search (500 applications with their stage changes, 5,000
 * tasks, 1,000 events with two reminders each), with the task rules on and off. A check
 * that finds nothing new is the common case; the first one, which records what is due,
 * is measured apart.
 *
 *   bench-scheduler [--runs N]
 */

#include <glib/gstdio.h>

#include "bench-util.h"
#include "voc-date.h"
#include "voc-pipeline-tasks.h"
#include "voc-repositories.h"
#include "voc-scheduler.h"

#define N_APPLICATIONS 500
#define N_TASKS 5000
#define N_EVENTS 1000

/* The machine may be busy with other work: the time this thread spent on the CPU is what the
 * check costs the main thread, the wall time what it waited besides. */
static double
thread_cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

static GDateTime *fixed_now;

static GDateTime *
bench_clock_now (gpointer user_data)
{
  return g_date_time_ref (fixed_now);
}

static gint64
bench_clock_monotonic (gpointer user_data)
{
  return 0;
}

static guint
bench_clock_add_timer (guint        seconds,
                       GSourceFunc  func,
                       gpointer     data,
                       gpointer     user_data)
{
  return 1;
}

static void
bench_clock_remove_timer (guint    id,
                          gpointer user_data)
{
}

static void
fill (VocDatabase *database)
{
  g_autoptr(VocCompanyRepository) companies = voc_company_repository_new (database);
  g_autoptr(VocJobRepository) jobs = voc_job_repository_new (database);
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
  g_autoptr(GPtrArray) applications = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  static const VocStage path[] = { VOC_STAGE_APPLIED, VOC_STAGE_SCREEN, VOC_STAGE_INTERVIEW,
                                   VOC_STAGE_OFFER };

  if (!voc_database_begin (database, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < N_APPLICATIONS; i++)
    {
      g_autoptr(VocCompany) company = voc_company_new ();
      g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
      g_autoptr(VocJobApplication) application = voc_job_application_new ();
      g_autofree char *name = g_strdup_printf ("Company %u", i);
      g_autofree char *normalized = g_strdup_printf ("company %u", i);
      g_autoptr(GDateTime) created = g_date_time_add_days (fixed_now, -(int) (i % 60) - 1);

      voc_company_set_name (company, name);
      voc_company_set_normalized_name (company, normalized);
      voc_job_posting_set_title (posting, "Engineer");
      if (!voc_repository_insert (VOC_REPOSITORY (companies), company, &error))
        g_error ("%s", error->message);
      voc_job_posting_set_company_id (posting, voc_entity_get_id (VOC_ENTITY (company)));
      if (!voc_repository_insert (VOC_REPOSITORY (jobs), posting, &error))
        g_error ("%s", error->message);
      voc_job_application_set_posting_id (application, voc_entity_get_id (VOC_ENTITY (posting)));
      voc_job_application_set_stage (application, VOC_STAGE_PROSPECT);
      if (!voc_repository_insert (VOC_REPOSITORY (pipeline), application, &error))
        g_error ("%s", error->message);
      for (guint s = 0; s <= i % G_N_ELEMENTS (path); s++)
        if (!voc_pipeline_repository_set_stage (pipeline, application, path[s], NULL, &error))
          g_error ("%s", error->message);
      g_ptr_array_add (applications, g_steal_pointer (&application));
    }

  for (guint i = 0; i < N_TASKS; i++)
    {
      g_autoptr(VocTask) task = voc_task_new ();
      g_autoptr(GDateTime) due = g_date_time_add_minutes (fixed_now, (int) (i * 37 % 86400) - 43200);
      g_autofree char *title = g_strdup_printf ("Task %u", i);

      voc_task_set_title (task, title);
      voc_task_set_due_at (task, due);
      if (i % 2 == 0)
        voc_task_set_application_id (task, voc_entity_get_id (g_ptr_array_index (applications, i % N_APPLICATIONS)));
      if (!voc_repository_insert (VOC_REPOSITORY (pipeline), task, &error))
        g_error ("%s", error->message);
      if (i % 3 == 0 && !voc_pipeline_repository_complete_task (pipeline, task, fixed_now, &error))
        g_error ("%s", error->message);
    }

  for (guint i = 0; i < N_EVENTS; i++)
    {
      g_autoptr(VocEvent) event = voc_event_new ();
      g_autoptr(GDateTime) start = g_date_time_add_minutes (fixed_now, (int) (i * 53 % 86400) - 20000);
      g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);
      g_autofree char *title = g_strdup_printf ("Event %u", i);

      voc_event_set_title (event, title);
      voc_event_set_starts_at (event, start);
      voc_event_set_ends_at (event, end);
      voc_event_set_reminder_offsets (event, "[1440, 30]");
      voc_event_set_application_id (event, voc_entity_get_id (g_ptr_array_index (applications, i % N_APPLICATIONS)));
      if (!voc_pipeline_repository_save_event (pipeline, event, &error))
        g_error ("%s", error->message);
    }

  if (!voc_database_commit (database, &error))
    g_error ("%s", error->message);
}

static void
measure (VocScheduler *scheduler,
         const char   *label,
         guint         runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < runs; i++)
    {
      double start = bench_now_ms ();
      double start_cpu = thread_cpu_ms ();
      double elapsed, elapsed_cpu;

      voc_scheduler_check (scheduler);
      elapsed_cpu = thread_cpu_ms () - start_cpu;
      elapsed = bench_now_ms () - start;
      g_array_append_val (times, elapsed);
      g_array_append_val (cpu, elapsed_cpu);
    }

  g_print ("| %s | %u | %.2f | %.2f | %.2f | %.2f |\n", label, runs, bench_median (cpu),
           bench_median (times), bench_quantile (times, 0.95), bench_max (times));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("bench-scheduler-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autoptr(VocDatabase) database = NULL;
  g_autoptr(VocScheduler) scheduler = NULL;
  g_autoptr(GError) error = NULL;
  VocClock clock = { bench_clock_now, bench_clock_monotonic, bench_clock_add_timer,
                     bench_clock_remove_timer, NULL };
  VocTaskRuleSettings rules;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  guint runs = 30;
  guint n_first;
  double start, elapsed, start_cpu, elapsed_cpu;

  if (argc == 3 && g_str_equal (argv[1], "--runs"))
    runs = (guint) MAX (1, g_ascii_strtoull (argv[2], NULL, 10));

  fixed_now = voc_date_time_now_utc ();
  database = voc_database_open (path, &error);
  if (database == NULL)
    g_error ("%s", error->message);

  start = bench_now_ms ();
  fill (database);
  g_print ("Generated %u applications, %u tasks and %u events in %.0f ms\n\n", N_APPLICATIONS,
           N_TASKS, N_EVENTS, bench_now_ms () - start);

  scheduler = voc_scheduler_new (database);
  voc_scheduler_set_clock (scheduler, &clock);

  g_print ("| check (main thread) | runs | CPU median ms | wall median ms | wall p95 ms | wall max ms |\n");
  g_print ("| --- | --- | --- | --- | --- | --- |\n");
  start = bench_now_ms ();
  start_cpu = thread_cpu_ms ();
  n_first = voc_scheduler_check (scheduler);
  elapsed_cpu = thread_cpu_ms () - start_cpu;
  elapsed = bench_now_ms () - start;
  g_print ("| first check, %u reminders recorded | 1 | %.2f | %.2f | | |\n", n_first, elapsed_cpu,
           elapsed);
  measure (scheduler, "nothing new, rules off", runs);

  voc_task_rule_settings_init (&rules);
  rules.enabled = VOC_TASK_RULE_ALL;
  voc_scheduler_set_rule_settings (scheduler, &rules);
  voc_scheduler_check (scheduler);
  measure (scheduler, "nothing new, rules on", runs);

  g_clear_object (&scheduler);
  g_clear_object (&database);
  g_remove (path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (dir);
  g_date_time_unref (fixed_now);

  return 0;
}
