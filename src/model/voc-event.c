/* voc-event.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-event"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-event.h"

/* An interview, screen, assessment, deadline or call. */
struct _VocEvent
{
  VocEntity parent_instance;

  gint64        application_id;
  gint64        candidate_id;
  VocEventKind  kind;
  char         *title;
  GDateTime    *starts_at;
  GDateTime    *ends_at;
  char         *location;
  char         *meeting_url;
  char         *notes;
  char         *reminder_offsets;
  char         *ical_uid;
};

G_DEFINE_FINAL_TYPE (VocEvent, voc_event, VOC_TYPE_ENTITY)

static gboolean
voc_event_validate (VocEntity  *entity,
                    GError    **error)
{
  VocEvent *self = (VocEvent *) entity;

  if (self->starts_at != NULL && self->ends_at != NULL &&
      g_date_time_compare (self->ends_at, self->starts_at) <= 0)
    {
      g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                   "event.ends_at: %s", _("the end must be after the start"));
      return FALSE;
    }

  return TRUE;
}

static void
voc_event_class_init (VocEventClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "event");
  entity_class->validate = voc_event_validate;

  voc_entity_class_add_reference (entity_class, "application_id",
                                  G_STRUCT_OFFSET (VocEvent, application_id),
                                  "job_application", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_reference (entity_class, "candidate_id",
                                  G_STRUCT_OFFSET (VocEvent, candidate_id),
                                  "candidate", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "kind",
                             G_STRUCT_OFFSET (VocEvent, kind),
                             VOC_TYPE_EVENT_KIND, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "title",
                               G_STRUCT_OFFSET (VocEvent, title),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_date_time (entity_class, "starts_at",
                                  G_STRUCT_OFFSET (VocEvent, starts_at),
                                  VOC_COLUMN_REQUIRED);
  voc_entity_class_add_date_time (entity_class, "ends_at",
                                  G_STRUCT_OFFSET (VocEvent, ends_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "location",
                               G_STRUCT_OFFSET (VocEvent, location),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "meeting_url",
                               G_STRUCT_OFFSET (VocEvent, meeting_url),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "notes",
                               G_STRUCT_OFFSET (VocEvent, notes),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "reminder_offsets",
                               G_STRUCT_OFFSET (VocEvent, reminder_offsets),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "ical_uid",
                               G_STRUCT_OFFSET (VocEvent, ical_uid),
                               VOC_COLUMN_DEFAULT);
}

static void
voc_event_init (VocEvent *self)
{
}

VocEvent *
voc_event_new (void)
{
  return g_object_new (VOC_TYPE_EVENT, NULL);
}

gint64
voc_event_get_application_id (VocEvent *self)
{
  g_return_val_if_fail (VOC_IS_EVENT (self), 0);

  return self->application_id;
}

void
voc_event_set_application_id (VocEvent *self,
                              gint64 application_id)
{
  g_return_if_fail (VOC_IS_EVENT (self));

  g_object_set (self, "application-id", application_id, NULL);
}

gint64
voc_event_get_candidate_id (VocEvent *self)
{
  g_return_val_if_fail (VOC_IS_EVENT (self), 0);

  return self->candidate_id;
}

void
voc_event_set_candidate_id (VocEvent *self,
                            gint64 candidate_id)
{
  g_return_if_fail (VOC_IS_EVENT (self));

  g_object_set (self, "candidate-id", candidate_id, NULL);
}

VocEventKind
voc_event_get_kind (VocEvent *self)
{
  g_return_val_if_fail (VOC_IS_EVENT (self), 0);

  return self->kind;
}

void
voc_event_set_kind (VocEvent *self,
                    VocEventKind kind)
{
  g_return_if_fail (VOC_IS_EVENT (self));

  g_object_set (self, "kind", kind, NULL);
}

const char *
voc_event_get_title (VocEvent *self)
{
  g_return_val_if_fail (VOC_IS_EVENT (self), NULL);

  return self->title;
}

void
voc_event_set_title (VocEvent *self,
                     const char *title)
{
  g_return_if_fail (VOC_IS_EVENT (self));

  g_object_set (self, "title", title, NULL);
}

GDateTime *
voc_event_get_starts_at (VocEvent *self)
{
  g_return_val_if_fail (VOC_IS_EVENT (self), NULL);

  return self->starts_at;
}

void
voc_event_set_starts_at (VocEvent *self,
                         GDateTime *starts_at)
{
  g_return_if_fail (VOC_IS_EVENT (self));

  g_object_set (self, "starts-at", starts_at, NULL);
}

GDateTime *
voc_event_get_ends_at (VocEvent *self)
{
  g_return_val_if_fail (VOC_IS_EVENT (self), NULL);

  return self->ends_at;
}

void
voc_event_set_ends_at (VocEvent *self,
                       GDateTime *ends_at)
{
  g_return_if_fail (VOC_IS_EVENT (self));

  g_object_set (self, "ends-at", ends_at, NULL);
}

const char *
voc_event_get_location (VocEvent *self)
{
  g_return_val_if_fail (VOC_IS_EVENT (self), NULL);

  return self->location;
}

void
voc_event_set_location (VocEvent *self,
                        const char *location)
{
  g_return_if_fail (VOC_IS_EVENT (self));

  g_object_set (self, "location", location, NULL);
}

const char *
voc_event_get_meeting_url (VocEvent *self)
{
  g_return_val_if_fail (VOC_IS_EVENT (self), NULL);

  return self->meeting_url;
}

void
voc_event_set_meeting_url (VocEvent *self,
                           const char *meeting_url)
{
  g_return_if_fail (VOC_IS_EVENT (self));

  g_object_set (self, "meeting-url", meeting_url, NULL);
}

const char *
voc_event_get_notes (VocEvent *self)
{
  g_return_val_if_fail (VOC_IS_EVENT (self), NULL);

  return self->notes;
}

void
voc_event_set_notes (VocEvent *self,
                     const char *notes)
{
  g_return_if_fail (VOC_IS_EVENT (self));

  g_object_set (self, "notes", notes, NULL);
}

const char *
voc_event_get_reminder_offsets (VocEvent *self)
{
  g_return_val_if_fail (VOC_IS_EVENT (self), NULL);

  return self->reminder_offsets;
}

void
voc_event_set_reminder_offsets (VocEvent *self,
                                const char *reminder_offsets)
{
  g_return_if_fail (VOC_IS_EVENT (self));

  g_object_set (self, "reminder-offsets", reminder_offsets, NULL);
}

const char *
voc_event_get_ical_uid (VocEvent *self)
{
  g_return_val_if_fail (VOC_IS_EVENT (self), NULL);

  return self->ical_uid;
}

void
voc_event_set_ical_uid (VocEvent *self,
                        const char *ical_uid)
{
  g_return_if_fail (VOC_IS_EVENT (self));

  g_object_set (self, "ical-uid", ical_uid, NULL);
}
