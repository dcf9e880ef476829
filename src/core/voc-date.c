/* voc-date.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-date"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "voc-date.h"

/* A résumé date is often only a year or a month ("2019", "2020-03"); it is kept as text
 * in that form rather than invented into a full date. */
gboolean
voc_partial_date_is_valid (const char *text)
{
  gsize len;
  int year, month = 1, day = 1;

  if (text == NULL)
    return FALSE;

  len = strlen (text);
  if (len != 4 && len != 7 && len != 10)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      gboolean dash = (i == 4 || i == 7);

      if (dash ? text[i] != '-' : !g_ascii_isdigit (text[i]))
        return FALSE;
    }

  year = atoi (text);
  if (len >= 7)
    month = atoi (text + 5);
  if (len == 10)
    day = atoi (text + 8);

  if (year < 1900 || year > 2200 || month < 1 || month > 12)
    return FALSE;

  return day >= 1 && day <= g_date_get_days_in_month (month, year);
}

/* Orders partial dates as text: "2019" sorts before "2019-01", which is what a list of
 * experiences wants. NULL (an open end) sorts last. */
int
voc_partial_date_compare (const char *a,
                          const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);

  return strcmp (a, b);
}

/* Timestamps are stored in UTC with microseconds and a fixed width, so that text order is
 * time order in SQL. */
char *
voc_date_time_to_iso8601 (GDateTime *dt)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (dt != NULL, NULL);

  utc = g_date_time_to_utc (dt);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.%fZ");
}

GDateTime *
voc_date_time_from_iso8601 (const char *text)
{
  g_autoptr(GTimeZone) utc = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  utc = g_time_zone_new_utc ();
  return g_date_time_new_from_iso8601 (text, utc);
}

GDateTime *
voc_date_time_now_utc (void)
{
  return g_date_time_new_now_utc ();
}
