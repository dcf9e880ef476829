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

static void
test_more_enums (void)
{
  g_assert_cmpstr (voc_format_posting_source (VOC_POSTING_SOURCE_URL), ==, "Web Page");
  g_assert_cmpstr (voc_format_posting_source (VOC_POSTING_SOURCE_PASTE), ==, "Pasted");
  g_assert_cmpstr (voc_format_employment_type (VOC_EMPLOYMENT_TYPE_FULL_TIME), ==, "Full-time");
  g_assert_cmpstr (voc_format_employment_type (VOC_EMPLOYMENT_TYPE_UNKNOWN), ==, "");
  g_assert_cmpstr (voc_format_seniority (VOC_SENIORITY_SENIOR), ==, "Senior");
  g_assert_cmpstr (voc_format_seniority (VOC_SENIORITY_UNKNOWN), ==, "");
  g_assert_cmpstr (voc_format_salary_period (VOC_SALARY_PERIOD_MONTH), ==, "Per Month");
  g_assert_cmpstr (voc_format_section_kind ("requirements"), ==, "Requirements");
  g_assert_cmpstr (voc_format_section_kind ("nice_to_have"), ==, "Nice to Have");
  g_assert_cmpstr (voc_format_section_kind ("other"), ==, "");
  g_assert_cmpstr (voc_format_section_kind (NULL), ==, "");

  /* Every value has a name. */
  for (VocPostingSource source = VOC_POSTING_SOURCE_MANUAL; source <= VOC_POSTING_SOURCE_IMPORT;
       source++)
    g_assert_cmpstr (voc_format_posting_source (source), !=, "");
  for (VocEmploymentType type = VOC_EMPLOYMENT_TYPE_FULL_TIME; type <= VOC_EMPLOYMENT_TYPE_OTHER;
       type++)
    g_assert_cmpstr (voc_format_employment_type (type), !=, "");
  for (VocSeniority seniority = VOC_SENIORITY_INTERN; seniority <= VOC_SENIORITY_EXECUTIVE;
       seniority++)
    g_assert_cmpstr (voc_format_seniority (seniority), !=, "");
}

static void
assert_urls (const char *text,
             const char *expected)
{
  g_auto(GStrv) urls = voc_format_parse_web_urls (text);
  g_autofree char *joined = urls != NULL ? g_strjoinv ("|", urls) : NULL;

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_web_urls (void)
{
  assert_urls (NULL, NULL);
  assert_urls ("", NULL);
  assert_urls ("https://jobs.example.com/42", "https://jobs.example.com/42");
  assert_urls ("  http://example.org/a?b=c#d \n", "http://example.org/a?b=c#d");
  assert_urls ("HTTPS://EXAMPLE.COM/", "HTTPS://EXAMPLE.COM/");
  /* A browser's text/uri-list, with a comment line and CRLF. */
  assert_urls ("# dragged\r\nhttps://a.example/1\r\nhttps://b.example/2\r\n",
               "https://a.example/1|https://b.example/2");
  /* Anything else is the text of a job. */
  assert_urls ("Senior Engineer at https://example.com", NULL);
  assert_urls ("https://a.example/1\nWe are hiring", NULL);
  assert_urls ("ftp://example.com/job.txt", NULL);
  assert_urls ("file:///home/maya/job.md", NULL);
  assert_urls ("https://", NULL);
  assert_urls ("example.com/jobs", NULL);
}

static void
assert_amount (const char *text,
               gboolean    ok,
               gint64      expected)
{
  gint64 cents = 12345;

  g_assert_cmpint (voc_format_parse_amount (text, &cents), ==, ok);
  if (ok)
    g_assert_cmpint (cents, ==, expected);
}

static void
test_amounts (void)
{
  g_autofree char *plain = voc_format_amount (6000000);
  g_autofree char *decimals = voc_format_amount (4550);
  g_autofree char *none = voc_format_amount (-1);
  g_autofree char *small = voc_format_amount (5);

  assert_amount (NULL, TRUE, -1);
  assert_amount ("", TRUE, -1);
  assert_amount ("   ", TRUE, -1);
  assert_amount ("60000", TRUE, 6000000);
  assert_amount ("60,000", TRUE, 6000000);
  assert_amount ("60 000", TRUE, 6000000);
  assert_amount ("1,250,000", TRUE, 125000000);
  assert_amount ("60000.50", TRUE, 6000050);
  assert_amount ("45,50", TRUE, 4550);
  assert_amount ("62.5k", TRUE, 6250000);
  assert_amount ("75K", TRUE, 7500000);
  assert_amount ("1.2M", TRUE, 120000000);
  assert_amount ("0", TRUE, 0);
  assert_amount ("abc", FALSE, 0);
  assert_amount ("-5", FALSE, 0);
  assert_amount ("5.", FALSE, 0);
  assert_amount (".5", FALSE, 0);
  assert_amount ("1.2.3", FALSE, 0);
  assert_amount ("k", FALSE, 0);
  assert_amount ("€60000", FALSE, 0);
  assert_amount ("99999999999999999", FALSE, 0);

  g_assert_cmpstr (plain, ==, "60000");
  g_assert_cmpstr (decimals, ==, "45.50");
  g_assert_cmpstr (small, ==, "0.05");
  g_assert_cmpstr (none, ==, "");
}

static void
assert_file_name (const char *title,
                  const char *media_type,
                  const char *expected)
{
  g_autofree char *name = voc_format_file_name (title, media_type);

  g_assert_cmpstr (name, ==, expected);
}

static void
test_file_names (void)
{
  g_assert_cmpstr (voc_format_media_type_extension ("application/pdf"), ==, ".pdf");
  g_assert_cmpstr (voc_format_media_type_extension ("text/html; charset=utf-8"), ==, ".html");
  g_assert_cmpstr (voc_format_media_type_extension ("TEXT/MARKDOWN"), ==, ".md");
  g_assert_cmpstr (voc_format_media_type_extension ("text/csv"), ==, ".txt");
  g_assert_cmpstr (voc_format_media_type_extension ("image/png"), ==, ".bin");
  g_assert_cmpstr (voc_format_media_type_extension (NULL), ==, ".bin");
  g_assert_cmpstr (voc_format_media_type_extension (
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                   ==, ".docx");

  assert_file_name ("Senior Backend Engineer", "application/pdf", "Senior Backend Engineer.pdf");
  assert_file_name ("DevOps / SRE: Berlin*", "text/plain", "DevOps SRE Berlin.txt");
  assert_file_name ("..hidden.", "text/markdown", "hidden.md");
  assert_file_name ("Ingénieur·e logiciel", "text/html", "Ingénieur·e logiciel.html");
  assert_file_name (NULL, "application/vnd.oasis.opendocument.text", "Job Description.odt");
  assert_file_name ("///", NULL, "Job Description.bin");
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
  g_test_add_func ("/format/more-enums", test_more_enums);
  g_test_add_func ("/format/web-urls", test_web_urls);
  g_test_add_func ("/format/amounts", test_amounts);
  g_test_add_func ("/format/file-names", test_file_names);

  return g_test_run ();
}
