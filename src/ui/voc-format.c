/* voc-format.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-format"

#include "config.h"

#include <string.h>
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

/**
 * voc_format_posting_source:
 *
 * Returns: where a posting came from, for the user: "File", "Web Page", …
 */
const char *
voc_format_posting_source (VocPostingSource source)
{
  switch (source)
    {
    case VOC_POSTING_SOURCE_MANUAL:
      return C_("posting source", "Typed In");
    case VOC_POSTING_SOURCE_FILE:
      return C_("posting source", "File");
    case VOC_POSTING_SOURCE_PASTE:
      return C_("posting source", "Pasted");
    case VOC_POSTING_SOURCE_URL:
      return C_("posting source", "Web Page");
    case VOC_POSTING_SOURCE_GREENHOUSE:
      return C_("posting source", "Greenhouse");
    case VOC_POSTING_SOURCE_LEVER:
      return C_("posting source", "Lever");
    case VOC_POSTING_SOURCE_ASHBY:
      return C_("posting source", "Ashby");
    case VOC_POSTING_SOURCE_IMPORT:
      return C_("posting source", "Imported");
    default:
      return "";
    }
}

/**
 * voc_format_employment_type:
 *
 * Returns: "Full-time" … "Volunteer", or an empty string when unknown
 */
const char *
voc_format_employment_type (VocEmploymentType type)
{
  switch (type)
    {
    case VOC_EMPLOYMENT_TYPE_FULL_TIME:
      return C_("employment type", "Full-time");
    case VOC_EMPLOYMENT_TYPE_PART_TIME:
      return C_("employment type", "Part-time");
    case VOC_EMPLOYMENT_TYPE_CONTRACT:
      return C_("employment type", "Contract");
    case VOC_EMPLOYMENT_TYPE_FREELANCE:
      return C_("employment type", "Freelance");
    case VOC_EMPLOYMENT_TYPE_INTERNSHIP:
      return C_("employment type", "Internship");
    case VOC_EMPLOYMENT_TYPE_TEMPORARY:
      return C_("employment type", "Temporary");
    case VOC_EMPLOYMENT_TYPE_VOLUNTEER:
      return C_("employment type", "Volunteer");
    case VOC_EMPLOYMENT_TYPE_OTHER:
      return C_("employment type", "Other");
    case VOC_EMPLOYMENT_TYPE_UNKNOWN:
    default:
      return "";
    }
}

/**
 * voc_format_seniority:
 *
 * Returns: "Intern" … "Executive", or an empty string when unknown
 */
const char *
voc_format_seniority (VocSeniority seniority)
{
  switch (seniority)
    {
    case VOC_SENIORITY_INTERN:
      return C_("seniority", "Intern");
    case VOC_SENIORITY_JUNIOR:
      return C_("seniority", "Junior");
    case VOC_SENIORITY_MID:
      return C_("seniority", "Mid-level");
    case VOC_SENIORITY_SENIOR:
      return C_("seniority", "Senior");
    case VOC_SENIORITY_LEAD:
      return C_("seniority", "Lead");
    case VOC_SENIORITY_PRINCIPAL:
      return C_("seniority", "Principal");
    case VOC_SENIORITY_EXECUTIVE:
      return C_("seniority", "Executive");
    case VOC_SENIORITY_UNKNOWN:
    default:
      return "";
    }
}

/**
 * voc_format_salary_period:
 *
 * Returns: what a salary is paid for, "Per Year" …, or an empty string when unknown
 */
const char *
voc_format_salary_period (VocSalaryPeriod period)
{
  switch (period)
    {
    case VOC_SALARY_PERIOD_HOUR:
      return C_("salary period", "Per Hour");
    case VOC_SALARY_PERIOD_DAY:
      return C_("salary period", "Per Day");
    case VOC_SALARY_PERIOD_WEEK:
      return C_("salary period", "Per Week");
    case VOC_SALARY_PERIOD_MONTH:
      return C_("salary period", "Per Month");
    case VOC_SALARY_PERIOD_YEAR:
      return C_("salary period", "Per Year");
    case VOC_SALARY_PERIOD_UNKNOWN:
    default:
      return "";
    }
}

/**
 * voc_format_section_kind:
 * @kind: (nullable): the kind of a section of a job description as stored: "about",
 *   "responsibilities", "requirements", "nice_to_have", "benefits" or "other"
 *
 * Returns: its name for the user, or an empty string for "other" and unknown kinds
 */
const char *
voc_format_section_kind (const char *kind)
{
  if (g_strcmp0 (kind, "about") == 0)
    return C_("section", "About the Company");
  if (g_strcmp0 (kind, "responsibilities") == 0)
    return C_("section", "Responsibilities");
  if (g_strcmp0 (kind, "requirements") == 0)
    return C_("section", "Requirements");
  if (g_strcmp0 (kind, "nice_to_have") == 0)
    return C_("section", "Nice to Have");
  if (g_strcmp0 (kind, "benefits") == 0)
    return C_("section", "Benefits");

  return "";
}

static gboolean
is_web_url (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  for (const char *p = text; *p; p++)
    if (g_ascii_isspace (*p))
      return FALSE;

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (uri);
  return (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0) &&
         g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0';
}

/**
 * voc_format_parse_web_urls:
 * @text: (nullable): pasted or dropped text
 *
 * Recognises text that is only web addresses, one a line (what a browser hands over when a
 * link is dragged: `text/uri-list` may have `#` comment lines), so that it is fetched rather
 * than imported as the text of a job.
 *
 * Returns: (transfer full) (nullable): the http and https addresses, %NULL when the text is
 *   anything else
 */
