/* voc-entity.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-entity"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "voc-date.h"
#include "voc-entity.h"

/*
 * Every entity is a GObject with one property per column of its table. Instead of a
 * get_property/set_property switch in each of the thirty-odd entity classes, a class
 * describes its columns once (name, struct offset, flags, range) and this base class reads,
 * writes, compares, copies, validates and frees the fields from that description. The store
 * uses the same description to map rows, so a column exists in exactly one place in C.
 */

typedef struct
{
  gint64     id;
  char      *uuid;
  GDateTime *created_at;
  GDateTime *updated_at;
} VocEntityPrivate;

typedef struct
{
  const char *table;
  const char *select_columns;
  const char *from;
  GPtrArray  *columns;   /* VocColumn*, inherited ones first */
  GHashTable *by_name;   /* column name → VocColumn* */
  guint       next_prop_id;
} ClassData;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (VocEntity, voc_entity, G_TYPE_OBJECT)

static GQuark class_data_quark;
static GQuark column_quark;

G_DEFINE_QUARK (voc-entity-error-quark, voc_entity_error)

static ClassData *
get_class_data (GType type)
{
  ClassData *data = g_type_get_qdata (type, class_data_quark);

  if (data == NULL)
    {
      GType parent = g_type_parent (type);
      ClassData *parent_data = NULL;

      if (g_type_is_a (parent, VOC_TYPE_ENTITY))
        parent_data = get_class_data (parent);

      data = g_new0 (ClassData, 1);
      data->columns = g_ptr_array_new ();
      data->by_name = g_hash_table_new (g_str_hash, g_str_equal);
      data->next_prop_id = 1;

      if (parent_data != NULL)
        {
          data->table = parent_data->table;
          data->select_columns = parent_data->select_columns;
          data->from = parent_data->from;

          for (guint i = 0; i < parent_data->columns->len; i++)
            {
              VocColumn *column = g_ptr_array_index (parent_data->columns, i);

              g_ptr_array_add (data->columns, column);
              g_hash_table_insert (data->by_name, (gpointer) column->name, column);
            }
        }

      g_type_set_qdata (type, class_data_quark, data);
    }

  return data;
}

static inline gpointer
field_address (VocEntity       *self,
               const VocColumn *column)
{
  guint8 *base;

  if (column->in_private)
    base = (guint8 *) voc_entity_get_instance_private (self);
  else
    base = (guint8 *) self;

  return base + column->offset;
}

