/* voc-company.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-company"

#include "config.h"

#include "voc-company.h"

/* An employer or client the user looks at. */
struct _VocCompany
{
  VocEntity parent_instance;

  char *name;
  char *normalized_name;
  char *domain;
  char *website;
  char *industry;
  char *size_label;
  char *location;
  char *notes;
};

G_DEFINE_FINAL_TYPE (VocCompany, voc_company, VOC_TYPE_ENTITY)

static void
voc_company_class_init (VocCompanyClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "company");

  voc_entity_class_add_string (entity_class, "name",
                               G_STRUCT_OFFSET (VocCompany, name),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "normalized_name",
                               G_STRUCT_OFFSET (VocCompany, normalized_name),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "domain",
                               G_STRUCT_OFFSET (VocCompany, domain),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "website",
                               G_STRUCT_OFFSET (VocCompany, website),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "industry",
                               G_STRUCT_OFFSET (VocCompany, industry),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "size_label",
                               G_STRUCT_OFFSET (VocCompany, size_label),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "location",
                               G_STRUCT_OFFSET (VocCompany, location),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "notes",
                               G_STRUCT_OFFSET (VocCompany, notes),
                               VOC_COLUMN_DEFAULT);
}

static void
voc_company_init (VocCompany *self)
{
}

VocCompany *
voc_company_new (void)
{
  return g_object_new (VOC_TYPE_COMPANY, NULL);
}

const char *
voc_company_get_name (VocCompany *self)
{
  g_return_val_if_fail (VOC_IS_COMPANY (self), NULL);

  return self->name;
}

void
voc_company_set_name (VocCompany *self,
                      const char *name)
{
  g_return_if_fail (VOC_IS_COMPANY (self));

  g_object_set (self, "name", name, NULL);
}

const char *
voc_company_get_normalized_name (VocCompany *self)
{
  g_return_val_if_fail (VOC_IS_COMPANY (self), NULL);

  return self->normalized_name;
}

void
voc_company_set_normalized_name (VocCompany *self,
                                 const char *normalized_name)
{
  g_return_if_fail (VOC_IS_COMPANY (self));

  g_object_set (self, "normalized-name", normalized_name, NULL);
}

const char *
voc_company_get_domain (VocCompany *self)
{
  g_return_val_if_fail (VOC_IS_COMPANY (self), NULL);

  return self->domain;
}

void
voc_company_set_domain (VocCompany *self,
                        const char *domain)
{
  g_return_if_fail (VOC_IS_COMPANY (self));

  g_object_set (self, "domain", domain, NULL);
}

const char *
voc_company_get_website (VocCompany *self)
{
  g_return_val_if_fail (VOC_IS_COMPANY (self), NULL);

  return self->website;
}

void
voc_company_set_website (VocCompany *self,
                         const char *website)
{
  g_return_if_fail (VOC_IS_COMPANY (self));

  g_object_set (self, "website", website, NULL);
}

const char *
voc_company_get_industry (VocCompany *self)
{
  g_return_val_if_fail (VOC_IS_COMPANY (self), NULL);

  return self->industry;
}

void
voc_company_set_industry (VocCompany *self,
                          const char *industry)
{
  g_return_if_fail (VOC_IS_COMPANY (self));

  g_object_set (self, "industry", industry, NULL);
}

const char *
voc_company_get_size_label (VocCompany *self)
{
  g_return_val_if_fail (VOC_IS_COMPANY (self), NULL);

  return self->size_label;
}

void
voc_company_set_size_label (VocCompany *self,
                            const char *size_label)
{
  g_return_if_fail (VOC_IS_COMPANY (self));

  g_object_set (self, "size-label", size_label, NULL);
}

const char *
voc_company_get_location (VocCompany *self)
{
  g_return_val_if_fail (VOC_IS_COMPANY (self), NULL);

  return self->location;
}

void
voc_company_set_location (VocCompany *self,
                          const char *location)
{
  g_return_if_fail (VOC_IS_COMPANY (self));

  g_object_set (self, "location", location, NULL);
}

const char *
voc_company_get_notes (VocCompany *self)
{
  g_return_val_if_fail (VOC_IS_COMPANY (self), NULL);

  return self->notes;
}

void
voc_company_set_notes (VocCompany *self,
                       const char *notes)
{
  g_return_if_fail (VOC_IS_COMPANY (self));

  g_object_set (self, "notes", notes, NULL);
}
