/* voc-user-event.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_USER_EVENT (voc_user_event_get_type ())
G_DECLARE_FINAL_TYPE (VocUserEvent, voc_user_event, VOC, USER_EVENT, VocEntity)

VocUserEvent *voc_user_event_new (void);
const char * voc_user_event_get_kind        (VocUserEvent *self);
void         voc_user_event_set_kind        (VocUserEvent *self,
                                             const char *kind);
const char * voc_user_event_get_payload     (VocUserEvent *self);
void         voc_user_event_set_payload     (VocUserEvent *self,
                                             const char *payload);
GDateTime *  voc_user_event_get_occurred_at (VocUserEvent *self);
void         voc_user_event_set_occurred_at (VocUserEvent *self,
                                             GDateTime *occurred_at);

G_END_DECLS
