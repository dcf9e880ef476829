/* bench-search.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The search benchmark: how long the Jobs page's full-text search takes on the large
 * database (gen-database.c: 100,000 postings).
 *
 * About 200 queries of the kinds people type (skill names, job titles, companies, places,
 * two words, the start of a word, the first letters typed, one that matches nothing, very
 * common words) run through exactly what the Jobs page runs: the query text quoted by
 * voc_store_fts_query(), voc_job_query_plan() (which counts the matches up to
 * VOC_STORE_RANK_LIMIT to choose best match first or newest first) and the statement it
 * writes, prepared through the database's statement cache. Each query is timed
 *
 *   - to the full list of ids of the planned statement, plan included, for reference;
 *   - to the first 50 ids (the same statement with LIMIT 50);
 *   - through voc_job_repository_list_query() itself, building and dropping the list model:
 *     what the Jobs page does when a search starts, the measure the target applies to (a
 *     wide search without filters is counted and only its first page of ids read);
 *   - on the FTS table alone, ranked and unranked, for reference: what ranking every match
 *     costs, and what matching alone costs.
 *
 * One warm-up round fills the page cache; then three rounds are measured. A query's time is
 * the median of its rounds; the table gives the median, 95th percentile and maximum over the
 * queries.
 */

#define G_LOG_DOMAIN "bench-search"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "bench-util.h"
#include "voc-job-query.h"
#include "voc-repositories.h"
#include "voc-store-private.h"

#define DEFAULT_ROUNDS   3
#define DEFAULT_WARMUPS  1
#define TARGET_P95_MS    10.0
#define FIRST_PAGE       50

typedef enum
{
  MEASURE_ALL_IDS,      /* the planned statement, every id */
  MEASURE_FIRST_PAGE,   /* the same with LIMIT 50 */
  MEASURE_LIST_MODEL,   /* voc_job_repository_list_query() and unref: the target */
  MEASURE_FTS_RANKED,   /* job_posting_fts alone, ORDER BY rank */
  MEASURE_FTS_MATCH,    /* job_posting_fts alone, unranked */
  N_MEASURES
} Measure;

/* What the target applies to: what the Jobs page does when a search starts. */
#define TARGET_MEASURE MEASURE_LIST_MODEL

static const char *const measure_labels[N_MEASURES] = {
  "planned statement, all ids",
  "planned statement, first 50 ids",
  "the page's list (target)",
  "FTS table only, ranked",
  "FTS table only, unranked",
};

typedef struct
{
  const char *category;
  char       *text;        /* what the user types */
  char       *fts;         /* the full-text query the application runs for it */
  gint64      n_results;
  VocJobOrder order;
  GArray     *samples[N_MEASURES];   /* double ms, one per measured round */
  double      ms[N_MEASURES];        /* median of the rounds */
} Query;

static void
query_free (Query *query)
{
  g_free (query->text);
  g_free (query->fts);
  for (guint m = 0; m < N_MEASURES; m++)
    g_clear_pointer (&query->samples[m], g_array_unref);
  g_free (query);
}

/* Skills as the large database writes them (gen-database.c), including the ones whose
 * punctuation the tokenizer splits. */
static const char *const skill_queries[] = {
  "Python", "Go", "Rust", "C++", "Java", "Kotlin", "Swift", "TypeScript", "JavaScript",
  "React", "Vue", "Angular", "Node.js", "Django", "Flask", "Spring Boot", "PostgreSQL",
  "MySQL", "SQLite", "Redis", "Kafka", "RabbitMQ", "Elasticsearch", "Kubernetes", "Docker",
  "Terraform", "Ansible", "AWS", "Google Cloud", "Azure", "Linux", "GTK", "Git", "CI/CD",
  "GraphQL", "gRPC", "Spark", "Airflow", "dbt", "pandas", "PyTorch", "TensorFlow",
  "scikit-learn", "Tableau", "Figma", "Prometheus", "Grafana", "Snowflake", "BigQuery", "Jira",
};

static const char *const title_queries[] = {
  "Software Engineer", "Backend Engineer", "Frontend Developer", "Full-Stack Engineer",
  "Data Engineer", "Data Scientist", "Machine Learning Engineer", "Site Reliability Engineer",
  "DevOps Engineer", "Platform Engineer", "Product Manager", "Product Designer",
  "UX Researcher", "Engineering Manager", "QA Engineer", "Security Engineer",
  "iOS Developer", "Android Developer", "Solutions Architect", "Technical Writer",
  "Senior Backend Engineer", "Junior Data Analyst", "Staff Software Engineer",
  "Principal Engineer", "Lead Data Scientist", "Head of Product", "Analytics Engineer",
  "Cloud Engineer",
};

