/* voc-job-query.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-job-query"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-enum-types.h"
#include "voc-entity-list-private.h"
#include "voc-job-query.h"
#include "voc-store-private.h"

/*
 * The Jobs page sorts, filters and searches in SQL, never in GTK: with 100,000 postings only
 * the database can order the ids without loading the rows. This file writes that SQL, over
 * the posting table aliased `t` (and the company table joined as `c` for the company order),
 * and builds the live lists from it. The one text parameter, `?1`, is always the full-text
 * query; every other value is a number or an enum nick, formatted in here, never text the
 * user typed.
 *
 * Every order is answered by an index (migrations 0002, 0004, 0005; test-job-query.c checks
 * the plans), so a list of 100,000 ids never goes through a sorter.
 *
 * A search, in the default order, is best match first when it matches at most
 * VOC_STORE_RANK_LIMIT postings. bm25 has to score every match before the first one is
 * known: over 100,000 matches ("experience", "team") that was 200–400 ms, however few rows
 * are then read. A search that matches more than that is too vague for its ranking to mean
 * much, so it lists newest first, straight from the index in rowid order; a count stopped at
 * the limit tells the two apart in well under a millisecond. Ranked or not, the search does
 * not join the posting rows unless a filter needs them.
 *
 * Best match first is scored by voc_rank() (below) rather than FTS5's bm25(): bm25 first counts,
 * for every word of the search, all the rows that hold it (its inverse document frequency), so
 * "head of product" read the lists of "of" and "head" through 100,000 postings to rank 1,562
 * of them, 40 ms. voc_rank() scores a row from that row alone.
 */

/* The weight of a word found in the title, the company, the place and the description. */
static const double column_weights[] = { 10.0, 4.0, 2.0, 1.0 };

typedef struct
{
  double average_size[G_N_ELEMENTS (column_weights)];
} RankData;

/* voc_rank(job_posting_fts): BM25's saturating term frequency and length normalisation per
 * column, weighted by column, without the inverse document frequency; negated, so that the
 * best match sorts first like FTS5's rank. */
static void
voc_rank (const Fts5ExtensionApi  *api,
          Fts5Context             *fts,
          sqlite3_context         *context,
          int                      n_values,
          sqlite3_value          **values)
{
  const double k1 = 1.2, b = 0.75;
  RankData *data = api->xGetAuxdata (fts, FALSE);
  int n_columns = MIN (api->xColumnCount (fts), (int) G_N_ELEMENTS (column_weights));
  int n_phrases = api->xPhraseCount (fts);
  double score = 0.0;

  if (data == NULL)
    {
      sqlite3_int64 n_rows = 0;

      data = g_new0 (RankData, 1);
      api->xRowCount (fts, &n_rows);
      for (int c = 0; c < n_columns; c++)
        {
          sqlite3_int64 total = 0;

          api->xColumnTotalSize (fts, c, &total);
          data->average_size[c] = n_rows > 0 ? MAX ((double) total / n_rows, 1.0) : 1.0;
        }
      api->xSetAuxdata (fts, data, g_free);
    }

  for (int p = 0; p < n_phrases; p++)
    {
      Fts5PhraseIter iter;
      int tf[G_N_ELEMENTS (column_weights)] = { 0 };
      int column, offset;

      for (api->xPhraseFirst (fts, p, &iter, &column, &offset); column >= 0;
           api->xPhraseNext (fts, &iter, &column, &offset))
        if (column < n_columns)
          tf[column]++;

      for (int c = 0; c < n_columns; c++)
        {
          int size = 0;

          if (tf[c] == 0)
            continue;
          api->xColumnSize (fts, c, &size);
          score += column_weights[c] * tf[c] * (k1 + 1) /
                   (tf[c] + k1 * (1 - b + b * size / data->average_size[c]));
        }
    }

  sqlite3_result_double (context, -score);
}

