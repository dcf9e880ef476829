/* voc-pipeline-form.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "voc-pipeline-form.h"

/* What the task and event editors share: reading a typed date and time of day, and the
 * list of applications an item can be linked to. */

/* "2026-11-24" → year, month, day; FALSE unless it is a real date. */
gboolean
voc_pipeline_form_parse_date (const char *text,
                              int        *year,
                              int        *month,
                              int        *day)
{
  int end = 0;

  if (sscanf (text, "%4d-%2d-%2d%n", year, month, day, &end) != 3 || text[end] != '\0')
    return FALSE;

  return g_date_valid_dmy (*day, *month, *year);
}

/* "9:30", "17:00" → hour, minute; FALSE unless it is a time of day. */
gboolean
voc_pipeline_form_parse_time (const char *text,
                              int        *hour,
                              int        *minute)
{
  int end = 0;

  if (sscanf (text, "%2d:%2d%n", hour, minute, &end) != 2 || text[end] != '\0')
    return FALSE;

  return *hour >= 0 && *hour <= 23 && *minute >= 0 && *minute <= 59 && text[end - 3] == ':';
}

/**
 * voc_pipeline_form_list_applications:
 * @ids: (element-type gint64): set to the id of each label; 0 for the first, "None"
 * @selected_id: the application to find
 * @selected: (out): the position of @selected_id, or 0
 *
 * Returns: (transfer full): "None", then "Engineer at Acme" for each application
 */
GtkStringList *
voc_pipeline_form_list_applications (VocPipelineRepository *repository,
                                     GArray                *ids,
                                     gint64                 selected_id,
                                     guint                 *selected)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(VocEntityList) applications = NULL;
  guint n;

  *selected = 0;
  g_array_set_size (ids, 0);
  /* TRANSLATORS: an item that belongs to no application */
  gtk_string_list_append (labels, C_("application", "None"));
  g_array_append_val (ids, (gint64) { 0 });

  applications = voc_repository_list (VOC_REPOSITORY (repository), VOC_TYPE_JOB_APPLICATION, NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (applications));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VocJobApplication) application = g_list_model_get_item (G_LIST_MODEL (applications), i);
      const char *title = voc_job_application_get_posting_title (application);
      const char *company = voc_job_application_get_company_name (application);
      gint64 id = voc_entity_get_id (VOC_ENTITY (application));
      g_autofree char *label = NULL;

      if (title == NULL || *title == '\0')
        title = _("Untitled job");
      if (company != NULL && *company != '\0')
        /* TRANSLATORS: an application: "Engineer at Acme" */
        label = g_strdup_printf (_("%s at %s"), title, company);
      else
        label = g_strdup (title);

      if (id == selected_id)
        *selected = ids->len;
      gtk_string_list_append (labels, label);
      g_array_append_val (ids, id);
    }

  return g_steal_pointer (&labels);
}
