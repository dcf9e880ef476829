/* voc-fit-view.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-database.h"
#include "voc-fit-store.h"
#include "voc-job-posting.h"

G_BEGIN_DECLS

#define VOC_TYPE_FIT_VIEW (voc_fit_view_get_type ())
G_DECLARE_FINAL_TYPE (VocFitView, voc_fit_view, VOC, FIT_VIEW, AdwBin)

GtkWidget       *voc_fit_view_new           (void);
VocDatabase     *voc_fit_view_get_database  (VocFitView    *self);
void             voc_fit_view_set_database  (VocFitView    *self,
                                             VocDatabase   *database);
VocFitStore     *voc_fit_view_get_store     (VocFitView    *self);
VocJobPosting   *voc_fit_view_get_posting   (VocFitView    *self);
void             voc_fit_view_set_posting   (VocFitView    *self,
                                             VocJobPosting *posting);
VocFitExplained *voc_fit_view_get_explained (VocFitView    *self);
GtkDropDown     *voc_fit_view_get_variant_dropdown (VocFitView *self);
gboolean         voc_fit_view_get_loading   (VocFitView    *self);
GtkWidget       *voc_fit_view_get_factor_bar (VocFitView      *self,
                                              VocFitFactorKind kind);
const char      *voc_fit_view_get_factor_text (VocFitView      *self,
                                               VocFitFactorKind kind);
const char      *voc_fit_view_get_score_text (VocFitView   *self);
const char      *voc_fit_view_get_status_text (VocFitView  *self);

G_END_DECLS
