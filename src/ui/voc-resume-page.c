/* voc-resume-page.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-page"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-experience-row.h"
#include "voc-repositories.h"
#include "voc-resume-page-private.h"
#include "voc-skill-chip.h"
#include "voc-wrap-box.h"

/*
 * The master resume: the profile at the top, then the experiences and the skills. Three live
 * lists of the store (the profile is a list of at most one row, so that an edit of it from
 * anywhere shows here as well); a resume is a few dozen rows, so plain boxes bound to the
 * models are enough.
 */

struct _VocResumePage
{
  AdwBin               parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  GtkWidget           *profile_box;
  AdwAvatar           *avatar;
  GtkLabel            *name_label;
  GtkLabel            *headline_label;
  GtkLabel            *details_label;
  GtkLabel            *summary_label;
  GtkWidget           *experience_group;
  GtkListBox          *experience_list;
  GtkWidget           *skills_group;
  VocWrapBox          *skills_box;

  VocDatabase         *database;
  VocResumeRepository *repository;
  VocEntityList       *profiles;
  VocEntityList       *experiences;
  VocEntityList       *skills;
  VocProfile          *profile;
  GSignalGroup        *profile_signals;
};

G_DEFINE_FINAL_TYPE (VocResumePage, voc_resume_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), !is_blank (text));
}

static void
update_profile (VocResumePage *self)
{
  const char *name = NULL;
  const char *headline = NULL;
  const char *summary = NULL;
  g_autoptr(GPtrArray) details = g_ptr_array_new ();
  g_autofree char *details_text = NULL;

  if (self->profile != NULL)
    {
      const char *location = voc_profile_get_location (self->profile);
      const char *email = voc_profile_get_email (self->profile);

      name = voc_profile_get_full_name (self->profile);
      headline = voc_profile_get_headline (self->profile);
      summary = voc_profile_get_summary (self->profile);

      if (!is_blank (location))
        g_ptr_array_add (details, (gpointer) location);
      if (!is_blank (email))
        g_ptr_array_add (details, (gpointer) email);
    }
  g_ptr_array_add (details, NULL);
  /* TRANSLATORS: the separator between a location and an e-mail address */
  details_text = g_strjoinv (C_("profile", " · "), (char **) details->pdata);

  set_label (self->name_label, name);
  set_label (self->headline_label, headline);
  set_label (self->details_label, details_text);
  set_label (self->summary_label, summary);
  adw_avatar_set_text (self->avatar, name);
  gtk_widget_set_visible (GTK_WIDGET (self->avatar), !is_blank (name));

  gtk_widget_set_visible (self->profile_box,
                          !is_blank (name) || !is_blank (headline) ||
                          !is_blank (details_text) || !is_blank (summary));
}

static void
update_state (VocResumePage *self)
{
  guint n_experiences;
  guint n_skills;
  gboolean has_name;

  if (self->experiences == NULL || self->skills == NULL || self->profiles == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      return;
    }

  n_experiences = g_list_model_get_n_items (G_LIST_MODEL (self->experiences));
  n_skills = g_list_model_get_n_items (G_LIST_MODEL (self->skills));
  has_name = self->profile != NULL && !is_blank (voc_profile_get_full_name (self->profile));

  gtk_widget_set_visible (self->experience_group, n_experiences > 0);
  gtk_widget_set_visible (self->skills_group, n_skills > 0);

  gtk_stack_set_visible_child_name (self->stack,
                                    n_experiences > 0 || n_skills > 0 || has_name
                                    ? "list" : "empty");
}

static void
on_profile_notify_cb (VocResumePage *self,
                      GParamSpec    *pspec,
                      VocProfile    *profile)
{
  update_profile (self);
  update_state (self);
}

static void
on_profiles_items_changed_cb (VocResumePage *self,
                              guint          position,
                              guint          removed,
                              guint          added,
                              GListModel    *profiles)
{
  g_autoptr(VocProfile) profile = g_list_model_get_item (profiles, 0);

  g_set_object (&self->profile, profile);
  g_signal_group_set_target (self->profile_signals, profile);

  update_profile (self);
  update_state (self);
}

static void
on_list_items_changed_cb (VocResumePage *self,
                          guint          position,
                          guint          removed,
                          guint          added,
                          GListModel    *model)
{
  update_state (self);
}

static GtkWidget *
create_experience_row (gpointer item,
                       gpointer user_data)
{
  return voc_experience_row_new (item);
}

static GtkWidget *
create_skill_chip (gpointer item,
                   gpointer user_data)
{
  return voc_skill_chip_new (item);
}

static VocEntityList *
list (VocResumePage *self,
      GType          entity_type,
      const char    *order_by)
{
  VocEntityList *model = voc_repository_list (VOC_REPOSITORY (self->repository), entity_type,
                                              order_by);

  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_list_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return model;
}

