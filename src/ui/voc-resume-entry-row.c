/* voc-resume-entry-row.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-entry-row"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-format.h"
#include "voc-resume-entry-row.h"
#include "voc-resume-format.h"

/*
 * One entry of a short section of the resume: an education, a certification (with its
 * expiry as a badge, in the warning or error colour), a skill, a project or a language.
 * Activating the row edits the entry, its button deletes it: both are the Resume page's
 * actions, with the entry's table and id as target. The row follows its entity, which the
 * store refreshes in place when it is written.
 */

struct _VocResumeEntryRow
{
  AdwActionRow  parent_instance;

  GtkLabel     *badge;
  GtkWidget    *delete_button;

  VocEntity    *entity;
};

G_DEFINE_FINAL_TYPE (VocResumeEntryRow, voc_resume_entry_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ENTITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
add_part (GPtrArray  *parts,
          const char *text)
{
  if (is_set (text))
    g_ptr_array_add (parts, g_strdup (text));
}

static void
update (VocResumeEntryRow *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;
  g_autofree char *badge = NULL;
  const char *title = NULL;
  int days_left = G_MAXINT;

  if (self->entity == NULL)
    return;

  if (VOC_IS_EDUCATION (self->entity))
    {
      VocEducation *education = VOC_EDUCATION (self->entity);
      const char *type = voc_education_get_study_type (education);
      const char *area = voc_education_get_area (education);

      title = voc_education_get_institution (education);
      if (is_set (type) && is_set (area))
        /* TRANSLATORS: a degree and its subject, like "MSc in Computer Science" */
        g_ptr_array_add (parts, g_strdup_printf (_("%s in %s"), type, area));
      else
        add_part (parts, is_set (type) ? type : area);
      g_ptr_array_add (parts, voc_format_date_range (voc_education_get_start_date (education),
                                                     voc_education_get_end_date (education)));
      add_part (parts, voc_education_get_score (education));
    }
  else if (VOC_IS_CERTIFICATION (self->entity))
    {
      VocCertification *certification = VOC_CERTIFICATION (self->entity);
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                               g_date_time_get_month (now),
                                               g_date_time_get_year (now));
      const char *issued = voc_certification_get_issued_on (certification);

      title = voc_certification_get_name (certification);
      add_part (parts, voc_certification_get_issuer (certification));
      if (is_set (issued))
        /* TRANSLATORS: when a certification was obtained */
        g_ptr_array_add (parts, g_strdup_printf (_("Issued %s"), issued));
      badge = voc_resume_format_expiry (voc_certification_get_expires_on (certification), today,
                                        &days_left);
    }
  else if (VOC_IS_SKILL (self->entity))
    {
      VocSkill *skill = VOC_SKILL (self->entity);
      double years = voc_skill_get_years (skill);

      title = voc_skill_get_name (skill);
      add_part (parts, voc_format_skill_level (voc_skill_get_level (skill)));
      if (years >= 0)
        g_ptr_array_add (parts, voc_format_years (years));
      add_part (parts, voc_skill_get_category (skill));
    }
  else if (VOC_IS_PROJECT (self->entity))
    {
      VocProject *project = VOC_PROJECT (self->entity);

      title = voc_project_get_name (project);
      add_part (parts, voc_project_get_entity (project));
      g_ptr_array_add (parts, voc_format_date_range (voc_project_get_start_date (project),
                                                     voc_project_get_end_date (project)));
      add_part (parts, voc_project_get_description (project));
    }
  else if (VOC_IS_LANGUAGE (self->entity))
    {
      VocLanguage *language = VOC_LANGUAGE (self->entity);

      title = voc_language_get_language (language);
      add_part (parts, voc_language_get_fluency (language));
    }

  /* Empty parts (a date range without dates) are dropped before joining. */
  for (guint i = parts->len; i > 0; i--)
    if (!is_set (g_ptr_array_index (parts, i - 1)))
      g_ptr_array_remove_index (parts, i - 1);
  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: the separator between the facts about an entry of the resume */
  subtitle = g_strjoinv (C_("resume", " · "), (char **) parts->pdata);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title != NULL ? title : "");
  {
    /* TRANSLATORS: the button that deletes an entry of the resume, named after it */
    g_autofree char *delete_label = g_strdup_printf (_("Delete “%s”"), title != NULL ? title : "");

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);
  }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  gtk_label_set_label (self->badge, badge != NULL ? badge : "");
  gtk_widget_set_visible (GTK_WIDGET (self->badge), badge != NULL);
  if (days_left < 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->badge), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->badge), "error");
  if (days_left >= 0 && days_left <= 90)
    gtk_widget_add_css_class (GTK_WIDGET (self->badge), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->badge), "warning");
}

