/* voc-resume-dates.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-dates"

#include "config.h"

#include <string.h>

#include "voc-resume-dates.h"
#include "voc-text.h"

/*
 * Dates as people write them on résumés, read without regular expressions: the text is cut
 * into tokens (words, numbers, single punctuation characters, each knowing whether space came
 * before it) and a small recursive-descent grammar tries each token as the start of a date
 * range. Tokens make the rules about what may touch a date plain to state: "2022on" is not a
 * year, "10.1234/neurips.2023" holds none, but "baselineJune 2023" (a PDF that lost the space
 * between two columns) does.
 *
 * Only years from 1950 to 2100 count: a résumé has no earlier dates, and a number outside
 * that range is a count, a patent number or a typo.
 *
 * The text is UTF-8; a byte that is not reads as an unknown punctuation mark, so that a line
 * from a damaged document cannot make the scanner run past its end.
 */

#define MIN_YEAR 1950
#define MAX_YEAR 2100

typedef enum
{
  TOKEN_WORD,
  TOKEN_NUMBER,
  TOKEN_PUNCT,
} TokenKind;

typedef struct
{
  TokenKind kind;
  guint     start;
  guint     end;
  gboolean  space_before;
  gboolean  upper_first;   /* a word starting with an upper-case letter */
  gboolean  lower_last;    /* a word ending with a lower-case letter */
  int       value;         /* a number's value; -1 when it has more than 6 digits */
  guint     digits;
  gunichar  punct;
  char      word[20];      /* a word folded ("März" → "marz"); "" when longer */
} Token;

typedef struct
{
  const char *text;
  Token      *tokens;
  guint       n;
} Tokens;

typedef struct
{
  int year;
  int month;   /* 0 when absent */
  int day;     /* 0 when absent */
} Date;

typedef struct
{
  const char *word;
  int         month;
} MonthName;

/* English, German, French, Spanish, plus the full Italian and Portuguese names; folded and
 * without a trailing full stop. Short forms that are also common words in one of those
 * languages ("out", "set", "gen") are left out: after them a year would too often be a
 * false date. */
static const MonthName month_names[] = {
  { "jan", 1 }, { "january", 1 }, { "januar", 1 }, { "janner", 1 }, { "janv", 1 },
  { "janvier", 1 }, { "enero", 1 }, { "ene", 1 }, { "gennaio", 1 }, { "janeiro", 1 },
  { "feb", 2 }, { "febr", 2 }, { "february", 2 }, { "februar", 2 }, { "feber", 2 },
  { "fev", 2 }, { "fevr", 2 }, { "fevrier", 2 }, { "febrero", 2 }, { "febbraio", 2 },
  { "fevereiro", 2 },
  { "mar", 3 }, { "march", 3 }, { "marz", 3 }, { "maerz", 3 }, { "mars", 3 },
  { "marzo", 3 }, { "marco", 3 },
  { "apr", 4 }, { "april", 4 }, { "avr", 4 }, { "avril", 4 }, { "abr", 4 }, { "abril", 4 },
  { "aprile", 4 },
  { "may", 5 }, { "mai", 5 }, { "mayo", 5 }, { "maggio", 5 }, { "maio", 5 },
  { "jun", 6 }, { "june", 6 }, { "juni", 6 }, { "juin", 6 }, { "junio", 6 }, { "giugno", 6 },
  { "junho", 6 },
  { "jul", 7 }, { "july", 7 }, { "juli", 7 }, { "juil", 7 }, { "juillet", 7 },
  { "julio", 7 }, { "luglio", 7 }, { "julho", 7 },
  { "aug", 8 }, { "august", 8 }, { "aout", 8 }, { "ago", 8 }, { "agosto", 8 },
  { "sep", 9 }, { "sept", 9 }, { "september", 9 }, { "septembre", 9 }, { "septiembre", 9 },
  { "setiembre", 9 }, { "settembre", 9 }, { "setembro", 9 },
  { "oct", 10 }, { "october", 10 }, { "okt", 10 }, { "oktober", 10 }, { "octobre", 10 },
  { "octubre", 10 }, { "ottobre", 10 }, { "outubro", 10 },
  { "nov", 11 }, { "november", 11 }, { "novembre", 11 }, { "noviembre", 11 },
  { "novembro", 11 },
  { "dec", 12 }, { "december", 12 }, { "dez", 12 }, { "dezember", 12 }, { "decembre", 12 },
  { "dic", 12 }, { "diciembre", 12 }, { "dicembre", 12 }, { "dezembro", 12 },
};

