/* voc-job-posting.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_JOB_POSTING (voc_job_posting_get_type ())
G_DECLARE_FINAL_TYPE (VocJobPosting, voc_job_posting, VOC, JOB_POSTING, VocEntity)

VocJobPosting *voc_job_posting_new (void);
gint64             voc_job_posting_get_company_id       (VocJobPosting *self);
void               voc_job_posting_set_company_id       (VocJobPosting *self,
                                                         gint64 company_id);
const char *       voc_job_posting_get_title            (VocJobPosting *self);
void               voc_job_posting_set_title            (VocJobPosting *self,
                                                         const char *title);
const char *       voc_job_posting_get_location         (VocJobPosting *self);
void               voc_job_posting_set_location         (VocJobPosting *self,
                                                         const char *location);
VocRemoteMode      voc_job_posting_get_remote_mode      (VocJobPosting *self);
void               voc_job_posting_set_remote_mode      (VocJobPosting *self,
                                                         VocRemoteMode remote_mode);
VocEmploymentType  voc_job_posting_get_employment_type  (VocJobPosting *self);
void               voc_job_posting_set_employment_type  (VocJobPosting *self,
                                                         VocEmploymentType employment_type);
VocSeniority       voc_job_posting_get_seniority        (VocJobPosting *self);
void               voc_job_posting_set_seniority        (VocJobPosting *self,
                                                         VocSeniority seniority);
gint64             voc_job_posting_get_salary_min_cents (VocJobPosting *self);
void               voc_job_posting_set_salary_min_cents (VocJobPosting *self,
                                                         gint64 salary_min_cents);
gint64             voc_job_posting_get_salary_max_cents (VocJobPosting *self);
void               voc_job_posting_set_salary_max_cents (VocJobPosting *self,
                                                         gint64 salary_max_cents);
const char *       voc_job_posting_get_salary_currency  (VocJobPosting *self);
void               voc_job_posting_set_salary_currency  (VocJobPosting *self,
                                                         const char *salary_currency);
VocSalaryPeriod    voc_job_posting_get_salary_period    (VocJobPosting *self);
void               voc_job_posting_set_salary_period    (VocJobPosting *self,
                                                         VocSalaryPeriod salary_period);
VocPostingSource   voc_job_posting_get_source           (VocJobPosting *self);
void               voc_job_posting_set_source           (VocJobPosting *self,
                                                         VocPostingSource source);
const char *       voc_job_posting_get_source_id        (VocJobPosting *self);
void               voc_job_posting_set_source_id        (VocJobPosting *self,
                                                         const char *source_id);
const char *       voc_job_posting_get_url              (VocJobPosting *self);
void               voc_job_posting_set_url              (VocJobPosting *self,
                                                         const char *url);
const char *       voc_job_posting_get_fingerprint      (VocJobPosting *self);
void               voc_job_posting_set_fingerprint      (VocJobPosting *self,
                                                         const char *fingerprint);
const char *       voc_job_posting_get_sections         (VocJobPosting *self);
void               voc_job_posting_set_sections         (VocJobPosting *self,
                                                         const char *sections);
const char *       voc_job_posting_get_skills           (VocJobPosting *self);
void               voc_job_posting_set_skills           (VocJobPosting *self,
                                                         const char *skills);
const char *       voc_job_posting_get_analysis         (VocJobPosting *self);
void               voc_job_posting_set_analysis         (VocJobPosting *self,
                                                         const char *analysis);
GDateTime *        voc_job_posting_get_posted_at        (VocJobPosting *self);
void               voc_job_posting_set_posted_at        (VocJobPosting *self,
                                                         GDateTime *posted_at);
GDateTime *        voc_job_posting_get_closes_at        (VocJobPosting *self);
void               voc_job_posting_set_closes_at        (VocJobPosting *self,
                                                         GDateTime *closes_at);
gboolean           voc_job_posting_get_archived         (VocJobPosting *self);
void               voc_job_posting_set_archived         (VocJobPosting *self,
                                                         gboolean archived);
const char *       voc_job_posting_get_company_name     (VocJobPosting *self);

gint64             voc_job_posting_get_salary_yearly_min_cents (VocJobPosting *self);
void               voc_job_posting_set_salary_yearly_min_cents (VocJobPosting *self,
                                                                gint64         salary_yearly_min_cents);
gint64             voc_job_posting_get_salary_yearly_max_cents (VocJobPosting *self);
void               voc_job_posting_set_salary_yearly_max_cents (VocJobPosting *self,
                                                                gint64         salary_yearly_max_cents);

G_END_DECLS