static void
on_entity_notify_cb (VocResumeEntryRow *self,
                     GParamSpec        *pspec,
                     VocEntity         *entity)
{
  update (self);
}

static void
on_activated_cb (VocResumeEntryRow *self)
{
  if (self->entity != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "resume.edit", "(sx)",
                                voc_entity_get_table (self->entity),
                                voc_entity_get_id (self->entity));
}

static gboolean
delete_shortcut (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  VocResumeEntryRow *self = VOC_RESUME_ENTRY_ROW (widget);

  if (self->entity == NULL)
    return FALSE;

  return gtk_widget_activate_action (widget, "resume.delete", "(sx)",
                                     voc_entity_get_table (self->entity),
                                     voc_entity_get_id (self->entity));
}

static void
voc_resume_entry_row_dispose (GObject *object)
{
  VocResumeEntryRow *self = VOC_RESUME_ENTRY_ROW (object);

  g_clear_object (&self->entity);

  G_OBJECT_CLASS (voc_resume_entry_row_parent_class)->dispose (object);
}

static void
voc_resume_entry_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  VocResumeEntryRow *self = VOC_RESUME_ENTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTITY:
      g_value_set_object (value, self->entity);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_resume_entry_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  VocResumeEntryRow *self = VOC_RESUME_ENTRY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTITY:
      self->entity = g_value_dup_object (value);
      if (self->entity != NULL)
        {
          g_signal_connect_object (self->entity, "notify", G_CALLBACK (on_entity_notify_cb),
                                   self, G_CONNECT_SWAPPED);
          gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "(sx)",
                                            voc_entity_get_table (self->entity),
                                            voc_entity_get_id (self->entity));
        }
      update (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_resume_entry_row_class_init (VocResumeEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_resume_entry_row_dispose;
  object_class->get_property = voc_resume_entry_row_get_property;
  object_class->set_property = voc_resume_entry_row_set_property;

  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL,
                         VOC_TYPE_ENTITY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, delete_shortcut, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Delete, 0, delete_shortcut, NULL);
}

static void
voc_resume_entry_row_init (VocResumeEntryRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);

  self->badge = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->badge), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->badge), "caption-heading");
  gtk_widget_set_visible (GTK_WIDGET (self->badge), FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->badge));

  self->delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (self->delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->delete_button, "flat");
  gtk_widget_set_tooltip_text (self->delete_button, _("Delete"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "resume.delete");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->delete_button);

  g_signal_connect (self, "activated", G_CALLBACK (on_activated_cb), NULL);
}

GtkWidget *
voc_resume_entry_row_new (VocEntity *entity)
{
  g_return_val_if_fail (VOC_IS_ENTITY (entity), NULL);

  return g_object_new (VOC_TYPE_RESUME_ENTRY_ROW, "entity", entity, NULL);
}

/**
 * voc_resume_entry_row_get_entity:
 *
 * Returns: (transfer none): the entry shown
 */
VocEntity *
voc_resume_entry_row_get_entity (VocResumeEntryRow *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_ENTRY_ROW (self), NULL);

  return self->entity;
}

/**
 * voc_resume_entry_row_get_badge:
 *
 * Returns: the badge shown at the end ("Expired 2024-05"), "" for none
 */
const char *
voc_resume_entry_row_get_badge (VocResumeEntryRow *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_ENTRY_ROW (self), NULL);

  return gtk_label_get_label (self->badge);
}