/* A season says only the year: "Summer 2019" → 2019. */
static const char * const season_words[] = {
  "spring", "summer", "fall", "autumn", "winter", "fruhling", "fruhjahr", "sommer", "herbst",
  "printemps", "ete", "automne", "hiver", "primavera", "verano", "otono", "invierno",
};

static const char * const present_words[] = {
  "present", "current", "currently", "now", "today", "ongoing", "heute", "aktuell", "jetzt",
  "dato", "laufend", "gegenwart", "actuel", "actuelle", "actuellement", "presente",
  "actualidad", "actualmente", "hoy", "oggi", "attuale", "atual", "atualmente",
};

/* Words that join the two ends of a range. */
static const char * const range_words[] = {
  "to", "until", "till", "til", "through", "thru", "bis", "au", "a", "hasta", "al", "ate",
};

static const char * const since_words[] = { "since", "seit", "depuis", "desde", "ab" };

static const char * const from_words[] = { "from", "von", "du", "de", "vom" };

static gboolean
word_in (const Token        *token,
         const char * const *words,
         guint               n_words)
{
  if (token->kind != TOKEN_WORD || token->word[0] == '\0')
    return FALSE;

  for (guint i = 0; i < n_words; i++)
    if (g_str_equal (token->word, words[i]))
      return TRUE;

  return FALSE;
}

#define WORD_IN(token, list) word_in ((token), (list), G_N_ELEMENTS (list))

static int
month_of (const Token *token)
{
  if (token->kind != TOKEN_WORD || token->word[0] == '\0')
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    if (g_str_equal (token->word, month_names[i].word))
      return month_names[i].month;

  return 0;
}

static gboolean
is_dash_char (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 ||
         c == 0x2014 || c == 0x2015 || c == 0x2212 || c == '~' || c == 0x2192;
}

/* Tokens --------------------------------------------------------------------------------------- */

static void
fold_word (const char *start,
           gsize       len,
           char        out[20])
{
  gboolean ascii = TRUE;

  out[0] = '\0';
  if (len >= 20 * 2)
    return;

  for (gsize i = 0; i < len; i++)
    if ((guchar) start[i] >= 0x80)
      ascii = FALSE;

  if (ascii)
    {
      if (len >= 20)
        return;
      for (gsize i = 0; i < len; i++)
        out[i] = g_ascii_tolower (start[i]);
      out[len] = '\0';
    }
  else
    {
      g_autofree char *word = g_strndup (start, len);
      g_autofree char *folded = voc_text_fold (word);

      if (folded != NULL && strlen (folded) < 20)
        strcpy (out, folded);
    }
}

/* Reads one character. A byte that does not start valid UTF-8 reads as U+FFFD, one byte
 * long: the functions here take text from anywhere, and must not run past its end. */
static const char *
read_char (const char *p,
           gunichar   *c)
{
  gunichar d = g_utf8_get_char_validated (p, -1);

  if (d == (gunichar) -1 || d == (gunichar) -2)
    {
      *c = 0xfffd;
      return p + 1;
    }

  *c = d;
  return g_utf8_next_char (p);
}

