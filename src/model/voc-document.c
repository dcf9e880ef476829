/* voc-document.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-document"

#include "config.h"

#include "voc-document.h"

/* A cover letter, research, preparation or notes document; versioned. */
struct _VocDocument
{
  VocEntity parent_instance;

  gint64             application_id;
  gint64             posting_id;
  gint64             parent_id;
  VocDocumentKind    kind;
  char              *title;
  char              *body;
  VocDocumentFormat  format;
  gint64             version;
};

G_DEFINE_FINAL_TYPE (VocDocument, voc_document, VOC_TYPE_ENTITY)

static void
voc_document_class_init (VocDocumentClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "document");

  voc_entity_class_add_reference (entity_class, "application_id",
                                  G_STRUCT_OFFSET (VocDocument, application_id),
                                  "job_application", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_reference (entity_class, "posting_id",
                                  G_STRUCT_OFFSET (VocDocument, posting_id),
                                  "job_posting", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_reference (entity_class, "parent_id",
                                  G_STRUCT_OFFSET (VocDocument, parent_id),
                                  "document", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "kind",
                             G_STRUCT_OFFSET (VocDocument, kind),
                             VOC_TYPE_DOCUMENT_KIND, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "title",
                               G_STRUCT_OFFSET (VocDocument, title),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "body",
                               G_STRUCT_OFFSET (VocDocument, body),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "format",
                             G_STRUCT_OFFSET (VocDocument, format),
                             VOC_TYPE_DOCUMENT_FORMAT, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "version",
                            G_STRUCT_OFFSET (VocDocument, version),
                            1, G_MAXINT64, 1, VOC_COLUMN_DEFAULT);
}

static void
voc_document_init (VocDocument *self)
{
}

VocDocument *
voc_document_new (void)
{
  return g_object_new (VOC_TYPE_DOCUMENT, NULL);
}

gint64
voc_document_get_application_id (VocDocument *self)
{
  g_return_val_if_fail (VOC_IS_DOCUMENT (self), 0);

  return self->application_id;
}

void
voc_document_set_application_id (VocDocument *self,
                                 gint64 application_id)
{
  g_return_if_fail (VOC_IS_DOCUMENT (self));

  g_object_set (self, "application-id", application_id, NULL);
}

gint64
voc_document_get_posting_id (VocDocument *self)
{
  g_return_val_if_fail (VOC_IS_DOCUMENT (self), 0);

  return self->posting_id;
}

void
voc_document_set_posting_id (VocDocument *self,
                             gint64 posting_id)
{
  g_return_if_fail (VOC_IS_DOCUMENT (self));

  g_object_set (self, "posting-id", posting_id, NULL);
}

gint64
voc_document_get_parent_id (VocDocument *self)
{
  g_return_val_if_fail (VOC_IS_DOCUMENT (self), 0);

  return self->parent_id;
}

void
voc_document_set_parent_id (VocDocument *self,
                            gint64 parent_id)
{
  g_return_if_fail (VOC_IS_DOCUMENT (self));

  g_object_set (self, "parent-id", parent_id, NULL);
}

VocDocumentKind
voc_document_get_kind (VocDocument *self)
{
  g_return_val_if_fail (VOC_IS_DOCUMENT (self), 0);

  return self->kind;
}

void
voc_document_set_kind (VocDocument *self,
                       VocDocumentKind kind)
{
  g_return_if_fail (VOC_IS_DOCUMENT (self));

  g_object_set (self, "kind", kind, NULL);
}

const char *
voc_document_get_title (VocDocument *self)
{
  g_return_val_if_fail (VOC_IS_DOCUMENT (self), NULL);

  return self->title;
}

void
voc_document_set_title (VocDocument *self,
                        const char *title)
{
  g_return_if_fail (VOC_IS_DOCUMENT (self));

  g_object_set (self, "title", title, NULL);
}

const char *
voc_document_get_body (VocDocument *self)
{
  g_return_val_if_fail (VOC_IS_DOCUMENT (self), NULL);

  return self->body;
}

void
voc_document_set_body (VocDocument *self,
                       const char *body)
{
  g_return_if_fail (VOC_IS_DOCUMENT (self));

  g_object_set (self, "body", body, NULL);
}

VocDocumentFormat
voc_document_get_format (VocDocument *self)
{
  g_return_val_if_fail (VOC_IS_DOCUMENT (self), 0);

  return self->format;
}

void
voc_document_set_format (VocDocument *self,
                         VocDocumentFormat format)
{
  g_return_if_fail (VOC_IS_DOCUMENT (self));

  g_object_set (self, "format", format, NULL);
}

gint64
voc_document_get_version (VocDocument *self)
{
  g_return_val_if_fail (VOC_IS_DOCUMENT (self), 0);

  return self->version;
}

void
voc_document_set_version (VocDocument *self,
                          gint64 version)
{
  g_return_if_fail (VOC_IS_DOCUMENT (self));

  g_object_set (self, "version", version, NULL);
}
