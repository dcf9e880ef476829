/* voc-skill.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_SKILL (voc_skill_get_type ())
G_DECLARE_FINAL_TYPE (VocSkill, voc_skill, VOC, SKILL, VocEntity)

VocSkill *voc_skill_new (void);
const char *   voc_skill_get_name     (VocSkill *self);
void           voc_skill_set_name     (VocSkill *self,
                                       const char *name);
const char *   voc_skill_get_category (VocSkill *self);
void           voc_skill_set_category (VocSkill *self,
                                       const char *category);
VocSkillLevel  voc_skill_get_level    (VocSkill *self);
void           voc_skill_set_level    (VocSkill *self,
                                       VocSkillLevel level);
double         voc_skill_get_years    (VocSkill *self);
void           voc_skill_set_years    (VocSkill *self,
                                       double years);
const char *   voc_skill_get_keywords (VocSkill *self);
void           voc_skill_set_keywords (VocSkill *self,
                                       const char *keywords);
gint64         voc_skill_get_position (VocSkill *self);
void           voc_skill_set_position (VocSkill *self,
                                       gint64 position);

const char *voc_skill_get_extra (VocSkill *self);
void        voc_skill_set_extra (VocSkill *self,
                                 const char *extra);

G_END_DECLS
