/* voc-ai-verify.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-ai"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "voc-ai-verify.h"
#include "voc-skills.h"

/*
 * The verifier between a model's rewrite of a bullet and the user: truthful by construction.
 * A suggestion is refused when it adds a number or percentage, a skill or tool (from the
 * skills dictionary), a name (an employer, client or title: a capitalised word that is not
 * the first of a sentence) or a date (a month or a year) that is neither in the source bullet
 * nor anywhere in the user's library. Stock phrases that mark text as machine-written
 * (data/stock-phrases.txt) are taken out, unless the user wrote them in the source.
 *
 * It errs on the side of refusing: a refused suggestion is shown with its reasons, and the
 * user keeps the bullet they wrote.
 */

#define PHRASES_PATH "/io/github/vocationapp/Vocation/ai/data/stock-phrases.txt"

static const char *months[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec",
};

/* Capitalised words that are not names. */
static const char *common_capitals[] = { "I", "AI", "OK" };

static GPtrArray *
stock_phrases (void)
{
  static GPtrArray *phrases;

  if (g_once_init_enter (&phrases))
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (PHRASES_PATH, 0, NULL);
      g_autofree char *text = NULL;
      g_auto(GStrv) lines = NULL;
      GPtrArray *list = g_ptr_array_new ();

      g_assert (bytes != NULL);
      text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      lines = g_strsplit (text, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (lines[i][0] == '#' || lines[i][0] == '\0')
            continue;
          /* Each entry is a GStrv: { phrase, replacement }. */
          g_ptr_array_add (list, g_strsplit (lines[i], "\t", 2));
        }
      g_once_init_leave (&phrases, list);
    }
  return phrases;
}

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '-' || (c & 0x80) != 0;
}

/* U+2019, the apostrophe models write ("API’s"): it ends a word as ' does. */
#define RIGHT_QUOTE "\xe2\x80\x99"

static gboolean
is_right_quote (const char *p)
{
  return strncmp (p, RIGHT_QUOTE, 3) == 0;
}

/* Whether a word goes on at @p (not past a right quote). */
static gboolean
word_goes_on (const char *p)
{
  return is_word_char (*p) && !is_right_quote (p);
}

/* Whether the byte before @p, in @text, belongs to a word. */
static gboolean
word_before (const char *text,
             const char *p)
{
  if (p == text)
    return FALSE;
  if (p - text >= 3 && is_right_quote (p - 3))
    return FALSE;
  return is_word_char (p[-1]);
}

/* Where @needle occurs in @haystack, ASCII case-insensitively, on word boundaries. */
static const char *
find_word (const char *haystack,
           const char *needle)
{
  gsize n = strlen (needle);

  if (n == 0)
    return NULL;
  for (const char *p = haystack; *p != '\0'; p++)
    {
      if (g_ascii_strncasecmp (p, needle, n) == 0 &&
          !word_before (haystack, p) && !word_goes_on (p + n))
        return p;
    }
  return NULL;
}

static void
tidy (GString *text)
{
  static const char *pairs[][2] = {
    { "  ", " " }, { " ,", "," }, { " .", "." }, { " ;", ";" }, { ",,", "," }, { "( ", "(" },
  };
  gboolean changed = TRUE;

  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
        changed |= g_string_replace (text, pairs[i][0], pairs[i][1], 0) > 0;
    }
  while (text->len > 0 && (text->str[0] == ' ' || text->str[0] == ',' || text->str[0] == ';'))
    g_string_erase (text, 0, 1);
  while (text->len > 0 && text->str[text->len - 1] == ' ')
    g_string_truncate (text, text->len - 1);
  if (text->len > 0 && g_ascii_islower (text->str[0]))
    text->str[0] = g_ascii_toupper (text->str[0]);
}

/**
 * voc_ai_strip_stock_phrases:
 * @text: a suggestion
 * @keep_from: (nullable): text the user wrote; phrases in it are kept
 * @removed: (nullable) (element-type utf8): receives each phrase taken out
 *
 * Returns: (transfer full): @text without the stock phrases, tidied
 */
