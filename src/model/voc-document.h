/* voc-document.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_DOCUMENT (voc_document_get_type ())
G_DECLARE_FINAL_TYPE (VocDocument, voc_document, VOC, DOCUMENT, VocEntity)

VocDocument *voc_document_new (void);
gint64             voc_document_get_application_id (VocDocument *self);
void               voc_document_set_application_id (VocDocument *self,
                                                    gint64 application_id);
gint64             voc_document_get_posting_id     (VocDocument *self);
void               voc_document_set_posting_id     (VocDocument *self,
                                                    gint64 posting_id);
gint64             voc_document_get_parent_id      (VocDocument *self);
void               voc_document_set_parent_id      (VocDocument *self,
                                                    gint64 parent_id);
VocDocumentKind    voc_document_get_kind           (VocDocument *self);
void               voc_document_set_kind           (VocDocument *self,
                                                    VocDocumentKind kind);
const char *       voc_document_get_title          (VocDocument *self);
void               voc_document_set_title          (VocDocument *self,
                                                    const char *title);
const char *       voc_document_get_body           (VocDocument *self);
void               voc_document_set_body           (VocDocument *self,
                                                    const char *body);
VocDocumentFormat  voc_document_get_format         (VocDocument *self);
void               voc_document_set_format         (VocDocument *self,
                                                    VocDocumentFormat format);
gint64             voc_document_get_version        (VocDocument *self);
void               voc_document_set_version        (VocDocument *self,
                                                    gint64 version);

G_END_DECLS
