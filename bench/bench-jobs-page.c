/* bench-jobs-page.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The Jobs page benchmark: how long the Jobs page takes to show its list, and how much
 * memory it costs, with 100 postings and with 100,000.
 *
 * Each measurement runs in a process of its own (this program started again with --child),
 * so that the two databases never share a heap or a page cache of SQLite. The child is an
 * AdwApplication with a window of Vocation's default size (a header bar over an empty slot),
 * the way the application's window stands before its data arrives. It opens the database,
 * shows the window and waits for its first frame and a short pause. Then:
 *
 *   1. it reads VmRSS and VmHWM from /proc/self/status;
 *   2. creates a VocJobsPage and puts it in the slot (on screen, so mapped);
 *   3. sets the page's database — the clock starts here — and waits for the first
 *      after-paint of the window's GdkFrameClock at which the page's list model has items:
 *      that frame shows the rows;
 *   4. reads VmRSS and VmHWM again, and once more a second later;
 *   5. prints one `result` line and quits.
 *
 * The parent runs the two cases in interleaved rounds (one warm-up round, then five), each
 * with its own throw-away XDG folders kept across its runs, and prints the medians and the
 * ratio of the large case to the small one. Run it through bench/run.sh, which supplies the
 * databases, a private D-Bus session and, without a display, Xvfb.
 */

#define G_LOG_DOMAIN "bench-jobs-page"

#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench-util.h"
#include "voc-database.h"
#include "voc-job-query.h"
#include "voc-jobs-page-private.h"
#include "voc-repositories.h"

#define DEFAULT_RUNS      5
#define DEFAULT_WARMUPS   1
#define DEFAULT_TIMEOUT_S 60
#define TARGET_RATIO      1.30
#define SETTLE_BEFORE_MS  300
#define SETTLE_AFTER_MS   1000

typedef struct
{
  gint64 rss_kib;
  gint64 hwm_kib;
} Memory;

static gboolean
read_memory (Memory *memory)
{
  g_autofree char *status = NULL;
  g_auto(GStrv) lines = NULL;

  memory->rss_kib = memory->hwm_kib = -1;
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return FALSE;

  lines = g_strsplit (status, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "VmRSS:"))
        memory->rss_kib = g_ascii_strtoll (lines[i] + 6, NULL, 10);
      else if (g_str_has_prefix (lines[i], "VmHWM:"))
        memory->hwm_kib = g_ascii_strtoll (lines[i] + 6, NULL, 10);
    }

  return memory->rss_kib >= 0 && memory->hwm_kib >= 0;
}

/* The child --------------------------------------------------------------------------------- */

typedef enum
{
  STATE_WINDOW,       /* waiting for the empty window's first frame */
  STATE_PAUSE,        /* letting it settle before the first reading */
  STATE_ROWS,         /* waiting for the first frame with rows */
  STATE_SETTLE,       /* waiting a second after it */
  STATE_DONE,
} State;

typedef struct
{
  AdwApplication *app;
  const char     *path;
  VocDatabase    *database;
  GtkWindow      *window;
  AdwBin         *slot;
  VocJobsPage    *page;
  GdkFrameClock  *frame_clock;
  gulong          after_paint_handler;
  State           state;
  gboolean        mapped_at_set;
  guint           frames_waited;

  double          open_ms;
  double          create_ms;
  double          set_ms;
  double          frame_ms;
  double          set_started;
  Memory          before;
  Memory          after;
  Memory          settled;
  guint           n_items;
  guint           n_widgets;
  double          list_ms;
  int             status;
} Child;

static guint
count_widgets (GtkWidget *widget)
{
  guint n = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child);

  return n;
}

/* The page's SQL alone, warm, after the measurement: the list the page makes, newest first
 * (see voc_jobs_page_set_database(), which reads it in a worker thread), to tell the query
 * apart from building the rows. */
static double
time_list_query (VocDatabase *database)
{
  g_autoptr(VocJobRepository) repository = voc_job_repository_new (database);
  g_autoptr(VocEntityList) list = NULL;
  VocJobQuery query = VOC_JOB_QUERY_INIT;
  double start = bench_now_ms ();

  list = voc_job_repository_list_query (repository, &query, NULL);
  return bench_now_ms () - start;
}

