/* voc-bullet-version.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_BULLET_VERSION (voc_bullet_version_get_type ())
G_DECLARE_FINAL_TYPE (VocBulletVersion, voc_bullet_version, VOC, BULLET_VERSION, VocEntity)

VocBulletVersion *voc_bullet_version_new (void);
gint64            voc_bullet_version_get_bullet_id (VocBulletVersion *self);
void              voc_bullet_version_set_bullet_id (VocBulletVersion *self,
                                                    gint64 bullet_id);
const char *      voc_bullet_version_get_text      (VocBulletVersion *self);
void              voc_bullet_version_set_text      (VocBulletVersion *self,
                                                    const char *text);
const char *      voc_bullet_version_get_reason    (VocBulletVersion *self);
void              voc_bullet_version_set_reason    (VocBulletVersion *self,
                                                    const char *reason);
VocVersionSource  voc_bullet_version_get_source    (VocBulletVersion *self);
void              voc_bullet_version_set_source    (VocBulletVersion *self,
                                                    VocVersionSource source);
gint64            voc_bullet_version_get_resume_version_id (VocBulletVersion *self);
void              voc_bullet_version_set_resume_version_id (VocBulletVersion *self,
                                                            gint64            resume_version_id);
gint64            voc_bullet_version_get_model_run_id      (VocBulletVersion *self);
void              voc_bullet_version_set_model_run_id      (VocBulletVersion *self,
                                                            gint64            model_run_id);

G_END_DECLS
