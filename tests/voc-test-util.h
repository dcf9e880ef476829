/* voc-test-util.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include "voc-database-private.h"
#include "voc-repositories.h"

/* A temporary folder per test, removed with everything in it at the end. */
typedef struct
{
  char        *dir;
  char        *path;
  VocDatabase *db;
} TestDb;

static inline void
test_rm_rf (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        test_rm_rf (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static inline void
test_db_setup (TestDb        *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("vocation-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "vocation.db", NULL);
  fixture->db = voc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->db);
}

static inline void
test_db_teardown (TestDb        *fixture,
                  gconstpointer  data)
{
  if (fixture->db != NULL)
    g_assert_finalize_object (fixture->db);
  test_rm_rf (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static inline gint64
test_query_int (VocDatabase *db,
                const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (voc_database_get_handle (db), sql, -1, &stmt, NULL), ==,
                   SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static inline int
test_exec (VocDatabase *db,
           const char  *sql)
{
  return sqlite3_exec (voc_database_get_handle (db), sql, NULL, NULL, NULL);
}

static inline GBytes *
test_read_file (const char *path)
{
  char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_bytes_new_take (contents, len);
}
