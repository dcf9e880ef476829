/* voc-resume-version.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_RESUME_VERSION (voc_resume_version_get_type ())
G_DECLARE_FINAL_TYPE (VocResumeVersion, voc_resume_version, VOC, RESUME_VERSION, VocEntity)

VocResumeVersion *voc_resume_version_new (void);
const char *   voc_resume_version_get_name       (VocResumeVersion *self);
void           voc_resume_version_set_name       (VocResumeVersion *self,
                                                  const char *name);
VocResumeKind  voc_resume_version_get_kind       (VocResumeVersion *self);
void           voc_resume_version_set_kind       (VocResumeVersion *self,
                                                  VocResumeKind kind);
gint64         voc_resume_version_get_parent_id  (VocResumeVersion *self);
void           voc_resume_version_set_parent_id  (VocResumeVersion *self,
                                                  gint64 parent_id);
gint64         voc_resume_version_get_posting_id (VocResumeVersion *self);
void           voc_resume_version_set_posting_id (VocResumeVersion *self,
                                                  gint64 posting_id);
const char *   voc_resume_version_get_rules      (VocResumeVersion *self);
void           voc_resume_version_set_rules      (VocResumeVersion *self,
                                                  const char *rules);
const char *   voc_resume_version_get_sections   (VocResumeVersion *self);
void           voc_resume_version_set_sections   (VocResumeVersion *self,
                                                  const char *sections);
gboolean       voc_resume_version_get_frozen     (VocResumeVersion *self);
void           voc_resume_version_set_frozen     (VocResumeVersion *self,
                                                  gboolean frozen);
gint64         voc_resume_version_get_ats_score  (VocResumeVersion *self);
void           voc_resume_version_set_ats_score  (VocResumeVersion *self,
                                                  gint64 ats_score);
const char *   voc_resume_version_get_keywords   (VocResumeVersion *self);
void           voc_resume_version_set_keywords   (VocResumeVersion *self,
                                                  const char *keywords);
const char *   voc_resume_version_get_diff       (VocResumeVersion *self);
void           voc_resume_version_set_diff       (VocResumeVersion *self,
                                                  const char *diff);

G_END_DECLS
