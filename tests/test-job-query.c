/* test-job-query.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SQL the Jobs page lists with: the full-text query, the conditions of each filter and
 * the order of each column, checked as text and then run on a temporary database, where the
 * postings come back in the expected order; the query plans of every order (an index, never
 * a sort); search ranking, and a search too wide to rank; the list read in a worker thread.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "voc-entity-list-private.h"
#include "voc-job-query.h"
#include "voc-repositories.h"
#include "voc-store-private.h"

static void
assert_fts (const char *text,
            const char *expected)
{
  g_autofree char *query = voc_store_fts_query (text);

  g_assert_cmpstr (query, ==, expected);
}

static void
test_fts_query (void)
{
  assert_fts (NULL, NULL);
  assert_fts ("", NULL);
  assert_fts ("  \t\n", NULL);
  assert_fts ("rust", "\"rust\"*");
  assert_fts ("senior  rust dev", "\"senior\" \"rust\" \"dev\"*");
  /* FTS5 syntax in the text is quoted away, quotes doubled. */
  assert_fts ("c++ OR \"xyz", "\"c++\" \"OR\" \"\"\"xyz\"*");
  assert_fts ("title:foo -bar", "\"title:foo\" \"-bar\"*");
  /* A last word whose last token has one or two letters is a whole word, not a prefix: "p*"
   * would merge every word that starts with p. */
  assert_fts ("p", "\"p\"");
  assert_fts ("py", "\"py\"");
  assert_fts ("pyt", "\"pyt\"*");
  assert_fts ("rust g", "\"rust\" \"g\"");
  assert_fts ("C++", "\"C++\"");
  assert_fts ("node.js", "\"node.js\"");
  assert_fts ("ci/cd", "\"ci/cd\"");
  assert_fts ("++", "\"++\"");
  assert_fts ("café", "\"café\"*");
  assert_fts ("né", "\"né\"");
}

static void
test_where (void)
{
  VocJobQuery query = VOC_JOB_QUERY_INIT;
  gint64 excluded[] = { 4, 9 };
  g_autofree char *none = NULL;
  g_autofree char *all = NULL;
  g_autofree char *column = NULL;
  g_autofree char *ranked = NULL;
  g_autofree char *recent = NULL;
  g_autofree char *plain = NULL;

  none = voc_job_query_dup_where (&query);
  g_assert_null (none);
  g_assert_cmpuint (voc_job_query_count_active (&query), ==, 0);
  g_assert_false (voc_job_query_is_searching (&query));

  query.search = "  ";
  g_assert_false (voc_job_query_is_searching (&query));

  query.search = "rust";
  query.remote_mode = VOC_REMOTE_MODE_REMOTE;
  query.source = VOC_POSTING_SOURCE_URL;
  query.min_yearly_cents = 6000000;
  query.only_with_salary = TRUE;
  query.has_application = TRUE;
  query.company_id = 12;
  query.excluded_ids = excluded;
  query.n_excluded = G_N_ELEMENTS (excluded);
  g_assert_cmpuint (voc_job_query_count_active (&query), ==, 5);
  g_assert_true (voc_job_query_is_searching (&query));

  /* The filters, never the search. */
  all = voc_job_query_dup_where (&query);
  g_assert_null (strstr (all, "MATCH"));
  g_assert_nonnull (strstr (all, "t.company_id = 12"));
  g_assert_nonnull (strstr (all, "t.remote_mode = 'remote'"));
  g_assert_nonnull (strstr (all, "t.source = 'url'"));
  g_assert_nonnull (strstr (all, ">= 6000000"));
  g_assert_nonnull (strstr (all, "EXISTS (SELECT 1 FROM job_application"));
  g_assert_nonnull (strstr (all, "t.id NOT IN (4, 9)"));

  /* The whole statement, in each order: the search is always ?1. */
  column = voc_job_query_dup_sql (&query, VOC_JOB_ORDER_COLUMN);
  g_assert_nonnull (strstr (column, "job_posting_fts MATCH ?1"));
  g_assert_nonnull (strstr (column, "t.id NOT IN (4, 9)"));
  g_assert_nonnull (strstr (column, "ORDER BY t.created_at DESC"));
  ranked = voc_job_query_dup_sql (&query, VOC_JOB_ORDER_RANK);
  g_assert_nonnull (strstr (ranked, "ORDER BY m.rank"));
  g_assert_nonnull (strstr (ranked, "t.remote_mode = 'remote'"));
  recent = voc_job_query_dup_sql (&query, VOC_JOB_ORDER_RECENT);
  g_assert_null (strstr (recent, "rank"));
  g_assert_nonnull (strstr (recent, "ORDER BY t.id DESC"));

  /* A search without filters reads the index alone. */
  query = (VocJobQuery) VOC_JOB_QUERY_INIT;
  query.search = "rust";
  plain = voc_job_query_dup_sql (&query, VOC_JOB_ORDER_RECENT);
  g_assert_cmpstr (plain, ==, "SELECT rowid FROM job_posting_fts WHERE job_posting_fts MATCH ?1 "
                              "ORDER BY rowid DESC");
}

