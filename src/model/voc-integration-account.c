/* voc-integration-account.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-integration-account"

#include "config.h"

#include "voc-integration-account.h"

/* A connected account; its tokens live only in the keyring. */
struct _VocIntegrationAccount
{
  VocEntity parent_instance;

  VocAccountProvider  provider;
  char               *account_label;
  char               *scopes;
  GDateTime          *expires_at;
  VocAccountStatus    status;
};

G_DEFINE_FINAL_TYPE (VocIntegrationAccount, voc_integration_account, VOC_TYPE_ENTITY)

static void
voc_integration_account_class_init (VocIntegrationAccountClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "integration_account");

  voc_entity_class_add_enum (entity_class, "provider",
                             G_STRUCT_OFFSET (VocIntegrationAccount, provider),
                             VOC_TYPE_ACCOUNT_PROVIDER, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "account_label",
                               G_STRUCT_OFFSET (VocIntegrationAccount, account_label),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "scopes",
                               G_STRUCT_OFFSET (VocIntegrationAccount, scopes),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_date_time (entity_class, "expires_at",
                                  G_STRUCT_OFFSET (VocIntegrationAccount, expires_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_enum (entity_class, "status",
                             G_STRUCT_OFFSET (VocIntegrationAccount, status),
                             VOC_TYPE_ACCOUNT_STATUS, 0, VOC_COLUMN_DEFAULT);
}

static void
voc_integration_account_init (VocIntegrationAccount *self)
{
}

VocIntegrationAccount *
voc_integration_account_new (void)
{
  return g_object_new (VOC_TYPE_INTEGRATION_ACCOUNT, NULL);
}

VocAccountProvider
voc_integration_account_get_provider (VocIntegrationAccount *self)
{
  g_return_val_if_fail (VOC_IS_INTEGRATION_ACCOUNT (self), 0);

  return self->provider;
}

void
voc_integration_account_set_provider (VocIntegrationAccount *self,
                                      VocAccountProvider provider)
{
  g_return_if_fail (VOC_IS_INTEGRATION_ACCOUNT (self));

  g_object_set (self, "provider", provider, NULL);
}

const char *
voc_integration_account_get_account_label (VocIntegrationAccount *self)
{
  g_return_val_if_fail (VOC_IS_INTEGRATION_ACCOUNT (self), NULL);

  return self->account_label;
}

void
voc_integration_account_set_account_label (VocIntegrationAccount *self,
                                           const char *account_label)
{
  g_return_if_fail (VOC_IS_INTEGRATION_ACCOUNT (self));

  g_object_set (self, "account-label", account_label, NULL);
}

const char *
voc_integration_account_get_scopes (VocIntegrationAccount *self)
{
  g_return_val_if_fail (VOC_IS_INTEGRATION_ACCOUNT (self), NULL);

  return self->scopes;
}

void
voc_integration_account_set_scopes (VocIntegrationAccount *self,
                                    const char *scopes)
{
  g_return_if_fail (VOC_IS_INTEGRATION_ACCOUNT (self));

  g_object_set (self, "scopes", scopes, NULL);
}

GDateTime *
voc_integration_account_get_expires_at (VocIntegrationAccount *self)
{
  g_return_val_if_fail (VOC_IS_INTEGRATION_ACCOUNT (self), NULL);

  return self->expires_at;
}

void
voc_integration_account_set_expires_at (VocIntegrationAccount *self,
                                        GDateTime *expires_at)
{
  g_return_if_fail (VOC_IS_INTEGRATION_ACCOUNT (self));

  g_object_set (self, "expires-at", expires_at, NULL);
}

VocAccountStatus
voc_integration_account_get_status (VocIntegrationAccount *self)
{
  g_return_val_if_fail (VOC_IS_INTEGRATION_ACCOUNT (self), 0);

  return self->status;
}

void
voc_integration_account_set_status (VocIntegrationAccount *self,
                                    VocAccountStatus status)
{
  g_return_if_fail (VOC_IS_INTEGRATION_ACCOUNT (self));

  g_object_set (self, "status", status, NULL);
}
