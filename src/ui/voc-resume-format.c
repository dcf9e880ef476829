/* voc-resume-format.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-format"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "voc-format.h"
#include "voc-resume-dates.h"
#include "voc-resume-format.h"

/**
 * voc_resume_format_bullet_type:
 *
 * Returns: "Achievement" … "Other"
 */
const char *
voc_resume_format_bullet_type (VocBulletType type)
{
  switch (type)
    {
    case VOC_BULLET_TYPE_RESPONSIBILITY:
      return C_("bullet type", "Responsibility");
    case VOC_BULLET_TYPE_LEADERSHIP:
      return C_("bullet type", "Leadership");
    case VOC_BULLET_TYPE_TECHNICAL:
      return C_("bullet type", "Technical");
    case VOC_BULLET_TYPE_OTHER:
      return C_("bullet type", "Other");
    case VOC_BULLET_TYPE_ACHIEVEMENT:
    default:
      return C_("bullet type", "Achievement");
    }
}

/**
 * voc_resume_format_remote:
 *
 * Returns: what the candidate prefers: "On-site", "Hybrid", "Remote", or "" when unknown
 */
const char *
voc_resume_format_remote (VocRemoteMode mode)
{
  if (mode == VOC_REMOTE_MODE_UNKNOWN)
    return "";

  return voc_format_remote_mode (mode);
}

/* The last day a partial date covers: 2026 is 31 December 2026, 2026-02 is 28 February. */
static GDate *
last_day (const char *partial)
{
  int year = 0, month = 12, day = 0;
  int n = sscanf (partial, "%d-%d-%d", &year, &month, &day);

  if (n < 1 || year < 1 || year > 9999 || month < 1 || month > 12)
    return NULL;
  if (n < 3)
    day = g_date_get_days_in_month (month, year);
  if (!g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_new_dmy (day, month, year);
}

/**
 * voc_resume_format_expiry:
 * @expires_on: (nullable): a partial date (YYYY, YYYY-MM or YYYY-MM-DD)
 * @today: the current day
 * @days_left: (out) (optional): the days until it expires, negative once it has
 *
 * Says when a certification expires, counting a partial date to its last day: "Expired",
 * "Expires today", "Expires in 12 days" within 90 days, "Expires 2027-05" later.
 *
 * Returns: (transfer full) (nullable): the text, %NULL when there is no expiry
 */
char *
voc_resume_format_expiry (const char *expires_on,
                          GDate      *today,
                          int        *days_left)
{
  g_autoptr(GDate) end = NULL;
  int days;

  if (days_left != NULL)
    *days_left = G_MAXINT;

  if (expires_on == NULL || *expires_on == '\0' || (end = last_day (expires_on)) == NULL)
    return NULL;

  days = g_date_days_between (today, end);
  if (days_left != NULL)
    *days_left = days;
  if (days < 0)
    {
      /* TRANSLATORS: a certification whose validity ended on that date */
      return g_strdup_printf (_("Expired %s"), expires_on);
    }
  if (days == 0)
    return g_strdup (_("Expires today"));
  if (days <= 90)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Expires in %d day",
                                         "Expires in %d days", days), days);

  /* TRANSLATORS: a certification valid until that date */
  return g_strdup_printf (_("Expires %s"), expires_on);
}

/**
 * voc_resume_format_dup_list:
 * @json: (nullable): a JSON array of strings
 *
 * Returns: (transfer full): its strings (other members and blank ones are skipped)
 */
char **
voc_resume_format_dup_list (const char *json)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  if (json != NULL)
    root = json_from_string (json, NULL);

  if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          g_autofree char *text = NULL;

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            continue;
          text = g_strstrip (g_strdup (json_node_get_string (node)));
          if (*text != '\0')
            g_strv_builder_add (builder, text);
        }
    }

  return g_strv_builder_end (builder);
}

/**
 * voc_resume_format_list:
 * @json: (nullable): a JSON array of strings (tags, target roles)
 *
 * Returns: (transfer full): the strings separated by commas, "" for none
 */
char *
voc_resume_format_list (const char *json)
{
  g_auto(GStrv) items = voc_resume_format_dup_list (json);

  return g_strjoinv (", ", items);
}

/**
 * voc_resume_format_parse_list:
 * @text: (nullable): items separated by commas, as typed
 *
 * Trims each item, drops empty ones and repeats (ignoring case, the first spelling wins).
 *
 * Returns: (transfer full) (nullable): a JSON array of strings, %NULL when there is none
 */
char *
voc_resume_format_parse_list (const char *text)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) parts = NULL;
  guint n = 0;

  if (text == NULL)
    return NULL;

  parts = g_strsplit (text, ",", -1);
  json_builder_begin_array (builder);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *item = g_strstrip (parts[i]);
      g_autofree char *folded = NULL;

      if (*item == '\0' || !g_utf8_validate (item, -1, NULL))
        continue;
      folded = g_utf8_casefold (item, -1);
      if (g_hash_table_contains (seen, folded))
        continue;
      g_hash_table_add (seen, g_steal_pointer (&folded));
      json_builder_add_string_value (builder, item);
      n++;
    }
  json_builder_end_array (builder);

  if (n == 0)
    return NULL;

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/**
 * voc_resume_format_parse_date:
 * @text: (nullable): a date as typed: "2020-03", "03/2020", "Mar 2020", "2019"
 *
 * Returns: (transfer full) (nullable): the stored form (YYYY, YYYY-MM or YYYY-MM-DD) when the
 *   text is a date, the trimmed text itself when not (so that validation names the field),
 *   %NULL when it is empty
 */
char *
voc_resume_format_parse_date (const char *text)
{
  g_autofree char *trimmed = NULL;
  char out[11];

  if (text == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    return NULL;

  if (voc_resume_date_parse (trimmed, out) && out[0] != '\0')
    return g_strdup (out);

  return g_steal_pointer (&trimmed);
}

/**
 * voc_resume_format_usage:
 * @last_used_at: (nullable): when a resume last used the bullet
 * @now: (nullable): the current time, %NULL for the clock's
 *
 * Returns: (transfer full): "Never used", "Used once, last Today", "Used 4 times, last 3 Mar"
 */
char *
voc_resume_format_usage (gint64     use_count,
                         GDateTime *last_used_at,
                         GDateTime *now)
{
  g_autofree char *when = NULL;

  if (use_count <= 0)
    return g_strdup (_("Never used"));

  if (last_used_at == NULL)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Used %d time", "Used %d times",
                                         (gulong) use_count), (int) use_count);

  when = voc_format_date (last_used_at, now);
  /* TRANSLATORS: how often a bullet went into a resume, and when last, like
   * "Used 4 times, last 3 Mar" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Used %d time, last %s",
                                       "Used %d times, last %s", (gulong) use_count),
                          (int) use_count, when);
}