static gboolean
on_settled_cb (gpointer user_data)
{
  Child *self = user_data;

  read_memory (&self->settled);
  self->state = STATE_DONE;
  self->list_ms = time_list_query (self->database);

  g_print ("result open_ms=%.3f create_ms=%.3f set_ms=%.3f frame_ms=%.3f "
           "rss_before_kib=%" G_GINT64_FORMAT " rss_after_kib=%" G_GINT64_FORMAT " "
           "rss_settled_kib=%" G_GINT64_FORMAT " hwm_before_kib=%" G_GINT64_FORMAT " "
           "hwm_after_kib=%" G_GINT64_FORMAT " hwm_settled_kib=%" G_GINT64_FORMAT " "
           "n_items=%u widgets=%u list_ms=%.3f mapped=%d frames=%u\n",
           self->open_ms, self->create_ms, self->set_ms, self->frame_ms,
           self->before.rss_kib, self->after.rss_kib, self->settled.rss_kib,
           self->before.hwm_kib, self->after.hwm_kib, self->settled.hwm_kib,
           self->n_items, self->n_widgets, self->list_ms, self->mapped_at_set,
           self->frames_waited);
  fflush (stdout);

  /* The window holds the page, which holds the database: closing it lets the connection
   * close and checkpoint its WAL. */
  self->status = 0;
  gtk_window_destroy (self->window);
  g_application_quit (G_APPLICATION (self->app));
  return G_SOURCE_REMOVE;
}

static gboolean
on_paused_cb (gpointer user_data)
{
  Child *self = user_data;
  double start;

  read_memory (&self->before);

  start = bench_now_ms ();
  self->page = g_object_new (VOC_TYPE_JOBS_PAGE, NULL);
  adw_bin_set_child (self->slot, GTK_WIDGET (self->page));
  self->create_ms = bench_now_ms () - start;

  self->mapped_at_set = gtk_widget_get_mapped (GTK_WIDGET (self->page));
  self->state = STATE_ROWS;

  self->set_started = bench_now_ms ();
  voc_jobs_page_set_database (self->page, self->database);
  self->set_ms = bench_now_ms () - self->set_started;

  gtk_widget_queue_draw (GTK_WIDGET (self->window));
  return G_SOURCE_REMOVE;
}

static void
on_after_paint_cb (GdkFrameClock *frame_clock,
                   Child         *self)
{
  GListModel *model;

  switch (self->state)
    {
    case STATE_WINDOW:
      self->state = STATE_PAUSE;
      g_timeout_add (SETTLE_BEFORE_MS, on_paused_cb, self);
      break;

    case STATE_ROWS:
      self->frames_waited++;
      model = voc_jobs_page_get_model (self->page);
      if (model == NULL || g_list_model_get_n_items (model) == 0)
        {
          gtk_widget_queue_draw (GTK_WIDGET (self->window));
          break;
        }
      self->frame_ms = bench_now_ms () - self->set_started;
      self->n_items = g_list_model_get_n_items (model);
      read_memory (&self->after);
      self->n_widgets = count_widgets (GTK_WIDGET (self->page));
      self->state = STATE_SETTLE;
      g_timeout_add (SETTLE_AFTER_MS, on_settled_cb, self);
      break;

    case STATE_PAUSE:
    case STATE_SETTLE:
    case STATE_DONE:
    default:
      break;
    }
}

static void
on_window_map_cb (GtkWidget *widget,
                  Child     *self)
{
  if (self->after_paint_handler != 0)
    return;

  self->frame_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->after_paint_handler = g_signal_connect (self->frame_clock, "after-paint",
                                                G_CALLBACK (on_after_paint_cb), self);
}

