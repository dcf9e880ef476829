/* voc-contact.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_CONTACT (voc_contact_get_type ())
G_DECLARE_FINAL_TYPE (VocContact, voc_contact, VOC, CONTACT, VocEntity)

VocContact *voc_contact_new (void);
gint64       voc_contact_get_company_id   (VocContact *self);
void         voc_contact_set_company_id   (VocContact *self,
                                           gint64 company_id);
const char * voc_contact_get_full_name    (VocContact *self);
void         voc_contact_set_full_name    (VocContact *self,
                                           const char *full_name);
const char * voc_contact_get_title        (VocContact *self);
void         voc_contact_set_title        (VocContact *self,
                                           const char *title);
const char * voc_contact_get_email        (VocContact *self);
void         voc_contact_set_email        (VocContact *self,
                                           const char *email);
const char * voc_contact_get_phone        (VocContact *self);
void         voc_contact_set_phone        (VocContact *self,
                                           const char *phone);
const char * voc_contact_get_linkedin_url (VocContact *self);
void         voc_contact_set_linkedin_url (VocContact *self,
                                           const char *linkedin_url);
const char * voc_contact_get_notes        (VocContact *self);
void         voc_contact_set_notes        (VocContact *self,
                                           const char *notes);
GDateTime *  voc_contact_get_deleted_at   (VocContact *self);
void         voc_contact_set_deleted_at   (VocContact *self,
                                           GDateTime *deleted_at);

G_END_DECLS
