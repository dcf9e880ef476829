/* voc-bullet.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_BULLET (voc_bullet_get_type ())
G_DECLARE_FINAL_TYPE (VocBullet, voc_bullet, VOC, BULLET, VocEntity)

VocBullet *voc_bullet_new (void);
gint64         voc_bullet_get_experience_id (VocBullet *self);
void           voc_bullet_set_experience_id (VocBullet *self,
                                             gint64 experience_id);
gint64         voc_bullet_get_engagement_id (VocBullet *self);
void           voc_bullet_set_engagement_id (VocBullet *self,
                                             gint64 engagement_id);
const char *   voc_bullet_get_text          (VocBullet *self);
void           voc_bullet_set_text          (VocBullet *self,
                                             const char *text);
const char *   voc_bullet_get_tags          (VocBullet *self);
void           voc_bullet_set_tags          (VocBullet *self,
                                             const char *tags);
VocBulletType  voc_bullet_get_bullet_type   (VocBullet *self);
void           voc_bullet_set_bullet_type   (VocBullet *self,
                                             VocBulletType bullet_type);
gint64         voc_bullet_get_importance    (VocBullet *self);
void           voc_bullet_set_importance    (VocBullet *self,
                                             gint64 importance);
VocSeniority   voc_bullet_get_seniority     (VocBullet *self);
void           voc_bullet_set_seniority     (VocBullet *self,
                                             VocSeniority seniority);
const char *   voc_bullet_get_star_notes    (VocBullet *self);
void           voc_bullet_set_star_notes    (VocBullet *self,
                                             const char *star_notes);
gboolean       voc_bullet_get_retired       (VocBullet *self);
void           voc_bullet_set_retired       (VocBullet *self,
                                             gboolean retired);
gint64         voc_bullet_get_use_count     (VocBullet *self);
void           voc_bullet_set_use_count     (VocBullet *self,
                                             gint64 use_count);
GDateTime *    voc_bullet_get_last_used_at  (VocBullet *self);
void           voc_bullet_set_last_used_at  (VocBullet *self,
                                             GDateTime *last_used_at);
gint64         voc_bullet_get_position      (VocBullet *self);
void           voc_bullet_set_position      (VocBullet *self,
                                             gint64 position);

G_END_DECLS
