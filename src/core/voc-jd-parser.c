/* voc-jd-parser.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-jd-parser"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "voc-jd-parser.h"
#include "voc-text.h"

/*
 * A job description, parsed without AI: what a careful reader takes from the page in a
 * glance. The rules are deliberately plain and ordered by trust:
 *
 *  1. structured hints from the source (schema.org JobPosting JSON-LD, a job board's API);
 *  2. labelled header lines ("Location: Berlin", "**Salary:** €60k–€75k");
 *  3. the title line and its "Title — Company" form;
 *  4. phrases in the text ("fully remote", "full-time", "5+ years").
 *
 * The regular expressions here run on whatever text a user drops, so they are compiled
 * without G_REGEX_OPTIMIZE: GLib 2.74's PCRE2 JIT crashed on long random input where the
 * interpreter simply stops at its match limit.
 *
 * Sections are found by their headings (Markdown headings, short lines ending in a colon,
 * bold or upper-case lines) and classified by what the heading says; a sub-heading that says
 * nothing recognisable belongs to its parent's kind.
 */

typedef struct
{
  const char       *words;
  VocJdSectionKind  kind;
} HeadingRule;

/* Checked in order: "nice to have" before "requirements", "about you" (requirements) before
 * "about" (the company). */
static const HeadingRule heading_rules[] = {
  { "nice to have", VOC_JD_SECTION_NICE_TO_HAVE },
  { "nice-to-have", VOC_JD_SECTION_NICE_TO_HAVE },
  { "good to have", VOC_JD_SECTION_NICE_TO_HAVE },
  { "bonus", VOC_JD_SECTION_NICE_TO_HAVE },
  { "preferred", VOC_JD_SECTION_NICE_TO_HAVE },
  { "desirable", VOC_JD_SECTION_NICE_TO_HAVE },
  { "plus", VOC_JD_SECTION_NICE_TO_HAVE },
  { "would be great", VOC_JD_SECTION_NICE_TO_HAVE },
  { "extra credit", VOC_JD_SECTION_NICE_TO_HAVE },
  { "benefit", VOC_JD_SECTION_BENEFITS },
  { "perks", VOC_JD_SECTION_BENEFITS },
  { "what we offer", VOC_JD_SECTION_BENEFITS },
  { "we offer", VOC_JD_SECTION_BENEFITS },
  { "why join", VOC_JD_SECTION_BENEFITS },
  { "why work", VOC_JD_SECTION_BENEFITS },
  { "compensation", VOC_JD_SECTION_BENEFITS },
  { "what you get", VOC_JD_SECTION_BENEFITS },
  { "what's in it for you", VOC_JD_SECTION_BENEFITS },
  { "in return", VOC_JD_SECTION_BENEFITS },
  { "about you", VOC_JD_SECTION_REQUIREMENTS },
  { "requirement", VOC_JD_SECTION_REQUIREMENTS },
  { "qualification", VOC_JD_SECTION_REQUIREMENTS },
  { "must have", VOC_JD_SECTION_REQUIREMENTS },
  { "must-have", VOC_JD_SECTION_REQUIREMENTS },
  { "essential", VOC_JD_SECTION_REQUIREMENTS },
  { "skills", VOC_JD_SECTION_REQUIREMENTS },
  { "experience", VOC_JD_SECTION_REQUIREMENTS },
  { "who you are", VOC_JD_SECTION_REQUIREMENTS },
  { "what you'll bring", VOC_JD_SECTION_REQUIREMENTS },
  { "what you will bring", VOC_JD_SECTION_REQUIREMENTS },
  { "what you bring", VOC_JD_SECTION_REQUIREMENTS },
  { "you bring", VOC_JD_SECTION_REQUIREMENTS },
  { "you have", VOC_JD_SECTION_REQUIREMENTS },
  { "you'll have", VOC_JD_SECTION_REQUIREMENTS },
  { "looking for", VOC_JD_SECTION_REQUIREMENTS },
  { "what it takes", VOC_JD_SECTION_REQUIREMENTS },
  { "what you need", VOC_JD_SECTION_REQUIREMENTS },
  { "competenc", VOC_JD_SECTION_REQUIREMENTS },
  { "profile", VOC_JD_SECTION_REQUIREMENTS },
  { "responsibilit", VOC_JD_SECTION_RESPONSIBILITIES },
  { "what you'll do", VOC_JD_SECTION_RESPONSIBILITIES },
  { "what you will do", VOC_JD_SECTION_RESPONSIBILITIES },
  { "what you'll be doing", VOC_JD_SECTION_RESPONSIBILITIES },
  { "you will", VOC_JD_SECTION_RESPONSIBILITIES },
  { "you'll", VOC_JD_SECTION_RESPONSIBILITIES },
  { "the role", VOC_JD_SECTION_RESPONSIBILITIES },
  { "your role", VOC_JD_SECTION_RESPONSIBILITIES },
  { "about the role", VOC_JD_SECTION_RESPONSIBILITIES },
  { "role description", VOC_JD_SECTION_RESPONSIBILITIES },
  { "job description", VOC_JD_SECTION_RESPONSIBILITIES },
  { "duties", VOC_JD_SECTION_RESPONSIBILITIES },
  { "day to day", VOC_JD_SECTION_RESPONSIBILITIES },
  { "day-to-day", VOC_JD_SECTION_RESPONSIBILITIES },
  { "key tasks", VOC_JD_SECTION_RESPONSIBILITIES },
  { "your tasks", VOC_JD_SECTION_RESPONSIBILITIES },
  { "your impact", VOC_JD_SECTION_RESPONSIBILITIES },
  { "mission", VOC_JD_SECTION_RESPONSIBILITIES },
  { "about us", VOC_JD_SECTION_ABOUT },
  { "about the company", VOC_JD_SECTION_ABOUT },
  { "about the team", VOC_JD_SECTION_ABOUT },
  { "who we are", VOC_JD_SECTION_ABOUT },
  { "our company", VOC_JD_SECTION_ABOUT },
  { "the company", VOC_JD_SECTION_ABOUT },
  { "the team", VOC_JD_SECTION_ABOUT },
  { "our team", VOC_JD_SECTION_ABOUT },
  { "company overview", VOC_JD_SECTION_ABOUT },
  { "about", VOC_JD_SECTION_ABOUT },
};

