/* voc-job-detail-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-ai-analysis-view.h"
#include "voc-fit-view.h"
#include "voc-job-detail.h"
#include "voc-job-editor.h"

G_BEGIN_DECLS

VocJobEditor *voc_job_detail_get_editor             (VocJobDetail         *self);
VocFitView   *voc_job_detail_get_fit_view           (VocJobDetail         *self);
VocAiAnalysisView *voc_job_detail_get_ai_analysis_view (VocJobDetail      *self);
GListModel   *voc_job_detail_get_skills             (VocJobDetail         *self);
guint         voc_job_detail_get_skill_flags        (VocJobDetail         *self,
                                                     const char           *name);
guint         voc_job_detail_get_n_sections         (VocJobDetail         *self);
const char   *voc_job_detail_get_text               (VocJobDetail         *self);
void          voc_job_detail_save_original_async    (VocJobDetail         *self,
                                                     GFile                *folder,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
GFile        *voc_job_detail_save_original_finish   (VocJobDetail         *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

/* The flags of a skill the posting asks for. */
#define VOC_JOB_SKILL_REQUIRED     (1 << 0)
#define VOC_JOB_SKILL_NICE_TO_HAVE (1 << 1)

G_END_DECLS
