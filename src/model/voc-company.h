/* voc-company.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_COMPANY (voc_company_get_type ())
G_DECLARE_FINAL_TYPE (VocCompany, voc_company, VOC, COMPANY, VocEntity)

VocCompany *voc_company_new (void);
const char * voc_company_get_name            (VocCompany *self);
void         voc_company_set_name            (VocCompany *self,
                                              const char *name);
const char * voc_company_get_normalized_name (VocCompany *self);
void         voc_company_set_normalized_name (VocCompany *self,
                                              const char *normalized_name);
const char * voc_company_get_domain          (VocCompany *self);
void         voc_company_set_domain          (VocCompany *self,
                                              const char *domain);
const char * voc_company_get_website         (VocCompany *self);
void         voc_company_set_website         (VocCompany *self,
                                              const char *website);
const char * voc_company_get_industry        (VocCompany *self);
void         voc_company_set_industry        (VocCompany *self,
                                              const char *industry);
const char * voc_company_get_size_label      (VocCompany *self);
void         voc_company_set_size_label      (VocCompany *self,
                                              const char *size_label);
const char * voc_company_get_location        (VocCompany *self);
void         voc_company_set_location        (VocCompany *self,
                                              const char *location);
const char * voc_company_get_notes           (VocCompany *self);
void         voc_company_set_notes           (VocCompany *self,
                                              const char *notes);

G_END_DECLS
