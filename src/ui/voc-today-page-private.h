/* voc-today-page-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-pipeline-actions.h"
#include "voc-scheduler.h"
#include "voc-today-page.h"

G_BEGIN_DECLS

/* What "Export to Calendar…" on an event row does once the file is chosen; for tests. */
void  voc_today_page_export_event   (VocTodayPage *self,
                                     gint64        id,
                                     GFile        *file);
guint voc_today_page_get_n_exports  (VocTodayPage *self);
VocPipelineActions *voc_today_page_get_actions (VocTodayPage *self);
void  voc_today_page_set_clock      (VocTodayPage   *self,
                                     const VocClock *clock);

G_END_DECLS