const char *
voc_jd_section_kind_to_string (VocJdSectionKind kind)
{
  switch (kind)
    {
    case VOC_JD_SECTION_ABOUT:            return "about";
    case VOC_JD_SECTION_RESPONSIBILITIES: return "responsibilities";
    case VOC_JD_SECTION_REQUIREMENTS:     return "requirements";
    case VOC_JD_SECTION_NICE_TO_HAVE:     return "nice_to_have";
    case VOC_JD_SECTION_BENEFITS:         return "benefits";
    case VOC_JD_SECTION_OTHER:
    default:                              return "other";
    }
}

static gboolean
contains_phrase (const char *folded,
                 const char *phrase)
{
  gsize len = strlen (phrase);

  for (const char *p = strstr (folded, phrase); p != NULL; p = strstr (p + 1, phrase))
    {
      gboolean start_ok = p == folded || !g_ascii_isalnum (p[-1]);
      /* A rule ending in a stem ("responsibilit") matches any ending. */
      gboolean stem = g_ascii_isalpha (phrase[len - 1]) &&
                      (g_str_has_suffix (phrase, "it") || g_str_has_suffix (phrase, "enc") ||
                       g_str_has_suffix (phrase, "ement") || g_str_has_suffix (phrase, "ation") ||
                       g_str_has_suffix (phrase, "benefit"));
      gboolean end_ok = stem || !g_ascii_isalnum (p[len]) || p[len] == 's';

      if (start_ok && end_ok)
        return TRUE;
    }

  return FALSE;
}

VocJdSectionKind
voc_jd_classify_heading (const char *heading)
{
  g_autofree char *folded = voc_text_fold (heading);

  if (folded == NULL)
    return VOC_JD_SECTION_OTHER;

  /* Typographic apostrophes fold to themselves; the rules use ASCII ones. */
  g_strdelimit (folded, "\xe2", '\'');
  for (char *p = folded; *p; p++)
    if (*p == '\'' && (guchar) p[1] == 0x80 && (guchar) p[2] == 0x99)
      memmove (p + 1, p + 3, strlen (p + 3) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (heading_rules); i++)
    if (contains_phrase (folded, heading_rules[i].words))
      return heading_rules[i].kind;

  return VOC_JD_SECTION_OTHER;
}

/* Markdown emphasis and link syntax that a title or a label may carry. */
static char *
strip_markup (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '*' || *p == '_' || *p == '`')
        continue;
      g_string_append_c (out, *p);
    }

  g_strstrip (out->str);
  out->len = strlen (out->str);
  return g_string_free (out, FALSE);
}

static int
heading_level (const char *line,
               char      **heading_out)
{
  const char *p = line;
  int level = 0;
  g_autofree char *plain = NULL;
  gsize len;

  while (*p == '#')
    {
      level++;
      p++;
    }
  if (level > 0 && level <= 6 && *p == ' ')
    {
      *heading_out = strip_markup (p + 1);
      return level;
    }

  /* "Requirements: 4+ years of …" — a section named at the start of its first line. The
   * rest of the line is returned through @heading_out after a newline. */
  {
    g_autofree char *inline_plain = strip_markup (line);
    const char *colon = strchr (inline_plain, ':');

    if (colon != NULL && colon - inline_plain <= 40 && colon[1] == ' ' && colon[2] != '\0')
      {
        g_autofree char *name = g_strndup (inline_plain, colon - inline_plain);

        if (strchr (name, '.') == NULL && voc_jd_classify_heading (name) != VOC_JD_SECTION_OTHER)
          {
            *heading_out = g_strdup_printf ("%s\n%s", g_strstrip (name), colon + 2);
            return 8;
          }
      }
  }

  len = strlen (line);
  if (len == 0 || len > 90)
    return 0;

  /* "**Requirements**" alone on a line. */
  if (len > 4 && g_str_has_prefix (line, "**") && g_str_has_suffix (line, "**") &&
      strstr (line + 2, "**") == line + len - 2)
    {
      *heading_out = strip_markup (line);
      g_strchomp (*heading_out);
      if (g_str_has_suffix (*heading_out, ":"))
        (*heading_out)[strlen (*heading_out) - 1] = '\0';
      return 7;
    }

  plain = strip_markup (line);
  len = strlen (plain);
  if (len == 0)
    return 0;

  /* "Requirements:" — short, ends with a colon, no sentence before it. */
  if (plain[len - 1] == ':' && len <= 60 && strchr (plain, '.') == NULL &&
      !g_str_has_prefix (plain, "- "))
    {
      plain[len - 1] = '\0';
      *heading_out = g_strdup (g_strstrip (plain));
      return 7;
    }

  /* "What you'll do" alone on a line, as PDFs and converted documents give headings: short,
   * no full stop, and naming a section a posting has. */
  if (len <= 60 && plain[len - 1] != '.' && plain[len - 1] != ',' &&
      !g_str_has_prefix (plain, "- ") && voc_jd_classify_heading (plain) != VOC_JD_SECTION_OTHER)
    {
      guint words = 1;

      for (const char *q = plain; *q; q++)
        if (*q == ' ')
          words++;
      if (words <= 8)
        {
          *heading_out = g_strdup (plain);
          return 7;
        }
    }

  /* "WHAT YOU WILL DO" — upper case, a few words. */
  {
    guint letters = 0, upper = 0, words = 1;

    for (const char *q = plain; *q; q++)
      {
        if (g_ascii_isalpha (*q))
          {
            letters++;
            if (g_ascii_isupper (*q))
              upper++;
          }
        if (*q == ' ')
          words++;
      }
    if (letters >= 6 && upper == letters && words >= 2 && words <= 8)
      {
        *heading_out = g_strdup (plain);
        return 7;
      }
  }

  return 0;
}

