/* voc-resume-page-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-resume-page.h"

G_BEGIN_DECLS

const char *voc_resume_page_get_visible_child_name (VocResumePage *self);
GListModel *voc_resume_page_get_experiences        (VocResumePage *self);
GListModel *voc_resume_page_get_skills             (VocResumePage *self);
const char *voc_resume_page_get_profile_name       (VocResumePage *self);

G_END_DECLS
