/* voc-outreach-dialog.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_OUTREACH_DIALOG (voc_outreach_dialog_get_type ())
G_DECLARE_FINAL_TYPE (VocOutreachDialog, voc_outreach_dialog, VOC, OUTREACH_DIALOG, AdwWindow)

VocOutreachDialog *voc_outreach_dialog_new     (VocDatabase  *db,
                                                gint64        application_id,
                                                GError      **error);
VocOutreachDialog *voc_outreach_dialog_present (GtkWindow    *parent,
                                                VocDatabase  *db,
                                                gint64        application_id);

G_END_DECLS
