/* voc-application-create.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-application-create"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "voc-application-create.h"
#include "voc-pipeline-board.h"

/*
 * Create Application, from wherever a job is shown: stores the application of the job in
 * the prospect stage (or finds the one it has) and says so in a toast whose button shows the
 * Pipeline page.
 */

static void
show_toast (GtkWidget  *widget,
            AdwToast   *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

/**
 * voc_application_create_for_posting:
 * @widget: where the toast that reports it is shown
 *
 * Returns: (transfer full) (nullable): the application of @posting, new or found, or %NULL
 *   when it could not be stored (the toast says why)
 */
VocJobApplication *
voc_application_create_for_posting (GtkWidget        *widget,
                                    VocJobRepository *repository,
                                    VocJobPosting    *posting)
{
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  g_autoptr(VocJobApplication) application = NULL;
  g_autoptr(GError) error = NULL;
  gboolean created = FALSE;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (VOC_IS_JOB_REPOSITORY (repository), NULL);
  g_return_val_if_fail (VOC_IS_JOB_POSTING (posting), NULL);

  pipeline = voc_pipeline_repository_new (voc_repository_get_database (VOC_REPOSITORY (repository)));
  application = voc_pipeline_repository_create_application (pipeline,
                                                            voc_entity_get_id (VOC_ENTITY (posting)),
                                                            &created, &error);
  if (application == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      show_toast (widget, adw_toast_new_format (_("Cannot create the application: %s"), escaped));
      return NULL;
    }

  toast = adw_toast_new (created ? _("Application created in Prospect")
                                 : _("This job already has an application"));
  adw_toast_set_button_label (toast, _("_Show Pipeline"));
  adw_toast_set_action_name (toast, "win.show-page");
  adw_toast_set_action_target_value (toast, g_variant_new_string ("pipeline"));
  show_toast (widget, toast);

  return g_steal_pointer (&application);
}
