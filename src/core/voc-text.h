/* voc-text.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *voc_text_fold                   (const char *text);
char     *voc_text_normalize_whitespace   (const char *text);
char     *voc_text_normalize_company      (const char *name);
char     *voc_text_domain_from_url        (const char *url);
gboolean  voc_text_is_job_board_host      (const char *host);

G_END_DECLS