static const char *const location_queries[] = {
  "Berlin", "London", "Amsterdam", "San Francisco", "New York", "Zurich", "Lisbon", "Remote",
  "Toronto", "Singapore", "Munich", "Stockholm",
};

static const char *const two_word_queries[] = {
  "python django", "senior kubernetes", "remote berlin", "react typescript", "rust linux",
  "data engineer berlin", "go grpc", "kafka spark", "postgresql redis", "aws terraform",
  "swift ios", "product designer figma", "machine learning pytorch", "senior python",
  "hybrid london", "junior frontend", "remote europe", "staff platform", "django postgresql",
  "node graphql", "airflow dbt", "security engineer zurich", "engineering manager remote",
  "java spring", "android kotlin", "on-call rotation", "learning budget", "parental leave",
  "equity growing", "four-day weeks",
};

/* The start of a word, as typed before the word is complete. */
static const char *const prefix_queries[] = {
  "kube", "pyth", "engin", "berl", "postg", "manag", "typescr", "devo", "analy", "terra",
  "sec", "reli", "frontend dev", "data sci", "machine lear", "senior back", "amst", "lond",
  "graph", "elast", "rabbit", "scik", "tensor", "grafa", "snowf",
};

/* The first keystrokes of a search: one or two letters. */
static const char *const typing_queries[] = {
  "p", "py", "d", "da", "s", "se", "k", "ku", "r", "re", "b", "be",
};

static const char *const none_queries[] = {
  "xylophone", "qwertzuiop", "blockchain quantum",
};

/* Words that nearly every posting has. */
static const char *const common_queries[] = {
  "experience", "team", "we", "years", "the",
};

static void
add_queries (GPtrArray          *queries,
             const char         *category,
             const char * const *texts,
             guint               n_texts)
{
  for (guint i = 0; i < n_texts; i++)
    {
      Query *query = g_new0 (Query, 1);

      query->category = category;
      query->text = g_strdup (texts[i]);
      query->fts = voc_store_fts_query (texts[i]);
      query->n_results = -1;
      for (guint m = 0; m < N_MEASURES; m++)
        query->samples[m] = bench_values_new ();
      g_ptr_array_add (queries, query);
    }
}

#define ADD_QUERIES(queries, category, array) \
  add_queries ((queries), (category), (array), G_N_ELEMENTS (array))

/* Company names from the database, spread over it: the whole name, or only its first word
 * as people often type. */
static gboolean
add_company_queries (GPtrArray    *queries,
                     VocDatabase  *database,
                     guint         n,
                     GError      **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  gint64 count;
  gint64 step;
  int rc;

  count = voc_database_count (database, "company", error);
  if (count < 0)
    return FALSE;
  step = MAX (count / MAX (n, 1), 1);

  stmt = voc_database_prepare (database,
                               "SELECT name FROM company WHERE id % ?1 = 1 ORDER BY id LIMIT ?2",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, step);
  sqlite3_bind_int64 (stmt, 2, n);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);

      if (names->len % 3 == 2)
        g_ptr_array_add (names, g_strndup (name, strcspn (name, " ")));
      else
        g_ptr_array_add (names, g_strdup (name));
    }
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);

  add_queries (queries, "company", (const char * const *) names->pdata, names->len);
  return TRUE;
}

/* Steps @stmt to the end; returns the number of rows, or -1 with @error set. The ids go into
 * @ids as the list model stores them. */
static gint64
run_statement (VocDatabase   *database,
               sqlite3_stmt  *stmt,
               const char    *fts,
               GArray        *ids,
               GError       **error)
{
  gint64 n = 0;
  int rc;

  sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
  g_array_set_size (ids, 0);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      n++;
    }

  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      sqlite3_reset (stmt);
      return -1;
    }

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return n;
}

typedef struct
{
  VocDatabase      *database;
  VocJobRepository *repository;
  char             *sql[N_MEASURES];
  gboolean          mismatch_reported;
} Bench;

static void
bench_clear (Bench *self)
{
  for (guint m = 0; m < N_MEASURES; m++)
    g_clear_pointer (&self->sql[m], g_free);
  g_clear_object (&self->repository);
  g_clear_object (&self->database);
}

/* The FTS table alone, for reference; the application's statements come from
 * voc_job_query_plan() for each query. */