/* Registers voc_rank() on a connection that does not have it yet. */
static gboolean
ensure_rank_function (sqlite3  *handle,
                      GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  fts5_api *api = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle, "SELECT voc_rank(job_posting_fts) FROM job_posting_fts "
                                   "WHERE 0", -1, &stmt, NULL);
  sqlite3_finalize (stmt);
  if (rc == SQLITE_OK)
    return TRUE;

  rc = sqlite3_prepare_v2 (handle, "SELECT fts5(?1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_pointer (stmt, 1, &api, "fts5_api_ptr", NULL);
      sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);

  if (api == NULL || api->iVersion < 2 ||
      api->xCreateFunction (api, "voc_rank", NULL, voc_rank, NULL) != SQLITE_OK)
    {
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_FAILED,
                   _("Cannot rank the search results: %s"), sqlite3_errmsg (handle));
      return FALSE;
    }

  return TRUE;
}

/* The stored text of an enum value (its nick), or NULL for a value out of range. */
static const char *
enum_nick (GType type,
           int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* Enum classes are never unloaded: the nick stays valid. */
  g_type_class_unref (klass);
  return enum_value != NULL ? enum_value->value_nick : NULL;
}

/**
 * voc_job_query_is_searching:
 *
 * Returns: whether the search text has any word
 */
gboolean
voc_job_query_is_searching (const VocJobQuery *query)
{
  g_autofree char *fts = voc_store_fts_query (query->search);

  return fts != NULL;
}

/**
 * voc_job_query_count_active:
 *
 * Returns: how many of the filters (not the search, not the company) narrow the list
 */
guint
voc_job_query_count_active (const VocJobQuery *query)
{
  guint n = 0;

  if (query->remote_mode != VOC_REMOTE_MODE_UNKNOWN)
    n++;
  if (query->source >= 0)
    n++;
  if (query->min_yearly_cents >= 0)
    n++;
  if (query->only_with_salary)
    n++;
  if (query->has_application)
    n++;
  if (query->min_fit >= 0)
    n++;

  return n;
}

static void
add_condition (GString    *where,
               const char *format,
               ...) G_GNUC_PRINTF (2, 3);

static void
add_condition (GString    *where,
               const char *format,
               ...)
{
  va_list args;

  if (where->len > 0)
    g_string_append (where, " AND ");

  g_string_append_c (where, '(');
  va_start (args, format);
  g_string_append_vprintf (where, format, args);
  va_end (args);
  g_string_append_c (where, ')');
}

/**
 * voc_job_query_dup_where:
 *
 * The filters and the excluded postings as one condition over `t`, without the search.
 *
 * Returns: (transfer full) (nullable): an SQL condition, %NULL when nothing is filtered
 */
char *
voc_job_query_dup_where (const VocJobQuery *query)
{
  g_autoptr(GString) where = g_string_new (NULL);
  const char *nick;

  if (query->company_id > 0)
    add_condition (where, "t.company_id = %" G_GINT64_FORMAT, query->company_id);

  if (query->remote_mode != VOC_REMOTE_MODE_UNKNOWN &&
      (nick = enum_nick (VOC_TYPE_REMOTE_MODE, query->remote_mode)) != NULL)
    add_condition (where, "t.remote_mode = '%s'", nick);

  if (query->source >= 0 && (nick = enum_nick (VOC_TYPE_POSTING_SOURCE, query->source)) != NULL)
    add_condition (where, "t.source = '%s'", nick);

  if (query->only_with_salary)
    add_condition (where, "t.salary_yearly_max_cents IS NOT NULL OR "
                          "t.salary_yearly_min_cents IS NOT NULL");

  /* A posting is kept when its best pay reaches the floor; one that states no pay is kept
   * too (unless only postings with a salary are asked for): it may well pay enough. */
  if (query->min_yearly_cents >= 0)
    add_condition (where, "COALESCE(t.salary_yearly_max_cents, t.salary_yearly_min_cents) "
                          ">= %" G_GINT64_FORMAT " OR (t.salary_yearly_max_cents IS NULL AND "
                          "t.salary_yearly_min_cents IS NULL)",
                   query->min_yearly_cents);

  if (query->has_application)
    add_condition (where, "EXISTS (SELECT 1 FROM job_application a WHERE a.posting_id = t.id)");

  /* The library-level fit (no resume version); probed per posting, like the application, so
   * that the order still comes from an index. */
  if (query->min_fit >= 0)
    add_condition (where, "EXISTS (SELECT 1 FROM fit f WHERE f.posting_id = t.id AND "
                          "f.resume_version_id IS NULL AND f.score >= %d)",
                   CLAMP (query->min_fit, 0, 100));

  if (query->n_excluded > 0)
    {
      g_autoptr(GString) ids = g_string_new (NULL);

      for (guint i = 0; i < query->n_excluded; i++)
        g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? ", " : "",
                                query->excluded_ids[i]);
      add_condition (where, "t.id NOT IN (%s)", ids->str);
    }

  if (where->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&where), FALSE);
}

