/* voc-resume-entry-row.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-model.h"

G_BEGIN_DECLS

#define VOC_TYPE_RESUME_ENTRY_ROW (voc_resume_entry_row_get_type ())
G_DECLARE_FINAL_TYPE (VocResumeEntryRow, voc_resume_entry_row, VOC, RESUME_ENTRY_ROW,
                      AdwActionRow)

GtkWidget *voc_resume_entry_row_new        (VocEntity         *entity);
VocEntity *voc_resume_entry_row_get_entity (VocResumeEntryRow *self);
const char *voc_resume_entry_row_get_badge (VocResumeEntryRow *self);

G_END_DECLS
