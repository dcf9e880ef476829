/* test-format.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "voc-format.h"

static void
assert_salary (gint64           min_cents,
               gint64           max_cents,
               const char      *currency,
               VocSalaryPeriod  period,
               const char      *expected)
{
  g_autofree char *text = voc_format_salary (min_cents, max_cents, currency, period);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_salary_range (void)
{
  assert_salary (6000000, 7500000, "EUR", VOC_SALARY_PERIOD_YEAR, "€60k–€75k / year");
  assert_salary (6250000, 7500000, "USD", VOC_SALARY_PERIOD_YEAR, "$62.5k–$75k / year");
  assert_salary (9000000, 11000000, "GBP", VOC_SALARY_PERIOD_UNKNOWN, "£90k–£110k");
  /* Bounds given the wrong way round are shown in order. */
  assert_salary (7500000, 6000000, "EUR", VOC_SALARY_PERIOD_YEAR, "€60k–€75k / year");
}

static void
test_salary_single (void)
{
  assert_salary (6000000, 6000000, "EUR", VOC_SALARY_PERIOD_YEAR, "€60k / year");
  assert_salary (6000000, -1, "EUR", VOC_SALARY_PERIOD_YEAR, "from €60k / year");
  assert_salary (-1, 7500000, "EUR", VOC_SALARY_PERIOD_YEAR, "up to €75k / year");
}

static void
test_salary_unknown (void)
{
  assert_salary (-1, -1, "EUR", VOC_SALARY_PERIOD_YEAR, "");
  assert_salary (-1, -1, NULL, VOC_SALARY_PERIOD_UNKNOWN, "");
}

static void
test_salary_small_and_large (void)
{
  assert_salary (4500, 6000, "EUR", VOC_SALARY_PERIOD_HOUR, "€45–€60 / hour");
  assert_salary (4550, -1, "EUR", VOC_SALARY_PERIOD_HOUR, "from €45.50 / hour");
  assert_salary (0, 0, "EUR", VOC_SALARY_PERIOD_DAY, "€0 / day");
  assert_salary (450000, 520000, "EUR", VOC_SALARY_PERIOD_MONTH, "€4.5k–€5.2k / month");
  assert_salary (120000000, 150000000, "JPY", VOC_SALARY_PERIOD_YEAR, "¥1.2M–¥1.5M / year");
  assert_salary (99999, -1, "USD", VOC_SALARY_PERIOD_WEEK, "from $999.99 / week");
}

static void
test_salary_currency (void)
{
  /* A currency without a symbol of its own is shown by its code. */
  assert_salary (9000000, 12000000, "CHF", VOC_SALARY_PERIOD_YEAR,
                 "CHF\u00a090k–120k / year");
  assert_salary (9000000, 12000000, "", VOC_SALARY_PERIOD_YEAR, "90k–120k / year");
  assert_salary (9000000, 12000000, NULL, VOC_SALARY_PERIOD_YEAR, "90k–120k / year");
  assert_salary (9000000, -1, "eur", VOC_SALARY_PERIOD_YEAR, "from €90k / year");
  assert_salary (-1, 18000000, "CHF", VOC_SALARY_PERIOD_YEAR, "up to CHF\u00a0180k / year");
}

