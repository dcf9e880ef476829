/* voc-pipeline-form.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "voc-repositories.h"

G_BEGIN_DECLS

gboolean       voc_pipeline_form_parse_date        (const char            *text,
                                                    int                   *year,
                                                    int                   *month,
                                                    int                   *day);
gboolean       voc_pipeline_form_parse_time        (const char            *text,
                                                    int                   *hour,
                                                    int                   *minute);
GtkStringList *voc_pipeline_form_list_applications (VocPipelineRepository *repository,
                                                    GArray                *ids,
                                                    gint64                 selected_id,
                                                    guint                 *selected);

G_END_DECLS
