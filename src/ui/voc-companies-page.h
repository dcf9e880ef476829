/* voc-companies-page.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_COMPANIES_PAGE (voc_companies_page_get_type ())
G_DECLARE_FINAL_TYPE (VocCompaniesPage, voc_companies_page, VOC, COMPANIES_PAGE, AdwBin)

VocDatabase *voc_companies_page_get_database (VocCompaniesPage *self);
void         voc_companies_page_set_database (VocCompaniesPage *self,
                                              VocDatabase      *database);

G_END_DECLS
