/* voc-resume-preview.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "voc-resume-export.h"

G_BEGIN_DECLS

#define VOC_TYPE_RESUME_PREVIEW (voc_resume_preview_get_type ())
G_DECLARE_FINAL_TYPE (VocResumePreview, voc_resume_preview, VOC, RESUME_PREVIEW, AdwBin)

GtkWidget  *voc_resume_preview_new          (void);
void        voc_resume_preview_set_document (VocResumePreview *self,
                                             JsonObject       *resume,
                                             const char       *template_id,
                                             VocPaper          paper);
guint       voc_resume_preview_get_n_pages  (VocResumePreview *self);
guint       voc_resume_preview_get_page     (VocResumePreview *self);
void        voc_resume_preview_set_page     (VocResumePreview *self,
                                             guint             page);
gboolean    voc_resume_preview_get_busy     (VocResumePreview *self);
GdkTexture *voc_resume_preview_get_texture  (VocResumePreview *self,
                                             guint             page);

G_END_DECLS
