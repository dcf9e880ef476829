/* voc-window.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-database.h"
#include "voc-job-importer.h"

G_BEGIN_DECLS

#define VOC_TYPE_WINDOW (voc_window_get_type ())
G_DECLARE_FINAL_TYPE (VocWindow, voc_window, VOC, WINDOW, AdwApplicationWindow)

VocWindow   *voc_window_new               (GtkApplication *application,
                                           const char     *database_path);
const char  *voc_window_get_database_path (VocWindow      *self);
VocDatabase *voc_window_get_database      (VocWindow      *self);
const char  *voc_window_get_visible_page  (VocWindow      *self);
void         voc_window_set_visible_page  (VocWindow      *self,
                                           const char     *name);
void         voc_window_import_async      (VocWindow           *self,
                                           VocJobImporter      *importer,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
GPtrArray   *voc_window_import_finish     (VocWindow           *self,
                                           GAsyncResult        *result,
                                           GError             **error);

G_END_DECLS
