/* voc-language.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"

G_BEGIN_DECLS

#define VOC_TYPE_LANGUAGE (voc_language_get_type ())
G_DECLARE_FINAL_TYPE (VocLanguage, voc_language, VOC, LANGUAGE, VocEntity)

VocLanguage *voc_language_new (void);
const char * voc_language_get_language (VocLanguage *self);
void         voc_language_set_language (VocLanguage *self,
                                        const char *language);
const char * voc_language_get_fluency  (VocLanguage *self);
void         voc_language_set_fluency  (VocLanguage *self,
                                        const char *fluency);
gint64       voc_language_get_position (VocLanguage *self);
void         voc_language_set_position (VocLanguage *self,
                                        gint64 position);
const char * voc_language_get_extra    (VocLanguage *self);
void         voc_language_set_extra    (VocLanguage *self,
                                        const char *extra);

G_END_DECLS