static void
test_sort_keys (void)
{
  static const char *keys[] = { "title", "company", "location", "remote", "salary", "added",
                                "source" };

  g_assert_cmpint (voc_job_sort_from_string (NULL), ==, VOC_JOB_SORT_DEFAULT);
  g_assert_cmpint (voc_job_sort_from_string ("nonsense"), ==, VOC_JOB_SORT_DEFAULT);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      VocJobSort sort = voc_job_sort_from_string (keys[i]);
      g_autofree char *ascending = voc_job_query_dup_order_by (sort, FALSE);
      g_autofree char *descending = voc_job_query_dup_order_by (sort, TRUE);

      g_assert_cmpint (sort, !=, VOC_JOB_SORT_DEFAULT);
      g_assert_nonnull (strstr (ascending, "ASC"));
      g_assert_null (strstr (ascending, "DESC"));
      g_assert_nonnull (strstr (descending, "DESC"));
      g_assert_null (strstr (descending, "ASC"));
    }
}

/* On a database. */

typedef struct
{
  char             *dir;
  VocDatabase      *database;
  VocJobRepository *jobs;
  gint64            ids[5];
} Fixture;

typedef struct
{
  const char       *title;
  const char       *company;
  VocRemoteMode     remote;
  gint64            yearly_max;   /* cents, -1 for none */
  VocPostingSource  source;
  gboolean          applied;
} Posting;

