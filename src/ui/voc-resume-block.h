/* voc-resume-block.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-repositories.h"

G_BEGIN_DECLS

#define VOC_TYPE_RESUME_BLOCK (voc_resume_block_get_type ())
G_DECLARE_FINAL_TYPE (VocResumeBlock, voc_resume_block, VOC, RESUME_BLOCK, GtkBox)

GtkWidget  *voc_resume_block_new             (VocResumeRepository *repository,
                                              VocEntity           *entity,
                                              GtkFilter           *filter);
VocEntity  *voc_resume_block_get_entity      (VocResumeBlock      *self);
GtkListBox *voc_resume_block_get_bullet_list (VocResumeBlock      *self);
GListModel *voc_resume_block_get_bullets     (VocResumeBlock      *self);
GtkListBox *voc_resume_block_get_engagement_list (VocResumeBlock  *self);

G_END_DECLS
