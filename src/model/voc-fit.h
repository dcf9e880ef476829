/* voc-fit.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_FIT (voc_fit_get_type ())
G_DECLARE_FINAL_TYPE (VocFit, voc_fit, VOC, FIT, VocEntity)

VocFit *voc_fit_new (void);
gint64       voc_fit_get_posting_id        (VocFit *self);
void         voc_fit_set_posting_id        (VocFit *self,
                                            gint64 posting_id);
gint64       voc_fit_get_resume_version_id (VocFit *self);
void         voc_fit_set_resume_version_id (VocFit *self,
                                            gint64 resume_version_id);
gint64       voc_fit_get_score             (VocFit *self);
void         voc_fit_set_score             (VocFit *self,
                                            gint64 score);
const char * voc_fit_get_scorer_version    (VocFit *self);
void         voc_fit_set_scorer_version    (VocFit *self,
                                            const char *scorer_version);
const char * voc_fit_get_factors           (VocFit *self);
void         voc_fit_set_factors           (VocFit *self,
                                            const char *factors);
const char * voc_fit_get_matched_skills    (VocFit *self);
void         voc_fit_set_matched_skills    (VocFit *self,
                                            const char *matched_skills);
const char * voc_fit_get_missing_skills    (VocFit *self);
void         voc_fit_set_missing_skills    (VocFit *self,
                                            const char *missing_skills);
const char * voc_fit_get_rationale         (VocFit *self);
void         voc_fit_set_rationale         (VocFit *self,
                                            const char *rationale);
const char * voc_fit_get_inputs_sha256     (VocFit *self);
void         voc_fit_set_inputs_sha256     (VocFit *self,
                                            const char *inputs_sha256);

G_END_DECLS
