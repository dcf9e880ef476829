/* voc-cv-batch.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_CV_BATCH (voc_cv_batch_get_type ())
G_DECLARE_FINAL_TYPE (VocCvBatch, voc_cv_batch, VOC, CV_BATCH, VocEntity)

VocCvBatch *voc_cv_batch_new (void);
const char *    voc_cv_batch_get_name       (VocCvBatch *self);
void            voc_cv_batch_set_name       (VocCvBatch *self,
                                             const char *name);
gint64          voc_cv_batch_get_posting_id (VocCvBatch *self);
void            voc_cv_batch_set_posting_id (VocCvBatch *self,
                                             gint64 posting_id);
const char *    voc_cv_batch_get_folder     (VocCvBatch *self);
void            voc_cv_batch_set_folder     (VocCvBatch *self,
                                             const char *folder);
VocBatchStatus  voc_cv_batch_get_status     (VocCvBatch *self);
void            voc_cv_batch_set_status     (VocCvBatch *self,
                                             VocBatchStatus status);

G_END_DECLS
