/* voc-job-detail.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-repositories.h"

G_BEGIN_DECLS

#define VOC_TYPE_JOB_DETAIL (voc_job_detail_get_type ())
G_DECLARE_FINAL_TYPE (VocJobDetail, voc_job_detail, VOC, JOB_DETAIL, AdwBin)

GtkWidget        *voc_job_detail_new            (void);
VocJobRepository *voc_job_detail_get_repository (VocJobDetail     *self);
void              voc_job_detail_set_repository (VocJobDetail     *self,
                                                 VocJobRepository *repository);
VocJobPosting    *voc_job_detail_get_posting    (VocJobDetail     *self);
void              voc_job_detail_set_posting    (VocJobDetail     *self,
                                                 VocJobPosting    *posting);
gboolean          voc_job_detail_get_editing    (VocJobDetail     *self);
void              voc_job_detail_focus          (VocJobDetail     *self);

G_END_DECLS
