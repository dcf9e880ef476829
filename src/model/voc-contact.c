/* voc-contact.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-contact"

#include "config.h"

#include "voc-contact.h"

/* Another person: the one store of other people's personal data (soft delete). */
struct _VocContact
{
  VocEntity parent_instance;

  gint64     company_id;
  char      *full_name;
  char      *title;
  char      *email;
  char      *phone;
  char      *linkedin_url;
  char      *notes;
  GDateTime *deleted_at;
};

G_DEFINE_FINAL_TYPE (VocContact, voc_contact, VOC_TYPE_ENTITY)

static void
voc_contact_class_init (VocContactClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "contact");

  voc_entity_class_add_reference (entity_class, "company_id",
                                  G_STRUCT_OFFSET (VocContact, company_id),
                                  "company", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "full_name",
                               G_STRUCT_OFFSET (VocContact, full_name),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "title",
                               G_STRUCT_OFFSET (VocContact, title),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "email",
                               G_STRUCT_OFFSET (VocContact, email),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "phone",
                               G_STRUCT_OFFSET (VocContact, phone),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "linkedin_url",
                               G_STRUCT_OFFSET (VocContact, linkedin_url),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "notes",
                               G_STRUCT_OFFSET (VocContact, notes),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "deleted_at",
                                  G_STRUCT_OFFSET (VocContact, deleted_at),
                                  VOC_COLUMN_DEFAULT);
}

static void
voc_contact_init (VocContact *self)
{
}

VocContact *
voc_contact_new (void)
{
  return g_object_new (VOC_TYPE_CONTACT, NULL);
}

gint64
voc_contact_get_company_id (VocContact *self)
{
  g_return_val_if_fail (VOC_IS_CONTACT (self), 0);

  return self->company_id;
}

void
voc_contact_set_company_id (VocContact *self,
                            gint64 company_id)
{
  g_return_if_fail (VOC_IS_CONTACT (self));

  g_object_set (self, "company-id", company_id, NULL);
}

const char *
voc_contact_get_full_name (VocContact *self)
{
  g_return_val_if_fail (VOC_IS_CONTACT (self), NULL);

  return self->full_name;
}

void
voc_contact_set_full_name (VocContact *self,
                           const char *full_name)
{
  g_return_if_fail (VOC_IS_CONTACT (self));

  g_object_set (self, "full-name", full_name, NULL);
}

const char *
voc_contact_get_title (VocContact *self)
{
  g_return_val_if_fail (VOC_IS_CONTACT (self), NULL);

  return self->title;
}

void
voc_contact_set_title (VocContact *self,
                       const char *title)
{
  g_return_if_fail (VOC_IS_CONTACT (self));

  g_object_set (self, "title", title, NULL);
}

const char *
voc_contact_get_email (VocContact *self)
{
  g_return_val_if_fail (VOC_IS_CONTACT (self), NULL);

  return self->email;
}

void
voc_contact_set_email (VocContact *self,
                       const char *email)
{
  g_return_if_fail (VOC_IS_CONTACT (self));

  g_object_set (self, "email", email, NULL);
}

const char *
voc_contact_get_phone (VocContact *self)
{
  g_return_val_if_fail (VOC_IS_CONTACT (self), NULL);

  return self->phone;
}

void
voc_contact_set_phone (VocContact *self,
                       const char *phone)
{
  g_return_if_fail (VOC_IS_CONTACT (self));

  g_object_set (self, "phone", phone, NULL);
}

const char *
voc_contact_get_linkedin_url (VocContact *self)
{
  g_return_val_if_fail (VOC_IS_CONTACT (self), NULL);

  return self->linkedin_url;
}

void
voc_contact_set_linkedin_url (VocContact *self,
                              const char *linkedin_url)
{
  g_return_if_fail (VOC_IS_CONTACT (self));

  g_object_set (self, "linkedin-url", linkedin_url, NULL);
}

const char *
voc_contact_get_notes (VocContact *self)
{
  g_return_val_if_fail (VOC_IS_CONTACT (self), NULL);

  return self->notes;
}

void
voc_contact_set_notes (VocContact *self,
                       const char *notes)
{
  g_return_if_fail (VOC_IS_CONTACT (self));

  g_object_set (self, "notes", notes, NULL);
}

GDateTime *
voc_contact_get_deleted_at (VocContact *self)
{
  g_return_val_if_fail (VOC_IS_CONTACT (self), NULL);

  return self->deleted_at;
}

void
voc_contact_set_deleted_at (VocContact *self,
                            GDateTime *deleted_at)
{
  g_return_if_fail (VOC_IS_CONTACT (self));

  g_object_set (self, "deleted-at", deleted_at, NULL);
}
