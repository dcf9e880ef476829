/* voc-resume-variants.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_RESUME_VARIANTS (voc_resume_variants_get_type ())
G_DECLARE_FINAL_TYPE (VocResumeVariants, voc_resume_variants, VOC, RESUME_VARIANTS, AdwWindow)

VocResumeVariants *voc_resume_variants_new     (VocDatabase *database);
void               voc_resume_variants_present (GtkWindow   *parent,
                                                VocDatabase *database);

G_END_DECLS