/* In the order they are added: the last is the newest. */
static const Posting postings[] = {
  { "Rust Developer", "Kestrel Labs", VOC_REMOTE_MODE_ON_SITE, 5800000,
    VOC_POSTING_SOURCE_FILE, FALSE },
  { "Staff Platform Engineer", "Lumen Health", VOC_REMOTE_MODE_REMOTE, 11000000,
    VOC_POSTING_SOURCE_URL, TRUE },
  { "Backend Engineer", NULL, VOC_REMOTE_MODE_HYBRID, -1,
    VOC_POSTING_SOURCE_PASTE, FALSE },
  { "Go Engineer", "Cobalt Payments", VOC_REMOTE_MODE_UNKNOWN, 7500000,
    VOC_POSTING_SOURCE_FILE, FALSE },
  { "Data Engineer, Rust and Go", "Acme", VOC_REMOTE_MODE_REMOTE, 9000000,
    VOC_POSTING_SOURCE_FILE, FALSE },
};

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
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
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocCompanyRepository) companies = NULL;
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("vocation-job-query-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->database = voc_database_open (path, &error);
  g_assert_no_error (error);

  fixture->jobs = voc_job_repository_new (fixture->database);
  companies = voc_company_repository_new (fixture->database);
  pipeline = voc_pipeline_repository_new (fixture->database);

  for (guint i = 0; i < G_N_ELEMENTS (postings); i++)
    {
      g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
      g_autofree char *stamp = NULL;
      g_autofree char *sql = NULL;

      if (postings[i].company != NULL)
        {
          g_autoptr(VocCompany) company = voc_company_new ();
          g_autofree char *normalized = g_utf8_strdown (postings[i].company, -1);

          voc_company_set_name (company, postings[i].company);
          voc_company_set_normalized_name (company, normalized);
          voc_repository_insert (VOC_REPOSITORY (companies), company, &error);
          g_assert_no_error (error);
          voc_job_posting_set_company_id (posting, voc_entity_get_id (VOC_ENTITY (company)));
        }

      voc_job_posting_set_title (posting, postings[i].title);
      voc_job_posting_set_remote_mode (posting, postings[i].remote);
      voc_job_posting_set_source (posting, postings[i].source);
      voc_job_posting_set_salary_yearly_max_cents (posting, postings[i].yearly_max);
      voc_repository_insert (VOC_REPOSITORY (fixture->jobs), posting, &error);
      g_assert_no_error (error);
      fixture->ids[i] = voc_entity_get_id (VOC_ENTITY (posting));

      /* Distinct days, so that "newest first" is well defined. */
      stamp = g_strdup_printf ("2026-01-%02uT10:00:00.000000Z", i + 1);
      sql = g_strdup_printf ("UPDATE job_posting SET created_at = '%s' "
                             "WHERE id = %" G_GINT64_FORMAT, stamp, fixture->ids[i]);
      voc_database_exec (fixture->database, sql, &error);
      g_assert_no_error (error);

      if (postings[i].applied)
        {
          g_autoptr(VocJobApplication) application = voc_job_application_new ();

          voc_job_application_set_posting_id (application, fixture->ids[i]);
          voc_job_application_set_stage (application, VOC_STAGE_APPLIED);
          voc_repository_insert (VOC_REPOSITORY (pipeline), application, &error);
          g_assert_no_error (error);
        }
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Lists of 2,000 postings or more read their ids in workers after a change; disposed,
   * they cancel them. Their files go next. */
  while (voc_entity_list_get_n_workers () > 0)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);

  g_clear_object (&fixture->jobs);
  g_clear_object (&fixture->database);
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static char *
join_titles (GListModel *list)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(VocJobPosting) posting = g_list_model_get_item (list, i);

      g_string_append_printf (titles, "%s%s", i > 0 ? "|" : "",
                              voc_job_posting_get_title (posting));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

/* The titles the page would list, joined with "|". */
static char *
list_titles (Fixture           *fixture,
             const VocJobQuery *filter,
             VocJobSort         sort,
             gboolean           descending,
             const gint64      *excluded,
             guint              n_excluded)
{
  g_autoptr(VocEntityList) list = NULL;
  g_autoptr(GError) error = NULL;
  VocJobQuery query = *filter;

  query.sort = sort;
  query.descending = descending;
  query.excluded_ids = excluded;
  query.n_excluded = n_excluded;

  list = voc_job_repository_list_query (fixture->jobs, &query, &error);
  g_assert_no_error (error);

  return join_titles (G_LIST_MODEL (list));
}

#define ASSERT_LIST(fixture, filter, sort, descending, expected)                          \
  G_STMT_START                                                                          \
  {                                                                                     \
    g_autofree char *titles_ = list_titles (fixture, filter, sort, descending, NULL, 0); \
    g_assert_cmpstr (titles_, ==, expected);                                            \
  }                                                                                     \
  G_STMT_END

static void
test_sorts (Fixture       *fixture,
            gconstpointer  data)
{
  VocJobQuery filter = VOC_JOB_QUERY_INIT;

  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_DEFAULT, FALSE,
               "Data Engineer, Rust and Go|Go Engineer|Backend Engineer|"
               "Staff Platform Engineer|Rust Developer");
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_ADDED, FALSE,
               "Rust Developer|Staff Platform Engineer|Backend Engineer|Go Engineer|"
               "Data Engineer, Rust and Go");
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_TITLE, FALSE,
               "Backend Engineer|Data Engineer, Rust and Go|Go Engineer|Rust Developer|"
               "Staff Platform Engineer");
  /* Without a salary or a company: last, both ways. */
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_SALARY, TRUE,
               "Staff Platform Engineer|Data Engineer, Rust and Go|Go Engineer|Rust Developer|"
               "Backend Engineer");
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_SALARY, FALSE,
               "Rust Developer|Go Engineer|Data Engineer, Rust and Go|Staff Platform Engineer|"
               "Backend Engineer");
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_COMPANY, FALSE,
               "Data Engineer, Rust and Go|Go Engineer|Rust Developer|Staff Platform Engineer|"
               "Backend Engineer");
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_COMPANY, TRUE,
               "Staff Platform Engineer|Rust Developer|Go Engineer|Data Engineer, Rust and Go|"
               "Backend Engineer");
  /* Ties go by id in the same direction, as an index on the column gives them. */
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_REMOTE, FALSE,
               "Rust Developer|Backend Engineer|Staff Platform Engineer|"
               "Data Engineer, Rust and Go|Go Engineer");
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_REMOTE, TRUE,
               "Data Engineer, Rust and Go|Staff Platform Engineer|Backend Engineer|"
               "Rust Developer|Go Engineer");
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_SOURCE, FALSE,
               "Rust Developer|Go Engineer|Data Engineer, Rust and Go|Backend Engineer|"
               "Staff Platform Engineer");
  /* Every order runs. */
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_LOCATION, TRUE,
               "Data Engineer, Rust and Go|Go Engineer|Backend Engineer|"
               "Staff Platform Engineer|Rust Developer");
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  VocJobQuery filter = VOC_JOB_QUERY_INIT;
  g_autofree char *excluded_titles = NULL;

  filter.remote_mode = VOC_REMOTE_MODE_REMOTE;
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_TITLE, FALSE,
               "Data Engineer, Rust and Go|Staff Platform Engineer");

  filter.remote_mode = VOC_REMOTE_MODE_UNKNOWN;
  filter.source = VOC_POSTING_SOURCE_FILE;
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_TITLE, FALSE,
               "Data Engineer, Rust and Go|Go Engineer|Rust Developer");

  /* A floor keeps the postings without a salary, unless only those with one are asked for. */
  filter.source = -1;
  filter.min_yearly_cents = 7500000;
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_TITLE, FALSE,
               "Backend Engineer|Data Engineer, Rust and Go|Go Engineer|Staff Platform Engineer");
  filter.only_with_salary = TRUE;
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_TITLE, FALSE,
               "Data Engineer, Rust and Go|Go Engineer|Staff Platform Engineer");

  filter.min_yearly_cents = -1;
  filter.only_with_salary = FALSE;
  filter.has_application = TRUE;
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_TITLE, FALSE, "Staff Platform Engineer");

  filter.has_application = FALSE;
  excluded_titles = list_titles (fixture, &filter, VOC_JOB_SORT_TITLE, FALSE, fixture->ids, 2);
  g_assert_cmpstr (excluded_titles, ==, "Backend Engineer|Data Engineer, Rust and Go|Go Engineer");

  /* The postings of one company. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(VocJobPosting) staff = voc_repository_find (VOC_REPOSITORY (fixture->jobs),
                                                          VOC_TYPE_JOB_POSTING, fixture->ids[1],
                                                          &error);

    g_assert_no_error (error);
    filter.company_id = voc_job_posting_get_company_id (staff);
    g_assert_cmpint (filter.company_id, >, 0);
    ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_DEFAULT, FALSE, "Staff Platform Engineer");
  }
}

/* Gives posting @index a library-level fit of @score. */
static void
set_fit (Fixture *fixture,
         guint    index,
         int      score)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("INSERT INTO fit (uuid, created_at, updated_at, posting_id, score, "
                         "scorer_version) VALUES ('fit-%u', 'now', 'now', %" G_GINT64_FORMAT
                         ", %d, 'test') ON CONFLICT DO UPDATE SET score = excluded.score",
                         index, fixture->ids[index], score);
  voc_database_exec (fixture->database, sql, &error);
  g_assert_no_error (error);
}

