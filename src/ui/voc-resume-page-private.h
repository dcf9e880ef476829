/* voc-resume-page-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-resume-block.h"
#include "voc-resume-form.h"
#include "voc-resume-history.h"
#include "voc-resume-page.h"

G_BEGIN_DECLS

const char       *voc_resume_page_get_visible_child_name (VocResumePage *self);
GListModel       *voc_resume_page_get_experiences        (VocResumePage *self);
GListModel       *voc_resume_page_get_skills             (VocResumePage *self);
GListModel       *voc_resume_page_get_section            (VocResumePage *self,
                                                          const char    *table);
GtkListBox       *voc_resume_page_get_section_list       (VocResumePage *self,
                                                          const char    *table);
const char       *voc_resume_page_get_profile_name       (VocResumePage *self);
VocResumeBlock   *voc_resume_page_find_block             (VocResumePage *self,
                                                          gint64         experience_id);
VocResumeForm    *voc_resume_page_get_form               (VocResumePage *self);
VocResumeHistory *voc_resume_page_get_history            (VocResumePage *self);
AdwToast         *voc_resume_page_get_undo_toast         (VocResumePage *self);
void              voc_resume_page_commit_deletes         (VocResumePage *self);

G_END_DECLS
