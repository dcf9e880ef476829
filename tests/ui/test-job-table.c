/* test-job-table.c — the Jobs page's table: where its columns go, and what a row shows
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "voc-job-header.h"
#include "voc-job-row.h"

static gboolean have_display;

static void
assert_columns (int       width,
                gboolean  rtl,
                int      *x,
                int      *widths)
{
  int left[VOC_JOB_N_COLUMNS], lefts[VOC_JOB_N_COLUMNS];
  int position = 0;

  voc_job_columns_allocate (width, rtl, x, widths);

  /* Side by side, edge to edge, in order (mirrored right to left). */
  voc_job_columns_allocate (width, FALSE, left, lefts);
  for (guint i = 0; i < VOC_JOB_N_COLUMNS; i++)
    {
      g_assert_cmpint (widths[i], ==, lefts[i]);
      g_assert_cmpint (widths[i], >, 0);
      g_assert_cmpint (left[i], ==, position);
      g_assert_cmpint (x[i], ==, rtl ? width - left[i] - widths[i] : left[i]);
      position += widths[i];
    }
  g_assert_cmpint (position, ==, width);
}

/* The title takes the room; in the window's default width (1100, less the sidebar) it keeps
 * most of a long title, the company, place and source narrowing first. */
static void
test_columns (void)
{
  int x[VOC_JOB_N_COLUMNS], widths[VOC_JOB_N_COLUMNS];
  int wide_widths[VOC_JOB_N_COLUMNS];

  assert_columns (1600, FALSE, x, wide_widths);
  g_assert_cmpint (wide_widths[VOC_JOB_COLUMN_TITLE], >=, 1600 - 800);

  assert_columns (880, FALSE, x, widths);
  g_assert_cmpint (widths[VOC_JOB_COLUMN_TITLE], >=, 260);
  g_assert_cmpint (widths[VOC_JOB_COLUMN_COMPANY], <, wide_widths[VOC_JOB_COLUMN_COMPANY]);
  g_assert_cmpint (widths[VOC_JOB_COLUMN_LOCATION], <, wide_widths[VOC_JOB_COLUMN_LOCATION]);
  g_assert_cmpint (widths[VOC_JOB_COLUMN_SOURCE], <, wide_widths[VOC_JOB_COLUMN_SOURCE]);
  /* Short values keep their width: a date or a mode is never cut. */
  g_assert_cmpint (widths[VOC_JOB_COLUMN_ADDED], ==, wide_widths[VOC_JOB_COLUMN_ADDED]);
  g_assert_cmpint (widths[VOC_JOB_COLUMN_REMOTE], ==, wide_widths[VOC_JOB_COLUMN_REMOTE]);
  g_assert_cmpint (widths[VOC_JOB_COLUMN_FIT], ==, wide_widths[VOC_JOB_COLUMN_FIT]);

  assert_columns (880, TRUE, x, widths);
  g_assert_cmpint (x[VOC_JOB_COLUMN_TITLE], ==, 880 - widths[VOC_JOB_COLUMN_TITLE]);

  /* Narrower than the table wants: everything scales, nothing overlaps. */
  assert_columns (voc_job_columns_get_min_width (), FALSE, x, widths);
  assert_columns (voc_job_columns_get_natural_width (), FALSE, x, widths);
}

static const char *
text (GtkWidget    *row,
      VocJobColumn  column)
{
  return voc_job_row_get_text (VOC_JOB_ROW (row), column);
}