char *
voc_ai_strip_stock_phrases (const char *text,
                            const char *keep_from,
                            GPtrArray  *removed)
{
  GPtrArray *phrases = stock_phrases ();
  g_autoptr(GString) out = g_string_new (text);

  for (guint i = 0; i < phrases->len; i++)
    {
      char **entry = g_ptr_array_index (phrases, i);
      const char *replacement = entry[1] != NULL ? entry[1] : "";
      const char *hit;

      if (keep_from != NULL && find_word (keep_from, entry[0]) != NULL)
        continue;
      while ((hit = find_word (out->str, entry[0])) != NULL)
        {
          gsize at = hit - out->str;
          gboolean capital = g_ascii_isupper (*hit);

          g_string_erase (out, at, strlen (entry[0]));
          g_string_insert (out, at, replacement);
          if (capital && *replacement != '\0')
            out->str[at] = g_ascii_toupper (out->str[at]);
          if (removed != NULL)
            g_ptr_array_add (removed, g_strdup (entry[0]));
        }
    }
  tidy (out);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Numbers as written ("1,200", "3.5", "40%", "40 percent"), normalised: no thousands
 * separators, "%" kept. */
static GHashTable *
numbers_in (const char *text)
{
  static GRegex *regex;
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GMatchInfo) info = NULL;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("\\d+(?:[.,]\\d+)*"
                                            "(?:\\s*(?:%|percent\\b|per cent\\b))?",
                                            G_REGEX_CASELESS, 0, NULL));
  g_regex_match (regex, text, 0, &info);
  while (g_match_info_matches (info))
    {
      g_autofree char *match = g_match_info_fetch (info, 0);
      GString *number = g_string_new (NULL);
      gboolean percent = strchr (match, '%') != NULL || strstr (match, "er") != NULL;

      for (const char *p = match; *p != '\0'; p++)
        if (g_ascii_isdigit (*p) || (*p == '.' && g_ascii_isdigit (p[1])))
          g_string_append_c (number, *p);
      if (percent)
        g_string_append_c (number, '%');
      g_hash_table_add (set, g_string_free (number, FALSE));
      g_match_info_next (info, NULL);
    }
  return set;
}

static gboolean
is_month (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_ascii_strcasecmp (word, months[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_common_capital (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (common_capitals); i++)
    if (g_str_equal (word, common_capitals[i]))
      return TRUE;
  return FALSE;
}

/* Runs of capitalised words that do not start a sentence: "Globex Corporation". */
static GPtrArray *
names_in (const char *text)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) current = g_string_new (NULL);
  gboolean sentence_start = TRUE;
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;
      gboolean capital;
      g_autofree char *word = NULL;

      if (is_right_quote (p))
        {
          /* The rest of "API’s" is not part of a name; the run goes on after it. */
          p += 3;
          while (word_goes_on (p))
            p++;
          continue;
        }
      if (!is_word_char (*p) || *p == '-')
        {
          if (*p == '.' || *p == '!' || *p == '?' || *p == ':' || *p == ';' || *p == '\n')
            sentence_start = TRUE;
          /* Punctuation other than a space ends a run of capitalised words. */
          if (*p != ' ' && current->len > 0)
            {
              g_ptr_array_add (names, g_strdup (current->str));
              g_string_truncate (current, 0);
            }
          p++;
          continue;
        }

      start = p;
      while (*p != '\0' && word_goes_on (p))
        p++;
      word = g_strndup (start, p - start);
      capital = g_unichar_isupper (g_utf8_get_char (word));

      if (capital && !sentence_start && !is_common_capital (word))
        {
          if (current->len > 0)
            g_string_append_c (current, ' ');
          g_string_append (current, word);
        }
      else if (current->len > 0)
        {
          g_ptr_array_add (names, g_strdup (current->str));
          g_string_truncate (current, 0);
        }
      sentence_start = FALSE;
    }
  if (current->len > 0)
    g_ptr_array_add (names, g_strdup (current->str));
  return names;
}

static void
add_reason (GPtrArray  *reasons,
            char       *reason)
{
  for (guint i = 0; i < reasons->len; i++)
    if (g_str_equal (g_ptr_array_index (reasons, i), reason))
      {
        g_free (reason);
        return;
      }
  g_ptr_array_add (reasons, reason);
}

