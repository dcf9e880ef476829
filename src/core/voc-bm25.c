/* voc-bm25.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-bm25"

#include "config.h"

#include <math.h>
#include <string.h>

#include "voc-bm25.h"
#include "voc-text.h"

/*
 * Okapi BM25 over short documents (the user's bullets), queried with a job description, and
 * the word tokenizer the fit engine and the text vectors share. Words are folded (case and
 * accents), split on anything but letters and digits (a trailing "+" or "#" stays: "C++",
 * "C#"), and a plural "s" is dropped, so that "pipelines" finds "pipeline". Nothing cleverer:
 * a stemmer would match more and less predictably, and every score must be explainable.
 *
 * Parameters are the usual k1 = 1.2, b = 0.75. The index is built once per library and only
 * read afterwards, so several threads may score against it at once.
 */

#define K1 1.2
#define B  0.75

typedef struct
{
  guint doc;
  guint tf;
} Posting;

struct _VocBm25
{
  GHashTable *terms;      /* term → index + 1 */
  GPtrArray  *postings;   /* per term: GArray of Posting */
  GArray     *lengths;    /* per document: number of terms */
  guint64     total_length;
};

/* Common English words that say nothing about a job or an achievement. */
static const char * const stop_words[] = {
  "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an",
  "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
  "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
  "during", "each", "etc", "every", "few", "for", "from", "further", "get", "had", "has",
  "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into",
  "is", "it", "its", "just", "like", "may", "me", "more", "most", "must", "my", "no", "nor",
  "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out",
  "over", "own", "per", "same", "she", "should", "so", "some", "such", "than", "that", "the",
  "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
  "under", "until", "up", "us", "very", "via", "was", "we", "well", "were", "what", "when",
  "where", "which", "while", "who", "whom", "why", "will", "with", "within", "without",
  "would", "you", "your", "yours", "able", "ability", "strong", "work", "working", "including",
  "using", "use", "used", "new", "role", "team", "teams", "join", "looking", "plus", "year",
  "years", "experience", "experienced", "skills", "skill", "knowledge", "good", "great",
  "excellent", "ideally", "preferred", "required", "requirements", "responsibilities",
  "opportunity", "candidate", "company", "help", "make", "across", "based",
};

static GHashTable *
stop_word_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
        g_hash_table_add (t, (gpointer) stop_words[i]);
      g_once_init_leave (&table, t);
    }

  return table;
}

/**
 * voc_bm25_is_stop_word:
 * @word: a folded word
 *
 * Returns: whether the word is too common to say anything
 */
gboolean
voc_bm25_is_stop_word (const char *word)
{
  return g_hash_table_contains (stop_word_table (), word);
}

static char *
normalize_word (const char *start,
                gsize       len)
{
  gboolean ascii = TRUE;
  char *word;
  gsize n;

  for (gsize i = 0; i < len; i++)
    if ((guchar) start[i] >= 0x80)
      ascii = FALSE;

  if (ascii)
    word = g_ascii_strdown (start, len);
  else
    {
      g_autofree char *copy = g_strndup (start, len);

      word = voc_text_fold (copy);
    }

  /* Plurals: "pipelines" → "pipeline", "libraries" → "library"; not "process", "kubernetes"
   * is rare enough to be left alone by the length rule, not "analysis" (ends in "is"). */
  n = strlen (word);
  if (n > 4 && g_str_has_suffix (word, "ies"))
    {
      word[n - 3] = 'y';
      word[n - 2] = '\0';
    }
  else if (n > 3 && word[n - 1] == 's' && word[n - 2] != 's' && word[n - 2] != 'u' &&
           word[n - 2] != 'i')
    word[n - 1] = '\0';

  return word;
}

static gboolean
is_word_char (const char *p)
{
  guchar c = (guchar) *p;

  if (c < 0x80)
    return g_ascii_isalnum (c);

  return g_unichar_isalnum (g_utf8_get_char_validated (p, -1));
}

/**
 * voc_bm25_tokenize:
 * @text: (nullable): any text
 * @drop_stop_words: whether to leave out common words
 *
 * Returns: (transfer full) (element-type utf8): the folded words of @text, in order
 */