static gboolean
on_child_timeout_cb (gpointer user_data)
{
  Child *self = user_data;

  g_printerr ("bench-jobs-page: the child timed out in state %d\n", self->state);
  self->status = 1;
  g_application_quit (G_APPLICATION (self->app));
  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app,
                Child        *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *box;
  GtkWidget *header;
  double start;

  start = bench_now_ms ();
  self->database = voc_database_open (self->path, &error);
  self->open_ms = bench_now_ms () - start;
  if (self->database == NULL)
    {
      g_printerr ("bench-jobs-page: %s\n", error->message);
      self->status = 1;
      g_application_quit (app);
      return;
    }

  /* A window like Vocation's before its pages fill: default size, a header bar, a slot. */
  self->window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));
  gtk_window_set_default_size (self->window, 1100, 720);
  gtk_window_set_title (self->window, "Jobs");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new ("Jobs", NULL));
  gtk_box_append (GTK_BOX (box), header);
  self->slot = ADW_BIN (adw_bin_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->slot), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->slot));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self->window), box);

  g_signal_connect (self->window, "map", G_CALLBACK (on_window_map_cb), self);
  gtk_window_present (self->window);
}

static int
run_child (const char *path,
           guint       timeout_s)
{
  g_autoptr(AdwApplication) app = NULL;
  Child self = { 0 };

  /* Should the main loop itself hang, the default action of SIGALRM ends the process. */
  alarm (timeout_s + 5);

  self.path = path;
  self.status = 1;
  app = adw_application_new ("io.github.vocationapp.Vocation.BenchJobsPage",
                             G_APPLICATION_NON_UNIQUE);
  /* Vocation's style sheet and icons, as the application loads them. */
  g_application_set_resource_base_path (G_APPLICATION (app), RESOURCE_BASE_PATH);
  self.app = app;

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), &self);
  g_timeout_add_seconds (timeout_s, on_child_timeout_cb, &self);

  g_application_run (G_APPLICATION (app), 0, NULL);

  if (self.frame_clock != NULL)
    {
      g_clear_signal_handler (&self.after_paint_handler, self.frame_clock);
      g_clear_object (&self.frame_clock);
    }
  g_clear_object (&self.database);

  return self.status;
}

/* The parent -------------------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *slug;
  char       *path;
  gint64      n_postings;
  char      **envp;
  GHashTable *values;      /* key → GArray of double */
  guint       failures;
} Case;

static void
case_clear (Case *self)
{
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->envp, g_strfreev);
  g_clear_pointer (&self->values, g_hash_table_unref);
}

static GArray *
case_values (Case       *self,
             const char *key)
{
  GArray *values = g_hash_table_lookup (self->values, key);

  if (values == NULL)
    {
      values = bench_values_new ();
      g_hash_table_insert (self->values, g_strdup (key), values);
    }

  return values;
}

static double
case_median (Case       *self,
             const char *key)
{
  return bench_median (case_values (self, key));
}

static guint
case_runs (Case *self)
{
  return case_values (self, "frame_ms")->len;
}

static char **
make_environment (const char  *workdir,
                  const char  *slug,
                  GError     **error)
{
  static const char *xdg[][2] = {
    { "XDG_DATA_HOME", "data" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_STATE_HOME", "state" },
  };
  char **envp = g_get_environ ();

  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (xdg); i++)
    {
      g_autofree char *dir = g_build_filename (workdir, slug, xdg[i][1], NULL);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", dir,
                       g_strerror (errno));
          g_strfreev (envp);
          return NULL;
        }
      envp = g_environ_setenv (envp, xdg[i][0], dir, TRUE);
    }

  return envp;
}

static gint64
count_postings (const char  *path,
                GError     **error)
{
  g_autoptr(VocDatabase) database = voc_database_open (path, error);

  if (database == NULL)
    return -1;

  return voc_database_count (database, "job_posting", error);
}

static void
print_log_tail (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const char *start;
  guint lines = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL) || length == 0)
    return;

  start = contents + length - 1;
  while (start > contents && lines < 12)
    if (*--start == '\n')
      lines++;

  g_printerr ("  ---- end of %s ----\n%s%s", path, start, contents[length - 1] == '\n' ? "" : "\n");
}