/* The salary a posting is sorted by: the top of its yearly range, the bottom when only that
 * is stated. Written exactly as in the indexes of migration 0005. */
#define SALARY_KEY "COALESCE(t.salary_yearly_max_cents, t.salary_yearly_min_cents)"
#define REMOTE_KEY "CASE t.remote_mode WHEN 'on-site' THEN 1 WHEN 'hybrid' THEN 2 " \
                   "WHEN 'remote' THEN 3"

/**
 * voc_job_query_dup_order_by:
 * @sort: the column to sort by
 * @descending: largest first
 *
 * Postings that lack the value sorted by (no company, no salary, no place, remote mode not
 * stated) come last in both directions. The id breaks ties in the same direction, so that
 * an index gives the whole order without sorting: at 100,000 postings that is a few
 * milliseconds against a few hundred. The expressions match the indexes of migrations 0004
 * and 0005 word for word; SQLite uses an index on an expression only then.
 *
 * Salaries in different currencies are never compared: no exchange rate is known, and
 * inventing one would mislead. The postings group by currency (alphabetically, those that
 * state no currency first) and sort by the yearly amount within each.
 *
 * Returns: (transfer full): an SQL ordering over `t` and `c`
 */
char *
voc_job_query_dup_order_by (VocJobSort sort,
                            gboolean   descending)
{
  const char *direction = descending ? "DESC" : "ASC";

  switch (sort)
    {
    case VOC_JOB_SORT_TITLE:
      return g_strdup_printf ("t.title COLLATE NOCASE %s, t.id %s", direction, direction);

    case VOC_JOB_SORT_COMPANY:
      return g_strdup_printf ("c.name COLLATE NOCASE %s NULLS LAST, t.id %s", direction,
                              direction);

    case VOC_JOB_SORT_LOCATION:
      /* Going down, the plain index read backwards ends with the NULLs. */
      if (descending)
        return g_strdup ("t.location COLLATE NOCASE DESC, t.id DESC");
      return g_strdup ("t.location IS NULL ASC, t.location COLLATE NOCASE ASC, t.id ASC");

    case VOC_JOB_SORT_REMOTE:
      /* From the office to home; "not stated" is 4 going up, NULL going down. */
      if (descending)
        return g_strdup (REMOTE_KEY " END DESC, t.id DESC");
      return g_strdup (REMOTE_KEY " ELSE 4 END ASC, t.id ASC");

    case VOC_JOB_SORT_SALARY:
      if (descending)
        return g_strdup (SALARY_KEY " IS NOT NULL DESC, t.salary_currency DESC, "
                         SALARY_KEY " DESC, t.id DESC");
      return g_strdup (SALARY_KEY " IS NULL ASC, t.salary_currency ASC, "
                       SALARY_KEY " ASC, t.id ASC");

    case VOC_JOB_SORT_ADDED:
      return g_strdup_printf ("t.created_at %s, t.id %s", direction, direction);

    case VOC_JOB_SORT_SOURCE:
      return g_strdup_printf ("t.source %s, t.id %s", direction, direction);

    case VOC_JOB_SORT_FIT:
      /* Only the postings without a fit, which voc_job_query_dup_sql() lists after the
       * others (see fit_sql()). */
    case VOC_JOB_SORT_DEFAULT:
    default:
      return g_strdup ("t.created_at DESC, t.id DESC");
    }
}

