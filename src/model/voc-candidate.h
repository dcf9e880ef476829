/* voc-candidate.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_CANDIDATE (voc_candidate_get_type ())
G_DECLARE_FINAL_TYPE (VocCandidate, voc_candidate, VOC, CANDIDATE, VocEntity)

VocCandidate *voc_candidate_new (void);
gint64              voc_candidate_get_batch_id       (VocCandidate *self);
void                voc_candidate_set_batch_id       (VocCandidate *self,
                                                      gint64 batch_id);
const char *        voc_candidate_get_display_name   (VocCandidate *self);
void                voc_candidate_set_display_name   (VocCandidate *self,
                                                      const char *display_name);
const char *        voc_candidate_get_file_name      (VocCandidate *self);
void                voc_candidate_set_file_name      (VocCandidate *self,
                                                      const char *file_name);
const char *        voc_candidate_get_file_sha256    (VocCandidate *self);
void                voc_candidate_set_file_sha256    (VocCandidate *self,
                                                      const char *file_sha256);
const char *        voc_candidate_get_text           (VocCandidate *self);
void                voc_candidate_set_text           (VocCandidate *self,
                                                      const char *text);
gint64              voc_candidate_get_score          (VocCandidate *self);
void                voc_candidate_set_score          (VocCandidate *self,
                                                      gint64 score);
const char *        voc_candidate_get_matched_skills (VocCandidate *self);
void                voc_candidate_set_matched_skills (VocCandidate *self,
                                                      const char *matched_skills);
const char *        voc_candidate_get_missing_skills (VocCandidate *self);
void                voc_candidate_set_missing_skills (VocCandidate *self,
                                                      const char *missing_skills);
VocCandidateStatus  voc_candidate_get_status         (VocCandidate *self);
void                voc_candidate_set_status         (VocCandidate *self,
                                                      VocCandidateStatus status);

G_END_DECLS
