/* voc-format.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-format"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-enum-types.h"
#include "voc-format.h"

static const struct
{
  const char *code;
  const char *symbol;
} currency_symbols[] = {
  { "EUR", "€" },
  { "USD", "$" },
  { "GBP", "£" },
  { "JPY", "¥" },
  { "CNY", "¥" },
  { "INR", "₹" },
  { "KRW", "₩" },
  { "ILS", "₪" },
  { "BRL", "R$" },
  { "CAD", "CA$" },
  { "AUD", "A$" },
  { "NZD", "NZ$" },
};

/* The symbol before an amount: "€" for EUR; for a currency without a symbol of its own, its
 * code and a no-break space ("CHF 90k"), and then @is_code is set; nothing when the currency
 * is unknown. */
static const char *
currency_prefix (const char *currency,
                 char        buffer[8],
                 gboolean   *is_code)
{
  *is_code = FALSE;

  if (currency == NULL || *currency == '\0')
    return "";

  for (guint i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    if (g_ascii_strcasecmp (currency, currency_symbols[i].code) == 0)
      return currency_symbols[i].symbol;

  *is_code = TRUE;
  g_snprintf (buffer, 8, "%.3s\u00a0", currency);
  return buffer;
}

/* A number of tenths with one decimal at most, none when it is zero: 600 → "60",
 * 625 → "62.5". */
static char *
format_tenths (gint64 tenths)
{
  if (tenths % 10 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, tenths / 10);

  return g_strdup_printf ("%.1f", tenths / 10.0);
}

/* An amount without its currency, compact from a thousand on: "45.50", "62.5k", "1.2M". */
static char *
format_number (gint64 cents)
{
  if (cents >= 100000000)
    {
      g_autofree char *m = format_tenths ((cents + 5000000) / 10000000);

      /* TRANSLATORS: an amount in millions, like "1.2M" */
      return g_strdup_printf (C_("amount", "%sM"), m);
    }

  if (cents >= 100000)
    {
      g_autofree char *k = format_tenths ((cents + 5000) / 10000);

      /* TRANSLATORS: an amount in thousands, like "62.5k" */
      return g_strdup_printf (C_("amount", "%sk"), k);
    }

  if (cents % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, cents / 100);

  return g_strdup_printf ("%.2f", cents / 100.0);
}

/**
 * voc_format_salary:
 * @min_cents: the lower bound in cents, or -1 when unknown
 * @max_cents: the upper bound in cents, or -1 when unknown
 * @currency: (nullable): a three-letter ISO 4217 code
 * @period: what the amounts are paid for
 *
 * Formats a salary range compactly for a list, like "€60k–€75k / year".
 *
 * Returns: (transfer full): the text, empty when no amount is known
 */
char *
voc_format_salary (gint64           min_cents,
                   gint64           max_cents,
                   const char      *currency,
                   VocSalaryPeriod  period)
{
  g_autofree char *range = NULL;
  char buffer[8];
  gboolean is_code;
  const char *prefix = currency_prefix (currency, buffer, &is_code);

  if (min_cents < 0 && max_cents < 0)
    return g_strdup ("");

  if (min_cents >= 0 && max_cents >= 0 && min_cents != max_cents)
    {
      g_autofree char *low = format_number (MIN (min_cents, max_cents));
      g_autofree char *high = format_number (MAX (min_cents, max_cents));

      if (is_code)
        {
          /* TRANSLATORS: a salary range with a currency code, once: "CHF 90k–120k" */
          range = g_strdup_printf (C_("salary", "%s%s–%s"), prefix, low, high);
        }
      else
        {
          /* TRANSLATORS: a salary range with a currency symbol on each amount: "€60k–€75k" */
          range = g_strdup_printf (C_("salary", "%s%s–%s%s"), prefix, low, prefix, high);
        }
    }
  else
    {
      g_autofree char *number = format_number (min_cents >= 0 ? min_cents : max_cents);
      g_autofree char *amount = g_strconcat (prefix, number, NULL);

      if (min_cents >= 0 && max_cents >= 0)
        range = g_steal_pointer (&amount);
      else if (min_cents >= 0)
        /* TRANSLATORS: a salary with only a lower bound, like "from €60k" */
        range = g_strdup_printf (C_("salary", "from %s"), amount);
      else
        /* TRANSLATORS: a salary with only an upper bound, like "up to €75k" */
        range = g_strdup_printf (C_("salary", "up to %s"), amount);
    }

  switch (period)
    {
    case VOC_SALARY_PERIOD_HOUR:
      return g_strdup_printf (C_("salary", "%s / hour"), range);
    case VOC_SALARY_PERIOD_DAY:
      return g_strdup_printf (C_("salary", "%s / day"), range);
    case VOC_SALARY_PERIOD_WEEK:
      return g_strdup_printf (C_("salary", "%s / week"), range);
    case VOC_SALARY_PERIOD_MONTH:
      return g_strdup_printf (C_("salary", "%s / month"), range);
    case VOC_SALARY_PERIOD_YEAR:
      return g_strdup_printf (C_("salary", "%s / year"), range);
    case VOC_SALARY_PERIOD_UNKNOWN:
    default:
      return g_steal_pointer (&range);
    }
}

/**
 * voc_format_date_range:
 * @start_date: (nullable): a partial date, "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 * @end_date: (nullable): a partial date; %NULL while it is current
 *
 * Formats the dates of an experience, like "2020-03 – Present".
 *
 * Returns: (transfer full): the text, empty when neither date is known
 */
char *
voc_format_date_range (const char *start_date,
                       const char *end_date)
{
  gboolean has_start = start_date != NULL && *start_date != '\0';
  gboolean has_end = end_date != NULL && *end_date != '\0';

  if (!has_start && !has_end)
    return g_strdup ("");

  if (!has_start)
    /* TRANSLATORS: the dates of a job whose start is unknown, like "until 2021-06" */
    return g_strdup_printf (C_("dates", "until %s"), end_date);

  /* TRANSLATORS: the dates of a job, like "2019-01 – 2020-03" or "2020-03 – Present" */
  return g_strdup_printf (C_("dates", "%s – %s"), start_date,
                          has_end ? end_date : C_("dates", "Present"));
}

/**
 * voc_format_date:
 * @date_time: (nullable): the moment to show
 * @now: (nullable): the current time, %NULL for the clock's
 *
 * Formats a moment in local time for a list column: "Today", "Yesterday", "3 Mar" this
 * year, "3 Mar 2024" before.
 *
 * Returns: (transfer full): the text, empty for %NULL
 */
char *
voc_format_date (GDateTime *date_time,
                 GDateTime *now)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) local_now = NULL;
  g_autoptr(GDate) date = NULL;
  g_autoptr(GDate) today = NULL;
  int days;

  if (date_time == NULL)
    return g_strdup ("");

  local = g_date_time_to_local (date_time);
  local_now = now != NULL ? g_date_time_to_local (now) : g_date_time_new_now_local ();

  date = g_date_new_dmy (g_date_time_get_day_of_month (local),
                         g_date_time_get_month (local),
                         g_date_time_get_year (local));
  today = g_date_new_dmy (g_date_time_get_day_of_month (local_now),
                          g_date_time_get_month (local_now),
                          g_date_time_get_year (local_now));
  days = g_date_days_between (date, today);

  if (days == 0)
    return g_strdup (_("Today"));
  if (days == 1)
    return g_strdup (_("Yesterday"));
  if (g_date_get_year (date) == g_date_get_year (today))
    /* TRANSLATORS: a date of this year, see g_date_time_format(); "3 Mar" */
    return g_date_time_format (local, C_("date", "%-d %b"));

  /* TRANSLATORS: a date of another year, see g_date_time_format(); "3 Mar 2024" */
  return g_date_time_format (local, C_("date", "%-d %b %Y"));
}

