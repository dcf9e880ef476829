/* voc-window-internal.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-fit-store.h"
#include "voc-window-private.h"

G_BEGIN_DECLS

/* Shared by the files of VocWindow only: voc-window.c (pages, database, state) and
 * voc-window-import.c (drop, paste, Import…, progress). */

struct _VocWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *drop_highlight;
  GtkRevealer          *import_revealer;
  GtkLabel             *import_label;
  GtkProgressBar       *import_progress;
  GtkListBox           *sidebar;
  GtkStack             *stack;

  GSettings            *settings;
  GCancellable         *cancellable;
  char                 *database_path;
  VocDatabase          *database;
  char                 *moved_aside_path;
  AdwMessageDialog     *error_dialog;        /* weak */
  VocDatabase          *opened_database;     /* open, waiting for the first frame */
  guint                 apply_source;
  gulong                first_frame_handler;
  gulong                bench_handler;
  guint                 open_started : 1;
  guint                 first_frame_done : 1;
  guint                 closed : 1;

  /* Importing */
  GtkDropTarget        *drop_target;
  GtkFileChooserNative *file_chooser;
  GQueue                import_queue;        /* GTask*, waiting */
  GTask                *import_task;         /* running */
  GCancellable         *import_cancellable;
  GBinding             *progress_binding;
  GPtrArray            *failures;            /* char*, the errors of the last batch */
  gboolean              failures_denied;     /* one of them a file it may not read */
  AdwToast             *import_toast;        /* weak */
  AdwMessageDialog     *failures_dialog;     /* weak */

  /* Rescoring fits */
  GtkRevealer          *fit_revealer;
  GtkLabel             *fit_label;
  GtkProgressBar       *fit_progress;
  VocFitStore          *fit_store;
  GCancellable         *fit_cancellable;
  gulong                fit_rows_handler;
  guint                 fit_source;          /* debounced start */
  guint                 fit_reveal_source;
  guint                 fit_again : 1;       /* asked for while running */
  guint                 fit_again_all : 1;
  guint                 fit_explicit : 1;    /* the running one was asked for by the user */
};

void voc_window_init_import           (VocWindow      *self);
void voc_window_class_init_import     (GtkWidgetClass *widget_class);
void voc_window_update_import_actions (VocWindow      *self);
void voc_window_stop_imports          (VocWindow      *self);
void voc_window_dispose_import        (VocWindow      *self);

void voc_window_class_init_fit        (GtkWidgetClass *widget_class);
void voc_window_set_fit_database      (VocWindow      *self,
                                       VocDatabase    *database);

G_END_DECLS