static gboolean
run_once (Case        *self,
          const char  *program,
          const char  *workdir,
          guint        run,
          guint        timeout_s,
          gboolean     record,
          GError     **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autofree char *out = NULL;
  g_autofree char *log_name = g_strdup_printf ("%s-%u.log", self->slug, run);
  g_autofree char *log_path = g_build_filename (workdir, log_name, NULL);
  g_autofree char *timeout = g_strdup_printf ("%u", timeout_s);
  g_auto(GStrv) lines = NULL;
  gboolean found = FALSE;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_set_environ (launcher, self->envp);
  g_subprocess_launcher_set_stderr_file_path (launcher, log_path);

  child = g_subprocess_launcher_spawn (launcher, error, program, "--child", self->path,
                                       "--timeout", timeout, NULL);
  if (child == NULL)
    return FALSE;

  if (!g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, error))
    return FALSE;

  lines = g_strsplit (out != NULL ? out : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL && !found; i++)
    {
      g_auto(GStrv) fields = NULL;
      GString *summary;

      if (!g_str_has_prefix (lines[i], "result "))
        continue;

      found = TRUE;
      summary = g_string_new (NULL);
      fields = g_strsplit (lines[i] + 7, " ", -1);
      for (guint f = 0; fields[f] != NULL; f++)
        {
          char *equals = strchr (fields[f], '=');
          double value;

          if (equals == NULL)
            continue;
          *equals = '\0';
          value = g_ascii_strtod (equals + 1, NULL);
          if (record)
            bench_append (case_values (self, fields[f]), value);
          if (g_str_equal (fields[f], "frame_ms"))
            g_string_append_printf (summary, "%8.1f ms", value);
          else if (g_str_equal (fields[f], "rss_before_kib"))
            g_string_append_printf (summary, "  RSS %6.1f", value / 1024);
          else if (g_str_equal (fields[f], "rss_after_kib"))
            g_string_append_printf (summary, " → %6.1f MiB", value / 1024);
          else if (g_str_equal (fields[f], "hwm_settled_kib"))
            g_string_append_printf (summary, "  peak %6.1f MiB", value / 1024);
        }

      g_printerr ("%-9s %-26s %s\n", record ? "run" : "warm-up", self->name, summary->str);
      g_string_free (summary, TRUE);
    }

  if (!g_subprocess_get_if_exited (child) || g_subprocess_get_exit_status (child) != 0 || !found)
    {
      g_printerr ("%-9s %-26s FAILED (%s)\n", record ? "run" : "warm-up", self->name,
                  !g_subprocess_get_if_exited (child) ? "killed by a signal" :
                  !found ? "no result line" : "exited with an error");
      print_log_tail (log_path);
      self->failures++;
    }
  else
    g_remove (log_path);

  return TRUE;
}

/* The increase of RSS per run, so that its median is a median of increases. */
static double
median_increase (Case *self)
{
  GArray *before = case_values (self, "rss_before_kib");
  GArray *after = case_values (self, "rss_after_kib");
  g_autoptr(GArray) increase = bench_values_new ();

  for (guint i = 0; i < MIN (before->len, after->len); i++)
    bench_append (increase, g_array_index (after, double, i) - g_array_index (before, double, i));

  return bench_median (increase);
}

static void
print_row (Case *self)
{
  if (case_runs (self) == 0)
    {
      g_print ("%-16s %8" G_GINT64_FORMAT " %4u   (all %u failed)\n", self->name,
               self->n_postings, 0, self->failures);
      return;
    }

  g_print ("%-16s %8" G_GINT64_FORMAT " %4u %6.1f %6.1f %6.1f %8.1f %7.0f %7.1f %8.1f %7.1f "
           "%7.1f %7.1f\n",
           self->name, self->n_postings, case_runs (self),
           case_median (self, "create_ms"), case_median (self, "set_ms"),
           case_median (self, "list_ms"), case_median (self, "frame_ms"),
           case_median (self, "widgets"),
           case_median (self, "rss_before_kib") / 1024.0,
           median_increase (self) / 1024.0,
           case_median (self, "rss_after_kib") / 1024.0,
           case_median (self, "rss_settled_kib") / 1024.0,
           case_median (self, "hwm_settled_kib") / 1024.0);
}

