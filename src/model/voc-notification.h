/* voc-notification.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_NOTIFICATION (voc_notification_get_type ())
G_DECLARE_FINAL_TYPE (VocNotification, voc_notification, VOC, NOTIFICATION, VocEntity)

VocNotification *voc_notification_new (void);
VocNotificationKind  voc_notification_get_kind         (VocNotification *self);
void                 voc_notification_set_kind         (VocNotification *self,
                                                        VocNotificationKind kind);
const char *         voc_notification_get_entity       (VocNotification *self);
void                 voc_notification_set_entity       (VocNotification *self,
                                                        const char *entity);
gint64               voc_notification_get_entity_id    (VocNotification *self);
void                 voc_notification_set_entity_id    (VocNotification *self,
                                                        gint64 entity_id);
GDateTime *          voc_notification_get_fire_at      (VocNotification *self);
void                 voc_notification_set_fire_at      (VocNotification *self,
                                                        GDateTime *fire_at);
GDateTime *          voc_notification_get_sent_at      (VocNotification *self);
void                 voc_notification_set_sent_at      (VocNotification *self,
                                                        GDateTime *sent_at);
GDateTime *          voc_notification_get_dismissed_at (VocNotification *self);
void                 voc_notification_set_dismissed_at (VocNotification *self,
                                                        GDateTime *dismissed_at);
const char *         voc_notification_get_title        (VocNotification *self);
void                 voc_notification_set_title        (VocNotification *self,
                                                        const char *title);
const char *         voc_notification_get_body         (VocNotification *self);
void                 voc_notification_set_body         (VocNotification *self,
                                                        const char *body);

G_END_DECLS