static inline const VocColumn *
column_for_pspec (GParamSpec *pspec)
{
  return g_param_spec_get_qdata (pspec, column_quark);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

/* Compares, assigns and reports whether the field changed: the setter's three steps. */
static gboolean
store_value (VocEntity       *self,
             const VocColumn *column,
             const GValue    *value)
{
  gpointer field = field_address (self, column);
  GType type = G_PARAM_SPEC_VALUE_TYPE (column->pspec);

  if (type == G_TYPE_STRING)
    {
      char **str = field;
      const char *new_value = g_value_get_string (value);

      if (g_strcmp0 (*str, new_value) == 0)
        return FALSE;
      g_free (*str);
      *str = g_strdup (new_value);
      return TRUE;
    }
  else if (type == G_TYPE_INT64)
    {
      gint64 *i = field;
      gint64 new_value = g_value_get_int64 (value);

      if (*i == new_value)
        return FALSE;
      *i = new_value;
      return TRUE;
    }
  else if (type == G_TYPE_DOUBLE)
    {
      double *d = field;
      double new_value = g_value_get_double (value);

      if (*d == new_value)
        return FALSE;
      *d = new_value;
      return TRUE;
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      gboolean *b = field;
      gboolean new_value = !!g_value_get_boolean (value);

      if (*b == new_value)
        return FALSE;
      *b = new_value;
      return TRUE;
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      int *e = field;
      int new_value = g_value_get_enum (value);

      if (*e == new_value)
        return FALSE;
      *e = new_value;
      return TRUE;
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      GDateTime **dt = field;
      GDateTime *new_value = g_value_get_boxed (value);

      if (*dt == new_value ||
          (*dt != NULL && new_value != NULL && g_date_time_equal (*dt, new_value)))
        return FALSE;
      g_clear_pointer (dt, g_date_time_unref);
      if (new_value != NULL)
        *dt = g_date_time_ref (new_value);
      return TRUE;
    }

  g_return_val_if_reached (FALSE);
}

static void
voc_entity_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  const VocColumn *column = column_for_pspec (pspec);

  if (column == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  voc_entity_get_column_value (VOC_ENTITY (object), column, value);
}

static void
voc_entity_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  const VocColumn *column = column_for_pspec (pspec);

  if (column == NULL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (store_value (VOC_ENTITY (object), column, value))
    g_object_notify_by_pspec (object, pspec);
}

static void
voc_entity_finalize (GObject *object)
{
  VocEntity *self = VOC_ENTITY (object);
  ClassData *data = get_class_data (G_OBJECT_TYPE (object));

  for (guint i = 0; i < data->columns->len; i++)
    {
      const VocColumn *column = g_ptr_array_index (data->columns, i);
      GType type = G_PARAM_SPEC_VALUE_TYPE (column->pspec);
      gpointer field = field_address (self, column);

      if (type == G_TYPE_STRING)
        g_clear_pointer ((char **) field, g_free);
      else if (type == G_TYPE_DATE_TIME)
        g_clear_pointer ((GDateTime **) field, g_date_time_unref);
    }

  G_OBJECT_CLASS (voc_entity_parent_class)->finalize (object);
}

/* Defaults of numbers and enums are set field by field once the instance exists: GObject
 * applies a pspec's default only to construct properties, and entities have none. The
 * constructed vfunc is the first place where the instance's own class, with all its columns,
 * is known. */
static void
voc_entity_constructed (GObject *object)
{
  ClassData *data = get_class_data (G_OBJECT_TYPE (object));

  G_OBJECT_CLASS (voc_entity_parent_class)->constructed (object);

  for (guint i = 0; i < data->columns->len; i++)
    {
      const VocColumn *column = g_ptr_array_index (data->columns, i);
      GType type = G_PARAM_SPEC_VALUE_TYPE (column->pspec);
      GValue value = G_VALUE_INIT;

      if (type == G_TYPE_STRING || type == G_TYPE_DATE_TIME)
        continue;

      g_value_init (&value, type);
      g_param_value_set_default (column->pspec, &value);
      store_value (VOC_ENTITY (object), column, &value);
      g_value_unset (&value);
    }
}

static VocColumn *
add_column (VocEntityClass *klass,
            GParamSpec     *pspec,
            const char     *name,
            gsize           offset,
            gboolean        in_private,
            VocColumnFlags  flags)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ClassData *data = get_class_data (G_TYPE_FROM_CLASS (klass));
  VocColumn *column;

  g_assert (g_hash_table_lookup (data->by_name, name) == NULL);

  column = g_new0 (VocColumn, 1);
  column->pspec = pspec;
  column->name = g_intern_string (name);
  column->offset = offset;
  column->in_private = in_private;
  column->flags = flags;
  column->min = G_MININT64;
  column->max = G_MAXINT64;

  g_param_spec_set_qdata (pspec, column_quark, column);

  object_class->get_property = voc_entity_get_property;
  object_class->set_property = voc_entity_set_property;
  g_object_class_install_property (object_class, data->next_prop_id++, pspec);

  g_ptr_array_add (data->columns, column);
  g_hash_table_insert (data->by_name, (gpointer) column->name, column);

  return column;
}

static char *
property_name (const char *column)
{
  return g_strdelimit (g_strdup (column), "_", '-');
}

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static GParamSpec *
make_pspec_string (const char *column)
{
  g_autofree char *name = property_name (column);

  return g_param_spec_string (g_intern_string (name), NULL, NULL, NULL, PARAM_FLAGS);
}

