/* voc-task-editor-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-task-editor.h"

G_BEGIN_DECLS

/* For tests: the row of a field ("title", "kind", "priority", "date", "time",
 * "application", "notes") and the message shown after a refused Save. */
GtkWidget  *voc_task_editor_get_row     (VocTaskEditor *self,
                                         const char    *name);
const char *voc_task_editor_get_message (VocTaskEditor *self);

G_END_DECLS
