/* test-jobs-fit.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fit on the Jobs page, under Xvfb, on a temporary database: the Fit column shows each
 * bound row's score (nothing without a fit), its header's first click lists the best fits
 * first and the postings without one last, a changed fit reaches the bound cell without the
 * list being rebuilt, and the minimum fit in the filters keeps only the postings that reach
 * it and counts as a filter.
 *
 * The page is shown on its own in a plain window: a VocWindow would rescore the fits written
 * here in the background (they name no real scorer version) while the test reads them.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "voc-database-private.h"
#include "voc-job-row.h"
#include "voc-jobs-page-private.h"
#include "voc-repositories.h"

static gboolean have_display;

#define WAIT_FOR(condition)                                                              \
  G_STMT_START                                                                           \
  {                                                                                      \
    gint64 wait_deadline_ = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;               \
    while (!(condition))                                                                 \
      {                                                                                  \
        if (g_get_monotonic_time () > wait_deadline_)                                    \
          g_error ("Timed out waiting for %s", #condition);                              \
        if (!g_main_context_iteration (NULL, FALSE))                                     \
          g_usleep (1000);                                                               \
      }                                                                                  \
  }                                                                                      \
  G_STMT_END

/* In the order they are added (the last is the newest), with their fit (-1 for none). */
static const struct
{
  const char *title;
  int         fit;
} postings[] = {
  { "Backend Engineer", 55 },
  { "Data Engineer", 91 },
  { "Go Developer", -1 },
  { "Platform Engineer", 12 },
  { "Rust Developer", -1 },
};

typedef struct
{
  char        *dir;
  VocDatabase *database;
  gint64       ids[G_N_ELEMENTS (postings)];
  GtkWindow   *window;
  VocJobsPage *page;
} Fixture;

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }
  g_remove (path);
}

static void
exec (Fixture    *fixture,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
exec (Fixture    *fixture,
      const char *format,
      ...)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);

  /* In a transaction, as the app writes: its commit tells the listeners. */
  g_assert_true (voc_database_begin (fixture->database, &error));
  voc_database_exec (fixture->database, sql, &error);
  g_assert_no_error (error);
  g_assert_true (voc_database_commit (fixture->database, &error));
}

static void
set_fit (Fixture *fixture,
         guint    index,
         int      score)
{
  exec (fixture, "INSERT INTO fit (uuid, created_at, updated_at, posting_id, score, "
                 "scorer_version) VALUES ('fit-%u', 'now', 'now', %" G_GINT64_FORMAT ", %d, "
                 "'test') ON CONFLICT DO UPDATE SET score = excluded.score",
        index, fixture->ids[index], score);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocJobRepository) jobs = NULL;
  g_autofree char *path = NULL;

  if (!have_display)
    return;

  fixture->dir = g_dir_make_tmp ("vocation-jobs-fit-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->database = voc_database_open (path, &error);
  g_assert_no_error (error);
  jobs = voc_job_repository_new (fixture->database);

  for (guint i = 0; i < G_N_ELEMENTS (postings); i++)
    {
      g_autoptr(VocJobPosting) posting = voc_job_posting_new ();

      voc_job_posting_set_title (posting, postings[i].title);
      voc_repository_insert (VOC_REPOSITORY (jobs), posting, &error);
      g_assert_no_error (error);
      fixture->ids[i] = voc_entity_get_id (VOC_ENTITY (posting));
      /* Distinct days, so that "newest first" is well defined. */
      exec (fixture, "UPDATE job_posting SET created_at = '2026-01-%02uT10:00:00.000000Z' "
                     "WHERE id = %" G_GINT64_FORMAT, i + 1, fixture->ids[i]);
      if (postings[i].fit >= 0)
        set_fit (fixture, i, postings[i].fit);
    }

  fixture->page = g_object_new (VOC_TYPE_JOBS_PAGE, "database", fixture->database, NULL);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1100, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);

  WAIT_FOR (voc_jobs_page_get_model (fixture->page) != NULL &&
            g_list_model_get_n_items (voc_jobs_page_get_model (fixture->page)) ==
            G_N_ELEMENTS (postings));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (!have_display)
    return;

  gtk_window_destroy (fixture->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->database);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
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

/* The titles listed, joined with "|". */
static char *
listed_titles (Fixture *fixture)
{
  GListModel *model = voc_jobs_page_get_model (fixture->page);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VocJobPosting) posting = g_list_model_get_item (model, i);

      g_string_append_printf (titles, "%s%s", i > 0 ? "|" : "",
                              voc_job_posting_get_title (posting));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static gboolean
titles_are (Fixture    *fixture,
            const char *expected)
{
  g_autofree char *titles = listed_titles (fixture);

  if (!g_str_equal (titles, expected))
    {
      g_test_message ("titles: %s", titles);
      return FALSE;
    }
  return TRUE;
}

/* The texts of the Fit column's cells on screen, in the order of the widget tree, joined
 * with "|" (an empty cell is an empty text). */