static void
voc_entity_class_init (VocEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  VocColumn *column;

  class_data_quark = g_quark_from_static_string ("voc-entity-class-data");
  column_quark = g_quark_from_static_string ("voc-entity-column");

  object_class->constructed = voc_entity_constructed;
  object_class->finalize = voc_entity_finalize;

  column = add_column (klass,
                       g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, PARAM_FLAGS),
                       "id", G_STRUCT_OFFSET (VocEntityPrivate, id), TRUE, VOC_COLUMN_DEFAULT);
  column->min = 0;
  add_column (klass, make_pspec_string ("uuid"), "uuid",
              G_STRUCT_OFFSET (VocEntityPrivate, uuid), TRUE, VOC_COLUMN_DEFAULT);
  add_column (klass,
              g_param_spec_boxed ("created-at", NULL, NULL, G_TYPE_DATE_TIME, PARAM_FLAGS),
              "created_at", G_STRUCT_OFFSET (VocEntityPrivate, created_at), TRUE,
              VOC_COLUMN_DEFAULT);
  add_column (klass,
              g_param_spec_boxed ("updated-at", NULL, NULL, G_TYPE_DATE_TIME, PARAM_FLAGS),
              "updated_at", G_STRUCT_OFFSET (VocEntityPrivate, updated_at), TRUE,
              VOC_COLUMN_DEFAULT);
}

static void
voc_entity_init (VocEntity *self)
{
}

/**
 * voc_entity_class_set_table:
 *
 * Names the table of an entity class. Call it first in `class_init`.
 */
void
voc_entity_class_set_table (VocEntityClass *klass,
                            const char     *table)
{
  ClassData *data = get_class_data (G_TYPE_FROM_CLASS (klass));
  g_autofree char *from = g_strdup_printf ("%s t", table);

  data->table = g_intern_string (table);
  data->select_columns = g_intern_static_string ("t.*");
  data->from = g_intern_string (from);
}

/**
 * voc_entity_class_set_query:
 * @select_columns: the columns to read, for example `t.*, c.name AS company_name`
 * @from: the FROM clause, with the entity's own table aliased `t`
 *
 * Lets an entity read transient columns from a join.
 */
void
voc_entity_class_set_query (VocEntityClass *klass,
                            const char     *select_columns,
                            const char     *from)
{
  ClassData *data = get_class_data (G_TYPE_FROM_CLASS (klass));

  data->select_columns = g_intern_string (select_columns);
  data->from = g_intern_string (from);
}

const char *
voc_entity_class_get_table (VocEntityClass *klass)
{
  return get_class_data (G_TYPE_FROM_CLASS (klass))->table;
}

const char *
voc_entity_class_get_select_columns (VocEntityClass *klass)
{
  return get_class_data (G_TYPE_FROM_CLASS (klass))->select_columns;
}

const char *
voc_entity_class_get_from (VocEntityClass *klass)
{
  return get_class_data (G_TYPE_FROM_CLASS (klass))->from;
}

/**
 * voc_entity_class_get_columns:
 *
 * Returns: (transfer none) (element-type VocColumn): the columns, `id`, `uuid`,
 *   `created_at` and `updated_at` first.
 */
GPtrArray *
voc_entity_class_get_columns (VocEntityClass *klass)
{
  return get_class_data (G_TYPE_FROM_CLASS (klass))->columns;
}

const VocColumn *
voc_entity_class_find_column (VocEntityClass *klass,
                              const char     *column)
{
  return g_hash_table_lookup (get_class_data (G_TYPE_FROM_CLASS (klass))->by_name, column);
}

void
voc_entity_class_add_string (VocEntityClass *klass,
                             const char     *column,
                             gsize           offset,
                             VocColumnFlags  flags)
{
  add_column (klass, make_pspec_string (column), column, offset, FALSE, flags);
}

void
voc_entity_class_add_int (VocEntityClass *klass,
                          const char     *column,
                          gsize           offset,
                          gint64          min,
                          gint64          max,
                          gint64          default_value,
                          VocColumnFlags  flags)
{
  g_autofree char *name = property_name (column);
  VocColumn *c;

  /* The property accepts any number; the range is checked by voc_entity_validate() so that
   * a bad value becomes a GError that names the field instead of a critical warning. */
  c = add_column (klass,
                  g_param_spec_int64 (g_intern_string (name), NULL, NULL,
                                      G_MININT64, G_MAXINT64, default_value, PARAM_FLAGS),
                  column, offset, FALSE, flags);
  c->min = min;
  c->max = max;
}

