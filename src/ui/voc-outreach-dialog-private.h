/* voc-outreach-dialog-private.h — what the tests drive
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-model.h"
#include "voc-outreach-dialog.h"

G_BEGIN_DECLS

AdwComboRow   *voc_outreach_dialog_get_contact_row  (VocOutreachDialog *self);
AdwEntryRow   *voc_outreach_dialog_get_name_row     (VocOutreachDialog *self);
AdwComboRow   *voc_outreach_dialog_get_channel_row  (VocOutreachDialog *self);
AdwEntryRow   *voc_outreach_dialog_get_subject_row  (VocOutreachDialog *self);
GtkTextBuffer *voc_outreach_dialog_get_body         (VocOutreachDialog *self);
GtkLabel      *voc_outreach_dialog_get_counter      (VocOutreachDialog *self);
GtkLabel      *voc_outreach_dialog_get_notice       (VocOutreachDialog *self);
GtkWidget     *voc_outreach_dialog_get_generate_button (VocOutreachDialog *self);
VocOutreach   *voc_outreach_dialog_get_message      (VocOutreachDialog *self);
gboolean       voc_outreach_dialog_get_running      (VocOutreachDialog *self);

G_END_DECLS