/* The fit order in one statement, from indexes only: the postings with a library-level fit
 * read from the fit_score index (best first going down, ties by id from the same index),
 * then those without one, newest first. An ORDER BY over a LEFT JOIN of the fit would sort
 * all 100,000 rows in a temporary B-tree; a compound ORDER BY would too, for its constant
 * columns. Each part is a subquery with its own order, kept by its LIMIT -1: SQLite drops
 * the ORDER BY of a subquery in FROM that has no LIMIT. The planner, without statistics,
 * prefers the index on resume_version_id and sorts: INDEXED BY names the one that orders. */
static char *
fit_sql (const VocJobQuery *query,
         const char        *condition)
{
  const char *fit_order = query->descending ? "f.score DESC, f.posting_id ASC"
                                            : "f.score ASC, f.posting_id DESC";
  const char *and = condition[0] != '\0' ? " AND " : "";
  g_autoptr(GString) sql = g_string_new (NULL);

  /* Every fit has its posting (the foreign key cascades): the postings are joined only for
   * a condition on them. At 100,000 postings and 60,000 fits the join alone takes the whole
   * order from 45 to 180 ms; a LEFT JOIN sorted in a temporary B-tree takes 80. */
  g_string_append_printf (sql, "SELECT id FROM (SELECT f.posting_id AS id "
                               "FROM fit f INDEXED BY fit_score%s "
                               "WHERE f.resume_version_id IS NULL AND f.score >= %d%s%s "
                               "ORDER BY %s LIMIT -1)",
                          condition[0] != '\0' ? " JOIN job_posting t ON t.id = f.posting_id"
                                                : "",
                          CLAMP (query->min_fit, 0, 100), and, condition, fit_order);

  /* A minimum fit leaves out every posting without one. */
  if (query->min_fit < 0)
    g_string_append_printf (sql, " UNION ALL "
                                 "SELECT id FROM (SELECT t.id AS id FROM job_posting t "
                                 "WHERE NOT EXISTS (SELECT 1 FROM fit f "
                                 "WHERE f.posting_id = t.id AND f.resume_version_id IS NULL)%s%s "
                                 "ORDER BY t.created_at DESC, t.id DESC LIMIT -1)",
                            and, condition);

  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/**
 * voc_job_query_dup_sql:
 * @order: how to order: %VOC_JOB_ORDER_COLUMN for the query's sort, or, for a search, best
 *   match first or newest first (see voc_job_query_plan())
 *
 * Returns: (transfer full): a query of the ids of the postings in order, whose parameter
 *   `?1`, when it has one, is the full-text query
 */
char *
voc_job_query_dup_sql (const VocJobQuery *query,
                       VocJobOrder        order)
{
  g_autofree char *where = voc_job_query_dup_where (query);
  gboolean searching = voc_job_query_is_searching (query);

  if (!searching || order == VOC_JOB_ORDER_COLUMN)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (VOC_TYPE_JOB_POSTING);
      g_autofree char *order_by = voc_job_query_dup_order_by (query->sort, query->descending);
      g_autoptr(GString) condition = g_string_new (where);

      if (searching)
        add_condition (condition, "t.id IN (SELECT rowid FROM job_posting_fts "
                                  "WHERE job_posting_fts MATCH ?1)");

      if (query->sort == VOC_JOB_SORT_FIT)
        return fit_sql (query, condition->str);

      return g_strdup_printf ("SELECT t.id FROM %s%s%s ORDER BY %s",
                              voc_entity_class_get_from (VOC_ENTITY_CLASS (klass)),
                              condition->len > 0 ? " WHERE " : "", condition->str, order_by);
    }

  /* No filter: the index alone. */
  if (where == NULL)
    return g_strdup_printf ("SELECT rowid FROM job_posting_fts WHERE job_posting_fts MATCH ?1 "
                            "ORDER BY %s",
                            order == VOC_JOB_ORDER_RANK
                              ? "voc_rank(job_posting_fts), rowid DESC" : "rowid DESC");

  if (order == VOC_JOB_ORDER_RANK)
    return g_strdup_printf ("SELECT t.id FROM (SELECT rowid, voc_rank(job_posting_fts) AS rank "
                            "FROM job_posting_fts WHERE job_posting_fts MATCH ?1) m "
                            "JOIN job_posting t ON t.id = m.rowid "
                            "WHERE %s ORDER BY m.rank, t.id DESC", where);

  return g_strdup_printf ("SELECT t.id FROM job_posting t "
                          "WHERE t.id IN (SELECT rowid FROM job_posting_fts "
                          "WHERE job_posting_fts MATCH ?1) AND (%s) ORDER BY t.id DESC", where);
}