/* Best fit first, ties by id, then the postings without a fit, newest first; the minimum fit
 * keeps only postings scored at least that much, and counts as a filter. */
static void
test_fit (Fixture       *fixture,
          gconstpointer  data)
{
  VocJobQuery filter = VOC_JOB_QUERY_INIT;

  /* No fits at all: newest first either way. */
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_FIT, TRUE,
               "Data Engineer, Rust and Go|Go Engineer|Backend Engineer|"
               "Staff Platform Engineer|Rust Developer");

  set_fit (fixture, 0, 40);
  set_fit (fixture, 3, 90);
  set_fit (fixture, 4, 40);
  set_fit (fixture, 2, 0);

  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_FIT, TRUE,
               "Go Engineer|Rust Developer|Data Engineer, Rust and Go|Backend Engineer|"
               "Staff Platform Engineer");
  /* Going up, the scored postings reverse; the one without a fit stays last. */
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_FIT, FALSE,
               "Backend Engineer|Data Engineer, Rust and Go|Rust Developer|Go Engineer|"
               "Staff Platform Engineer");

  /* A fit changes: the order follows. */
  set_fit (fixture, 0, 95);
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_FIT, TRUE,
               "Rust Developer|Go Engineer|Data Engineer, Rust and Go|Backend Engineer|"
               "Staff Platform Engineer");

  /* With a search and a filter, in both parts. */
  filter.search = "rust";
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_FIT, TRUE,
               "Rust Developer|Data Engineer, Rust and Go");
  filter.search = NULL;
  filter.remote_mode = VOC_REMOTE_MODE_REMOTE;
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_FIT, TRUE,
               "Data Engineer, Rust and Go|Staff Platform Engineer");
  filter.remote_mode = VOC_REMOTE_MODE_UNKNOWN;

  g_assert_cmpuint (voc_job_query_count_active (&filter), ==, 0);
  filter.min_fit = 40;
  g_assert_cmpuint (voc_job_query_count_active (&filter), ==, 1);
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_TITLE, FALSE,
               "Data Engineer, Rust and Go|Go Engineer|Rust Developer");
  filter.min_fit = 91;
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_DEFAULT, FALSE, "Rust Developer");
  /* Zero keeps every scored posting, and only those. */
  filter.min_fit = 0;
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_FIT, TRUE,
               "Rust Developer|Go Engineer|Data Engineer, Rust and Go|Backend Engineer");
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  VocJobQuery filter = VOC_JOB_QUERY_INIT;

  /* Ranked: the title with both words first would need bm25 weights; the set is what
   * matters, and a column sort orders it. */
  filter.search = "rust";
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_TITLE, FALSE,
               "Data Engineer, Rust and Go|Rust Developer");
  filter.search = "engin";
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_TITLE, TRUE,
               "Staff Platform Engineer|Go Engineer|Data Engineer, Rust and Go|Backend Engineer");
  /* A prefix of the last word, every word; a short last word is a whole word. */
  filter.search = "rust engin";
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_DEFAULT, FALSE, "Data Engineer, Rust and Go");
  filter.search = "rust go";
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_DEFAULT, FALSE, "Data Engineer, Rust and Go");
  filter.search = "rust g";
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_DEFAULT, FALSE, "");

  /* With a filter, ranked. */
  filter.search = "engineer";
  filter.remote_mode = VOC_REMOTE_MODE_REMOTE;
  {
    g_autofree char *titles = list_titles (fixture, &filter, VOC_JOB_SORT_DEFAULT, FALSE,
                                           NULL, 0);

    g_assert_true (g_str_equal (titles, "Data Engineer, Rust and Go|Staff Platform Engineer") ||
                   g_str_equal (titles, "Staff Platform Engineer|Data Engineer, Rust and Go"));
  }

  /* By company name too, and nothing for a word nowhere. */
  filter.remote_mode = VOC_REMOTE_MODE_UNKNOWN;
  filter.search = "lumen";
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_DEFAULT, FALSE, "Staff Platform Engineer");
  filter.search = "\"quoted\" OR nothing*";
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_DEFAULT, FALSE, "");
}

