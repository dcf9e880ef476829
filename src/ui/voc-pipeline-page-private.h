/* voc-pipeline-page-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-pipeline-page.h"

G_BEGIN_DECLS

const char *voc_pipeline_page_get_visible_child_name (VocPipelinePage *self);
GListModel *voc_pipeline_page_get_model              (VocPipelinePage *self);

G_END_DECLS
