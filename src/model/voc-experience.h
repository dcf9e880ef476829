/* voc-experience.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_EXPERIENCE (voc_experience_get_type ())
G_DECLARE_FINAL_TYPE (VocExperience, voc_experience, VOC, EXPERIENCE, VocEntity)

VocExperience *voc_experience_new (void);
const char *       voc_experience_get_title           (VocExperience *self);
void               voc_experience_set_title           (VocExperience *self,
                                                       const char *title);
const char *       voc_experience_get_employer        (VocExperience *self);
void               voc_experience_set_employer        (VocExperience *self,
                                                       const char *employer);
const char *       voc_experience_get_location        (VocExperience *self);
void               voc_experience_set_location        (VocExperience *self,
                                                       const char *location);
const char *       voc_experience_get_start_date      (VocExperience *self);
void               voc_experience_set_start_date      (VocExperience *self,
                                                       const char *start_date);
const char *       voc_experience_get_end_date        (VocExperience *self);
void               voc_experience_set_end_date        (VocExperience *self,
                                                       const char *end_date);
VocEmploymentType  voc_experience_get_employment_type (VocExperience *self);
void               voc_experience_set_employment_type (VocExperience *self,
                                                       VocEmploymentType employment_type);
const char *       voc_experience_get_description     (VocExperience *self);
void               voc_experience_set_description     (VocExperience *self,
                                                       const char *description);
gint64             voc_experience_get_position        (VocExperience *self);
void               voc_experience_set_position        (VocExperience *self,
                                                       gint64 position);

const char *voc_experience_get_url (VocExperience *self);
void        voc_experience_set_url (VocExperience *self,
                                    const char *url);
const char *voc_experience_get_extra (VocExperience *self);
void        voc_experience_set_extra (VocExperience *self,
                                      const char *extra);

G_END_DECLS
