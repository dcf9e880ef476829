/* bench-startup.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The start-up benchmark: how long from process start to the first drawn frame, and how much
 * memory at most, for
 *
 *   - a bare libadwaita window (bare-window.c), the floor any GTK application stands on;
 *   - Vocation on an empty database;
 *   - Vocation on a large database (gen-database.c: 100,000 postings by default).
 *
 * Each program is started with VOCATION_BENCH_QUIT_AFTER_FIRST_FRAME=1, prints `first-frame`
 * on stdout right after its window's first frame is painted, and quits. The time is taken
 * with CLOCK_MONOTONIC from just before fork() to the moment that line is read from the
 * pipe; the memory is ru_maxrss of the child as reported by wait4(). The cases run in
 * interleaved rounds (bare, empty, large, bare, …) after warm-up rounds that are not
 * counted, so that a slow patch of the machine hits all of them alike.
 *
 * Run it through bench/run.sh, which supplies the paths, a private D-Bus session and, when
 * there is no display, Xvfb.
 */

#define G_LOG_DOMAIN "bench-startup"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib-unix.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "voc-database.h"

#define DEFAULT_RUNS      5
#define DEFAULT_WARMUPS   1
#define DEFAULT_TIMEOUT_S 30
#define TARGET_RATIO      1.25
#define FIRST_FRAME_LINE  "first-frame"

typedef struct
{
  const char  *name;
  const char  *slug;         /* folder and log name */
  char       **argv;
  char       **envp;
  char        *log_path;

  GArray      *times_ms;     /* double */
  GArray      *rss_kib;      /* double */
  guint        failures;
} Case;

typedef struct
{
  gboolean seen_first_frame;
  double   elapsed_ms;
  long     max_rss_kib;
  int      status;
  gboolean timed_out;
} Run;

static void
case_clear (Case *self)
{
  g_clear_pointer (&self->argv, g_strfreev);
  g_clear_pointer (&self->envp, g_strfreev);
  g_clear_pointer (&self->log_path, g_free);
  g_clear_pointer (&self->times_ms, g_array_unref);
  g_clear_pointer (&self->rss_kib, g_array_unref);
}

static double
elapsed_ms (const struct timespec *from,
            const struct timespec *to)
{
  return (to->tv_sec - from->tv_sec) * 1000.0 + (to->tv_nsec - from->tv_nsec) / 1e6;
}

static double
now_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_MONOTONIC, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = values->len;

  if (n == 0)
    return 0;

  sorted = g_array_copy (values);
  qsort (sorted->data, n, sizeof (double), compare_doubles);

  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);

  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

static double
minimum (GArray *values)
{
  double result = G_MAXDOUBLE;

  for (guint i = 0; i < values->len; i++)
    result = MIN (result, g_array_index (values, double, i));

  return values->len > 0 ? result : 0;
}

static double
maximum (GArray *values)
{
  double result = 0;

  for (guint i = 0; i < values->len; i++)
    result = MAX (result, g_array_index (values, double, i));

  return result;
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
    g_printerr ("bench-startup: cannot remove “%s”: %s\n", path, g_strerror (errno));
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (goffset) st.st_size : 0;
}

/* The last lines a failed run wrote on stderr: the log from @offset on. */
static void
print_log_tail (const char *path,
                goffset     offset)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const char *run_start;
  const char *start;
  guint lines = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL) || (gsize) offset >= length)
    return;

  run_start = contents + offset;
  start = contents + length;
  if (start[-1] == '\n')
    start--;
  while (start > run_start && lines < 12)
    if (*--start == '\n')
      lines++;
  if (*start == '\n')
    start++;

  g_printerr ("  ---- end of %s ----\n%s%s", path, start,
              contents[length - 1] == '\n' ? "" : "\n");
}

/* Reads what the child wrote; returns FALSE at end of file. Sets *seen when a line is
 * exactly FIRST_FRAME_LINE and fills *seen_at with the moment it was read. */
static gboolean
read_output (int              fd,
             GString         *pending,
             gboolean        *seen,
             struct timespec *seen_at)
{
  char buffer[4096];
  ssize_t n;
  char *newline;

  do
    n = read (fd, buffer, sizeof buffer);
  while (n < 0 && errno == EINTR);

  if (n <= 0)
    return n < 0 && errno == EAGAIN;

  g_string_append_len (pending, buffer, n);

  while ((newline = memchr (pending->str, '\n', pending->len)) != NULL)
    {
      gsize line_length = newline - pending->str;

      if (!*seen && line_length == strlen (FIRST_FRAME_LINE) &&
          memcmp (pending->str, FIRST_FRAME_LINE, line_length) == 0)
        {
          clock_gettime (CLOCK_MONOTONIC, seen_at);
          *seen = TRUE;
        }
      g_string_erase (pending, 0, line_length + 1);
    }

