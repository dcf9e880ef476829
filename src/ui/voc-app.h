/* voc-app.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define VOC_TYPE_APP (voc_app_get_type ())
G_DECLARE_FINAL_TYPE (VocApp, voc_app, VOC, APP, AdwApplication)

VocApp *voc_app_new             (void);
int     voc_app_get_exit_status (VocApp *self);

G_END_DECLS