/* A wide search without filters is counted, and its ids read a page at a time in rowid order
 * as the view scrolls (voc_entity_list_new_paged()): counting 100,000 matches takes a few
 * milliseconds, reading all their ids 15–30. */
#define PAGED_COUNT_SQL "SELECT count(*) FROM job_posting_fts WHERE job_posting_fts MATCH ?1"
#define PAGED_PAGE_SQL  "SELECT rowid FROM job_posting_fts WHERE job_posting_fts MATCH ?1 " \
                        "AND rowid < ?2 ORDER BY rowid DESC LIMIT ?3"
#define FIRST_PAGE      256

static gboolean
is_paged (const VocJobQuery *query,
          VocJobOrder        order)
{
  g_autofree char *where = NULL;

  if (order != VOC_JOB_ORDER_RECENT)
    return FALSE;

  where = voc_job_query_dup_where (query);
  return where == NULL;
}

/* voc_job_query_plan() on a connection of any thread. */
static char *
plan (const VocJobQuery  *query,
      sqlite3            *handle,
      VocJobOrder        *order_out,
      char              **fts_out,
      GError            **error)
{
  g_autofree char *fts = voc_store_fts_query_for (handle, "job_posting_fts", query->search);
  VocJobOrder order = VOC_JOB_ORDER_COLUMN;

  if (fts != NULL && query->sort == VOC_JOB_SORT_DEFAULT)
    {
      gint64 n = voc_store_fts_count_matches (handle, "job_posting_fts", fts,
                                              VOC_STORE_RANK_LIMIT, error);

      if (n < 0)
        return NULL;
      order = n <= VOC_STORE_RANK_LIMIT ? VOC_JOB_ORDER_RANK : VOC_JOB_ORDER_RECENT;
      if (order == VOC_JOB_ORDER_RANK && !ensure_rank_function (handle, error))
        return NULL;
    }

  if (order_out != NULL)
    *order_out = order;
  if (fts_out != NULL)
    *fts_out = g_steal_pointer (&fts);

  return voc_job_query_dup_sql (query, order);
}

/**
 * voc_job_query_plan:
 * @order: (out) (optional): how the postings will be ordered
 * @fts_query: (out) (optional) (transfer full): the full-text query to bind to `?1`, %NULL
 *   when not searching
 *
 * Decides how to order the postings of @query (a search matching many postings is not
 * ranked: see the top of this file) and writes the SQL of their ids.
 *
 * Returns: (transfer full): the SQL, or %NULL with @error set
 */
