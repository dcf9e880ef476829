/* voc-saved-search.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_SAVED_SEARCH (voc_saved_search_get_type ())
G_DECLARE_FINAL_TYPE (VocSavedSearch, voc_saved_search, VOC, SAVED_SEARCH, VocEntity)

VocSavedSearch *voc_saved_search_new (void);
const char *       voc_saved_search_get_name        (VocSavedSearch *self);
void               voc_saved_search_set_name        (VocSavedSearch *self,
                                                     const char *name);
const char *       voc_saved_search_get_query       (VocSavedSearch *self);
void               voc_saved_search_set_query       (VocSavedSearch *self,
                                                     const char *query);
const char *       voc_saved_search_get_filters     (VocSavedSearch *self);
void               voc_saved_search_set_filters     (VocSavedSearch *self,
                                                     const char *filters);
const char *       voc_saved_search_get_sources     (VocSavedSearch *self);
void               voc_saved_search_set_sources     (VocSavedSearch *self,
                                                     const char *sources);
VocSearchSchedule  voc_saved_search_get_schedule    (VocSavedSearch *self);
void               voc_saved_search_set_schedule    (VocSavedSearch *self,
                                                     VocSearchSchedule schedule);
GDateTime *        voc_saved_search_get_last_run_at (VocSavedSearch *self);
void               voc_saved_search_set_last_run_at (VocSavedSearch *self,
                                                     GDateTime *last_run_at);
gboolean           voc_saved_search_get_enabled     (VocSavedSearch *self);
void               voc_saved_search_set_enabled     (VocSavedSearch *self,
                                                     gboolean enabled);

G_END_DECLS