/* The plan of @sql, its lines joined with "|". */
static char *
explain (Fixture    *fixture,
         const char *sql)
{
  g_autofree char *explain_sql = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autoptr(GString) plan = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (voc_database_get_handle (fixture->database), explain_sql, -1, &stmt,
                           NULL);
  g_assert_cmpint (rc, ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (plan, "%s%s", plan->len > 0 ? "|" : "",
                            (const char *) sqlite3_column_text (stmt, 3));
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&plan), FALSE);
}

/* Every column order, both ways, is read from an index: at 100,000 postings a sort of the
 * whole table took 70–140 ms, an index a few. */
static void
test_plans (Fixture       *fixture,
            gconstpointer  data)
{
  static const struct
  {
    VocJobSort  sort;
    const char *up;     /* the index read going up; down reads the second */
    const char *down;
  } orders[] = {
    { VOC_JOB_SORT_DEFAULT, "job_posting_created", "job_posting_created" },
    { VOC_JOB_SORT_ADDED, "job_posting_created", "job_posting_created" },
    { VOC_JOB_SORT_TITLE, "job_posting_title", "job_posting_title" },
    { VOC_JOB_SORT_LOCATION, "job_posting_location_known", "job_posting_location" },
    { VOC_JOB_SORT_REMOTE, "job_posting_remote_up", "job_posting_remote_down" },
    { VOC_JOB_SORT_SALARY, "job_posting_salary_up", "job_posting_salary_down" },
    { VOC_JOB_SORT_SOURCE, "job_posting_source", "job_posting_source" },
  };
  VocJobQuery query = VOC_JOB_QUERY_INIT;
  g_autofree char *recent = NULL;
  g_autofree char *recent_plan = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    for (guint d = 0; d < 2; d++)
      {
        g_autofree char *sql = NULL;
        g_autofree char *plan = NULL;
        g_autofree char *expected = NULL;

        query.sort = orders[i].sort;
        query.descending = d == 1;
        sql = voc_job_query_dup_sql (&query, VOC_JOB_ORDER_COLUMN);
        plan = explain (fixture, sql);
        expected = g_strdup_printf ("SCAN t USING INDEX %s", d == 1 ? orders[i].down
                                                                    : orders[i].up);
        g_test_message ("sort %d %s: %s", orders[i].sort, d == 1 ? "down" : "up", plan);
        g_assert_null (strstr (plan, "TEMP B-TREE"));
        g_assert_cmpstr (plan, ==, expected);
      }

  /* The fit order reads the fit_score index, then the postings without a fit from the date
   * index, both ways, with or without the minimum fit: never a sort. */
  for (guint d = 0; d < 4; d++)
    {
      g_autofree char *sql = NULL;
      g_autofree char *plan = NULL;

      query = (VocJobQuery) VOC_JOB_QUERY_INIT;
      query.sort = VOC_JOB_SORT_FIT;
      query.descending = (d & 1) != 0;
      query.min_fit = (d & 2) != 0 ? 50 : -1;
      sql = voc_job_query_dup_sql (&query, VOC_JOB_ORDER_COLUMN);
      plan = explain (fixture, sql);
      g_test_message ("fit %s, min %d: %s", query.descending ? "down" : "up", query.min_fit,
                      plan);
      g_assert_null (strstr (plan, "TEMP B-TREE"));
      g_assert_nonnull (strstr (plan, "f USING INDEX fit_score"));
      if (query.min_fit < 0)
        g_assert_nonnull (strstr (plan, "SCAN t USING COVERING INDEX job_posting_created"));
      else
        g_assert_null (strstr (plan, "UNION ALL"));
    }

  /* The minimum fit in another order: still that order's index. */
  {
    g_autofree char *sql = NULL;
    g_autofree char *plan = NULL;

    query = (VocJobQuery) VOC_JOB_QUERY_INIT;
    query.sort = VOC_JOB_SORT_TITLE;
    query.min_fit = 50;
    sql = voc_job_query_dup_sql (&query, VOC_JOB_ORDER_COLUMN);
    plan = explain (fixture, sql);
    g_test_message ("title, min 50: %s", plan);
    g_assert_null (strstr (plan, "TEMP B-TREE"));
    g_assert_nonnull (strstr (plan, "SCAN t USING INDEX job_posting_title"));
  }

  /* A wide search, newest first, reads the full-text index in rowid order: no sort either. */
  query = (VocJobQuery) VOC_JOB_QUERY_INIT;
  query.search = "engineer";
  recent = voc_job_query_dup_sql (&query, VOC_JOB_ORDER_RECENT);
  recent_plan = explain (fixture, recent);
  g_assert_null (strstr (recent_plan, "TEMP B-TREE"));
  g_assert_nonnull (strstr (recent_plan, "VIRTUAL TABLE"));
}

