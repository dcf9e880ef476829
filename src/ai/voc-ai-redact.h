/* voc-ai-redact.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_AI_REDACTOR (voc_ai_redactor_get_type ())
G_DECLARE_FINAL_TYPE (VocAiRedactor, voc_ai_redactor, VOC, AI_REDACTOR, GObject)

VocAiRedactor *voc_ai_redactor_new                      (void);
VocAiRedactor *voc_ai_redactor_new_for_database         (VocDatabase   *database,
                                                         GError       **error);

void           voc_ai_redactor_add_contact              (VocAiRedactor *self,
                                                         const char    *name,
                                                         const char    *email,
                                                         const char    *phone);
void           voc_ai_redactor_set_user                 (VocAiRedactor *self,
                                                         const char    *email,
                                                         const char    *phone,
                                                         const char    *address);
void           voc_ai_redactor_set_include_user_contact (VocAiRedactor *self,
                                                         gboolean       include);
void           voc_ai_redactor_add_confidential_client  (VocAiRedactor *self,
                                                         const char    *name);
void           voc_ai_redactor_set_restore_clients      (VocAiRedactor *self,
                                                         gboolean       restore);

char          *voc_ai_redactor_redact                   (VocAiRedactor *self,
                                                         const char    *text);
char          *voc_ai_redactor_restore                  (VocAiRedactor *self,
                                                         const char    *text);
void           voc_ai_redactor_restore_json             (VocAiRedactor *self,
                                                         JsonNode      *node);

void           voc_ai_prompt_build_untrusted            (const char    *instructions,
                                                         const char    *label,
                                                         const char    *untrusted,
                                                         const char    *context,
                                                         char         **system,
                                                         char         **user);

G_END_DECLS