  return TRUE;
}

static gboolean
run_once (Case     *self,
          guint     timeout_s,
          Run      *run,
          GError  **error)
{
  g_autoptr(GString) pending = g_string_new (NULL);
  struct timespec started;
  struct timespec seen_at;
  struct rusage usage = { 0 };
  double deadline;
  gboolean reading = TRUE;
  gboolean exited = FALSE;
  int pipe_fds[2];
  int log_fd;
  pid_t pid;

  memset (run, 0, sizeof *run);

  if (!g_unix_open_pipe (pipe_fds, FD_CLOEXEC, error))
    return FALSE;

  log_fd = open (self->log_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (log_fd < 0)
    {
      int saved_errno = errno;

      close (pipe_fds[0]);
      close (pipe_fds[1]);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s",
                   self->log_path, g_strerror (saved_errno));
      return FALSE;
    }

  clock_gettime (CLOCK_MONOTONIC, &started);
  deadline = now_ms () + timeout_s * 1000.0;

  pid = fork ();
  if (pid == 0)
    {
      /* Only async-signal-safe calls between fork and exec. A process group of its own,
       * so that a run killed for taking too long takes its helpers with it. */
      int null_fd = open ("/dev/null", O_RDONLY);

      setpgid (0, 0);
      if (null_fd >= 0)
        dup2 (null_fd, STDIN_FILENO);
      dup2 (pipe_fds[1], STDOUT_FILENO);
      dup2 (log_fd, STDERR_FILENO);
      execve (self->argv[0], self->argv, self->envp);
      _exit (127);
    }

  /* Also here, so that the group exists whichever of the two runs first. */
  if (pid > 0)
    setpgid (pid, pid);

  close (pipe_fds[1]);
  close (log_fd);

  if (pid < 0)
    {
      int saved_errno = errno;

      close (pipe_fds[0]);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "fork: %s",
                   g_strerror (saved_errno));
      return FALSE;
    }

  /* Until the first frame: block on the pipe. */
  while (reading && !run->seen_first_frame)
    {
      struct pollfd pfd = { pipe_fds[0], POLLIN, 0 };
      double remaining = deadline - now_ms ();
      int rc;

      if (remaining <= 0)
        {
          run->timed_out = TRUE;
          break;
        }

      rc = poll (&pfd, 1, (int) remaining + 1);
      if (rc > 0)
        reading = read_output (pipe_fds[0], pending, &run->seen_first_frame, &seen_at);
      else if (rc < 0 && errno != EINTR)
        break;
    }

  /* Then until the process has exited: it may keep its end of the pipe in a helper, so watch
   * the process rather than the end of the pipe. */
  while (!run->timed_out)
    {
      pid_t rc;

      do
        rc = wait4 (pid, &run->status, WNOHANG, &usage);
      while (rc < 0 && errno == EINTR);

      if (rc == pid)
        {
          exited = TRUE;
          break;
        }

      if (now_ms () >= deadline)
        {
          run->timed_out = TRUE;
          break;
        }

      if (reading)
        {
          struct pollfd pfd = { pipe_fds[0], POLLIN, 0 };

          if (poll (&pfd, 1, 5) > 0)
            reading = read_output (pipe_fds[0], pending, &run->seen_first_frame, &seen_at);
        }
      else
        {
          g_usleep (2000);
        }
    }

  if (!exited)
    {
      pid_t rc;

      kill (-pid, SIGKILL);
      kill (pid, SIGKILL);
      do
        rc = wait4 (pid, &run->status, 0, &usage);
      while (rc < 0 && errno == EINTR);
    }

  close (pipe_fds[0]);

  if (run->seen_first_frame)
    run->elapsed_ms = elapsed_ms (&started, &seen_at);
  run->max_rss_kib = usage.ru_maxrss;

  return TRUE;
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

  envp = g_environ_setenv (envp, "VOCATION_BENCH_QUIT_AFTER_FIRST_FRAME", "1", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);

  /* Throw-away home folders per case, kept across its runs so that the warm-up fills caches
   * (fonts, shaders) the way a user's second start finds them. */
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

static gboolean
case_init (Case        *self,
           const char  *name,
           const char  *slug,
           const char  *workdir,
           char       **argv,
           GError     **error)
{
  self->name = name;
  self->slug = slug;
  self->argv = argv;
  self->log_path = g_strdup_printf ("%s/%s.log", workdir, slug);
  self->times_ms = g_array_new (FALSE, FALSE, sizeof (double));
  self->rss_kib = g_array_new (FALSE, FALSE, sizeof (double));
  self->envp = make_environment (workdir, slug, error);

  return self->envp != NULL;
}