typedef struct
{
  const char *label;
  const char *field;
} LabelRule;

static const LabelRule label_rules[] = {
  { "job title", "title" }, { "title", "title" }, { "position", "title" }, { "role", "title" },
  { "company", "company" }, { "employer", "company" }, { "organisation", "company" },
  { "organization", "company" }, { "hiring organization", "company" },
  { "location", "location" }, { "locations", "location" }, { "work location", "location" },
  { "office", "location" }, { "based in", "location" },
  { "employment type", "employment_type" }, { "job type", "employment_type" },
  { "contract type", "employment_type" }, { "contract", "employment_type" },
  { "type", "employment_type" }, { "working pattern", "employment_type" },
  { "salary", "salary" }, { "compensation", "salary" }, { "pay", "salary" },
  { "salary range", "salary" }, { "base salary", "salary" },
  { "remote", "remote" }, { "workplace", "remote" }, { "workplace type", "remote" },
  { "work model", "remote" }, { "working model", "remote" }, { "remote policy", "remote" },
  { "seniority", "seniority" }, { "level", "seniority" }, { "experience level", "seniority" },
  { "url", "url" }, { "link", "url" }, { "apply", "url" },
};

/* "Location: Berlin", "**Location:** Berlin", "- Location: Berlin". */
static gboolean
parse_label_line (const char  *line,
                  const char **field,
                  char       **value)
{
  g_autofree char *plain = strip_markup (line);
  const char *colon;
  g_autofree char *label = NULL;
  const char *start = plain;

  if (g_str_has_prefix (start, "- "))
    start += 2;

  colon = strchr (start, ':');
  if (colon == NULL || colon - start > 30 || colon == start)
    return FALSE;

  label = g_ascii_strdown (start, colon - start);
  g_strstrip (label);

  for (guint i = 0; i < G_N_ELEMENTS (label_rules); i++)
    if (g_str_equal (label, label_rules[i].label))
      {
        g_autofree char *v = g_strdup (colon + 1);

        g_strstrip (v);
        if (*v == '\0')
          return FALSE;
        *field = label_rules[i].field;
        *value = g_steal_pointer (&v);
        return TRUE;
      }

  return FALSE;
}

static const char *
remote_from_text (const char *folded)
{
  static const char *hybrid[] = { "hybrid" };
  static const char *remote[] = {
    "fully remote", "100% remote", "remote-first", "remote first", "remote-friendly",
    "work from home", "work from anywhere", "remote position", "remote role", "remote job",
    "remote (", "remote,", "remote only", "telecommute", "remote work", "(remote)",
    "- remote", "remote -", "remote — ", "anywhere in",
  };
  static const char *onsite[] = {
    "on-site", "onsite", "on site", "in-office", "in office", "office-based", "office based",
  };

  for (guint i = 0; i < G_N_ELEMENTS (hybrid); i++)
    if (strstr (folded, hybrid[i]) != NULL)
      return "hybrid";
  for (guint i = 0; i < G_N_ELEMENTS (remote); i++)
    if (strstr (folded, remote[i]) != NULL)
      return "remote";
  if (g_str_equal (folded, "remote") || g_str_has_prefix (folded, "remote ") ||
      g_str_has_prefix (folded, "yes"))
    return "remote";
  for (guint i = 0; i < G_N_ELEMENTS (onsite); i++)
    if (strstr (folded, onsite[i]) != NULL)
      return "on-site";

  return NULL;
}

static const char *
employment_from_text (const char *folded)
{
  static const struct { const char *phrase; const char *nick; } rules[] = {
    { "full-time", "full-time" }, { "full time", "full-time" }, { "fulltime", "full-time" },
    { "permanent", "full-time" }, { "part-time", "part-time" }, { "part time", "part-time" },
    { "internship", "internship" }, { "intern ", "internship" }, { "freelance", "freelance" },
    { "fixed-term", "contract" }, { "fixed term", "contract" }, { "contractor", "contract" },
    { "contract", "contract" }, { "temporary", "temporary" }, { "volunteer", "volunteer" },
  };
  const char *best = NULL;
  const char *best_at = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      const char *at = strstr (folded, rules[i].phrase);

      if (at != NULL && (best_at == NULL || at < best_at))
        {
          best = rules[i].nick;
          best_at = at;
        }
    }

  return best;
}

static gboolean
has_word (const char *folded,
          const char *word)
{
  gsize len = strlen (word);

  for (const char *p = strstr (folded, word); p != NULL; p = strstr (p + 1, word))
    if ((p == folded || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[len]))
      return TRUE;

  return FALSE;
}

static const char *
seniority_from_title (const char *folded)
{
  if (has_word (folded, "intern") || has_word (folded, "internship") ||
      has_word (folded, "trainee") || has_word (folded, "apprentice"))
    return "intern";
  if (has_word (folded, "chief") || has_word (folded, "vp") || has_word (folded, "director") ||
      has_word (folded, "head") || has_word (folded, "vice president") || has_word (folded, "cto"))
    return "executive";
  if (has_word (folded, "principal") || has_word (folded, "distinguished"))
    return "principal";
  if (has_word (folded, "senior") || has_word (folded, "sr"))
    return "senior";
  if (has_word (folded, "lead") || has_word (folded, "staff") || has_word (folded, "manager"))
    return "lead";
  if (has_word (folded, "junior") || has_word (folded, "jr") || has_word (folded, "graduate") ||
      has_word (folded, "entry level") || has_word (folded, "entry-level") ||
      has_word (folded, "associate"))
    return "junior";
  if (has_word (folded, "mid") || has_word (folded, "mid-level") || has_word (folded, "intermediate"))
    return "mid";

  return NULL;
}

