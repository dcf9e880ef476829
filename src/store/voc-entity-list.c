/* voc-entity-list.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-entity-list"

#include "config.h"

#include "voc-entity-list-private.h"
#include "voc-entity.h"
#include "voc-store-private.h"

/*
 * A live, lazy GListModel of the entities that an SQL query selects, in the query's order.
 *
 * Why a custom model: with 100,000 postings, building 100,000 GObjects (and sorting them with
 * GtkSortListModel, 0.2–0.3 s at 100k) costs memory and frames; the sorted ids alone come
 * from an index in milliseconds. So the model holds only the ordered row ids and loads an
 * entity when a view asks for its position. Entities that anyone still holds are found again
 * through a weak table, so that a position keeps returning the same object; the last few
 * hundred loaded are kept alive for scrolling back.
 *
 * The model listens to VocDatabase::rows-changed for its table (and for tables it joins).
 * After each committed transaction it refreshes the loaded entities whose rows changed in
 * place (their properties notify, so bound widgets update), re-reads the ordered ids (one
 * indexed query, not the objects), and emits one items-changed for the range that differs:
 * exactly (position, 0, 1) for an insertion, (position, 1, 0) for a deletion, nothing for an
 * update that does not move the row.
 *
 * Where the ids are re-read depends on the length of the list. Reading 100,000 ids took
 * 13–49 ms, a stall of several frames after every commit of a bulk import or a rescoring
 * batch: a list of VOC_ENTITY_LIST_ASYNC_MIN_ROWS (2,000) rows or more reads them in a
 * worker thread, with a read-only connection of its own (WAL: it neither waits for nor blocks
 * the writer), and keeps its old ids until the new ones arrive; then it emits items-changed
 * as above. A deleted row leaves it at once, without a query (one pass over the ids), and
 * does not come back with a read that began before the deletion; so no row on screen shows
 * an entity that is gone. One read is in flight at a time: commits that arrive meanwhile ask
 * for one more
 * read after it, however many they are, so a burst of commits costs at most two. Disposing
 * the list cancels its read (the worker's statement stops at once). A shorter list reads its
 * ids at once on the calling thread, inside the commit: at 2,000 rows that cost 0.2–0.3 ms
 * (1 ms in the fit order), about what starting a worker and applying its result costs the
 * main thread (bench-list-refresh), and a caller that commits and then reads such a list
 * finds it up to date, as most code and tests expect.
 *
 * A paged list (voc_entity_list_new_paged()) knows its length from a count and reads its ids
 * in pages, in descending id order, as positions are asked for: a search that matches
 * 100,000 postings is counted in a few milliseconds, where reading every id took 15–30. After
 * a change it counts again and reads again as many ids as it had; the range it reports changed
 * starts at the first id that differs and runs to the end.
 */

#define RECENT_MAX 256
#define PAGE_SIZE  256

struct _VocEntityList
{
  GObject      parent_instance;

  VocDatabase *database;
  GType        entity_type;
  char        *ids_sql;
  char        *text_param;
  char        *table;

  GArray      *ids;        /* gint64, in order; the first ones of a paged list */
  guint        n_total;    /* the length of the list: ids->len unless paged */
  char        *count_sql;  /* paged: the number of ids; ?1 is text_param */
  char        *page_sql;   /* paged: ?1 text_param, ?2 below this id, ?3 how many */
  GHashTable  *objects;    /* id → VocEntity* (weak) */
  GQueue       recent;     /* strong refs to recently loaded entities */
  GArray      *handlers;   /* gulong */

  VocEntityListSetup setup;          /* for a worker's connection */
  guint         async_min_rows;      /* refresh in a worker from this many rows */
  GCancellable *refresh_cancellable; /* the worker's read in flight, or NULL */
  gboolean      refresh_pending;     /* a commit came while it read */
  guint         n_refreshes;         /* worker reads started */
  GArray       *deleted;             /* gint64, sorted: deleted since that read started */
};

