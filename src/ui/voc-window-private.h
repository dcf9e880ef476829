/* voc-window-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-window.h"

G_BEGIN_DECLS

GtkWidget        *voc_window_get_page         (VocWindow  *self,
                                               const char *name);
AdwMessageDialog *voc_window_get_error_dialog (VocWindow  *self);

G_END_DECLS
