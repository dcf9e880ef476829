/* voc-outreach.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-outreach"

#include "config.h"

#include "voc-outreach.h"

/* A message to or from a contact about an application. */
struct _VocOutreach
{
  VocEntity parent_instance;

  gint64                application_id;
  gint64                contact_id;
  VocOutreachChannel    channel;
  VocOutreachDirection  direction;
  VocOutreachStatus     status;
  char                 *subject;
  char                 *body;
  GDateTime            *sent_at;
  GDateTime            *response_at;
};

G_DEFINE_FINAL_TYPE (VocOutreach, voc_outreach, VOC_TYPE_ENTITY)

static void
voc_outreach_class_init (VocOutreachClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "outreach");

  voc_entity_class_add_reference (entity_class, "application_id",
                                  G_STRUCT_OFFSET (VocOutreach, application_id),
                                  "job_application", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_reference (entity_class, "contact_id",
                                  G_STRUCT_OFFSET (VocOutreach, contact_id),
                                  "contact", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "channel",
                             G_STRUCT_OFFSET (VocOutreach, channel),
                             VOC_TYPE_OUTREACH_CHANNEL, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "direction",
                             G_STRUCT_OFFSET (VocOutreach, direction),
                             VOC_TYPE_OUTREACH_DIRECTION, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "status",
                             G_STRUCT_OFFSET (VocOutreach, status),
                             VOC_TYPE_OUTREACH_STATUS, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "subject",
                               G_STRUCT_OFFSET (VocOutreach, subject),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "body",
                               G_STRUCT_OFFSET (VocOutreach, body),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "sent_at",
                                  G_STRUCT_OFFSET (VocOutreach, sent_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "response_at",
                                  G_STRUCT_OFFSET (VocOutreach, response_at),
                                  VOC_COLUMN_DEFAULT);
}

static void
voc_outreach_init (VocOutreach *self)
{
}

VocOutreach *
voc_outreach_new (void)
{
  return g_object_new (VOC_TYPE_OUTREACH, NULL);
}

gint64
voc_outreach_get_application_id (VocOutreach *self)
{
  g_return_val_if_fail (VOC_IS_OUTREACH (self), 0);

  return self->application_id;
}

void
voc_outreach_set_application_id (VocOutreach *self,
                                 gint64 application_id)
{
  g_return_if_fail (VOC_IS_OUTREACH (self));

  g_object_set (self, "application-id", application_id, NULL);
}

gint64
voc_outreach_get_contact_id (VocOutreach *self)
{
  g_return_val_if_fail (VOC_IS_OUTREACH (self), 0);

  return self->contact_id;
}

void
voc_outreach_set_contact_id (VocOutreach *self,
                             gint64 contact_id)
{
  g_return_if_fail (VOC_IS_OUTREACH (self));

  g_object_set (self, "contact-id", contact_id, NULL);
}

VocOutreachChannel
voc_outreach_get_channel (VocOutreach *self)
{
  g_return_val_if_fail (VOC_IS_OUTREACH (self), 0);

  return self->channel;
}

void
voc_outreach_set_channel (VocOutreach *self,
                          VocOutreachChannel channel)
{
  g_return_if_fail (VOC_IS_OUTREACH (self));

  g_object_set (self, "channel", channel, NULL);
}

VocOutreachDirection
voc_outreach_get_direction (VocOutreach *self)
{
  g_return_val_if_fail (VOC_IS_OUTREACH (self), 0);

  return self->direction;
}

void
voc_outreach_set_direction (VocOutreach *self,
                            VocOutreachDirection direction)
{
  g_return_if_fail (VOC_IS_OUTREACH (self));

  g_object_set (self, "direction", direction, NULL);
}

VocOutreachStatus
voc_outreach_get_status (VocOutreach *self)
{
  g_return_val_if_fail (VOC_IS_OUTREACH (self), 0);

  return self->status;
}

void
voc_outreach_set_status (VocOutreach *self,
                         VocOutreachStatus status)
{
  g_return_if_fail (VOC_IS_OUTREACH (self));

  g_object_set (self, "status", status, NULL);
}

const char *
voc_outreach_get_subject (VocOutreach *self)
{
  g_return_val_if_fail (VOC_IS_OUTREACH (self), NULL);

  return self->subject;
}

void
voc_outreach_set_subject (VocOutreach *self,
                          const char *subject)
{
  g_return_if_fail (VOC_IS_OUTREACH (self));

  g_object_set (self, "subject", subject, NULL);
}

const char *
voc_outreach_get_body (VocOutreach *self)
{
  g_return_val_if_fail (VOC_IS_OUTREACH (self), NULL);

  return self->body;
}

void
voc_outreach_set_body (VocOutreach *self,
                       const char *body)
{
  g_return_if_fail (VOC_IS_OUTREACH (self));

  g_object_set (self, "body", body, NULL);
}

GDateTime *
voc_outreach_get_sent_at (VocOutreach *self)
{
  g_return_val_if_fail (VOC_IS_OUTREACH (self), NULL);

  return self->sent_at;
}

void
voc_outreach_set_sent_at (VocOutreach *self,
                          GDateTime *sent_at)
{
  g_return_if_fail (VOC_IS_OUTREACH (self));

  g_object_set (self, "sent-at", sent_at, NULL);
}

GDateTime *
voc_outreach_get_response_at (VocOutreach *self)
{
  g_return_val_if_fail (VOC_IS_OUTREACH (self), NULL);

  return self->response_at;
}

void
voc_outreach_set_response_at (VocOutreach *self,
                              GDateTime *response_at)
{
  g_return_if_fail (VOC_IS_OUTREACH (self));

  g_object_set (self, "response-at", response_at, NULL);
}