char *
voc_job_query_plan (const VocJobQuery  *query,
                    VocDatabase        *database,
                    VocJobOrder        *order,
                    char              **fts_query,
                    GError            **error)
{
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (VOC_IS_DATABASE (database), NULL);

  return plan (query, voc_database_get_handle (database), order, fts_query, error);
}

/**
 * voc_job_sort_from_string:
 * @key: (nullable): "title", "company", "location", "remote", "salary", "added", "source"
 *   or "fit"
 *
 * Returns: the sort of a column, %VOC_JOB_SORT_DEFAULT for anything else
 */
VocJobSort
voc_job_sort_from_string (const char *key)
{
  static const struct
  {
    const char *key;
    VocJobSort  sort;
  } keys[] = {
    { "title", VOC_JOB_SORT_TITLE },
    { "company", VOC_JOB_SORT_COMPANY },
    { "location", VOC_JOB_SORT_LOCATION },
    { "remote", VOC_JOB_SORT_REMOTE },
    { "salary", VOC_JOB_SORT_SALARY },
    { "added", VOC_JOB_SORT_ADDED },
    { "source", VOC_JOB_SORT_SOURCE },
    { "fit", VOC_JOB_SORT_FIT },
  };

  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (keys); i++)
    if (g_str_equal (key, keys[i].key))
      return keys[i].sort;

  return VOC_JOB_SORT_DEFAULT;
}

/* The tables a list of postings follows: the company's name is shown, whether a posting
 * has an application decides the application filter, and its fit the fit order and filter.
 * A long list reads its ids again in a worker after a change: its connection needs the
 * ranking function. */
static void
watch_tables (VocEntityList     *list,
              const VocJobQuery *query)
{
  voc_entity_list_set_connection_setup (list, ensure_rank_function);
  voc_entity_list_watch_table (list, "company");
  if (query->has_application)
    voc_entity_list_watch_table (list, "job_application");
  if (query->sort == VOC_JOB_SORT_FIT || query->min_fit >= 0)
    voc_entity_list_watch_table (list, "fit");
}

/**
 * voc_job_repository_lookup_fit:
 * @posting_id: the id of a posting
 *
 * The library-level fit of one posting, for a row on screen: one lookup in the fit index,
 * so that the Jobs page never loads the fits of rows it does not show.
 *
 * Returns: the score, 0–100, or -1 when the posting has no fit (or it cannot be read)
 */
int
voc_job_repository_lookup_fit (VocJobRepository *self,
                               gint64            posting_id)
{
  sqlite3 *handle;
  sqlite3_stmt *stmt = NULL;
  int score = -1;
  int rc;

  g_return_val_if_fail (VOC_IS_JOB_REPOSITORY (self), -1);

  handle = voc_database_get_handle (voc_repository_get_database (VOC_REPOSITORY (self)));
  rc = sqlite3_prepare_v3 (handle, "SELECT score FROM fit WHERE posting_id = ?1 AND "
                                   "resume_version_id IS NULL", -1, 0, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, posting_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        score = sqlite3_column_int (stmt, 0);
    }

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    g_warning ("Cannot read the fit of posting %" G_GINT64_FORMAT ": %s", posting_id,
               sqlite3_errmsg (handle));

  sqlite3_finalize (stmt);
  return score;
}

/**
 * voc_job_repository_list_query:
 *
 * Lists the postings of @query on the calling thread, with the repository's connection.
 *
 * Returns: (transfer full): a live list, or %NULL with @error set
 */
