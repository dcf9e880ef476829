/* voc-json-resume.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_JSON_RESUME_ERROR (voc_json_resume_error_quark ())

/**
 * VocJsonResumeError:
 * @VOC_JSON_RESUME_ERROR_INVALID: the file is not JSON, or not shaped like a JSON Resume;
 *   the message names the file and the JSON path (`work[2].startDate`)
 */
typedef enum
{
  VOC_JSON_RESUME_ERROR_INVALID,
} VocJsonResumeError;

/**
 * VocJsonResumeStats:
 *
 * What an import added to the library.
 */
typedef struct
{
  guint experiences;
  guint bullets;
  guint education;
  guint certificates;
  guint skills;
  guint projects;
  guint languages;
  guint kept_aside;   /* entries kept verbatim because they lack what the library requires */
} VocJsonResumeStats;

GQuark      voc_json_resume_error_quark (void);

gboolean    voc_json_resume_import      (VocDatabase         *database,
                                         JsonNode            *root,
                                         const char          *name,
                                         VocJsonResumeStats  *stats,
                                         GError             **error);
gboolean    voc_json_resume_import_file (VocDatabase         *database,
                                         GFile               *file,
                                         VocJsonResumeStats  *stats,
                                         GCancellable        *cancellable,
                                         GError             **error);
JsonObject *voc_json_resume_export      (VocDatabase         *database,
                                         GError             **error);
JsonObject *voc_json_resume_export_with_rules (VocDatabase   *database,
                                               const char    *rules,
                                               JsonObject   **sources,
                                               GError       **error);
char       *voc_json_resume_location_text (JsonObject    *location);

G_END_DECLS
