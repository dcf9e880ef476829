/* voc-job-filter.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-job-filter"

#include "config.h"

#include "voc-enum-types.h"
#include "voc-job-filter.h"

/*
 * The Jobs page sorts and filters in SQL, never in GTK: with 100,000 postings only the
 * database can order the ids without loading the rows. These helpers write the `where` and
 * `order_by` fragments that voc_repository_list_where() takes, over the posting table aliased
 * `t` and the company table joined as `c`. The one text parameter, `?1`, is always the
 * full-text query; every other value is a number or an enum nick, formatted in here, never
 * text the user typed.
 */

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
 * voc_job_filter_fts_query:
 * @text: (nullable): what the user typed
 *
 * Turns a search into an FTS5 query the way the store does: every word must appear, the last
 * one as a prefix (the user is still typing it); each word is quoted, so that FTS5 syntax
 * characters in the text are harmless.
 *
 * Returns: (transfer full) (nullable): the query, %NULL when @text has no words
 */
char *
voc_job_filter_fts_query (const char *text)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) query = NULL;

  if (text == NULL)
    return NULL;

  query = g_string_new (NULL);
  words = g_strsplit_set (text, " \t\n\r", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;
      g_autofree char *escaped = NULL;

      if (*words[i] == '\0')
        continue;

      parts = g_strsplit (words[i], "\"", -1);
      escaped = g_strjoinv ("\"\"", parts);
      g_string_append_printf (query, "%s\"%s\"", query->len > 0 ? " " : "", escaped);
    }

  if (query->len == 0)
    return NULL;

  g_string_append_c (query, '*');
  return g_string_free (g_steal_pointer (&query), FALSE);
}

/**
 * voc_job_filter_is_searching:
 *
 * Returns: whether the search text has any word
 */
gboolean
voc_job_filter_is_searching (const VocJobFilter *filter)
{
  g_autofree char *query = voc_job_filter_fts_query (filter->search);

  return query != NULL;
}

/**
 * voc_job_filter_count_active:
 *
 * Returns: how many of the filters (not the search, not the company) narrow the list
 */
guint
voc_job_filter_count_active (const VocJobFilter *filter)
{
  guint n = 0;

  if (filter->remote_mode != VOC_REMOTE_MODE_UNKNOWN)
    n++;
  if (filter->source >= 0)
    n++;
  if (filter->min_yearly_cents >= 0)
    n++;
  if (filter->only_with_salary)
    n++;
  if (filter->has_application)
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
 * voc_job_filter_dup_where:
 * @with_search: whether to add the full-text match on `?1` (not when the caller joins the
 *   index itself to rank the matches)
 * @sort: the order the list will have
 * @excluded_ids: (array length=n_excluded) (nullable): postings to leave out (deleted, with
 *   an undo pending)
 *
 * Returns: (transfer full) (nullable): an SQL condition over `t`, %NULL when nothing is
 *   filtered
 */
char *
voc_job_filter_dup_where (const VocJobFilter *filter,
                          gboolean            with_search,
                          VocJobSort          sort,
                          const gint64       *excluded_ids,
                          guint               n_excluded)
{
  g_autoptr(GString) where = g_string_new (NULL);
  const char *nick;

  /* No index gives these orders, so every row is read. Without a condition on the table,
   * SQLite reads it through the company index (for the join), in company order: a random
   * read per row, three times slower at 100,000 postings than reading it in rowid order,
   * which this condition, true of every row, makes it do. */
  if (sort == VOC_JOB_SORT_LOCATION || sort == VOC_JOB_SORT_REMOTE)
    add_condition (where, "t.id > 0");

  if (with_search && voc_job_filter_is_searching (filter))
    add_condition (where, "t.id IN (SELECT rowid FROM job_posting_fts "
                          "WHERE job_posting_fts MATCH ?1)");

  if (filter->company_id > 0)
    add_condition (where, "t.company_id = %" G_GINT64_FORMAT, filter->company_id);

  if (filter->remote_mode != VOC_REMOTE_MODE_UNKNOWN &&
      (nick = enum_nick (VOC_TYPE_REMOTE_MODE, filter->remote_mode)) != NULL)
    add_condition (where, "t.remote_mode = '%s'", nick);

  if (filter->source >= 0 && (nick = enum_nick (VOC_TYPE_POSTING_SOURCE, filter->source)) != NULL)
    add_condition (where, "t.source = '%s'", nick);

  if (filter->only_with_salary)
    add_condition (where, "t.salary_yearly_max_cents IS NOT NULL OR "
                          "t.salary_yearly_min_cents IS NOT NULL");

  /* A posting is kept when its best pay reaches the floor; one that states no pay is kept
   * too (unless only postings with a salary are asked for): it may well pay enough. */
  if (filter->min_yearly_cents >= 0)
    add_condition (where, "COALESCE(t.salary_yearly_max_cents, t.salary_yearly_min_cents) "
                          ">= %" G_GINT64_FORMAT " OR (t.salary_yearly_max_cents IS NULL AND "
                          "t.salary_yearly_min_cents IS NULL)",
                   filter->min_yearly_cents);

  if (filter->has_application)
    add_condition (where, "EXISTS (SELECT 1 FROM job_application a WHERE a.posting_id = t.id)");

  if (n_excluded > 0)
    {
      g_autoptr(GString) ids = g_string_new (NULL);

      for (guint i = 0; i < n_excluded; i++)
        g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? ", " : "",
                                excluded_ids[i]);
      add_condition (where, "t.id NOT IN (%s)", ids->str);
    }

  if (where->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&where), FALSE);
}

