/* test-database.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <sys/stat.h>

#include "voc-test-util.h"

static void
test_open_creates (TestDb        *fixture,
                   gconstpointer  data)
{
  struct stat st;

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (voc_database_get_schema_version (fixture->db), ==,
                   voc_database_get_latest_version ());
  g_assert_cmpint (test_query_int (fixture->db, "PRAGMA user_version"), ==,
                   voc_database_get_latest_version ());
  g_assert_cmpint (test_query_int (fixture->db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (test_query_int (fixture->db, "SELECT journal_mode = 'wal' FROM "
                                   "pragma_journal_mode"), ==, 1);
  g_assert_cmpint (test_query_int (fixture->db, "PRAGMA synchronous"), ==, 2);
  g_assert_cmpint (test_query_int (fixture->db, "SELECT count(*) FROM profile"), ==, 1);
}

static void
test_open_in_new_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("vocation-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "a", "b", "search.db", NULL);
  g_autoptr(GError) error = NULL;
  VocDatabase *db;

  db = voc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_finalize_object (db);
  test_rm_rf (dir);
}

static void
test_reopen_keeps_data (TestDb        *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (test_exec (fixture->db,
                              "UPDATE profile SET full_name = 'Ada Lovelace' WHERE id = 1"),
                   ==, SQLITE_OK);
  g_assert_finalize_object (g_steal_pointer (&fixture->db));

  fixture->db = voc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (fixture->db, "SELECT count(*) FROM profile "
                                   "WHERE full_name = 'Ada Lovelace'"), ==, 1);
}

static char *
schema_of (VocDatabase *db)
{
  g_autoptr(GString) schema = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (voc_database_get_handle (db),
                      "SELECT type, name, sql FROM sqlite_master ORDER BY type, name",
                      -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (schema, "%s %s %s\n", sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1), sqlite3_column_text (stmt, 2));
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&schema), FALSE);
}

/* A database left at any earlier version upgrades to the same schema as a new one. */
static void
test_upgrade_from_each_version (TestDb        *fixture,
                                gconstpointer  data)
{
  guint n = 0;
  g_autofree const char **migrations = voc_database_dup_migrations (&n);
  g_autofree char *fresh = schema_of (fixture->db);

  g_assert_cmpuint (n, >=, 1);

  for (guint from = 0; from < n; from++)
    {
      g_autofree char *path = g_strdup_printf ("%s/from-%u.db", fixture->dir, from);
      g_autofree char *upgraded = NULL;
      g_autoptr(GError) error = NULL;
      VocDatabase *db;

      db = voc_database_open_with_migrations (path, migrations, from, &error);
      g_assert_no_error (error);
      g_assert_cmpint (voc_database_get_schema_version (db), ==, from);
      g_assert_finalize_object (db);

      db = voc_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (voc_database_get_schema_version (db), ==, n);
      upgraded = schema_of (db);
      g_assert_cmpstr (upgraded, ==, fresh);
      g_assert_finalize_object (db);
    }
}

/* A migration that fails halfway leaves the file at the version before it, with none of
 * the failed migration's changes. */
static void
test_failed_migration_rolls_back (TestDb        *fixture,
                                  gconstpointer  data)
{
  guint n = 0;
  g_autofree const char **real = voc_database_dup_migrations (&n);
  g_autofree const char **broken = g_new0 (const char *, n + 2);
  g_autoptr(GError) error = NULL;
  VocDatabase *db;

  for (guint i = 0; i < n; i++)
    broken[i] = real[i];
  broken[n] = "CREATE TABLE half_done (x INTEGER);\n"
              "INSERT INTO no_such_table VALUES (1);";

  g_assert_cmpint (test_exec (fixture->db, "UPDATE profile SET full_name = 'Kept'"), ==, 0);
  g_assert_finalize_object (g_steal_pointer (&fixture->db));

  db = voc_database_open_with_migrations (fixture->path, broken, n + 1, &error);
  g_assert_null (db);
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_MIGRATION);
  g_assert_nonnull (strstr (error->message, fixture->path));
  g_clear_error (&error);

  fixture->db = voc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (fixture->db, "PRAGMA user_version"), ==, n);
  g_assert_cmpint (test_query_int (fixture->db, "SELECT count(*) FROM sqlite_master "
                                   "WHERE name = 'half_done'"), ==, 0);
  g_assert_cmpint (test_query_int (fixture->db, "SELECT count(*) FROM profile "
                                   "WHERE full_name = 'Kept'"), ==, 1);
}

