/* voc-pipeline-page.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_PIPELINE_PAGE (voc_pipeline_page_get_type ())
G_DECLARE_FINAL_TYPE (VocPipelinePage, voc_pipeline_page, VOC, PIPELINE_PAGE, AdwBin)

VocDatabase *voc_pipeline_page_get_database (VocPipelinePage *self);
void         voc_pipeline_page_set_database (VocPipelinePage *self,
                                             VocDatabase     *database);

G_END_DECLS