/* Worker reads not yet finished (their task freed), over every list. */
static int n_workers;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (VocEntityList, voc_entity_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
object_finalized_cb (gpointer  data,
                     GObject  *where_the_object_was)
{
  VocEntityList *self = data;
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->objects);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (value == (gpointer) where_the_object_was)
        {
          g_hash_table_iter_remove (&iter);
          break;
        }
    }
}

static void
forget_object (VocEntityList *self,
               gint64         id)
{
  VocEntity *entity = g_hash_table_lookup (self->objects, &id);

  if (entity == NULL)
    return;

  g_object_weak_unref (G_OBJECT (entity), object_finalized_cb, self);
  g_hash_table_remove (self->objects, &id);

  if (g_queue_remove (&self->recent, entity))
    g_object_unref (entity);
}

/* Runs an ids statement: `?1` is @text (when not %NULL); with @limit > 0, a page query's
 * `?2` (below this id) and `?3` (how many). Returns the last result code, SQLITE_DONE when
 * every id was appended to @ids. */
static int
step_ids (sqlite3_stmt *stmt,
          const char   *text,
          gint64        below,
          guint         limit,
          GArray       *ids)
{
  int rc;

  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  if (limit > 0)
    {
      sqlite3_bind_int64 (stmt, 2, below);
      sqlite3_bind_int64 (stmt, 3, limit);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  return rc;
}

/* Appends to @ids up to @limit ids below @below (descending), with the page query. */
static gboolean
query_page (VocEntityList  *self,
            GArray         *ids,
            gint64          below,
            guint           limit,
            GError        **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = voc_database_prepare (self->database, self->page_sql, error);
  if (stmt == NULL)
    return FALSE;

  rc = step_ids (stmt, self->text_param, below, limit, ids);

  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (self->database, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
query_count (VocEntityList  *self,
             guint          *n,
             GError        **error)
{
  sqlite3_stmt *stmt = voc_database_prepare (self->database, self->count_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, self->text_param, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      voc_database_set_error (self->database, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  *n = (guint) CLAMP (sqlite3_column_int64 (stmt, 0), 0, G_MAXUINT);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Reads the ids of a paged list until @position is loaded (or the list ends). */
static gboolean
load_until (VocEntityList  *self,
            guint           position,
            GError        **error)
{
  while (self->ids->len <= position && self->ids->len < self->n_total)
    {
      guint before = self->ids->len;
      gint64 below = before > 0 ? g_array_index (self->ids, gint64, before - 1) : G_MAXINT64;

      if (!query_page (self, self->ids, below, MAX (PAGE_SIZE, position + 1 - before), error))
        return FALSE;

      /* Rows went away in a transaction we have not been told about yet. */
      if (self->ids->len == before)
        break;
    }

  return TRUE;
}

static gboolean
query_ids (VocEntityList  *self,
           GArray        **out,
           guint          *n_total,
           GError        **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  if (self->page_sql != NULL)
    {
      if (!query_count (self, n_total, error) ||
          !query_page (self, ids, G_MAXINT64, MAX (PAGE_SIZE, self->ids->len), error))
        return FALSE;

      /* Another connection may have written between the two statements. */
      *n_total = MAX (*n_total, ids->len);

      *out = g_steal_pointer (&ids);
      return TRUE;
    }

  stmt = voc_database_prepare (self->database, self->ids_sql, error);
  if (stmt == NULL)
    return FALSE;

  rc = step_ids (stmt, self->text_param, 0, 0, ids);
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (self->database, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  *n_total = ids->len;
  *out = g_steal_pointer (&ids);
  return TRUE;
}

static void
apply_ids (VocEntityList *self,
           GArray        *new_ids,
           guint          new_total)
{
  GArray *old_ids = self->ids;
  guint old_total = self->n_total;
  guint prefix = 0, suffix = 0;
  guint removed, added;

  while (prefix < old_ids->len && prefix < new_ids->len &&
         g_array_index (old_ids, gint64, prefix) == g_array_index (new_ids, gint64, prefix))
    prefix++;

  if (self->page_sql == NULL)
    {
      while (suffix < old_ids->len - prefix && suffix < new_ids->len - prefix &&
             g_array_index (old_ids, gint64, old_ids->len - 1 - suffix) ==
             g_array_index (new_ids, gint64, new_ids->len - 1 - suffix))
        suffix++;
    }
  else if (prefix == old_ids->len && prefix == new_ids->len && old_total == new_total)
    {
      /* The same ids as far as they were read, and as many: nothing moved. */
      prefix = old_total;
    }

  removed = old_total - prefix - suffix;
  added = new_total - prefix - suffix;

  self->ids = g_array_ref (new_ids);
  self->n_total = new_total;
  g_array_unref (old_ids);

  if (removed > 0 || added > 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
      if (removed != added)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Returns @ids without those in @sorted (ascending), or %NULL when none of them is there;
 * @n_total goes down by as many. */
static GArray *
drop_ids (GArray *ids,
          GArray *sorted,
          guint  *n_total)
{
  GArray *kept = NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      gboolean drop = bsearch (&id, sorted->data, sorted->len, sizeof (gint64),
                               compare_ids) != NULL;

      if (drop && kept == NULL)
        {
          kept = g_array_sized_new (FALSE, FALSE, sizeof (gint64), ids->len);
          g_array_append_vals (kept, ids->data, i);
        }
      else if (!drop && kept != NULL)
        g_array_append_val (kept, id);
    }

  if (kept != NULL)
    *n_total -= ids->len - kept->len;

  return kept;
}

/* Reading the ids in a worker thread. */

typedef struct
{
  /* In: copies of what the list reads, and the database file. */
  char               *path;
  char               *table;
  char               *ids_sql;
  char               *count_sql;
  char               *page_sql;
  char               *text_param;
  guint               n_wanted;   /* paged: how many ids to read */
  VocEntityListSetup  setup;

  /* Out. */
  GArray             *ids;
  guint               n_total;
} Refresh;

static void
refresh_free (Refresh *refresh)
{
  g_free (refresh->path);
  g_free (refresh->table);
  g_free (refresh->ids_sql);
  g_free (refresh->count_sql);
  g_free (refresh->page_sql);
  g_free (refresh->text_param);
  g_clear_pointer (&refresh->ids, g_array_unref);
  g_free (refresh);

  g_atomic_int_dec_and_test (&n_workers);
}

/* Stops the worker's statement as soon as its ids are no longer wanted. */
static int
progress_cb (void *user_data)
{
  return g_cancellable_is_cancelled (G_CANCELLABLE (user_data)) ? 1 : 0;
}

/* Runs @sql on the worker's connection. */
static gboolean
refresh_read (Refresh       *refresh,
              sqlite3       *handle,
              const char    *sql,
              gint64         below,
              guint          limit,
              GArray        *ids,
              GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = step_ids (stmt, refresh->text_param, below, limit, ids);

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, VOC_DATABASE_ERROR,
                   rc == SQLITE_BUSY ? VOC_DATABASE_ERROR_BUSY : VOC_DATABASE_ERROR_FAILED,
                   "Cannot read the ids of %s from “%s”: %s", refresh->table, refresh->path,
                   sqlite3_errmsg (handle));
      sqlite3_finalize (stmt);
      return FALSE;
    }

  sqlite3_finalize (stmt);
  return TRUE;
}

static void
refresh_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Refresh *refresh = task_data;
  g_autoptr(GError) error = NULL;
  sqlite3 *handle = NULL;
  int rc;

  /* A connection of its own: the main thread keeps using the application's. */
  rc = sqlite3_open_v2 (refresh->path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (&error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_FAILED,
                   "Cannot read “%s”: %s", refresh->path,
                   handle != NULL ? sqlite3_errmsg (handle) : sqlite3_errstr (rc));
    }
  else
    {
      sqlite3_busy_timeout (handle, 5000);
      /* It reads an index once, in order: a page cache would only hold on to memory. */
      sqlite3_exec (handle, "PRAGMA cache_size = -256", NULL, NULL, NULL);
      sqlite3_progress_handler (handle, 1000, progress_cb, cancellable);

      refresh->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      if (refresh->setup != NULL && !refresh->setup (handle, &error))
        {
          /* The error says why. */
        }
      else if (refresh->page_sql != NULL)
        {
          g_autoptr(GArray) count = g_array_new (FALSE, FALSE, sizeof (gint64));

          if (refresh_read (refresh, handle, refresh->count_sql, 0, 0, count, &error) &&
              refresh_read (refresh, handle, refresh->page_sql, G_MAXINT64, refresh->n_wanted,
                            refresh->ids, &error))
            {
              gint64 n = count->len > 0 ? g_array_index (count, gint64, 0) : 0;

              /* A write may have come between the two statements. */
              refresh->n_total = MAX ((guint) CLAMP (n, 0, G_MAXUINT), refresh->ids->len);
            }
        }
      else if (refresh_read (refresh, handle, refresh->ids_sql, 0, 0, refresh->ids, &error))
        {
          refresh->n_total = refresh->ids->len;
        }
    }

  sqlite3_close (handle);

  /* A statement stopped by progress_cb() fails with "interrupted": say what happened. */
  if (!g_task_return_error_if_cancelled (task))
    {
      if (error != NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_boolean (task, TRUE);
    }
}

static gboolean
refreshes_in_thread (VocEntityList *self)
{
  const char *path = voc_database_get_path (self->database);

  /* A worker needs the file: an in-memory database has no other connection. */
  return self->n_total >= self->async_min_rows &&
         path != NULL && *path != '\0' && !g_str_equal (path, ":memory:") &&
         !g_str_has_prefix (path, "file:");
}

static void
cancel_refresh (VocEntityList *self)
{
  if (self->refresh_cancellable != NULL)
    {
      g_cancellable_cancel (self->refresh_cancellable);
      g_clear_object (&self->refresh_cancellable);
    }
  self->refresh_pending = FALSE;
  g_array_set_size (self->deleted, 0);
}

static void start_refresh (VocEntityList *self);

/* Reads the ids again, in a worker or at once, and applies them. */
static void
refresh (VocEntityList *self)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  guint n_total = 0;

  if (self->refresh_cancellable != NULL)
    {
      /* It may have read before this commit: read once more after it. */
      self->refresh_pending = TRUE;
      return;
    }

  if (refreshes_in_thread (self))
    {
      start_refresh (self);
      return;
    }

  if (query_ids (self, &ids, &n_total, &error))
    apply_ids (self, ids, n_total);
  else
    g_warning ("Cannot reload the list of %s: %s", self->table, error->message);
}

static void
refresh_done_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  VocEntityList *self;
  Refresh *data;
  gboolean pending;

  /* Cancelled when the list was disposed (it may be gone: the task holds no reference to
   * it) or read its ids since; either way, nothing to do. */
  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = g_object_ref (VOC_ENTITY_LIST (user_data));
  data = g_task_get_task_data (G_TASK (result));

  g_clear_object (&self->refresh_cancellable);
  pending = self->refresh_pending;
  self->refresh_pending = FALSE;

  if (error != NULL)
    {
      g_warning ("Cannot reload the list of %s: %s", self->table, error->message);
    }
  else
    {
      guint n_total = data->n_total;
      g_autoptr(GArray) kept = NULL;

      /* The worker may have read before a deletion that has left the list already: it must
       * not come back, even until the next read. */
      if (self->deleted->len > 0)
        kept = drop_ids (data->ids, self->deleted, &n_total);
      apply_ids (self, kept != NULL ? kept : data->ids, n_total);
    }
  g_array_set_size (self->deleted, 0);

  if (pending)
    refresh (self);

  g_object_unref (self);
}

static void
start_refresh (VocEntityList *self)
{
  g_autoptr(GTask) task = NULL;
  Refresh *data;

  data = g_new0 (Refresh, 1);
  data->path = g_strdup (voc_database_get_path (self->database));
  data->table = g_strdup (self->table);
  data->ids_sql = g_strdup (self->ids_sql);
  data->count_sql = g_strdup (self->count_sql);
  data->page_sql = g_strdup (self->page_sql);
  data->text_param = g_strdup (self->text_param);
  data->n_wanted = MAX (PAGE_SIZE, self->ids->len);
  data->setup = self->setup;
  g_atomic_int_inc (&n_workers);

  self->refresh_cancellable = g_cancellable_new ();
  self->n_refreshes++;
  /* This read comes after every deletion so far. */
  g_array_set_size (self->deleted, 0);

  /* No source object, and no reference to the list: disposing it cancels the read. */
  task = g_task_new (NULL, self->refresh_cancellable, refresh_done_cb, self);
  g_task_set_source_tag (task, start_refresh);
  g_task_set_task_data (task, data, (GDestroyNotify) refresh_free);
  g_task_run_in_thread (task, refresh_thread);
}

static void
on_rows_changed_cb (VocDatabase   *database,
                    const char    *table,
                    GArray        *changes,
                    VocEntityList *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) deleted = NULL;
  gboolean own_table = g_strcmp0 (table, self->table) == 0;

  g_object_ref (self);

  for (guint i = 0; i < changes->len; i++)
    {
      VocRowChange *change = &g_array_index (changes, VocRowChange, i);

      if (!own_table)
        break;

      if (change->op == VOC_ROW_DELETED)
        {
          forget_object (self, change->id);
          if (deleted == NULL)
            deleted = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_array_append_val (deleted, change->id);
        }
      else if (change->op == VOC_ROW_UPDATED)
        {
          VocEntity *entity = g_hash_table_lookup (self->objects, &change->id);

          if (entity != NULL && !voc_store_refresh_entity (self->database, entity, &error))
            {
              g_debug ("Cannot refresh %s %" G_GINT64_FORMAT ": %s",
                       table, change->id, error->message);
              g_clear_error (&error);
            }
        }
    }

  /* A joined table changed (a company renamed): refresh every loaded entity. */
  if (!own_table)
    {
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, self->objects);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        voc_store_refresh_entity (self->database, value, NULL);
    }

  /* A list that reads in a worker drops deleted rows now (one pass over the ids, no query):
   * a row on screen would otherwise show an empty entity until the worker is done. */
  if (deleted != NULL &&
      (self->refresh_cancellable != NULL || refreshes_in_thread (self)))
    {
      g_autoptr(GArray) kept = NULL;
      guint n_total = self->n_total;

      g_array_sort (deleted, compare_ids);
      kept = drop_ids (self->ids, deleted, &n_total);
      if (kept != NULL)
        apply_ids (self, kept, n_total);

      if (self->refresh_cancellable != NULL)
        {
          g_array_append_vals (self->deleted, deleted->data, deleted->len);
          g_array_sort (self->deleted, compare_ids);
        }
    }

  refresh (self);

  g_object_unref (self);
}

static GType
voc_entity_list_get_item_type (GListModel *model)
{
  return VOC_ENTITY_LIST (model)->entity_type;
}

static guint
voc_entity_list_get_n_items (GListModel *model)
{
  return VOC_ENTITY_LIST (model)->n_total;
}

static gpointer
voc_entity_list_get_item (GListModel *model,
                          guint       position)
{
  VocEntityList *self = VOC_ENTITY_LIST (model);
  g_autoptr(GError) error = NULL;
  VocEntity *entity;
  gint64 id;

  if (position >= self->n_total)
    return NULL;

  if (!load_until (self, position, &error) || position >= self->ids->len)
    {
      g_debug ("Cannot read the ids of %s: %s", self->table,
               error != NULL ? error->message : "fewer rows than counted");
      return g_object_new (self->entity_type, NULL);
    }

  id = g_array_index (self->ids, gint64, position);
  entity = g_hash_table_lookup (self->objects, &id);
  if (entity != NULL)
    return g_object_ref (entity);

  entity = voc_store_load_entity (self->database, self->entity_type, id, &error);
  if (entity == NULL)
    {
      /* The row went away in a transaction we have not been told about yet (another
       * connection): hand out an empty entity rather than NULL, which views do not expect. */
      g_debug ("Cannot load %s %" G_GINT64_FORMAT ": %s", self->table, id, error->message);
      return g_object_new (self->entity_type, NULL);
    }

  g_hash_table_insert (self->objects, g_memdup2 (&id, sizeof id), entity);
  g_object_weak_ref (G_OBJECT (entity), object_finalized_cb, self);

  g_queue_push_head (&self->recent, g_object_ref (entity));
  if (self->recent.length > RECENT_MAX)
    g_object_unref (g_queue_pop_tail (&self->recent));

  return entity;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = voc_entity_list_get_item_type;
  iface->get_n_items = voc_entity_list_get_n_items;
  iface->get_item = voc_entity_list_get_item;
}

static void
voc_entity_list_dispose (GObject *object)
{
  VocEntityList *self = (VocEntityList *) object;
  GHashTableIter iter;
  gpointer value;

  if (self->database != NULL)
    {
      for (guint i = 0; i < self->handlers->len; i++)
        g_signal_handler_disconnect (self->database, g_array_index (self->handlers, gulong, i));
      g_array_set_size (self->handlers, 0);
    }

  cancel_refresh (self);

  g_hash_table_iter_init (&iter, self->objects);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_object_weak_unref (value, object_finalized_cb, self);
  g_hash_table_remove_all (self->objects);
  g_queue_clear_full (&self->recent, g_object_unref);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (voc_entity_list_parent_class)->dispose (object);
}

static void
voc_entity_list_finalize (GObject *object)
{
  VocEntityList *self = (VocEntityList *) object;

  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->objects, g_hash_table_unref);
  g_clear_pointer (&self->handlers, g_array_unref);
  g_clear_pointer (&self->deleted, g_array_unref);
  g_clear_pointer (&self->ids_sql, g_free);
  g_clear_pointer (&self->count_sql, g_free);
  g_clear_pointer (&self->page_sql, g_free);
  g_clear_pointer (&self->text_param, g_free);
  g_clear_pointer (&self->table, g_free);

  G_OBJECT_CLASS (voc_entity_list_parent_class)->finalize (object);
}

static void
voc_entity_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VocEntityList *self = VOC_ENTITY_LIST (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->entity_type);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_total);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_entity_list_class_init (VocEntityListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = voc_entity_list_dispose;
  object_class->finalize = voc_entity_list_finalize;
  object_class->get_property = voc_entity_list_get_property;

  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, VOC_TYPE_ENTITY,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
voc_entity_list_init (VocEntityList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->objects = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->handlers = g_array_new (FALSE, FALSE, sizeof (gulong));
  self->async_min_rows = VOC_ENTITY_LIST_ASYNC_MIN_ROWS;
  self->deleted = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_queue_init (&self->recent);
}

/**
 * voc_entity_list_watch_table:
 *
 * Also follows writes to @table, for lists whose entities read columns from a join.
 */
void
voc_entity_list_watch_table (VocEntityList *self,
                             const char    *table)
{
  g_autofree char *signal = g_strconcat ("rows-changed::", table, NULL);
  gulong handler;

  g_return_if_fail (VOC_IS_ENTITY_LIST (self));

  handler = g_signal_connect (self->database, signal, G_CALLBACK (on_rows_changed_cb), self);
  g_array_append_val (self->handlers, handler);
}

static VocEntityList *
entity_list_new (VocDatabase *database,
                 GType        entity_type,
                 const char  *ids_sql,
                 const char  *text_param)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (entity_type);
  VocEntityList *self;

  self = g_object_new (VOC_TYPE_ENTITY_LIST, NULL);
  self->database = g_object_ref (database);
  self->entity_type = entity_type;
  self->ids_sql = g_strdup (ids_sql);
  self->text_param = g_strdup (text_param);
  self->table = g_strdup (voc_entity_class_get_table (VOC_ENTITY_CLASS (klass)));

  voc_entity_list_watch_table (self, self->table);
  return self;
}