GPtrArray *
voc_bm25_tokenize (const char *text,
                   gboolean    drop_stop_words)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return words;

  while (*p)
    {
      const char *start;
      char *word;

      if (!is_word_char (p))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      start = p;
      while (*p && is_word_char (p))
        p = g_utf8_next_char (p);
      while (*p == '+' || *p == '#')
        p++;

      word = normalize_word (start, p - start);
      if (drop_stop_words && voc_bm25_is_stop_word (word))
        g_free (word);
      else
        g_ptr_array_add (words, word);
    }

  return words;
}

VocBm25 *
voc_bm25_new (void)
{
  VocBm25 *self = g_new0 (VocBm25, 1);

  self->terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->postings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->lengths = g_array_new (FALSE, FALSE, sizeof (guint));

  return self;
}

void
voc_bm25_free (VocBm25 *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->terms);
  g_ptr_array_unref (self->postings);
  g_array_unref (self->lengths);
  g_free (self);
}

/**
 * voc_bm25_add:
 * @text: (nullable): the document
 *
 * Returns: the document's index, counted from 0 in the order added
 */
guint
voc_bm25_add (VocBm25    *self,
              const char *text)
{
  g_autoptr(GPtrArray) words = voc_bm25_tokenize (text, TRUE);
  guint doc = self->lengths->len;

  g_array_append_val (self->lengths, words->len);
  self->total_length += words->len;

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);
      guint term = GPOINTER_TO_UINT (g_hash_table_lookup (self->terms, word));
      GArray *list;

      if (term == 0)
        {
          g_hash_table_insert (self->terms, g_strdup (word),
                               GUINT_TO_POINTER (self->postings->len + 1));
          g_ptr_array_add (self->postings, g_array_new (FALSE, FALSE, sizeof (Posting)));
          term = self->postings->len;
        }

      list = g_ptr_array_index (self->postings, term - 1);
      if (list->len > 0 && g_array_index (list, Posting, list->len - 1).doc == doc)
        g_array_index (list, Posting, list->len - 1).tf++;
      else
        {
          Posting posting = { doc, 1 };

          g_array_append_val (list, posting);
        }
    }

  return doc;
}

guint
voc_bm25_get_n_documents (VocBm25 *self)
{
  return self->lengths->len;
}

/**
 * voc_bm25_score:
 * @query: (nullable): the query text (a job description)
 * @scores: (out caller-allocates) (array): one score per document, 0 or more
 *
 * Scores every document against @query. A word the query repeats counts more, but with
 * diminishing returns (1 + ln of its count), so a long posting that repeats "data" does
 * not drown its other words.
 */
void
voc_bm25_score (VocBm25    *self,
                const char *query,
                double     *scores)
{
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GHashTable) counts = NULL;
  GHashTableIter iter;
  gpointer key, value;
  guint n = self->lengths->len;
  double avgdl;

  for (guint d = 0; d < n; d++)
    scores[d] = 0;
  if (n == 0 || self->total_length == 0)
    return;

  avgdl = (double) self->total_length / n;
  words = voc_bm25_tokenize (query, TRUE);
  counts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < words->len; i++)
    {
      gpointer word = g_ptr_array_index (words, i);

      g_hash_table_insert (counts, word,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts,
                                                                                    word)) + 1));
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint term = GPOINTER_TO_UINT (g_hash_table_lookup (self->terms, key));
      GArray *list;
      double idf, qweight;

      if (term == 0)
        continue;

      list = g_ptr_array_index (self->postings, term - 1);
      idf = log (1.0 + (n - list->len + 0.5) / (list->len + 0.5));
      qweight = 1.0 + log (GPOINTER_TO_UINT (value));

      for (guint i = 0; i < list->len; i++)
        {
          const Posting *posting = &g_array_index (list, Posting, i);
          double dl = g_array_index (self->lengths, guint, posting->doc);
          double tf = posting->tf;

          scores[posting->doc] += qweight * idf * tf * (K1 + 1) /
                                  (tf + K1 * (1 - B + B * dl / avgdl));
        }
    }
}
