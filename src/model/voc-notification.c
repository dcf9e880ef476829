/* voc-notification.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-notification"

#include "config.h"

#include "voc-notification.h"

/* A desktop notification, due or sent; each fires once. */
struct _VocNotification
{
  VocEntity parent_instance;

  VocNotificationKind  kind;
  char                *entity;
  gint64               entity_id;
  GDateTime           *fire_at;
  GDateTime           *sent_at;
  GDateTime           *dismissed_at;
  char                *title;
  char                *body;
};

G_DEFINE_FINAL_TYPE (VocNotification, voc_notification, VOC_TYPE_ENTITY)

static void
voc_notification_class_init (VocNotificationClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "notification");

  voc_entity_class_add_enum (entity_class, "kind",
                             G_STRUCT_OFFSET (VocNotification, kind),
                             VOC_TYPE_NOTIFICATION_KIND, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "entity",
                               G_STRUCT_OFFSET (VocNotification, entity),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_int (entity_class, "entity_id",
                            G_STRUCT_OFFSET (VocNotification, entity_id),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "fire_at",
                                  G_STRUCT_OFFSET (VocNotification, fire_at),
                                  VOC_COLUMN_REQUIRED);
  voc_entity_class_add_date_time (entity_class, "sent_at",
                                  G_STRUCT_OFFSET (VocNotification, sent_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "dismissed_at",
                                  G_STRUCT_OFFSET (VocNotification, dismissed_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "title",
                               G_STRUCT_OFFSET (VocNotification, title),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "body",
                               G_STRUCT_OFFSET (VocNotification, body),
                               VOC_COLUMN_DEFAULT);
}

static void
voc_notification_init (VocNotification *self)
{
}

VocNotification *
voc_notification_new (void)
{
  return g_object_new (VOC_TYPE_NOTIFICATION, NULL);
}

VocNotificationKind
voc_notification_get_kind (VocNotification *self)
{
  g_return_val_if_fail (VOC_IS_NOTIFICATION (self), 0);

  return self->kind;
}

void
voc_notification_set_kind (VocNotification *self,
                           VocNotificationKind kind)
{
  g_return_if_fail (VOC_IS_NOTIFICATION (self));

  g_object_set (self, "kind", kind, NULL);
}

const char *
voc_notification_get_entity (VocNotification *self)
{
  g_return_val_if_fail (VOC_IS_NOTIFICATION (self), NULL);

  return self->entity;
}

void
voc_notification_set_entity (VocNotification *self,
                             const char *entity)
{
  g_return_if_fail (VOC_IS_NOTIFICATION (self));

  g_object_set (self, "entity", entity, NULL);
}

gint64
voc_notification_get_entity_id (VocNotification *self)
{
  g_return_val_if_fail (VOC_IS_NOTIFICATION (self), 0);

  return self->entity_id;
}

void
voc_notification_set_entity_id (VocNotification *self,
                                gint64 entity_id)
{
  g_return_if_fail (VOC_IS_NOTIFICATION (self));

  g_object_set (self, "entity-id", entity_id, NULL);
}

GDateTime *
voc_notification_get_fire_at (VocNotification *self)
{
  g_return_val_if_fail (VOC_IS_NOTIFICATION (self), NULL);

  return self->fire_at;
}

void
voc_notification_set_fire_at (VocNotification *self,
                              GDateTime *fire_at)
{
  g_return_if_fail (VOC_IS_NOTIFICATION (self));

  g_object_set (self, "fire-at", fire_at, NULL);
}

GDateTime *
voc_notification_get_sent_at (VocNotification *self)
{
  g_return_val_if_fail (VOC_IS_NOTIFICATION (self), NULL);

  return self->sent_at;
}

void
voc_notification_set_sent_at (VocNotification *self,
                              GDateTime *sent_at)
{
  g_return_if_fail (VOC_IS_NOTIFICATION (self));

  g_object_set (self, "sent-at", sent_at, NULL);
}

GDateTime *
voc_notification_get_dismissed_at (VocNotification *self)
{
  g_return_val_if_fail (VOC_IS_NOTIFICATION (self), NULL);

  return self->dismissed_at;
}

void
voc_notification_set_dismissed_at (VocNotification *self,
                                   GDateTime *dismissed_at)
{
  g_return_if_fail (VOC_IS_NOTIFICATION (self));

  g_object_set (self, "dismissed-at", dismissed_at, NULL);
}

const char *
voc_notification_get_title (VocNotification *self)
{
  g_return_val_if_fail (VOC_IS_NOTIFICATION (self), NULL);

  return self->title;
}

void
voc_notification_set_title (VocNotification *self,
                            const char *title)
{
  g_return_if_fail (VOC_IS_NOTIFICATION (self));

  g_object_set (self, "title", title, NULL);
}

const char *
voc_notification_get_body (VocNotification *self)
{
  g_return_val_if_fail (VOC_IS_NOTIFICATION (self), NULL);

  return self->body;
}

void
voc_notification_set_body (VocNotification *self,
                           const char *body)
{
  g_return_if_fail (VOC_IS_NOTIFICATION (self));

  g_object_set (self, "body", body, NULL);
}