static void
assert_refused_untouched (const char *path,
                          int         code)
{
  g_autoptr(GBytes) before = test_read_file (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  VocDatabase *db;

  db = voc_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, VOC_DATABASE_ERROR, code);
  /* The message names the file. */
  g_assert_nonnull (strstr (error->message, path));

  after = test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_refuse_not_sqlite (TestDb        *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "notes.db", NULL);
  g_autofree char *garbage = g_malloc (4096);

  for (guint i = 0; i < 4096; i++)
    garbage[i] = (char) g_test_rand_int_range (0, 256);
  g_assert_true (g_file_set_contents (path, garbage, 4096, NULL));
  assert_refused_untouched (path, VOC_DATABASE_ERROR_NOT_A_DATABASE);

  g_assert_true (g_file_set_contents (path, "hello", -1, NULL));
  assert_refused_untouched (path, VOC_DATABASE_ERROR_NOT_A_DATABASE);
}

static void
test_refuse_damaged (TestDb        *fixture,
                     gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  test_exec (fixture->db, "INSERT INTO company (uuid, created_at, updated_at, name, "
                          "normalized_name) VALUES ('u1', 'x', 'x', 'Acme', 'acme')");
  g_assert_finalize_object (g_steal_pointer (&fixture->db));

  /* Keep the header, scramble the rest of the first page: the schema cannot be read. */
  g_assert_true (g_file_get_contents (fixture->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 4096);
  for (guint i = 100; i < 4096; i++)
    contents[i] = (char) (i * 7 + 13);
  g_assert_true (g_file_set_contents (fixture->path, contents, len, NULL));

  assert_refused_untouched (fixture->path, VOC_DATABASE_ERROR_CORRUPT);
}

static void
test_refuse_too_new (TestDb        *fixture,
                     gconstpointer  data)
{
  g_assert_cmpint (test_exec (fixture->db, "PRAGMA user_version = 9999"), ==, SQLITE_OK);
  g_assert_finalize_object (g_steal_pointer (&fixture->db));

  assert_refused_untouched (fixture->path, VOC_DATABASE_ERROR_TOO_NEW);
}

static void
test_refuse_other_program (TestDb        *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "other.db", NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE photos (id INTEGER)", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused_untouched (path, VOC_DATABASE_ERROR_NOT_A_DATABASE);
}

static void
test_move_aside (TestDb        *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "broken.db", NULL);
  g_autofree char *moved = NULL;
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GError) error = NULL;
  VocDatabase *db;

  g_assert_true (g_file_set_contents (path, "not a database at all", -1, NULL));
  original = test_read_file (path);

  g_assert_true (voc_database_move_aside (path, &moved, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_str_has_prefix (moved, path));
  kept = test_read_file (moved);
  g_assert_true (g_bytes_equal (original, kept));

  db = voc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);
  g_assert_true (g_file_test (moved, G_FILE_TEST_EXISTS));
}

typedef struct
{
  guint  emissions;
  GArray *changes;
  char  *table;
} Seen;

static void
on_rows_changed_cb (VocDatabase *db,
                    const char  *table,
                    GArray      *changes,
                    Seen        *seen)
{
  seen->emissions++;
  g_free (seen->table);
  seen->table = g_strdup (table);
  g_clear_pointer (&seen->changes, g_array_unref);
  seen->changes = g_array_ref (changes);
}

static void
test_transactions_and_signals (TestDb        *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Seen seen = { 0 };

  g_signal_connect (fixture->db, "rows-changed::company", G_CALLBACK (on_rows_changed_cb),
                    &seen);

  /* Rolled back: nothing stored, nothing announced. */
  g_assert_true (voc_database_begin (fixture->db, &error));
  test_exec (fixture->db, "INSERT INTO company (uuid, created_at, updated_at, name, "
                          "normalized_name) VALUES ('u1', 'x', 'x', 'A', 'a')");
  voc_database_rollback (fixture->db);
  g_assert_cmpuint (seen.emissions, ==, 0);
  g_assert_cmpint (voc_database_count (fixture->db, "company", NULL), ==, 0);

  /* A savepoint rolled back inside a committed transaction. */
  g_assert_true (voc_database_begin (fixture->db, &error));
  test_exec (fixture->db, "INSERT INTO company (id, uuid, created_at, updated_at, name, "
                          "normalized_name) VALUES (10, 'u2', 'x', 'x', 'B', 'b')");
  g_assert_true (voc_database_begin (fixture->db, &error));
  test_exec (fixture->db, "INSERT INTO company (id, uuid, created_at, updated_at, name, "
                          "normalized_name) VALUES (11, 'u3', 'x', 'x', 'C', 'c')");
  voc_database_rollback (fixture->db);
  g_assert_true (voc_database_in_transaction (fixture->db));
  g_assert_cmpuint (seen.emissions, ==, 0);
  g_assert_true (voc_database_commit (fixture->db, &error));
  g_assert_false (voc_database_in_transaction (fixture->db));

  g_assert_cmpuint (seen.emissions, ==, 1);
  g_assert_cmpstr (seen.table, ==, "company");
  g_assert_cmpuint (seen.changes->len, ==, 1);
  g_assert_cmpint (g_array_index (seen.changes, VocRowChange, 0).id, ==, 10);
  g_assert_cmpint (g_array_index (seen.changes, VocRowChange, 0).op, ==, VOC_ROW_INSERTED);
  g_assert_cmpint (voc_database_count (fixture->db, "company", NULL), ==, 1);

  g_clear_pointer (&seen.changes, g_array_unref);
  g_free (seen.table);
  g_signal_handlers_disconnect_by_data (fixture->db, &seen);
}