/* "5+ years", "at least 3 years", "3-5 years of experience". */
static const char *
seniority_from_years (const char *folded)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) info = NULL;
  int years = -1;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("(\\d{1,2})\\s*(?:\\+|-\\s*\\d{1,2}|–\\s*\\d{1,2})?"
                                            "\\s*(?:\\+\\s*)?years?", 0, 0, NULL));

  if (g_regex_match (regex, folded, 0, &info))
    {
      g_autofree char *number = g_match_info_fetch (info, 1);

      years = atoi (number);
    }

  if (years < 0 || years > 30)
    return NULL;
  if (years >= 8)
    return "lead";
  if (years >= 5)
    return "senior";
  if (years >= 2)
    return "mid";
  return "junior";
}

/* Salaries. */

static const char *currency_codes =
  "USD|EUR|GBP|CHF|SEK|DKK|NOK|PLN|CAD|AUD|NZD|INR|JPY|SGD|HKD|CZK|HUF|RON|ZAR|BRL|MXN|ILS";

static const char *
currency_from_symbol (const char *symbol)
{
  if (g_str_equal (symbol, "$"))
    return "USD";
  if (g_str_equal (symbol, "€"))
    return "EUR";
  if (g_str_equal (symbol, "£"))
    return "GBP";
  if (g_str_equal (symbol, "¥"))
    return "JPY";
  if (g_str_equal (symbol, "₹"))
    return "INR";
  return NULL;
}

/* "107,885" → 107885, "60.000" → 60000, "72.5" → 72.5, "1 200" → 1200. */
static double
parse_amount (const char *text,
              gboolean    thousands)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  static GRegex *grouped;

  if (g_once_init_enter (&grouped))
    g_once_init_leave (&grouped, g_regex_new ("^\\d{1,3}(?:[,. '’\u202f\u00a0]\\d{3})+$",
                                              0, 0, NULL));

  if (g_regex_match (grouped, text, 0, NULL))
    {
      for (const char *p = text; *p; p++)
        if (g_ascii_isdigit (*p))
          g_string_append_c (digits, *p);
    }
  else
    {
      for (const char *p = text; *p; p++)
        {
          if (g_ascii_isdigit (*p))
            g_string_append_c (digits, *p);
          else if (*p == ',' || *p == '.')
            g_string_append_c (digits, '.');
        }
    }

  return g_ascii_strtod (digits->str, NULL) * (thousands ? 1000.0 : 1.0);
}

