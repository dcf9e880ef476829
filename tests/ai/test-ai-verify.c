/* test-ai-verify.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The verifier on fabricated rewrites (an invented percentage, a new tool, a changed employer,
 * a new date) and on honest ones, and the stripping of stock phrases.
 */

#include "config.h"

#include <string.h>

#include "voc-ai-verify.h"

static const char *library[] = {
  "Acme Corporation", "Senior Software Engineer", "2019-03", "2022-08",
  "Built the billing service in Go and PostgreSQL",
  "Skills: Python, Docker",
  NULL,
};

static const char source[] = "Cut invoice processing time from 3 days to 4 hours at Acme by "
                             "rewriting the batch jobs in Python.";

static gboolean
has_reason (VocAiVerdict *verdict,
            const char   *fragment)
{
  for (guint i = 0; i < verdict->reasons->len; i++)
    if (strstr (g_ptr_array_index (verdict->reasons, i), fragment) != NULL)
      return TRUE;
  return FALSE;
}

static void
dump (VocAiVerdict *verdict)
{
  for (guint i = 0; i < verdict->reasons->len; i++)
    g_test_message ("reason: %s", (char *) g_ptr_array_index (verdict->reasons, i));
}

static void
test_honest (void)
{
  const char *honest[] = {
    /* Reworded, reordered, same facts. */
    "Rewrote the batch jobs in Python, cutting invoice processing from 3 days to 4 hours.",
    "At Acme, reduced invoice processing time from 3 days to 4 hours by rewriting batch jobs "
    "in Python.",
    /* Facts from elsewhere in the library are fair. */
    "Rewrote Acme's batch jobs in Python (alongside the Go billing service), taking invoice "
    "processing from 3 days to 4 hours.",
    /* The typographic apostrophe models write ends a name as ' does. */
    "Rewrote Acme\u2019s batch jobs in Python, taking invoice processing from 3 days to 4 "
    "hours.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (honest); i++)
    {
      g_autoptr(VocAiVerdict) verdict = voc_ai_verify_bullet (source, library, honest[i]);

      dump (verdict);
      g_assert_true (verdict->accepted);
      g_assert_cmpuint (verdict->reasons->len, ==, 0);
      g_assert_cmpstr (verdict->text, ==, honest[i]);
    }
}

/* A name followed by a typographic apostrophe is still checked: a changed employer is
 * refused whichever apostrophe follows it. */
static void
test_apostrophe_name (void)
{
  g_autoptr(VocAiVerdict) verdict =
    voc_ai_verify_bullet (source, library, "Rewrote Initech\u2019s batch jobs in Python, "
                                           "taking invoice processing from 3 days to 4 hours.");

  dump (verdict);
  g_assert_false (verdict->accepted);
  g_assert_true (has_reason (verdict, "Initech"));
}

static void
test_fabricated (void)
{
  struct { const char *suggestion; const char *reason; } cases[] = {
    { "Cut invoice processing time by 40% at Acme by rewriting the batch jobs in Python.",
      "percentage “40%”" },
    { "Cut invoice processing time by 40 percent at Acme by rewriting the batch jobs in Python.",
      "percentage “40%”" },
    { "Cut invoice processing from 3 days to 4 hours at Acme, saving $250,000 a year.",
      "number “250000”" },
    { "Cut invoice processing time from 3 days to 4 hours at Acme by rewriting the batch jobs "
      "in Python and Kubernetes.", "“Kubernetes”" },
    { "Cut invoice processing time from 3 days to 4 hours at Globex by rewriting the batch "
      "jobs in Python.", "“Globex”" },
    { "As Principal Architect, cut invoice processing from 3 days to 4 hours at Acme.",
      "“Principal Architect”" },
    { "In March 2021, cut invoice processing from 3 days to 4 hours at Acme with Python.",
      "date “2021”" },
    { "In March, cut invoice processing from 3 days to 4 hours at Acme with Python.",
      "date “March”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(VocAiVerdict) verdict = voc_ai_verify_bullet (source, library, cases[i].suggestion);

      g_test_message ("suggestion: %s", cases[i].suggestion);
      dump (verdict);
      g_assert_false (verdict->accepted);
      g_assert_true (has_reason (verdict, cases[i].reason));
    }
}

static void
test_stock_phrases (void)
{
  g_autoptr(VocAiVerdict) verdict = NULL;
  g_autoptr(VocAiVerdict) own = NULL;

  verdict = voc_ai_verify_bullet (source, library,
                                  "Spearheaded a results-driven rewrite of the batch jobs in "
                                  "Python, leveraged synergies and cut invoice processing from "
                                  "3 days to 4 hours at Acme.");
  g_assert_true (verdict->accepted);
  g_assert_cmpstr (verdict->text, ==, "Led a rewrite of the batch jobs in Python, and cut "
                                      "invoice processing from 3 days to 4 hours at Acme.");
  g_assert_cmpuint (verdict->removed->len, ==, 3);

  /* A phrase the user wrote is theirs to keep. */
  own = voc_ai_verify_bullet ("Spearheaded the move to Python at Acme.", library,
                              "Spearheaded the move to Python at Acme.");
  g_assert_true (own->accepted);
  g_assert_cmpstr (own->text, ==, "Spearheaded the move to Python at Acme.");
  g_assert_cmpuint (own->removed->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ai/verify/honest", test_honest);
  g_test_add_func ("/ai/verify/fabricated", test_fabricated);
  g_test_add_func ("/ai/verify/apostrophe-name", test_apostrophe_name);
  g_test_add_func ("/ai/verify/stock-phrases", test_stock_phrases);

  return g_test_run ();
}
