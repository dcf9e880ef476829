/* bench-util.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Small helpers the benchmark programs share: a monotonic clock in milliseconds and order
 * statistics over a GArray of doubles. Header-only (static inline), so that each benchmark
 * stays one source file.
 */

#pragma once

#include <glib.h>
#include <stdlib.h>
#include <time.h>

G_BEGIN_DECLS

static inline double
bench_now_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_MONOTONIC, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

static inline int
bench_compare_doubles (const void *a,
                       const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The @q quantile (0 ≤ @q ≤ 1) of @values, by linear interpolation between the closest
 * ranks (as numpy's default); 0 for an empty array. @values is not changed. */
static inline double
bench_quantile (GArray *values,
                double  q)
{
  g_autoptr(GArray) sorted = NULL;
  double rank;
  guint low;

  if (values == NULL || values->len == 0)
    return 0;

  sorted = g_array_copy (values);
  qsort (sorted->data, sorted->len, sizeof (double), bench_compare_doubles);

  rank = q * (sorted->len - 1);
  low = (guint) rank;
  if (low + 1 >= sorted->len)
    return g_array_index (sorted, double, sorted->len - 1);

  return g_array_index (sorted, double, low) +
         (rank - low) * (g_array_index (sorted, double, low + 1) -
                         g_array_index (sorted, double, low));
}

static inline double
bench_median (GArray *values)
{
  return bench_quantile (values, 0.5);
}

static inline double
bench_max (GArray *values)
{
  double result = 0;

  for (guint i = 0; values != NULL && i < values->len; i++)
    result = MAX (result, g_array_index (values, double, i));

  return result;
}

static inline double
bench_min (GArray *values)
{
  double result = G_MAXDOUBLE;

  for (guint i = 0; values != NULL && i < values->len; i++)
    result = MIN (result, g_array_index (values, double, i));

  return values != NULL && values->len > 0 ? result : 0;
}

static inline void
bench_append (GArray *values,
              double  value)
{
  g_array_append_val (values, value);
}

static inline GArray *
bench_values_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (double));
}

G_END_DECLS