static void
test_date_range (void)
{
  struct {
    const char *start;
    const char *end;
    const char *expected;
  } cases[] = {
    { "2020-03", NULL, "2020-03 – Present" },
    { "2020-03", "", "2020-03 – Present" },
    { "2019", "2020-01", "2019 – 2020-01" },
    { "2019-01-15", "2019-12-31", "2019-01-15 – 2019-12-31" },
    { NULL, "2021-06", "until 2021-06" },
    { NULL, NULL, "" },
    { "", "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = voc_format_date_range (cases[i].start, cases[i].end);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_date (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2026, 3, 10, 15, 0, 0);
  g_autoptr(GDateTime) earlier_today = g_date_time_new (utc, 2026, 3, 10, 0, 5, 0);
  g_autoptr(GDateTime) yesterday = g_date_time_new (utc, 2026, 3, 9, 23, 59, 0);
  g_autoptr(GDateTime) this_year = g_date_time_new (utc, 2026, 1, 3, 12, 0, 0);
  g_autoptr(GDateTime) last_year = g_date_time_new (utc, 2025, 12, 24, 12, 0, 0);
  g_autofree char *a = voc_format_date (earlier_today, now);
  g_autofree char *b = voc_format_date (yesterday, now);
  g_autofree char *c = voc_format_date (this_year, now);
  g_autofree char *d = voc_format_date (last_year, now);
  g_autofree char *e = voc_format_date (NULL, now);

  g_assert_cmpstr (a, ==, "Today");
  g_assert_cmpstr (b, ==, "Yesterday");
  g_assert_cmpstr (c, ==, "3 Jan");
  g_assert_cmpstr (d, ==, "24 Dec 2025");
  g_assert_cmpstr (e, ==, "");
}

static void
test_years (void)
{
  g_autofree char *none = voc_format_years (0);
  g_autofree char *negative = voc_format_years (-1);
  g_autofree char *one = voc_format_years (1);
  g_autofree char *six = voc_format_years (6);
  g_autofree char *half = voc_format_years (2.5);

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (negative, ==, "");
  g_assert_cmpstr (one, ==, "1 year");
  g_assert_cmpstr (six, ==, "6 years");
  g_assert_cmpstr (half, ==, "2.5 years");
}

static void
test_enums (void)
{
  g_assert_cmpstr (voc_format_stage (VOC_STAGE_INTERVIEW), ==, "Interviewing");
  g_assert_cmpstr (voc_format_stage (VOC_STAGE_SCREEN), ==, "Screening");
  g_assert_cmpstr (voc_format_stage (VOC_STAGE_NONE), ==, "");
  g_assert_cmpstr (voc_format_stage_nick (VOC_STAGE_INTERVIEW), ==, "interview");
  g_assert_cmpstr (voc_format_stage_nick (VOC_STAGE_WITHDRAWN), ==, "withdrawn");
  g_assert_cmpstr (voc_format_stage_nick (VOC_STAGE_NONE), ==, "");
  g_assert_cmpstr (voc_format_remote_mode (VOC_REMOTE_MODE_ON_SITE), ==, "On-site");
  g_assert_cmpstr (voc_format_remote_mode (VOC_REMOTE_MODE_UNKNOWN), ==, "");
  g_assert_cmpstr (voc_format_skill_level (VOC_SKILL_LEVEL_EXPERT), ==, "Expert");
  g_assert_cmpstr (voc_format_skill_level (VOC_SKILL_LEVEL_UNKNOWN), ==, "");

  /* Every stage has a name. */
  for (VocStage stage = VOC_STAGE_PROSPECT; stage <= VOC_STAGE_WITHDRAWN; stage++)
    {
      g_assert_cmpstr (voc_format_stage (stage), !=, "");
      g_assert_cmpstr (voc_format_stage_nick (stage), !=, "");
    }
}

int
main (int   argc,
      char *argv[])
{
  /* The expected texts are the untranslated ones, in the C locale's date names. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/salary/range", test_salary_range);
  g_test_add_func ("/format/salary/single", test_salary_single);
  g_test_add_func ("/format/salary/unknown", test_salary_unknown);
  g_test_add_func ("/format/salary/small-and-large", test_salary_small_and_large);
  g_test_add_func ("/format/salary/currency", test_salary_currency);
  g_test_add_func ("/format/date-range", test_date_range);
  g_test_add_func ("/format/date", test_date);
  g_test_add_func ("/format/years", test_years);
  g_test_add_func ("/format/enums", test_enums);

  return g_test_run ();
}