/**
 * voc_entity_list_new_for_sql:
 * @ids_sql: a query returning the ids of the entities in order; `?1` is @text_param
 *
 * Returns: (transfer full): the list, already filled with the ids
 */
VocEntityList *
voc_entity_list_new_for_sql (VocDatabase *database,
                             GType        entity_type,
                             const char  *ids_sql,
                             const char  *text_param)
{
  g_autoptr(VocEntityList) self = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (VOC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (g_type_is_a (entity_type, VOC_TYPE_ENTITY), NULL);

  self = entity_list_new (database, entity_type, ids_sql, text_param);

  if (query_ids (self, &ids, &self->n_total, &error))
    {
      g_array_unref (self->ids);
      self->ids = g_steal_pointer (&ids);
    }
  else
    g_warning ("Cannot list %s: %s", self->table, error->message);

  return g_steal_pointer (&self);
}

/**
 * voc_entity_list_new_paged:
 * @count_sql: a query of the number of entities; `?1` is @text_param
 * @page_sql: a query of the ids of the entities in descending order: `?1` is @text_param,
 *   the ids are below `?2`, at most `?3` of them
 * @first_ids: (element-type gint64) (nullable): the first ids, read elsewhere (another
 *   thread, with another connection), or %NULL to read them now
 * @n_total: with @first_ids, the count
 *
 * A list that counts its entities and reads their ids as they are asked for.
 *
 * Returns: (transfer full): the list
 */
VocEntityList *
voc_entity_list_new_paged (VocDatabase *database,
                           GType        entity_type,
                           const char  *count_sql,
                           const char  *page_sql,
                           const char  *text_param,
                           GArray      *first_ids,
                           guint        n_total)
{
  g_autoptr(VocEntityList) self = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (VOC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (g_type_is_a (entity_type, VOC_TYPE_ENTITY), NULL);
  g_return_val_if_fail (count_sql != NULL && page_sql != NULL && text_param != NULL, NULL);

  self = entity_list_new (database, entity_type, NULL, text_param);
  self->count_sql = g_strdup (count_sql);
  self->page_sql = g_strdup (page_sql);

  if (first_ids != NULL)
    {
      g_array_unref (self->ids);
      self->ids = g_array_ref (first_ids);
      self->n_total = MAX (n_total, first_ids->len);
    }
  else if (query_ids (self, &ids, &self->n_total, &error))
    {
      g_array_unref (self->ids);
      self->ids = g_steal_pointer (&ids);
    }
  else
    g_warning ("Cannot list %s: %s", self->table, error->message);

  return g_steal_pointer (&self);
}

/**
 * voc_entity_list_new_with_ids:
 * @ids_sql: a query returning the ids of the entities in order; `?1` is @text_param
 * @ids: (element-type gint64): what @ids_sql returned, read elsewhere (another thread, with
 *   another connection)
 *
 * Like voc_entity_list_new_for_sql(), without reading the ids on this thread: @ids_sql only
 * runs again when the tables change.
 *
 * Returns: (transfer full): the list of @ids
 */
VocEntityList *
voc_entity_list_new_with_ids (VocDatabase *database,
                              GType        entity_type,
                              const char  *ids_sql,
                              const char  *text_param,
                              GArray      *ids)
{
  VocEntityList *self;

  g_return_val_if_fail (VOC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (g_type_is_a (entity_type, VOC_TYPE_ENTITY), NULL);
  g_return_val_if_fail (ids != NULL && g_array_get_element_size (ids) == sizeof (gint64), NULL);

  self = entity_list_new (database, entity_type, ids_sql, text_param);
  g_array_unref (self->ids);
  self->ids = g_array_ref (ids);
  self->n_total = ids->len;

  return self;
}

/**
 * voc_entity_list_new:
 * @where: (nullable): an SQL condition over the entity's table aliased `t`; `?1` is
 *   @text_param
 * @order_by: (nullable): an SQL ordering over `t`; the id breaks ties
 * @text_param: (nullable): the one text parameter of @where
 *
 * Returns: (transfer full): a live list of the matching entities
 */
VocEntityList *
voc_entity_list_new (VocDatabase *database,
                     GType        entity_type,
                     const char  *where,
                     const char  *order_by,
                     const char  *text_param)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (entity_type);
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("SELECT t.id FROM %s WHERE %s ORDER BY %s%st.id",
                         voc_entity_class_get_from (VOC_ENTITY_CLASS (klass)),
                         where != NULL ? where : "1",
                         order_by != NULL ? order_by : "",
                         order_by != NULL ? ", " : "");

  return voc_entity_list_new_for_sql (database, entity_type, sql, text_param);
}

VocDatabase *
voc_entity_list_get_database (VocEntityList *self)
{
  g_return_val_if_fail (VOC_IS_ENTITY_LIST (self), NULL);

  return self->database;
}

gint64
voc_entity_list_get_id (VocEntityList *self,
                        guint          position)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (VOC_IS_ENTITY_LIST (self), 0);
  g_return_val_if_fail (position < self->n_total, 0);

  if (!load_until (self, position, &error) || position >= self->ids->len)
    {
      g_debug ("Cannot read the ids of %s: %s", self->table,
               error != NULL ? error->message : "fewer rows than counted");
      return 0;
    }

  return g_array_index (self->ids, gint64, position);
}

/**
 * voc_entity_list_find:
 *
 * Returns: the position of the entity with that id, or -1
 */
int
voc_entity_list_find (VocEntityList *self,
                      gint64         id)
{
  g_return_val_if_fail (VOC_IS_ENTITY_LIST (self), -1);

  /* A paged list has to read its ids to the end to say that one is not there. */
  if (self->n_total > 0 && !load_until (self, self->n_total - 1, NULL))
    return -1;

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;

  return -1;
}

gboolean
voc_entity_list_reload (VocEntityList  *self,
                        GError        **error)
{
  g_autoptr(GArray) ids = NULL;
  guint n_total = 0;

  g_return_val_if_fail (VOC_IS_ENTITY_LIST (self), FALSE);

  /* What a worker may still be reading is older than what this reads. */
  cancel_refresh (self);

  if (!query_ids (self, &ids, &n_total, error))
    return FALSE;

  apply_ids (self, ids, n_total);
  return TRUE;
}

/**
 * voc_entity_list_queue_refresh:
 *
 * Reads the ids again as after a change: in a worker thread for a long list (the old ids
 * stay until the new ones arrive), at once for a short one.
 */
void
voc_entity_list_queue_refresh (VocEntityList *self)
{
  g_return_if_fail (VOC_IS_ENTITY_LIST (self));

  refresh (self);
}

/**
 * voc_entity_list_set_connection_setup:
 * @setup: (nullable): run on a worker's connection before it reads the ids
 *
 * For SQL that needs more than the schema, such as a function registered on the
 * application's connection.
 */
void
voc_entity_list_set_connection_setup (VocEntityList      *self,
                                      VocEntityListSetup  setup)
{
  g_return_if_fail (VOC_IS_ENTITY_LIST (self));

  self->setup = setup;
}

/**
 * voc_entity_list_set_async_min_rows:
 * @n_rows: from how many rows the ids are read in a worker; 0 for always, %G_MAXUINT for
 *   never
 *
 * For tests and benchmarks: the default is %VOC_ENTITY_LIST_ASYNC_MIN_ROWS.
 */
void
voc_entity_list_set_async_min_rows (VocEntityList *self,
                                    guint          n_rows)
{
  g_return_if_fail (VOC_IS_ENTITY_LIST (self));

  self->async_min_rows = n_rows;
}

/**
 * voc_entity_list_is_refreshing:
 *
 * Returns: whether a worker is reading the ids (or one more read is due after it)
 */
gboolean
voc_entity_list_is_refreshing (VocEntityList *self)
{
  g_return_val_if_fail (VOC_IS_ENTITY_LIST (self), FALSE);

  return self->refresh_cancellable != NULL || self->refresh_pending;
}

/**
 * voc_entity_list_get_n_refreshes:
 *
 * Returns: how many times the ids were read in a worker
 */
guint
voc_entity_list_get_n_refreshes (VocEntityList *self)
{
  g_return_val_if_fail (VOC_IS_ENTITY_LIST (self), 0);

  return self->n_refreshes;
}

/**
 * voc_entity_list_get_n_workers:
 *
 * Returns: how many worker reads, of any list, have not finished yet (cancelled ones
 *   included, until their worker stops)
 */
guint
voc_entity_list_get_n_workers (void)
{
  return (guint) g_atomic_int_get (&n_workers);
}
