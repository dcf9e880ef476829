/* voc-learning-resource.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_LEARNING_RESOURCE (voc_learning_resource_get_type ())
G_DECLARE_FINAL_TYPE (VocLearningResource, voc_learning_resource, VOC, LEARNING_RESOURCE, VocEntity)

VocLearningResource *voc_learning_resource_new (void);
const char *       voc_learning_resource_get_title          (VocLearningResource *self);
void               voc_learning_resource_set_title          (VocLearningResource *self,
                                                             const char *title);
const char *       voc_learning_resource_get_url            (VocLearningResource *self);
void               voc_learning_resource_set_url            (VocLearningResource *self,
                                                             const char *url);
const char *       voc_learning_resource_get_skill          (VocLearningResource *self);
void               voc_learning_resource_set_skill          (VocLearningResource *self,
                                                             const char *skill);
VocResourceKind    voc_learning_resource_get_kind           (VocLearningResource *self);
void               voc_learning_resource_set_kind           (VocLearningResource *self,
                                                             VocResourceKind kind);
VocResourceStatus  voc_learning_resource_get_status         (VocLearningResource *self);
void               voc_learning_resource_set_status         (VocLearningResource *self,
                                                             VocResourceStatus status);
gint64             voc_learning_resource_get_application_id (VocLearningResource *self);
void               voc_learning_resource_set_application_id (VocLearningResource *self,
                                                             gint64 application_id);

G_END_DECLS
