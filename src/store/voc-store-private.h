/* voc-store-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "voc-database-private.h"
#include "voc-entity.h"

G_BEGIN_DECLS

/* Row mapping shared by the repositories and the list models. */

gpointer  voc_store_load_entity    (VocDatabase  *database,
                                    GType         entity_type,
                                    gint64        id,
                                    GError      **error);
GPtrArray *voc_store_load_entities (VocDatabase  *database,
                                    GType         entity_type,
                                    sqlite3_stmt *stmt,
                                    GError      **error);
gboolean  voc_store_refresh_entity (VocDatabase  *database,
                                    VocEntity    *entity,
                                    GError      **error);
void      voc_store_read_row       (VocEntity    *entity,
                                    sqlite3_stmt *stmt);
char     *voc_store_entity_to_json (VocEntity    *entity);
char     *voc_store_fts_query      (const char   *text);

/* Searches that match more rows than this are listed newest first, not ranked: scoring every
 * match comes before the first result, and over 100,000 matches bm25 took 200–400 ms. */
#define VOC_STORE_RANK_LIMIT 2000

char     *voc_store_fts_query_for     (sqlite3     *handle,
                                       const char  *fts,
                                       const char  *text);
gint64    voc_store_fts_count_matches (sqlite3     *handle,
                                       const char  *fts,
                                       const char  *query,
                                       gint64       limit,
                                       GError     **error);

G_END_DECLS
