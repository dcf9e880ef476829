/* voc-event.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_EVENT (voc_event_get_type ())
G_DECLARE_FINAL_TYPE (VocEvent, voc_event, VOC, EVENT, VocEntity)

VocEvent *voc_event_new (void);
gint64        voc_event_get_application_id   (VocEvent *self);
void          voc_event_set_application_id   (VocEvent *self,
                                              gint64 application_id);
gint64        voc_event_get_candidate_id     (VocEvent *self);
void          voc_event_set_candidate_id     (VocEvent *self,
                                              gint64 candidate_id);
VocEventKind  voc_event_get_kind             (VocEvent *self);
void          voc_event_set_kind             (VocEvent *self,
                                              VocEventKind kind);
const char *  voc_event_get_title            (VocEvent *self);
void          voc_event_set_title            (VocEvent *self,
                                              const char *title);
GDateTime *   voc_event_get_starts_at        (VocEvent *self);
void          voc_event_set_starts_at        (VocEvent *self,
                                              GDateTime *starts_at);
GDateTime *   voc_event_get_ends_at          (VocEvent *self);
void          voc_event_set_ends_at          (VocEvent *self,
                                              GDateTime *ends_at);
const char *  voc_event_get_location         (VocEvent *self);
void          voc_event_set_location         (VocEvent *self,
                                              const char *location);
const char *  voc_event_get_meeting_url      (VocEvent *self);
void          voc_event_set_meeting_url      (VocEvent *self,
                                              const char *meeting_url);
const char *  voc_event_get_notes            (VocEvent *self);
void          voc_event_set_notes            (VocEvent *self,
                                              const char *notes);
const char *  voc_event_get_reminder_offsets (VocEvent *self);
void          voc_event_set_reminder_offsets (VocEvent *self,
                                              const char *reminder_offsets);
const char *  voc_event_get_ical_uid         (VocEvent *self);
void          voc_event_set_ical_uid         (VocEvent *self,
                                              const char *ical_uid);

G_END_DECLS