/**
 * voc_format_years:
 * @years: a number of years, 0 or less when unknown
 *
 * Returns: (transfer full): "1 year", "2.5 years", or an empty string
 */
char *
voc_format_years (double years)
{
  if (!(years > 0))
    return g_strdup ("");

  if (years == (double) (gint64) years && years < G_MAXINT)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", (gulong) years),
                            (int) years);

  return g_strdup_printf (_("%.1f years"), years);
}

/**
 * voc_format_stage:
 *
 * Returns: the name of a stage of an application, for the user
 */
const char *
voc_format_stage (VocStage stage)
{
  switch (stage)
    {
    case VOC_STAGE_PROSPECT:
      return C_("stage", "Prospect");
    case VOC_STAGE_APPLIED:
      return C_("stage", "Applied");
    case VOC_STAGE_SCREEN:
      return C_("stage", "Screening");
    case VOC_STAGE_INTERVIEW:
      return C_("stage", "Interviewing");
    case VOC_STAGE_OFFER:
      return C_("stage", "Offer");
    case VOC_STAGE_ACCEPTED:
      return C_("stage", "Accepted");
    case VOC_STAGE_REJECTED:
      return C_("stage", "Rejected");
    case VOC_STAGE_WITHDRAWN:
      return C_("stage", "Withdrawn");
    case VOC_STAGE_NONE:
    default:
      return "";
    }
}

/**
 * voc_format_stage_nick:
 *
 * Returns: the stored name of a stage ("interview"), for style classes; empty for none
 */
const char *
voc_format_stage_nick (VocStage stage)
{
  GEnumClass *klass = g_type_class_ref (VOC_TYPE_STAGE);
  GEnumValue *value = g_enum_get_value (klass, stage);
  const char *nick = value != NULL && stage != VOC_STAGE_NONE ? value->value_nick : "";

  /* Enum classes are never unloaded: the nick stays valid. */
  g_type_class_unref (klass);
  return nick;
}

/**
 * voc_format_remote_mode:
 *
 * Returns: "On-site", "Hybrid", "Remote", or an empty string when unknown
 */
const char *
voc_format_remote_mode (VocRemoteMode mode)
{
  switch (mode)
    {
    case VOC_REMOTE_MODE_ON_SITE:
      return C_("remote", "On-site");
    case VOC_REMOTE_MODE_HYBRID:
      return C_("remote", "Hybrid");
    case VOC_REMOTE_MODE_REMOTE:
      return C_("remote", "Remote");
    case VOC_REMOTE_MODE_UNKNOWN:
    default:
      return "";
    }
}

/**
 * voc_format_skill_level:
 *
 * Returns: "Beginner" … "Expert", or an empty string when unknown
 */
const char *
voc_format_skill_level (VocSkillLevel level)
{
  switch (level)
    {
    case VOC_SKILL_LEVEL_BEGINNER:
      return C_("skill level", "Beginner");
    case VOC_SKILL_LEVEL_INTERMEDIATE:
      return C_("skill level", "Intermediate");
    case VOC_SKILL_LEVEL_ADVANCED:
      return C_("skill level", "Advanced");
    case VOC_SKILL_LEVEL_EXPERT:
      return C_("skill level", "Expert");
    case VOC_SKILL_LEVEL_UNKNOWN:
    default:
      return "";
    }
}