VocEntityList *
voc_job_repository_list_query (VocJobRepository   *self,
                               const VocJobQuery  *query,
                               GError            **error)
{
  VocDatabase *database;
  g_autofree char *sql = NULL;
  g_autofree char *fts = NULL;
  VocJobOrder order = VOC_JOB_ORDER_COLUMN;
  VocEntityList *list;

  g_return_val_if_fail (VOC_IS_JOB_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  database = voc_repository_get_database (VOC_REPOSITORY (self));
  sql = voc_job_query_plan (query, database, &order, &fts, error);
  if (sql == NULL)
    return NULL;

  if (is_paged (query, order))
    list = voc_entity_list_new_paged (database, VOC_TYPE_JOB_POSTING, PAGED_COUNT_SQL,
                                      PAGED_PAGE_SQL, fts, NULL, 0);
  else
    list = voc_entity_list_new_for_sql (database, VOC_TYPE_JOB_POSTING, sql, fts);
  watch_tables (list, query);
  return list;
}

/* Listing in a worker thread. */

typedef struct
{
  /* In: a copy of the query, and the database file. */
  VocJobQuery  query;
  char        *search;
  GArray      *excluded;      /* gint64 */
  char        *path;

  /* Out. */
  char        *sql;
  char        *fts;
  GArray      *ids;           /* gint64; the first page of a paged list */
  gboolean     paged;
  guint        n_total;

  /* On the main thread: whether a write was committed while the worker read. */
  VocDatabase *database;
  gulong       handler;
  gboolean     changed;
} ListData;

static void
list_data_free (ListData *data)
{
  if (data->handler != 0)
    g_signal_handler_disconnect (data->database, data->handler);
  g_clear_object (&data->database);
  g_clear_pointer (&data->search, g_free);
  g_clear_pointer (&data->excluded, g_array_unref);
  g_clear_pointer (&data->path, g_free);
  g_clear_pointer (&data->sql, g_free);
  g_clear_pointer (&data->fts, g_free);
  g_clear_pointer (&data->ids, g_array_unref);
  g_free (data);
}

static void
on_rows_changed_cb (VocDatabase *database,
                    const char  *table,
                    GArray      *changes,
                    ListData    *data)
{
  data->changed = TRUE;
}

/* Reads the ids @sql selects; with @limit > 0, the page query's first page. */
static gboolean
read_ids (sqlite3      *handle,
          const char   *sql,
          const char   *fts,
          guint         limit,
          GArray       *ids,
          GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      if (fts != NULL)
        sqlite3_bind_text (stmt, 1, fts, -1, SQLITE_TRANSIENT);
      if (limit > 0)
        {
          sqlite3_bind_int64 (stmt, 2, G_MAXINT64);
          sqlite3_bind_int64 (stmt, 3, limit);
        }

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
        }
    }

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, VOC_DATABASE_ERROR,
                   rc == SQLITE_BUSY ? VOC_DATABASE_ERROR_BUSY : VOC_DATABASE_ERROR_FAILED,
                   _("Cannot list the job postings: %s"), sqlite3_errmsg (handle));
      sqlite3_finalize (stmt);
      return FALSE;
    }

  sqlite3_finalize (stmt);
  return TRUE;
}

/* Stops the worker's statement as soon as its list is no longer wanted: a search typed a
 * letter at a time starts a list per letter, and only the last one matters. */
static int
progress_cb (void *user_data)
{
  return g_cancellable_is_cancelled (G_CANCELLABLE (user_data)) ? 1 : 0;
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ListData *data = task_data;
  g_autoptr(GError) error = NULL;
  VocJobOrder order = VOC_JOB_ORDER_COLUMN;
  sqlite3 *handle = NULL;
  int rc;

  /* A connection of its own: the main thread keeps using the application's. In WAL mode a
   * reader neither waits for nor blocks the writer. */
  rc = sqlite3_open_v2 (data->path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_task_return_new_error (task, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_FAILED,
                               _("Cannot read “%s”: %s"), data->path,
                               handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc));
      sqlite3_close (handle);
      return;
    }
  sqlite3_busy_timeout (handle, 5000);
  /* It reads an index once, in order: a page cache would only hold on to memory. */
  sqlite3_exec (handle, "PRAGMA cache_size = -256", NULL, NULL, NULL);
  if (cancellable != NULL)
    sqlite3_progress_handler (handle, 1000, progress_cb, cancellable);

  data->sql = plan (&data->query, handle, &order, &data->fts, &error);
  if (data->sql != NULL)
    {
      data->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      data->paged = is_paged (&data->query, order);
      if (data->paged)
        {
          g_autoptr(GArray) count = g_array_new (FALSE, FALSE, sizeof (gint64));

          if (read_ids (handle, PAGED_COUNT_SQL, data->fts, 0, count, &error) &&
              read_ids (handle, PAGED_PAGE_SQL, data->fts, FIRST_PAGE, data->ids, &error))
            data->n_total = (guint) CLAMP (g_array_index (count, gint64, 0), 0, G_MAXUINT);
        }
      else
        read_ids (handle, data->sql, data->fts, 0, data->ids, &error);
    }

  /* A statement stopped by progress_cb() fails with "interrupted": say what happened. */
  if (!g_task_return_error_if_cancelled (task))
    {
      if (error != NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_boolean (task, TRUE);
    }

  sqlite3_close (handle);
}

