/* test-job-filter.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SQL the Jobs page lists with: the full-text query, the conditions of each filter and
 * the order of each column, checked as text and then run on a temporary database, where the
 * postings come back in the expected order.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "voc-job-filter.h"
#include "voc-repositories.h"

static void
assert_fts (const char *text,
            const char *expected)
{
  g_autofree char *query = voc_job_filter_fts_query (text);

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
  assert_fts ("c++ OR \"x", "\"c++\" \"OR\" \"\"\"x\"*");
  assert_fts ("title:foo -bar", "\"title:foo\" \"-bar\"*");
}

static void
test_where (void)
{
  VocJobFilter filter = VOC_JOB_FILTER_INIT;
  gint64 excluded[] = { 4, 9 };
  g_autofree char *none = NULL;
  g_autofree char *all = NULL;
  g_autofree char *ranked = NULL;

  none = voc_job_filter_dup_where (&filter, TRUE, VOC_JOB_SORT_DEFAULT, NULL, 0);
  g_assert_null (none);
  g_assert_cmpuint (voc_job_filter_count_active (&filter), ==, 0);
  g_assert_false (voc_job_filter_is_searching (&filter));

  filter.search = "  ";
  g_assert_false (voc_job_filter_is_searching (&filter));

  filter.search = "rust";
  filter.remote_mode = VOC_REMOTE_MODE_REMOTE;
  filter.source = VOC_POSTING_SOURCE_URL;
  filter.min_yearly_cents = 6000000;
  filter.only_with_salary = TRUE;
  filter.has_application = TRUE;
  filter.company_id = 12;
  g_assert_cmpuint (voc_job_filter_count_active (&filter), ==, 5);
  g_assert_true (voc_job_filter_is_searching (&filter));

  all = voc_job_filter_dup_where (&filter, TRUE, VOC_JOB_SORT_DEFAULT, excluded,
                                  G_N_ELEMENTS (excluded));
  g_assert_nonnull (strstr (all, "job_posting_fts MATCH ?1"));
  g_assert_nonnull (strstr (all, "t.company_id = 12"));
  g_assert_nonnull (strstr (all, "t.remote_mode = 'remote'"));
  g_assert_nonnull (strstr (all, "t.source = 'url'"));
  g_assert_nonnull (strstr (all, ">= 6000000"));
  g_assert_nonnull (strstr (all, "EXISTS (SELECT 1 FROM job_application"));
  g_assert_nonnull (strstr (all, "t.id NOT IN (4, 9)"));

  /* Ranked: the caller joins the index itself. */
  ranked = voc_job_filter_dup_where (&filter, FALSE, VOC_JOB_SORT_DEFAULT, NULL, 0);
  g_assert_null (strstr (ranked, "MATCH"));
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
      g_autofree char *ascending = voc_job_filter_dup_order_by (sort, FALSE);
      g_autofree char *descending = voc_job_filter_dup_order_by (sort, TRUE);

      g_assert_cmpint (sort, !=, VOC_JOB_SORT_DEFAULT);
      g_assert_nonnull (strstr (ascending, "ASC"));
      g_assert_nonnull (strstr (descending, "DESC"));
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

  fixture->dir = g_dir_make_tmp ("vocation-filter-XXXXXX", &error);
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
  g_clear_object (&fixture->jobs);
  g_clear_object (&fixture->database);
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

/* The titles the page would list, joined with "|". */
static char *
list_titles (Fixture            *fixture,
             const VocJobFilter *filter,
             VocJobSort          sort,
             gboolean            descending,
             const gint64       *excluded,
             guint               n_excluded)
{
  g_autofree char *query = voc_job_filter_fts_query (filter->search);
  g_autofree char *where = NULL;
  g_autoptr(VocEntityList) list = NULL;
  g_autoptr(GString) titles = g_string_new (NULL);
  gboolean ranked = query != NULL && sort == VOC_JOB_SORT_DEFAULT;

  where = voc_job_filter_dup_where (filter, !ranked, sort, excluded, n_excluded);
  if (ranked)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (VOC_TYPE_JOB_POSTING);
      g_autofree char *sql = NULL;

      sql = voc_job_filter_dup_ranked_sql (voc_entity_class_get_from (VOC_ENTITY_CLASS (klass)),
                                           where);
      list = voc_entity_list_new_for_sql (fixture->database, VOC_TYPE_JOB_POSTING, sql, query);
    }
  else
    {
      g_autofree char *order_by = voc_job_filter_dup_order_by (sort, descending);

      list = voc_repository_list_where (VOC_REPOSITORY (fixture->jobs), VOC_TYPE_JOB_POSTING,
                                        where, order_by, query);
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(VocJobPosting) posting = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_string_append_printf (titles, "%s%s", i > 0 ? "|" : "",
                              voc_job_posting_get_title (posting));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
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
  VocJobFilter filter = VOC_JOB_FILTER_INIT;

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
  VocJobFilter filter = VOC_JOB_FILTER_INIT;
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

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  VocJobFilter filter = VOC_JOB_FILTER_INIT;

  /* Ranked: the title with both words first would need bm25 weights; the set is what
   * matters, and a column sort orders it. */
  filter.search = "rust";
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_TITLE, FALSE,
               "Data Engineer, Rust and Go|Rust Developer");
  filter.search = "engin";
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_TITLE, TRUE,
               "Staff Platform Engineer|Go Engineer|Data Engineer, Rust and Go|Backend Engineer");
  /* A prefix of the last word, every word. */
  filter.search = "rust g";
  ASSERT_LIST (fixture, &filter, VOC_JOB_SORT_DEFAULT, FALSE, "Data Engineer, Rust and Go");

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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/job-filter/fts-query", test_fts_query);
  g_test_add_func ("/job-filter/where", test_where);
  g_test_add_func ("/job-filter/sort-keys", test_sort_keys);
  g_test_add ("/job-filter/database/sorts", Fixture, NULL, fixture_set_up, test_sorts,
              fixture_tear_down);
  g_test_add ("/job-filter/database/filters", Fixture, NULL, fixture_set_up, test_filters,
              fixture_tear_down);
  g_test_add ("/job-filter/database/search", Fixture, NULL, fixture_set_up, test_search,
              fixture_tear_down);

  return g_test_run ();
}
