/* voc-job-application.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_JOB_APPLICATION (voc_job_application_get_type ())
G_DECLARE_FINAL_TYPE (VocJobApplication, voc_job_application, VOC, JOB_APPLICATION, VocEntity)

VocJobApplication *voc_job_application_new (void);
gint64       voc_job_application_get_posting_id           (VocJobApplication *self);
void         voc_job_application_set_posting_id           (VocJobApplication *self,
                                                           gint64 posting_id);
VocStage     voc_job_application_get_stage                (VocJobApplication *self);
void         voc_job_application_set_stage                (VocJobApplication *self,
                                                           VocStage stage);
gint64       voc_job_application_get_resume_version_id    (VocJobApplication *self);
void         voc_job_application_set_resume_version_id    (VocJobApplication *self,
                                                           gint64 resume_version_id);
gint64       voc_job_application_get_cover_letter_id      (VocJobApplication *self);
void         voc_job_application_set_cover_letter_id      (VocJobApplication *self,
                                                           gint64 cover_letter_id);
const char * voc_job_application_get_source               (VocJobApplication *self);
void         voc_job_application_set_source               (VocJobApplication *self,
                                                           const char *source);
GDateTime *  voc_job_application_get_applied_at           (VocJobApplication *self);
void         voc_job_application_set_applied_at           (VocJobApplication *self,
                                                           GDateTime *applied_at);
GDateTime *  voc_job_application_get_first_response_at    (VocJobApplication *self);
void         voc_job_application_set_first_response_at    (VocJobApplication *self,
                                                           GDateTime *first_response_at);
GDateTime *  voc_job_application_get_offer_at             (VocJobApplication *self);
void         voc_job_application_set_offer_at             (VocJobApplication *self,
                                                           GDateTime *offer_at);
GDateTime *  voc_job_application_get_closed_at            (VocJobApplication *self);
void         voc_job_application_set_closed_at            (VocJobApplication *self,
                                                           GDateTime *closed_at);
GDateTime *  voc_job_application_get_stage_changed_at     (VocJobApplication *self);
void         voc_job_application_set_stage_changed_at     (VocJobApplication *self,
                                                           GDateTime *stage_changed_at);
gint64       voc_job_application_get_salary_offered_cents (VocJobApplication *self);
void         voc_job_application_set_salary_offered_cents (VocJobApplication *self,
                                                           gint64 salary_offered_cents);
const char * voc_job_application_get_salary_currency      (VocJobApplication *self);
void         voc_job_application_set_salary_currency      (VocJobApplication *self,
                                                           const char *salary_currency);
const char * voc_job_application_get_notes                (VocJobApplication *self);
void         voc_job_application_set_notes                (VocJobApplication *self,
                                                           const char *notes);
const char * voc_job_application_get_posting_title        (VocJobApplication *self);
const char * voc_job_application_get_company_name         (VocJobApplication *self);

G_END_DECLS
