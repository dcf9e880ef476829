/* voc-education.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_EDUCATION (voc_education_get_type ())
G_DECLARE_FINAL_TYPE (VocEducation, voc_education, VOC, EDUCATION, VocEntity)

VocEducation *voc_education_new (void);
const char * voc_education_get_institution (VocEducation *self);
void         voc_education_set_institution (VocEducation *self,
                                            const char *institution);
const char * voc_education_get_area        (VocEducation *self);
void         voc_education_set_area        (VocEducation *self,
                                            const char *area);
const char * voc_education_get_study_type  (VocEducation *self);
void         voc_education_set_study_type  (VocEducation *self,
                                            const char *study_type);
const char * voc_education_get_start_date  (VocEducation *self);
void         voc_education_set_start_date  (VocEducation *self,
                                            const char *start_date);
const char * voc_education_get_end_date    (VocEducation *self);
void         voc_education_set_end_date    (VocEducation *self,
                                            const char *end_date);
const char * voc_education_get_score       (VocEducation *self);
void         voc_education_set_score       (VocEducation *self,
                                            const char *score);
const char * voc_education_get_courses     (VocEducation *self);
void         voc_education_set_courses     (VocEducation *self,
                                            const char *courses);
gint64       voc_education_get_position    (VocEducation *self);
void         voc_education_set_position    (VocEducation *self,
                                            gint64 position);

const char *voc_education_get_url (VocEducation *self);
void        voc_education_set_url (VocEducation *self,
                                   const char *url);
const char *voc_education_get_extra (VocEducation *self);
void        voc_education_set_extra (VocEducation *self,
                                     const char *extra);

G_END_DECLS
