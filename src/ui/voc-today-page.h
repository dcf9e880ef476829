/* voc-today-page.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_TYPE_TODAY_PAGE (voc_today_page_get_type ())
G_DECLARE_FINAL_TYPE (VocTodayPage, voc_today_page, VOC, TODAY_PAGE, AdwBin)

VocDatabase *voc_today_page_get_database (VocTodayPage *self);
void         voc_today_page_set_database (VocTodayPage *self,
                                          VocDatabase  *database);
GListModel  *voc_today_page_get_tasks    (VocTodayPage *self);
GListModel  *voc_today_page_get_events   (VocTodayPage *self);
const char  *voc_today_page_get_goal_text (VocTodayPage *self);
void         voc_today_page_refresh      (VocTodayPage *self);

G_END_DECLS
