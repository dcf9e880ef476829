/* voc-export-chooser.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkFileChooserNative *voc_export_chooser_new (GtkWindow  *parent,
                                              const char *title,
                                              const char *name,
                                              gboolean    json_resume);

G_END_DECLS
