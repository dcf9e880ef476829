/* voc-database.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define VOC_DATABASE_ERROR (voc_database_error_quark ())

/**
 * VocDatabaseError:
 * @VOC_DATABASE_ERROR_NOT_A_DATABASE: the file is not an SQLite database
 * @VOC_DATABASE_ERROR_TOO_NEW: the file was written by a newer Vocation
 * @VOC_DATABASE_ERROR_CORRUPT: the file is damaged
 * @VOC_DATABASE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @VOC_DATABASE_ERROR_BUSY: another program holds a lock for too long
 * @VOC_DATABASE_ERROR_FULL: the disk is full
 * @VOC_DATABASE_ERROR_CONSTRAINT: a row was refused by a constraint
 * @VOC_DATABASE_ERROR_NOT_FOUND: no row with that id
 * @VOC_DATABASE_ERROR_MIGRATION: the schema could not be upgraded (nothing was changed)
 * @VOC_DATABASE_ERROR_FAILED: any other failure
 */
typedef enum
{
  VOC_DATABASE_ERROR_NOT_A_DATABASE,
  VOC_DATABASE_ERROR_TOO_NEW,
  VOC_DATABASE_ERROR_CORRUPT,
  VOC_DATABASE_ERROR_READ_ONLY,
  VOC_DATABASE_ERROR_BUSY,
  VOC_DATABASE_ERROR_FULL,
  VOC_DATABASE_ERROR_CONSTRAINT,
  VOC_DATABASE_ERROR_NOT_FOUND,
  VOC_DATABASE_ERROR_MIGRATION,
  VOC_DATABASE_ERROR_FAILED,
} VocDatabaseError;

/**
 * VocRowChange:
 *
 * One row written in a committed transaction, as delivered by #VocDatabase::rows-changed.
 */
typedef enum
{
  VOC_ROW_INSERTED,
  VOC_ROW_UPDATED,
  VOC_ROW_DELETED,
} VocRowOp;

typedef struct
{
  gint64   id;
  VocRowOp op;
} VocRowChange;

#define VOC_TYPE_DATABASE (voc_database_get_type ())
G_DECLARE_FINAL_TYPE (VocDatabase, voc_database, VOC, DATABASE, GObject)

GQuark       voc_database_error_quark          (void);

char        *voc_database_dup_default_path     (void);
VocDatabase *voc_database_open                 (const char           *path,
                                                GError              **error);
void         voc_database_open_async           (const char           *path,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
VocDatabase *voc_database_open_finish          (GAsyncResult         *result,
                                                GError              **error);
gboolean     voc_database_move_aside           (const char           *path,
                                                char                **new_path,
                                                GError              **error);

const char  *voc_database_get_path             (VocDatabase          *self);
int          voc_database_get_schema_version   (VocDatabase          *self);
int          voc_database_get_latest_version   (void);

gboolean     voc_database_begin                (VocDatabase          *self,
                                                GError              **error);
gboolean     voc_database_commit               (VocDatabase          *self,
                                                GError              **error);
void         voc_database_rollback             (VocDatabase          *self);
gboolean     voc_database_in_transaction       (VocDatabase          *self);
gboolean     voc_database_exec                 (VocDatabase          *self,
                                                const char           *sql,
                                                GError              **error);
gint64       voc_database_count                (VocDatabase          *self,
                                                const char           *table,
                                                GError              **error);
void         voc_database_notify_changed       (VocDatabase          *self,
                                                const char           *table,
                                                GArray               *changes);

G_END_DECLS
