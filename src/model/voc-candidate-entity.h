/* voc-candidate-entity.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_CANDIDATE_ENTITY (voc_candidate_entity_get_type ())
G_DECLARE_FINAL_TYPE (VocCandidateEntity, voc_candidate_entity, VOC, CANDIDATE_ENTITY, VocEntity)

VocCandidateEntity *voc_candidate_entity_new (void);
gint64                  voc_candidate_entity_get_candidate_id (VocCandidateEntity *self);
void                    voc_candidate_entity_set_candidate_id (VocCandidateEntity *self,
                                                               gint64 candidate_id);
VocCandidateEntityKind  voc_candidate_entity_get_kind         (VocCandidateEntity *self);
void                    voc_candidate_entity_set_kind         (VocCandidateEntity *self,
                                                               VocCandidateEntityKind kind);
const char *            voc_candidate_entity_get_value        (VocCandidateEntity *self);
void                    voc_candidate_entity_set_value        (VocCandidateEntity *self,
                                                               const char *value);

G_END_DECLS
