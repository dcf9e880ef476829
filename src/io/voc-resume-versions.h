/* voc-resume-versions.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "voc-database.h"
#include "voc-resume-export.h"
#include "voc-resume-version.h"

G_BEGIN_DECLS

/**
 * VocResumeBuild:
 *
 * A variant compiled in two steps, so that the layout can run off the main thread: the
 * library is read on the thread that owns the database (voc_resume_build_new()), then the
 * page budget is fitted on any thread (voc_resume_build_fit()), which only lays out pages.
 */
typedef struct _VocResumeBuild VocResumeBuild;

/* The largest page budget a variant may set. */
#define VOC_RESUME_MAX_PAGE_BUDGET 2

JsonObject       *voc_resume_compile (VocDatabase       *database,
                                      VocResumeVersion  *variant,
                                      JsonObject       **sources,
                                      GError           **error);
VocResumeVersion *voc_resume_freeze  (VocDatabase       *database,
                                      VocResumeVersion  *variant,
                                      const char        *name,
                                      gint64             posting_id,
                                      GError           **error);
VocResumeVersion *voc_resume_freeze_build (VocDatabase     *database,
                                           VocResumeVersion *variant,
                                           VocResumeBuild   *build,
                                           const char       *name,
                                           gint64            posting_id,
                                           GError          **error);
JsonObject       *voc_resume_diff    (JsonObject        *base,
                                      JsonObject        *version);

gboolean          voc_resume_rules_get_layout       (const char      *rules,
                                                     char           **template_id,
                                                     VocPaper        *paper,
                                                     guint           *page_budget,
                                                     GError         **error);
char            **voc_resume_library_dup_tags       (VocDatabase     *database);

VocResumeBuild   *voc_resume_build_new              (VocDatabase       *database,
                                                     VocResumeVersion  *variant,
                                                     GError           **error);
void              voc_resume_build_free             (VocResumeBuild    *self);
guint             voc_resume_build_fit              (VocResumeBuild    *self);
JsonObject       *voc_resume_build_get_resume       (VocResumeBuild    *self);
JsonObject       *voc_resume_build_get_sources      (VocResumeBuild    *self);
const char       *voc_resume_build_get_template_id  (VocResumeBuild    *self);
VocPaper          voc_resume_build_get_paper        (VocResumeBuild    *self);
guint             voc_resume_build_get_page_budget  (VocResumeBuild    *self);
guint             voc_resume_build_get_n_pages      (VocResumeBuild    *self);
const char * const *voc_resume_build_get_dropped    (VocResumeBuild    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocResumeBuild, voc_resume_build_free)

G_END_DECLS
