/* voc-repository.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-repository"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "voc-date.h"
#include "voc-audit-entry.h"
#include "voc-enum-types.h"
#include "voc-repository.h"
#include "voc-store-private.h"

/*
 * The generic half of every repository: create, read, update, delete, list and search for
 * any entity type the repository's aggregate owns, driven by the entity's column description
 * (voc-entity.h). Each write is one transaction that also writes its audit_log row (actor,
 * action, entity, id, the row before and after as JSON); a refused write changes nothing and
 * is not audited.
 */

typedef struct
{
  VocDatabase   *database;
  VocAuditActor  actor;
} VocRepositoryPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (VocRepository, voc_repository, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_ACTOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GQuark types_quark;

/* Row mapping. */

static void
read_column (VocEntity       *entity,
             const VocColumn *column,
             sqlite3_stmt    *stmt,
             int              i)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (column->pspec);
  gboolean is_null = sqlite3_column_type (stmt, i) == SQLITE_NULL;
  GValue value = G_VALUE_INIT;

  g_value_init (&value, type);

  if (type == G_TYPE_STRING)
    {
      if (!is_null)
        g_value_set_string (&value, (const char *) sqlite3_column_text (stmt, i));
    }
  else if (type == G_TYPE_INT64)
    {
      if (is_null)
        g_value_set_int64 (&value, column->references != NULL ? 0 : -1);
      else
        g_value_set_int64 (&value, sqlite3_column_int64 (stmt, i));
    }
  else if (type == G_TYPE_DOUBLE)
    {
      g_value_set_double (&value, is_null ? -1.0 : sqlite3_column_double (stmt, i));
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      g_value_set_boolean (&value, sqlite3_column_int (stmt, i) != 0);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *enum_value = NULL;

      if (!is_null)
        enum_value = g_enum_get_value_by_nick (enum_class,
                                               (const char *) sqlite3_column_text (stmt, i));
      g_value_set_enum (&value, enum_value != NULL ? enum_value->value : 0);
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      if (!is_null)
        g_value_take_boxed (&value,
                            voc_date_time_from_iso8601 ((const char *) sqlite3_column_text (stmt, i)));
    }

  voc_entity_set_column_value (entity, column, &value);
  g_value_unset (&value);
}

void
voc_store_read_row (VocEntity    *entity,
                    sqlite3_stmt *stmt)
{
  VocEntityClass *klass = VOC_ENTITY_GET_CLASS (entity);
  int n = sqlite3_column_count (stmt);

  for (int i = 0; i < n; i++)
    {
      const VocColumn *column = voc_entity_class_find_column (klass, sqlite3_column_name (stmt, i));

      if (column != NULL)
        read_column (entity, column, stmt, i);
    }
}

static char *
select_by_id_sql (VocEntityClass *klass)
{
  return g_strdup_printf ("SELECT %s FROM %s WHERE t.id = ?1",
                          voc_entity_class_get_select_columns (klass),
                          voc_entity_class_get_from (klass));
}

static gboolean
load_into (VocDatabase  *database,
           VocEntity    *entity,
           gint64        id,
           GError      **error)
{
  g_autofree char *sql = select_by_id_sql (VOC_ENTITY_GET_CLASS (entity));
  sqlite3_stmt *stmt = voc_database_prepare (database, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      /* Notifications wait until the statement is reset: a handler may well read the same
       * table, through the same cached statement. */
      g_object_freeze_notify (G_OBJECT (entity));
      voc_store_read_row (entity, stmt);
      sqlite3_reset (stmt);
      g_object_thaw_notify (G_OBJECT (entity));
      return TRUE;
    }

  if (rc == SQLITE_DONE)
    g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND,
                 _("There is no %s with id %lld."),
                 voc_entity_get_table (entity), (long long) id);
  else
    voc_database_set_error (database, rc, error);

  sqlite3_reset (stmt);
  return FALSE;
}

gpointer
voc_store_load_entity (VocDatabase  *database,
                       GType         entity_type,
                       gint64        id,
                       GError      **error)
{
  g_autoptr(VocEntity) entity = g_object_new (entity_type, NULL);

  if (!load_into (database, entity, id, error))
    return NULL;

  return g_steal_pointer (&entity);
}

/* Steps @stmt, a prepared and bound query whose first column is an id, resets it and loads
 * the entity of each id in the order the query gave them. */
GPtrArray *
voc_store_load_entities (VocDatabase  *database,
                         GType         entity_type,
                         sqlite3_stmt *stmt,
                         GError      **error)
{
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return NULL;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      gpointer entity = voc_store_load_entity (database, entity_type,
                                               g_array_index (ids, gint64, i), error);

      if (entity == NULL)
        return NULL;
      g_ptr_array_add (entities, entity);
    }
  return g_steal_pointer (&entities);
}

