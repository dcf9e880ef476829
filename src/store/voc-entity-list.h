/* voc-entity-list.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_ENTITY_LIST (voc_entity_list_get_type ())
G_DECLARE_FINAL_TYPE (VocEntityList, voc_entity_list, VOC, ENTITY_LIST, GObject)

VocEntityList *voc_entity_list_new          (VocDatabase  *database,
                                             GType         entity_type,
                                             const char   *where,
                                             const char   *order_by,
                                             const char   *text_param);
VocEntityList *voc_entity_list_new_for_sql  (VocDatabase  *database,
                                             GType         entity_type,
                                             const char   *ids_sql,
                                             const char   *text_param);
VocEntityList *voc_entity_list_new_with_ids (VocDatabase  *database,
                                             GType         entity_type,
                                             const char   *ids_sql,
                                             const char   *text_param,
                                             GArray       *ids);
VocEntityList *voc_entity_list_new_paged   (VocDatabase  *database,
                                             GType         entity_type,
                                             const char   *count_sql,
                                             const char   *page_sql,
                                             const char   *text_param,
                                             GArray       *first_ids,
                                             guint         n_total);
VocDatabase   *voc_entity_list_get_database (VocEntityList *self);
void           voc_entity_list_watch_table  (VocEntityList *self,
                                             const char    *table);
gint64         voc_entity_list_get_id       (VocEntityList *self,
                                             guint          position);
int            voc_entity_list_find         (VocEntityList *self,
                                             gint64         id);
gboolean       voc_entity_list_reload       (VocEntityList *self,
                                             GError       **error);

G_END_DECLS
