/* voc-resume-bullet-row.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-model.h"

G_BEGIN_DECLS

#define VOC_TYPE_RESUME_BULLET_ROW (voc_resume_bullet_row_get_type ())
G_DECLARE_FINAL_TYPE (VocResumeBulletRow, voc_resume_bullet_row, VOC, RESUME_BULLET_ROW,
                      GtkListBoxRow)

GtkWidget     *voc_resume_bullet_row_new             (VocBullet          *bullet);
VocBullet     *voc_resume_bullet_row_get_bullet      (VocResumeBulletRow *self);
GtkDropTarget *voc_resume_bullet_row_get_drop_target (VocResumeBulletRow *self);
gboolean       voc_resume_bullet_row_move            (VocResumeBulletRow *self,
                                                      int                 delta);

G_END_DECLS
