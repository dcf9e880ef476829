/* voc-skill-chip.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-skill.h"

G_BEGIN_DECLS

#define VOC_TYPE_SKILL_CHIP (voc_skill_chip_get_type ())
G_DECLARE_FINAL_TYPE (VocSkillChip, voc_skill_chip, VOC, SKILL_CHIP, AdwBin)

GtkWidget *voc_skill_chip_new       (VocSkill     *skill);
VocSkill  *voc_skill_chip_get_skill (VocSkillChip *self);
void       voc_skill_chip_set_skill (VocSkillChip *self,
                                     VocSkill     *skill);

G_END_DECLS
