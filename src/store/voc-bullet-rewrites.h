/* voc-bullet-rewrites.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-database.h"
#include "voc-fit-store.h"

G_BEGIN_DECLS

/**
 * VocBulletRewrite:
 * @bullet_uuid: the bullet of the library it rewrites
 * @text: the text the user accepted, as it is in the tailored resume
 * @run_id: the `model_run` that wrote it, or 0
 *
 * An AI rewrite accepted for one tailored resume.
 */
typedef struct
{
  char   *bullet_uuid;
  char   *text;
  gint64  run_id;
} VocBulletRewrite;

VocBulletRewrite *voc_bullet_rewrite_new        (const char        *bullet_uuid,
                                                 const char        *text,
                                                 gint64             run_id);
void              voc_bullet_rewrite_free       (VocBulletRewrite  *rewrite);

guint             voc_fit_tailored_rewrite      (VocFitTailored    *tailored,
                                                 VocFitPosting     *posting,
                                                 const char        *bullet_uuid,
                                                 const char        *text);
gint64            voc_bullet_rewrites_accept    (VocDatabase       *database,
                                                 VocBulletRewrite  *rewrite,
                                                 GError           **error);
VocResumeVersion *voc_bullet_rewrites_save_tailored (VocFitStore   *store,
                                                     gint64         posting_id,
                                                     VocFitTailored *tailored,
                                                     GPtrArray     *rewrites,
                                                     const char    *name,
                                                     GError       **error);
GListModel       *voc_bullet_rewrites_list      (VocDatabase       *database,
                                                 gint64             resume_version_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocBulletRewrite, voc_bullet_rewrite_free)

G_END_DECLS