gboolean
voc_store_refresh_entity (VocDatabase  *database,
                          VocEntity    *entity,
                          GError      **error)
{
  return load_into (database, entity, voc_entity_get_id (entity), error);
}

/* The entity as a JSON object, for the audit log. JSON columns are embedded as JSON. */
char *
voc_store_entity_to_json (VocEntity *entity)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GPtrArray *columns = voc_entity_class_get_columns (VOC_ENTITY_GET_CLASS (entity));

  json_builder_begin_object (builder);
  for (guint i = 0; i < columns->len; i++)
    {
      const VocColumn *c = g_ptr_array_index (columns, i);
      GType type = G_PARAM_SPEC_VALUE_TYPE (c->pspec);
      GValue value = G_VALUE_INIT;

      if (c->flags & VOC_COLUMN_TRANSIENT)
        continue;

      voc_entity_get_column_value (entity, c, &value);
      json_builder_set_member_name (builder, c->name);

      if (type == G_TYPE_STRING)
        {
          const char *text = g_value_get_string (&value);
          g_autoptr(JsonNode) node = NULL;

          if (text != NULL && (c->flags & VOC_COLUMN_JSON))
            node = json_from_string (text, NULL);
          if (node != NULL)
            json_builder_add_value (builder, g_steal_pointer (&node));
          else if (text != NULL)
            json_builder_add_string_value (builder, text);
          else
            json_builder_add_null_value (builder);
        }
      else if (type == G_TYPE_INT64)
        {
          gint64 n = g_value_get_int64 (&value);

          if ((c->references != NULL && n == 0) || ((c->flags & VOC_COLUMN_NULLABLE) && n == -1))
            json_builder_add_null_value (builder);
          else
            json_builder_add_int_value (builder, n);
        }
      else if (type == G_TYPE_DOUBLE)
        {
          double d = g_value_get_double (&value);

          if ((c->flags & VOC_COLUMN_NULLABLE) && d == -1.0)
            json_builder_add_null_value (builder);
          else
            json_builder_add_double_value (builder, d);
        }
      else if (type == G_TYPE_BOOLEAN)
        {
          json_builder_add_boolean_value (builder, g_value_get_boolean (&value));
        }
      else if (G_TYPE_IS_ENUM (type))
        {
          g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
          GEnumValue *ev = g_enum_get_value (enum_class, g_value_get_enum (&value));

          if (ev == NULL || ((c->flags & VOC_COLUMN_NULLABLE) && ev->value == 0))
            json_builder_add_null_value (builder);
          else
            json_builder_add_string_value (builder, ev->value_nick);
        }
      else if (type == G_TYPE_DATE_TIME)
        {
          GDateTime *dt = g_value_get_boxed (&value);

          if (dt != NULL)
            {
              g_autofree char *text = voc_date_time_to_iso8601 (dt);

              json_builder_add_string_value (builder, text);
            }
          else
            json_builder_add_null_value (builder);
        }

      g_value_unset (&value);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* Binding. */

static void
bind_column (sqlite3_stmt    *stmt,
             int              i,
             VocEntity       *entity,
             const VocColumn *c)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (c->pspec);
  GValue value = G_VALUE_INIT;

  voc_entity_get_column_value (entity, c, &value);

  if (type == G_TYPE_STRING)
    {
      const char *text = g_value_get_string (&value);

      if (text == NULL)
        sqlite3_bind_null (stmt, i);
      else
        sqlite3_bind_text (stmt, i, text, -1, SQLITE_TRANSIENT);
    }
  else if (type == G_TYPE_INT64)
    {
      gint64 n = g_value_get_int64 (&value);

      if ((c->references != NULL && n == 0) || ((c->flags & VOC_COLUMN_NULLABLE) && n == -1))
        sqlite3_bind_null (stmt, i);
      else
        sqlite3_bind_int64 (stmt, i, n);
    }
  else if (type == G_TYPE_DOUBLE)
    {
      double d = g_value_get_double (&value);

      if ((c->flags & VOC_COLUMN_NULLABLE) && d == -1.0)
        sqlite3_bind_null (stmt, i);
      else
        sqlite3_bind_double (stmt, i, d);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      sqlite3_bind_int (stmt, i, g_value_get_boolean (&value) ? 1 : 0);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *ev = g_enum_get_value (enum_class, g_value_get_enum (&value));

      if (ev == NULL || ((c->flags & VOC_COLUMN_NULLABLE) && ev->value == 0))
        sqlite3_bind_null (stmt, i);
      else
        sqlite3_bind_text (stmt, i, ev->value_nick, -1, SQLITE_STATIC);
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *dt = g_value_get_boxed (&value);

      if (dt == NULL)
        sqlite3_bind_null (stmt, i);
      else
        sqlite3_bind_text (stmt, i, voc_date_time_to_iso8601 (dt), -1, g_free);
    }

  g_value_unset (&value);
}

