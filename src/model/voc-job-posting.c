/* voc-job-posting.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-job-posting"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-job-posting.h"

/* A job description, parsed. Its long text lives in job_posting_text. */
struct _VocJobPosting
{
  VocEntity parent_instance;

  gint64             company_id;
  char              *title;
  char              *location;
  VocRemoteMode      remote_mode;
  VocEmploymentType  employment_type;
  VocSeniority       seniority;
  gint64             salary_min_cents;
  gint64             salary_max_cents;
  char              *salary_currency;
  VocSalaryPeriod    salary_period;
  VocPostingSource   source;
  char              *source_id;
  char              *url;
  char              *fingerprint;
  char              *sections;
  char              *skills;
  char              *analysis;
  GDateTime         *posted_at;
  GDateTime         *closes_at;
  gboolean           archived;
  gint64             salary_yearly_min_cents;
  gint64             salary_yearly_max_cents;
  char              *company_name;
};

G_DEFINE_FINAL_TYPE (VocJobPosting, voc_job_posting, VOC_TYPE_ENTITY)

static gboolean
voc_job_posting_validate (VocEntity  *entity,
                          GError    **error)
{
  VocJobPosting *self = (VocJobPosting *) entity;

  if (self->salary_min_cents >= 0 && self->salary_max_cents >= 0 &&
      self->salary_max_cents < self->salary_min_cents)
    {
      g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                   "job_posting.salary_max_cents: %s", _("the maximum is below the minimum"));
      return FALSE;
    }

  return TRUE;
}

static void
voc_job_posting_class_init (VocJobPostingClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "job_posting");
  voc_entity_class_set_query (entity_class,
                              "t.*, c.name AS company_name",
                              "job_posting t "
                              "LEFT JOIN company c ON c.id = t.company_id");
  entity_class->validate = voc_job_posting_validate;

  voc_entity_class_add_reference (entity_class, "company_id",
                                  G_STRUCT_OFFSET (VocJobPosting, company_id),
                                  "company", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "title",
                               G_STRUCT_OFFSET (VocJobPosting, title),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "location",
                               G_STRUCT_OFFSET (VocJobPosting, location),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "remote_mode",
                             G_STRUCT_OFFSET (VocJobPosting, remote_mode),
                             VOC_TYPE_REMOTE_MODE, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "employment_type",
                             G_STRUCT_OFFSET (VocJobPosting, employment_type),
                             VOC_TYPE_EMPLOYMENT_TYPE, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "seniority",
                             G_STRUCT_OFFSET (VocJobPosting, seniority),
                             VOC_TYPE_SENIORITY, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "salary_min_cents",
                            G_STRUCT_OFFSET (VocJobPosting, salary_min_cents),
                            0, G_MAXINT64, -1, VOC_COLUMN_NULLABLE);
  voc_entity_class_add_int (entity_class, "salary_max_cents",
                            G_STRUCT_OFFSET (VocJobPosting, salary_max_cents),
                            0, G_MAXINT64, -1, VOC_COLUMN_NULLABLE);
  voc_entity_class_add_string (entity_class, "salary_currency",
                               G_STRUCT_OFFSET (VocJobPosting, salary_currency),
                               VOC_COLUMN_CURRENCY);
  voc_entity_class_add_enum (entity_class, "salary_period",
                             G_STRUCT_OFFSET (VocJobPosting, salary_period),
                             VOC_TYPE_SALARY_PERIOD, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "source",
                             G_STRUCT_OFFSET (VocJobPosting, source),
                             VOC_TYPE_POSTING_SOURCE, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "source_id",
                               G_STRUCT_OFFSET (VocJobPosting, source_id),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "url",
                               G_STRUCT_OFFSET (VocJobPosting, url),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "fingerprint",
                               G_STRUCT_OFFSET (VocJobPosting, fingerprint),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "sections",
                               G_STRUCT_OFFSET (VocJobPosting, sections),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "skills",
                               G_STRUCT_OFFSET (VocJobPosting, skills),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "analysis",
                               G_STRUCT_OFFSET (VocJobPosting, analysis),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_date_time (entity_class, "posted_at",
                                  G_STRUCT_OFFSET (VocJobPosting, posted_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "closes_at",
                                  G_STRUCT_OFFSET (VocJobPosting, closes_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_boolean (entity_class, "archived",
                                G_STRUCT_OFFSET (VocJobPosting, archived),
                                FALSE);
  voc_entity_class_add_int (entity_class, "salary_yearly_min_cents",
                            G_STRUCT_OFFSET (VocJobPosting, salary_yearly_min_cents),
                            0, G_MAXINT64, -1, VOC_COLUMN_NULLABLE);
  voc_entity_class_add_int (entity_class, "salary_yearly_max_cents",
                            G_STRUCT_OFFSET (VocJobPosting, salary_yearly_max_cents),
                            0, G_MAXINT64, -1, VOC_COLUMN_NULLABLE);
  voc_entity_class_add_string (entity_class, "company_name",
                               G_STRUCT_OFFSET (VocJobPosting, company_name),
                               VOC_COLUMN_TRANSIENT);
}

static void
voc_job_posting_init (VocJobPosting *self)
{
}

VocJobPosting *
voc_job_posting_new (void)
{
  return g_object_new (VOC_TYPE_JOB_POSTING, NULL);
}

gint64
voc_job_posting_get_company_id (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), 0);

  return self->company_id;
}

void
voc_job_posting_set_company_id (VocJobPosting *self,
                                gint64 company_id)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "company-id", company_id, NULL);
}

