/* voc-task-editor.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-repositories.h"

G_BEGIN_DECLS

#define VOC_TYPE_TASK_EDITOR (voc_task_editor_get_type ())
G_DECLARE_FINAL_TYPE (VocTaskEditor, voc_task_editor, VOC, TASK_EDITOR, AdwWindow)

VocTaskEditor *voc_task_editor_new      (VocDatabase    *database,
                                         VocTask        *task,
                                         gint64          application_id);
VocTask       *voc_task_editor_get_task (VocTaskEditor  *self);
gboolean       voc_task_editor_save     (VocTaskEditor  *self,
                                         GError        **error);

G_END_DECLS
