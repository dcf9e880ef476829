/* voc-resume-review.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_RESUME_REVIEW (voc_resume_review_get_type ())
G_DECLARE_FINAL_TYPE (VocResumeReview, voc_resume_review, VOC, RESUME_REVIEW, AdwWindow)

VocResumeReview *voc_resume_review_new (GtkWindow   *parent,
                                        VocDatabase *database,
                                        GFile       *file);

G_END_DECLS
