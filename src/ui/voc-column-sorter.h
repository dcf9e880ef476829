/* voc-column-sorter.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VOC_TYPE_COLUMN_SORTER (voc_column_sorter_get_type ())
G_DECLARE_FINAL_TYPE (VocColumnSorter, voc_column_sorter, VOC, COLUMN_SORTER, GtkSorter)

GtkSorter  *voc_column_sorter_new          (const char  *key);
const char *voc_column_sorter_get_key      (VocColumnSorter *self);
void        voc_column_sorter_set_key      (VocColumnSorter *self,
                                            const char      *key);
const char *voc_column_sorter_find_primary (GtkSorter       *view_sorter,
                                            GtkSortType     *order);

G_END_DECLS