/* A row shows its posting's cells, and follows the posting's changes. */
static void
test_row (void)
{
  g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
  g_autoptr(VocJobPosting) other = voc_job_posting_new ();
  GtkWidget *row;

  if (!have_display)
    {
      g_test_skip ("No display (DISPLAY or WAYLAND_DISPLAY) to make widgets on");
      return;
    }

  voc_job_posting_set_title (posting, "Staff Platform Engineer");
  voc_job_posting_set_location (posting, "Berlin, Germany");
  voc_job_posting_set_remote_mode (posting, VOC_REMOTE_MODE_HYBRID);
  voc_job_posting_set_salary_min_cents (posting, 8000000);
  voc_job_posting_set_salary_max_cents (posting, 10000000);
  voc_job_posting_set_salary_currency (posting, "EUR");
  voc_job_posting_set_salary_period (posting, VOC_SALARY_PERIOD_YEAR);
  voc_job_posting_set_title (other, "Go Engineer");

  row = g_object_ref_sink (voc_job_row_new ());
  g_assert_null (text (row, VOC_JOB_COLUMN_TITLE));

  voc_job_row_set_posting (VOC_JOB_ROW (row), posting);
  g_assert_cmpstr (text (row, VOC_JOB_COLUMN_TITLE), ==, "Staff Platform Engineer");
  g_assert_cmpstr (text (row, VOC_JOB_COLUMN_LOCATION), ==, "Berlin, Germany");
  g_assert_cmpstr (text (row, VOC_JOB_COLUMN_REMOTE), ==, "Hybrid");
  g_assert_cmpstr (text (row, VOC_JOB_COLUMN_SALARY), ==, "€80k–€100k / year");
  g_assert_null (text (row, VOC_JOB_COLUMN_FIT));

  /* The posting changes in place (its row changed in the database). */
  voc_job_posting_set_title (posting, "Principal Platform Engineer");
  g_assert_cmpstr (text (row, VOC_JOB_COLUMN_TITLE), ==, "Principal Platform Engineer");

  voc_job_row_set_fit (VOC_JOB_ROW (row), 87);
  g_assert_cmpstr (text (row, VOC_JOB_COLUMN_FIT), ==, "87");
  voc_job_row_set_fit (VOC_JOB_ROW (row), -1);
  g_assert_null (text (row, VOC_JOB_COLUMN_FIT));

  /* Bound to another posting, it no longer follows the first. */
  voc_job_row_set_posting (VOC_JOB_ROW (row), other);
  g_assert_cmpstr (text (row, VOC_JOB_COLUMN_TITLE), ==, "Go Engineer");
  g_assert_cmpstr (text (row, VOC_JOB_COLUMN_SALARY), ==, "");
  voc_job_posting_set_title (posting, "Not Shown");
  g_assert_cmpstr (text (row, VOC_JOB_COLUMN_TITLE), ==, "Go Engineer");

  voc_job_row_set_posting (VOC_JOB_ROW (row), NULL);
  g_assert_null (text (row, VOC_JOB_COLUMN_TITLE));

  g_assert_finalize_object (row);
}

static void
on_sort_changed_cb (VocJobHeader *header,
                    guint        *changes)
{
  (*changes)++;
}

/* A click sorts by a column, a second reverses; the fit starts with the best. */
static void
test_header (void)
{
  GtkWidget *header;
  gboolean descending = TRUE;
  guint changes = 0;

  if (!have_display)
    {
      g_test_skip ("No display (DISPLAY or WAYLAND_DISPLAY) to make widgets on");
      return;
    }

  header = g_object_ref_sink (voc_job_header_new ());
  g_signal_connect (header, "sort-changed", G_CALLBACK (on_sort_changed_cb), &changes);
  g_assert_cmpint (voc_job_header_get_sort (VOC_JOB_HEADER (header), &descending), ==,
                   VOC_JOB_SORT_DEFAULT);
  g_assert_false (descending);

  g_signal_emit_by_name (voc_job_header_get_button (VOC_JOB_HEADER (header),
                                                    VOC_JOB_COLUMN_SALARY), "clicked");
  g_assert_cmpint (voc_job_header_get_sort (VOC_JOB_HEADER (header), &descending), ==,
                   VOC_JOB_SORT_SALARY);
  g_assert_false (descending);
  g_signal_emit_by_name (voc_job_header_get_button (VOC_JOB_HEADER (header),
                                                    VOC_JOB_COLUMN_SALARY), "clicked");
  g_assert_cmpint (voc_job_header_get_sort (VOC_JOB_HEADER (header), &descending), ==,
                   VOC_JOB_SORT_SALARY);
  g_assert_true (descending);

  g_signal_emit_by_name (voc_job_header_get_button (VOC_JOB_HEADER (header),
                                                    VOC_JOB_COLUMN_FIT), "clicked");
  g_assert_cmpint (voc_job_header_get_sort (VOC_JOB_HEADER (header), &descending), ==,
                   VOC_JOB_SORT_FIT);
  g_assert_true (descending);
  g_assert_cmpuint (changes, ==, 3);

  /* Setting the order it has is no change. */
  voc_job_header_set_sort (VOC_JOB_HEADER (header), VOC_JOB_SORT_FIT, TRUE);
  g_assert_cmpuint (changes, ==, 3);

  g_assert_finalize_object (header);
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

  g_test_add_func ("/job-table/columns", test_columns);
  g_test_add_func ("/job-table/row", test_row);
  g_test_add_func ("/job-table/header", test_header);

  return g_test_run ();
}
