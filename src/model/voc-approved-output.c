/* voc-approved-output.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-approved-output"

#include "config.h"

#include "voc-approved-output.h"

/* An AI output the user approved, offered as a style example later. */
struct _VocApprovedOutput
{
  VocEntity parent_instance;

  char   *purpose;
  char   *content;
  gint64  source_run_id;
  gint64  rating;
};

G_DEFINE_FINAL_TYPE (VocApprovedOutput, voc_approved_output, VOC_TYPE_ENTITY)

static void
voc_approved_output_class_init (VocApprovedOutputClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "approved_output");

  voc_entity_class_add_string (entity_class, "purpose",
                               G_STRUCT_OFFSET (VocApprovedOutput, purpose),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "content",
                               G_STRUCT_OFFSET (VocApprovedOutput, content),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_reference (entity_class, "source_run_id",
                                  G_STRUCT_OFFSET (VocApprovedOutput, source_run_id),
                                  "model_run", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "rating",
                            G_STRUCT_OFFSET (VocApprovedOutput, rating),
                            0, 5, 0, VOC_COLUMN_DEFAULT);
}

static void
voc_approved_output_init (VocApprovedOutput *self)
{
}

VocApprovedOutput *
voc_approved_output_new (void)
{
  return g_object_new (VOC_TYPE_APPROVED_OUTPUT, NULL);
}

const char *
voc_approved_output_get_purpose (VocApprovedOutput *self)
{
  g_return_val_if_fail (VOC_IS_APPROVED_OUTPUT (self), NULL);

  return self->purpose;
}

void
voc_approved_output_set_purpose (VocApprovedOutput *self,
                                 const char *purpose)
{
  g_return_if_fail (VOC_IS_APPROVED_OUTPUT (self));

  g_object_set (self, "purpose", purpose, NULL);
}

const char *
voc_approved_output_get_content (VocApprovedOutput *self)
{
  g_return_val_if_fail (VOC_IS_APPROVED_OUTPUT (self), NULL);

  return self->content;
}

void
voc_approved_output_set_content (VocApprovedOutput *self,
                                 const char *content)
{
  g_return_if_fail (VOC_IS_APPROVED_OUTPUT (self));

  g_object_set (self, "content", content, NULL);
}

gint64
voc_approved_output_get_source_run_id (VocApprovedOutput *self)
{
  g_return_val_if_fail (VOC_IS_APPROVED_OUTPUT (self), 0);

  return self->source_run_id;
}

void
voc_approved_output_set_source_run_id (VocApprovedOutput *self,
                                       gint64 source_run_id)
{
  g_return_if_fail (VOC_IS_APPROVED_OUTPUT (self));

  g_object_set (self, "source-run-id", source_run_id, NULL);
}

gint64
voc_approved_output_get_rating (VocApprovedOutput *self)
{
  g_return_val_if_fail (VOC_IS_APPROVED_OUTPUT (self), 0);

  return self->rating;
}

void
voc_approved_output_set_rating (VocApprovedOutput *self,
                                gint64 rating)
{
  g_return_if_fail (VOC_IS_APPROVED_OUTPUT (self));

  g_object_set (self, "rating", rating, NULL);
}
