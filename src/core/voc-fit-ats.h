/* voc-fit-ats.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "voc-fit-engine.h"

G_BEGIN_DECLS

typedef enum
{
  VOC_ATS_HARD_SKILL,
  VOC_ATS_JOB_TITLE,
  VOC_ATS_EDUCATION,
  VOC_ATS_CERTIFICATION,
} VocAtsKind;

/**
 * VocAtsItem:
 * @kind: what kind of keyword
 * @term: the keyword as a recruiter's tool would show it
 * @found: whether the resume has it
 */
typedef struct
{
  VocAtsKind  kind;
  char       *term;
  gboolean    found;
} VocAtsItem;

/**
 * VocAtsReport:
 * @items: (element-type VocAtsItem): hard skills, the job title, education and
 *   certifications, in that order
 * @n_found: items found
 * @match_rate: found items in percent of all, or -1 when the posting asks for nothing
 */
typedef struct
{
  GArray *items;
  guint   n_found;
  int     match_rate;
} VocAtsReport;

VocAtsReport *voc_ats_report_new        (VocFitPosting       *posting,
                                         VocSkillDictionary  *dictionary,
                                         JsonObject          *resume);
void          voc_ats_report_free       (VocAtsReport        *report);
const char   *voc_ats_kind_to_string    (VocAtsKind           kind);
char         *voc_ats_report_dup_json   (VocAtsReport        *report);
GPtrArray    *voc_ats_report_dup_raisers (VocAtsReport       *report,
                                          VocFitLibrary      *library);
char         *voc_ats_resume_text       (JsonObject          *resume);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocAtsReport, voc_ats_report_free)

G_END_DECLS
