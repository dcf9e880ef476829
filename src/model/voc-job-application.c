/* voc-job-application.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-job-application"

#include "config.h"

#include "voc-job-application.h"

/* An application to a job posting and where it stands. */
struct _VocJobApplication
{
  VocEntity parent_instance;

  gint64     posting_id;
  VocStage   stage;
  gint64     resume_version_id;
  gint64     cover_letter_id;
  char      *source;
  GDateTime *applied_at;
  GDateTime *first_response_at;
  GDateTime *offer_at;
  GDateTime *closed_at;
  GDateTime *stage_changed_at;
  gint64     salary_offered_cents;
  char      *salary_currency;
  char      *notes;
  char      *posting_title;
  char      *company_name;
};

G_DEFINE_FINAL_TYPE (VocJobApplication, voc_job_application, VOC_TYPE_ENTITY)

static void
voc_job_application_class_init (VocJobApplicationClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "job_application");
  voc_entity_class_set_query (entity_class,
                              "t.*, p.title AS posting_title, c.name AS company_name",
                              "job_application t "
                              "JOIN job_posting p ON p.id = t.posting_id "
                              "LEFT JOIN company c ON c.id = p.company_id");

  voc_entity_class_add_reference (entity_class, "posting_id",
                                  G_STRUCT_OFFSET (VocJobApplication, posting_id),
                                  "job_posting", VOC_COLUMN_REQUIRED);
  voc_entity_class_add_enum (entity_class, "stage",
                             G_STRUCT_OFFSET (VocJobApplication, stage),
                             VOC_TYPE_STAGE, 0, VOC_COLUMN_REQUIRED);
  voc_entity_class_add_reference (entity_class, "resume_version_id",
                                  G_STRUCT_OFFSET (VocJobApplication, resume_version_id),
                                  "resume_version", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_reference (entity_class, "cover_letter_id",
                                  G_STRUCT_OFFSET (VocJobApplication, cover_letter_id),
                                  "document", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "source",
                               G_STRUCT_OFFSET (VocJobApplication, source),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "applied_at",
                                  G_STRUCT_OFFSET (VocJobApplication, applied_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "first_response_at",
                                  G_STRUCT_OFFSET (VocJobApplication, first_response_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "offer_at",
                                  G_STRUCT_OFFSET (VocJobApplication, offer_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "closed_at",
                                  G_STRUCT_OFFSET (VocJobApplication, closed_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "stage_changed_at",
                                  G_STRUCT_OFFSET (VocJobApplication, stage_changed_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "salary_offered_cents",
                            G_STRUCT_OFFSET (VocJobApplication, salary_offered_cents),
                            0, G_MAXINT64, -1, VOC_COLUMN_NULLABLE);
  voc_entity_class_add_string (entity_class, "salary_currency",
                               G_STRUCT_OFFSET (VocJobApplication, salary_currency),
                               VOC_COLUMN_CURRENCY);
  voc_entity_class_add_string (entity_class, "notes",
                               G_STRUCT_OFFSET (VocJobApplication, notes),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "posting_title",
                               G_STRUCT_OFFSET (VocJobApplication, posting_title),
                               VOC_COLUMN_TRANSIENT);
  voc_entity_class_add_string (entity_class, "company_name",
                               G_STRUCT_OFFSET (VocJobApplication, company_name),
                               VOC_COLUMN_TRANSIENT);
}

static void
voc_job_application_init (VocJobApplication *self)
{
}

VocJobApplication *
voc_job_application_new (void)
{
  return g_object_new (VOC_TYPE_JOB_APPLICATION, NULL);
}

gint64
voc_job_application_get_posting_id (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), 0);

  return self->posting_id;
}

void
voc_job_application_set_posting_id (VocJobApplication *self,
                                    gint64 posting_id)
{
  g_return_if_fail (VOC_IS_JOB_APPLICATION (self));

  g_object_set (self, "posting-id", posting_id, NULL);
}

VocStage
voc_job_application_get_stage (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), 0);

  return self->stage;
}

void
voc_job_application_set_stage (VocJobApplication *self,
                               VocStage stage)
{
  g_return_if_fail (VOC_IS_JOB_APPLICATION (self));

  g_object_set (self, "stage", stage, NULL);
}

gint64
voc_job_application_get_resume_version_id (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), 0);

  return self->resume_version_id;
}

