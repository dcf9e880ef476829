/* voc-database.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "voc-database-private.h"
#include "voc-store-resources.h"

/*
 * One SQLite file per job search. The connection is opened with WAL journaling, full
 * synchronous commits (the user's own data: a commit cost a median 0.33 ms here), foreign
 * keys on and a busy timeout. Migrations are numbered by PRAGMA user_version and each runs in
 * its own transaction, so a failure leaves the previous version intact.
 *
 * A file that is not SQLite, that a newer Vocation wrote, or whose schema cannot be read is
 * refused before anything is written to it: the checks read only.
 *
 * Writers call voc_database_begin()/commit(); an sqlite3 update hook records every row that
 * the transaction touched (cascades and SET NULL included), and after COMMIT the changes are
 * emitted as #VocDatabase::rows-changed, detailed by table, so that live list models update
 * precisely.
 */

#define MIGRATIONS_PATH "/io/github/vocationapp/Vocation/store/migrations/"
#define BUSY_TIMEOUT_MS 5000

struct _VocDatabase
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;  /* SQL → sqlite3_stmt* */
  int         schema_version;

  guint       depth;       /* transaction nesting: 0 none, 1 BEGIN, >1 savepoints */
  GArray     *pending;     /* PendingChange, recorded by the update hook */
  GArray     *savepoint_marks;  /* pending->len at each savepoint */
};

typedef struct
{
  const char *table;  /* interned */
  VocRowChange change;
} PendingChange;

G_DEFINE_FINAL_TYPE (VocDatabase, voc_database, G_TYPE_OBJECT)