const char *
voc_job_posting_get_title (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), NULL);

  return self->title;
}

void
voc_job_posting_set_title (VocJobPosting *self,
                           const char *title)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "title", title, NULL);
}

const char *
voc_job_posting_get_location (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), NULL);

  return self->location;
}

void
voc_job_posting_set_location (VocJobPosting *self,
                              const char *location)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "location", location, NULL);
}

VocRemoteMode
voc_job_posting_get_remote_mode (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), 0);

  return self->remote_mode;
}

void
voc_job_posting_set_remote_mode (VocJobPosting *self,
                                 VocRemoteMode remote_mode)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "remote-mode", remote_mode, NULL);
}

VocEmploymentType
voc_job_posting_get_employment_type (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), 0);

  return self->employment_type;
}

void
voc_job_posting_set_employment_type (VocJobPosting *self,
                                     VocEmploymentType employment_type)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "employment-type", employment_type, NULL);
}

VocSeniority
voc_job_posting_get_seniority (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), 0);

  return self->seniority;
}

void
voc_job_posting_set_seniority (VocJobPosting *self,
                               VocSeniority seniority)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "seniority", seniority, NULL);
}

gint64
voc_job_posting_get_salary_min_cents (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), 0);

  return self->salary_min_cents;
}

void
voc_job_posting_set_salary_min_cents (VocJobPosting *self,
                                      gint64 salary_min_cents)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "salary-min-cents", salary_min_cents, NULL);
}

gint64
voc_job_posting_get_salary_max_cents (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), 0);

  return self->salary_max_cents;
}

void
voc_job_posting_set_salary_max_cents (VocJobPosting *self,
                                      gint64 salary_max_cents)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "salary-max-cents", salary_max_cents, NULL);
}

const char *
voc_job_posting_get_salary_currency (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), NULL);

  return self->salary_currency;
}

void
voc_job_posting_set_salary_currency (VocJobPosting *self,
                                     const char *salary_currency)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "salary-currency", salary_currency, NULL);
}

VocSalaryPeriod
voc_job_posting_get_salary_period (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), 0);

  return self->salary_period;
}

void
voc_job_posting_set_salary_period (VocJobPosting *self,
                                   VocSalaryPeriod salary_period)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "salary-period", salary_period, NULL);
}

VocPostingSource
voc_job_posting_get_source (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), 0);

  return self->source;
}

void
voc_job_posting_set_source (VocJobPosting *self,
                            VocPostingSource source)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "source", source, NULL);
}

const char *
voc_job_posting_get_source_id (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), NULL);

  return self->source_id;
}

void
voc_job_posting_set_source_id (VocJobPosting *self,
                               const char *source_id)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "source-id", source_id, NULL);
}

const char *
voc_job_posting_get_url (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), NULL);

  return self->url;
}

void
voc_job_posting_set_url (VocJobPosting *self,
                         const char *url)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "url", url, NULL);
}

const char *
voc_job_posting_get_fingerprint (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), NULL);

  return self->fingerprint;
}

void
voc_job_posting_set_fingerprint (VocJobPosting *self,
                                 const char *fingerprint)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "fingerprint", fingerprint, NULL);
}

const char *
voc_job_posting_get_sections (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), NULL);

  return self->sections;
}

void
voc_job_posting_set_sections (VocJobPosting *self,
                              const char *sections)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "sections", sections, NULL);
}

const char *
voc_job_posting_get_skills (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), NULL);

  return self->skills;
}

void
voc_job_posting_set_skills (VocJobPosting *self,
                            const char *skills)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "skills", skills, NULL);
}

const char *
voc_job_posting_get_analysis (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), NULL);

  return self->analysis;
}

void
voc_job_posting_set_analysis (VocJobPosting *self,
                              const char *analysis)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "analysis", analysis, NULL);
}

GDateTime *
voc_job_posting_get_posted_at (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), NULL);

  return self->posted_at;
}

void
voc_job_posting_set_posted_at (VocJobPosting *self,
                               GDateTime *posted_at)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "posted-at", posted_at, NULL);
}

GDateTime *
voc_job_posting_get_closes_at (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), NULL);

  return self->closes_at;
}

void
voc_job_posting_set_closes_at (VocJobPosting *self,
                               GDateTime *closes_at)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "closes-at", closes_at, NULL);
}

gboolean
voc_job_posting_get_archived (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), 0);

  return self->archived;
}

void
voc_job_posting_set_archived (VocJobPosting *self,
                              gboolean archived)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "archived", archived, NULL);
}

const char *
voc_job_posting_get_company_name (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), NULL);

  return self->company_name;
}

gint64
voc_job_posting_get_salary_yearly_min_cents (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), -1);

  return self->salary_yearly_min_cents;
}

void
voc_job_posting_set_salary_yearly_min_cents (VocJobPosting *self,
                                             gint64         salary_yearly_min_cents)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "salary-yearly-min-cents", salary_yearly_min_cents, NULL);
}

gint64
voc_job_posting_get_salary_yearly_max_cents (VocJobPosting *self)
{
  g_return_val_if_fail (VOC_IS_JOB_POSTING (self), -1);

  return self->salary_yearly_max_cents;
}

void
voc_job_posting_set_salary_yearly_max_cents (VocJobPosting *self,
                                             gint64         salary_yearly_max_cents)
{
  g_return_if_fail (VOC_IS_JOB_POSTING (self));

  g_object_set (self, "salary-yearly-max-cents", salary_yearly_max_cents, NULL);
}
