/* voc-cv-batch.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-cv-batch"

#include "config.h"

#include "voc-cv-batch.h"

/* A folder of CVs ranked against a job (screening workspace). */
struct _VocCvBatch
{
  VocEntity parent_instance;

  char           *name;
  gint64          posting_id;
  char           *folder;
  VocBatchStatus  status;
};

G_DEFINE_FINAL_TYPE (VocCvBatch, voc_cv_batch, VOC_TYPE_ENTITY)

static void
voc_cv_batch_class_init (VocCvBatchClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "cv_batch");

  voc_entity_class_add_string (entity_class, "name",
                               G_STRUCT_OFFSET (VocCvBatch, name),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_reference (entity_class, "posting_id",
                                  G_STRUCT_OFFSET (VocCvBatch, posting_id),
                                  "job_posting", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "folder",
                               G_STRUCT_OFFSET (VocCvBatch, folder),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "status",
                             G_STRUCT_OFFSET (VocCvBatch, status),
                             VOC_TYPE_BATCH_STATUS, 0, VOC_COLUMN_DEFAULT);
}

static void
voc_cv_batch_init (VocCvBatch *self)
{
}

VocCvBatch *
voc_cv_batch_new (void)
{
  return g_object_new (VOC_TYPE_CV_BATCH, NULL);
}

const char *
voc_cv_batch_get_name (VocCvBatch *self)
{
  g_return_val_if_fail (VOC_IS_CV_BATCH (self), NULL);

  return self->name;
}

void
voc_cv_batch_set_name (VocCvBatch *self,
                       const char *name)
{
  g_return_if_fail (VOC_IS_CV_BATCH (self));

  g_object_set (self, "name", name, NULL);
}

gint64
voc_cv_batch_get_posting_id (VocCvBatch *self)
{
  g_return_val_if_fail (VOC_IS_CV_BATCH (self), 0);

  return self->posting_id;
}

void
voc_cv_batch_set_posting_id (VocCvBatch *self,
                             gint64 posting_id)
{
  g_return_if_fail (VOC_IS_CV_BATCH (self));

  g_object_set (self, "posting-id", posting_id, NULL);
}

const char *
voc_cv_batch_get_folder (VocCvBatch *self)
{
  g_return_val_if_fail (VOC_IS_CV_BATCH (self), NULL);

  return self->folder;
}

void
voc_cv_batch_set_folder (VocCvBatch *self,
                         const char *folder)
{
  g_return_if_fail (VOC_IS_CV_BATCH (self));

  g_object_set (self, "folder", folder, NULL);
}

VocBatchStatus
voc_cv_batch_get_status (VocCvBatch *self)
{
  g_return_val_if_fail (VOC_IS_CV_BATCH (self), 0);

  return self->status;
}

void
voc_cv_batch_set_status (VocCvBatch *self,
                         VocBatchStatus status)
{
  g_return_if_fail (VOC_IS_CV_BATCH (self));

  g_object_set (self, "status", status, NULL);
}