static gint64
add_posting (Fixture    *fixture,
             const char *title,
             const char *body)
{
  g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
  g_autoptr(GError) error = NULL;

  voc_job_posting_set_title (posting, title);
  voc_job_repository_insert_with_text (fixture->jobs, posting, body, body, NULL, NULL, &error);
  g_assert_no_error (error);

  return voc_entity_get_id (VOC_ENTITY (posting));
}

static char *
search_titles (Fixture     *fixture,
               const char  *text,
               VocJobOrder *order)
{
  VocJobQuery query = VOC_JOB_QUERY_INIT;
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;

  query.search = text;
  sql = voc_job_query_plan (&query, fixture->database, order, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sql);

  return list_titles (fixture, &query, VOC_JOB_SORT_DEFAULT, FALSE, NULL, 0);
}

/* Best match first: the posting whose title is the search comes before a newer one that
 * only mentions it, however often, in its description. */
static void
test_ranking (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *titles = NULL;
  g_autofree char *prefix = NULL;
  VocJobOrder order = VOC_JOB_ORDER_COLUMN;

  add_posting (fixture, "Kubernetes Engineer", "Run our clusters and keep them healthy.");
  add_posting (fixture, "Office Manager",
               "Our platform team runs Kubernetes; Kubernetes skills are a plus, and you will "
               "hear about Kubernetes at lunch.");

  titles = search_titles (fixture, "kubernetes", &order);
  g_assert_cmpint (order, ==, VOC_JOB_ORDER_RANK);
  g_assert_cmpstr (titles, ==, "Kubernetes Engineer|Office Manager");

  /* The same while the word is still being typed. */
  prefix = search_titles (fixture, "kuber", &order);
  g_assert_cmpint (order, ==, VOC_JOB_ORDER_RANK);
  g_assert_cmpstr (prefix, ==, "Kubernetes Engineer|Office Manager");
}

static VocEntityList *list_in_thread (Fixture            *fixture,
                                      const VocJobQuery  *query,
                                      GCancellable       *cancellable,
                                      gboolean          (*before_waiting) (Fixture *fixture),
                                      GError            **error);

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *out)
{
  out[0] = position;
  out[1] = removed;
  out[2] = added;
}

/* The wide search's list is counted and read a page at a time: the same ids at every
 * position as the whole statement, read in any order, and live. */
static void
test_paging (Fixture           *fixture,
             const VocJobQuery *query,
             guint              n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocEntityList) paged = NULL;
  g_autoptr(VocEntityList) whole = NULL;
  g_autoptr(VocJobPosting) newest = NULL;
  g_autoptr(VocJobPosting) middle = NULL;
  g_autoptr(VocJobPosting) first = NULL;
  g_autofree char *fts = NULL;
  g_autofree char *sql = NULL;
  guint changed[3] = { G_MAXUINT, 0, 0 };
  gint64 middle_id;

  sql = voc_job_query_plan (query, fixture->database, NULL, &fts, &error);
  g_assert_no_error (error);
  whole = voc_entity_list_new_for_sql (fixture->database, VOC_TYPE_JOB_POSTING, sql, fts);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (whole)), ==, n);

  /* From the end first, then from the start, then jumping around. */
  paged = voc_job_repository_list_query (fixture->jobs, query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (paged)), ==, n);
  g_assert_cmpint (voc_entity_list_get_id (paged, n - 1), ==, voc_entity_list_get_id (whole, n - 1));
  g_clear_object (&paged);
  paged = voc_job_repository_list_query (fixture->jobs, query, &error);
  for (guint i = 0; i < n; i += 97)
    g_assert_cmpint (voc_entity_list_get_id (paged, i), ==, voc_entity_list_get_id (whole, i));
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (voc_entity_list_get_id (paged, i), ==, voc_entity_list_get_id (whole, i));
  first = g_list_model_get_item (G_LIST_MODEL (paged), 0);
  g_assert_cmpint (voc_entity_get_id (VOC_ENTITY (first)), ==, voc_entity_list_get_id (whole, 0));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (paged), n));
  g_assert_cmpint (voc_entity_list_find (paged, voc_entity_list_get_id (whole, n - 1)), ==, n - 1);

  /* Counted and first page read in a worker thread, the rest on this one. */
  {
    g_autoptr(VocEntityList) threaded = list_in_thread (fixture, query, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (threaded)), ==, n);
    for (guint i = 0; i < n; i += 7)
      g_assert_cmpint (voc_entity_list_get_id (threaded, i), ==,
                       voc_entity_list_get_id (whole, i));
  }

  /* A new match comes first; a deleted one goes. At this length the list reads them in a
   * worker thread, and keeps its ids until then. */
  g_signal_connect (paged, "items-changed", G_CALLBACK (on_items_changed_cb), changed);
  add_posting (fixture, "Widget Lead", "Widgets.");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (paged)), ==, n);
  while (voc_entity_list_is_refreshing (paged))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (paged)), ==, n + 1);
  g_assert_cmpuint (changed[0], ==, 0);
  g_assert_cmpuint (changed[2] - changed[1], ==, 1);
  newest = g_list_model_get_item (G_LIST_MODEL (paged), 0);
  g_assert_cmpstr (voc_job_posting_get_title (newest), ==, "Widget Lead");

  middle_id = voc_entity_list_get_id (paged, n / 2);
  middle = voc_repository_find (VOC_REPOSITORY (fixture->jobs), VOC_TYPE_JOB_POSTING, middle_id,
                                &error);
  g_assert_no_error (error);
  voc_repository_delete (VOC_REPOSITORY (fixture->jobs), middle, &error);
  g_assert_no_error (error);
  while (voc_entity_list_is_refreshing (paged))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (paged)), ==, n);
  g_assert_cmpint (voc_entity_list_find (paged, middle_id), ==, -1);
  g_assert_cmpuint (changed[1] - changed[2], ==, 1);
}

