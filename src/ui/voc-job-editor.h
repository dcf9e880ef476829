/* voc-job-editor.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-repositories.h"

G_BEGIN_DECLS

#define VOC_TYPE_JOB_EDITOR (voc_job_editor_get_type ())
G_DECLARE_FINAL_TYPE (VocJobEditor, voc_job_editor, VOC, JOB_EDITOR, AdwBin)

GtkWidget     *voc_job_editor_new         (void);
void           voc_job_editor_edit        (VocJobEditor      *self,
                                           VocJobRepository  *repository,
                                           VocJobPosting     *posting);
VocJobPosting *voc_job_editor_get_posting (VocJobEditor      *self);
VocJobPosting *voc_job_editor_get_copy    (VocJobEditor      *self);
gboolean       voc_job_editor_get_valid   (VocJobEditor      *self);
gboolean       voc_job_editor_save        (VocJobEditor      *self,
                                           GError           **error);
void           voc_job_editor_cancel      (VocJobEditor      *self);

G_END_DECLS
