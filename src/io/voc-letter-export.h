/* voc-letter-export.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-resume-export.h"

G_BEGIN_DECLS

JsonObject *voc_letter_build_resume    (JsonObject          *resume,
                                        const char          *body,
                                        GDateTime           *date,
                                        const char * const  *masked_names);
GBytes     *voc_letter_export          (JsonObject          *resume,
                                        const char          *body,
                                        GDateTime           *date,
                                        const char * const  *masked_names,
                                        VocResumeFormat      format,
                                        const char          *template_id,
                                        VocPaper             paper,
                                        GError             **error);
gboolean    voc_letter_export_to_file  (JsonObject          *resume,
                                        const char          *body,
                                        GDateTime           *date,
                                        const char * const  *masked_names,
                                        GFile               *file,
                                        VocResumeFormat      format,
                                        const char          *template_id,
                                        VocPaper             paper,
                                        GCancellable        *cancellable,
                                        GError             **error);

G_END_DECLS
