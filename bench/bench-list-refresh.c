/* bench-list-refresh.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * What a commit costs the main thread while the Jobs page shows 100,000 postings.
 *
 * The Jobs page's list (a VocEntityList, made as the page makes it, through
 * voc_job_repository_list_query_async()) reads its ids again after every committed write
 * to the tables it follows. This program writes a database of N postings (100,000 by
 * default; short rows, indexed for search like any other) into a temporary folder, opens the
 * list of one of the page's orders, and commits K times what the application commits:
 *
 *   import       one posting inserted (one transaction, as the importer stores a file),
 *                with the list newest first (the page's default) and by title;
 *   rescore      a batch of 100 library fits rewritten in one transaction, as the fit
 *                scorer writes them, with the list sorted by fit.
 *
 * Each case runs twice: with the ids read on the main thread inside the commit (every list
 * before issue 3's change; voc_entity_list_set_async_min_rows (G_MAXUINT)) and with the
 * default, a worker thread for lists of 2,000 rows or more. For each commit it takes:
 *
 *   list         the main-thread time the list costs: its handlers of
 *                VocDatabase::rows-changed inside the commit (timed between a handler
 *                connected before the list's and one connected after them) plus every main
 *                loop dispatch until the list shows the commit (the worker's result
 *                applied). This is what the list adds to the stall a frame sees.
 *   write        the write and commit call itself, list handlers included: with
 *                synchronous=FULL it is mostly the disk's flush, and scatters with it.
 *   shown after  wall time from the commit to the list showing it.
 *
 * The same writes with no list open give the write alone. A column view's own work on
 * items-changed (rebinding the rows on screen) is the same in both modes and is not counted.
 *
 *   bench-list-refresh [--postings N] [--commits K] [--workdir DIR] [--keep]
 */

#define G_LOG_DOMAIN "bench-list-refresh"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>

#include "bench-util.h"
#include "voc-entity-list-private.h"
#include "voc-job-query.h"
#include "voc-repositories.h"
#include "voc-store-private.h"

#define RESCORE_BATCH 100

typedef enum
{
  WRITE_IMPORT,
  WRITE_RESCORE,
} Write;

typedef enum
{
  MODE_NONE,      /* no list open: the write alone */
  MODE_SYNC,      /* ids read inside the commit */
  MODE_WORKER,    /* the default */
} Mode;

static guint n_written;

/* The list's handlers of rows-changed run between these two. */
static double handler_started;
static double handler_ms;

static void
on_before_list_cb (VocDatabase *database,
                   const char  *table,
                   GArray      *changes,
                   gpointer     user_data)
{
  handler_started = bench_now_ms ();
}

static void
on_after_list_cb (VocDatabase *database,
                  const char  *table,
                  GArray      *changes,
                  gpointer     user_data)
{
  handler_ms += bench_now_ms () - handler_started;
}

static gboolean
do_write (VocDatabase      *database,
          VocJobRepository *jobs,
          Write             write,
          GError          **error)
{
  if (write == WRITE_IMPORT)
    {
      g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
      g_autofree char *title = g_strdup_printf ("Imported Analyst %u", n_written++);

      voc_job_posting_set_title (posting, title);
      voc_job_posting_set_location (posting, "Berlin, Germany");
      return voc_repository_insert (VOC_REPOSITORY (jobs), posting, error);
    }
  else
    {
      g_autofree char *sql = NULL;

      /* Scores that move rows through the order, as a new resume would. */
      sql = g_strdup_printf ("UPDATE fit SET score = (posting_id * 37 + %u) %% 101 "
                             "WHERE posting_id IN (SELECT id FROM job_posting "
                             "ORDER BY (id * 7919 + %u) %% 100003 LIMIT %d)",
                             n_written, n_written, RESCORE_BATCH);
      n_written++;
      if (!voc_database_begin (database, error))
        return FALSE;
      if (!voc_database_exec (database, sql, error))
        {
          voc_database_rollback (database);
          return FALSE;
        }
      if (!voc_database_commit (database, error))
        {
          voc_database_rollback (database);
          return FALSE;
        }
      return TRUE;
    }
}