static void
build_sql (Bench *self)
{
  self->sql[MEASURE_FTS_RANKED] =
    g_strdup ("SELECT rowid FROM job_posting_fts WHERE job_posting_fts MATCH ?1 ORDER BY rank");
  self->sql[MEASURE_FTS_MATCH] =
    g_strdup ("SELECT rowid FROM job_posting_fts WHERE job_posting_fts MATCH ?1");
}

static gboolean
run_query (Bench    *self,
           Query    *query,
           gboolean  record,
           GError  **error)
{
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), 1024);
  VocJobQuery job_query = VOC_JOB_QUERY_INIT;

  job_query.search = query->text;

  for (guint m = 0; m < N_MEASURES; m++)
    {
      double start, elapsed;
      gint64 n;

      if (m == MEASURE_LIST_MODEL)
        {
          g_autoptr(VocEntityList) list = NULL;

          start = bench_now_ms ();
          list = voc_job_repository_list_query (self->repository, &job_query, error);
          if (list == NULL)
            return FALSE;
          n = g_list_model_get_n_items (G_LIST_MODEL (list));
          g_clear_object (&list);
          elapsed = bench_now_ms () - start;

          if (n != query->n_results && !self->mismatch_reported)
            {
              g_printerr ("bench-search: warning: “%s”: voc_job_repository_list_query() lists %"
                          G_GINT64_FORMAT " postings, the planned statement %" G_GINT64_FORMAT
                          "\n", query->text, n, query->n_results);
              self->mismatch_reported = TRUE;
            }
        }
      else if (m == MEASURE_ALL_IDS || m == MEASURE_FIRST_PAGE)
        {
          g_autofree char *sql = NULL;
          g_autofree char *fts = NULL;
          sqlite3_stmt *stmt;

          /* The plan is part of what the application does for each search. */
          start = bench_now_ms ();
          sql = voc_job_query_plan (&job_query, self->database, &query->order, &fts, error);
          if (sql == NULL)
            return FALSE;
          if (m == MEASURE_FIRST_PAGE)
            {
              char *limited = g_strdup_printf ("%s LIMIT %d", sql, FIRST_PAGE);

              g_free (sql);
              sql = limited;
            }
          stmt = voc_database_prepare (self->database, sql, error);
          if (stmt == NULL)
            return FALSE;
          n = run_statement (self->database, stmt, fts, ids, error);
          elapsed = bench_now_ms () - start;
          if (n < 0)
            {
              g_prefix_error (error, "“%s”: ", query->text);
              return FALSE;
            }
          if (m == MEASURE_ALL_IDS)
            {
              /* The FTS-table measures below run the same full-text query. */
              query->n_results = n;
              g_free (query->fts);
              query->fts = g_steal_pointer (&fts);
            }
        }
      else
        {
          sqlite3_stmt *stmt = voc_database_prepare (self->database, self->sql[m], error);

          if (stmt == NULL)
            return FALSE;

          start = bench_now_ms ();
          n = run_statement (self->database, stmt, query->fts, ids, error);
          elapsed = bench_now_ms () - start;
          if (n < 0)
            {
              g_prefix_error (error, "“%s”: ", query->text);
              return FALSE;
            }
        }

      if (record)
        bench_append (query->samples[m], elapsed);
    }

  return TRUE;
}

static double
over_queries (GPtrArray *queries,
              const char *category,
              Measure     measure,
              double      q)
{
  g_autoptr(GArray) values = bench_values_new ();

  for (guint i = 0; i < queries->len; i++)
    {
      Query *query = g_ptr_array_index (queries, i);

      if (category == NULL || g_str_equal (query->category, category))
        bench_append (values, query->ms[measure]);
    }

  return q < 0 ? bench_max (values) : bench_quantile (values, q);
}

static int
compare_slowest (gconstpointer a,
                 gconstpointer b)
{
  const Query *x = *(const Query * const *) a;
  const Query *y = *(const Query * const *) b;

  return (x->ms[TARGET_MEASURE] < y->ms[TARGET_MEASURE]) -
         (x->ms[TARGET_MEASURE] > y->ms[TARGET_MEASURE]);
}

