/* voc-ui-test.h — what every GUI test program needs
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <glib.h>
#include <glib/gstdio.h>

/* How long WAIT_FOR waits; a program whose waits are longer defines it before the include. */
#ifndef WAIT_FOR_SECONDS
#define WAIT_FOR_SECONDS 30
#endif

/* Runs the main loop until @condition holds; a test that waits longer than WAIT_FOR_SECONDS
 * fails with the condition's text rather than hanging until meson kills it. */
#define WAIT_FOR(condition)                                                              \
  G_STMT_START                                                                           \
  {                                                                                      \
    gint64 wait_deadline_ = g_get_monotonic_time () + WAIT_FOR_SECONDS * G_USEC_PER_SEC; \
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

/* The first toplevel window of @type (with @visible_only, the first visible one), or %NULL. */
static inline gpointer
find_window (GType    type,
             gboolean visible_only)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          (!visible_only || gtk_widget_get_visible (GTK_WIDGET (window))))
        return window;
    }
  return NULL;
}

/* The message dialog on screen (a review of a request, a question), or %NULL. */
static inline AdwMessageDialog *
find_message_dialog (void)
{
  return find_window (ADW_TYPE_MESSAGE_DIALOG, TRUE);
}

/* What a click on a response button of @dialog does: answer, then close. */
static inline void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}
