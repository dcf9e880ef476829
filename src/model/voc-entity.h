/* voc-entity.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * VocColumnFlags:
 * @VOC_COLUMN_REQUIRED: text must not be empty or blank; a reference must point somewhere;
 *   an enum must not be its "none" value
 * @VOC_COLUMN_NULLABLE: a number of -1 or an enum of value 0 is stored as SQL NULL
 * @VOC_COLUMN_JSON: the text is a JSON document
 * @VOC_COLUMN_PARTIAL_DATE: the text is a date of the form YYYY, YYYY-MM or YYYY-MM-DD
 * @VOC_COLUMN_CURRENCY: the text is empty or a three-letter ISO 4217 code
 * @VOC_COLUMN_TRANSIENT: read from joined queries, never written
 *
 * How a column of an entity is checked and stored.
 */
typedef enum
{
  VOC_COLUMN_DEFAULT      = 0,
  VOC_COLUMN_REQUIRED     = 1 << 0,
  VOC_COLUMN_NULLABLE     = 1 << 1,
  VOC_COLUMN_JSON         = 1 << 2,
  VOC_COLUMN_PARTIAL_DATE = 1 << 3,
  VOC_COLUMN_CURRENCY     = 1 << 4,
  VOC_COLUMN_TRANSIENT    = 1 << 5,
} VocColumnFlags;

/**
 * VocColumn:
 *
 * A column of an entity's table, described once in the entity's `class_init` and used by the
 * store to read, write, validate and audit rows without code per entity. The property name is
 * the column name with `-` for `_`.
 */
typedef struct _VocColumn
{
  GParamSpec     *pspec;
  const char     *name;        /* column name, interned */
  VocColumnFlags  flags;
  gint64          min;         /* for integers and reals */
  gint64          max;
  const char     *references;  /* table of a reference column, interned, or NULL */
  /*< private >*/
  gsize           offset;
  gboolean        in_private;
} VocColumn;

#define VOC_TYPE_ENTITY (voc_entity_get_type ())
G_DECLARE_DERIVABLE_TYPE (VocEntity, voc_entity, VOC, ENTITY, GObject)

struct _VocEntityClass
{
  GObjectClass parent_class;

  /* Cross-field rules that a CHECK constraint also enforces (an end after its start). */
  gboolean (*validate) (VocEntity  *self,
                        GError    **error);

  /*< private >*/
  gpointer padding[8];
};

#define VOC_ENTITY_ERROR (voc_entity_error_quark ())

typedef enum
{
  VOC_ENTITY_ERROR_INVALID,
} VocEntityError;

GQuark            voc_entity_error_quark            (void);

void              voc_entity_class_set_table        (VocEntityClass  *klass,
                                                     const char      *table);
void              voc_entity_class_set_query        (VocEntityClass  *klass,
                                                     const char      *select_columns,
                                                     const char      *from);
const char       *voc_entity_class_get_table        (VocEntityClass  *klass);
const char       *voc_entity_class_get_select_columns (VocEntityClass *klass);
const char       *voc_entity_class_get_from         (VocEntityClass  *klass);
GPtrArray        *voc_entity_class_get_columns      (VocEntityClass  *klass);
const VocColumn  *voc_entity_class_find_column      (VocEntityClass  *klass,
                                                     const char      *column);

void              voc_entity_class_add_string       (VocEntityClass  *klass,
                                                     const char      *column,
                                                     gsize            offset,
                                                     VocColumnFlags   flags);
void              voc_entity_class_add_int          (VocEntityClass  *klass,
                                                     const char      *column,
                                                     gsize            offset,
                                                     gint64           min,
                                                     gint64           max,
                                                     gint64           default_value,
                                                     VocColumnFlags   flags);
void              voc_entity_class_add_double       (VocEntityClass  *klass,
                                                     const char      *column,
                                                     gsize            offset,
                                                     gint64           min,
                                                     gint64           max,
                                                     VocColumnFlags   flags);
void              voc_entity_class_add_boolean      (VocEntityClass  *klass,
                                                     const char      *column,
                                                     gsize            offset,
                                                     gboolean         default_value);
void              voc_entity_class_add_enum         (VocEntityClass  *klass,
                                                     const char      *column,
                                                     gsize            offset,
                                                     GType            enum_type,
                                                     int              default_value,
                                                     VocColumnFlags   flags);
void              voc_entity_class_add_date_time    (VocEntityClass  *klass,
                                                     const char      *column,
                                                     gsize            offset,
                                                     VocColumnFlags   flags);
void              voc_entity_class_add_reference    (VocEntityClass  *klass,
                                                     const char      *column,
                                                     gsize            offset,
                                                     const char      *table,
                                                     VocColumnFlags   flags);

gint64            voc_entity_get_id                 (VocEntity       *self);
void              voc_entity_set_id                 (VocEntity       *self,
                                                     gint64           id);
const char       *voc_entity_get_uuid               (VocEntity       *self);
void              voc_entity_set_uuid               (VocEntity       *self,
                                                     const char      *uuid);
GDateTime        *voc_entity_get_created_at         (VocEntity       *self);
void              voc_entity_set_created_at         (VocEntity       *self,
                                                     GDateTime       *created_at);
GDateTime        *voc_entity_get_updated_at         (VocEntity       *self);
void              voc_entity_set_updated_at         (VocEntity       *self,
                                                     GDateTime       *updated_at);
const char       *voc_entity_get_table              (VocEntity       *self);

void              voc_entity_get_column_value       (VocEntity       *self,
                                                     const VocColumn *column,
                                                     GValue          *value);
void              voc_entity_set_column_value       (VocEntity       *self,
                                                     const VocColumn *column,
                                                     const GValue    *value);
gboolean          voc_entity_set_from_string        (VocEntity       *self,
                                                     const char      *column,
                                                     const char      *text,
                                                     GError         **error);
gboolean          voc_entity_validate               (VocEntity       *self,
                                                     GError         **error);
VocEntity        *voc_entity_copy                   (VocEntity       *self);
void              voc_entity_assign                 (VocEntity       *self,
                                                     VocEntity       *source);
gboolean          voc_entity_equal                  (VocEntity       *a,
                                                     VocEntity       *b);

G_END_DECLS
