/* voc-format.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "voc-enums.h"

G_BEGIN_DECLS

/* Text for the user from stored values. Pure functions, no GTK: tested without a display. */

char       *voc_format_salary       (gint64           min_cents,
                                     gint64           max_cents,
                                     const char      *currency,
                                     VocSalaryPeriod  period);
char       *voc_format_date_range   (const char      *start_date,
                                     const char      *end_date);
char       *voc_format_date         (GDateTime       *date_time,
                                     GDateTime       *now);
char       *voc_format_years        (double           years);
const char *voc_format_stage        (VocStage         stage);
const char *voc_format_stage_nick   (VocStage         stage);
const char *voc_format_remote_mode  (VocRemoteMode    mode);
const char *voc_format_skill_level  (VocSkillLevel    level);

G_END_DECLS
