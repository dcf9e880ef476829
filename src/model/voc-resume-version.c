/* voc-resume-version.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-version"

#include "config.h"

#include "voc-resume-version.h"

/* A resume: the base, a variant (saved rules) or a version tailored for a posting. */
struct _VocResumeVersion
{
  VocEntity parent_instance;

  char          *name;
  VocResumeKind  kind;
  gint64         parent_id;
  gint64         posting_id;
  char          *rules;
  char          *sections;
  gboolean       frozen;
  gint64         ats_score;
  char          *keywords;
  char          *diff;
};

G_DEFINE_FINAL_TYPE (VocResumeVersion, voc_resume_version, VOC_TYPE_ENTITY)

static void
voc_resume_version_class_init (VocResumeVersionClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "resume_version");

  voc_entity_class_add_string (entity_class, "name",
                               G_STRUCT_OFFSET (VocResumeVersion, name),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_enum (entity_class, "kind",
                             G_STRUCT_OFFSET (VocResumeVersion, kind),
                             VOC_TYPE_RESUME_KIND, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_reference (entity_class, "parent_id",
                                  G_STRUCT_OFFSET (VocResumeVersion, parent_id),
                                  "resume_version", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_reference (entity_class, "posting_id",
                                  G_STRUCT_OFFSET (VocResumeVersion, posting_id),
                                  "job_posting", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "rules",
                               G_STRUCT_OFFSET (VocResumeVersion, rules),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "sections",
                               G_STRUCT_OFFSET (VocResumeVersion, sections),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_boolean (entity_class, "frozen",
                                G_STRUCT_OFFSET (VocResumeVersion, frozen),
                                FALSE);
  voc_entity_class_add_int (entity_class, "ats_score",
                            G_STRUCT_OFFSET (VocResumeVersion, ats_score),
                            0, 100, -1, VOC_COLUMN_NULLABLE);
  voc_entity_class_add_string (entity_class, "keywords",
                               G_STRUCT_OFFSET (VocResumeVersion, keywords),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "diff",
                               G_STRUCT_OFFSET (VocResumeVersion, diff),
                               VOC_COLUMN_JSON);
}

static void
voc_resume_version_init (VocResumeVersion *self)
{
}

VocResumeVersion *
voc_resume_version_new (void)
{
  return g_object_new (VOC_TYPE_RESUME_VERSION, NULL);
}

const char *
voc_resume_version_get_name (VocResumeVersion *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_VERSION (self), NULL);

  return self->name;
}

void
voc_resume_version_set_name (VocResumeVersion *self,
                             const char *name)
{
  g_return_if_fail (VOC_IS_RESUME_VERSION (self));

  g_object_set (self, "name", name, NULL);
}

VocResumeKind
voc_resume_version_get_kind (VocResumeVersion *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_VERSION (self), 0);

  return self->kind;
}

void
voc_resume_version_set_kind (VocResumeVersion *self,
                             VocResumeKind kind)
{
  g_return_if_fail (VOC_IS_RESUME_VERSION (self));

  g_object_set (self, "kind", kind, NULL);
}

gint64
voc_resume_version_get_parent_id (VocResumeVersion *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_VERSION (self), 0);

  return self->parent_id;
}

void
voc_resume_version_set_parent_id (VocResumeVersion *self,
                                  gint64 parent_id)
{
  g_return_if_fail (VOC_IS_RESUME_VERSION (self));

  g_object_set (self, "parent-id", parent_id, NULL);
}

gint64
voc_resume_version_get_posting_id (VocResumeVersion *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_VERSION (self), 0);

  return self->posting_id;
}

void
voc_resume_version_set_posting_id (VocResumeVersion *self,
                                   gint64 posting_id)
{
  g_return_if_fail (VOC_IS_RESUME_VERSION (self));

  g_object_set (self, "posting-id", posting_id, NULL);
}

const char *
voc_resume_version_get_rules (VocResumeVersion *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_VERSION (self), NULL);

  return self->rules;
}

void
voc_resume_version_set_rules (VocResumeVersion *self,
                              const char *rules)
{
  g_return_if_fail (VOC_IS_RESUME_VERSION (self));

  g_object_set (self, "rules", rules, NULL);
}

const char *
voc_resume_version_get_sections (VocResumeVersion *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_VERSION (self), NULL);

  return self->sections;
}

void
voc_resume_version_set_sections (VocResumeVersion *self,
                                 const char *sections)
{
  g_return_if_fail (VOC_IS_RESUME_VERSION (self));

  g_object_set (self, "sections", sections, NULL);
}

gboolean
voc_resume_version_get_frozen (VocResumeVersion *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_VERSION (self), 0);

  return self->frozen;
}

void
voc_resume_version_set_frozen (VocResumeVersion *self,
                               gboolean frozen)
{
  g_return_if_fail (VOC_IS_RESUME_VERSION (self));

  g_object_set (self, "frozen", frozen, NULL);
}

gint64
voc_resume_version_get_ats_score (VocResumeVersion *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_VERSION (self), 0);

  return self->ats_score;
}

void
voc_resume_version_set_ats_score (VocResumeVersion *self,
                                  gint64 ats_score)
{
  g_return_if_fail (VOC_IS_RESUME_VERSION (self));

  g_object_set (self, "ats-score", ats_score, NULL);
}

const char *
voc_resume_version_get_keywords (VocResumeVersion *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_VERSION (self), NULL);

  return self->keywords;
}

void
voc_resume_version_set_keywords (VocResumeVersion *self,
                                 const char *keywords)
{
  g_return_if_fail (VOC_IS_RESUME_VERSION (self));

  g_object_set (self, "keywords", keywords, NULL);
}

const char *
voc_resume_version_get_diff (VocResumeVersion *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_VERSION (self), NULL);

  return self->diff;
}

void
voc_resume_version_set_diff (VocResumeVersion *self,
                             const char *diff)
{
  g_return_if_fail (VOC_IS_RESUME_VERSION (self));

  g_object_set (self, "diff", diff, NULL);
}
