/* voc-column-sorter.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-column-sorter"

#include "config.h"

#include "voc-column-sorter.h"

/*
 * The sorter of a column whose rows the database sorts. It never orders anything itself: it
 * names its column with a key ("salary"), makes the column's header clickable, and lets the
 * page learn which column the user sorts by.
 *
 * GTK 4.8 has no public API for the column view's primary sort column and direction
 * (GtkColumnViewSorter is public from 4.10). But the column view's sorter compares two items
 * by asking its columns' sorters in order, primary first, stops at the first answer that is
 * not "equal", and inverts the answer of a descending column. So comparing two probe items
 * with the view's sorter, while every column sorter answers "smaller" and records that it was
 * asked, tells the primary column (the one asked) and its direction (the sign).
 */

struct _VocColumnSorter
{
  GtkSorter  parent_instance;

  char      *key;
};

G_DEFINE_FINAL_TYPE (VocColumnSorter, voc_column_sorter, GTK_TYPE_SORTER)

enum {
  PROP_0,
  PROP_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Sorters are used on the main thread only. */
static gboolean probing;
static VocColumnSorter *consulted;

static GtkOrdering
voc_column_sorter_compare (GtkSorter *sorter,
                           gpointer   item1,
                           gpointer   item2)
{
  VocColumnSorter *self = VOC_COLUMN_SORTER (sorter);

  if (!probing)
    return GTK_ORDERING_EQUAL;

  if (consulted == NULL)
    consulted = self;

  return GTK_ORDERING_SMALLER;
}

static GtkSorterOrder
voc_column_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_PARTIAL;
}

static void
voc_column_sorter_finalize (GObject *object)
{
  VocColumnSorter *self = VOC_COLUMN_SORTER (object);

  g_clear_pointer (&self->key, g_free);

  G_OBJECT_CLASS (voc_column_sorter_parent_class)->finalize (object);
}

static void
voc_column_sorter_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VocColumnSorter *self = VOC_COLUMN_SORTER (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_column_sorter_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VocColumnSorter *self = VOC_COLUMN_SORTER (object);

  switch (prop_id)
    {
    case PROP_KEY:
      voc_column_sorter_set_key (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_column_sorter_class_init (VocColumnSorterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  object_class->finalize = voc_column_sorter_finalize;
  object_class->get_property = voc_column_sorter_get_property;
  object_class->set_property = voc_column_sorter_set_property;

  sorter_class->compare = voc_column_sorter_compare;
  sorter_class->get_order = voc_column_sorter_get_order;

  /**
   * VocColumnSorter:key:
   *
   * What the column shows, for the page that sorts its rows: "title", "salary", …
   */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
voc_column_sorter_init (VocColumnSorter *self)
{
}

GtkSorter *
voc_column_sorter_new (const char *key)
{
  return g_object_new (VOC_TYPE_COLUMN_SORTER, "key", key, NULL);
}

const char *
voc_column_sorter_get_key (VocColumnSorter *self)
{
  g_return_val_if_fail (VOC_IS_COLUMN_SORTER (self), NULL);

  return self->key;
}

void
voc_column_sorter_set_key (VocColumnSorter *self,
                           const char      *key)
{
  g_return_if_fail (VOC_IS_COLUMN_SORTER (self));

  if (g_strcmp0 (self->key, key) == 0)
    return;

  g_free (self->key);
  self->key = g_strdup (key);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

/**
 * voc_column_sorter_find_primary:
 * @view_sorter: the sorter of a column view whose sortable columns have #VocColumnSorter
 *   sorters
 * @order: (out) (optional): the direction of the primary column
 *
 * Returns: (nullable): the key of the column the view is sorted by, %NULL when it is not
 *   sorted
 */
const char *
voc_column_sorter_find_primary (GtkSorter   *view_sorter,
                                GtkSortType *order)
{
  g_autoptr(GObject) a = NULL;
  g_autoptr(GObject) b = NULL;
  GtkOrdering result;
  VocColumnSorter *primary;

  g_return_val_if_fail (GTK_IS_SORTER (view_sorter), NULL);
  g_return_val_if_fail (!probing, NULL);

  a = g_object_new (G_TYPE_OBJECT, NULL);
  b = g_object_new (G_TYPE_OBJECT, NULL);

  probing = TRUE;
  consulted = NULL;
  result = gtk_sorter_compare (view_sorter, a, b);
  primary = consulted;
  consulted = NULL;
  probing = FALSE;

  if (order != NULL)
    *order = result == GTK_ORDERING_LARGER ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING;

  if (primary == NULL || result == GTK_ORDERING_EQUAL)
    return NULL;

  return primary->key;
}
