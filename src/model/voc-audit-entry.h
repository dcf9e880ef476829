/* voc-audit-entry.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_AUDIT_ENTRY (voc_audit_entry_get_type ())
G_DECLARE_FINAL_TYPE (VocAuditEntry, voc_audit_entry, VOC, AUDIT_ENTRY, VocEntity)

VocAuditEntry *voc_audit_entry_new (void);
VocAuditActor   voc_audit_entry_get_actor     (VocAuditEntry *self);
void            voc_audit_entry_set_actor     (VocAuditEntry *self,
                                               VocAuditActor actor);
VocAuditAction  voc_audit_entry_get_action    (VocAuditEntry *self);
void            voc_audit_entry_set_action    (VocAuditEntry *self,
                                               VocAuditAction action);
const char *    voc_audit_entry_get_entity    (VocAuditEntry *self);
void            voc_audit_entry_set_entity    (VocAuditEntry *self,
                                               const char *entity);
gint64          voc_audit_entry_get_entity_id (VocAuditEntry *self);
void            voc_audit_entry_set_entity_id (VocAuditEntry *self,
                                               gint64 entity_id);
const char *    voc_audit_entry_get_before    (VocAuditEntry *self);
void            voc_audit_entry_set_before    (VocAuditEntry *self,
                                               const char *before);
const char *    voc_audit_entry_get_after     (VocAuditEntry *self);
void            voc_audit_entry_set_after     (VocAuditEntry *self,
                                               const char *after);

G_END_DECLS
