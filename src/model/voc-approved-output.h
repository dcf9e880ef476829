/* voc-approved-output.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_APPROVED_OUTPUT (voc_approved_output_get_type ())
G_DECLARE_FINAL_TYPE (VocApprovedOutput, voc_approved_output, VOC, APPROVED_OUTPUT, VocEntity)

VocApprovedOutput *voc_approved_output_new (void);
const char * voc_approved_output_get_purpose       (VocApprovedOutput *self);
void         voc_approved_output_set_purpose       (VocApprovedOutput *self,
                                                    const char *purpose);
const char * voc_approved_output_get_content       (VocApprovedOutput *self);
void         voc_approved_output_set_content       (VocApprovedOutput *self,
                                                    const char *content);
gint64       voc_approved_output_get_source_run_id (VocApprovedOutput *self);
void         voc_approved_output_set_source_run_id (VocApprovedOutput *self,
                                                    gint64 source_run_id);
gint64       voc_approved_output_get_rating        (VocApprovedOutput *self);
void         voc_approved_output_set_rating        (VocApprovedOutput *self,
                                                    gint64 rating);

G_END_DECLS
