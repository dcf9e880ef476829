/* voc-format.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "voc-enums.h"

G_BEGIN_DECLS

/* Text for the user from stored values, and values from what the user typed. Pure functions,
 * no GTK: tested without a display. */

char        *voc_format_salary               (gint64             min_cents,
                                              gint64             max_cents,
                                              const char        *currency,
                                              VocSalaryPeriod    period);
char        *voc_format_date_range           (const char        *start_date,
                                              const char        *end_date);
char        *voc_format_date                 (GDateTime         *date_time,
                                              GDateTime         *now);
char        *voc_format_years                (double             years);
const char  *voc_format_stage                (VocStage           stage);
const char  *voc_format_stage_nick           (VocStage           stage);
const char  *voc_format_remote_mode          (VocRemoteMode      mode);
const char  *voc_format_skill_level          (VocSkillLevel      level);
const char  *voc_format_posting_source       (VocPostingSource   source);
const char  *voc_format_employment_type      (VocEmploymentType  type);
const char  *voc_format_seniority            (VocSeniority       seniority);
const char  *voc_format_salary_period        (VocSalaryPeriod    period);
const char  *voc_format_section_kind         (const char        *kind);

char       **voc_format_parse_web_urls       (const char        *text);
gboolean     voc_format_parse_amount         (const char        *text,
                                              gint64            *cents);
char        *voc_format_amount               (gint64             cents);
const char  *voc_format_media_type_extension (const char        *media_type);
char        *voc_format_file_name            (const char        *title,
                                              const char        *media_type);

G_END_DECLS
