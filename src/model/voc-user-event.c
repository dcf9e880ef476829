/* voc-user-event.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-user-event"

#include "config.h"

#include "voc-user-event.h"

/* A usage event kept locally, for the user's own statistics. */
struct _VocUserEvent
{
  VocEntity parent_instance;

  char      *kind;
  char      *payload;
  GDateTime *occurred_at;
};

G_DEFINE_FINAL_TYPE (VocUserEvent, voc_user_event, VOC_TYPE_ENTITY)

static void
voc_user_event_class_init (VocUserEventClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "user_event");

  voc_entity_class_add_string (entity_class, "kind",
                               G_STRUCT_OFFSET (VocUserEvent, kind),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "payload",
                               G_STRUCT_OFFSET (VocUserEvent, payload),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_date_time (entity_class, "occurred_at",
                                  G_STRUCT_OFFSET (VocUserEvent, occurred_at),
                                  VOC_COLUMN_REQUIRED);
}

static void
voc_user_event_init (VocUserEvent *self)
{
}

VocUserEvent *
voc_user_event_new (void)
{
  return g_object_new (VOC_TYPE_USER_EVENT, NULL);
}

const char *
voc_user_event_get_kind (VocUserEvent *self)
{
  g_return_val_if_fail (VOC_IS_USER_EVENT (self), NULL);

  return self->kind;
}

void
voc_user_event_set_kind (VocUserEvent *self,
                         const char *kind)
{
  g_return_if_fail (VOC_IS_USER_EVENT (self));

  g_object_set (self, "kind", kind, NULL);
}

const char *
voc_user_event_get_payload (VocUserEvent *self)
{
  g_return_val_if_fail (VOC_IS_USER_EVENT (self), NULL);

  return self->payload;
}

void
voc_user_event_set_payload (VocUserEvent *self,
                            const char *payload)
{
  g_return_if_fail (VOC_IS_USER_EVENT (self));

  g_object_set (self, "payload", payload, NULL);
}

GDateTime *
voc_user_event_get_occurred_at (VocUserEvent *self)
{
  g_return_val_if_fail (VOC_IS_USER_EVENT (self), NULL);

  return self->occurred_at;
}

void
voc_user_event_set_occurred_at (VocUserEvent *self,
                                GDateTime *occurred_at)
{
  g_return_if_fail (VOC_IS_USER_EVENT (self));

  g_object_set (self, "occurred-at", occurred_at, NULL);
}