void
voc_entity_class_add_double (VocEntityClass *klass,
                             const char     *column,
                             gsize           offset,
                             gint64          min,
                             gint64          max,
                             VocColumnFlags  flags)
{
  g_autofree char *name = property_name (column);
  VocColumn *c;

  c = add_column (klass,
                  g_param_spec_double (g_intern_string (name), NULL, NULL,
                                       -G_MAXDOUBLE, G_MAXDOUBLE,
                                       (flags & VOC_COLUMN_NULLABLE) ? -1.0 : 0.0,
                                       PARAM_FLAGS),
                  column, offset, FALSE, flags);
  c->min = min;
  c->max = max;
}

void
voc_entity_class_add_boolean (VocEntityClass *klass,
                              const char     *column,
                              gsize           offset,
                              gboolean        default_value)
{
  g_autofree char *name = property_name (column);

  add_column (klass,
              g_param_spec_boolean (g_intern_string (name), NULL, NULL, default_value,
                                    PARAM_FLAGS),
              column, offset, FALSE, VOC_COLUMN_DEFAULT);
}

void
voc_entity_class_add_enum (VocEntityClass *klass,
                           const char     *column,
                           gsize           offset,
                           GType           enum_type,
                           int             default_value,
                           VocColumnFlags  flags)
{
  g_autofree char *name = property_name (column);

  add_column (klass,
              g_param_spec_enum (g_intern_string (name), NULL, NULL, enum_type, default_value,
                                 PARAM_FLAGS),
              column, offset, FALSE, flags);
}

void
voc_entity_class_add_date_time (VocEntityClass *klass,
                                const char     *column,
                                gsize           offset,
                                VocColumnFlags  flags)
{
  g_autofree char *name = property_name (column);

  add_column (klass,
              g_param_spec_boxed (g_intern_string (name), NULL, NULL, G_TYPE_DATE_TIME,
                                  PARAM_FLAGS),
              column, offset, FALSE, flags);
}

void
voc_entity_class_add_reference (VocEntityClass *klass,
                                const char     *column,
                                gsize           offset,
                                const char     *table,
                                VocColumnFlags  flags)
{
  g_autofree char *name = property_name (column);
  VocColumn *c;

  /* 0 is "no reference" and is stored as NULL. */
  c = add_column (klass,
                  g_param_spec_int64 (g_intern_string (name), NULL, NULL,
                                      0, G_MAXINT64, 0, PARAM_FLAGS),
                  column, offset, FALSE, flags);
  c->min = 0;
  c->references = g_intern_string (table);
}

gint64
voc_entity_get_id (VocEntity *self)
{
  VocEntityPrivate *priv = voc_entity_get_instance_private (self);

  g_return_val_if_fail (VOC_IS_ENTITY (self), 0);

  return priv->id;
}

void
voc_entity_set_id (VocEntity *self,
                   gint64     id)
{
  g_return_if_fail (VOC_IS_ENTITY (self));

  g_object_set (self, "id", id, NULL);
}

const char *
voc_entity_get_uuid (VocEntity *self)
{
  VocEntityPrivate *priv = voc_entity_get_instance_private (self);

  g_return_val_if_fail (VOC_IS_ENTITY (self), NULL);

  return priv->uuid;
}

void
voc_entity_set_uuid (VocEntity  *self,
                     const char *uuid)
{
  g_return_if_fail (VOC_IS_ENTITY (self));

  g_object_set (self, "uuid", uuid, NULL);
}

GDateTime *
voc_entity_get_created_at (VocEntity *self)
{
  VocEntityPrivate *priv = voc_entity_get_instance_private (self);

  g_return_val_if_fail (VOC_IS_ENTITY (self), NULL);

  return priv->created_at;
}

