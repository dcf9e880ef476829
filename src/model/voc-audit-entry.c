/* voc-audit-entry.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-audit-entry"

#include "config.h"

#include "voc-audit-entry.h"

/* A record of one write: who, what, and the row before and after. */
struct _VocAuditEntry
{
  VocEntity parent_instance;

  VocAuditActor   actor;
  VocAuditAction  action;
  char           *entity;
  gint64          entity_id;
  char           *before;
  char           *after;
};

G_DEFINE_FINAL_TYPE (VocAuditEntry, voc_audit_entry, VOC_TYPE_ENTITY)

static void
voc_audit_entry_class_init (VocAuditEntryClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "audit_log");

  voc_entity_class_add_enum (entity_class, "actor",
                             G_STRUCT_OFFSET (VocAuditEntry, actor),
                             VOC_TYPE_AUDIT_ACTOR, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "action",
                             G_STRUCT_OFFSET (VocAuditEntry, action),
                             VOC_TYPE_AUDIT_ACTION, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "entity",
                               G_STRUCT_OFFSET (VocAuditEntry, entity),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_int (entity_class, "entity_id",
                            G_STRUCT_OFFSET (VocAuditEntry, entity_id),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "before",
                               G_STRUCT_OFFSET (VocAuditEntry, before),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "after",
                               G_STRUCT_OFFSET (VocAuditEntry, after),
                               VOC_COLUMN_JSON);
}

static void
voc_audit_entry_init (VocAuditEntry *self)
{
}

VocAuditEntry *
voc_audit_entry_new (void)
{
  return g_object_new (VOC_TYPE_AUDIT_ENTRY, NULL);
}

VocAuditActor
voc_audit_entry_get_actor (VocAuditEntry *self)
{
  g_return_val_if_fail (VOC_IS_AUDIT_ENTRY (self), 0);

  return self->actor;
}

void
voc_audit_entry_set_actor (VocAuditEntry *self,
                           VocAuditActor actor)
{
  g_return_if_fail (VOC_IS_AUDIT_ENTRY (self));

  g_object_set (self, "actor", actor, NULL);
}

VocAuditAction
voc_audit_entry_get_action (VocAuditEntry *self)
{
  g_return_val_if_fail (VOC_IS_AUDIT_ENTRY (self), 0);

  return self->action;
}

void
voc_audit_entry_set_action (VocAuditEntry *self,
                            VocAuditAction action)
{
  g_return_if_fail (VOC_IS_AUDIT_ENTRY (self));

  g_object_set (self, "action", action, NULL);
}

const char *
voc_audit_entry_get_entity (VocAuditEntry *self)
{
  g_return_val_if_fail (VOC_IS_AUDIT_ENTRY (self), NULL);

  return self->entity;
}

void
voc_audit_entry_set_entity (VocAuditEntry *self,
                            const char *entity)
{
  g_return_if_fail (VOC_IS_AUDIT_ENTRY (self));

  g_object_set (self, "entity", entity, NULL);
}

gint64
voc_audit_entry_get_entity_id (VocAuditEntry *self)
{
  g_return_val_if_fail (VOC_IS_AUDIT_ENTRY (self), 0);

  return self->entity_id;
}

void
voc_audit_entry_set_entity_id (VocAuditEntry *self,
                               gint64 entity_id)
{
  g_return_if_fail (VOC_IS_AUDIT_ENTRY (self));

  g_object_set (self, "entity-id", entity_id, NULL);
}

const char *
voc_audit_entry_get_before (VocAuditEntry *self)
{
  g_return_val_if_fail (VOC_IS_AUDIT_ENTRY (self), NULL);

  return self->before;
}

void
voc_audit_entry_set_before (VocAuditEntry *self,
                            const char *before)
{
  g_return_if_fail (VOC_IS_AUDIT_ENTRY (self));

  g_object_set (self, "before", before, NULL);
}

const char *
voc_audit_entry_get_after (VocAuditEntry *self)
{
  g_return_val_if_fail (VOC_IS_AUDIT_ENTRY (self), NULL);

  return self->after;
}

void
voc_audit_entry_set_after (VocAuditEntry *self,
                           const char *after)
{
  g_return_if_fail (VOC_IS_AUDIT_ENTRY (self));

  g_object_set (self, "after", after, NULL);
}