static const char *
period_from_text (const char *folded)
{
  static const struct { const char *phrase; const char *nick; } rules[] = {
    { "per hour", "hour" }, { "an hour", "hour" }, { "/hour", "hour" }, { "/hr", "hour" },
    { "/h", "hour" }, { "hourly", "hour" }, { "per day", "day" }, { "a day", "day" },
    { "/day", "day" }, { "daily", "day" }, { "day rate", "day" }, { "per week", "week" },
    { "/week", "week" }, { "weekly", "week" }, { "per month", "month" }, { "a month", "month" },
    { "/month", "month" }, { "/mo", "month" }, { "monthly", "month" }, { "per year", "year" },
    { "a year", "year" }, { "/year", "year" }, { "/yr", "year" }, { "per annum", "year" },
    { "annual", "year" }, { "yearly", "year" }, { "p.a", "year" }, { " pa", "year" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strstr (folded, rules[i].phrase) != NULL)
      return rules[i].nick;

  return NULL;
}

gint64
voc_salary_to_yearly (gint64      cents,
                      const char *period)
{
  if (cents < 0 || period == NULL)
    return -1;
  if (g_str_equal (period, "hour"))
    return cents * 2080;
  if (g_str_equal (period, "day"))
    return cents * 260;
  if (g_str_equal (period, "week"))
    return cents * 52;
  if (g_str_equal (period, "month"))
    return cents * 12;
  if (g_str_equal (period, "year"))
    return cents;
  return -1;
}

void
voc_salary_clear (VocSalary *salary)
{
  g_clear_pointer (&salary->currency, g_free);
}

/**
 * voc_salary_parse:
 * @salary: (out caller-allocates): the salary found
 *
 * Finds the first pay range in a text: "$107,885–$161,827", "€60k - €75k per year",
 * "45.000 - 55.000 EUR", "£450 a day". Funding rounds and revenue ("$5M raised") are not pay.
 *
 * Returns: whether a salary was found
 */
gboolean
voc_salary_parse (const char *text,
                  VocSalary  *salary)
{
  static GRegex *before;
  static GRegex *after;
  g_autofree char *pattern_before = NULL;
  g_autofree char *pattern_after = NULL;
  g_autoptr(GMatchInfo) info = NULL;
  const char *amount = "(\\d{1,3}(?:[,. '’]\\d{3})+|\\d+(?:[.,]\\d{1,2})?)";

  memset (salary, 0, sizeof *salary);
  salary->min_cents = salary->max_cents = -1;

  if (text == NULL)
    return FALSE;

  if (g_once_init_enter (&before))
    {
      pattern_before = g_strdup_printf ("(?<cur>[$€£¥₹]|\\b(?:%s)\\b)\\s?%s(?<ak>[kK])?"
                                        "(?:\\s*(?:-|–|—|to)\\s*(?:[$€£¥₹]|(?:%s)\\s?)?"
                                        "\\s?%s(?<bk>[kK])?)?(?![\\d]|\\s?(?:[mMbB]\\b|million|billion|bn))",
                                        currency_codes, amount, currency_codes, amount);
      g_once_init_leave (&before, g_regex_new (pattern_before, 0, 0, NULL));
    }
  if (g_once_init_enter (&after))
    {
      pattern_after = g_strdup_printf ("(?<![\\d.,])%s(?<ak>[kK])?(?:\\s*(?:-|–|—|to)\\s*%s(?<bk>[kK])?)?"
                                       "\\s?(?<cur>€|\\b(?:%s)\\b)",
                                       amount, amount, currency_codes);
      g_once_init_leave (&after, g_regex_new (pattern_after, 0, 0, NULL));
    }

  for (guint pass = 0; pass < 2; pass++)
    {
      GRegex *regex = pass == 0 ? before : after;

      g_clear_pointer (&info, g_match_info_free);
      for (g_regex_match (regex, text, 0, &info); g_match_info_matches (info);
           g_match_info_next (info, NULL))
        {
          g_autofree char *cur = g_match_info_fetch_named (info, "cur");
          g_autofree char *a = g_match_info_fetch (info, 2);
          g_autofree char *ak = g_match_info_fetch_named (info, "ak");
          g_autofree char *b = g_match_info_fetch (info, pass == 0 ? 4 : 4);
          g_autofree char *bk = g_match_info_fetch_named (info, "bk");
          g_autofree char *context = NULL;
          g_autofree char *folded = NULL;
          int start = 0, end = 0;
          double low, high;
          const char *code;

          if (pass == 1)
            {
              g_free (a);
              g_free (b);
              a = g_match_info_fetch (info, 1);
              b = g_match_info_fetch (info, 3);
            }

          g_match_info_fetch_pos (info, 0, &start, &end);

          /* Money that is not pay ("raised $5 million in funding") is told by the words of
           * its own sentence. */
          {
            int from = start;

            while (from > 0 && text[from - 1] != '\n' && text[from - 1] != ';' &&
                   !(text[from - 1] == ' ' && from >= 2 && text[from - 2] == '.'))
              from--;
            context = g_strndup (text + from, MIN (end + 20, (int) strlen (text)) - from);
          }
          folded = voc_text_fold (context);
          if (strstr (folded, "fund") != NULL || strstr (folded, "raised") != NULL ||
              strstr (folded, "revenue") != NULL || strstr (folded, "valuation") != NULL ||
              strstr (folded, "series ") != NULL)
            continue;

          low = parse_amount (a, ak != NULL && *ak != '\0');
          high = (b != NULL && *b != '\0') ? parse_amount (b, (bk != NULL && *bk != '\0') ||
                                                               (ak != NULL && *ak != '\0' &&
                                                                parse_amount (b, FALSE) < 1000))
                                           : low;
          /* "60-75k": the k applies to both. */
          if (ak == NULL || *ak == '\0')
            if (bk != NULL && *bk != '\0' && low < 1000)
              low *= 1000.0;

          if (low < 5 || high < low || high > 100000000)
            continue;

          code = currency_from_symbol (cur);
          salary->currency = g_strdup (code != NULL ? code : cur);
          salary->min_cents = (gint64) llround (low * 100.0);
          salary->max_cents = (gint64) llround (high * 100.0);

          {
            g_autofree char *tail = g_strndup (text + end, MIN (40, (int) strlen (text + end)));
            g_autofree char *tail_folded = voc_text_fold (tail);

            salary->period = period_from_text (tail_folded);
            if (salary->period == NULL)
              salary->period = period_from_text (folded);
          }

          if (salary->period == NULL)
            {
              /* Not said: judge by size. */
              if (high >= 10000)
                salary->period = "year";
              else if (high >= 1000)
                salary->period = "month";
              else if (high >= 200)
                salary->period = "day";
              else
                salary->period = "hour";
            }

          return TRUE;
        }
    }

  return FALSE;
}

static void
section_free (VocJdSection *section)
{
  g_free (section->heading);
  g_free (section->text);
  g_free (section);
}

void
voc_jd_parse_free (VocJdParse *parse)
{
  if (parse == NULL)
    return;

  g_free (parse->title);
  g_free (parse->company);
  g_free (parse->location);
  g_free (parse->url);
  g_free (parse->salary_currency);
  g_clear_pointer (&parse->sections, g_ptr_array_unref);
  g_clear_pointer (&parse->skills, g_array_unref);
  g_free (parse->fingerprint);
  g_free (parse->clean_text);
  g_free (parse);
}

static const char *
hint (GHashTable *hints,
      const char *key)
{
  const char *value;

  if (hints == NULL)
    return NULL;

  value = g_hash_table_lookup (hints, key);
  return (value != NULL && *value != '\0') ? value : NULL;
}

static void
set_if_empty (char       **field,
              const char  *value)
{
  if (*field == NULL && value != NULL && *value != '\0')
    *field = g_strdup (value);
}

/* "Senior Analytics Engineer — The LEGO Group": the part after a dash, bar or " at " is the
 * company, when the posting does not say it elsewhere. */
static void
split_title (VocJdParse *parse)
{
  static const char *separators[] = { " — ", " – ", " | ", " at ", " @ " };

  if (parse->title == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      char *at = g_strrstr (parse->title, separators[i]);

      if (at != NULL && at != parse->title)
        {
          g_autofree char *right = g_strstrip (g_strdup (at + strlen (separators[i])));

          *at = '\0';
          g_strchomp (parse->title);
          set_if_empty (&parse->company, right);
          return;
        }
    }
}

/* A first line that reads as a title, not a sentence: short, and no full stop inside
 * ("Data Analyst at Globex Corp." is a title; "We build tools. Join us." is not). */
static gboolean
looks_like_title (const char *line)
{
  guint words = 1;

  if (strlen (line) > 100 || strstr (line, ". ") != NULL)
    return FALSE;

  for (const char *p = line; *p; p++)
    if (*p == ' ')
      words++;

  return words <= 14 && (!g_str_has_suffix (line, ".") || words <= 8);
}

/* "We are looking for a Senior Backend Engineer to join…": the role a first sentence names. */
static char *
title_from_sentence (const char *line)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) info = NULL;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
                       g_regex_new ("(?:looking for|seeking|hiring|searching for|recruiting)\\s+"
                                    "(?:an?\\s+|our\\s+(?:next\\s+|new\\s+)?|the\\s+)?"
                                    "(?:(?:experienced|talented|motivated|passionate)\\s+)?"
                                    "((?:\\(?[A-Z][\\w+#./&()-]*\\)?\\s+){0,6}\\(?[A-Z][\\w+#./&()-]*\\)?)"
                                    "(?=\\s+(?:to|who|with|in|at|for|that|on)\\b|\\s*[,.;:]|$)",
                                    0, 0, NULL));

  if (g_regex_match (regex, line, 0, &info))
    return g_match_info_fetch (info, 1);

  return NULL;
}

