/* voc-app-calendar-cli.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-app.h"

G_BEGIN_DECLS

void     voc_app_calendar_cli_add_options   (GApplication            *application);
gboolean voc_app_calendar_cli_handle        (VocApp                  *app,
                                             GApplicationCommandLine *command_line,
                                             int                     *status);
gboolean voc_app_calendar_cli_is_calendar   (GFile                   *file);

G_END_DECLS
