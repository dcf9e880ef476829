/* voc-resume-page.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_RESUME_PAGE (voc_resume_page_get_type ())
G_DECLARE_FINAL_TYPE (VocResumePage, voc_resume_page, VOC, RESUME_PAGE, AdwBin)

VocDatabase *voc_resume_page_get_database (VocResumePage *self);
void         voc_resume_page_set_database (VocResumePage *self,
                                           VocDatabase   *database);

G_END_DECLS
