/* voc-window-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-fit-store.h"
#include "voc-window.h"

G_BEGIN_DECLS

GtkWidget        *voc_window_get_page             (VocWindow  *self,
                                                   const char *name);
AdwMessageDialog *voc_window_get_error_dialog     (VocWindow  *self);
GtkDropTarget    *voc_window_get_drop_target      (VocWindow  *self);
gboolean          voc_window_get_importing        (VocWindow  *self);
gboolean          voc_window_get_drop_highlighted (VocWindow  *self);
AdwToast         *voc_window_get_import_toast     (VocWindow  *self);
AdwMessageDialog *voc_window_get_failures_dialog  (VocWindow  *self);
VocFitStore      *voc_window_get_fit_store        (VocWindow  *self);
void              voc_window_add_toast            (VocWindow  *self,
                                                   AdwToast   *toast);

G_END_DECLS
