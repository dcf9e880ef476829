/* voc-preferences-window.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VOC_TYPE_PREFERENCES_WINDOW (voc_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (VocPreferencesWindow, voc_preferences_window, VOC, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

VocPreferencesWindow *voc_preferences_window_new (GSettings *settings);

G_END_DECLS
