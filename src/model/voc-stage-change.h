/* voc-stage-change.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_STAGE_CHANGE (voc_stage_change_get_type ())
G_DECLARE_FINAL_TYPE (VocStageChange, voc_stage_change, VOC, STAGE_CHANGE, VocEntity)

VocStageChange *voc_stage_change_new (void);
gint64       voc_stage_change_get_application_id (VocStageChange *self);
void         voc_stage_change_set_application_id (VocStageChange *self,
                                                  gint64 application_id);
VocStage     voc_stage_change_get_from_stage     (VocStageChange *self);
void         voc_stage_change_set_from_stage     (VocStageChange *self,
                                                  VocStage from_stage);
VocStage     voc_stage_change_get_to_stage       (VocStageChange *self);
void         voc_stage_change_set_to_stage       (VocStageChange *self,
                                                  VocStage to_stage);
GDateTime *  voc_stage_change_get_changed_at     (VocStageChange *self);
void         voc_stage_change_set_changed_at     (VocStageChange *self,
                                                  GDateTime *changed_at);
const char * voc_stage_change_get_note           (VocStageChange *self);
void         voc_stage_change_set_note           (VocStageChange *self,
                                                  const char *note);
gboolean     voc_stage_change_get_unusual        (VocStageChange *self);
void         voc_stage_change_set_unusual        (VocStageChange *self,
                                                  gboolean unusual);

G_END_DECLS
