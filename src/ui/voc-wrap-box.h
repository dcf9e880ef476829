/* voc-wrap-box.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VOC_TYPE_WRAP_BOX (voc_wrap_box_get_type ())
G_DECLARE_FINAL_TYPE (VocWrapBox, voc_wrap_box, VOC, WRAP_BOX, GtkWidget)

typedef GtkWidget *(*VocWrapBoxCreateWidgetFunc) (gpointer item,
                                                  gpointer user_data);

GtkWidget *voc_wrap_box_new            (void);
int        voc_wrap_box_get_spacing      (VocWrapBox                 *self);
void       voc_wrap_box_set_spacing      (VocWrapBox                 *self,
                                          int                         spacing);
int        voc_wrap_box_get_line_spacing (VocWrapBox                 *self);
void       voc_wrap_box_set_line_spacing (VocWrapBox                 *self,
                                          int                         line_spacing);
void       voc_wrap_box_bind_model       (VocWrapBox                 *self,
                                          GListModel                 *model,
                                          VocWrapBoxCreateWidgetFunc  create_widget_func,
                                          gpointer                    user_data);

G_END_DECLS