enum {
  ROWS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (voc-database-error-quark, voc_database_error)

static const char *migration_files[] = {
  "0001-initial.sql",
  "0002-posting-yearly-salary.sql",
  "0003-resume-projects-languages.sql",
  "0004-posting-sort-indexes.sql",
  "0005-fit-inputs-vectors.sql",
  "0006-pipeline-tasks.sql",
  "0007-posting-order-indexes.sql",
  "0008-ai-job-analysis.sql",
  "0009-bullet-version-provenance.sql",
};

static void
voc_database_finalize (GObject *object)
{
  VocDatabase *self = (VocDatabase *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_update_hook (self->db, NULL, NULL);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->savepoint_marks, g_array_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (voc_database_parent_class)->finalize (object);
}

static void
voc_database_class_init (VocDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = voc_database_finalize;

  /**
   * VocDatabase::rows-changed:
   * @table: the table
   * @changes: (element-type VocRowChange): the rows written, in order
   *
   * Emitted after a transaction commits, once per table it wrote, with the signal detail set
   * to the table name.
   */
  signals[ROWS_CHANGED] =
    g_signal_new ("rows-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_ARRAY);
}

static void
voc_database_init (VocDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  self->savepoint_marks = g_array_new (FALSE, FALSE, sizeof (guint));
}

static void
update_hook_cb (void          *user_data,
                int            op,
                const char    *database,
                const char    *table,
                sqlite3_int64  rowid)
{
  VocDatabase *self = user_data;
  PendingChange change;

  /* FTS shadow tables are written by triggers and have no listeners. */
  if (g_str_has_suffix (table, "_fts") || strstr (table, "_fts_") != NULL)
    return;

  change.table = g_intern_string (table);
  change.change.id = rowid;
  change.change.op = op == SQLITE_INSERT ? VOC_ROW_INSERTED :
                     op == SQLITE_DELETE ? VOC_ROW_DELETED : VOC_ROW_UPDATED;
  g_array_append_val (self->pending, change);
}

void
voc_database_set_error (VocDatabase  *self,
                        int           rc,
                        GError      **error)
{
  const char *message = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  const char *name = self->path != NULL ? self->path : "";
  int code;

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CONSTRAINT, "%s", message);
      return;
    case SQLITE_NOTADB:
      code = VOC_DATABASE_ERROR_NOT_A_DATABASE;
      break;
    case SQLITE_CORRUPT:
      code = VOC_DATABASE_ERROR_CORRUPT;
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      code = VOC_DATABASE_ERROR_READ_ONLY;
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = VOC_DATABASE_ERROR_BUSY;
      break;
    case SQLITE_FULL:
      code = VOC_DATABASE_ERROR_FULL;
      break;
    default:
      code = VOC_DATABASE_ERROR_FAILED;
      break;
    }

  g_set_error (error, VOC_DATABASE_ERROR, code, "%s: %s", name, message);
}

/**
 * voc_database_prepare:
 *
 * Returns: (transfer none): a cached statement, reset and with its bindings cleared
 */
sqlite3_stmt *
voc_database_prepare (VocDatabase  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VOC_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      voc_database_set_error (self, rc, error);
      g_prefix_error (error, "%s: ", sql);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Steps a statement that returns no rows and resets it. */
gboolean
voc_database_step_done (VocDatabase   *self,
                        sqlite3_stmt  *stmt,
                        GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      voc_database_set_error (self, sqlite3_extended_errcode (self->db), error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
voc_database_exec (VocDatabase  *self,
                   const char   *sql,
                   GError      **error)
{
  int rc;

  g_return_val_if_fail (VOC_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      voc_database_set_error (self, sqlite3_extended_errcode (self->db), error);
      return FALSE;
    }

  return TRUE;
}

sqlite3 *
voc_database_get_handle (VocDatabase *self)
{
  g_return_val_if_fail (VOC_IS_DATABASE (self), NULL);

  return self->db;
}

const char *
voc_database_get_path (VocDatabase *self)
{
  g_return_val_if_fail (VOC_IS_DATABASE (self), NULL);

  return self->path;
}

int
voc_database_get_schema_version (VocDatabase *self)
{
  g_return_val_if_fail (VOC_IS_DATABASE (self), 0);

  return self->schema_version;
}

int
voc_database_get_latest_version (void)
{
  return G_N_ELEMENTS (migration_files);
}

/**
 * voc_database_dup_migrations:
 *
 * Returns: (transfer container): the SQL of every migration, in order
 */
const char **
voc_database_dup_migrations (guint *n_migrations)
{
  const char **sql = g_new0 (const char *, G_N_ELEMENTS (migration_files) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (migration_files); i++)
    {
      g_autofree char *path = g_strconcat (MIGRATIONS_PATH, migration_files[i], NULL);
      g_autoptr(GBytes) bytes = NULL;

      bytes = g_resource_lookup_data (voc_store_get_resource (), path,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert (bytes != NULL);
      /* Resource data is NUL-terminated and lives as long as the program. */
      sql[i] = g_bytes_get_data (bytes, NULL);
    }

  if (n_migrations != NULL)
    *n_migrations = G_N_ELEMENTS (migration_files);

  return sql;
}

char *
voc_database_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "vocation", "vocation.db", NULL);
}

/* Reads the 16-byte SQLite header without opening the file through SQLite, so that a file
 * that is not a database is refused before anything could touch it. */
static gboolean
check_header (const char  *path,
              gboolean    *exists,
              GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  char header[16];
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize n_read = 0;

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          *exists = FALSE;
          return TRUE;
        }
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_READ_ONLY,
                   _("Cannot read “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  *exists = TRUE;
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read,
                                NULL, &local_error))
    {
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_READ_ONLY,
                   _("Cannot read “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  /* An empty file is what SQLite itself leaves for a new database: it is fine. */
  if (n_read == 0)
    return TRUE;

  if (n_read < sizeof header || memcmp (header, magic, sizeof magic) != 0)
    {
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Vocation database: it is not an SQLite file."), path);
      return FALSE;
    }

  return TRUE;
}

/* Creates the file with mode 0600 before SQLite does, so that it never exists readable by
 * others, and its folder with 0700. */
static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_READ_ONLY,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    {
      int saved_errno = errno;

      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_READ_ONLY,
                   _("Cannot create “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  if (fd >= 0)
    g_close (fd, NULL);

  return TRUE;
}

static gboolean
query_int (VocDatabase  *self,
           const char   *sql,
           int          *value,
           GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  if (rc != SQLITE_OK)
    rc = sqlite3_extended_errcode (self->db);
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      voc_database_set_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate (VocDatabase         *self,
         const char * const  *migrations,
         guint                n_migrations,
         GError             **error)
{
  for (guint v = self->schema_version + 1; v <= n_migrations; v++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %u", v);

      if (!voc_database_exec (self, "BEGIN IMMEDIATE", &local_error) ||
          !voc_database_exec (self, migrations[v - 1], &local_error) ||
          !voc_database_exec (self, set_version, &local_error) ||
          !voc_database_exec (self, "COMMIT", &local_error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_MIGRATION,
                       _("Cannot upgrade “%s” to version %u; it was left at version %d: %s"),
                       self->path, v, self->schema_version, local_error->message);
          return FALSE;
        }

      self->schema_version = v;
    }

  return TRUE;
}

VocDatabase *
voc_database_open_with_migrations (const char          *path,
                                   const char * const  *migrations,
                                   guint                n_migrations,
                                   GError             **error)
{
  g_autoptr(VocDatabase) self = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean exists = FALSE;
  int tables = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!check_header (path, &exists, error))
    return NULL;
  if (!exists && !create_private_file (path, error))
    return NULL;

  self = g_object_new (VOC_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    {
      voc_database_set_error (self, rc, error);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  /* Read-only checks first: the version this file was written with, and that its schema can
   * be read at all (a damaged first page fails here). */
  if (!query_int (self, "PRAGMA user_version", &self->schema_version, &local_error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_master", &tables, &local_error))
    {
      if (g_error_matches (local_error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CORRUPT) ||
          g_error_matches (local_error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_A_DATABASE))
        g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CORRUPT,
                     _("“%s” is damaged and cannot be read."), path);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (self->schema_version > (int) n_migrations)
    {
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Vocation (database version %d; "
                     "this version knows up to %u)."),
                   path, self->schema_version, n_migrations);
      return NULL;
    }

  if (self->schema_version == 0 && tables > 0)
    {
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is an SQLite database of another program, not a Vocation "
                     "database."), path);
      return NULL;
    }

  if (!voc_database_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !voc_database_exec (self, "PRAGMA synchronous = FULL", error) ||
      !voc_database_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;

  if (!migrate (self, migrations, n_migrations, error))
    return NULL;

  sqlite3_update_hook (self->db, update_hook_cb, self);

  return g_steal_pointer (&self);
}

/**
 * voc_database_open:
 * @path: the database file; created (mode 0600) if missing
 *
 * Opens a database and brings its schema to the latest version. Blocks on I/O: call it from
 * a worker thread (voc_database_open_async()) in the application.
 *
 * Returns: (transfer full): the database, or %NULL with an error that names the file
 */
VocDatabase *
voc_database_open (const char  *path,
                   GError     **error)
{
  guint n = 0;
  g_autofree const char **migrations = voc_database_dup_migrations (&n);

  return voc_database_open_with_migrations (path, migrations, n, error);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  VocDatabase *db = voc_database_open (task_data, &error);

  if (db == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, db, g_object_unref);
}

void
voc_database_open_async (const char          *path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_database_open_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, open_thread);
}

VocDatabase *
voc_database_open_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * voc_database_move_aside:
 * @new_path: (out) (optional): where the file is now
 *
 * Renames a database that cannot be opened to `NAME.broken-YYYYMMDD-HHMMSS` (with its -wal
 * and -shm files), so that a new one can be created in its place. Nothing is deleted.
 */
gboolean
voc_database_move_aside (const char  *path,
                         char       **new_path,
                         GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = NULL;
  static const char *suffixes[] = { "-wal", "-shm" };

  for (guint i = 0; ; i++)
    {
      g_free (target);
      target = i == 0 ? g_strdup_printf ("%s.broken-%s", path, stamp)
                      : g_strdup_printf ("%s.broken-%s-%u", path, stamp, i);
      if (!g_file_test (target, G_FILE_TEST_EXISTS))
        break;
    }

  if (g_rename (path, target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_READ_ONLY,
                   _("Cannot move “%s” aside: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (target, suffixes[i], NULL);

      if (g_file_test (from, G_FILE_TEST_EXISTS))
        g_rename (from, to);
    }

  if (new_path != NULL)
    *new_path = g_steal_pointer (&target);

  return TRUE;
}

/**
 * voc_database_begin:
 *
 * Starts a write transaction (BEGIN IMMEDIATE), or a savepoint inside one, so that a
 * repository call can be part of a larger user action.
 */
gboolean
voc_database_begin (VocDatabase  *self,
                    GError      **error)
{
  g_return_val_if_fail (VOC_IS_DATABASE (self), FALSE);

  if (self->depth == 0)
    {
      if (!voc_database_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      g_array_set_size (self->pending, 0);
    }
  else
    {
      guint mark = self->pending->len;

      if (!voc_database_exec (self, "SAVEPOINT voc", error))
        return FALSE;
      g_array_append_val (self->savepoint_marks, mark);
    }

  self->depth++;
  return TRUE;
}

static void
emit_pending (VocDatabase *self)
{
  g_autoptr(GArray) pending = self->pending;
  g_autoptr(GHashTable) by_table = g_hash_table_new_full (NULL, NULL, NULL,
                                                          (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));

  for (guint i = 0; i < pending->len; i++)
    {
      PendingChange *p = &g_array_index (pending, PendingChange, i);
      GArray *changes = g_hash_table_lookup (by_table, p->table);

      if (changes == NULL)
        {
          changes = g_array_new (FALSE, FALSE, sizeof (VocRowChange));
          g_hash_table_insert (by_table, (gpointer) p->table, changes);
          g_ptr_array_add (order, (gpointer) p->table);
        }
      g_array_append_val (changes, p->change);
    }

  g_object_ref (self);
  for (guint i = 0; i < order->len; i++)
    {
      const char *table = g_ptr_array_index (order, i);

      g_signal_emit (self, signals[ROWS_CHANGED], g_quark_from_string (table), table,
                     g_hash_table_lookup (by_table, table));
    }
  g_object_unref (self);
}

gboolean
voc_database_commit (VocDatabase  *self,
                     GError      **error)
{
  g_return_val_if_fail (VOC_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    {
      if (!voc_database_exec (self, "RELEASE voc", error))
        return FALSE;
      g_array_set_size (self->savepoint_marks, self->savepoint_marks->len - 1);
      self->depth--;
      return TRUE;
    }

  if (!voc_database_exec (self, "COMMIT", error))
    return FALSE;

  self->depth = 0;
  emit_pending (self);
  return TRUE;
}

/**
 * voc_database_rollback:
 *
 * Undoes the innermost transaction or savepoint. After a failed commit the caller still
 * calls this, so that the transaction is always closed.
 */
void
voc_database_rollback (VocDatabase *self)
{
  g_return_if_fail (VOC_IS_DATABASE (self));

  if (self->depth == 0)
    return;

  if (self->depth > 1)
    {
      guint mark = g_array_index (self->savepoint_marks, guint, self->savepoint_marks->len - 1);

      sqlite3_exec (self->db, "ROLLBACK TO voc; RELEASE voc", NULL, NULL, NULL);
      g_array_set_size (self->pending, mark);
      g_array_set_size (self->savepoint_marks, self->savepoint_marks->len - 1);
      self->depth--;
      return;
    }

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_array_set_size (self->pending, 0);
  self->depth = 0;
}

gboolean
voc_database_in_transaction (VocDatabase *self)
{
  g_return_val_if_fail (VOC_IS_DATABASE (self), FALSE);

  return self->depth > 0;
}

gint64
voc_database_count (VocDatabase  *self,
                    const char   *table,
                    GError      **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);
  sqlite3_stmt *stmt = voc_database_prepare (self, sql, error);
  gint64 count;

  if (stmt == NULL)
    return -1;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      voc_database_set_error (self, sqlite3_extended_errcode (self->db), error);
      sqlite3_reset (stmt);
      return -1;
    }

  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}

/**
 * voc_database_notify_changed:
 * @table: the table
 * @changes: (element-type VocRowChange) (nullable): the rows written, in order, or %NULL
 *
 * Emits #VocDatabase::rows-changed for rows that another connection to the same file
 * committed (a worker thread's, which the update hook of this one does not see), so that the
 * lists on this connection's thread update. Call it on the thread that uses @self, after the
 * other connection committed, and not inside a transaction of @self.
 */
void
voc_database_notify_changed (VocDatabase *self,
                             const char  *table,
                             GArray      *changes)
{
  g_autoptr(GArray) empty = NULL;

  g_return_if_fail (VOC_IS_DATABASE (self));
  g_return_if_fail (table != NULL);
  g_return_if_fail (self->depth == 0);

  if (changes == NULL)
    changes = empty = g_array_new (FALSE, FALSE, sizeof (VocRowChange));

  g_object_ref (self);
  g_signal_emit (self, signals[ROWS_CHANGED], g_quark_from_string (table), table, changes);
  g_object_unref (self);
}
