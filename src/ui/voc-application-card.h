/* voc-application-card.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "voc-repositories.h"

G_BEGIN_DECLS

#define VOC_TYPE_APPLICATION_CARD (voc_application_card_get_type ())
G_DECLARE_FINAL_TYPE (VocApplicationCard, voc_application_card, VOC, APPLICATION_CARD, GtkWidget)

GtkWidget             *voc_application_card_new             (VocPipelineRepository *repository);
VocJobApplication     *voc_application_card_get_application (VocApplicationCard    *self);
void                   voc_application_card_set_application (VocApplicationCard    *self,
                                                             VocJobApplication     *application);
VocPipelineRepository *voc_application_card_get_repository  (VocApplicationCard    *self);
const char            *voc_application_card_get_next_step   (VocApplicationCard    *self);
int                    voc_application_card_get_fit_score   (VocApplicationCard    *self);

G_END_DECLS
