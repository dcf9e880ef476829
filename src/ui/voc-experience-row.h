/* voc-experience-row.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-experience.h"

G_BEGIN_DECLS

#define VOC_TYPE_EXPERIENCE_ROW (voc_experience_row_get_type ())
G_DECLARE_FINAL_TYPE (VocExperienceRow, voc_experience_row, VOC, EXPERIENCE_ROW, AdwActionRow)

GtkWidget     *voc_experience_row_new            (VocExperience    *experience);
VocExperience *voc_experience_row_get_experience (VocExperienceRow *self);
void           voc_experience_row_set_experience (VocExperienceRow *self,
                                                  VocExperience    *experience);

G_END_DECLS