/* Documents often title themselves "Senior Content Designer Job description": the words
 * that name the document, not the job, go. */
static void
clean_title (VocJdParse *parse)
{
  static const char *suffixes[] = {
    "job description", "job advert", "job advertisement", "job posting", "job ad",
    "vacancy", "role profile", "job profile",
  };
  gboolean changed = TRUE;

  if (parse->title == NULL)
    return;

  while (changed)
    {
      g_autofree char *folded = g_ascii_strdown (parse->title, -1);
      gsize len = strlen (folded);

      changed = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          gsize sl = strlen (suffixes[i]);

          if (len > sl && g_str_has_suffix (folded, suffixes[i]) &&
              !g_ascii_isalnum (folded[len - sl - 1]))
            {
              parse->title[len - sl] = '\0';
              g_strchomp (parse->title);
              /* "Designer -", "Designer:" */
              while (*parse->title != '\0' &&
                     strchr ("-–—:|,", parse->title[strlen (parse->title) - 1]) != NULL)
                {
                  parse->title[strlen (parse->title) - 1] = '\0';
                  g_strchomp (parse->title);
                }
              changed = TRUE;
              break;
            }
        }
    }
}

static const char *
salary_period_hint (const char *unit)
{
  g_autofree char *folded = voc_text_fold (unit);

  if (folded == NULL)
    return NULL;
  if (strstr (folded, "hour"))
    return "hour";
  if (strstr (folded, "day"))
    return "day";
  if (strstr (folded, "week"))
    return "week";
  if (strstr (folded, "month"))
    return "month";
  if (strstr (folded, "year") || strstr (folded, "annual"))
    return "year";
  return NULL;
}

static void
parse_salary_hints (VocJdParse *parse,
                    GHashTable *hints)
{
  const char *min = hint (hints, "salary_min");
  const char *max = hint (hints, "salary_max");

  if (min == NULL && max == NULL)
    return;

  parse->salary_min_cents = min != NULL ? (gint64) llround (g_ascii_strtod (min, NULL) * 100) : -1;
  parse->salary_max_cents = max != NULL ? (gint64) llround (g_ascii_strtod (max, NULL) * 100)
                                        : parse->salary_min_cents;
  if (parse->salary_min_cents < 0)
    parse->salary_min_cents = parse->salary_max_cents;
  parse->salary_currency = g_strdup (hint (hints, "salary_currency"));
  parse->salary_period = salary_period_hint (hint (hints, "salary_period"));
  if (parse->salary_period == NULL)
    parse->salary_period = parse->salary_max_cents >= 1000000 ? "year" : "hour";
}

static void
add_section (GPtrArray        *sections,
             VocJdSectionKind  kind,
             const char       *heading,
             GString          *body)
{
  VocJdSection *section;
  g_autofree char *text = g_strdup (body->str);

  g_strstrip (text);
  if (*text == '\0' && heading == NULL)
    return;

  section = g_new0 (VocJdSection, 1);
  section->kind = kind;
  section->heading = g_strdup (heading);
  section->text = g_steal_pointer (&text);
  g_ptr_array_add (sections, section);
}

static int
compare_skills (gconstpointer a,
                gconstpointer b)
{
  const VocJdSkill *sa = a, *sb = b;

  if (sa->weight != sb->weight)
    return sa->weight < sb->weight ? 1 : -1;
  return g_strcmp0 (sa->name, sb->name);
}

