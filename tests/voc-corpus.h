/* voc-corpus.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the corpus suite finds the real files written outside this project: the folder
 * VOCATION_CORPUS_DIR names, or ../shared/data beside the source tree. Never copied into
 * the repository.
 */

#pragma once

#include <glib.h>

/* Returns: (transfer full) (nullable): the corpus folder, or %NULL when it is not here */
static inline char *
voc_test_find_corpus_dir (void)
{
  const char *env = g_getenv ("VOCATION_CORPUS_DIR");
  g_autofree char *dir = NULL;

  if (env != NULL && *env != '\0')
    return g_file_test (env, G_FILE_TEST_IS_DIR) ? g_strdup (env) : NULL;

  /* G_TEST_SRCDIR is <srcroot>/tests; the corpus is <srcroot>/../shared/data. */
  dir = g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "data", NULL);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return NULL;

  return g_canonicalize_filename (dir, NULL);
}
