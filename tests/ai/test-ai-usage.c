/* test-ai-usage.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model_run trace priced per month and per application; an unpriced model makes the cost
 * unknown, not zero; a failed write leaves nothing behind.
 */

#include "config.h"

#include <string.h>

#include "../voc-test-util.h"
#include "voc-ai-usage.h"

static void
record (TestDb     *fixture,
        const char *model,
        gint64      application_id,
        gint64      tokens_in,
        gint64      tokens_out)
{
  g_autoptr(GError) error = NULL;
  const char *roles[] = { "user", "assistant" };
  const char *contents[] = { "question", "answer" };
  gint64 id;

  id = voc_model_runs_record (fixture->db, &(VocModelRunRecord) {
      .purpose = "job-analysis",
      .model = model,
      .application_id = application_id,
      .tokens_in = tokens_in,
      .tokens_out = tokens_out,
      .outcome = "ok",
      .roles = roles,
      .contents = contents,
      .n_io = 2,
    }, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
}

static void
test_prices (void)
{
  double in = 0, out = 0;

  g_assert_true (voc_ai_price_lookup ("gpt-4o-mini", &in, &out));
  g_assert_cmpfloat_with_epsilon (in, 0.15, 1e-9);
  g_assert_cmpfloat_with_epsilon (out, 0.60, 1e-9);
  /* A dated snapshot takes the price of the longest name it extends. */
  g_assert_true (voc_ai_price_lookup ("gpt-4o-mini-2024-07-18", &in, &out));
  g_assert_cmpfloat_with_epsilon (in, 0.15, 1e-9);
  g_assert_true (voc_ai_price_lookup ("gpt-4o-2024-08-06", &in, &out));
  g_assert_cmpfloat_with_epsilon (in, 2.50, 1e-9);
  g_assert_false (voc_ai_price_lookup ("llama3.2", &in, &out));
  g_assert_false (voc_ai_price_lookup ("gpt-4ox", &in, &out));
  g_assert_false (voc_ai_price_lookup (NULL, &in, &out));
}

static void
test_usage (TestDb        *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) months = NULL;
  g_autoptr(GPtrArray) applications = NULL;
  VocAiUsage *usage;

  g_assert_cmpint (test_exec (fixture->db,
    "INSERT INTO job_posting (uuid, created_at, updated_at, title) "
    "VALUES ('p', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'Engineer');"
    "INSERT INTO job_application (uuid, created_at, updated_at, posting_id) "
    "VALUES ('a', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1);"), ==, SQLITE_OK);

  /* October: 1M + 1M tokens of gpt-4o-mini = $0.75. */
  record (fixture, "gpt-4o-mini", 1, 1000000, 1000000);
  g_assert_cmpint (test_exec (fixture->db, "UPDATE model_run SET created_at = "
                                           "'2026-10-15T10:00:00Z'"), ==, SQLITE_OK);
  /* November: priced and unpriced calls. */
  record (fixture, "gpt-4o-mini-2024-07-18", 1, 2000000, 0);
  record (fixture, "llama3.2", 0, 500, 100);

  months = voc_ai_usage_query (fixture->db, VOC_MODEL_USAGE_BY_MONTH, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (months->len, ==, 2);
  usage = g_ptr_array_index (months, 1);
  g_assert_cmpstr (usage->key, ==, "2026-10");
  g_assert_true (usage->cost_known);
  g_assert_cmpfloat_with_epsilon (usage->cost_usd, 0.75, 1e-9);
  usage = g_ptr_array_index (months, 0);
  g_assert_cmpint (usage->runs, ==, 2);
  g_assert_cmpint (usage->tokens_in, ==, 2000500);
  g_assert_cmpint (usage->tokens_out, ==, 100);
  g_assert_false (usage->cost_known);

  applications = voc_ai_usage_query (fixture->db, VOC_MODEL_USAGE_BY_APPLICATION, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (applications->len, ==, 2);
  /* Applications first, then the calls about none. */
  usage = g_ptr_array_index (applications, 1);
  g_assert_cmpstr (usage->key, ==, "");
  g_assert_false (usage->cost_known);
  usage = g_ptr_array_index (applications, 0);
  g_assert_cmpstr (usage->key, ==, "1");
  g_assert_true (usage->cost_known);
  g_assert_cmpfloat_with_epsilon (usage->cost_usd, 0.75 + 0.30, 1e-9);
}

static void
test_record_all_or_nothing (TestDb        *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *roles[] = { "user", "narrator" };
  const char *contents[] = { "question", "answer" };
  gint64 id;

  /* The second message breaks a CHECK constraint: the run goes too. */
  id = voc_model_runs_record (fixture->db, &(VocModelRunRecord) {
      .purpose = "job-analysis",
      .outcome = "ok",
      .roles = roles,
      .contents = contents,
      .n_io = 2,
    }, &error);
  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "message 1"));
  g_assert_cmpint (test_query_int (fixture->db, "SELECT count(*) FROM model_run"), ==, 0);
  g_assert_cmpint (test_query_int (fixture->db, "SELECT count(*) FROM model_io"), ==, 0);
}

/* Approved outputs come back as style examples of their kind only, best rated then newest
 * first, each once; an empty text is refused and nothing is stored. */
static void
test_approved_outputs (TestDb        *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) examples = NULL;
  g_auto(GStrv) none = NULL;
  gint64 first, again;

  first = voc_model_runs_approve (fixture->db, "cover-letter", "  Dear team, first.  ", 0,
                                  &error);
  g_assert_no_error (error);
  g_assert_cmpint (first, >, 0);
  again = voc_model_runs_approve (fixture->db, "cover-letter", "Dear team, first.", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, first);
  g_assert_cmpint (voc_model_runs_approve (fixture->db, "cover-letter", "Dear team, second.", 0,
                                           &error), >, first);
  g_assert_cmpint (voc_model_runs_approve (fixture->db, "outreach", "Hi there.", 0, &error),
                   >, 0);
  g_assert_cmpint (voc_model_runs_approve (fixture->db, "outreach", " \n ", 0, &error), ==, 0);
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  test_exec (fixture->db, "UPDATE approved_output SET rating = 5 WHERE content = "
                          "'Dear team, first.'");
  examples = voc_model_runs_style_examples (fixture->db, "cover-letter", 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (examples), ==, 2);
  g_assert_cmpstr (examples[0], ==, "Dear team, first.");
  g_assert_cmpstr (examples[1], ==, "Dear team, second.");
  none = voc_model_runs_style_examples (fixture->db, "critic", 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpint (test_query_int (fixture->db, "SELECT count(*) FROM approved_output"), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ai/usage/prices", test_prices);
  g_test_add ("/ai/usage/per-month-and-application", TestDb, NULL, test_db_setup, test_usage,
              test_db_teardown);
  g_test_add ("/ai/usage/record-all-or-nothing", TestDb, NULL, test_db_setup,
              test_record_all_or_nothing, test_db_teardown);
  g_test_add ("/ai/usage/approved-outputs", TestDb, NULL, test_db_setup,
              test_approved_outputs, test_db_teardown);

  return g_test_run ();
}