static void
print_tables (GPtrArray  *queries,
              gint64      n_postings,
              const char *path,
              guint       rounds,
              guint       warmups)
{
  static const char *const categories[] = {
    "skill", "title", "company", "location", "two words", "prefix", "typing", "none", "common",
  };
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (queries->len);
  g_autoptr(GArray) over = bench_values_new ();
  g_autoptr(GArray) over_results = bench_values_new ();
  g_autoptr(GArray) over_rank = bench_values_new ();
  g_autoptr(GArray) over_match = bench_values_new ();
  double p95 = over_queries (queries, NULL, TARGET_MEASURE, 0.95);

  g_print ("\nFull-text search over %" G_GINT64_FORMAT " postings (%s): %u queries, %u measured "
           "rounds after %u warm-up round%s.\nA query's time is the median of its rounds; "
           "median, p95 and max are over the queries.\n\n",
           n_postings, path, queries->len, rounds, warmups, warmups == 1 ? "" : "s");

  g_print ("%-40s %8s %8s %8s\n", "measure", "median", "p95", "max");
  g_print ("%-40s %8s %8s %8s\n", "", "ms", "ms", "ms");
  for (guint m = 0; m < N_MEASURES; m++)
    g_print ("%-40s %8.2f %8.2f %8.2f\n", measure_labels[m],
             over_queries (queries, NULL, m, 0.5), over_queries (queries, NULL, m, 0.95),
             over_queries (queries, NULL, m, -1));

  g_print ("\nBy kind of query (the page's list; planned statement, first 50; results):\n\n");
  g_print ("%-10s %7s %8s %8s %8s %9s %9s %9s\n", "kind", "queries", "median", "p95", "max",
           "first 50", "results", "results");
  g_print ("%-10s %7s %8s %8s %8s %9s %9s %9s\n", "", "", "ms", "ms", "ms", "p95 ms",
           "median", "max");
  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      g_autoptr(GArray) results = bench_values_new ();
      guint n = 0;

      for (guint i = 0; i < queries->len; i++)
        {
          Query *query = g_ptr_array_index (queries, i);

          if (g_str_equal (query->category, categories[c]))
            {
              bench_append (results, query->n_results);
              n++;
            }
        }
      if (n == 0)
        continue;

      g_print ("%-10s %7u %8.2f %8.2f %8.2f %9.2f %9.0f %9.0f\n", categories[c], n,
               over_queries (queries, categories[c], TARGET_MEASURE, 0.5),
               over_queries (queries, categories[c], TARGET_MEASURE, 0.95),
               over_queries (queries, categories[c], TARGET_MEASURE, -1),
               over_queries (queries, categories[c], MEASURE_FIRST_PAGE, 0.95),
               bench_median (results), bench_max (results));
    }

  for (guint i = 0; i < queries->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (queries, i));
  g_ptr_array_sort (sorted, compare_slowest);
  g_print ("\nSlowest queries (ms; \"order\" is the application's choice, \"ranked\" the FTS "
           "table ordered by rank, \"match\" the FTS table unranked):\n\n");
  g_print ("%-24s %-10s %-6s %8s %8s %8s %8s %8s %8s\n", "typed", "kind", "order", "results",
           "list", "all ids", "first 50", "ranked", "match");
  for (guint i = 0; i < MIN (sorted->len, 12); i++)
    {
      Query *query = g_ptr_array_index (sorted, i);
      g_autofree char *typed = g_strdup_printf ("“%s”", query->text);

      g_print ("%-26s %-10s %-6s %8" G_GINT64_FORMAT " %8.2f %8.2f %8.2f %8.2f %8.2f\n", typed,
               query->category, query->order == VOC_JOB_ORDER_RANK ? "rank" : "newest",
               query->n_results, query->ms[MEASURE_LIST_MODEL],
               query->ms[MEASURE_ALL_IDS], query->ms[MEASURE_FIRST_PAGE],
               query->ms[MEASURE_FTS_RANKED], query->ms[MEASURE_FTS_MATCH]);
    }

  /* What the queries over the target spend their time on. */
  for (guint i = 0; i < queries->len; i++)
    {
      Query *query = g_ptr_array_index (queries, i);

      if (query->ms[TARGET_MEASURE] <= TARGET_P95_MS)
        continue;
      bench_append (over, query->ms[TARGET_MEASURE]);
      bench_append (over_results, query->n_results);
      bench_append (over_match, query->ms[MEASURE_FTS_MATCH]);
      bench_append (over_rank, query->ms[MEASURE_FTS_RANKED] - query->ms[MEASURE_FTS_MATCH]);
    }

  {
    guint n_ranked = 0;

    for (guint i = 0; i < queries->len; i++)
      if (((Query *) g_ptr_array_index (queries, i))->order == VOC_JOB_ORDER_RANK)
        n_ranked++;
    g_print ("\n%u of %u queries are ranked (at most %d matches), %u listed newest first.\n",
             n_ranked, queries->len, VOC_STORE_RANK_LIMIT, queries->len - n_ranked);
  }

  g_print ("%u of %u queries take over %.0f ms", over->len, queries->len, TARGET_P95_MS);
  if (over->len > 0)
    g_print ("; they match a median of %.0f postings (%.0f%% of all); the FTS table alone "
             "takes a median of %.1f ms to match them and %.1f ms more to rank them",
             bench_median (over_results), 100.0 * bench_median (over_results) / MAX (n_postings, 1),
             bench_median (over_match), bench_median (over_rank));
  g_print (".\n");

  g_print ("\nTarget (95th percentile under %.0f ms, the page's list of a search): %s (p95 %.2f ms",
           TARGET_P95_MS, p95 < TARGET_P95_MS ? "MET" : "MISSED", p95);
  if (p95 >= TARGET_P95_MS)
    g_print (", %.2f ms or %.1fx over", p95 - TARGET_P95_MS, p95 / TARGET_P95_MS);
  g_print ("; all ids of the statement p95 %.2f ms)\n",
           over_queries (queries, NULL, MEASURE_ALL_IDS, 0.95));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) queries = NULL;
  g_autofree char *path = NULL;
  Bench self = { 0 };
  gint rounds = DEFAULT_ROUNDS;
  gint warmups = DEFAULT_WARMUPS;
  gint cache_mib = 0;
  gboolean check = FALSE;
  gint64 n_postings;
  double p95;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &path,
      "The large database (from gen-database)", "PATH" },
    { "rounds", 'r', 0, G_OPTION_ARG_INT, &rounds, "Measured rounds (3)", "K" },
    { "warmup", 'w', 0, G_OPTION_ARG_INT, &warmups, "Warm-up rounds, not counted (1)", "N" },
    { "cache-mib", 0, 0, G_OPTION_ARG_INT, &cache_mib,
      "Experiment: give the connection an SQLite page cache of this size instead of the "
      "application's", "MIB" },
    { "check", 0, 0, G_OPTION_ARG_NONE, &check,
      "Exit with status 3 when the target is not met", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("- full-text search latency on a large database");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-search: %s\n", error->message);
      return 2;
    }
  if (path == NULL || rounds < 1 || warmups < 0)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_printerr ("%s", help);
      return 2;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_printerr ("bench-search: “%s” does not exist (make it with gen-database)\n", path);
      return 2;
    }

  self.database = voc_database_open (path, &error);
  if (self.database == NULL)
    goto failed;
  self.repository = voc_job_repository_new (self.database);
  build_sql (&self);

  if (cache_mib > 0)
    {
      g_autofree char *pragma = g_strdup_printf ("PRAGMA cache_size = -%d", cache_mib * 1024);

      if (!voc_database_exec (self.database, pragma, &error))
        goto failed;
      g_print ("Experiment: SQLite page cache of %d MiB on this connection (not the "
               "application's setting).\n", cache_mib);
    }

  n_postings = voc_database_count (self.database, "job_posting", &error);
  if (n_postings < 0)
    goto failed;

  queries = g_ptr_array_new_with_free_func ((GDestroyNotify) query_free);
  ADD_QUERIES (queries, "skill", skill_queries);
  ADD_QUERIES (queries, "title", title_queries);
  if (!add_company_queries (queries, self.database, 30, &error))
    goto failed;
  ADD_QUERIES (queries, "location", location_queries);
  ADD_QUERIES (queries, "two words", two_word_queries);
  ADD_QUERIES (queries, "prefix", prefix_queries);
  ADD_QUERIES (queries, "typing", typing_queries);
  ADD_QUERIES (queries, "none", none_queries);
  ADD_QUERIES (queries, "common", common_queries);

  for (gint round = 0; round < warmups + rounds; round++)
    {
      gboolean record = round >= warmups;
      double start = bench_now_ms ();

      for (guint i = 0; i < queries->len; i++)
        if (!run_query (&self, g_ptr_array_index (queries, i), record, &error))
          goto failed;

      g_printerr ("bench-search: %s round %d: %u queries in %.0f ms\n",
                  record ? "measured" : "warm-up", record ? round - warmups + 1 : round + 1,
                  queries->len, bench_now_ms () - start);
    }

  for (guint i = 0; i < queries->len; i++)
    {
      Query *query = g_ptr_array_index (queries, i);

      for (guint m = 0; m < N_MEASURES; m++)
        query->ms[m] = bench_median (query->samples[m]);
    }

  print_tables (queries, n_postings, path, rounds, warmups);
  p95 = over_queries (queries, NULL, TARGET_MEASURE, 0.95);

  bench_clear (&self);
  return check && p95 >= TARGET_P95_MS ? 3 : 0;

failed:
  g_printerr ("bench-search: %s\n", error->message);
  bench_clear (&self);
  return 1;
}
