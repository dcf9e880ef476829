/* voc-resume-history.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-repositories.h"

G_BEGIN_DECLS

#define VOC_TYPE_RESUME_HISTORY (voc_resume_history_get_type ())
G_DECLARE_FINAL_TYPE (VocResumeHistory, voc_resume_history, VOC, RESUME_HISTORY, AdwWindow)

VocResumeHistory *voc_resume_history_new          (GtkWidget            *parent,
                                                   VocResumeRepository  *repository,
                                                   VocBullet            *bullet);
GListModel       *voc_resume_history_get_versions (VocResumeHistory     *self);
gboolean          voc_resume_history_restore      (VocResumeHistory     *self,
                                                   guint                 position,
                                                   GError              **error);

G_END_DECLS
