/* voc-pipeline-rows.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-pipeline-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-pipeline-rows.h"

/*
 * The rows of tasks and events, the same on every page that lists them (Today, the
 * application detail): a task with its check box, a "Suggested" tag when a rule made it and
 * buttons to edit, snooze and delete it; an event with buttons to edit, export and delete
 * it. The page says when (the subtitle) and which of its actions the buttons activate;
 * VocPipelineActions does the work.
 */

static GtkWidget *
icon_button (const char *icon_name,
             const char *label,
             const char *action_name,
             gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);

  return button;
}

/**
 * voc_task_row_new:
 * @subtitle: (nullable): when it is due, as the page says it
 *
 * Returns: (transfer floating): an #AdwActionRow for @task
 */
GtkWidget *
voc_task_row_new (VocTask                 *task,
                  const char              *subtitle,
                  const VocTaskRowActions *actions)
{
  gint64 id;
  GtkWidget *row;
  GtkWidget *check;

  g_return_val_if_fail (VOC_IS_TASK (task), NULL);
  g_return_val_if_fail (actions != NULL, NULL);

  id = voc_entity_get_id (VOC_ENTITY (task));
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), voc_task_get_title (task));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Mark Done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Mark Done"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (check), actions->complete);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (check), "x", id);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  if (voc_task_get_suggested (task))
    {
      GtkWidget *tag = gtk_label_new (_("Suggested"));

      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (tag, _("Suggested by a rule in Preferences"));
      gtk_widget_add_css_class (tag, "stage-pill");
      gtk_widget_add_css_class (tag, "stage-applied");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("document-edit-symbolic", _("Edit Task"),
                                          actions->edit, id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("alarm-symbolic", actions->snooze_label,
                                          actions->snooze, id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("user-trash-symbolic", _("Delete Task"),
                                          actions->delete, id));

  return row;
}

/**
 * voc_event_row_new:
 * @subtitle: (nullable): when and where, as the page says it
 *
 * Returns: (transfer floating): an #AdwActionRow for @event
 */
GtkWidget *
voc_event_row_new (VocEvent                 *event,
                   const char               *subtitle,
                   const VocEventRowActions *actions)
{
  gint64 id;
  GtkWidget *row;

  g_return_val_if_fail (VOC_IS_EVENT (event), NULL);
  g_return_val_if_fail (actions != NULL, NULL);

  id = voc_entity_get_id (VOC_ENTITY (event));
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), voc_event_get_title (event));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("x-office-calendar-symbolic"));

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("document-edit-symbolic", _("Edit Event"),
                                          actions->edit, id));
  if (actions->export != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               icon_button ("document-save-as-symbolic", _("Export to Calendar…"),
                                            actions->export, id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("user-trash-symbolic", _("Delete Event"),
                                          actions->delete, id));

  return row;
}