void
voc_entity_set_created_at (VocEntity *self,
                           GDateTime *created_at)
{
  g_return_if_fail (VOC_IS_ENTITY (self));

  g_object_set (self, "created-at", created_at, NULL);
}

GDateTime *
voc_entity_get_updated_at (VocEntity *self)
{
  VocEntityPrivate *priv = voc_entity_get_instance_private (self);

  g_return_val_if_fail (VOC_IS_ENTITY (self), NULL);

  return priv->updated_at;
}

void
voc_entity_set_updated_at (VocEntity *self,
                           GDateTime *updated_at)
{
  g_return_if_fail (VOC_IS_ENTITY (self));

  g_object_set (self, "updated-at", updated_at, NULL);
}

const char *
voc_entity_get_table (VocEntity *self)
{
  g_return_val_if_fail (VOC_IS_ENTITY (self), NULL);

  return get_class_data (G_OBJECT_TYPE (self))->table;
}

/**
 * voc_entity_get_column_value:
 * @value: an uninitialized #GValue
 *
 * Reads a column into @value, initializing it to the property's type.
 */
void
voc_entity_get_column_value (VocEntity       *self,
                             const VocColumn *column,
                             GValue          *value)
{
  gpointer field = field_address (self, column);
  GType type = G_PARAM_SPEC_VALUE_TYPE (column->pspec);

  if (!G_IS_VALUE (value))
    g_value_init (value, type);

  if (type == G_TYPE_STRING)
    g_value_set_string (value, *(char **) field);
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, *(gint64 *) field);
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (value, *(double *) field);
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, *(gboolean *) field);
  else if (G_TYPE_IS_ENUM (type))
    g_value_set_enum (value, *(int *) field);
  else if (type == G_TYPE_DATE_TIME)
    g_value_set_boxed (value, *(GDateTime **) field);
  else
    g_return_if_reached ();
}

/**
 * voc_entity_set_column_value:
 *
 * Sets a column and notifies its property if the value changed.
 */
void
voc_entity_set_column_value (VocEntity       *self,
                             const VocColumn *column,
                             const GValue    *value)
{
  g_return_if_fail (VOC_IS_ENTITY (self));

  if (store_value (self, column, value))
    g_object_notify_by_pspec (G_OBJECT (self), column->pspec);
}

static gboolean
invalid (GError     **error,
         VocEntity   *self,
         const char  *column,
         const char  *format,
         ...) G_GNUC_PRINTF (4, 5);

static gboolean
invalid (GError     **error,
         VocEntity   *self,
         const char  *column,
         const char  *format,
         ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
               "%s.%s: %s", voc_entity_get_table (self), column, reason);
  return FALSE;
}

/**
 * voc_entity_set_from_string:
 * @column: a column name
 * @text: (nullable): the value as text: a number, `true`/`false`, an enum nick, an ISO 8601
 *   time; %NULL clears the column
 *
 * Sets a column from text, as importers and the command line have it.
 *
 * Returns: %FALSE with an error naming the field when the text is not a value of the column
 */
