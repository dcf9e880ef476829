/* voc-jobs-page-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-jobs-page.h"

G_BEGIN_DECLS

const char *voc_jobs_page_get_visible_child_name (VocJobsPage *self);
GListModel *voc_jobs_page_get_model              (VocJobsPage *self);

G_END_DECLS
