/* test-resume-format.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The resume editor's text from stored values and values from what the user typed: when a
 * certification expires, lists typed with commas, dates typed in the usual ways, how often a
 * bullet was used. No display.
 */

#include "config.h"

#include <locale.h>

#include "voc-resume-format.h"

static void
test_expiry (void)
{
  g_autoptr(GDate) today = g_date_new_dmy (15, G_DATE_MARCH, 2026);
  struct {
    const char *expires_on;
    const char *text;
    int         days_left;
  } cases[] = {
    { "2026-03-14", "Expired 2026-03-14", -1 },
    { "2025", "Expired 2025", -74 },
    { "2026-03-15", "Expires today", 0 },
    { "2026-03-16", "Expires in 1 day", 1 },
    /* A month counts to its last day. */
    { "2026-03", "Expires in 16 days", 16 },
    { "2026-06-13", "Expires in 90 days", 90 },
    { "2026-06-14", "Expires 2026-06-14", 91 },
    { "2026-02", "Expired 2026-02", -15 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int days = 12345;
      g_autofree char *text = voc_resume_format_expiry (cases[i].expires_on, today, &days);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpint (days, ==, cases[i].days_left);
    }

  g_assert_null (voc_resume_format_expiry (NULL, today, NULL));
  g_assert_null (voc_resume_format_expiry ("", today, NULL));
  g_assert_null (voc_resume_format_expiry ("2026-13", today, NULL));
}

static void
test_lists (void)
{
  g_autofree char *empty = voc_resume_format_parse_list (" , ,");
  g_autofree char *parsed = voc_resume_format_parse_list ("Rust,  go , rust, Go,\"quoted\"");
  g_autofree char *shown = voc_resume_format_list ("[\"a\", 3, \" \", \"b c\"]");
  g_autofree char *garbage = voc_resume_format_list ("{not json");

  g_assert_null (empty);
  g_assert_null (voc_resume_format_parse_list (NULL));
  /* Repeats go whatever their case; the first spelling stays; quotes are escaped. */
  g_assert_cmpstr (parsed, ==, "[\"Rust\",\"go\",\"\\\"quoted\\\"\"]");
  g_assert_cmpstr (shown, ==, "a, b c");
  g_assert_cmpstr (garbage, ==, "");
}

static void
test_dates (void)
{
  struct {
    const char *typed;
    const char *stored;
  } cases[] = {
    { "2020-03", "2020-03" },
    { " Mar 2020 ", "2020-03" },
    { "03/2020", "2020-03" },
    { "2019", "2019" },
    { "2021-06-30", "2021-06-30" },
    /* Not a date: kept as typed, so that validation names the field. */
    { "soon", "soon" },
    { "  ", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stored = voc_resume_format_parse_date (cases[i].typed);

      g_assert_cmpstr (stored, ==, cases[i].stored);
    }
}

static void
test_usage (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 15, 12, 0, 0);
  g_autoptr(GDateTime) used = g_date_time_new_utc (2026, 3, 3, 9, 0, 0);
  g_autofree char *never = voc_resume_format_usage (0, NULL, now);
  g_autofree char *once = voc_resume_format_usage (1, now, now);
  g_autofree char *often = voc_resume_format_usage (4, used, now);

  g_assert_cmpstr (never, ==, "Never used");
  g_assert_cmpstr (once, ==, "Used 1 time, last Today");
  g_assert_cmpstr (often, ==, "Used 4 times, last 3 Mar");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/resume-format/expiry", test_expiry);
  g_test_add_func ("/resume-format/lists", test_lists);
  g_test_add_func ("/resume-format/dates", test_dates);
  g_test_add_func ("/resume-format/usage", test_usage);

  return g_test_run ();
}
