/* voc-app-reminders.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void voc_app_reminders_install (GtkApplication *application,
                                GSettings      *settings);

G_END_DECLS
