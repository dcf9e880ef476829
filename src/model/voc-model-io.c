/* voc-model-io.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-model-io"

#include "config.h"

#include "voc-model-io.h"

/* One message of an AI call, with personal data replaced by placeholders. */
struct _VocModelIo
{
  VocEntity parent_instance;

  gint64          run_id;
  gint64          seq;
  VocMessageRole  role;
  char           *content;
};

G_DEFINE_FINAL_TYPE (VocModelIo, voc_model_io, VOC_TYPE_ENTITY)

static void
voc_model_io_class_init (VocModelIoClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "model_io");

  voc_entity_class_add_reference (entity_class, "run_id",
                                  G_STRUCT_OFFSET (VocModelIo, run_id),
                                  "model_run", VOC_COLUMN_REQUIRED);
  voc_entity_class_add_int (entity_class, "seq",
                            G_STRUCT_OFFSET (VocModelIo, seq),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "role",
                             G_STRUCT_OFFSET (VocModelIo, role),
                             VOC_TYPE_MESSAGE_ROLE, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "content",
                               G_STRUCT_OFFSET (VocModelIo, content),
                               VOC_COLUMN_DEFAULT);
}

static void
voc_model_io_init (VocModelIo *self)
{
}

VocModelIo *
voc_model_io_new (void)
{
  return g_object_new (VOC_TYPE_MODEL_IO, NULL);
}

gint64
voc_model_io_get_run_id (VocModelIo *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_IO (self), 0);

  return self->run_id;
}

void
voc_model_io_set_run_id (VocModelIo *self,
                         gint64 run_id)
{
  g_return_if_fail (VOC_IS_MODEL_IO (self));

  g_object_set (self, "run-id", run_id, NULL);
}

gint64
voc_model_io_get_seq (VocModelIo *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_IO (self), 0);

  return self->seq;
}

void
voc_model_io_set_seq (VocModelIo *self,
                      gint64 seq)
{
  g_return_if_fail (VOC_IS_MODEL_IO (self));

  g_object_set (self, "seq", seq, NULL);
}

VocMessageRole
voc_model_io_get_role (VocModelIo *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_IO (self), 0);

  return self->role;
}

void
voc_model_io_set_role (VocModelIo *self,
                       VocMessageRole role)
{
  g_return_if_fail (VOC_IS_MODEL_IO (self));

  g_object_set (self, "role", role, NULL);
}

const char *
voc_model_io_get_content (VocModelIo *self)
{
  g_return_val_if_fail (VOC_IS_MODEL_IO (self), NULL);

  return self->content;
}

void
voc_model_io_set_content (VocModelIo *self,
                          const char *content)
{
  g_return_if_fail (VOC_IS_MODEL_IO (self));

  g_object_set (self, "content", content, NULL);
}
