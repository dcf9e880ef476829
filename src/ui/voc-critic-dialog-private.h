/* voc-critic-dialog-private.h — what the tests look at
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-critic-dialog.h"

G_BEGIN_DECLS

GtkStack   *voc_critic_dialog_get_stack       (VocCriticDialog *self);
GtkLevelBar *voc_critic_dialog_get_score_bar  (VocCriticDialog *self,
                                               guint            score);
GtkLabel   *voc_critic_dialog_get_score_delta (VocCriticDialog *self,
                                               guint            score);
GtkListBox *voc_critic_dialog_get_issues      (VocCriticDialog *self);
GtkListBox *voc_critic_dialog_get_history     (VocCriticDialog *self);
const char *voc_critic_dialog_get_error       (VocCriticDialog *self);

G_END_DECLS