static void
tokenize (const char *text,
          Tokens     *tokens)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (Token));
  gboolean space = TRUE;
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c;
      const char *next = read_char (p, &c);
      Token token = { 0 };

      if (g_unichar_isspace (c) || c == 0xa0)
        {
          space = TRUE;
          p = next;
          continue;
        }

      token.start = p - text;
      token.space_before = space;
      space = FALSE;

      if (g_ascii_isdigit (*p))
        {
          guint64 value = 0;

          token.kind = TOKEN_NUMBER;
          while (g_ascii_isdigit (*p))
            {
              if (token.digits < 7)
                value = value * 10 + (*p - '0');
              token.digits++;
              p++;
            }
          token.value = token.digits > 6 ? -1 : (int) value;
        }
      else if (g_unichar_isalpha (c))
        {
          gunichar prev = 0;

          token.kind = TOKEN_WORD;
          token.upper_first = g_unichar_isupper (c);
          while (*p != '\0')
            {
              gunichar d;
              const char *after = read_char (p, &d);

              if (!g_unichar_isalpha (d) && !g_unichar_ismark (d))
                break;
              /* "baselineJune": two words a PDF glued together. */
              if (prev != 0 && g_unichar_islower (prev) && g_unichar_isupper (d))
                break;
              if (!g_unichar_ismark (d))
                prev = d;
              p = after;
            }
          token.lower_last = prev != 0 && g_unichar_islower (prev);
          fold_word (text + token.start, (p - text) - token.start, token.word);
        }
      else
        {
          token.kind = TOKEN_PUNCT;
          token.punct = c;
          p = next;
        }

      token.end = p - text;
      g_array_append_val (array, token);
    }

  tokens->text = text;
  tokens->n = array->len;
  tokens->tokens = (Token *) (void *) g_array_free (array, FALSE);
}

static inline const Token *
tok (const Tokens *tokens,
     guint         i)
{
  static const Token none = { TOKEN_PUNCT, 0, 0, TRUE, FALSE, FALSE, 0, 0, 0, "" };

  return i < tokens->n ? &tokens->tokens[i] : &none;
}

static inline gboolean
has (const Tokens *tokens,
     guint         i)
{
  return i < tokens->n;
}

static inline gboolean
glued (const Tokens *tokens,
       guint         i)
{
  return i < tokens->n && !tokens->tokens[i].space_before;
}

static inline gboolean
is_punct (const Tokens *tokens,
          guint         i,
          gunichar      c)
{
  return i < tokens->n && tokens->tokens[i].kind == TOKEN_PUNCT && tokens->tokens[i].punct == c;
}

static inline gboolean
is_number (const Tokens *tokens,
           guint         i,
           guint         min_digits,
           guint         max_digits)
{
  const Token *t = tok (tokens, i);

  return has (tokens, i) && t->kind == TOKEN_NUMBER && t->digits >= min_digits &&
         t->digits <= max_digits;
}

static inline gboolean
is_year (const Tokens *tokens,
         guint         i)
{
  return is_number (tokens, i, 4, 4) && tok (tokens, i)->value >= MIN_YEAR &&
         tok (tokens, i)->value <= MAX_YEAR;
}

static gboolean
is_dash (const Tokens *tokens,
         guint         i)
{
  return has (tokens, i) && tok (tokens, i)->kind == TOKEN_PUNCT &&
         is_dash_char (tok (tokens, i)->punct);
}

/* Grammar -------------------------------------------------------------------------------------- */

static gboolean
date_valid (const Date *date)
{
  if (date->year < MIN_YEAR || date->year > MAX_YEAR)
    return FALSE;
  if (date->month < 0 || date->month > 12)
    return FALSE;
  if (date->day != 0)
    return date->month != 0 && g_date_valid_dmy (date->day, date->month, date->year);

  return TRUE;
}

static void
date_format (const Date *date,
             char        out[11])
{
  if (date->day != 0)
    g_snprintf (out, 11, "%04d-%02d-%02d", date->year, date->month, date->day);
  else if (date->month != 0)
    g_snprintf (out, 11, "%04d-%02d", date->year, date->month);
  else
    g_snprintf (out, 11, "%04d", date->year);
}

