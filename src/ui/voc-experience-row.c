/* voc-experience-row.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-experience-row"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-experience-row.h"
#include "voc-format.h"

/*
 * One experience of the resume: the title, the employer and place below it, the dates at the
 * end. It holds its experience, so that the store's in-place refresh of an edited row (a
 * notify on the entity) reaches the row.
 */

struct _VocExperienceRow
{
  AdwActionRow   parent_instance;

  /* Template widgets */
  GtkLabel      *dates_label;

  VocExperience *experience;
  GSignalGroup  *experience_signals;
};

G_DEFINE_FINAL_TYPE (VocExperienceRow, voc_experience_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_EXPERIENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (VocExperienceRow *self)
{
  g_autofree char *dates = NULL;
  g_autofree char *subtitle = NULL;
  const char *employer = NULL;
  const char *location = NULL;

  if (self->experience == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), "");
      gtk_label_set_label (self->dates_label, "");
      return;
    }

  employer = voc_experience_get_employer (self->experience);
  location = voc_experience_get_location (self->experience);
  if (employer != NULL && *employer != '\0' && location != NULL && *location != '\0')
    /* TRANSLATORS: an employer and where the job was, like "Acme · Berlin" */
    subtitle = g_strdup_printf (C_("experience", "%s · %s"), employer, location);
  else if (employer != NULL && *employer != '\0')
    subtitle = g_strdup (employer);
  else
    subtitle = g_strdup (location);

  dates = voc_format_date_range (voc_experience_get_start_date (self->experience),
                                 voc_experience_get_end_date (self->experience));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 voc_experience_get_title (self->experience));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_label_set_label (self->dates_label, dates);
}

static void
on_experience_notify_cb (VocExperienceRow *self,
                         GParamSpec       *pspec,
                         VocExperience    *experience)
{
  update (self);
}

static void
voc_experience_row_dispose (GObject *object)
{
  VocExperienceRow *self = VOC_EXPERIENCE_ROW (object);

  g_clear_object (&self->experience_signals);
  g_clear_object (&self->experience);

  G_OBJECT_CLASS (voc_experience_row_parent_class)->dispose (object);
}

static void
voc_experience_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VocExperienceRow *self = VOC_EXPERIENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXPERIENCE:
      g_value_set_object (value, self->experience);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_experience_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VocExperienceRow *self = VOC_EXPERIENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXPERIENCE:
      voc_experience_row_set_experience (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_experience_row_class_init (VocExperienceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_experience_row_dispose;
  object_class->get_property = voc_experience_row_get_property;
  object_class->set_property = voc_experience_row_set_property;

  properties[PROP_EXPERIENCE] =
    g_param_spec_object ("experience", NULL, NULL,
                         VOC_TYPE_EXPERIENCE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-experience-row.ui");
  gtk_widget_class_bind_template_child (widget_class, VocExperienceRow, dates_label);
}

static void
voc_experience_row_init (VocExperienceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->experience_signals = g_signal_group_new (VOC_TYPE_EXPERIENCE);
  g_signal_group_connect_object (self->experience_signals, "notify",
                                 G_CALLBACK (on_experience_notify_cb), self,
                                 G_CONNECT_SWAPPED);
}

GtkWidget *
voc_experience_row_new (VocExperience *experience)
{
  g_return_val_if_fail (!experience || VOC_IS_EXPERIENCE (experience), NULL);

  return g_object_new (VOC_TYPE_EXPERIENCE_ROW,
                       "experience", experience,
                       NULL);
}

/**
 * voc_experience_row_get_experience:
 *
 * Returns: (transfer none) (nullable): the experience shown
 */
VocExperience *
voc_experience_row_get_experience (VocExperienceRow *self)
{
  g_return_val_if_fail (VOC_IS_EXPERIENCE_ROW (self), NULL);

  return self->experience;
}

void
voc_experience_row_set_experience (VocExperienceRow *self,
                                   VocExperience    *experience)
{
  g_return_if_fail (VOC_IS_EXPERIENCE_ROW (self));
  g_return_if_fail (!experience || VOC_IS_EXPERIENCE (experience));

  if (!g_set_object (&self->experience, experience))
    return;

  g_signal_group_set_target (self->experience_signals, experience);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPERIENCE]);
}
