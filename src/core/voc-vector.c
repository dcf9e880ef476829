/* voc-vector.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-vector"

#include "config.h"

#include <math.h>
#include <string.h>

#include "voc-bm25.h"
#include "voc-vector.h"

/*
 * Local text vectors: 384 dimensions from hashed features, no model to download. A text
 * contributes its words (without stop words), its word pairs, and the character trigrams of
 * each word (so "PostgreSQL" and "Postgres" share most of theirs). Each feature is hashed
 * (64-bit FNV-1a) to a dimension and a sign — signed hashing keeps collisions from adding up
 * in one direction — and counted with a log-damped frequency; the vector is L2-normalised, so
 * that cosine similarity is a dot product. Stored as 384 float32 values, little-endian.
 *
 * This is a bag of features, not a language model: it finds texts that use the same words
 * and word parts, which is what matching a bullet to a job description mostly needs.
 */

#define WORD_WEIGHT    1.0f
#define BIGRAM_WEIGHT  0.7f
#define TRIGRAM_WEIGHT 0.35f

G_DEFINE_QUARK (voc-vector-error-quark, voc_vector_error)

static guint64
fnv1a (const char *prefix,
       const char *a,
       gsize       len_a,
       const char *b)
{
  guint64 h = 0xcbf29ce484222325ULL;

  for (const char *p = prefix; *p; p++)
    h = (h ^ (guchar) *p) * 0x100000001b3ULL;
  for (gsize i = 0; i < len_a; i++)
    h = (h ^ (guchar) a[i]) * 0x100000001b3ULL;
  if (b != NULL)
    {
      h = (h ^ ' ') * 0x100000001b3ULL;
      for (const char *p = b; *p; p++)
        h = (h ^ (guchar) *p) * 0x100000001b3ULL;
    }

  return h;
}

typedef struct
{
  guint64 hash;
  float   weight;
} Feature;

static void
add_feature (GArray  *features,
             guint64  hash,
             float    weight)
{
  Feature feature = { hash, weight };

  g_array_append_val (features, feature);
}

static int
compare_features (gconstpointer a,
                  gconstpointer b)
{
  const Feature *fa = a, *fb = b;

  return fa->hash < fb->hash ? -1 : fa->hash > fb->hash;
}

/**
 * voc_vector_embed:
 * @text: (nullable): any text
 * @out: (out caller-allocates) (array fixed-size=384): the vector; all zero for a text
 *   without words
 */
void
voc_vector_embed (const char *text,
                  float      *out)
{
  g_autoptr(GPtrArray) words = voc_bm25_tokenize (text, TRUE);
  g_autoptr(GArray) features = g_array_new (FALSE, FALSE, sizeof (Feature));
  double norm = 0;

  memset (out, 0, sizeof (float) * VOC_VECTOR_DIM);

  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);
      gsize len = strlen (word);
      g_autofree char *padded = g_strdup_printf ("<%s>", word);
      gsize plen = len + 2;

      add_feature (features, fnv1a ("w:", word, len, NULL), WORD_WEIGHT);
      if (i + 1 < words->len)
        add_feature (features, fnv1a ("b:", word, len, g_ptr_array_index (words, i + 1)),
                     BIGRAM_WEIGHT);
      for (gsize k = 0; k + 3 <= plen; k++)
        add_feature (features, fnv1a ("t:", padded + k, 3, NULL), TRIGRAM_WEIGHT);
    }

  /* Equal features are counted together and damped (1 + ln count), so that a word a long
   * posting repeats fifty times weighs about five times one said once. */
  g_array_sort (features, compare_features);
  for (guint i = 0; i < features->len;)
    {
      const Feature *first = &g_array_index (features, Feature, i);
      guint64 h = first->hash;
      guint count = 0;
      float weight;

      while (i + count < features->len && g_array_index (features, Feature, i + count).hash == h)
        count++;

      weight = first->weight * (float) (1.0 + log (count));
      out[h % VOC_VECTOR_DIM] += (h >> 63) ? -weight : weight;
      i += count;
    }

  for (guint d = 0; d < VOC_VECTOR_DIM; d++)
    norm += (double) out[d] * out[d];
  if (norm > 0)
    {
      float inv = (float) (1.0 / sqrt (norm));

      for (guint d = 0; d < VOC_VECTOR_DIM; d++)
        out[d] *= inv;
    }
}

/**
 * voc_vector_cosine:
 *
 * Returns: the cosine similarity of two vectors, in [-1, 1]; 0 when either is all zero
 */
double
voc_vector_cosine (const float *a,
                   const float *b)
{
  double dot = 0, na = 0, nb = 0;

  for (guint d = 0; d < VOC_VECTOR_DIM; d++)
    {
      dot += (double) a[d] * b[d];
      na += (double) a[d] * a[d];
      nb += (double) b[d] * b[d];
    }

  if (na <= 0 || nb <= 0)
    return 0;

  return CLAMP (dot / (sqrt (na) * sqrt (nb)), -1.0, 1.0);
}

/**
 * voc_vector_to_bytes:
 *
 * Returns: (transfer full): the vector as 384 little-endian float32 values
 */
GBytes *
voc_vector_to_bytes (const float *vector)
{
  guint32 *data = g_new (guint32, VOC_VECTOR_DIM);

  for (guint d = 0; d < VOC_VECTOR_DIM; d++)
    {
      guint32 bits;

      memcpy (&bits, &vector[d], sizeof bits);
      data[d] = GUINT32_TO_LE (bits);
    }

  return g_bytes_new_take (data, VOC_VECTOR_BYTES);
}

/**
 * voc_vector_from_bytes:
 * @out: (out caller-allocates) (array fixed-size=384): the vector
 *
 * Returns: whether @data held a vector: 384 finite little-endian float32 values
 */
gboolean
voc_vector_from_bytes (const void  *data,
                       gsize        size,
                       float       *out,
                       GError     **error)
{
  if (data == NULL || size != VOC_VECTOR_BYTES)
    {
      g_set_error (error, VOC_VECTOR_ERROR, VOC_VECTOR_ERROR_INVALID,
                   "text vector: expected %d bytes (%d float32 values), got %" G_GSIZE_FORMAT,
                   VOC_VECTOR_BYTES, VOC_VECTOR_DIM, data == NULL ? 0 : size);
      return FALSE;
    }

  for (guint d = 0; d < VOC_VECTOR_DIM; d++)
    {
      guint32 bits;

      memcpy (&bits, (const guint8 *) data + 4 * d, sizeof bits);
      bits = GUINT32_FROM_LE (bits);
      memcpy (&out[d], &bits, sizeof bits);
      if (!isfinite (out[d]))
        {
          g_set_error (error, VOC_VECTOR_ERROR, VOC_VECTOR_ERROR_INVALID,
                       "text vector: value %u is not a finite number", d);
          return FALSE;
        }
    }

  return TRUE;
}
