/* voc-resume-review-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-resume-review.h"

G_BEGIN_DECLS

const char  *voc_resume_review_get_state         (VocResumeReview *self);
const char  *voc_resume_review_get_error_message (VocResumeReview *self);
guint        voc_resume_review_get_n_warnings    (VocResumeReview *self);
guint        voc_resume_review_get_n_experiences (VocResumeReview *self);
guint        voc_resume_review_get_n_bullets     (VocResumeReview *self,
                                                  guint            experience);
const char  *voc_resume_review_get_bullet        (VocResumeReview *self,
                                                  guint            experience,
                                                  guint            bullet);
GtkButton   *voc_resume_review_get_remove_button (VocResumeReview *self,
                                                  guint            experience,
                                                  int              bullet);
AdwEntryRow *voc_resume_review_get_field         (VocResumeReview *self,
                                                  int              experience,
                                                  const char      *key);
const char  *voc_resume_review_get_summary       (VocResumeReview *self);

G_END_DECLS