/* Checks that need the database or a JSON parser, after voc_entity_validate(). */
static gboolean
validate_for_store (VocRepository  *self,
                    VocEntity      *entity,
                    GError        **error)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);
  GPtrArray *columns = voc_entity_class_get_columns (VOC_ENTITY_GET_CLASS (entity));
  const char *table = voc_entity_get_table (entity);

  if (!voc_entity_validate (entity, error))
    return FALSE;

  for (guint i = 0; i < columns->len; i++)
    {
      const VocColumn *c = g_ptr_array_index (columns, i);
      GValue value = G_VALUE_INIT;

      if (c->flags & VOC_COLUMN_TRANSIENT)
        continue;

      if (c->flags & VOC_COLUMN_JSON)
        {
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_autoptr(GError) json_error = NULL;
          const char *text;

          voc_entity_get_column_value (entity, c, &value);
          text = g_value_get_string (&value);
          if (text != NULL && !json_parser_load_from_data (parser, text, -1, &json_error))
            {
              g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                           "%s.%s: %s: %s", table, c->name, _("not valid JSON"),
                           json_error->message);
              g_value_unset (&value);
              return FALSE;
            }
          g_value_unset (&value);
        }
      else if (c->references != NULL)
        {
          g_autofree char *sql = NULL;
          sqlite3_stmt *stmt;
          gint64 id;
          int rc;

          voc_entity_get_column_value (entity, c, &value);
          id = g_value_get_int64 (&value);
          g_value_unset (&value);
          if (id == 0)
            continue;

          sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", c->references);
          stmt = voc_database_prepare (priv->database, sql, error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          rc = sqlite3_step (stmt);
          sqlite3_reset (stmt);
          if (rc != SQLITE_ROW)
            {
              g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                           _("%s.%s: there is no %s with id %lld"),
                           table, c->name, c->references, (long long) id);
              return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
write_audit (VocRepository   *self,
             VocAuditAction   action,
             VocEntity       *entity,
             const char      *before,
             const char      *after,
             GError         **error)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GEnumClass) actor_class = g_type_class_ref (VOC_TYPE_AUDIT_ACTOR);
  g_autoptr(GEnumClass) action_class = g_type_class_ref (VOC_TYPE_AUDIT_ACTION);
  g_autofree char *stamp = voc_date_time_to_iso8601 (now);
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt;

  stmt = voc_database_prepare (priv->database,
                               "INSERT INTO audit_log (uuid, created_at, updated_at, actor, "
                               "action, entity, entity_id, before, after) "
                               "VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, stamp, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, g_enum_get_value (actor_class, priv->actor)->value_nick, -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, g_enum_get_value (action_class, action)->value_nick, -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, voc_entity_get_table (entity), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, voc_entity_get_id (entity));
  if (before != NULL)
    sqlite3_bind_text (stmt, 7, before, -1, SQLITE_STATIC);
  if (after != NULL)
    sqlite3_bind_text (stmt, 8, after, -1, SQLITE_STATIC);

  return voc_database_step_done (priv->database, stmt, error);
}

static gboolean
check_type (VocRepository  *self,
            gpointer        entity,
            GError        **error)
{
  if (!VOC_IS_ENTITY (entity))
    {
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_FAILED, "not an entity");
      return FALSE;
    }

  if (!voc_repository_owns_type (self, G_OBJECT_TYPE (entity)))
    {
      g_critical ("%s does not store %s", G_OBJECT_TYPE_NAME (self), G_OBJECT_TYPE_NAME (entity));
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_FAILED,
                   "%s does not store %s", G_OBJECT_TYPE_NAME (self),
                   G_OBJECT_TYPE_NAME (entity));
      return FALSE;
    }

  if (G_OBJECT_TYPE (entity) == VOC_TYPE_AUDIT_ENTRY)
    {
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_FAILED,
                   _("The audit log is written by the store only."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
insert_row (VocRepository  *self,
            VocEntity      *entity,
            GError        **error)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);
  GPtrArray *columns = voc_entity_class_get_columns (VOC_ENTITY_GET_CLASS (entity));
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) params = g_string_new (NULL);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int n = 0;

  for (guint i = 0; i < columns->len; i++)
    {
      const VocColumn *c = g_ptr_array_index (columns, i);

      if ((c->flags & VOC_COLUMN_TRANSIENT) ||
          (g_str_equal (c->name, "id") && voc_entity_get_id (entity) == 0))
        continue;

      g_string_append_printf (names, "%s%s", n > 0 ? ", " : "", c->name);
      g_string_append_printf (params, "%s?%d", n > 0 ? ", " : "", n + 1);
      n++;
    }

  sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)",
                         voc_entity_get_table (entity), names->str, params->str);
  stmt = voc_database_prepare (priv->database, sql, error);
  if (stmt == NULL)
    return FALSE;

  n = 0;
  for (guint i = 0; i < columns->len; i++)
    {
      const VocColumn *c = g_ptr_array_index (columns, i);

      if ((c->flags & VOC_COLUMN_TRANSIENT) ||
          (g_str_equal (c->name, "id") && voc_entity_get_id (entity) == 0))
        continue;

      bind_column (stmt, ++n, entity, c);
    }

  if (!voc_database_step_done (priv->database, stmt, error))
    return FALSE;

  voc_entity_set_id (entity,
                     sqlite3_last_insert_rowid (voc_database_get_handle (priv->database)));
  return TRUE;
}

