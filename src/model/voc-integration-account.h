/* voc-integration-account.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_INTEGRATION_ACCOUNT (voc_integration_account_get_type ())
G_DECLARE_FINAL_TYPE (VocIntegrationAccount, voc_integration_account, VOC, INTEGRATION_ACCOUNT, VocEntity)

VocIntegrationAccount *voc_integration_account_new (void);
VocAccountProvider  voc_integration_account_get_provider      (VocIntegrationAccount *self);
void                voc_integration_account_set_provider      (VocIntegrationAccount *self,
                                                               VocAccountProvider provider);
const char *        voc_integration_account_get_account_label (VocIntegrationAccount *self);
void                voc_integration_account_set_account_label (VocIntegrationAccount *self,
                                                               const char *account_label);
const char *        voc_integration_account_get_scopes        (VocIntegrationAccount *self);
void                voc_integration_account_set_scopes        (VocIntegrationAccount *self,
                                                               const char *scopes);
GDateTime *         voc_integration_account_get_expires_at    (VocIntegrationAccount *self);
void                voc_integration_account_set_expires_at    (VocIntegrationAccount *self,
                                                               GDateTime *expires_at);
VocAccountStatus    voc_integration_account_get_status        (VocIntegrationAccount *self);
void                voc_integration_account_set_status        (VocIntegrationAccount *self,
                                                               VocAccountStatus status);

G_END_DECLS
