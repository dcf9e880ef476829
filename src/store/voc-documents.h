/* voc-documents.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-repositories.h"

G_BEGIN_DECLS

VocDocument *voc_documents_create_letter        (VocPipelineRepository  *repository,
                                                 gint64                  application_id,
                                                 gint64                  posting_id,
                                                 const char             *title,
                                                 const char             *body,
                                                 GError                **error);
VocDocument *voc_documents_save_version         (VocPipelineRepository  *repository,
                                                 gint64                  letter_id,
                                                 const char             *title,
                                                 const char             *body,
                                                 GError                **error);
VocDocument *voc_documents_restore_version      (VocPipelineRepository  *repository,
                                                 gint64                  version_id,
                                                 GError                **error);
GPtrArray   *voc_documents_list_versions        (VocPipelineRepository  *repository,
                                                 gint64                  letter_id,
                                                 GError                **error);
VocDocument *voc_documents_dup_current          (VocPipelineRepository  *repository,
                                                 gint64                  letter_id,
                                                 GError                **error);
VocDocument *voc_documents_find_letter          (VocPipelineRepository  *repository,
                                                 gint64                  application_id,
                                                 GError                **error);
gboolean     voc_documents_link_to_application  (VocPipelineRepository  *repository,
                                                 gint64                  version_id,
                                                 gint64                  application_id,
                                                 GError                **error);
gboolean     voc_documents_delete_letter        (VocPipelineRepository  *repository,
                                                 gint64                  letter_id,
                                                 GError                **error);

G_END_DECLS
