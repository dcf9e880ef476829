/* voc-critic-dialog.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_CRITIC_DIALOG (voc_critic_dialog_get_type ())
G_DECLARE_FINAL_TYPE (VocCriticDialog, voc_critic_dialog, VOC, CRITIC_DIALOG, AdwWindow)

VocCriticDialog *voc_critic_dialog_new     (VocDatabase *db,
                                            const char  *target_kind,
                                            gint64       target_id,
                                            const char  *text,
                                            const char  *posting_text);
VocCriticDialog *voc_critic_dialog_present (GtkWindow   *parent,
                                            VocDatabase *db,
                                            const char  *target_kind,
                                            gint64       target_id,
                                            const char  *text,
                                            const char  *posting_text);

G_END_DECLS