/* Rows another connection wrote: its own update hook saw them, this one is told. */
static void
test_notify_changed (TestDb        *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) other = voc_database_open (fixture->path, &error);
  Seen seen = { 0 }, seen_other = { 0 };

  g_assert_no_error (error);
  g_signal_connect (fixture->db, "rows-changed::company", G_CALLBACK (on_rows_changed_cb),
                    &seen);
  g_signal_connect (other, "rows-changed::company", G_CALLBACK (on_rows_changed_cb),
                    &seen_other);

  g_assert_true (voc_database_begin (other, &error));
  test_exec (other, "INSERT INTO company (id, uuid, created_at, updated_at, name, "
                    "normalized_name) VALUES (20, 'u20', 'x', 'x', 'D', 'd')");
  g_assert_true (voc_database_commit (other, &error));
  g_assert_cmpuint (seen_other.emissions, ==, 1);
  g_assert_cmpuint (seen.emissions, ==, 0);
  g_assert_cmpint (voc_database_count (fixture->db, "company", NULL), ==, 1);

  voc_database_notify_changed (fixture->db, "company", seen_other.changes);
  g_assert_cmpuint (seen.emissions, ==, 1);
  g_assert_cmpstr (seen.table, ==, "company");
  g_assert_cmpuint (seen.changes->len, ==, 1);
  g_assert_cmpint (g_array_index (seen.changes, VocRowChange, 0).id, ==, 20);
  g_assert_cmpint (g_array_index (seen.changes, VocRowChange, 0).op, ==, VOC_ROW_INSERTED);

  /* Without the rows: an empty list, never NULL. */
  voc_database_notify_changed (fixture->db, "company", NULL);
  g_assert_cmpuint (seen.emissions, ==, 2);
  g_assert_cmpuint (seen.changes->len, ==, 0);

  g_clear_pointer (&seen.changes, g_array_unref);
  g_clear_pointer (&seen_other.changes, g_array_unref);
  g_free (seen.table);
  g_free (seen_other.table);
  g_signal_handlers_disconnect_by_data (fixture->db, &seen);
}

static void
open_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The application opens its database off the main thread; errors come back the same way. */
static void
test_open_async (TestDb        *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "async.db", NULL);
  g_autofree char *bad = g_build_filename (fixture->dir, "bad.db", NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  VocDatabase *db;

  voc_database_open_async (path, NULL, open_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  db = voc_database_open_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpint (voc_database_get_schema_version (db), ==, voc_database_get_latest_version ());
  g_assert_finalize_object (db);
  g_clear_object (&result);

  g_assert_true (g_file_set_contents (bad, "plain text", -1, NULL));
  voc_database_open_async (bad, NULL, open_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (voc_database_open_finish (result, &error));
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_A_DATABASE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, TestDb, NULL, test_db_setup, func, test_db_teardown)

  ADD ("/database/open-creates", test_open_creates);
  g_test_add_func ("/database/open-in-new-folder", test_open_in_new_folder);
  ADD ("/database/reopen-keeps-data", test_reopen_keeps_data);
  ADD ("/database/upgrade-from-each-version", test_upgrade_from_each_version);
  ADD ("/database/failed-migration-rolls-back", test_failed_migration_rolls_back);
  ADD ("/database/refuse-not-sqlite", test_refuse_not_sqlite);
  ADD ("/database/refuse-damaged", test_refuse_damaged);
  ADD ("/database/refuse-too-new", test_refuse_too_new);
  ADD ("/database/refuse-other-program", test_refuse_other_program);
  ADD ("/database/move-aside", test_move_aside);
  ADD ("/database/transactions-and-signals", test_transactions_and_signals);
  ADD ("/database/open-async", test_open_async);
  ADD ("/database/notify-changed", test_notify_changed);

#undef ADD

  return g_test_run ();
}
