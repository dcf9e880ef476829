/* voc-tailor-window.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-fit-store.h"
#include "voc-job-posting.h"
#include "voc-rewrite-panel.h"

G_BEGIN_DECLS

#define VOC_TYPE_TAILOR_WINDOW (voc_tailor_window_get_type ())
G_DECLARE_FINAL_TYPE (VocTailorWindow, voc_tailor_window, VOC, TAILOR_WINDOW, AdwWindow)

GtkWidget        *voc_tailor_window_new          (VocFitStore     *store,
                                                  VocJobPosting   *posting);
VocFitTailored   *voc_tailor_window_get_tailored (VocTailorWindow *self);
VocResumeVersion *voc_tailor_window_get_version  (VocTailorWindow *self);
void              voc_tailor_window_set_name     (VocTailorWindow *self,
                                                  const char      *name);
void              voc_tailor_window_export_async (VocTailorWindow     *self,
                                                  GFile               *file,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
VocRewritePanel  *voc_tailor_window_get_rewrite_panel (VocTailorWindow *self);
gboolean          voc_tailor_window_export_finish (VocTailorWindow  *self,
                                                   GAsyncResult     *result,
                                                   GError          **error);

G_END_DECLS