static gboolean
check_executable (const char  *path,
                  const char  *what,
                  GError     **error)
{
  if (!g_file_test (path, G_FILE_TEST_IS_EXECUTABLE) || g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   "%s “%s” is not an executable file (build it first)", what, path);
      return FALSE;
    }

  return TRUE;
}

/* What the large database holds, through the project's own API. Opening it also applies any
 * migration a newer build brings, before the first measured start. */
static char *
describe_database (const char  *path,
                   GError     **error)
{
  g_autoptr(VocDatabase) database = voc_database_open (path, error);
  GStatBuf st;
  g_autofree char *size = NULL;
  gint64 postings, applications, bullets;

  if (database == NULL)
    return NULL;

  if ((postings = voc_database_count (database, "job_posting", error)) < 0 ||
      (applications = voc_database_count (database, "job_application", error)) < 0 ||
      (bullets = voc_database_count (database, "bullet", error)) < 0)
    return NULL;

  g_clear_object (&database);

  if (g_stat (path, &st) == 0)
    size = g_strdup_printf ("%.1f MiB", st.st_size / 1048576.0);

  return g_strdup_printf ("%" G_GINT64_FORMAT " postings, %" G_GINT64_FORMAT " applications, "
                          "%" G_GINT64_FORMAT " bullets (%s, %s)",
                          postings, applications, bullets, path,
                          size != NULL ? size : "size unknown");
}

static void
print_table (Case   *cases,
             guint   n_cases,
             guint   runs,
             guint   warmups)
{
  Case *bare = &cases[0];
  double bare_time = median (bare->times_ms);
  double bare_rss = median (bare->rss_kib);

  /* ASCII only: the table is read in logs and terminals of any locale. */
  g_print ("\nStart-up to the first frame: %u runs per case after %u warm-up round%s, "
           "interleaved.\n\n", runs, warmups, warmups == 1 ? "" : "s");
  g_print ("%-26s %4s %9s %8s %8s %9s  %6s %6s\n",
           "case", "runs", "median", "min", "max", "peak RSS", "time", "memory");
  g_print ("%-26s %4s %9s %8s %8s %9s  %6s %6s\n",
           "", "", "ms", "ms", "ms", "MiB", "/bare", "/bare");

  for (guint i = 0; i < n_cases; i++)
    {
      Case *c = &cases[i];
      double time = median (c->times_ms);
      double rss = median (c->rss_kib);

      if (c->times_ms->len == 0)
        {
          g_print ("%-26s %4u %9s   (all %u failed)\n", c->name, 0, "-", c->failures);
          continue;
        }

      g_print ("%-26s %4u %9.1f %8.1f %8.1f %9.1f", c->name, c->times_ms->len, time,
               minimum (c->times_ms), maximum (c->times_ms), rss / 1024.0);
      if (bare->times_ms->len > 0)
        g_print ("  %5.2fx %5.2fx", time / bare_time, rss / bare_rss);
      if (c->failures > 0)
        g_print ("   (%u failed)", c->failures);
      g_print ("\n");
    }
}

