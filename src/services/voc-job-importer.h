/* voc-job-importer.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "voc-database.h"
#include "voc-extract.h"
#include "voc-page-fetcher.h"

G_BEGIN_DECLS

typedef enum
{
  VOC_IMPORT_IMPORTED,
  VOC_IMPORT_UPDATED,
  VOC_IMPORT_UNCHANGED,
  VOC_IMPORT_FAILED,
} VocImportOutcome;

/**
 * VocImportResult:
 * @name: the file name, web address or "Pasted text"
 * @outcome: what happened
 * @posting_id: the posting imported, updated or found unchanged; 0 on failure
 * @title: the posting's title, or %NULL
 * @error: why it failed (names the file and the reason), or %NULL
 */
typedef struct
{
  char             *name;
  VocImportOutcome  outcome;
  gint64            posting_id;
  char             *title;
  GError           *error;
} VocImportResult;

void voc_import_result_free (VocImportResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocImportResult, voc_import_result_free)

#define VOC_TYPE_JOB_IMPORTER (voc_job_importer_get_type ())
G_DECLARE_FINAL_TYPE (VocJobImporter, voc_job_importer, VOC, JOB_IMPORTER, GObject)

VocJobImporter  *voc_job_importer_new            (VocDatabase          *database,
                                                  VocPageFetcher       *fetcher);
void             voc_job_importer_add_file       (VocJobImporter       *self,
                                                  GFile                *file);
void             voc_job_importer_add_url        (VocJobImporter       *self,
                                                  const char           *url);
void             voc_job_importer_add_text       (VocJobImporter       *self,
                                                  const char           *text);
void             voc_job_importer_run_async      (VocJobImporter       *self,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
GPtrArray       *voc_job_importer_run_finish     (VocJobImporter       *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
VocImportResult *voc_job_importer_store          (VocJobImporter       *self,
                                                  VocExtracted         *extracted,
                                                  const char           *name,
                                                  const char           *source);
guint            voc_job_importer_get_n_total    (VocJobImporter       *self);
guint            voc_job_importer_get_n_done     (VocJobImporter       *self);
double           voc_job_importer_get_fraction   (VocJobImporter       *self);
char            *voc_job_importer_dup_summary    (GPtrArray            *results);

G_END_DECLS