/* Compares at the precision both dates have: 2020 and 2020-05 are equal. */
static int
date_compare (const Date *a,
              const Date *b)
{
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month == 0 || b->month == 0 || a->month == b->month)
    {
      if (a->month == 0 || b->month == 0 || a->day == 0 || b->day == 0 || a->day == b->day)
        return 0;
      return a->day < b->day ? -1 : 1;
    }

  return a->month < b->month ? -1 : 1;
}

/* "'19" after a month: 1950–2049. */
static int
short_year (int value)
{
  return value >= 50 ? 1900 + value : 2000 + value;
}

/* Parses one date starting at token @i; on success @next is the first token after it. */
static gboolean
parse_single (const Tokens *tokens,
              guint         i,
              Date         *date,
              guint        *next)
{
  const Token *t = tok (tokens, i);

  memset (date, 0, sizeof *date);
  if (!has (tokens, i))
    return FALSE;

  if (t->kind == TOKEN_NUMBER && t->digits == 4)
    {
      date->year = t->value;

      /* 2019-03-15, 2019-03, 2019/03, 2019.03 */
      if (glued (tokens, i + 1) && tok (tokens, i + 1)->kind == TOKEN_PUNCT &&
          (tok (tokens, i + 1)->punct == '-' || tok (tokens, i + 1)->punct == '/' ||
           tok (tokens, i + 1)->punct == '.') &&
          glued (tokens, i + 2) && is_number (tokens, i + 2, 1, 2))
        {
          gunichar sep = tok (tokens, i + 1)->punct;
          int month = tok (tokens, i + 2)->value;

          if (is_punct (tokens, i + 3, sep) && glued (tokens, i + 3) && glued (tokens, i + 4) &&
              is_number (tokens, i + 4, 1, 2))
            {
              date->month = month;
              date->day = tok (tokens, i + 4)->value;
              *next = i + 5;
              return date_valid (date);
            }
          /* A full stop needs two digits: "2021.5" is a decimal, "2021.05" a month. */
          if (month >= 1 && month <= 12 && (sep != '.' || tok (tokens, i + 2)->digits == 2))
            {
              date->month = month;
              *next = i + 3;
              return date_valid (date);
            }
        }

      *next = i + 1;
      return date_valid (date);
    }

  if (t->kind == TOKEN_NUMBER && t->digits <= 2)
    {
      int first = t->value;

      /* 15.03.2018, 03/15/2018, 03/2018, 03.2018 */
      if (glued (tokens, i + 1) && tok (tokens, i + 1)->kind == TOKEN_PUNCT &&
          (tok (tokens, i + 1)->punct == '-' || tok (tokens, i + 1)->punct == '/' ||
           tok (tokens, i + 1)->punct == '.') &&
          glued (tokens, i + 2))
        {
          gunichar sep = tok (tokens, i + 1)->punct;

          if (is_number (tokens, i + 2, 1, 2) && is_punct (tokens, i + 3, sep) &&
              glued (tokens, i + 3) && glued (tokens, i + 4) && is_number (tokens, i + 4, 4, 4))
            {
              int second = tok (tokens, i + 2)->value;

              date->year = tok (tokens, i + 4)->value;
              /* Day first, as in most of the world, unless written with slashes and the
               * first number can be a month: then it is the American month/day/year. */
              if (sep == '/' && first <= 12)
                {
                  date->month = first;
                  date->day = second;
                }
              else
                {
                  date->day = first;
                  date->month = second;
                }
              *next = i + 5;
              return date_valid (date);
            }
          if (is_number (tokens, i + 2, 4, 4))
            {
              date->year = tok (tokens, i + 2)->value;
              date->month = first;
              *next = i + 3;
              return first >= 1 && date_valid (date);
            }
          return FALSE;
        }

      /* 15 March 2020, 15. März 2020, 15 de marzo de 2020 */
      {
        guint j = i + 1;
        int month;

        if (is_punct (tokens, j, '.') && glued (tokens, j))
          j++;
        if (has (tokens, j) && g_str_equal (tok (tokens, j)->word, "de"))
          j++;
        month = month_of (tok (tokens, j));
        if (month == 0)
          return FALSE;
        j++;
        if (is_punct (tokens, j, '.') && glued (tokens, j))
          j++;
        if (has (tokens, j) && (g_str_equal (tok (tokens, j)->word, "de") ||
                                is_punct (tokens, j, ',')))
          j++;
        if (!is_year (tokens, j))
          return FALSE;
        date->year = tok (tokens, j)->value;
        date->month = month;
        date->day = first;
        *next = j + 1;
        return date_valid (date);
      }
    }

  if (t->kind != TOKEN_WORD)
    return FALSE;

  /* Q3 2020, Q3/2020, H2 2019 */
  if ((g_str_equal (t->word, "q") || g_str_equal (t->word, "h")) && glued (tokens, i + 1) &&
      is_number (tokens, i + 1, 1, 1))
    {
      int part = tok (tokens, i + 1)->value;
      int parts = g_str_equal (t->word, "q") ? 4 : 2;
      guint j = i + 2;

      if (part < 1 || part > parts)
        return FALSE;
      if ((is_punct (tokens, j, '/') || is_dash (tokens, j)) && glued (tokens, j))
        j++;
      if (!is_year (tokens, j))
        return FALSE;
      date->year = tok (tokens, j)->value;
      date->month = (part - 1) * (12 / parts) + 1;
      *next = j + 1;
      return date_valid (date);
    }

  if (WORD_IN (t, season_words))
    {
      guint j = i + 1;

      if (is_punct (tokens, j, ','))
        j++;
      if (!is_year (tokens, j))
        return FALSE;
      date->year = tok (tokens, j)->value;
      *next = j + 1;
      return TRUE;
    }

  date->month = month_of (t);
  if (date->month != 0)
    {
      guint j = i + 1;

      if (is_punct (tokens, j, '.') && glued (tokens, j))
        j++;

      /* Jan '19 */
      if ((is_punct (tokens, j, '\'') || is_punct (tokens, j, 0x2019)) &&
          glued (tokens, j + 1) && is_number (tokens, j + 1, 2, 2))
        {
          date->year = short_year (tok (tokens, j + 1)->value);
          *next = j + 2;
          return date_valid (date);
        }

      if (has (tokens, j) && (g_str_equal (tok (tokens, j)->word, "de") ||
                              g_str_equal (tok (tokens, j)->word, "del") ||
                              is_punct (tokens, j, ',') || is_punct (tokens, j, '/') ||
                              (is_punct (tokens, j, '-') && glued (tokens, j))))
        j++;

      /* March 15, 2020 */
      if (is_number (tokens, j, 1, 2))
        {
          guint k = j + 1;

          if (is_punct (tokens, k, ',') || (is_punct (tokens, k, '.') && glued (tokens, k)))
            k++;
          if (!is_year (tokens, k))
            return FALSE;
          date->day = tok (tokens, j)->value;
          date->year = tok (tokens, k)->value;
          *next = k + 1;
          return date_valid (date);
        }

      if (!is_year (tokens, j))
        return FALSE;
      date->year = tok (tokens, j)->value;
      *next = j + 1;
      return date_valid (date);
    }

  return FALSE;
}

