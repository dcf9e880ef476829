/* voc-entity-list-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "voc-entity-list.h"

G_BEGIN_DECLS

/* In-library API of VocEntityList: its refresh in a worker thread. */

/* Lists of at least this many rows read their ids again in a worker thread after a change;
 * shorter ones on the calling thread, at once (see the top of voc-entity-list.c). */
#define VOC_ENTITY_LIST_ASYNC_MIN_ROWS 2000

/* Prepares a worker's own connection for the list's SQL (a function it calls). */
typedef gboolean (*VocEntityListSetup) (sqlite3  *handle,
                                        GError  **error);

void     voc_entity_list_set_connection_setup (VocEntityList      *self,
                                               VocEntityListSetup  setup);
void     voc_entity_list_queue_refresh        (VocEntityList      *self);

/* For tests and benchmarks. */
void     voc_entity_list_set_async_min_rows   (VocEntityList      *self,
                                               guint               n_rows);
gboolean voc_entity_list_is_refreshing        (VocEntityList      *self);
guint    voc_entity_list_get_n_refreshes      (VocEntityList      *self);
guint    voc_entity_list_get_n_workers        (void);

G_END_DECLS
