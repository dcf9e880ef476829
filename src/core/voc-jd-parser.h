/* voc-jd-parser.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "voc-skills.h"

G_BEGIN_DECLS

typedef enum
{
  VOC_JD_SECTION_OTHER,
  VOC_JD_SECTION_ABOUT,
  VOC_JD_SECTION_RESPONSIBILITIES,
  VOC_JD_SECTION_REQUIREMENTS,
  VOC_JD_SECTION_NICE_TO_HAVE,
  VOC_JD_SECTION_BENEFITS,
} VocJdSectionKind;

typedef struct
{
  VocJdSectionKind  kind;
  char             *heading;   /* NULL for text before the first heading */
  char             *text;
} VocJdSection;

/**
 * VocJdSkill:
 * @skill: index in the dictionary the posting was parsed with
 * @name: the skill's canonical name (owned by the dictionary)
 * @count: mentions in the whole posting
 * @required: mentioned in the requirements (or in the title)
 * @nice_to_have: mentioned only among the nice-to-haves
 * @weight: how central the skill is in this posting; higher is more central
 */
typedef struct
{
  guint       skill;
  const char *name;
  guint       count;
  gboolean    required;
  gboolean    nice_to_have;
  double      weight;
} VocJdSkill;

/**
 * VocJdParse:
 *
 * What a job description says, without any AI. Text fields are %NULL when the posting does
 * not say; enumerations are the nicks of the model's enums (`remote`, `full-time`,
 * `senior`, `year`), `unknown` when not said. Amounts are in cents of @salary_currency,
 * -1 when not said.
 */
typedef struct
{
  char        *title;
  char        *company;
  char        *location;
  char        *url;
  const char  *remote_mode;
  const char  *employment_type;
  const char  *seniority;
  gint64       salary_min_cents;
  gint64       salary_max_cents;
  char        *salary_currency;
  const char  *salary_period;
  gint64       yearly_min_cents;
  gint64       yearly_max_cents;
  GPtrArray   *sections;      /* VocJdSection* */
  GArray      *skills;        /* VocJdSkill, most central first */
  char        *fingerprint;   /* identity of the job: same title, company and place */
  char        *clean_text;
} VocJdParse;

typedef struct
{
  gint64       min_cents;
  gint64       max_cents;
  char        *currency;
  const char  *period;
} VocSalary;

VocJdParse  *voc_jd_parse                   (const char         *text,
                                             GHashTable         *hints,
                                             VocSkillDictionary *dictionary);
void         voc_jd_parse_free              (VocJdParse         *parse);
const char  *voc_jd_section_kind_to_string  (VocJdSectionKind    kind);
VocJdSectionKind voc_jd_classify_heading    (const char         *heading);

gboolean     voc_salary_parse               (const char         *text,
                                             VocSalary          *salary);
gint64       voc_salary_to_yearly           (gint64              cents,
                                             const char         *period);
void         voc_salary_clear               (VocSalary          *salary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocJdParse, voc_jd_parse_free)

G_END_DECLS
