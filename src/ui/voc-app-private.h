/* voc-app-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-app.h"
#include "voc-window.h"

G_BEGIN_DECLS

VocWindow *voc_app_open_database    (VocApp     *self,
                                     const char *path);
void       voc_app_note_exit_status (VocApp     *self,
                                     int         status);

G_END_DECLS