static gboolean
update_row (VocRepository  *self,
            VocEntity      *entity,
            GError        **error)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);
  GPtrArray *columns = voc_entity_class_get_columns (VOC_ENTITY_GET_CLASS (entity));
  g_autoptr(GString) sets = g_string_new (NULL);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int n = 0;

  for (guint i = 0; i < columns->len; i++)
    {
      const VocColumn *c = g_ptr_array_index (columns, i);

      if ((c->flags & VOC_COLUMN_TRANSIENT) || g_str_equal (c->name, "id") ||
          g_str_equal (c->name, "created_at"))
        continue;

      g_string_append_printf (sets, "%s%s = ?%d", n > 0 ? ", " : "", c->name, n + 1);
      n++;
    }

  sql = g_strdup_printf ("UPDATE %s SET %s WHERE id = ?%d",
                         voc_entity_get_table (entity), sets->str, n + 1);
  stmt = voc_database_prepare (priv->database, sql, error);
  if (stmt == NULL)
    return FALSE;

  n = 0;
  for (guint i = 0; i < columns->len; i++)
    {
      const VocColumn *c = g_ptr_array_index (columns, i);

      if ((c->flags & VOC_COLUMN_TRANSIENT) || g_str_equal (c->name, "id") ||
          g_str_equal (c->name, "created_at"))
        continue;

      bind_column (stmt, ++n, entity, c);
    }
  sqlite3_bind_int64 (stmt, n + 1, voc_entity_get_id (entity));

  return voc_database_step_done (priv->database, stmt, error);
}

/* Keeps what a failed write would otherwise leave behind on the caller's object. */
typedef struct
{
  gint64     id;
  char      *uuid;
  GDateTime *created_at;
  GDateTime *updated_at;
} Identity;

static void
identity_save (Identity  *identity,
               VocEntity *entity)
{
  GDateTime *created = voc_entity_get_created_at (entity);
  GDateTime *updated = voc_entity_get_updated_at (entity);

  identity->id = voc_entity_get_id (entity);
  identity->uuid = g_strdup (voc_entity_get_uuid (entity));
  identity->created_at = created != NULL ? g_date_time_ref (created) : NULL;
  identity->updated_at = updated != NULL ? g_date_time_ref (updated) : NULL;
}

static void
identity_restore (Identity  *identity,
                  VocEntity *entity)
{
  g_object_freeze_notify (G_OBJECT (entity));
  voc_entity_set_id (entity, identity->id);
  voc_entity_set_uuid (entity, identity->uuid);
  voc_entity_set_created_at (entity, identity->created_at);
  voc_entity_set_updated_at (entity, identity->updated_at);
  g_object_thaw_notify (G_OBJECT (entity));
}

static void
identity_clear (Identity *identity)
{
  g_clear_pointer (&identity->uuid, g_free);
  g_clear_pointer (&identity->created_at, g_date_time_unref);
  g_clear_pointer (&identity->updated_at, g_date_time_unref);
}

static gboolean
finish_write (VocRepository  *self,
              gboolean        ok,
              GError        **error)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);

  if (ok && voc_database_commit (priv->database, error))
    return TRUE;

  voc_database_rollback (priv->database);
  return FALSE;
}

/* The common end of an insert or an update: write the row, audit it with the row before
 * (NULL for an insert) and after, commit, and on failure put the caller's object back as it
 * was. Notifications frozen by the caller are thawed here. */
static gboolean
write_and_audit (VocRepository   *self,
                 VocEntity       *entity,
                 gboolean       (*write_row) (VocRepository *, VocEntity *, GError **),
                 VocAuditAction   action,
                 const char      *before,
                 Identity        *identity,
                 GError         **error)
{
  g_autofree char *after = NULL;
  gboolean ok;

  ok = write_row (self, entity, error);
  if (ok)
    {
      after = voc_store_entity_to_json (entity);
      ok = write_audit (self, action, entity, before, after, error);
    }
  ok = finish_write (self, ok, error);
  if (!ok)
    identity_restore (identity, entity);
  g_object_thaw_notify (G_OBJECT (entity));

  identity_clear (identity);
  return ok;
}