/* A search that matches more postings than can be ranked quickly lists them all, newest
 * first; a narrow one is still ranked. */
static void
test_wide_search (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocEntityList) list = NULL;
  g_autoptr(VocEntityList) filtered = NULL;
  g_autofree char *narrow = NULL;
  VocJobQuery query = VOC_JOB_QUERY_INIT;
  VocJobOrder order = VOC_JOB_ORDER_COLUMN;
  g_autofree char *sql = NULL;
  guint n = VOC_STORE_RANK_LIMIT + 100;
  g_autofree char *insert = NULL;

  /* In one statement: the triggers index them like any other posting. */
  insert = g_strdup_printf ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                            "WHERE i < %u) "
                            "INSERT INTO job_posting (uuid, created_at, updated_at, title, "
                            "remote_mode) "
                            "SELECT 'wide-' || i, '2026-02-01T10:00:00.000000Z', "
                            "'2026-02-01T10:00:00.000000Z', 'Widget Tester ' || i, "
                            "CASE WHEN i %% 2 = 0 THEN 'remote' ELSE 'on-site' END FROM n", n);
  voc_database_exec (fixture->database, insert, &error);
  g_assert_no_error (error);

  /* A last word that is already a common word is taken whole, not as a prefix; the start of a
   * word, or a rare one, stays a prefix. */
  {
    sqlite3 *handle = voc_database_get_handle (fixture->database);
    g_autofree char *common = voc_store_fts_query_for (handle, "job_posting_fts", "widget");
    g_autofree char *start = voc_store_fts_query_for (handle, "job_posting_fts", "widg");
    g_autofree char *rare = voc_store_fts_query_for (handle, "job_posting_fts", "tester rust");

    g_assert_cmpstr (common, ==, "\"widget\"");
    g_assert_cmpstr (start, ==, "\"widg\"*");
    g_assert_cmpstr (rare, ==, "\"tester\" \"rust\"*");
  }

  query.search = "widget";
  sql = voc_job_query_plan (&query, fixture->database, &order, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (order, ==, VOC_JOB_ORDER_RECENT);

  list = voc_job_repository_list_query (fixture->jobs, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (voc_entity_list_get_id (list, i - 1), >, voc_entity_list_get_id (list, i));

  test_paging (fixture, &query, n);

  /* With a filter, joined with the rows. */
  query.remote_mode = VOC_REMOTE_MODE_REMOTE;
  filtered = voc_job_repository_list_query (fixture->jobs, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (filtered)), ==, n / 2);
  for (guint i = 1; i < n / 2; i++)
    g_assert_cmpint (voc_entity_list_get_id (filtered, i - 1), >,
                     voc_entity_list_get_id (filtered, i));

  narrow = search_titles (fixture, "rust developer", &order);
  g_assert_cmpint (order, ==, VOC_JOB_ORDER_RANK);
  g_assert_cmpstr (narrow, ==, "Rust Developer");
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
list_in_thread (Fixture            *fixture,
                const VocJobQuery  *query,
                GCancellable       *cancellable,
                gboolean          (*before_waiting) (Fixture *fixture),
                GError            **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  voc_job_repository_list_query_async (fixture->jobs, query, cancellable, on_list_ready_cb,
                                       &result);
  if (before_waiting != NULL)
    before_waiting (fixture);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return voc_job_repository_list_query_finish (fixture->jobs, result, error);
}

static gboolean
add_newest (Fixture *fixture)
{
  add_posting (fixture, "Written While Reading", "A posting saved while the list loads.");
  return TRUE;
}

/* The list read in a worker thread is the one read on the main thread, stays live, and
 * misses no write committed while the worker read. */
static void
test_in_thread (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  VocJobQuery query = VOC_JOB_QUERY_INIT;
  gint64 excluded[] = { fixture->ids[0] };

  query.sort = VOC_JOB_SORT_TITLE;
  query.excluded_ids = excluded;
  query.n_excluded = G_N_ELEMENTS (excluded);
  {
    g_autoptr(VocEntityList) list = list_in_thread (fixture, &query, NULL, NULL, &error);
    g_autofree char *titles = NULL;
    g_autofree char *expected = NULL;

    g_assert_no_error (error);
    titles = join_titles (G_LIST_MODEL (list));
    expected = list_titles (fixture, &query, VOC_JOB_SORT_TITLE, FALSE, excluded, 1);
    g_assert_cmpstr (titles, ==, expected);
    g_assert_cmpstr (titles, ==, "Backend Engineer|Data Engineer, Rust and Go|Go Engineer|"
                                 "Staff Platform Engineer");

    /* Live: a posting added later appears. */
    add_posting (fixture, "Zebra Keeper", "Zoo.");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);
  }

  /* Ranked search. */
  query = (VocJobQuery) VOC_JOB_QUERY_INIT;
  query.search = "lumen";
  {
    g_autoptr(VocEntityList) list = list_in_thread (fixture, &query, NULL, NULL, &error);
    g_autofree char *titles = NULL;

    g_assert_no_error (error);
    titles = join_titles (G_LIST_MODEL (list));
    g_assert_cmpstr (titles, ==, "Staff Platform Engineer");

    /* Ranked again on the main thread's connection when a match is added. */
    add_posting (fixture, "Lumen Support Lead", "Lumen again.");
    g_clear_pointer (&titles, g_free);
    titles = join_titles (G_LIST_MODEL (list));
    g_assert_cmpstr (titles, ==, "Lumen Support Lead|Staff Platform Engineer");
  }

  /* A write committed after the worker started. */
  query = (VocJobQuery) VOC_JOB_QUERY_INIT;
  {
    g_autoptr(VocEntityList) list = list_in_thread (fixture, &query, NULL, add_newest, &error);
    g_autoptr(VocJobPosting) first = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 8);
    first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_assert_cmpstr (voc_job_posting_get_title (first), ==, "Written While Reading");
  }

  /* Cancelled. */
  g_cancellable_cancel (cancellable);
  {
    g_autoptr(VocEntityList) list = list_in_thread (fixture, &query, cancellable, NULL, &error);

    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_null (list);
  }
}