static void
clear_models (VocResumePage *self)
{
  gtk_list_box_bind_model (self->experience_list, NULL, NULL, NULL, NULL);
  voc_wrap_box_bind_model (self->skills_box, NULL, NULL, NULL);

  if (self->profiles != NULL)
    g_signal_handlers_disconnect_by_data (self->profiles, self);
  if (self->experiences != NULL)
    g_signal_handlers_disconnect_by_data (self->experiences, self);
  if (self->skills != NULL)
    g_signal_handlers_disconnect_by_data (self->skills, self);

  g_signal_group_set_target (self->profile_signals, NULL);
  g_clear_object (&self->profile);
  g_clear_object (&self->profiles);
  g_clear_object (&self->experiences);
  g_clear_object (&self->skills);
  g_clear_object (&self->repository);
}

static void
voc_resume_page_dispose (GObject *object)
{
  VocResumePage *self = VOC_RESUME_PAGE (object);

  clear_models (self);
  g_clear_object (&self->profile_signals);

  g_clear_object (&self->database);

  G_OBJECT_CLASS (voc_resume_page_parent_class)->dispose (object);
}

static void
voc_resume_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VocResumePage *self = VOC_RESUME_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_resume_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  VocResumePage *self = VOC_RESUME_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      voc_resume_page_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_resume_page_class_init (VocResumePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_resume_page_dispose;
  object_class->get_property = voc_resume_page_get_property;
  object_class->set_property = voc_resume_page_set_property;

  /**
   * VocResumePage:database:
   *
   * The database whose resume is shown; %NULL while it is being opened.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VOC_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VOC_TYPE_WRAP_BOX);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-resume-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, stack);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, profile_box);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, avatar);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, name_label);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, headline_label);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, details_label);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, experience_group);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, experience_list);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, skills_group);
  gtk_widget_class_bind_template_child (widget_class, VocResumePage, skills_box);
}

static void
voc_resume_page_init (VocResumePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->profile_signals = g_signal_group_new (VOC_TYPE_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "notify",
                                 G_CALLBACK (on_profile_notify_cb), self,
                                 G_CONNECT_SWAPPED);
  update_profile (self);
}

/**
 * voc_resume_page_get_database:
 *
 * Returns: (transfer none) (nullable): the database
 */
VocDatabase *
voc_resume_page_get_database (VocResumePage *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return self->database;
}

void
voc_resume_page_set_database (VocResumePage *self,
                              VocDatabase   *database)
{
  g_return_if_fail (VOC_IS_RESUME_PAGE (self));
  g_return_if_fail (!database || VOC_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  clear_models (self);

  if (database != NULL)
    {
      self->repository = voc_resume_repository_new (database);
      self->experiences = list (self, VOC_TYPE_EXPERIENCE, "t.position, t.start_date DESC, t.id");
      self->skills = list (self, VOC_TYPE_SKILL, "t.position, t.name COLLATE NOCASE, t.id");
      self->profiles = voc_repository_list (VOC_REPOSITORY (self->repository), VOC_TYPE_PROFILE,
                                            "t.id");
      g_signal_connect_object (self->profiles, "items-changed",
                               G_CALLBACK (on_profiles_items_changed_cb), self,
                               G_CONNECT_SWAPPED);

      gtk_list_box_bind_model (self->experience_list, G_LIST_MODEL (self->experiences),
                               create_experience_row, NULL, NULL);
      voc_wrap_box_bind_model (self->skills_box, G_LIST_MODEL (self->skills),
                               create_skill_chip, NULL);

      on_profiles_items_changed_cb (self, 0, 0, 0, G_LIST_MODEL (self->profiles));
    }
  else
    {
      update_profile (self);
      update_state (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

const char *
voc_resume_page_get_visible_child_name (VocResumePage *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * voc_resume_page_get_experiences:
 *
 * Returns: (transfer none) (nullable): the experiences shown
 */
GListModel *
voc_resume_page_get_experiences (VocResumePage *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return self->experiences != NULL ? G_LIST_MODEL (self->experiences) : NULL;
}

/**
 * voc_resume_page_get_skills:
 *
 * Returns: (transfer none) (nullable): the skills shown
 */
GListModel *
voc_resume_page_get_skills (VocResumePage *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return self->skills != NULL ? G_LIST_MODEL (self->skills) : NULL;
}

/**
 * voc_resume_page_get_profile_name:
 *
 * Returns: (nullable): the name shown at the top
 */
const char *
voc_resume_page_get_profile_name (VocResumePage *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PAGE (self), NULL);

  return self->profile != NULL ? voc_profile_get_full_name (self->profile) : NULL;
}
