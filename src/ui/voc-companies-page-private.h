/* voc-companies-page-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-companies-page.h"

G_BEGIN_DECLS

const char         *voc_companies_page_get_visible_child_name (VocCompaniesPage *self);
GListModel         *voc_companies_page_get_model              (VocCompaniesPage *self);
GtkSingleSelection *voc_companies_page_get_selection          (VocCompaniesPage *self);
GListModel         *voc_companies_page_get_postings           (VocCompaniesPage *self);
const char         *voc_companies_page_get_postings_count     (VocCompaniesPage *self);

G_END_DECLS
