/* voc-resume-format.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "voc-enums.h"

G_BEGIN_DECLS

/* Text for the resume editor from stored values, and values from what the user typed. Pure
 * functions, no GTK: tested without a display. */

const char  *voc_resume_format_bullet_type   (VocBulletType  type);
const char  *voc_resume_format_remote        (VocRemoteMode  mode);
char        *voc_resume_format_expiry        (const char    *expires_on,
                                              GDate         *today,
                                              int           *days_left);
char        *voc_resume_format_list          (const char    *json);
char       **voc_resume_format_dup_list      (const char    *json);
char        *voc_resume_format_parse_list    (const char    *text);
char        *voc_resume_format_parse_date    (const char    *text);
char        *voc_resume_format_usage         (gint64         use_count,
                                              GDateTime     *last_used_at,
                                              GDateTime     *now);

G_END_DECLS