static double
ratio (Case       *a,
       Case       *b,
       const char *key)
{
  return case_median (a, key) / MAX (case_median (b, key), 0.001);
}

static void
print_ratio_row (Case       *large,
                 Case       *small,
                 const char *label)
{
  g_print ("%-16s %8s %4s %6s %5.2fx %6s %7.2fx %6.2fx %7s %7.2fx %6.2fx %6.2fx %6.2fx\n",
           label, "", "", "", ratio (large, small, "set_ms"), "",
           ratio (large, small, "frame_ms"), ratio (large, small, "widgets"), "",
           median_increase (large) / MAX (median_increase (small), 1),
           ratio (large, small, "rss_after_kib"), ratio (large, small, "rss_settled_kib"),
           ratio (large, small, "hwm_settled_kib"));
}

static int
print_tables (Case  *small,
              Case  *medium,
              Case  *large,
              guint  runs,
              guint  warmups)
{
  double small_increase, large_increase;
  double increase_ratio;
  gboolean met;

  g_print ("\nJobs page: from setting the database to the first frame with rows, and memory; "
           "%u runs per case after %u warm-up round%s,\ninterleaved, each in a new process. "
           "Medians.\n\n", runs, warmups, warmups == 1 ? "" : "s");
  g_print ("%-16s %8s %4s %6s %6s %6s %8s %7s %7s %8s %7s %7s %7s\n", "case", "postings",
           "runs", "create", "set db", "list", "to frame", "widgets", "RSS", "RSS", "RSS", "RSS",
           "peak");
  g_print ("%-16s %8s %4s %6s %6s %6s %8s %7s %7s %8s %7s %7s %7s\n", "", "", "", "page",
           "", "SQL", "", "in page", "before", "increase", "after", "+1 s", "VmHWM");
  g_print ("%-16s %8s %4s %6s %6s %6s %8s %7s %7s %8s %7s %7s %7s\n", "", "", "", "ms", "ms",
           "ms", "ms", "", "MiB", "MiB", "MiB", "MiB", "MiB");
  print_row (small);
  if (medium != NULL)
    print_row (medium);
  print_row (large);

  if (case_runs (small) == 0 || case_runs (large) == 0)
    {
      g_print ("\nTarget (memory with 100,000 postings within 30%% of the page with 100): not "
               "judged, runs failed\n");
      return -1;
    }

  print_ratio_row (large, small, "large / small");
  if (medium != NULL && case_runs (medium) > 0)
    print_ratio_row (large, medium, "large / medium");

  small_increase = median_increase (small);
  large_increase = median_increase (large);
  increase_ratio = large_increase / MAX (small_increase, 1);

  g_print ("\ncreate page: g_object_new() and putting it on screen; set db: the call of "
           "voc_jobs_page_set_database(); list SQL: the\npage's list query alone, warm, after "
           "the measurement; to frame: from set db to the after-paint with rows (includes set "
           "db).\nOpening the database took %.1f ms (small) and %.1f ms (large), before the "
           "measurement.\n", case_median (small, "open_ms"), case_median (large, "open_ms"));

  g_print ("\nRSS increase (median of the runs' after − before): %.1f MiB with %" G_GINT64_FORMAT
           " postings, %.1f MiB with %" G_GINT64_FORMAT " (%+.1f MiB).\n",
           small_increase / 1024, small->n_postings, large_increase / 1024, large->n_postings,
           (large_increase - small_increase) / 1024);

  met = increase_ratio <= TARGET_RATIO;
  g_print ("\nTarget (the page with %" G_GINT64_FORMAT " postings opens with memory within 30%% "
           "of the page with %" G_GINT64_FORMAT ": RSS increase ratio <= %.2f): %s (%.2fx; "
           "process RSS after the frame %.2fx, peak %.2fx)\n",
           large->n_postings, small->n_postings, TARGET_RATIO, met ? "MET" : "MISSED",
           increase_ratio, ratio (large, small, "rss_after_kib"),
           ratio (large, small, "hwm_settled_kib"));

  return met ? 1 : 0;
}

static void
remove_tree (const char *path)
{
  if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK) && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  if (g_remove (path) != 0 && errno != ENOENT)
    g_printerr ("bench-jobs-page: cannot remove “%s”: %s\n", path, g_strerror (errno));
}

