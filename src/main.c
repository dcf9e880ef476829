/* main.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "voc-app.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(VocApp) app = NULL;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Vocation"));

  app = voc_app_new ();

  status = g_application_run (G_APPLICATION (app), argc, argv);

  /* An import run by this process (not forwarded to one already running) ends after its
   * command-line handler returned, when GLib no longer takes its exit status. */
  if (status == EXIT_SUCCESS)
    status = voc_app_get_exit_status (app);

  return status;
}
