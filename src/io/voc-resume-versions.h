/* voc-resume-versions.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "voc-database.h"
#include "voc-resume-version.h"

G_BEGIN_DECLS

JsonObject       *voc_resume_compile (VocDatabase       *database,
                                      VocResumeVersion  *variant,
                                      JsonObject       **sources,
                                      GError           **error);
VocResumeVersion *voc_resume_freeze  (VocDatabase       *database,
                                      VocResumeVersion  *variant,
                                      const char        *name,
                                      gint64             posting_id,
                                      GError           **error);
JsonObject       *voc_resume_diff    (JsonObject        *base,
                                      JsonObject        *version);

G_END_DECLS