/**
 * voc_repository_insert:
 * @entity: (type VocEntity): a new entity; its id, uuid (if unset) and timestamps are set
 *
 * Validates and stores a new entity in one transaction with its audit row.
 *
 * Returns: %FALSE with an error naming the field (%VOC_ENTITY_ERROR) or the database problem
 *   (%VOC_DATABASE_ERROR); then nothing was written and @entity is unchanged
 */
gboolean
voc_repository_insert (VocRepository  *self,
                       gpointer        entity,
                       GError        **error)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);
  g_autoptr(GDateTime) now = NULL;
  Identity identity = { 0 };

  g_return_val_if_fail (VOC_IS_REPOSITORY (self), FALSE);

  if (!check_type (self, entity, error) ||
      !validate_for_store (self, entity, error))
    return FALSE;

  if (!voc_database_begin (priv->database, error))
    return FALSE;

  identity_save (&identity, entity);
  now = voc_date_time_now_utc ();
  g_object_freeze_notify (G_OBJECT (entity));
  if (voc_entity_get_uuid (entity) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      voc_entity_set_uuid (entity, uuid);
    }
  voc_entity_set_created_at (entity, now);
  voc_entity_set_updated_at (entity, now);

  return write_and_audit (self, entity, insert_row, VOC_AUDIT_ACTION_CREATE, NULL, &identity,
                          error);
}

/**
 * voc_repository_update:
 * @entity: (type VocEntity): a stored entity with changed values
 *
 * Stores the entity's values in one transaction with its audit row (before and after).
 */
gboolean
voc_repository_update (VocRepository  *self,
                       gpointer        entity,
                       GError        **error)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);
  g_autoptr(VocEntity) current = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *before = NULL;
  Identity identity = { 0 };

  g_return_val_if_fail (VOC_IS_REPOSITORY (self), FALSE);

  if (!check_type (self, entity, error) ||
      !validate_for_store (self, entity, error))
    return FALSE;

  if (!voc_database_begin (priv->database, error))
    return FALSE;

  current = voc_store_load_entity (priv->database, G_OBJECT_TYPE (entity),
                                   voc_entity_get_id (entity), error);
  if (current == NULL)
    return finish_write (self, FALSE, NULL);

  identity_save (&identity, entity);
  now = voc_date_time_now_utc ();
  g_object_freeze_notify (G_OBJECT (entity));
  voc_entity_set_updated_at (entity, now);

  before = voc_store_entity_to_json (current);

  return write_and_audit (self, entity, update_row, VOC_AUDIT_ACTION_UPDATE, before, &identity,
                          error);
}

/**
 * voc_repository_delete:
 * @entity: (type VocEntity): a stored entity
 *
 * Deletes the entity (its dependent rows follow by CASCADE or SET NULL) in one transaction
 * with its audit row. An entity with a `deleted_at` column (a contact) is only marked
 * deleted: its row stays, out of lists and search.
 */
gboolean
voc_repository_delete (VocRepository  *self,
                       gpointer        entity,
                       GError        **error)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);
  const VocColumn *deleted_at;
  g_autoptr(VocEntity) current = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gboolean ok;

  g_return_val_if_fail (VOC_IS_REPOSITORY (self), FALSE);

  if (!check_type (self, entity, error))
    return FALSE;

  if (!voc_database_begin (priv->database, error))
    return FALSE;

  current = voc_store_load_entity (priv->database, G_OBJECT_TYPE (entity),
                                   voc_entity_get_id (entity), error);
  if (current == NULL)
    return finish_write (self, FALSE, NULL);

  before = voc_store_entity_to_json (current);
  deleted_at = voc_entity_class_find_column (VOC_ENTITY_GET_CLASS (entity), "deleted_at");

  if (deleted_at != NULL)
    {
      g_autoptr(GDateTime) now = voc_date_time_now_utc ();
      GValue value = G_VALUE_INIT;

      g_value_init (&value, G_TYPE_DATE_TIME);
      g_value_set_boxed (&value, now);
      voc_entity_set_column_value (current, deleted_at, &value);
      voc_entity_set_updated_at (current, now);
      g_value_unset (&value);

      ok = update_row (self, current, error);
      if (ok)
        after = voc_store_entity_to_json (current);
    }
  else
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1",
                                              voc_entity_get_table (entity));
      sqlite3_stmt *stmt = voc_database_prepare (priv->database, sql, error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, voc_entity_get_id (entity));
          ok = voc_database_step_done (priv->database, stmt, error);
        }
    }

  if (ok)
    ok = write_audit (self, VOC_AUDIT_ACTION_DELETE, entity, before, after, error);

  ok = finish_write (self, ok, error);
  if (ok && deleted_at != NULL)
    voc_entity_assign (entity, current);

  return ok;
}

