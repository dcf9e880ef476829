/* voc-letter-window.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-repositories.h"

G_BEGIN_DECLS

#define VOC_TYPE_LETTER_WINDOW (voc_letter_window_get_type ())
G_DECLARE_FINAL_TYPE (VocLetterWindow, voc_letter_window, VOC, LETTER_WINDOW, AdwWindow)

VocLetterWindow *voc_letter_window_new                 (VocPipelineRepository  *repository,
                                                        VocJobApplication      *application);
VocDocument     *voc_letter_window_get_letter          (VocLetterWindow        *self);
GtkEditable     *voc_letter_window_get_title_row       (VocLetterWindow        *self);
GtkTextBuffer   *voc_letter_window_get_body            (VocLetterWindow        *self);
GtkTextBuffer   *voc_letter_window_get_notes           (VocLetterWindow        *self);
GListModel      *voc_letter_window_get_versions        (VocLetterWindow        *self);
GListModel      *voc_letter_window_get_findings        (VocLetterWindow        *self);
GtkWidget       *voc_letter_window_get_generate_button (VocLetterWindow        *self);
gboolean         voc_letter_window_get_dirty           (VocLetterWindow        *self);
gboolean         voc_letter_window_get_busy            (VocLetterWindow        *self);
gboolean         voc_letter_window_save                (VocLetterWindow        *self,
                                                        GError                **error);
gboolean         voc_letter_window_use_for_application (VocLetterWindow        *self,
                                                        GError                **error);
void             voc_letter_window_export_async        (VocLetterWindow        *self,
                                                        GFile                  *file,
                                                        GCancellable           *cancellable,
                                                        GAsyncReadyCallback     callback,
                                                        gpointer                user_data);
gboolean         voc_letter_window_export_finish       (VocLetterWindow        *self,
                                                        GAsyncResult           *result,
                                                        GError                **error);

G_END_DECLS