char **
voc_format_parse_web_urls (const char *text)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  guint n = 0;

  if (text == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '\0' || *line == '#')
        continue;
      if (!is_web_url (line))
        return NULL;

      g_strv_builder_add (builder, line);
      n++;
    }

  if (n == 0)
    return NULL;

  return g_strv_builder_end (builder);
}

/**
 * voc_format_parse_amount:
 * @text: (nullable): what the user typed: "60000", "60,000", "62.5k", "1.2M", "45,50"
 * @cents: (out): the amount in cents; -1 when @text is empty
 *
 * Reads an amount of money without its currency. A comma is a decimal separator only when it
 * is the one separator and one or two digits follow it; otherwise commas, spaces and
 * apostrophes group thousands.
 *
 * Returns: whether @text is an amount (or empty)
 */
gboolean
voc_format_parse_amount (const char *text,
                         gint64     *cents)
{
  g_autoptr(GString) number = g_string_new (NULL);
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *comma = strrchr (copy, ',');
  gboolean comma_is_decimal = FALSE;
  double multiplier = 1.0;
  gboolean seen_point = FALSE;
  gboolean seen_digit = FALSE;
  gsize len = strlen (copy);
  double value;

  *cents = -1;
  if (len == 0)
    return TRUE;

  switch (copy[len - 1])
    {
    case 'k':
    case 'K':
      multiplier = 1e3;
      copy[--len] = '\0';
      break;
    case 'm':
    case 'M':
      multiplier = 1e6;
      copy[--len] = '\0';
      break;
    default:
      break;
    }

  if (comma != NULL && strchr (copy, '.') == NULL && strchr (copy, ',') == comma)
    {
      gsize after = strlen (comma + 1);

      comma_is_decimal = after >= 1 && after <= 2;
    }

  for (const char *p = copy; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= '0' && c <= '9')
        {
          g_string_append_c (number, (char) c);
          seen_digit = TRUE;
        }
      else if (c == '.' || (c == ',' && comma_is_decimal))
        {
          if (seen_point || !seen_digit)
            return FALSE;
          g_string_append_c (number, '.');
          seen_point = TRUE;
        }
      else if ((c == ',' || c == ' ' || c == '\'' || c == 0x00a0 || c == 0x202f) && seen_digit &&
               !seen_point)
        continue;
      else
        return FALSE;
    }

  if (!seen_digit || number->str[number->len - 1] == '.')
    return FALSE;

  value = g_ascii_strtod (number->str, NULL) * multiplier * 100.0;
  /* Past ten trillion it is a typing slip, not a salary. */
  if (value > 1e15)
    return FALSE;

  *cents = (gint64) (value + 0.5);
  return TRUE;
}

/**
 * voc_format_amount:
 * @cents: an amount in cents, or -1 when unknown
 *
 * Formats an amount for editing, the way voc_format_parse_amount() reads it back: "60000",
 * "45.50".
 *
 * Returns: (transfer full): the text, empty when unknown
 */
char *
voc_format_amount (gint64 cents)
{
  if (cents < 0)
    return g_strdup ("");

  if (cents % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, cents / 100);

  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cents / 100, (int) (cents % 100));
}

/**
 * voc_format_media_type_extension:
 * @media_type: (nullable): a MIME type such as "application/pdf"
 *
 * Returns: the usual file name extension with its dot (".pdf"), ".txt" for any other text,
 *   or ".bin"
 */
const char *
voc_format_media_type_extension (const char *media_type)
{
  static const struct
  {
    const char *type;
    const char *extension;
  } types[] = {
    { "application/pdf", ".pdf" },
    { "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx" },
    { "application/vnd.oasis.opendocument.text", ".odt" },
    { "application/msword", ".doc" },
    { "application/rtf", ".rtf" },
    { "text/html", ".html" },
    { "application/xhtml+xml", ".html" },
    { "text/markdown", ".md" },
    { "text/x-markdown", ".md" },
    { "text/plain", ".txt" },
    { "application/json", ".json" },
    { "application/ld+json", ".json" },
  };
  g_autofree char *base = NULL;

  if (media_type == NULL)
    return ".bin";

  /* "text/html; charset=utf-8" */
  base = g_strstrip (g_strndup (media_type, strcspn (media_type, ";")));
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_ascii_strcasecmp (base, types[i].type) == 0)
      return types[i].extension;

  if (g_str_has_prefix (base, "text/"))
    return ".txt";

  return ".bin";
}

/**
 * voc_format_file_name:
 * @title: (nullable): a posting's title
 * @media_type: (nullable): the type of the file's contents
 *
 * Makes a file name from a title, safe on every file system: "Senior Backend Engineer.pdf".
 *
 * Returns: (transfer full): the name, "Job Description" and the extension without a title
 */
char *
voc_format_file_name (const char *title,
                      const char *media_type)
{
  g_autoptr(GString) name = g_string_new (NULL);
  const char *extension = voc_format_media_type_extension (media_type);

  for (const char *p = title != NULL ? title : ""; *p && name->len < 80; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || strchr ("/\\:*?\"<>|", (int) (c < 0x80 ? c : 'a')) != NULL)
        c = ' ';
      if (c == ' ' && (name->len == 0 || name->str[name->len - 1] == ' '))
        continue;

      g_string_append_unichar (name, c);
    }

  while (name->len > 0 && (name->str[name->len - 1] == ' ' || name->str[name->len - 1] == '.'))
    g_string_truncate (name, name->len - 1);
  /* No hidden file from a title that starts with a dot. */
  while (name->len > 0 && name->str[0] == '.')
    g_string_erase (name, 0, 1);

  if (name->len == 0)
    /* TRANSLATORS: the name of a saved job description whose job has no title */
    g_string_assign (name, _("Job Description"));

  g_string_append (name, extension);
  return g_string_free (g_steal_pointer (&name), FALSE);
}
