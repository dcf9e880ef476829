/* voc-repositories.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-model.h"
#include "voc-repository.h"

G_BEGIN_DECLS

/*
 * One repository per aggregate. Each accepts the entity types of its aggregate in the
 * generic calls of #VocRepository (insert, update, delete, find, list, search) and adds the
 * writes that must touch several rows in one transaction.
 */

/* The candidate: profile, skills, experiences, engagements, bullets and their versions,
 * education, certifications, projects and languages. */
#define VOC_TYPE_RESUME_REPOSITORY (voc_resume_repository_get_type ())
G_DECLARE_FINAL_TYPE (VocResumeRepository, voc_resume_repository, VOC, RESUME_REPOSITORY,
                      VocRepository)

VocResumeRepository *voc_resume_repository_new             (VocDatabase          *database);
VocProfile          *voc_resume_repository_dup_profile     (VocResumeRepository  *self,
                                                            GError              **error);
gboolean             voc_resume_repository_set_bullet_text (VocResumeRepository  *self,
                                                            VocBullet            *bullet,
                                                            const char           *text,
                                                            const char           *reason,
                                                            VocVersionSource      source,
                                                            GError              **error);
gboolean             voc_resume_repository_add_bullet      (VocResumeRepository  *self,
                                                            VocBullet            *bullet,
                                                            GError              **error);
gboolean             voc_resume_repository_update_bullet   (VocResumeRepository  *self,
                                                            VocBullet            *bullet,
                                                            const char           *reason,
                                                            VocVersionSource      source,
                                                            GError              **error);
gboolean             voc_resume_repository_move_bullet     (VocResumeRepository  *self,
                                                            VocBullet            *bullet,
                                                            guint                 index,
                                                            GError              **error);
gboolean             voc_resume_repository_restore_bullet_version (VocResumeRepository *self,
                                                            VocBullet            *bullet,
                                                            VocBulletVersion     *version,
                                                            GError              **error);
VocEntityList       *voc_resume_repository_list_bullets    (VocResumeRepository  *self,
                                                            gint64                experience_id,
                                                            gint64                engagement_id);
VocEntityList       *voc_resume_repository_list_bullet_versions (VocResumeRepository *self,
                                                            gint64                bullet_id);
char               **voc_resume_repository_dup_bullet_tags (VocResumeRepository  *self,
                                                            GError              **error);

/* Companies and the people in them (contacts are soft-deleted). */
#define VOC_TYPE_COMPANY_REPOSITORY (voc_company_repository_get_type ())
G_DECLARE_FINAL_TYPE (VocCompanyRepository, voc_company_repository, VOC, COMPANY_REPOSITORY,
                      VocRepository)

VocCompanyRepository *voc_company_repository_new          (VocDatabase           *database);
VocCompany           *voc_company_repository_find_by_name (VocCompanyRepository  *self,
                                                           const char            *normalized_name,
                                                           GError               **error);
VocCompany           *voc_company_repository_find_by_domain (VocCompanyRepository *self,
                                                             const char           *domain,
                                                             GError              **error);

/* Job postings, their full text and original bytes, and their fit scores. */
#define VOC_TYPE_JOB_REPOSITORY (voc_job_repository_get_type ())
G_DECLARE_FINAL_TYPE (VocJobRepository, voc_job_repository, VOC, JOB_REPOSITORY, VocRepository)

VocJobRepository *voc_job_repository_new            (VocDatabase       *database);
gboolean          voc_job_repository_insert_with_text (VocJobRepository *self,
                                                     VocJobPosting     *posting,
                                                     const char        *raw_text,
                                                     const char        *clean_text,
                                                     GBytes            *original,
                                                     const char        *media_type,
                                                     GError           **error);
char             *voc_job_repository_dup_text       (VocJobRepository  *self,
                                                     gint64             posting_id,
                                                     gboolean           clean,
                                                     GError           **error);
gboolean          voc_job_repository_update_with_text (VocJobRepository *self,
                                                     VocJobPosting     *posting,
                                                     const char        *raw_text,
                                                     const char        *clean_text,
                                                     GBytes            *original,
                                                     const char        *media_type,
                                                     GError           **error);
VocJobPosting    *voc_job_repository_find_by_fingerprint (VocJobRepository *self,
                                                     const char        *fingerprint,
                                                     GError           **error);
char             *voc_job_repository_dup_original_sha256 (VocJobRepository *self,
                                                     gint64             posting_id,
                                                     GError           **error);
GBytes           *voc_job_repository_dup_original   (VocJobRepository  *self,
                                                     gint64             posting_id,
                                                     char             **media_type,
                                                     GError           **error);

/* Applications and everything that hangs on them: stage changes, resume versions, documents,
 * outreach, events, tasks and notifications. */
#define VOC_TYPE_PIPELINE_REPOSITORY (voc_pipeline_repository_get_type ())
G_DECLARE_FINAL_TYPE (VocPipelineRepository, voc_pipeline_repository, VOC, PIPELINE_REPOSITORY,
                      VocRepository)

VocPipelineRepository *voc_pipeline_repository_new       (VocDatabase            *database);
gboolean               voc_pipeline_repository_set_stage (VocPipelineRepository  *self,
                                                          VocJobApplication      *application,
                                                          VocStage                stage,
                                                          const char             *note,
                                                          GError                **error);
gboolean               voc_pipeline_stage_move_is_unusual (VocStage               from,
                                                          VocStage                to);

/* Saved searches and connected accounts. */
#define VOC_TYPE_DISCOVERY_REPOSITORY (voc_discovery_repository_get_type ())
G_DECLARE_FINAL_TYPE (VocDiscoveryRepository, voc_discovery_repository, VOC,
                      DISCOVERY_REPOSITORY, VocRepository)

VocDiscoveryRepository *voc_discovery_repository_new (VocDatabase *database);

/* The AI trace: runs, their messages, critic passes, approved outputs. */
#define VOC_TYPE_TRACE_REPOSITORY (voc_trace_repository_get_type ())
G_DECLARE_FINAL_TYPE (VocTraceRepository, voc_trace_repository, VOC, TRACE_REPOSITORY,
                      VocRepository)

VocTraceRepository *voc_trace_repository_new (VocDatabase *database);

/* The recruiter's workspace: CV batches, candidates, facts extracted from CVs. */
#define VOC_TYPE_SCREENING_REPOSITORY (voc_screening_repository_get_type ())
G_DECLARE_FINAL_TYPE (VocScreeningRepository, voc_screening_repository, VOC,
                      SCREENING_REPOSITORY, VocRepository)

VocScreeningRepository *voc_screening_repository_new (VocDatabase *database);

/* Interview practice and learning resources. */
#define VOC_TYPE_PREP_REPOSITORY (voc_prep_repository_get_type ())
G_DECLARE_FINAL_TYPE (VocPrepRepository, voc_prep_repository, VOC, PREP_REPOSITORY,
                      VocRepository)

VocPrepRepository *voc_prep_repository_new (VocDatabase *database);

/* History: the audit log (written by every repository, read here) and usage events. */
#define VOC_TYPE_HISTORY_REPOSITORY (voc_history_repository_get_type ())
G_DECLARE_FINAL_TYPE (VocHistoryRepository, voc_history_repository, VOC, HISTORY_REPOSITORY,
                      VocRepository)

VocHistoryRepository *voc_history_repository_new (VocDatabase *database);

G_END_DECLS