static void
on_list_ready_cb (GObject      *source_object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static VocEntityList *
open_list (VocJobRepository *jobs,
           VocJobSort        sort)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  VocJobQuery query = VOC_JOB_QUERY_INIT;
  VocEntityList *list;

  query.sort = sort;
  query.descending = sort == VOC_JOB_SORT_FIT;
  voc_job_repository_list_query_async (jobs, &query, NULL, on_list_ready_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  list = voc_job_repository_list_query_finish (jobs, result, &error);
  if (list == NULL)
    g_error ("Cannot list the postings: %s", error->message);

  return list;
}

typedef struct
{
  GArray *main_ms;
  GArray *write_ms;
  GArray *shown_ms;
  GArray *dispatch_ms;
  guint   n_items;
  guint   n_refreshes;
} Result;

static void
result_clear (Result *self)
{
  g_clear_pointer (&self->main_ms, g_array_unref);
  g_clear_pointer (&self->write_ms, g_array_unref);
  g_clear_pointer (&self->shown_ms, g_array_unref);
  g_clear_pointer (&self->dispatch_ms, g_array_unref);
}

static void
run_case (VocDatabase      *database,
          VocJobRepository *jobs,
          Write             write,
          VocJobSort        sort,
          Mode              mode,
          guint             n_commits,
          Result           *result)
{
  g_autoptr(VocEntityList) list = NULL;
  g_autoptr(GError) error = NULL;
  gulong before, after;

  result->main_ms = bench_values_new ();
  result->write_ms = bench_values_new ();
  result->shown_ms = bench_values_new ();
  result->dispatch_ms = bench_values_new ();

  before = g_signal_connect (database, "rows-changed", G_CALLBACK (on_before_list_cb), NULL);
  if (mode != MODE_NONE)
    {
      list = open_list (jobs, sort);
      voc_entity_list_set_async_min_rows (list, mode == MODE_SYNC ? G_MAXUINT
                                                                   : VOC_ENTITY_LIST_ASYNC_MIN_ROWS);
    }
  after = g_signal_connect (database, "rows-changed", G_CALLBACK (on_after_list_cb), NULL);

  /* One write not counted: the first one warms the statements and the page cache. */
  for (guint i = 0; i <= n_commits; i++)
    {
      double start, write_ms, main_ms;

      handler_ms = 0;
      start = bench_now_ms ();
      if (!do_write (database, jobs, write, &error))
        g_error ("Cannot write: %s", error->message);
      write_ms = bench_now_ms () - start;
      main_ms = handler_ms;

      while (list != NULL && voc_entity_list_is_refreshing (list))
        {
          double before = bench_now_ms ();

          if (g_main_context_iteration (NULL, FALSE))
            {
              double took = bench_now_ms () - before;

              main_ms += took;
              if (i > 0)
                bench_append (result->dispatch_ms, took);
            }
          else
            g_usleep (100);
        }

      if (i == 0)
        continue;
      bench_append (result->main_ms, main_ms);
      bench_append (result->write_ms, write_ms);
      bench_append (result->shown_ms, bench_now_ms () - start);
    }

  g_signal_handler_disconnect (database, before);
  g_signal_handler_disconnect (database, after);

  if (list != NULL)
    {
      result->n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
      result->n_refreshes = voc_entity_list_get_n_refreshes (list);
    }
}

static gboolean
fill (VocDatabase  *database,
      guint         n_postings,
      GError      **error)
{
  g_autofree char *postings = NULL;
  g_autofree char *fits = NULL;

  /* Titles that spread over the title order; every posting has a library fit. */
  postings = g_strdup_printf (
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %u) "
      "INSERT INTO job_posting (uuid, created_at, updated_at, title, remote_mode) "
      "SELECT 'bench-' || i, strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 1700000000 + i * 60, "
      "'unixepoch'), '2026-01-01T00:00:00.000000Z', "
      "(CASE i %% 5 WHEN 0 THEN 'Senior ' WHEN 1 THEN 'Staff ' WHEN 2 THEN '' "
      "WHEN 3 THEN 'Lead ' ELSE 'Junior ' END) || "
      "(CASE i %% 7 WHEN 0 THEN 'Data' WHEN 1 THEN 'Backend' WHEN 2 THEN 'Frontend' "
      "WHEN 3 THEN 'Platform' WHEN 4 THEN 'Product' WHEN 5 THEN 'Security' ELSE 'Mobile' END) "
      "|| ' Engineer ' || ((i * 7919) %% 100003), "
      "CASE i %% 3 WHEN 0 THEN 'remote' WHEN 1 THEN 'hybrid' ELSE 'on-site' END FROM n",
      n_postings);
  fits = g_strdup (
      "INSERT INTO fit (uuid, created_at, updated_at, posting_id, score, scorer_version) "
      "SELECT 'fit-' || id, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', "
      "id, (id * 13) % 101, 'bench' FROM job_posting");

  if (!voc_database_begin (database, error))
    return FALSE;
  if (!voc_database_exec (database, postings, error) ||
      !voc_database_exec (database, fits, error) ||
      !voc_database_commit (database, error))
    {
      voc_database_rollback (database);
      return FALSE;
    }

  return voc_database_exec (database, "PRAGMA wal_checkpoint(TRUNCATE)", error);
}