void
voc_job_application_set_resume_version_id (VocJobApplication *self,
                                           gint64 resume_version_id)
{
  g_return_if_fail (VOC_IS_JOB_APPLICATION (self));

  g_object_set (self, "resume-version-id", resume_version_id, NULL);
}

gint64
voc_job_application_get_cover_letter_id (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), 0);

  return self->cover_letter_id;
}

void
voc_job_application_set_cover_letter_id (VocJobApplication *self,
                                         gint64 cover_letter_id)
{
  g_return_if_fail (VOC_IS_JOB_APPLICATION (self));

  g_object_set (self, "cover-letter-id", cover_letter_id, NULL);
}

const char *
voc_job_application_get_source (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), NULL);

  return self->source;
}

void
voc_job_application_set_source (VocJobApplication *self,
                                const char *source)
{
  g_return_if_fail (VOC_IS_JOB_APPLICATION (self));

  g_object_set (self, "source", source, NULL);
}

GDateTime *
voc_job_application_get_applied_at (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), NULL);

  return self->applied_at;
}

void
voc_job_application_set_applied_at (VocJobApplication *self,
                                    GDateTime *applied_at)
{
  g_return_if_fail (VOC_IS_JOB_APPLICATION (self));

  g_object_set (self, "applied-at", applied_at, NULL);
}

GDateTime *
voc_job_application_get_first_response_at (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), NULL);

  return self->first_response_at;
}

void
voc_job_application_set_first_response_at (VocJobApplication *self,
                                           GDateTime *first_response_at)
{
  g_return_if_fail (VOC_IS_JOB_APPLICATION (self));

  g_object_set (self, "first-response-at", first_response_at, NULL);
}

GDateTime *
voc_job_application_get_offer_at (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), NULL);

  return self->offer_at;
}

void
voc_job_application_set_offer_at (VocJobApplication *self,
                                  GDateTime *offer_at)
{
  g_return_if_fail (VOC_IS_JOB_APPLICATION (self));

  g_object_set (self, "offer-at", offer_at, NULL);
}

GDateTime *
voc_job_application_get_closed_at (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), NULL);

  return self->closed_at;
}

void
voc_job_application_set_closed_at (VocJobApplication *self,
                                   GDateTime *closed_at)
{
  g_return_if_fail (VOC_IS_JOB_APPLICATION (self));

  g_object_set (self, "closed-at", closed_at, NULL);
}

GDateTime *
voc_job_application_get_stage_changed_at (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), NULL);

  return self->stage_changed_at;
}

void
voc_job_application_set_stage_changed_at (VocJobApplication *self,
                                          GDateTime *stage_changed_at)
{
  g_return_if_fail (VOC_IS_JOB_APPLICATION (self));

  g_object_set (self, "stage-changed-at", stage_changed_at, NULL);
}

gint64
voc_job_application_get_salary_offered_cents (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), 0);

  return self->salary_offered_cents;
}

void
voc_job_application_set_salary_offered_cents (VocJobApplication *self,
                                              gint64 salary_offered_cents)
{
  g_return_if_fail (VOC_IS_JOB_APPLICATION (self));

  g_object_set (self, "salary-offered-cents", salary_offered_cents, NULL);
}

const char *
voc_job_application_get_salary_currency (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), NULL);

  return self->salary_currency;
}

void
voc_job_application_set_salary_currency (VocJobApplication *self,
                                         const char *salary_currency)
{
  g_return_if_fail (VOC_IS_JOB_APPLICATION (self));

  g_object_set (self, "salary-currency", salary_currency, NULL);
}

const char *
voc_job_application_get_notes (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), NULL);

  return self->notes;
}

void
voc_job_application_set_notes (VocJobApplication *self,
                               const char *notes)
{
  g_return_if_fail (VOC_IS_JOB_APPLICATION (self));

  g_object_set (self, "notes", notes, NULL);
}

const char *
voc_job_application_get_posting_title (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), NULL);

  return self->posting_title;
}

const char *
voc_job_application_get_company_name (VocJobApplication *self)
{
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (self), NULL);

  return self->company_name;
}
