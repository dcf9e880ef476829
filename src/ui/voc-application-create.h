/* voc-application-create.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "voc-repositories.h"

G_BEGIN_DECLS

VocJobApplication *voc_application_create_for_posting (GtkWidget        *widget,
                                                       VocJobRepository *repository,
                                                       VocJobPosting    *posting);

G_END_DECLS
