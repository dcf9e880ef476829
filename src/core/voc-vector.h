/* voc-vector.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define VOC_VECTOR_DIM 384
/* Changes whenever the features or the hashing change: stored vectors of another version
 * are computed again. */
#define VOC_VECTOR_VERSION "hash-384-1"
#define VOC_VECTOR_BYTES (VOC_VECTOR_DIM * 4)

#define VOC_VECTOR_ERROR (voc_vector_error_quark ())

typedef enum
{
  VOC_VECTOR_ERROR_INVALID,
} VocVectorError;

GQuark    voc_vector_error_quark (void);

void      voc_vector_embed       (const char   *text,
                                  float        *out);
double    voc_vector_cosine      (const float  *a,
                                  const float  *b);
GBytes   *voc_vector_to_bytes    (const float  *vector);
gboolean  voc_vector_from_bytes  (const void   *data,
                                  gsize         size,
                                  float        *out,
                                  GError      **error);

G_END_DECLS
