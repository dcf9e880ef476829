/* voc-model-io.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_MODEL_IO (voc_model_io_get_type ())
G_DECLARE_FINAL_TYPE (VocModelIo, voc_model_io, VOC, MODEL_IO, VocEntity)

VocModelIo *voc_model_io_new (void);
gint64          voc_model_io_get_run_id  (VocModelIo *self);
void            voc_model_io_set_run_id  (VocModelIo *self,
                                          gint64 run_id);
gint64          voc_model_io_get_seq     (VocModelIo *self);
void            voc_model_io_set_seq     (VocModelIo *self,
                                          gint64 seq);
VocMessageRole  voc_model_io_get_role    (VocModelIo *self);
void            voc_model_io_set_role    (VocModelIo *self,
                                          VocMessageRole role);
const char *    voc_model_io_get_content (VocModelIo *self);
void            voc_model_io_set_content (VocModelIo *self,
                                          const char *content);

G_END_DECLS
