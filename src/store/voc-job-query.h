/* voc-job-query.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "voc-entity-list.h"
#include "voc-enums.h"
#include "voc-repositories.h"

G_BEGIN_DECLS

/* What the Jobs page lists (a search, filters, an order), and the SQL that lists it. */

typedef enum
{
  VOC_JOB_SORT_DEFAULT,   /* newest first; best match first while searching */
  VOC_JOB_SORT_TITLE,
  VOC_JOB_SORT_COMPANY,
  VOC_JOB_SORT_LOCATION,
  VOC_JOB_SORT_REMOTE,
  VOC_JOB_SORT_SALARY,
  VOC_JOB_SORT_ADDED,
  VOC_JOB_SORT_SOURCE,
  VOC_JOB_SORT_FIT,       /* descending: best first; postings without a fit last, newest first */
} VocJobSort;

/**
 * VocJobQuery:
 * @search: what the user typed in the search entry, or %NULL
 * @remote_mode: only postings of this mode; %VOC_REMOTE_MODE_UNKNOWN for any
 * @source: only postings of this #VocPostingSource; -1 for any
 * @min_yearly_cents: only postings paying at least this much a year (postings that state
 *   no salary are kept unless @only_with_salary); -1 for no floor
 * @only_with_salary: only postings that state a salary
 * @has_application: only postings with an application
 * @company_id: only postings of this company; 0 for any
 * @sort: the column to sort by
 * @descending: largest first
 * @excluded_ids: (array length=n_excluded) (nullable): postings to leave out (deleted,
 *   with an undo pending)
 * @n_excluded: the length of @excluded_ids
 * @min_fit: only postings whose library fit scores at least this much (0–100); -1 for any
 *
 * Plain data; the caller owns the strings and the array.
 */
typedef struct
{
  const char    *search;
  VocRemoteMode  remote_mode;
  int            source;
  gint64         min_yearly_cents;
  gboolean       only_with_salary;
  gboolean       has_application;
  gint64         company_id;
  VocJobSort     sort;
  gboolean       descending;
  const gint64  *excluded_ids;
  guint          n_excluded;
  int            min_fit;
} VocJobQuery;

#define VOC_JOB_QUERY_INIT \
  { NULL, VOC_REMOTE_MODE_UNKNOWN, -1, -1, FALSE, FALSE, 0, VOC_JOB_SORT_DEFAULT, FALSE, NULL, 0, -1 }

/**
 * VocJobOrder:
 * @VOC_JOB_ORDER_COLUMN: by the query's sort column
 * @VOC_JOB_ORDER_RANK: best match first (bm25)
 * @VOC_JOB_ORDER_RECENT: a search that matches too many postings to rank them in time:
 *   newest first
 *
 * How a query's postings are ordered, decided by voc_job_query_dup_sql().
 */
typedef enum
{
  VOC_JOB_ORDER_COLUMN,
  VOC_JOB_ORDER_RANK,
  VOC_JOB_ORDER_RECENT,
} VocJobOrder;

guint          voc_job_query_count_active    (const VocJobQuery  *query);
gboolean       voc_job_query_is_searching    (const VocJobQuery  *query);
char          *voc_job_query_dup_where       (const VocJobQuery  *query);
char          *voc_job_query_dup_order_by    (VocJobSort          sort,
                                              gboolean            descending);
char          *voc_job_query_dup_sql         (const VocJobQuery  *query,
                                              VocJobOrder         order);
char          *voc_job_query_plan            (const VocJobQuery  *query,
                                              VocDatabase        *database,
                                              VocJobOrder        *order,
                                              char              **fts_query,
                                              GError            **error);
VocJobSort     voc_job_sort_from_string      (const char         *key);

int            voc_job_repository_lookup_fit (VocJobRepository   *self,
                                              gint64              posting_id);

VocEntityList *voc_job_repository_list_query (VocJobRepository   *self,
                                              const VocJobQuery  *query,
                                              GError            **error);
void           voc_job_repository_list_query_async  (VocJobRepository    *self,
                                                     const VocJobQuery   *query,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
VocEntityList *voc_job_repository_list_query_finish (VocJobRepository    *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

G_END_DECLS