/* "Present", "to date", "bis dato", "à ce jour", "aujourd'hui", "la actualidad". */
static gboolean
parse_present (const Tokens *tokens,
               guint         i,
               guint        *next)
{
  const Token *t = tok (tokens, i);

  if (!has (tokens, i) || t->kind != TOKEN_WORD)
    return FALSE;

  if (WORD_IN (t, present_words))
    {
      *next = i + 1;
      if (is_punct (tokens, *next, '.') && glued (tokens, *next))
        (*next)++;
      return TRUE;
    }
  if (g_str_equal (t->word, "date"))
    {
      *next = i + 1;
      return TRUE;
    }
  if (g_str_equal (t->word, "ce") && g_str_equal (tok (tokens, i + 1)->word, "jour"))
    {
      *next = i + 2;
      return TRUE;
    }
  if (g_str_equal (t->word, "aujourd") && (is_punct (tokens, i + 1, '\'') ||
                                           is_punct (tokens, i + 1, 0x2019)) &&
      g_str_equal (tok (tokens, i + 2)->word, "hui"))
    {
      *next = i + 3;
      return TRUE;
    }
  if (g_str_equal (t->word, "la") && (g_str_equal (tok (tokens, i + 1)->word, "fecha") ||
                                      g_str_equal (tok (tokens, i + 1)->word, "actualidad")))
    {
      *next = i + 2;
      return TRUE;
    }

  return FALSE;
}

