/* voc-database-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "voc-database.h"

G_BEGIN_DECLS

/* In-library API of the store: SQL stays in src/store/. */

sqlite3      *voc_database_get_handle     (VocDatabase   *self);
sqlite3_stmt *voc_database_prepare        (VocDatabase   *self,
                                           const char    *sql,
                                           GError       **error);
gboolean      voc_database_step_done      (VocDatabase   *self,
                                           sqlite3_stmt  *stmt,
                                           GError       **error);
void          voc_database_set_error      (VocDatabase   *self,
                                           int            rc,
                                           GError       **error);

/* For tests: open with another list of migrations (to check upgrades from every version and
 * that a failing migration leaves the previous version intact). */
VocDatabase  *voc_database_open_with_migrations (const char          *path,
                                                 const char * const  *migrations,
                                                 guint                n_migrations,
                                                 GError             **error);
const char  **voc_database_dup_migrations       (guint               *n_migrations);

G_END_DECLS