static gboolean
case_init (Case        *self,
           const char  *name,
           const char  *slug,
           const char  *path,
           const char  *workdir,
           GError     **error)
{
  self->name = name;
  self->slug = slug;
  self->path = g_strdup (path);
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_array_unref);
  self->n_postings = count_postings (path, error);
  if (self->n_postings < 0)
    return FALSE;

  self->envp = make_environment (workdir, slug, error);
  return self->envp != NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *child_path = NULL;
  g_autofree char *small_path = NULL;
  g_autofree char *medium_path = NULL;
  g_autofree char *large_path = NULL;
  g_autofree char *program = NULL;
  g_autofree char *workdir = NULL;
  Case cases[3] = { { 0 } };
  Case *medium = NULL;
  guint n_cases = 0;
  gint runs = DEFAULT_RUNS;
  gint warmups = DEFAULT_WARMUPS;
  gint timeout_s = DEFAULT_TIMEOUT_S;
  gboolean keep = FALSE;
  gboolean check = FALSE;
  guint failures = 0;
  int verdict;
  const GOptionEntry entries[] = {
    { "small", 0, 0, G_OPTION_ARG_FILENAME, &small_path,
      "The database with 100 postings", "PATH" },
    { "large", 0, 0, G_OPTION_ARG_FILENAME, &large_path,
      "The database with 100,000 postings", "PATH" },
    { "medium", 0, 0, G_OPTION_ARG_FILENAME, &medium_path,
      "Optionally, a database with 1,000 postings, to show where memory stops growing", "PATH" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Measured runs per case (5)", "K" },
    { "warmup", 'w', 0, G_OPTION_ARG_INT, &warmups, "Warm-up rounds, not counted (1)", "N" },
    { "timeout", 't', 0, G_OPTION_ARG_INT, &timeout_s,
      "Give up on a run after this many seconds (60)", "S" },
    { "keep", 'k', 0, G_OPTION_ARG_NONE, &keep, "Keep the work folder", NULL },
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      "Exit with status 3 when the target is not met", NULL },
    { "child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &child_path,
      "Measure the page on this database (internal)", "PATH" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("- time to the Jobs page's first rows, and its memory");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-jobs-page: %s\n", error->message);
      return 2;
    }

  if (child_path != NULL)
    return run_child (child_path, MAX (timeout_s, 1));

  if (small_path == NULL || large_path == NULL || runs < 1 || warmups < 0 || timeout_s < 1)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      return 2;
    }

  program = g_file_read_link ("/proc/self/exe", &error);
  if (program == NULL)
    goto failed;

  workdir = g_dir_make_tmp ("bench-jobs-page-XXXXXX", &error);
  if (workdir == NULL)
    goto failed;

  if (!case_init (&cases[n_cases++], "small database", "small", small_path, workdir, &error))
    goto failed;
  if (medium_path != NULL)
    {
      medium = &cases[n_cases];
      if (!case_init (&cases[n_cases++], "medium database", "medium", medium_path, workdir,
                      &error))
        goto failed;
    }
  if (!case_init (&cases[n_cases++], "large database", "large", large_path, workdir, &error))
    goto failed;

  for (gint round = 0; round < warmups + runs; round++)
    for (guint i = 0; i < n_cases; i++)
      if (!run_once (&cases[i], program, workdir, round, timeout_s, round >= warmups, &error))
        goto failed;

  verdict = print_tables (&cases[0], medium, &cases[n_cases - 1], runs, warmups);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    failures += cases[i].failures;
  if (failures > 0 || keep)
    g_print ("work folder: %s\n", workdir);
  else
    remove_tree (workdir);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    case_clear (&cases[i]);

  if (failures > 0)
    return 1;
  if (check && verdict != 1)
    return 3;
  return 0;

failed:
  g_printerr ("bench-jobs-page: %s\n", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    case_clear (&cases[i]);
  if (workdir != NULL)
    g_printerr ("bench-jobs-page: work folder kept: %s\n", workdir);
  return 1;
}