/* Whether a date may start at token @i: not inside a number ("11,2019"), a word ("abc2019")
 * or an identifier ("neurips.2023"). */
static gboolean
left_boundary_ok (const Tokens *tokens,
                  guint         i)
{
  const Token *t = tok (tokens, i);
  const Token *prev;

  if (i == 0 || t->space_before)
    return TRUE;

  prev = tok (tokens, i - 1);
  switch (prev->kind)
    {
    case TOKEN_WORD:
      /* Two columns glued by a PDF: "baselineJune 2023". */
      return t->kind == TOKEN_WORD && t->upper_first && prev->lower_last;

    case TOKEN_NUMBER:
      return FALSE;

    case TOKEN_PUNCT:
    default:
      if (prev->punct == '.' || prev->punct == '$' || prev->punct == 0x20ac ||
          prev->punct == 0xa3 || prev->punct == '#' || prev->punct == '+' || prev->punct == '@' ||
          prev->punct == '_' || prev->punct == '&' || prev->punct == '\\')
        return FALSE;
      /* "13/2019", "1-2019": the number before belongs to this one; "(2022)May 2023" is
       * two things glued. */
      if (i >= 2 && !prev->space_before && tok (tokens, i - 2)->kind == TOKEN_NUMBER &&
          (prev->punct == '/' || prev->punct == ',' || is_dash_char (prev->punct)))
        return FALSE;
      return TRUE;
    }
}

/* Whether a date may end before token @i. */
static gboolean
right_boundary_ok (const Tokens *tokens,
                   guint         i)
{
  const Token *t = tok (tokens, i);
  const Token *last = tok (tokens, i - 1);

  if (!has (tokens, i) || t->space_before)
    return TRUE;

  switch (t->kind)
    {
    case TOKEN_WORD:
      /* "PresentLeading" is a glued column; "2022on" is not a date. */
      return last->kind == TOKEN_WORD && t->upper_first;

    case TOKEN_NUMBER:
      return FALSE;

    case TOKEN_PUNCT:
    default:
      if (t->punct == '%' || t->punct == '+' || t->punct == 0xb0)
        return FALSE;
      if ((t->punct == '.' || t->punct == ',' || t->punct == '/' || t->punct == ':' ||
           is_dash_char (t->punct)) &&
          glued (tokens, i + 1) && tok (tokens, i + 1)->kind == TOKEN_NUMBER)
        return FALSE;
      return TRUE;
    }
}

typedef struct
{
  Date     start;
  Date     end;
  gboolean has_end;
  gboolean current;
  gboolean end_rejected;
  guint    first;   /* first token */
  guint    next;    /* first token after */
} Range;