/**
 * voc_ai_verify_bullet:
 * @source: the bullet the user wrote
 * @library: (nullable) (array zero-terminated=1): everything else the user wrote (other
 *   bullets, employers, titles, dates, skills), as text
 * @suggestion: the model's rewrite
 *
 * Returns: (transfer full): the verdict
 */
VocAiVerdict *
voc_ai_verify_bullet (const char         *source,
                      const char * const *library,
                      const char         *suggestion)
{
  VocAiVerdict *verdict = g_new0 (VocAiVerdict, 1);
  VocSkillDictionary *skills = voc_skill_dictionary_get_default ();
  g_autoptr(GString) known = g_string_new (source);
  g_autoptr(GHashTable) known_numbers = NULL;
  g_autoptr(GHashTable) new_numbers = NULL;
  g_autoptr(GHashTable) known_skills = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) known_matches = NULL;
  g_autoptr(GArray) new_matches = NULL;
  g_autoptr(GPtrArray) names = NULL;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (source != NULL && suggestion != NULL, NULL);

  verdict->reasons = g_ptr_array_new_with_free_func (g_free);
  verdict->removed = g_ptr_array_new_with_free_func (g_free);
  verdict->text = voc_ai_strip_stock_phrases (suggestion, source, verdict->removed);

  for (guint i = 0; library != NULL && library[i] != NULL; i++)
    g_string_append_printf (known, "\n%s", library[i]);

  /* Numbers, percentages, years. */
  known_numbers = numbers_in (known->str);
  new_numbers = numbers_in (verdict->text);
  g_hash_table_iter_init (&iter, new_numbers);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *number = key;

      if (g_hash_table_contains (known_numbers, number))
        continue;
      if (g_str_has_suffix (number, "%"))
        add_reason (verdict->reasons,
                    g_strdup_printf (_("Adds the percentage “%s”, which is not in the source "
                                       "bullet or your library"), number));
      else if (strlen (number) == 4 && (g_str_has_prefix (number, "19") ||
                                        g_str_has_prefix (number, "20")))
        add_reason (verdict->reasons,
                    g_strdup_printf (_("Adds the date “%s”, which is not in the source bullet "
                                       "or your library"), number));
      else
        add_reason (verdict->reasons,
                    g_strdup_printf (_("Adds the number “%s”, which is not in the source bullet "
                                       "or your library"), number));
    }

  /* Skills and tools. */
  known_matches = voc_skill_dictionary_find (skills, known->str);
  for (guint i = 0; i < known_matches->len; i++)
    g_hash_table_add (known_skills,
                      GUINT_TO_POINTER (g_array_index (known_matches, VocSkillMatch, i).skill + 1));
  new_matches = voc_skill_dictionary_find (skills, verdict->text);
  for (guint i = 0; i < new_matches->len; i++)
    {
      guint skill = g_array_index (new_matches, VocSkillMatch, i).skill;

      if (!g_hash_table_contains (known_skills, GUINT_TO_POINTER (skill + 1)))
        add_reason (verdict->reasons,
                    g_strdup_printf (_("Adds the skill or tool “%s”, which is not in the source "
                                       "bullet or your library"),
                                     voc_skill_dictionary_get_name (skills, skill)));
    }

  /* Names (employers, clients, titles) and months. */
  names = names_in (verdict->text);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_auto(GStrv) words = g_strsplit (name, " ", -1);

      for (guint w = 0; words[w] != NULL; w++)
        {
          if (find_word (known->str, words[w]) != NULL)
            continue;
          if (voc_skill_dictionary_lookup (skills, words[w]) >= 0)
            continue;  /* reported as a skill above, if new */
          if (is_month (words[w]))
            add_reason (verdict->reasons,
                        g_strdup_printf (_("Adds the date “%s”, which is not in the source "
                                           "bullet or your library"), words[w]));
          else
            add_reason (verdict->reasons,
                        g_strdup_printf (_("Names “%s”, which is not in the source bullet or "
                                           "your library: an employer, client or title must "
                                           "not change"), name));
        }
    }

  verdict->accepted = verdict->reasons->len == 0;
  return verdict;
}

void
voc_ai_verdict_free (VocAiVerdict *verdict)
{
  if (verdict == NULL)
    return;
  g_free (verdict->text);
  g_ptr_array_unref (verdict->reasons);
  g_ptr_array_unref (verdict->removed);
  g_free (verdict);
}