static void
collect_fit_cells (GtkWidget *widget,
                   GString   *texts)
{
  if (VOC_IS_JOB_ROW (widget) && gtk_widget_get_mapped (widget))
    {
      const char *text = voc_job_row_get_text (VOC_JOB_ROW (widget), VOC_JOB_COLUMN_FIT);

      g_string_append_printf (texts, "%s%s", texts->len > 0 ? "|" : "",
                              text != NULL ? text : "");
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_fit_cells (child, texts);
}

static gboolean
fit_cells_are (Fixture    *fixture,
               const char *expected)
{
  g_autoptr(GString) texts = g_string_new (NULL);

  collect_fit_cells (GTK_WIDGET (voc_jobs_page_get_list_view (fixture->page)), texts);
  if (!g_str_equal (texts->str, expected))
    {
      g_test_message ("fit cells: %s", texts->str);
      return FALSE;
    }
  return TRUE;
}

/* A click on the header of a column of the table. */
static void
click_header (Fixture      *fixture,
              VocJobColumn  column)
{
  VocJobHeader *header = voc_jobs_page_get_header (fixture->page);

  g_signal_emit_by_name (voc_job_header_get_button (header, column), "clicked");
}

static void
test_sort (Fixture       *fixture,
           gconstpointer  data)
{
  if (skip_without_display ())
    return;

  /* The first click on the header: the best fits first, those without one last, newest
   * first. */
  click_header (fixture, VOC_JOB_COLUMN_FIT);
  WAIT_FOR (titles_are (fixture, "Data Engineer|Backend Engineer|Platform Engineer|"
                                 "Rust Developer|Go Developer"));
  WAIT_FOR (fit_cells_are (fixture, "91|55|12||"));

  /* The second: the worst first, those without one still last. */
  click_header (fixture, VOC_JOB_COLUMN_FIT);
  WAIT_FOR (titles_are (fixture, "Platform Engineer|Backend Engineer|Data Engineer|"
                                 "Rust Developer|Go Developer"));

  /* Sorted by fit, a new score moves its posting. */
  click_header (fixture, VOC_JOB_COLUMN_FIT);
  set_fit (fixture, 4, 70);
  WAIT_FOR (titles_are (fixture, "Data Engineer|Rust Developer|Backend Engineer|"
                                 "Platform Engineer|Go Developer"));
}

static void
test_bound_cells (Fixture       *fixture,
                  gconstpointer  data)
{
  if (skip_without_display ())
    return;

  click_header (fixture, VOC_JOB_COLUMN_TITLE);
  WAIT_FOR (titles_are (fixture, "Backend Engineer|Data Engineer|Go Developer|"
                                 "Platform Engineer|Rust Developer"));
  WAIT_FOR (fit_cells_are (fixture, "55|91||12|"));

  /* Sorted by title, the list does not follow the fit table: the bound cells do. */
  set_fit (fixture, 0, 64);
  set_fit (fixture, 2, 8);
  exec (fixture, "DELETE FROM fit WHERE posting_id = %" G_GINT64_FORMAT, fixture->ids[1]);
  WAIT_FOR (fit_cells_are (fixture, "64||8|12|"));
}

/* The text of the first label in @widget. */
static const char *
find_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *label = find_label (child);

      if (label != NULL)
        return label;
    }

  return NULL;
}

static void
test_minimum (Fixture       *fixture,
              gconstpointer  data)
{
  GtkSpinButton *spin;
  GtkMenuButton *button;

  if (skip_without_display ())
    return;

  spin = voc_jobs_page_get_fit_filter (fixture->page);
  button = voc_jobs_page_get_filter_button (fixture->page);
  click_header (fixture, VOC_JOB_COLUMN_TITLE);

  gtk_spin_button_set_value (spin, 50);
  WAIT_FOR (titles_are (fixture, "Backend Engineer|Data Engineer"));
  g_assert_cmpstr (find_label (GTK_WIDGET (button)), ==, "Filters (1)");

  gtk_spin_button_set_value (spin, 92);
  WAIT_FOR (g_list_model_get_n_items (voc_jobs_page_get_model (fixture->page)) == 0);
  g_assert_cmpstr (voc_jobs_page_get_visible_child_name (fixture->page), ==, "no-matches");

  /* A fit that reaches the floor brings its posting in. */
  set_fit (fixture, 2, 95);
  WAIT_FOR (titles_are (fixture, "Go Developer"));

  /* 0 is off: every posting, with a fit or not. */
  gtk_spin_button_set_value (spin, 0);
  WAIT_FOR (g_list_model_get_n_items (voc_jobs_page_get_model (fixture->page)) ==
            G_N_ELEMENTS (postings));

  /* Reset Filters sets it back to 0. */
  gtk_spin_button_set_value (spin, 60);
  WAIT_FOR (titles_are (fixture, "Data Engineer|Go Developer"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "jobs.clear-filters",
                                             NULL));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 0);
  WAIT_FOR (g_list_model_get_n_items (voc_jobs_page_get_model (fixture->page)) ==
            G_N_ELEMENTS (postings));
  g_assert_cmpstr (find_label (GTK_WIDGET (button)), ==, "Filters");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  have_display = (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL) &&
                 gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add ("/jobs-fit/sort", Fixture, NULL, fixture_set_up, test_sort, fixture_tear_down);
  g_test_add ("/jobs-fit/bound-cells", Fixture, NULL, fixture_set_up, test_bound_cells,
              fixture_tear_down);
  g_test_add ("/jobs-fit/minimum", Fixture, NULL, fixture_set_up, test_minimum,
              fixture_tear_down);

  return g_test_run ();
}
