/* voc-text.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-text"

#include "config.h"

#include <string.h>

#include "voc-text.h"

/**
 * voc_text_fold:
 *
 * Folds text for comparison: compatibility-decomposed, without diacritics, case-folded.
 * "Café" and "CAFE" fold to the same "cafe".
 *
 * Returns: (transfer full): the folded text
 */
char *
voc_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  if (text == NULL)
    return NULL;

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (decomposed, -1);
  out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * voc_text_normalize_whitespace:
 *
 * Collapses runs of spaces and tabs within lines, trims every line, drops control
 * characters, and keeps at most one blank line between paragraphs.
 *
 * Returns: (transfer full): the normalised text, without leading or trailing blank lines
 */
char *
voc_text_normalize_whitespace (const char *text)
{
  GString *out;
  guint pending_newlines = 0;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return NULL;

  out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == 0x2028 || c == 0x2029)
        {
          pending_newlines++;
          pending_space = FALSE;
          continue;
        }
      if (c == '\r')
        continue;
      if (g_unichar_isspace (c) || c == 0xa0)
        {
          pending_space = TRUE;
          continue;
        }
      if (g_unichar_iscntrl (c) || c == 0xfeff || c == 0x200b)
        continue;

      if (out->len > 0)
        {
          if (pending_newlines > 0)
            g_string_append (out, pending_newlines > 1 ? "\n\n" : "\n");
          else if (pending_space)
            g_string_append_c (out, ' ');
        }
      pending_newlines = 0;
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Words that name a legal form or a group rather than the company itself: "Acme Inc." and
 * "ACME" are the same employer. */
static const char *company_suffixes[] = {
  "inc", "incorporated", "ltd", "limited", "llc", "llp", "lp", "plc", "gmbh", "mbh", "ag", "sa",
  "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "oy", "oyj", "as", "asa", "aps", "kg", "kgaa",
  "se", "co", "corp", "corporation", "company", "group", "holding", "holdings", "pty", "pvt",
  "kk", "sl", "sro", "&",
};

static gboolean
is_company_suffix (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (company_suffixes); i++)
    if (g_str_equal (word, company_suffixes[i]))
      return TRUE;

  return FALSE;
}

/**
 * voc_text_normalize_company:
 *
 * The key under which companies are matched: folded, punctuation removed, a leading "the"
 * and trailing legal forms dropped ("The LEGO Group" → "lego", "Acme, Inc." → "acme").
 *
 * Returns: (transfer full): the key, empty when nothing is left
 */
char *
voc_text_normalize_company (const char *name)
{
  g_autofree char *folded = voc_text_fold (name);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  GString *word = g_string_new (NULL);
  guint first = 0, last;
  GString *out;

  if (folded == NULL)
    {
      g_string_free (word, TRUE);
      return g_strdup ("");
    }

  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || c == '&'))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      /* Dots and apostrophes join ("A.B.C.", "O'Reilly"); other punctuation separates. */
      if (c == '.' || c == '\'' || c == 0x2019)
        continue;
      if (word->len > 0)
        g_ptr_array_add (words, g_strdup (word->str));
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);

  last = words->len;
  if (last > 1 && g_str_equal (g_ptr_array_index (words, 0), "the"))
    first = 1;
  while (last > first + 1 && is_company_suffix (g_ptr_array_index (words, last - 1)))
    last--;

  out = g_string_new (NULL);
  for (guint i = first; i < last; i++)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_ptr_array_index (words, i));
    }

  return g_string_free (out, FALSE);
}

/* Hosts of job boards and aggregators: a posting's URL there says nothing about the
 * employer's own web domain. */
static const char *job_board_hosts[] = {
  "greenhouse.io", "lever.co", "ashbyhq.com", "linkedin.com", "indeed.com", "glassdoor.com",
  "workable.com", "smartrecruiters.com", "myworkdayjobs.com", "workday.com", "bamboohr.com",
  "recruitee.com", "teamtailor.com", "personio.de", "personio.com", "jobvite.com", "icims.com",
  "taleo.net", "successfactors.com", "wellfound.com", "angel.co", "stackoverflow.com",
  "monster.com", "ziprecruiter.com", "welcometothejungle.com", "otta.com", "join.com",
  "google.com", "civilservicejobs.service.gov.uk", "github.com", "github.io",
};

gboolean
voc_text_is_job_board_host (const char *host)
{
  if (host == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (job_board_hosts); i++)
    {
      const char *board = job_board_hosts[i];
      gsize hl = strlen (host), bl = strlen (board);

      if (g_ascii_strcasecmp (host, board) == 0 ||
          (hl > bl && host[hl - bl - 1] == '.' && g_ascii_strcasecmp (host + hl - bl, board) == 0))
        return TRUE;
    }

  return FALSE;
}

/**
 * voc_text_domain_from_url:
 *
 * The employer's web domain from a URL: the host without "www.", "jobs." or "careers.".
 *
 * Returns: (transfer full) (nullable): the domain, or %NULL for a job board or a URL
 *   without a host
 */
char *
voc_text_domain_from_url (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;
  static const char *prefixes[] = { "www.", "jobs.", "careers.", "career.", "apply.", "join." };

  if (url == NULL)
    return NULL;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return NULL;

  host = g_uri_get_host (uri);
  if (voc_text_is_job_board_host (host))
    return NULL;

  for (gboolean stripped = TRUE; stripped; )
    {
      stripped = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
        if (g_ascii_strncasecmp (host, prefixes[i], strlen (prefixes[i])) == 0 &&
            strchr (host + strlen (prefixes[i]), '.') != NULL)
          {
            host += strlen (prefixes[i]);
            stripped = TRUE;
          }
    }

  return g_ascii_strdown (host, -1);
}
