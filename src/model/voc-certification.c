/* voc-certification.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-certification"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-certification.h"
#include "voc-date.h"

/* A certification, with its expiry. */
struct _VocCertification
{
  VocEntity parent_instance;

  char *name;
  char *issuer;
  char *issued_on;
  char *expires_on;
  char *credential_id;
  char *url;
  char              *extra;
};

G_DEFINE_FINAL_TYPE (VocCertification, voc_certification, VOC_TYPE_ENTITY)

static gboolean
voc_certification_validate (VocEntity  *entity,
                            GError    **error)
{
  VocCertification *self = (VocCertification *) entity;

  if (self->issued_on != NULL && self->expires_on != NULL &&
      voc_partial_date_compare (self->expires_on, self->issued_on) < 0)
    {
      g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                   "certification.expires_on: %s", _("the expiry is before the issue date"));
      return FALSE;
    }

  return TRUE;
}

static void
voc_certification_class_init (VocCertificationClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "certification");
  entity_class->validate = voc_certification_validate;

  voc_entity_class_add_string (entity_class, "name",
                               G_STRUCT_OFFSET (VocCertification, name),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "issuer",
                               G_STRUCT_OFFSET (VocCertification, issuer),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "issued_on",
                               G_STRUCT_OFFSET (VocCertification, issued_on),
                               VOC_COLUMN_PARTIAL_DATE);
  voc_entity_class_add_string (entity_class, "expires_on",
                               G_STRUCT_OFFSET (VocCertification, expires_on),
                               VOC_COLUMN_PARTIAL_DATE);
  voc_entity_class_add_string (entity_class, "credential_id",
                               G_STRUCT_OFFSET (VocCertification, credential_id),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "url",
                               G_STRUCT_OFFSET (VocCertification, url),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "extra",
                               G_STRUCT_OFFSET (VocCertification, extra),
                               VOC_COLUMN_JSON);
}

static void
voc_certification_init (VocCertification *self)
{
}

VocCertification *
voc_certification_new (void)
{
  return g_object_new (VOC_TYPE_CERTIFICATION, NULL);
}

const char *
voc_certification_get_name (VocCertification *self)
{
  g_return_val_if_fail (VOC_IS_CERTIFICATION (self), NULL);

  return self->name;
}

void
voc_certification_set_name (VocCertification *self,
                            const char *name)
{
  g_return_if_fail (VOC_IS_CERTIFICATION (self));

  g_object_set (self, "name", name, NULL);
}

const char *
voc_certification_get_issuer (VocCertification *self)
{
  g_return_val_if_fail (VOC_IS_CERTIFICATION (self), NULL);

  return self->issuer;
}

void
voc_certification_set_issuer (VocCertification *self,
                              const char *issuer)
{
  g_return_if_fail (VOC_IS_CERTIFICATION (self));

  g_object_set (self, "issuer", issuer, NULL);
}

const char *
voc_certification_get_issued_on (VocCertification *self)
{
  g_return_val_if_fail (VOC_IS_CERTIFICATION (self), NULL);

  return self->issued_on;
}

void
voc_certification_set_issued_on (VocCertification *self,
                                 const char *issued_on)
{
  g_return_if_fail (VOC_IS_CERTIFICATION (self));

  g_object_set (self, "issued-on", issued_on, NULL);
}

const char *
voc_certification_get_expires_on (VocCertification *self)
{
  g_return_val_if_fail (VOC_IS_CERTIFICATION (self), NULL);

  return self->expires_on;
}

void
voc_certification_set_expires_on (VocCertification *self,
                                  const char *expires_on)
{
  g_return_if_fail (VOC_IS_CERTIFICATION (self));

  g_object_set (self, "expires-on", expires_on, NULL);
}

const char *
voc_certification_get_credential_id (VocCertification *self)
{
  g_return_val_if_fail (VOC_IS_CERTIFICATION (self), NULL);

  return self->credential_id;
}

void
voc_certification_set_credential_id (VocCertification *self,
                                     const char *credential_id)
{
  g_return_if_fail (VOC_IS_CERTIFICATION (self));

  g_object_set (self, "credential-id", credential_id, NULL);
}

const char *
voc_certification_get_url (VocCertification *self)
{
  g_return_val_if_fail (VOC_IS_CERTIFICATION (self), NULL);

  return self->url;
}

void
voc_certification_set_url (VocCertification *self,
                           const char *url)
{
  g_return_if_fail (VOC_IS_CERTIFICATION (self));

  g_object_set (self, "url", url, NULL);
}

const char *
voc_certification_get_extra (VocCertification *self)
{
  g_return_val_if_fail (VOC_IS_CERTIFICATION (self), NULL);

  return self->extra;
}

void
voc_certification_set_extra (VocCertification *self,
                             const char *extra)
{
  g_return_if_fail (VOC_IS_CERTIFICATION (self));

  g_object_set (self, "extra", extra, NULL);
}