/**
 * voc_repository_find:
 *
 * Returns: (transfer full) (type VocEntity): the entity, or %NULL with
 *   %VOC_DATABASE_ERROR_NOT_FOUND
 */
gpointer
voc_repository_find (VocRepository  *self,
                     GType           entity_type,
                     gint64          id,
                     GError        **error)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);

  g_return_val_if_fail (VOC_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (voc_repository_owns_type (self, entity_type), NULL);

  return voc_store_load_entity (priv->database, entity_type, id, error);
}

static const char *
live_condition (GType entity_type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (entity_type);

  if (voc_entity_class_find_column (VOC_ENTITY_CLASS (klass), "deleted_at") != NULL)
    return "t.deleted_at IS NULL";

  return NULL;
}

/**
 * voc_repository_list_where:
 * @where: (nullable): an SQL condition over the table aliased `t`; `?1` is @text_param
 * @order_by: (nullable): an SQL ordering over `t`
 *
 * Returns: (transfer full): a live list; soft-deleted rows are left out
 */
VocEntityList *
voc_repository_list_where (VocRepository *self,
                           GType          entity_type,
                           const char    *where,
                           const char    *order_by,
                           const char    *text_param)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);
  const char *live = live_condition (entity_type);
  g_autofree char *condition = NULL;
  g_autoptr(GTypeClass) klass = NULL;
  VocEntityList *list;

  g_return_val_if_fail (VOC_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (voc_repository_owns_type (self, entity_type), NULL);

  if (live != NULL && where != NULL)
    condition = g_strdup_printf ("(%s) AND %s", where, live);
  else
    condition = g_strdup (where != NULL ? where : live);

  list = voc_entity_list_new (priv->database, entity_type, condition, order_by, text_param);

  /* Entities that read a joined name follow writes to the joined tables. */
  klass = g_type_class_ref (entity_type);
  if (voc_entity_class_find_column (VOC_ENTITY_CLASS (klass), "company_name") != NULL)
    voc_entity_list_watch_table (list, "company");
  if (voc_entity_class_find_column (VOC_ENTITY_CLASS (klass), "posting_title") != NULL)
    voc_entity_list_watch_table (list, "job_posting");

  return list;
}

VocEntityList *
voc_repository_list (VocRepository *self,
                     GType          entity_type,
                     const char    *order_by)
{
  return voc_repository_list_where (self, entity_type, NULL, order_by, NULL);
}

/* The length, in characters, of the last run of letters and digits in @word: the last token
 * the full-text tokenizer makes of it ("c++" ends with "c", "node.js" with "js"). */
static glong
last_token_length (const char *word)
{
  glong length = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      if (g_unichar_isalnum (c))
        length++;
      else
        length = 0;
    }

  return length;
}

static char *
build_fts_query (const char  *text,
                 gboolean     last_as_prefix,
                 char       **last_phrase)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) query = g_string_new (NULL);
  const char *last = NULL;
  gsize last_start = 0;

  if (text == NULL)
    return NULL;

  words = g_strsplit_set (text, " \t\n\r", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = NULL;
      g_auto(GStrv) parts = NULL;

      if (*words[i] == '\0')
        continue;

      parts = g_strsplit (words[i], "\"", -1);
      escaped = g_strjoinv ("\"\"", parts);
      if (query->len > 0)
        g_string_append_c (query, ' ');
      last_start = query->len;
      g_string_append_printf (query, "\"%s\"", escaped);
      last = words[i];
    }

  if (query->len == 0)
    return NULL;

  if (last_phrase != NULL)
    *last_phrase = g_strdup (query->str + last_start);

  if (last_as_prefix && last_token_length (last) >= 3)
    g_string_append_c (query, '*');
  return g_string_free (g_steal_pointer (&query), FALSE);
}

/* Turns what a person types into an FTS5 query: every word must appear, the last one as a
 * prefix (the user is still typing it); quotes make FTS5 syntax characters in the text
 * harmless.
 *
 * A last word of one or two letters is matched as a whole word, not as a prefix: "p*" is
 * every word that starts with p, and merging their lists took 100–450 ms over 100,000
 * postings, for results nobody reads. Short words people search for whole ("go", "qa",
 * "c++", "ux") still match. */
char *
voc_store_fts_query (const char *text)
{
  return build_fts_query (text, TRUE, NULL);
}

/**
 * voc_store_fts_query_for:
 * @handle: a connection, of any thread
 * @fts: the full-text table the query is for
 * @text: what the user typed
 *
 * Like voc_store_fts_query(), except that a last word which, whole, is already in more than
 * VOC_STORE_RANK_LIMIT rows is taken whole: "engineer" does not also look for "engineers"
 * and "engineering". FTS5 merges the lists of every word a prefix matches before it returns
 * a row, and for a common word at 100,000 postings that took 20–70 ms, against 2–3 ms for the
 * word alone; the search matches thousands of rows either way. Counting the whole word's
 * rows up to the limit stops early and costs a fraction of a millisecond.
 *
 * Returns: (transfer full) (nullable): the query, %NULL when @text has no words
 */