static gboolean
parse_range (const Tokens *tokens,
             guint         i,
             Range        *range)
{
  guint j = i;
  guint k;
  gboolean since = FALSE;
  gboolean month_only = FALSE;

  memset (range, 0, sizeof *range);
  range->first = i;

  if (WORD_IN (tok (tokens, j), since_words))
    {
      since = TRUE;
      j++;
    }
  else if (WORD_IN (tok (tokens, j), from_words))
    j++;

  if (parse_single (tokens, j, &range->start, &k))
    ;
  else if (!since && month_of (tok (tokens, j)) != 0 && j == i)
    {
      /* "Jan – Mar 2020": the start takes its year from the end. */
      month_only = TRUE;
      range->start.month = month_of (tok (tokens, j));
      k = j + 1;
      if (is_punct (tokens, k, '.') && glued (tokens, k))
        k++;
    }
  else
    return FALSE;

  if (since)
    {
      range->current = TRUE;
      range->next = k;
      return TRUE;
    }

  range->next = k;

  /* The separator: dashes ("--" too), a word ("to", "bis"), or a slash between two years
   * ("2019/2020", an academic year). */
  {
    guint s = k;
    gboolean separated = FALSE;

    if (is_dash (tokens, s))
      {
        while (is_dash (tokens, s))
          s++;
        separated = TRUE;
      }
    else if (WORD_IN (tok (tokens, s), range_words))
      {
        s++;
        separated = TRUE;
      }
    else if (is_punct (tokens, s, '/') && range->start.month == 0 && !month_only &&
             is_year (tokens, s + 1))
      {
        s++;
        separated = TRUE;
      }

    if (separated)
      {
        guint e;

        if (parse_present (tokens, s, &e))
          {
            if (month_only)
              return FALSE;
            range->current = TRUE;
            range->next = e;
          }
        else if (parse_single (tokens, s, &range->end, &e))
          {
            range->has_end = TRUE;
            range->next = e;
          }
        else if (!month_only && range->start.month == 0 && is_number (tokens, s, 2, 2) &&
                 tok (tokens, s)->value >= range->start.year % 100)
          {
            /* "2019–21" */
            range->end.year = range->start.year - range->start.year % 100 +
                              tok (tokens, s)->value;
            range->has_end = TRUE;
            range->next = s + 1;
          }
      }
  }

  if (month_only)
    {
      if (!range->has_end || range->end.month == 0)
        return FALSE;
      range->start.year = range->end.year - (range->start.month > range->end.month ? 1 : 0);
      if (!date_valid (&range->start))
        return FALSE;
    }

  if (range->has_end && date_compare (&range->end, &range->start) < 0)
    {
      range->has_end = FALSE;
      range->end_rejected = TRUE;
    }

  return TRUE;
}

/* Public API ----------------------------------------------------------------------------------- */

/**
 * voc_resume_date_parse:
 * @text: one date, such as "Mar. 2017", "03/2018", "15. März 2020", "Q3 2020" or "2019"
 * @out: (out caller-allocates): the date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 *
 * Reads a single date; the whole text must be that date (a trailing full stop or comma
 * aside). "Present" is not a date: a range finds it.
 *
 * Returns: whether @text is a valid date from 1950 to 2100
 */
gboolean
voc_resume_date_parse (const char *text,
                       char        out[11])
{
  Tokens tokens;
  Date date;
  guint next;
  gboolean ok = FALSE;

  g_return_val_if_fail (out != NULL, FALSE);

  out[0] = '\0';
  if (text == NULL)
    return FALSE;

  tokenize (text, &tokens);
  if (parse_single (&tokens, 0, &date, &next))
    {
      if (next + 1 == tokens.n && (is_punct (&tokens, next, '.') || is_punct (&tokens, next, ',')))
        next++;
      ok = next == tokens.n;
    }
  if (ok)
    date_format (&date, out);

  g_free (tokens.tokens);
  return ok;
}