int
main (int   argc,
      char *argv[])
{
  static const struct
  {
    const char *name;
    Write       write;
    VocJobSort  sort;
  } cases[] = {
    { "import, newest first", WRITE_IMPORT, VOC_JOB_SORT_DEFAULT },
    { "import, by title", WRITE_IMPORT, VOC_JOB_SORT_TITLE },
    { "rescore 100, by fit", WRITE_RESCORE, VOC_JOB_SORT_FIT },
  };
  static const char *mode_names[] = { "write alone", "ids on main thread (before)",
                                      "ids in a worker (after)" };
  int n_postings = 100000;
  int n_commits = 40;
  g_autofree char *workdir = NULL;
  gboolean keep = FALSE;
  GOptionEntry entries[] = {
    { "postings", 0, 0, G_OPTION_ARG_INT, &n_postings, "Postings in the database", "N" },
    { "commits", 0, 0, G_OPTION_ARG_INT, &n_commits, "Commits per case", "K" },
    { "workdir", 0, 0, G_OPTION_ARG_FILENAME, &workdir, "Where to write the database", "DIR" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the database", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) database = NULL;
  g_autoptr(VocJobRepository) jobs = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  double start;

  setlocale (LC_ALL, "");
  context = g_option_context_new ("— main-thread time per commit with a long list open");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-list-refresh: %s\n", error->message);
      return 2;
    }
  n_postings = MAX (n_postings, 1);
  n_commits = MAX (n_commits, 1);

  if (workdir != NULL)
    {
      g_mkdir_with_parents (workdir, 0700);
      dir = g_build_filename (workdir, "list-refresh-XXXXXX", NULL);
      if (g_mkdtemp (dir) == NULL)
        g_error ("Cannot make a folder in %s", workdir);
    }
  else
    {
      dir = g_dir_make_tmp ("bench-list-refresh-XXXXXX", &error);
      if (dir == NULL)
        g_error ("%s", error->message);
    }
  path = g_build_filename (dir, "vocation.db", NULL);

  database = voc_database_open (path, &error);
  if (database == NULL)
    g_error ("%s", error->message);
  start = bench_now_ms ();
  if (!fill (database, n_postings, &error))
    g_error ("Cannot fill %s: %s", path, error->message);
  jobs = voc_job_repository_new (database);

  g_print ("Main-thread time per commit with the Jobs page's list open: %d postings, "
           "%d commits per case after one not counted.\n"
           "(database written in %.1f s)\n\n", n_postings, n_commits,
           (bench_now_ms () - start) / 1000.0);
  g_print ("| case | mode | list, main thread: median ms | p95 ms | max ms | "
           "largest dispatch ms | write median ms | shown after median ms | worker reads |\n");
  g_print ("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      for (Mode mode = MODE_NONE; mode <= MODE_WORKER; mode++)
        {
          Result result = { 0 };

          run_case (database, jobs, cases[c].write, cases[c].sort, mode, n_commits, &result);
          if (mode == MODE_NONE)
            g_print ("| %s | %s | | | | | %.2f | | |\n", cases[c].name, mode_names[mode],
                     bench_median (result.write_ms));
          else
            g_print ("| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %u |\n",
                     cases[c].name, mode_names[mode], bench_median (result.main_ms),
                     bench_quantile (result.main_ms, 0.95), bench_max (result.main_ms),
                     bench_max (result.dispatch_ms), bench_median (result.write_ms),
                     bench_median (result.shown_ms), result.n_refreshes);
          result_clear (&result);
        }
    }

  /* Every worker read done before the file goes. */
  while (voc_entity_list_get_n_workers () > 0)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);

  g_clear_object (&jobs);
  g_clear_object (&database);
  if (!keep)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (wal);
      g_unlink (shm);
      g_unlink (path);
      g_rmdir (dir);
    }
  else
    g_print ("\nkept %s\n", path);

  return 0;
}
