/* voc-event-editor-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-event-editor.h"

G_BEGIN_DECLS

/* For tests: the row of a field ("title", "kind", "start-date", "start-time", "end-date",
 * "end-time", "location", "meeting", "application", "notes"), the toggle of a reminder
 * offset in minutes (10080, 1440, 120, 30, 10), and the message shown after a refused Save. */
GtkWidget  *voc_event_editor_get_row      (VocEventEditor *self,
                                           const char     *name);
GtkWidget  *voc_event_editor_get_reminder (VocEventEditor *self,
                                           gint64          minutes);
const char *voc_event_editor_get_message  (VocEventEditor *self);

G_END_DECLS