/**
 * voc_resume_date_range_find:
 * @text: a line of a résumé
 * @range: (out caller-allocates): the range found
 *
 * Finds a date range ("Jan 2020 – Present", "2019–2021", "03/2018 – 11/2019", "since 2021",
 * "März 2017 bis heute") or, when the line has none, its first single date. A range wins over
 * single dates anywhere in the line, so "Paper at NeurIPS 2022 May 2022 – Aug 2022" gives the
 * range. A range whose end is before its start keeps only the start and sets
 * @range.end_rejected. A date followed by a dash and no second date ("2017 – Product
 * Manager") is returned as a single date; the dash stays outside the match.
 *
 * Returns: whether a date was found
 */
gboolean
voc_resume_date_range_find (const char   *text,
                            VocDateRange *range)
{
  Tokens tokens;
  Range found = { 0 };
  Range single = { 0 };
  gboolean have_range = FALSE;
  gboolean have_single = FALSE;

  g_return_val_if_fail (range != NULL, FALSE);

  memset (range, 0, sizeof *range);
  if (text == NULL)
    return FALSE;

  tokenize (text, &tokens);
  for (guint i = 0; i < tokens.n && !have_range; i++)
    {
      Range candidate;

      if (!left_boundary_ok (&tokens, i) || !parse_range (&tokens, i, &candidate) ||
          !right_boundary_ok (&tokens, candidate.next))
        continue;

      if (candidate.has_end || candidate.current || candidate.end_rejected)
        {
          found = candidate;
          have_range = TRUE;
        }
      else
        {
          if (!have_single)
            {
              single = candidate;
              have_single = TRUE;
            }
          i = candidate.next - 1;
        }
    }

  if (!have_range && have_single)
    found = single;

  if (have_range || have_single)
    {
      if (found.start.year != 0)
        date_format (&found.start, range->start);
      if (found.has_end)
        date_format (&found.end, range->end);
      range->current = found.current;
      range->end_rejected = found.end_rejected;
      range->match_start = tokens.tokens[found.first].start;
      range->match_end = tokens.tokens[found.next - 1].end;
    }

  g_free (tokens.tokens);
  return have_range || have_single;
}

/**
 * voc_resume_date_looks_like:
 * @text: a line of a résumé
 *
 * Whether @text holds something written like a date, valid or not: a month or season name
 * next to a number, a four-digit year (even "1890"), digits in a month/year pattern
 * ("13/2019"), or a dash followed by "present". The parser uses it to tell the user about
 * dates it could not read.
 *
 * Returns: whether the text looks as if it held a date
 */
gboolean
voc_resume_date_looks_like (const char *text)
{
  Tokens tokens;
  gboolean found = FALSE;

  if (text == NULL)
    return FALSE;

  tokenize (text, &tokens);
  for (guint i = 0; i < tokens.n && !found; i++)
    {
      const Token *t = &tokens.tokens[i];
      guint next;

      if (t->kind == TOKEN_WORD && (month_of (t) != 0 || WORD_IN (t, season_words)))
        found = tok (&tokens, i + 1)->kind == TOKEN_NUMBER ||
                (i > 0 && tok (&tokens, i - 1)->kind == TOKEN_NUMBER);
      else if (t->kind == TOKEN_NUMBER && t->digits == 4)
        found = t->value >= 1000 && t->value <= 2999;
      else if (t->kind == TOKEN_NUMBER && t->digits <= 2 && glued (&tokens, i + 1) &&
               (is_punct (&tokens, i + 1, '/') || is_punct (&tokens, i + 1, '.')) &&
               glued (&tokens, i + 2) && is_number (&tokens, i + 2, 4, 4) &&
               !(i > 0 && !t->space_before && is_punct (&tokens, i - 1, '.')))
        found = TRUE;
      else if (is_dash (&tokens, i) && parse_present (&tokens, i + 1, &next))
        found = TRUE;
    }

  g_free (tokens.tokens);
  return found;
}
