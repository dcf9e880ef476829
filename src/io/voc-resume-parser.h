/* voc-resume-parser.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "voc-extract.h"

G_BEGIN_DECLS

#define VOC_RESUME_PARSE_ERROR (voc_resume_parse_error_quark ())

/**
 * VocResumeParseError:
 * @VOC_RESUME_PARSE_ERROR_NO_SECTIONS: the text has no heading a résumé has (Experience,
 *   Education, Skills…), so it is probably not a résumé
 * @VOC_RESUME_PARSE_ERROR_EMPTY: the text is empty or only blank space
 *
 * The messages are meant to be shown to the user; the caller names the file.
 */
typedef enum
{
  VOC_RESUME_PARSE_ERROR_NO_SECTIONS,
  VOC_RESUME_PARSE_ERROR_EMPTY,
} VocResumeParseError;

GQuark      voc_resume_parse_error_quark    (void);

JsonObject *voc_resume_parse_text           (const char    *text,
                                             GError       **error);
JsonObject *voc_resume_parse_file_contents  (VocExtracted  *extracted,
                                             GError       **error);

G_END_DECLS
