/* voc-resume-dates.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * VocDateRange:
 * @start: the start as a partial ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or ""
 * @end: the end as a partial ISO date; "" when the range is current, open or its end was
 *   rejected
 * @current: whether the range runs to the present ("– Present", "since 2021", "bis heute")
 * @match_start: byte offset in the text where the date (range) starts
 * @match_end: byte offset just after it
 * @end_rejected: the range had an end before its start ("2019–2017"); only the start is kept
 *
 * A date range as written on a résumé, and where it was found in a line.
 */
typedef struct
{
  char     start[11];
  char     end[11];
  gboolean current;
  guint    match_start;
  guint    match_end;
  gboolean end_rejected;
} VocDateRange;

gboolean voc_resume_date_parse       (const char   *text,
                                      char          out[11]);
gboolean voc_resume_date_range_find  (const char   *text,
                                      VocDateRange *range);
gboolean voc_resume_date_looks_like  (const char   *text);

G_END_DECLS
