/* voc-saved-search.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-saved-search"

#include "config.h"

#include "voc-saved-search.h"

/* A saved search against public job boards. */
struct _VocSavedSearch
{
  VocEntity parent_instance;

  char              *name;
  char              *query;
  char              *filters;
  char              *sources;
  VocSearchSchedule  schedule;
  GDateTime         *last_run_at;
  gboolean           enabled;
};

G_DEFINE_FINAL_TYPE (VocSavedSearch, voc_saved_search, VOC_TYPE_ENTITY)

static void
voc_saved_search_class_init (VocSavedSearchClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "saved_search");

  voc_entity_class_add_string (entity_class, "name",
                               G_STRUCT_OFFSET (VocSavedSearch, name),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "query",
                               G_STRUCT_OFFSET (VocSavedSearch, query),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "filters",
                               G_STRUCT_OFFSET (VocSavedSearch, filters),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "sources",
                               G_STRUCT_OFFSET (VocSavedSearch, sources),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_enum (entity_class, "schedule",
                             G_STRUCT_OFFSET (VocSavedSearch, schedule),
                             VOC_TYPE_SEARCH_SCHEDULE, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "last_run_at",
                                  G_STRUCT_OFFSET (VocSavedSearch, last_run_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_boolean (entity_class, "enabled",
                                G_STRUCT_OFFSET (VocSavedSearch, enabled),
                                TRUE);
}

static void
voc_saved_search_init (VocSavedSearch *self)
{
}

VocSavedSearch *
voc_saved_search_new (void)
{
  return g_object_new (VOC_TYPE_SAVED_SEARCH, NULL);
}

const char *
voc_saved_search_get_name (VocSavedSearch *self)
{
  g_return_val_if_fail (VOC_IS_SAVED_SEARCH (self), NULL);

  return self->name;
}

void
voc_saved_search_set_name (VocSavedSearch *self,
                           const char *name)
{
  g_return_if_fail (VOC_IS_SAVED_SEARCH (self));

  g_object_set (self, "name", name, NULL);
}

const char *
voc_saved_search_get_query (VocSavedSearch *self)
{
  g_return_val_if_fail (VOC_IS_SAVED_SEARCH (self), NULL);

  return self->query;
}

void
voc_saved_search_set_query (VocSavedSearch *self,
                            const char *query)
{
  g_return_if_fail (VOC_IS_SAVED_SEARCH (self));

  g_object_set (self, "query", query, NULL);
}

const char *
voc_saved_search_get_filters (VocSavedSearch *self)
{
  g_return_val_if_fail (VOC_IS_SAVED_SEARCH (self), NULL);

  return self->filters;
}

void
voc_saved_search_set_filters (VocSavedSearch *self,
                              const char *filters)
{
  g_return_if_fail (VOC_IS_SAVED_SEARCH (self));

  g_object_set (self, "filters", filters, NULL);
}

const char *
voc_saved_search_get_sources (VocSavedSearch *self)
{
  g_return_val_if_fail (VOC_IS_SAVED_SEARCH (self), NULL);

  return self->sources;
}

void
voc_saved_search_set_sources (VocSavedSearch *self,
                              const char *sources)
{
  g_return_if_fail (VOC_IS_SAVED_SEARCH (self));

  g_object_set (self, "sources", sources, NULL);
}

VocSearchSchedule
voc_saved_search_get_schedule (VocSavedSearch *self)
{
  g_return_val_if_fail (VOC_IS_SAVED_SEARCH (self), 0);

  return self->schedule;
}

void
voc_saved_search_set_schedule (VocSavedSearch *self,
                               VocSearchSchedule schedule)
{
  g_return_if_fail (VOC_IS_SAVED_SEARCH (self));

  g_object_set (self, "schedule", schedule, NULL);
}

GDateTime *
voc_saved_search_get_last_run_at (VocSavedSearch *self)
{
  g_return_val_if_fail (VOC_IS_SAVED_SEARCH (self), NULL);

  return self->last_run_at;
}

void
voc_saved_search_set_last_run_at (VocSavedSearch *self,
                                  GDateTime *last_run_at)
{
  g_return_if_fail (VOC_IS_SAVED_SEARCH (self));

  g_object_set (self, "last-run-at", last_run_at, NULL);
}

gboolean
voc_saved_search_get_enabled (VocSavedSearch *self)
{
  g_return_val_if_fail (VOC_IS_SAVED_SEARCH (self), 0);

  return self->enabled;
}

void
voc_saved_search_set_enabled (VocSavedSearch *self,
                              gboolean enabled)
{
  g_return_if_fail (VOC_IS_SAVED_SEARCH (self));

  g_object_set (self, "enabled", enabled, NULL);
}
