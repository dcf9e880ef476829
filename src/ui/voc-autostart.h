/* voc-autostart.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *voc_autostart_dup_path    (void);
gboolean  voc_autostart_set_enabled (gboolean    enabled,
                                     GError    **error);
void      voc_autostart_watch       (GSettings  *settings);

G_END_DECLS
