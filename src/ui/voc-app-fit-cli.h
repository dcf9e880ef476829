/* voc-app-fit-cli.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "voc-database.h"

G_BEGIN_DECLS

void        voc_fit_cli_explain_async   (VocDatabase          *database,
                                         const char           *id,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
char       *voc_fit_cli_explain_finish  (GAsyncResult         *result,
                                         GError              **error);
void        voc_fit_cli_tailor_async    (VocDatabase          *database,
                                         const char           *id,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
JsonObject *voc_fit_cli_tailor_finish   (GAsyncResult         *result,
                                         GError              **error);

G_END_DECLS