gboolean
voc_entity_set_from_string (VocEntity   *self,
                            const char  *column,
                            const char  *text,
                            GError     **error)
{
  const VocColumn *c;
  GType type;
  GValue value = G_VALUE_INIT;
  gboolean ok = TRUE;

  g_return_val_if_fail (VOC_IS_ENTITY (self), FALSE);

  c = voc_entity_class_find_column (VOC_ENTITY_GET_CLASS (self), column);
  if (c == NULL)
    return invalid (error, self, column, _("no such field"));

  type = G_PARAM_SPEC_VALUE_TYPE (c->pspec);
  g_value_init (&value, type);

  if (type == G_TYPE_STRING)
    {
      g_value_set_string (&value, text);
    }
  else if (text == NULL)
    {
      g_param_value_set_default (c->pspec, &value);
      if (type == G_TYPE_INT64 && (c->flags & VOC_COLUMN_NULLABLE))
        g_value_set_int64 (&value, -1);
    }
  else if (type == G_TYPE_INT64)
    {
      gint64 number;

      ok = g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &number, NULL);
      if (ok)
        g_value_set_int64 (&value, number);
      else
        invalid (error, self, column, _("“%s” is not a whole number"), text);
    }
  else if (type == G_TYPE_DOUBLE)
    {
      char *end = NULL;
      double number = g_ascii_strtod (text, &end);

      ok = end != text && *end == '\0';
      if (ok)
        g_value_set_double (&value, number);
      else
        invalid (error, self, column, _("“%s” is not a number"), text);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (g_ascii_strcasecmp (text, "true") == 0 || g_strcmp0 (text, "1") == 0 ||
          g_ascii_strcasecmp (text, "yes") == 0)
        g_value_set_boolean (&value, TRUE);
      else if (g_ascii_strcasecmp (text, "false") == 0 || g_strcmp0 (text, "0") == 0 ||
               g_ascii_strcasecmp (text, "no") == 0)
        g_value_set_boolean (&value, FALSE);
      else
        ok = invalid (error, self, column, _("“%s” is not true or false"), text);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
      GEnumValue *enum_value = g_enum_get_value_by_nick (enum_class, text);

      if (enum_value != NULL)
        g_value_set_enum (&value, enum_value->value);
      else
        ok = invalid (error, self, column, _("unknown value “%s”"), text);
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      g_autoptr(GDateTime) dt = voc_date_time_from_iso8601 (text);

      if (dt != NULL)
        g_value_set_boxed (&value, dt);
      else
        ok = invalid (error, self, column, _("“%s” is not a date and time"), text);
    }

  if (ok)
    voc_entity_set_column_value (self, c, &value);

  g_value_unset (&value);
  return ok;
}

static gboolean
is_currency (const char *text)
{
  if (text == NULL || *text == '\0')
    return TRUE;

  return strlen (text) == 3 &&
         g_ascii_isupper (text[0]) && g_ascii_isupper (text[1]) && g_ascii_isupper (text[2]);
}

/**
 * voc_entity_validate:
 *
 * Checks every column against its flags and range, then the class's own rules.
 *
 * Returns: %FALSE with a %VOC_ENTITY_ERROR_INVALID error whose message starts with
 *   `table.column:` when a value is refused
 */
gboolean
voc_entity_validate (VocEntity  *self,
                     GError    **error)
{
  VocEntityClass *klass;
  GPtrArray *columns;

  g_return_val_if_fail (VOC_IS_ENTITY (self), FALSE);

  klass = VOC_ENTITY_GET_CLASS (self);
  columns = voc_entity_class_get_columns (klass);

  for (guint i = 0; i < columns->len; i++)
    {
      const VocColumn *c = g_ptr_array_index (columns, i);
      GType type = G_PARAM_SPEC_VALUE_TYPE (c->pspec);
      gpointer field = field_address (self, c);

      if (c->flags & VOC_COLUMN_TRANSIENT)
        continue;

      if (type == G_TYPE_STRING)
        {
          const char *text = *(char **) field;

          if ((c->flags & VOC_COLUMN_REQUIRED) && is_blank (text))
            return invalid (error, self, c->name, _("must not be empty"));
          if ((c->flags & VOC_COLUMN_PARTIAL_DATE) && text != NULL && *text != '\0' &&
              !voc_partial_date_is_valid (text))
            return invalid (error, self, c->name,
                            _("“%s” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
                            text);
          if ((c->flags & VOC_COLUMN_CURRENCY) && !is_currency (text))
            return invalid (error, self, c->name,
                            _("“%s” is not a three-letter currency code"), text);
          if (text != NULL && !g_utf8_validate (text, -1, NULL))
            return invalid (error, self, c->name, _("the text is not valid UTF-8"));
        }
      else if (type == G_TYPE_INT64)
        {
          gint64 n = *(gint64 *) field;

          if (c->references != NULL)
            {
              if (n < 0)
                return invalid (error, self, c->name, _("%lld is not an id"), (long long) n);
              if ((c->flags & VOC_COLUMN_REQUIRED) && n == 0)
                return invalid (error, self, c->name, _("a %s is required"), c->references);
              continue;
            }

          if ((c->flags & VOC_COLUMN_NULLABLE) && n == -1)
            continue;
          if (n < c->min && c->min == 0)
            return invalid (error, self, c->name, _("must not be negative"));
          if (n < c->min || n > c->max)
            return invalid (error, self, c->name, _("%lld is outside %lld–%lld"),
                            (long long) n, (long long) c->min, (long long) c->max);
        }
      else if (type == G_TYPE_DOUBLE)
        {
          double d = *(double *) field;

          if ((c->flags & VOC_COLUMN_NULLABLE) && d == -1.0)
            continue;
          if (d < (double) c->min || d > (double) c->max)
            return invalid (error, self, c->name, _("%g is outside %lld–%lld"),
                            d, (long long) c->min, (long long) c->max);
        }
      else if (G_TYPE_IS_ENUM (type))
        {
          int e = *(int *) field;
          g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);

          if (g_enum_get_value (enum_class, e) == NULL)
            return invalid (error, self, c->name, _("unknown value %d"), e);
          if ((c->flags & VOC_COLUMN_REQUIRED) && e == 0)
            return invalid (error, self, c->name, _("a value is required"));
        }
      else if (type == G_TYPE_DATE_TIME)
        {
          if ((c->flags & VOC_COLUMN_REQUIRED) && *(GDateTime **) field == NULL)
            return invalid (error, self, c->name, _("a date and time is required"));
        }
    }

  if (klass->validate != NULL)
    return klass->validate (self, error);

  return TRUE;
}