char *
voc_store_fts_query_for (sqlite3    *handle,
                         const char *fts,
                         const char *text)
{
  g_autofree char *last = NULL;
  g_autofree char *query = build_fts_query (text, TRUE, &last);
  g_autoptr(GError) error = NULL;
  gint64 n;

  if (query == NULL || !g_str_has_suffix (query, "*"))
    return g_steal_pointer (&query);

  n = voc_store_fts_count_matches (handle, fts, last, VOC_STORE_RANK_LIMIT, &error);
  if (n < 0)
    g_debug ("%s", error->message);
  if (n <= VOC_STORE_RANK_LIMIT)
    return g_steal_pointer (&query);

  return build_fts_query (text, FALSE, NULL);
}

/**
 * voc_store_fts_count_matches:
 * @handle: a connection, of any thread
 * @fts: the full-text table
 * @query: an FTS5 query (voc_store_fts_query())
 * @limit: where to stop counting
 *
 * Counts the rows that match, up to @limit + 1: to decide whether ranking them is cheap
 * (bm25 is computed for every match before the first one is known, about 2 µs each) without
 * paying for a count of all of them.
 *
 * Returns: the number of matches, at most @limit + 1; -1 with @error set
 */
gint64
voc_store_fts_count_matches (sqlite3     *handle,
                             const char  *fts,
                             const char  *query,
                             gint64       limit,
                             GError     **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;
  int rc;

  sql = g_strdup_printf ("SELECT count(*) FROM (SELECT rowid FROM %s WHERE %s MATCH ?1 "
                         "LIMIT ?2)", fts, fts);
  rc = sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, query, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, limit + 1);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        n = sqlite3_column_int64 (stmt, 0);
    }

  if (n < 0)
    g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_FAILED,
                 _("Cannot search %s for “%s”: %s"), fts, query, sqlite3_errmsg (handle));

  sqlite3_finalize (stmt);
  return n;
}

static const char *
fts_table (const char *table)
{
  static const char *indexed[] = { "job_posting", "company", "contact", "bullet", "document" };

  for (guint i = 0; i < G_N_ELEMENTS (indexed); i++)
    if (g_str_equal (table, indexed[i]))
      return indexed[i];

  return NULL;
}

/**
 * voc_repository_search:
 * @text: what the user typed
 *
 * Searches postings, companies, contacts, bullets and documents through their full-text
 * index, best match first; other entities by a substring of their required text columns.
 *
 * Returns: (transfer full): a live list of the matches
 */
VocEntityList *
voc_repository_search (VocRepository *self,
                       GType          entity_type,
                       const char    *text)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);
  g_autoptr(GTypeClass) klass = NULL;
  const char *table;
  const char *fts;
  const char *live;

  g_return_val_if_fail (VOC_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (voc_repository_owns_type (self, entity_type), NULL);

  klass = g_type_class_ref (entity_type);
  table = voc_entity_class_get_table (VOC_ENTITY_CLASS (klass));
  fts = fts_table (table);
  live = live_condition (entity_type);

  if (fts != NULL)
    {
      g_autofree char *fts_name = g_strdup_printf ("%s_fts", fts);
      g_autofree char *query = NULL;
      g_autofree char *sql = NULL;
      g_autoptr(GError) error = NULL;
      gint64 n;

      query = voc_store_fts_query_for (voc_database_get_handle (priv->database), fts_name, text);
      if (query == NULL)
        return voc_repository_list (self, entity_type, NULL);

      /* Best match first when there are few enough matches to rank them quickly; otherwise
       * the most recently added first, straight from the index in rowid order. Only the
       * soft-deleted rows need the entity's table. */
      n = voc_store_fts_count_matches (voc_database_get_handle (priv->database), fts_name,
                                       query, VOC_STORE_RANK_LIMIT, &error);
      if (n < 0)
        g_warning ("%s", error->message);

      if (live != NULL)
        sql = g_strdup_printf ("SELECT m.rowid FROM (SELECT rowid, rank FROM %s WHERE %s "
                               "MATCH ?1) m JOIN %s t ON t.id = m.rowid WHERE %s ORDER BY %s",
                               fts_name, fts_name, table, live,
                               n <= VOC_STORE_RANK_LIMIT ? "m.rank, m.rowid DESC"
                                                         : "m.rowid DESC");
      else
        sql = g_strdup_printf ("SELECT rowid FROM %s WHERE %s MATCH ?1 ORDER BY %s",
                               fts_name, fts_name,
                               n <= VOC_STORE_RANK_LIMIT ? "rank, rowid DESC" : "rowid DESC");
      return voc_entity_list_new_for_sql (priv->database, entity_type, sql, query);
    }
  else
    {
      GPtrArray *columns = voc_entity_class_get_columns (VOC_ENTITY_CLASS (klass));
      g_autoptr(GString) where = g_string_new (NULL);
      g_autoptr(GString) pattern = g_string_new ("%");

      for (const char *p = text != NULL ? text : ""; *p; p++)
        {
          if (*p == '%' || *p == '_' || *p == '\\')
            g_string_append_c (pattern, '\\');
          g_string_append_c (pattern, *p);
        }
      g_string_append_c (pattern, '%');

      for (guint i = 0; i < columns->len; i++)
        {
          const VocColumn *c = g_ptr_array_index (columns, i);

          if (G_PARAM_SPEC_VALUE_TYPE (c->pspec) != G_TYPE_STRING ||
              !(c->flags & VOC_COLUMN_REQUIRED))
            continue;
          g_string_append_printf (where, "%st.%s LIKE ?1 ESCAPE '\\'",
                                  where->len > 0 ? " OR " : "", c->name);
        }

      if (where->len == 0)
        g_string_append (where, "0");

      return voc_repository_list_where (self, entity_type, where->str, NULL, pattern->str);
    }
}

