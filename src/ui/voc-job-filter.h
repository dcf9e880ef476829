/* voc-job-filter.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "voc-enums.h"

G_BEGIN_DECLS

/* What the Jobs page lists, turned into the SQL the store's lists take. Pure functions, no
 * GTK and no database: tested without a display. */

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
} VocJobSort;

/**
 * VocJobFilter:
 * @search: what the user typed in the search entry, or %NULL
 * @remote_mode: only postings of this mode; %VOC_REMOTE_MODE_UNKNOWN for any
 * @source: only postings of this #VocPostingSource; -1 for any
 * @min_yearly_cents: only postings paying at least this much a year (postings that state
 *   no salary are kept unless @only_with_salary); -1 for no floor
 * @only_with_salary: only postings that state a salary
 * @has_application: only postings with an application
 * @company_id: only postings of this company; 0 for any
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
} VocJobFilter;

#define VOC_JOB_FILTER_INIT { NULL, VOC_REMOTE_MODE_UNKNOWN, -1, -1, FALSE, FALSE, 0 }

char       *voc_job_filter_fts_query     (const char         *text);
guint       voc_job_filter_count_active  (const VocJobFilter *filter);
gboolean    voc_job_filter_is_searching  (const VocJobFilter *filter);
char       *voc_job_filter_dup_where     (const VocJobFilter *filter,
                                          gboolean            with_search,
                                          VocJobSort          sort,
                                          const gint64       *excluded_ids,
                                          guint               n_excluded);
char       *voc_job_filter_dup_order_by  (VocJobSort          sort,
                                          gboolean            descending);
char       *voc_job_filter_dup_ranked_sql (const char        *from,
                                          const char         *where);
VocJobSort  voc_job_sort_from_string     (const char         *key);

G_END_DECLS