/**
 * voc_entity_copy:
 *
 * Returns: (transfer full): a new entity of the same type with the same values, for
 *   copy-edit-commit forms
 */
VocEntity *
voc_entity_copy (VocEntity *self)
{
  VocEntity *copy;

  g_return_val_if_fail (VOC_IS_ENTITY (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  voc_entity_assign (copy, self);

  return copy;
}

/**
 * voc_entity_assign:
 *
 * Sets every column of @self from @source, notifying only the properties that change.
 */
void
voc_entity_assign (VocEntity *self,
                   VocEntity *source)
{
  GPtrArray *columns;

  g_return_if_fail (VOC_IS_ENTITY (self));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (source));

  columns = voc_entity_class_get_columns (VOC_ENTITY_GET_CLASS (self));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < columns->len; i++)
    {
      const VocColumn *c = g_ptr_array_index (columns, i);
      GValue value = G_VALUE_INIT;

      voc_entity_get_column_value (source, c, &value);
      voc_entity_set_column_value (self, c, &value);
      g_value_unset (&value);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
voc_entity_equal (VocEntity *a,
                  VocEntity *b)
{
  GPtrArray *columns;

  g_return_val_if_fail (VOC_IS_ENTITY (a), FALSE);
  g_return_val_if_fail (VOC_IS_ENTITY (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  columns = voc_entity_class_get_columns (VOC_ENTITY_GET_CLASS (a));

  for (guint i = 0; i < columns->len; i++)
    {
      const VocColumn *c = g_ptr_array_index (columns, i);
      GValue va = G_VALUE_INIT, vb = G_VALUE_INIT;
      gboolean same;

      if (c->flags & VOC_COLUMN_TRANSIENT)
        continue;

      voc_entity_get_column_value (a, c, &va);
      voc_entity_get_column_value (b, c, &vb);
      /* Boxed values compare by pointer in g_param_values_cmp(); times compare by value. */
      if (G_VALUE_HOLDS (&va, G_TYPE_DATE_TIME))
        {
          GDateTime *da = g_value_get_boxed (&va), *db = g_value_get_boxed (&vb);

          same = (da == db) || (da != NULL && db != NULL && g_date_time_equal (da, db));
        }
      else
        same = g_param_values_cmp (c->pspec, &va, &vb) == 0;
      g_value_unset (&va);
      g_value_unset (&vb);

      if (!same)
        return FALSE;
    }

  return TRUE;
}
