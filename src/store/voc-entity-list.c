/* voc-entity-list.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-entity-list"

#include "config.h"

#include "voc-entity-list.h"
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
 * After each committed transaction it re-reads the ordered ids (one indexed query, not the
 * objects), refreshes the loaded entities whose rows changed in place (their properties
 * notify, so bound widgets update), and emits one items-changed for the range that differs:
 * exactly (position, 0, 1) for an insertion, (position, 1, 0) for a deletion, nothing for an
 * update that does not move the row.
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
};

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

  sqlite3_bind_text (stmt, 1, self->text_param, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, below);
  sqlite3_bind_int64 (stmt, 3, limit);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

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

  if (self->text_param != NULL)
    sqlite3_bind_text (stmt, 1, self->text_param, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

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

static void
on_rows_changed_cb (VocDatabase   *database,
                    const char    *table,
                    GArray        *changes,
                    VocEntityList *self)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  gboolean own_table = g_strcmp0 (table, self->table) == 0;
  guint n_total = 0;

  g_object_ref (self);

  for (guint i = 0; i < changes->len; i++)
    {
      VocRowChange *change = &g_array_index (changes, VocRowChange, i);

      if (!own_table)
        break;

      if (change->op == VOC_ROW_DELETED)
        {
          forget_object (self, change->id);
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

  if (query_ids (self, &ids, &n_total, &error))
    apply_ids (self, ids, n_total);
  else
    g_warning ("Cannot reload the list of %s: %s", self->table, error->message);

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

  if (!query_ids (self, &ids, &n_total, error))
    return FALSE;

  apply_ids (self, ids, n_total);
  return TRUE;
}
