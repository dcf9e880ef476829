/* voc-rewrite-panel.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-ai-rewrite.h"
#include "voc-fit-store.h"

G_BEGIN_DECLS

#define VOC_TYPE_REWRITE_PANEL (voc_rewrite_panel_get_type ())
G_DECLARE_FINAL_TYPE (VocRewritePanel, voc_rewrite_panel, VOC, REWRITE_PANEL, GtkBox)

GtkWidget *voc_rewrite_panel_new             (VocFitStore      *store,
                                              gint64            posting_id);
void       voc_rewrite_panel_set_tailored    (VocRewritePanel  *self,
                                              VocFitTailored   *tailored,
                                              JsonObject       *library);
void       voc_rewrite_panel_set_locked      (VocRewritePanel  *self,
                                              gboolean          locked);
GPtrArray *voc_rewrite_panel_get_rewrites    (VocRewritePanel  *self);
GPtrArray *voc_rewrite_panel_get_suggestions (VocRewritePanel  *self);
gboolean   voc_rewrite_panel_get_running     (VocRewritePanel  *self);
void       voc_rewrite_panel_show_suggestions (VocRewritePanel *self,
                                               GPtrArray       *suggestions,
                                               gint64           run_id);

G_END_DECLS
