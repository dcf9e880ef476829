/* bare-window.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The baseline of the start-up benchmark: the least a libadwaita application can do to show a
 * window like Vocation's main window. Same default size, a header bar, no content.
 *
 * With VOCATION_BENCH_QUIT_AFTER_FIRST_FRAME=1 in the environment it follows the same contract
 * as the application: once the window's surface is mapped it waits for the first "after-paint"
 * of the surface's frame clock, prints `first-frame` on stdout, flushes and quits. Without the
 * variable it stays open, so that it can be looked at.
 */

#define G_LOG_DOMAIN "bare-window"

#include <adwaita.h>
#include <stdio.h>

#define BARE_WINDOW_APPLICATION_ID "io.github.vocationapp.BareWindow"
#define DEFAULT_WIDTH              1100
#define DEFAULT_HEIGHT             720

static void
on_frame_clock_after_paint_cb (GdkFrameClock *frame_clock,
                               GApplication  *application)
{
  g_signal_handlers_disconnect_by_func (frame_clock, on_frame_clock_after_paint_cb, application);

  fputs ("first-frame\n", stdout);
  fflush (stdout);

  g_application_quit (application);
}

static void
on_window_map_cb (GtkWidget    *window,
                  GApplication *application)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GdkFrameClock *frame_clock = gdk_surface_get_frame_clock (surface);

  g_signal_handlers_disconnect_by_func (window, on_window_map_cb, application);
  g_signal_connect_object (frame_clock, "after-paint",
                           G_CALLBACK (on_frame_clock_after_paint_cb), application, 0);
}

static void
on_application_activate_cb (GtkApplication *application)
{
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *content;

  window = adw_application_window_new (application);
  gtk_window_set_title (GTK_WINDOW (window), "Bare Window");
  gtk_window_set_default_size (GTK_WINDOW (window), DEFAULT_WIDTH, DEFAULT_HEIGHT);

  /* libadwaita 1.2 has no AdwToolbarView: a vertical box holds the header bar. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);

  if (g_strcmp0 (g_getenv ("VOCATION_BENCH_QUIT_AFTER_FIRST_FRAME"), "1") == 0)
    g_signal_connect_object (window, "map", G_CALLBACK (on_window_map_cb), application, 0);

  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;

  application = adw_application_new (BARE_WINDOW_APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "activate", G_CALLBACK (on_application_activate_cb), NULL);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
