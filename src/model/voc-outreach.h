/* voc-outreach.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_OUTREACH (voc_outreach_get_type ())
G_DECLARE_FINAL_TYPE (VocOutreach, voc_outreach, VOC, OUTREACH, VocEntity)

VocOutreach *voc_outreach_new (void);
gint64                voc_outreach_get_application_id (VocOutreach *self);
void                  voc_outreach_set_application_id (VocOutreach *self,
                                                       gint64 application_id);
gint64                voc_outreach_get_contact_id     (VocOutreach *self);
void                  voc_outreach_set_contact_id     (VocOutreach *self,
                                                       gint64 contact_id);
VocOutreachChannel    voc_outreach_get_channel        (VocOutreach *self);
void                  voc_outreach_set_channel        (VocOutreach *self,
                                                       VocOutreachChannel channel);
VocOutreachDirection  voc_outreach_get_direction      (VocOutreach *self);
void                  voc_outreach_set_direction      (VocOutreach *self,
                                                       VocOutreachDirection direction);
VocOutreachStatus     voc_outreach_get_status         (VocOutreach *self);
void                  voc_outreach_set_status         (VocOutreach *self,
                                                       VocOutreachStatus status);
const char *          voc_outreach_get_subject        (VocOutreach *self);
void                  voc_outreach_set_subject        (VocOutreach *self,
                                                       const char *subject);
const char *          voc_outreach_get_body           (VocOutreach *self);
void                  voc_outreach_set_body           (VocOutreach *self,
                                                       const char *body);
GDateTime *           voc_outreach_get_sent_at        (VocOutreach *self);
void                  voc_outreach_set_sent_at        (VocOutreach *self,
                                                       GDateTime *sent_at);
GDateTime *           voc_outreach_get_response_at    (VocOutreach *self);
void                  voc_outreach_set_response_at    (VocOutreach *self,
                                                       GDateTime *response_at);

G_END_DECLS
