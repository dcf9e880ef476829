/* voc-resume-variants-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the tests and the screenshot tool reach inside the variant editor.
 */

#pragma once

#include "voc-resume-preview.h"
#include "voc-resume-variants.h"
#include "voc-resume-version.h"
#include "voc-resume-versions.h"

G_BEGIN_DECLS

GListModel       *voc_resume_variants_get_variants       (VocResumeVariants *self);
VocResumeVersion *voc_resume_variants_get_variant        (VocResumeVariants *self);
gboolean          voc_resume_variants_select             (VocResumeVariants *self,
                                                          gint64             id);
VocResumeBuild   *voc_resume_variants_get_build          (VocResumeVariants *self);
gboolean          voc_resume_variants_get_busy           (VocResumeVariants *self);
VocResumePreview *voc_resume_variants_get_preview        (VocResumeVariants *self);
GtkEditable      *voc_resume_variants_get_tag_entry      (VocResumeVariants *self,
                                                          gboolean           exclude);
GtkWidget        *voc_resume_variants_get_tag_chips      (VocResumeVariants *self,
                                                          gboolean           exclude);
AdwComboRow      *voc_resume_variants_get_budget_row     (VocResumeVariants *self);
AdwComboRow      *voc_resume_variants_get_paper_row      (VocResumeVariants *self);
GtkSpinButton    *voc_resume_variants_get_per_role_spin  (VocResumeVariants *self);
GtkCheckButton   *voc_resume_variants_get_experience_check (VocResumeVariants *self,
                                                            guint              index);
GtkSwitch        *voc_resume_variants_get_section_switch (VocResumeVariants *self,
                                                          const char        *section);
GtkLabel         *voc_resume_variants_get_status_label   (VocResumeVariants *self);
AdwToast         *voc_resume_variants_get_toast          (VocResumeVariants *self);
AdwMessageDialog *voc_resume_variants_get_dialog         (VocResumeVariants *self);
gboolean          voc_resume_variants_rename             (VocResumeVariants *self,
                                                          const char        *name);
VocResumeVersion *voc_resume_variants_freeze             (VocResumeVariants *self,
                                                          const char        *name);
void              voc_resume_variants_export             (VocResumeVariants *self,
                                                          GFile             *file);
gboolean          voc_resume_variants_get_exporting      (VocResumeVariants *self);

G_END_DECLS