/**
 * voc_job_repository_list_query_async:
 *
 * Lists the postings of @query like voc_job_repository_list_query(), but reads their ids
 * in a worker thread, with a read-only connection of its own: at 100,000 postings that is
 * 10–70 ms the main thread does not wait for. Only the list itself is made on the main
 * thread; a write committed meanwhile is seen by reading the ids again, like any change.
 */
void
voc_job_repository_list_query_async (VocJobRepository    *self,
                                     const VocJobQuery   *query,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  VocDatabase *database;
  ListData *data;

  g_return_if_fail (VOC_IS_JOB_REPOSITORY (self));
  g_return_if_fail (query != NULL);

  database = voc_repository_get_database (VOC_REPOSITORY (self));

  data = g_new0 (ListData, 1);
  data->query = *query;
  data->search = g_strdup (query->search);
  data->query.search = data->search;
  data->excluded = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (query->n_excluded > 0)
    g_array_append_vals (data->excluded, query->excluded_ids, query->n_excluded);
  data->query.excluded_ids = (const gint64 *) (gpointer) data->excluded->data;
  data->path = g_strdup (voc_database_get_path (database));
  data->database = g_object_ref (database);
  data->handler = g_signal_connect (database, "rows-changed",
                                    G_CALLBACK (on_rows_changed_cb), data);

  /* No source object: the worker must not hold the last reference to the repository. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_job_repository_list_query_async);
  g_task_set_task_data (task, data, (GDestroyNotify) list_data_free);
  g_task_run_in_thread (task, list_thread);
}

/**
 * voc_job_repository_list_query_finish:
 *
 * Returns: (transfer full): a live list, or %NULL with @error set
 */
VocEntityList *
voc_job_repository_list_query_finish (VocJobRepository  *self,
                                      GAsyncResult      *result,
                                      GError           **error)
{
  ListData *data;
  VocEntityList *list;

  g_return_val_if_fail (VOC_IS_JOB_REPOSITORY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        voc_job_repository_list_query_async, NULL);

  data = g_task_get_task_data (G_TASK (result));
  g_clear_signal_handler (&data->handler, data->database);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  /* The list reads its ids again on this thread's connection when the tables change. */
  if (data->fts != NULL &&
      !ensure_rank_function (voc_database_get_handle (data->database), error))
    return NULL;

  if (data->paged)
    list = voc_entity_list_new_paged (data->database, VOC_TYPE_JOB_POSTING, PAGED_COUNT_SQL,
                                      PAGED_PAGE_SQL, data->fts, data->ids, data->n_total);
  else
    list = voc_entity_list_new_with_ids (data->database, VOC_TYPE_JOB_POSTING, data->sql,
                                         data->fts, data->ids);
  watch_tables (list, &data->query);

  /* The worker read before a write that the list was not there to hear of: read again,
   * in a worker too when the list is long. */
  if (data->changed)
    voc_entity_list_queue_refresh (list);

  return list;
}
