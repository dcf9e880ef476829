/* voc-task.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_TASK (voc_task_get_type ())
G_DECLARE_FINAL_TYPE (VocTask, voc_task, VOC, TASK, VocEntity)

VocTask *voc_task_new (void);
gint64       voc_task_get_application_id (VocTask *self);
void         voc_task_set_application_id (VocTask *self,
                                          gint64 application_id);
const char * voc_task_get_title          (VocTask *self);
void         voc_task_set_title          (VocTask *self,
                                          const char *title);
VocTaskKind  voc_task_get_kind           (VocTask *self);
void         voc_task_set_kind           (VocTask *self,
                                          VocTaskKind kind);
gint64       voc_task_get_priority       (VocTask *self);
void         voc_task_set_priority       (VocTask *self,
                                          gint64 priority);
GDateTime *  voc_task_get_due_at         (VocTask *self);
void         voc_task_set_due_at         (VocTask *self,
                                          GDateTime *due_at);
GDateTime *  voc_task_get_done_at        (VocTask *self);
void         voc_task_set_done_at        (VocTask *self,
                                          GDateTime *done_at);
GDateTime *  voc_task_get_snoozed_until  (VocTask *self);
void         voc_task_set_snoozed_until  (VocTask *self,
                                          GDateTime *snoozed_until);
gboolean     voc_task_get_suggested      (VocTask *self);
void         voc_task_set_suggested      (VocTask *self,
                                          gboolean suggested);
const char * voc_task_get_rule           (VocTask *self);
void         voc_task_set_rule           (VocTask *self,
                                          const char *rule);
const char * voc_task_get_notes          (VocTask *self);
void         voc_task_set_notes          (VocTask *self,
                                          const char *notes);
GDateTime *  voc_task_get_deleted_at     (VocTask *self);
void         voc_task_set_deleted_at     (VocTask *self,
                                          GDateTime *deleted_at);

G_END_DECLS