/**
 * voc_job_filter_dup_order_by:
 * @sort: the column to sort by
 * @descending: largest first
 *
 * Postings that lack the value sorted by (no company, no salary, no place, remote mode not
 * stated) come last in both directions. The id breaks ties in the same direction, so that an
 * index on the column (title, salary, date added, source) gives the whole order without
 * sorting: at 100,000 postings that is a few milliseconds against a few hundred.
 *
 * Returns: (transfer full): an SQL ordering over `t` and `c`
 */
char *
voc_job_filter_dup_order_by (VocJobSort sort,
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
      return g_strdup_printf ("t.location COLLATE NOCASE %s NULLS LAST, t.id %s",
                              direction, direction);

    case VOC_JOB_SORT_REMOTE:
      /* From the office to home; "not stated" is NULL. */
      return g_strdup_printf ("CASE t.remote_mode WHEN 'on-site' THEN 1 WHEN 'hybrid' THEN 2 "
                              "WHEN 'remote' THEN 3 END %s NULLS LAST, t.id %s",
                              direction, direction);

    case VOC_JOB_SORT_SALARY:
      /* The top of the range, normalised to a year, which has an index. */
      return g_strdup_printf ("t.salary_yearly_max_cents %s NULLS LAST, t.id %s", direction,
                              direction);

    case VOC_JOB_SORT_ADDED:
      return g_strdup_printf ("t.created_at %s, t.id %s", direction, direction);

    case VOC_JOB_SORT_SOURCE:
      return g_strdup_printf ("t.source %s, t.id %s", direction, direction);

    case VOC_JOB_SORT_DEFAULT:
    default:
      return g_strdup ("t.created_at DESC, t.id DESC");
    }
}

/**
 * voc_job_filter_dup_ranked_sql:
 * @from: the posting query's FROM clause (voc_entity_class_get_from())
 * @where: (nullable): a condition from voc_job_filter_dup_where() without the search
 *
 * The matches of the full-text query `?1`, best first, as one join with the index: ranking
 * them in a correlated subquery would run the match once per row.
 *
 * Returns: (transfer full): a query of the posting ids in order
 */
char *
voc_job_filter_dup_ranked_sql (const char *from,
                               const char *where)
{
  return g_strdup_printf ("SELECT t.id FROM %s "
                          "JOIN job_posting_fts ON job_posting_fts.rowid = t.id "
                          "WHERE job_posting_fts MATCH ?1%s%s%s "
                          "ORDER BY job_posting_fts.rank, t.id DESC",
                          from, where != NULL ? " AND (" : "", where != NULL ? where : "",
                          where != NULL ? ")" : "");
}

/**
 * voc_job_sort_from_string:
 * @key: (nullable): "title", "company", "location", "remote", "salary", "added" or "source"
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
  };

  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (keys); i++)
    if (g_str_equal (key, keys[i].key))
      return keys[i].sort;

  return VOC_JOB_SORT_DEFAULT;
}