gint64
voc_repository_count (VocRepository  *self,
                      GType           entity_type,
                      GError        **error)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);
  g_autoptr(GTypeClass) klass = NULL;

  g_return_val_if_fail (VOC_IS_REPOSITORY (self), -1);

  klass = g_type_class_ref (entity_type);
  return voc_database_count (priv->database,
                             voc_entity_class_get_table (VOC_ENTITY_CLASS (klass)), error);
}

static void
voc_repository_dispose (GObject *object)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (VOC_REPOSITORY (object));

  g_clear_object (&priv->database);

  G_OBJECT_CLASS (voc_repository_parent_class)->dispose (object);
}

static void
voc_repository_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (VOC_REPOSITORY (object));

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, priv->database);
      break;

    case PROP_ACTOR:
      g_value_set_enum (value, priv->actor);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_repository_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VocRepository *self = VOC_REPOSITORY (object);
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_DATABASE:
      priv->database = g_value_dup_object (value);
      break;

    case PROP_ACTOR:
      voc_repository_set_actor (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_repository_class_init (VocRepositoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  types_quark = g_quark_from_static_string ("voc-repository-types");

  object_class->dispose = voc_repository_dispose;
  object_class->get_property = voc_repository_get_property;
  object_class->set_property = voc_repository_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, VOC_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTOR] =
    g_param_spec_enum ("actor", NULL, NULL, VOC_TYPE_AUDIT_ACTOR, VOC_AUDIT_ACTOR_USER,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
voc_repository_init (VocRepository *self)
{
}

/**
 * voc_repository_class_add_type:
 *
 * Declares that a repository class stores @entity_type (part of its aggregate).
 */
void
voc_repository_class_add_type (VocRepositoryClass *klass,
                               GType               entity_type)
{
  GType type = G_TYPE_FROM_CLASS (klass);
  GArray *types = g_type_get_qdata (type, types_quark);

  if (types == NULL)
    {
      types = g_array_new (FALSE, FALSE, sizeof (GType));
      g_type_set_qdata (type, types_quark, types);
    }

  /* Make sure the entity class, with its columns, exists before anyone lists it. */
  g_type_class_ref (entity_type);
  g_array_append_val (types, entity_type);
}

gboolean
voc_repository_owns_type (VocRepository *self,
                          GType          entity_type)
{
  GArray *types;

  g_return_val_if_fail (VOC_IS_REPOSITORY (self), FALSE);

  types = g_type_get_qdata (G_OBJECT_TYPE (self), types_quark);
  if (types == NULL)
    return FALSE;

  for (guint i = 0; i < types->len; i++)
    if (g_array_index (types, GType, i) == entity_type)
      return TRUE;

  return FALSE;
}

VocDatabase *
voc_repository_get_database (VocRepository *self)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);

  g_return_val_if_fail (VOC_IS_REPOSITORY (self), NULL);

  return priv->database;
}

VocAuditActor
voc_repository_get_actor (VocRepository *self)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);

  g_return_val_if_fail (VOC_IS_REPOSITORY (self), VOC_AUDIT_ACTOR_USER);

  return priv->actor;
}

void
voc_repository_set_actor (VocRepository *self,
                          VocAuditActor  actor)
{
  VocRepositoryPrivate *priv = voc_repository_get_instance_private (self);

  g_return_if_fail (VOC_IS_REPOSITORY (self));

  if (priv->actor != actor)
    {
      priv->actor = actor;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR]);
    }
}
