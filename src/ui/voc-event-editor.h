/* voc-event-editor.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-repositories.h"

G_BEGIN_DECLS

#define VOC_TYPE_EVENT_EDITOR (voc_event_editor_get_type ())
G_DECLARE_FINAL_TYPE (VocEventEditor, voc_event_editor, VOC, EVENT_EDITOR, AdwWindow)

VocEventEditor *voc_event_editor_new       (VocDatabase     *database,
                                            VocEvent        *event,
                                            gint64           application_id);
VocEvent       *voc_event_editor_get_event (VocEventEditor  *self);
gboolean        voc_event_editor_save      (VocEventEditor  *self,
                                            GError         **error);

G_END_DECLS
