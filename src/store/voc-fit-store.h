/* voc-fit-store.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "voc-database.h"
#include "voc-fit-engine.h"
#include "voc-fit-tailor.h"
#include "voc-resume-version.h"

G_BEGIN_DECLS

#define VOC_TYPE_FIT_STORE (voc_fit_store_get_type ())
G_DECLARE_FINAL_TYPE (VocFitStore, voc_fit_store, VOC, FIT_STORE, GObject)

/**
 * VocFitExplained:
 * @posting_id: the posting
 * @result: its score, factor by factor
 * @ats: the ATS report of the resume (the base or the variant asked for) against the posting
 * @raisers: (element-type utf8): skills of the posting the library has but that resume
 *   leaves out, most central first
 * @bullets: (element-type gint64 utf8): the text of every bullet that proves a matched skill
 * @n_bullets: bullets in the library (0: there is nothing to match against)
 */
typedef struct
{
  gint64        posting_id;
  VocFitResult *result;
  VocAtsReport *ats;
  GPtrArray    *raisers;
  GHashTable   *bullets;
  guint         n_bullets;
} VocFitExplained;

void              voc_fit_explained_free           (VocFitExplained      *explained);
const char       *voc_fit_explained_get_bullet     (VocFitExplained      *explained,
                                                    gint64                bullet_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocFitExplained, voc_fit_explained_free)

VocFitStore      *voc_fit_store_new                (VocDatabase          *database);
VocFitStore      *voc_fit_store_dup_shared         (VocDatabase          *database);
VocDatabase      *voc_fit_store_get_database       (VocFitStore          *self);
gboolean          voc_fit_store_resolve_posting    (VocFitStore          *self,
                                                    const char           *id,
                                                    gint64               *posting_id,
                                                    GError              **error);
gboolean          voc_fit_store_library_is_empty   (VocFitStore          *self,
                                                    gboolean             *empty,
                                                    GError              **error);
void              voc_fit_store_set_today          (VocFitStore          *self,
                                                    const char           *today);
VocFitLibrary    *voc_fit_store_dup_library        (VocFitStore          *self,
                                                    GError              **error);
VocFitPosting    *voc_fit_store_load_posting       (VocFitStore          *self,
                                                    gint64                posting_id,
                                                    GError              **error);
VocFitResult     *voc_fit_store_refresh            (VocFitStore          *self,
                                                    gint64                posting_id,
                                                    GError              **error);
void              voc_fit_store_rescore_async      (VocFitStore          *self,
                                                    gboolean              all,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean          voc_fit_store_rescore_finish     (VocFitStore          *self,
                                                    GAsyncResult         *result,
                                                    guint                *n_scored,
                                                    GError              **error);
guint             voc_fit_store_get_n_total        (VocFitStore          *self);
guint             voc_fit_store_get_n_done         (VocFitStore          *self);
double            voc_fit_store_get_fraction       (VocFitStore          *self);
gboolean          voc_fit_store_get_running        (VocFitStore          *self);
gint64            voc_fit_store_count_stale        (VocFitStore          *self,
                                                    GError              **error);
GArray           *voc_fit_store_list_by_fit        (VocFitStore          *self,
                                                    int                   min_score,
                                                    GError              **error);
gboolean          voc_fit_store_get_vector         (VocFitStore          *self,
                                                    const char           *kind,
                                                    gint64                id,
                                                    float                *out,
                                                    GError              **error);
GArray           *voc_fit_store_similar_bullets    (VocFitStore          *self,
                                                    gint64                posting_id,
                                                    guint                 max,
                                                    GError              **error);
VocFitTailored   *voc_fit_store_tailor             (VocFitStore          *self,
                                                    gint64                posting_id,
                                                    double                pages,
                                                    GError              **error);
void              voc_fit_store_explain_async      (VocFitStore          *self,
                                                    gint64                posting_id,
                                                    gint64                variant_id,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
VocFitExplained  *voc_fit_store_explain_finish     (VocFitStore          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
void              voc_fit_store_tailor_async       (VocFitStore          *self,
                                                    gint64                posting_id,
                                                    double                pages,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
VocFitTailored   *voc_fit_store_tailor_finish      (VocFitStore          *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
VocResumeVersion *voc_fit_store_save_tailored      (VocFitStore          *self,
                                                    gint64                posting_id,
                                                    VocFitTailored       *tailored,
                                                    const char           *name,
                                                    GError              **error);

G_END_DECLS