/* Typing: a list per letter, each cancelling the one before while its worker may still be
 * reading. The cancelled ones say so; the last one lists what its search finds. */
static void
test_in_thread_superseded (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char *typed[] = { "e", "en", "eng", "lu", "lum", "lumen" };
  g_autoptr(GPtrArray) cancellables = g_ptr_array_new_with_free_func (g_object_unref);
  GAsyncResult *results[G_N_ELEMENTS (typed)] = { NULL };
  g_autoptr(VocEntityList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *titles = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      VocJobQuery query = VOC_JOB_QUERY_INIT;

      if (i > 0)
        g_cancellable_cancel (g_ptr_array_index (cancellables, i - 1));
      g_ptr_array_add (cancellables, g_cancellable_new ());
      query.search = typed[i];
      voc_job_repository_list_query_async (fixture->jobs, &query,
                                           g_ptr_array_index (cancellables, i),
                                           on_list_ready_cb, &results[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    while (results[i] == NULL)
      g_main_context_iteration (NULL, TRUE);

  for (guint i = 0; i + 1 < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(VocEntityList) stale = NULL;

      stale = voc_job_repository_list_query_finish (fixture->jobs, results[i], &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_null (stale);
      g_clear_error (&error);
    }

  list = voc_job_repository_list_query_finish (fixture->jobs,
                                               results[G_N_ELEMENTS (typed) - 1], &error);
  g_assert_no_error (error);
  titles = join_titles (G_LIST_MODEL (list));
  g_assert_cmpstr (titles, ==, "Staff Platform Engineer");

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    g_object_unref (results[i]);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/job-query/fts-query", test_fts_query);
  g_test_add_func ("/job-query/where", test_where);
  g_test_add_func ("/job-query/sort-keys", test_sort_keys);
  g_test_add ("/job-query/database/sorts", Fixture, NULL, fixture_set_up, test_sorts,
              fixture_tear_down);
  g_test_add ("/job-query/database/fit", Fixture, NULL, fixture_set_up, test_fit,
              fixture_tear_down);
  g_test_add ("/job-query/database/filters", Fixture, NULL, fixture_set_up, test_filters,
              fixture_tear_down);
  g_test_add ("/job-query/database/plans", Fixture, NULL, fixture_set_up, test_plans,
              fixture_tear_down);
  g_test_add ("/job-query/database/ranking", Fixture, NULL, fixture_set_up, test_ranking,
              fixture_tear_down);
  g_test_add ("/job-query/database/wide-search", Fixture, NULL, fixture_set_up,
              test_wide_search, fixture_tear_down);
  g_test_add ("/job-query/database/in-thread", Fixture, NULL, fixture_set_up, test_in_thread,
              fixture_tear_down);
  g_test_add ("/job-query/database/in-thread-superseded", Fixture, NULL, fixture_set_up,
              test_in_thread_superseded, fixture_tear_down);
  g_test_add ("/job-query/database/search", Fixture, NULL, fixture_set_up, test_search,
              fixture_tear_down);

  return g_test_run ();
}