static void
collect_skills (VocJdParse         *parse,
                VocSkillDictionary *dictionary)
{
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);
  gboolean has_requirements = FALSE;

  parse->skills = g_array_new (FALSE, TRUE, sizeof (VocJdSkill));

  for (guint i = 0; i < parse->sections->len; i++)
    if (((VocJdSection *) g_ptr_array_index (parse->sections, i))->kind ==
        VOC_JD_SECTION_REQUIREMENTS)
      has_requirements = TRUE;

  for (guint i = 0; i <= parse->sections->len; i++)
    {
      VocJdSectionKind kind;
      const char *text;
      g_autoptr(GArray) matches = NULL;

      if (i == parse->sections->len)
        {
          /* The title counts as a requirement: a "Python Developer" needs Python. */
          kind = VOC_JD_SECTION_REQUIREMENTS;
          text = parse->title;
        }
      else
        {
          VocJdSection *section = g_ptr_array_index (parse->sections, i);

          kind = section->kind;
          text = section->text;
        }

      matches = voc_skill_dictionary_find (dictionary, text);
      for (guint m = 0; m < matches->len; m++)
        {
          VocSkillMatch *match = &g_array_index (matches, VocSkillMatch, m);
          gpointer slot = g_hash_table_lookup (index, GUINT_TO_POINTER (match->skill + 1));
          VocJdSkill *skill;
          gboolean required;

          if (slot == NULL)
            {
              VocJdSkill fresh = { 0 };

              fresh.skill = match->skill;
              fresh.name = voc_skill_dictionary_get_name (dictionary, match->skill);
              fresh.nice_to_have = TRUE;
              g_array_append_val (parse->skills, fresh);
              slot = GUINT_TO_POINTER (parse->skills->len);
              g_hash_table_insert (index, GUINT_TO_POINTER (match->skill + 1), slot);
            }
          skill = &g_array_index (parse->skills, VocJdSkill, GPOINTER_TO_UINT (slot) - 1);

          /* Without a requirements section, what the role involves is what it requires. */
          required = kind == VOC_JD_SECTION_REQUIREMENTS ||
                     (!has_requirements && kind != VOC_JD_SECTION_NICE_TO_HAVE &&
                      kind != VOC_JD_SECTION_BENEFITS && kind != VOC_JD_SECTION_ABOUT);

          skill->count += match->count;
          if (required)
            skill->required = TRUE;
          if (kind != VOC_JD_SECTION_NICE_TO_HAVE)
            skill->nice_to_have = FALSE;

          switch (kind)
            {
            case VOC_JD_SECTION_REQUIREMENTS:     skill->weight += 3.0 + match->count; break;
            case VOC_JD_SECTION_RESPONSIBILITIES: skill->weight += 2.0 + match->count; break;
            case VOC_JD_SECTION_NICE_TO_HAVE:     skill->weight += 1.0; break;
            case VOC_JD_SECTION_ABOUT:
            case VOC_JD_SECTION_BENEFITS:         skill->weight += 0.25; break;
            case VOC_JD_SECTION_OTHER:
            default:                              skill->weight += 1.0 + 0.5 * match->count; break;
            }
        }
    }

  for (guint i = 0; i < parse->skills->len; i++)
    {
      VocJdSkill *skill = &g_array_index (parse->skills, VocJdSkill, i);

      /* Nice-to-have only when nothing else asks for it. */
      if (skill->required)
        skill->nice_to_have = FALSE;
    }

  g_array_sort (parse->skills, compare_skills);
}

static char *
compute_fingerprint (VocJdParse *parse)
{
  g_autofree char *title = voc_text_fold (parse->title != NULL ? parse->title : "");
  g_autofree char *company = voc_text_normalize_company (parse->company);
  g_autofree char *location = voc_text_fold (parse->location != NULL ? parse->location : "");
  g_autoptr(GString) key = g_string_new (NULL);

  g_string_append_printf (key, "%s\n%s\n%s", title, company, location);

  /* Without a company, title and place do not tell two employers' jobs apart: a posting is
   * then known by its text too, so that another job is never stored over it. */
  if (parse->title == NULL || *company == '\0')
    {
      g_autofree char *body = voc_text_fold (parse->clean_text);

      g_string_append (key, body);
    }

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, key->str, key->len);
}

/**
 * voc_jd_parse:
 * @text: the posting's text (as extracted from a file or a page)
 * @hints: (nullable) (element-type utf8 utf8): structured fields from the source: `title`,
 *   `company`, `location`, `employment_type`, `remote`, `salary_min`, `salary_max`,
 *   `salary_currency`, `salary_period`, `url`
 * @dictionary: the skills dictionary
 *
 * Returns: (transfer full): what the posting says
 */
