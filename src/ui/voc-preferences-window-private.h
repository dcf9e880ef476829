/* voc-preferences-window-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-preferences-window.h"

G_BEGIN_DECLS

GtkSwitch     *voc_preferences_window_get_background_switch (VocPreferencesWindow *self);
GtkSpinButton *voc_preferences_window_get_goal_spin         (VocPreferencesWindow *self);

G_END_DECLS