/* Returns 1 when the target is met, 0 when it is not, -1 when it cannot be judged. */
static int
print_verdict (Case *bare,
               Case *large)
{
  double time_ratio, rss_ratio;
  gboolean met;

  if (large == NULL || bare->times_ms->len == 0 || large->times_ms->len == 0)
    {
      g_print ("\nTarget (large database within 25%% of the bare window, time and memory): "
               "not judged, %s\n",
               large == NULL ? "no large database given" : "runs failed");
      return -1;
    }

  time_ratio = median (large->times_ms) / median (bare->times_ms);
  rss_ratio = median (large->rss_kib) / median (bare->rss_kib);
  met = time_ratio <= TARGET_RATIO && rss_ratio <= TARGET_RATIO;

  g_print ("\nTarget (large database within 25%% of the bare window, time and memory): %s "
           "(time %.2fx%s, memory %.2fx%s)\n",
           met ? "MET" : "NOT MET",
           time_ratio, time_ratio <= TARGET_RATIO ? "" : ", over",
           rss_ratio, rss_ratio <= TARGET_RATIO ? "" : ", over");

  return met ? 1 : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bare_path = NULL;
  g_autofree char *app_path = NULL;
  g_autofree char *large_path = NULL;
  g_autofree char *workdir = NULL;
  g_autofree char *empty_path = NULL;
  g_autofree char *large_description = NULL;
  Case cases[3] = { { 0 } };
  Case *large = NULL;
  guint n_cases = 0;
  gint runs = DEFAULT_RUNS;
  gint warmups = DEFAULT_WARMUPS;
  gint timeout_s = DEFAULT_TIMEOUT_S;
  gboolean keep = FALSE;
  gboolean check = FALSE;
  guint total_failures = 0;
  int verdict;
  const GOptionEntry entries[] = {
    { "bare", 0, 0, G_OPTION_ARG_FILENAME, &bare_path, "The bare-window program", "PATH" },
    { "app", 0, 0, G_OPTION_ARG_FILENAME, &app_path, "The vocation program", "PATH" },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &large_path,
      "The large database (from gen-database)", "PATH" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Measured runs per case (5)", "K" },
    { "warmup", 'w', 0, G_OPTION_ARG_INT, &warmups, "Warm-up rounds, not counted (1)", "N" },
    { "timeout", 't', 0, G_OPTION_ARG_INT, &timeout_s,
      "Kill a run after this many seconds (30)", "S" },
    { "keep", 'k', 0, G_OPTION_ARG_NONE, &keep, "Keep the work folder and its logs", NULL },
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      "Exit with status 3 when the target is not met", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("- time to first frame and peak memory, side by side");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return 2;
    }

  if (bare_path == NULL || runs < 1 || warmups < 0 || timeout_s < 1)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      return 2;
    }

  if (!check_executable (bare_path, "The bare window", &error) ||
      (app_path != NULL && !check_executable (app_path, "The application", &error)))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return 2;
    }

  if (large_path != NULL && app_path == NULL)
    {
      g_printerr ("bench-startup: --database needs --app\n");
      return 2;
    }

  workdir = g_dir_make_tmp ("vocation-bench-XXXXXX", &error);
  if (workdir == NULL)
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return 1;
    }

  if (!case_init (&cases[n_cases++], "bare window", "bare", workdir,
                  g_strdupv ((char *[]) { bare_path, NULL }), &error))
    goto failed;

  if (app_path != NULL)
    {
      g_autoptr(VocDatabase) empty = NULL;

      /* An empty database in the current schema, as after the first start. */
      empty_path = g_build_filename (workdir, "empty.db", NULL);
      empty = voc_database_open (empty_path, &error);
      if (empty == NULL)
        goto failed;

      if (!case_init (&cases[n_cases++], "vocation, empty database", "empty", workdir,
                      g_strdupv ((char *[]) { app_path, "--database", empty_path, NULL }),
                      &error))
        goto failed;
    }

  if (large_path != NULL)
    {
      large_description = describe_database (large_path, &error);
      if (large_description == NULL)
        goto failed;

      large = &cases[n_cases];
      if (!case_init (&cases[n_cases++], "vocation, large database", "large", workdir,
                      g_strdupv ((char *[]) { app_path, "--database", large_path, NULL }),
                      &error))
        goto failed;
    }

  for (gint round = 0; round < warmups + runs; round++)
    {
      gboolean warmup = round < warmups;

      for (guint i = 0; i < n_cases; i++)
        {
          Case *c = &cases[i];
          goffset log_offset = file_size (c->log_path);
          Run run;

          if (!run_once (c, timeout_s, &run, &error))
            goto failed;

          if (run.seen_first_frame && !run.timed_out &&
              WIFEXITED (run.status) && WEXITSTATUS (run.status) == 0)
            {
              double rss = run.max_rss_kib;

              g_printerr ("%-9s %-26s %8.1f ms %8.1f MiB\n",
                          warmup ? "warm-up" : "run", c->name, run.elapsed_ms, rss / 1024.0);
              if (!warmup)
                {
                  g_array_append_val (c->times_ms, run.elapsed_ms);
                  g_array_append_val (c->rss_kib, rss);
                }
            }
          else
            {
              g_printerr ("%-9s %-26s FAILED: %s\n", warmup ? "warm-up" : "run", c->name,
                          run.timed_out ? "timed out, killed" :
                          !run.seen_first_frame ? "exited without printing first-frame" :
                          "exited with an error");
              if (WIFEXITED (run.status) && !run.timed_out)
                g_printerr ("          exit status %d\n", WEXITSTATUS (run.status));
              else if (WIFSIGNALED (run.status) && !run.timed_out)
                g_printerr ("          killed by signal %d\n", WTERMSIG (run.status));
              print_log_tail (c->log_path, log_offset);
              c->failures++;
              total_failures++;
            }
        }
    }

  print_table (cases, n_cases, runs, warmups);
  if (large_description != NULL)
    g_print ("\nlarge database: %s\n", large_description);
  verdict = print_verdict (&cases[0], large);

  if (total_failures > 0 || keep)
    g_print ("logs: %s\n", workdir);
  else
    remove_tree (workdir);

  for (guint i = 0; i < n_cases; i++)
    case_clear (&cases[i]);

  if (total_failures > 0)
    return 1;
  if (check && verdict != 1)
    return 3;
  return 0;

failed:
  g_printerr ("bench-startup: %s\n", error->message);
  for (guint i = 0; i < n_cases; i++)
    case_clear (&cases[i]);
  if (workdir != NULL)
    g_printerr ("bench-startup: work folder kept: %s\n", workdir);
  return 1;
}
