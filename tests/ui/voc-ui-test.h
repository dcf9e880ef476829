/* voc-ui-test.h — what every GUI test program needs
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>

/* Runs the main loop until @condition holds; a test that waits longer than 30 seconds fails
 * with the condition's text rather than hanging until meson kills it. */
#define WAIT_FOR(condition)                                                              \
  G_STMT_START                                                                           \
  {                                                                                      \
    gint64 wait_deadline_ = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;               \
    while (!(condition))                                                                 \
      {                                                                                  \
        if (g_get_monotonic_time () > wait_deadline_)                                    \
          g_error ("Timed out waiting for %s", #condition);                              \
        if (!g_main_context_iteration (NULL, FALSE))                                     \
          g_usleep (1000);                                                               \
      }                                                                                  \
  }                                                                                      \
  G_STMT_END

/* Removes @path and, when it is a folder (not a link to one), everything in it, also when a
 * test made the folder read-only. */
static inline void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_chmod (path, 0700);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_remove (path);
}
