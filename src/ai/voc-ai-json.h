/* voc-ai-json.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *voc_ai_json_extract          (const char  *text,
                                        GError     **error);
gboolean  voc_ai_json_schema_validate  (JsonNode    *schema,
                                        JsonNode    *value,
                                        GError     **error);
JsonNode *voc_ai_json_parse_schema     (const char  *text);

G_END_DECLS