VocJdParse *
voc_jd_parse (const char         *text,
              GHashTable         *hints,
              VocSkillDictionary *dictionary)
{
  VocJdParse *parse = g_new0 (VocJdParse, 1);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *label_salary = NULL;
  g_autofree char *label_remote = NULL;
  g_autofree char *label_employment = NULL;
  g_autofree char *label_seniority = NULL;
  g_autofree char *first_heading = NULL;
  g_autofree char *first_line = NULL;
  g_autofree char *folded_text = NULL;
  g_autofree char *current_heading = NULL;
  VocJdSectionKind current_kind = VOC_JD_SECTION_OTHER;
  int current_level = 0;
  int kind_level = 0;

  parse->salary_min_cents = parse->salary_max_cents = -1;
  parse->yearly_min_cents = parse->yearly_max_cents = -1;
  parse->remote_mode = "unknown";
  parse->employment_type = "unknown";
  parse->seniority = "unknown";
  parse->salary_period = "unknown";
  parse->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  parse->clean_text = voc_text_normalize_whitespace (text != NULL ? text : "");

  /* 1. Hints from the source. */
  set_if_empty (&parse->title, hint (hints, "title"));
  set_if_empty (&parse->company, hint (hints, "company"));
  set_if_empty (&parse->location, hint (hints, "location"));
  set_if_empty (&parse->url, hint (hints, "url"));
  if (hint (hints, "employment_type") != NULL)
    {
      g_autofree char *folded = voc_text_fold (hint (hints, "employment_type"));

      /* schema.org writes FULL_TIME, PART_TIME, … */
      label_employment = g_strdelimit (g_strdup (folded), "_", ' ');
    }
  if (g_strcmp0 (hint (hints, "remote"), "true") == 0)
    parse->remote_mode = "remote";
  parse_salary_hints (parse, hints);

  /* 2. Labels, the title line and the sections, line by line. */
  lines = g_strsplit (parse->clean_text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autofree char *heading = NULL;
      g_autofree char *value = NULL;
      const char *field = NULL;
      int level;

      if (*line == '\0')
        {
          if (body->len > 0)
            g_string_append_c (body, '\n');
          continue;
        }
      if (g_str_equal (line, "---") || g_str_equal (line, "***"))
        continue;
      /* Markdown files often carry bits of HTML; a line that is only a tag says nothing. */
      if (line[0] == '<' && g_str_has_suffix (line, ">") && strchr (line + 1, '<') == NULL)
        continue;

      if (first_line == NULL)
        first_line = strip_markup (line);

      level = heading_level (line, &heading);
      if (level > 0)
        {
          g_autofree char *inline_text = NULL;
          VocJdSectionKind kind;

          if (level == 8)
            {
              char *newline = strchr (heading, '\n');

              inline_text = g_strdup (newline + 1);
              *newline = '\0';
              level = 7;
            }
          kind = voc_jd_classify_heading (heading);

          if (level == 1 && first_heading == NULL)
            {
              first_heading = g_steal_pointer (&heading);
              continue;
            }

          add_section (parse->sections, current_kind, current_heading, body);
          g_string_truncate (body, 0);
          g_free (current_heading);
          current_heading = g_steal_pointer (&heading);

          /* An unrecognised sub-heading belongs to its parent's kind. */
          if (kind == VOC_JD_SECTION_OTHER && current_kind != VOC_JD_SECTION_OTHER &&
              level > kind_level && level < 7)
            kind = current_kind;
          else
            kind_level = level;
          current_kind = kind;
          current_level = level;
          if (inline_text != NULL)
            {
              g_string_append (body, inline_text);
              g_string_append_c (body, '\n');
            }
          continue;
        }

      /* Labels are header lines ("Location: Berlin"): in the body, a line such as "Role: most
       * of your time goes into…" is text, not the job's title. */
      if (parse->sections->len == 0 && current_heading == NULL && i < 25 &&
          parse_label_line (line, &field, &value))
        {
          if (g_str_equal (field, "title"))
            set_if_empty (&parse->title, value);
          else if (g_str_equal (field, "company"))
            set_if_empty (&parse->company, value);
          else if (g_str_equal (field, "location"))
            set_if_empty (&parse->location, value);
          else if (g_str_equal (field, "url"))
            set_if_empty (&parse->url, value);
          else if (g_str_equal (field, "salary") && label_salary == NULL)
            label_salary = g_steal_pointer (&value);
          else if (g_str_equal (field, "remote") && label_remote == NULL)
            label_remote = g_steal_pointer (&value);
          else if (g_str_equal (field, "employment_type") && label_employment == NULL)
            label_employment = voc_text_fold (value);
          else if (g_str_equal (field, "seniority") && label_seniority == NULL)
            label_seniority = voc_text_fold (value);

          /* Labelled lines in the header are metadata, not section text. */
          if (parse->sections->len == 0 && current_heading == NULL)
            continue;
        }

      g_string_append (body, line);
      g_string_append_c (body, '\n');
    }
  add_section (parse->sections, current_kind, current_heading, body);
  (void) current_level;

  /* 3. The title line. */
  if (parse->title == NULL)
    parse->title = g_strdup (first_heading);
  if (parse->title == NULL && first_line != NULL)
    parse->title = title_from_sentence (first_line);
  if (parse->title == NULL && first_line != NULL && looks_like_title (first_line))
    parse->title = g_strdup (first_line);
  split_title (parse);
  clean_title (parse);
  if (parse->title != NULL && *parse->title == '\0')
    g_clear_pointer (&parse->title, g_free);

  /* 4. Phrases. */
  folded_text = voc_text_fold (parse->clean_text);

  if (g_str_equal (parse->remote_mode, "unknown"))
    {
      const char *mode = NULL;

      if (label_remote != NULL)
        {
          g_autofree char *folded = voc_text_fold (label_remote);

          mode = remote_from_text (folded);
        }
      if (mode == NULL && parse->location != NULL)
        {
          g_autofree char *folded = voc_text_fold (parse->location);

          mode = remote_from_text (folded);
        }
      if (mode == NULL && parse->title != NULL)
        {
          g_autofree char *folded = voc_text_fold (parse->title);

          if (has_word (folded, "remote"))
            mode = "remote";
          else if (has_word (folded, "hybrid"))
            mode = "hybrid";
        }
      if (mode == NULL)
        mode = remote_from_text (folded_text);
      if (mode != NULL)
        parse->remote_mode = mode;
    }

  {
    const char *type = NULL;

    if (label_employment != NULL)
      type = employment_from_text (label_employment);
    if (type == NULL)
      type = employment_from_text (folded_text);
    if (type != NULL)
      parse->employment_type = type;
  }

  {
    const char *level = NULL;

    if (label_seniority != NULL)
      level = seniority_from_title (label_seniority);
    if (level == NULL && parse->title != NULL)
      {
        g_autofree char *folded = voc_text_fold (parse->title);

        level = seniority_from_title (folded);
      }
    if (level == NULL)
      level = seniority_from_years (folded_text);
    if (level != NULL)
      parse->seniority = level;
  }

  if (parse->salary_min_cents < 0)
    {
      VocSalary salary;

      if (voc_salary_parse (label_salary, &salary) ||
          voc_salary_parse (parse->clean_text, &salary))
        {
          parse->salary_min_cents = salary.min_cents;
          parse->salary_max_cents = salary.max_cents;
          parse->salary_currency = g_steal_pointer (&salary.currency);
          parse->salary_period = salary.period;
        }
      voc_salary_clear (&salary);
    }
  parse->yearly_min_cents = voc_salary_to_yearly (parse->salary_min_cents, parse->salary_period);
  parse->yearly_max_cents = voc_salary_to_yearly (parse->salary_max_cents, parse->salary_period);

  collect_skills (parse, dictionary);
  parse->fingerprint = compute_fingerprint (parse);

  return parse;
}
