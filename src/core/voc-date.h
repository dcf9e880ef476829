/* voc-date.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean   voc_partial_date_is_valid   (const char *text);
int        voc_partial_date_compare    (const char *a,
                                        const char *b);
char      *voc_date_time_to_iso8601    (GDateTime  *dt);
GDateTime *voc_date_time_from_iso8601  (const char *text);
GDateTime *voc_date_time_now_utc       (void);

G_END_DECLS
