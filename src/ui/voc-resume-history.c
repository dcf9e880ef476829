/* voc-resume-history.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-history"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-format.h"
#include "voc-resume-history.h"

/*
 * The earlier texts of a bullet, newest first, each with when it was replaced and a button
 * that brings it back. Restoring is an edit like any other (the text it replaces joins the
 * list), so the list is the store's live list of versions and grows by itself.
 */

struct _VocResumeHistory
{
  AdwWindow            parent_instance;

  GtkLabel            *current_label;
  GtkListBox          *list;
  AdwToastOverlay     *overlay;

  VocResumeRepository *repository;
  VocBullet           *bullet;
  GListModel          *versions;
};

G_DEFINE_FINAL_TYPE (VocResumeHistory, voc_resume_history, ADW_TYPE_WINDOW)

static void
update_current (VocResumeHistory *self)
{
  const char *text = voc_bullet_get_text (self->bullet);

  gtk_label_set_label (self->current_label, text != NULL ? text : "");
}

static void
on_bullet_notify_cb (VocResumeHistory *self,
                     GParamSpec       *pspec,
                     VocBullet        *bullet)
{
  update_current (self);
}

static const char *
source_text (VocBulletVersion *version)
{
  if (g_strcmp0 (voc_bullet_version_get_reason (version), "restore") == 0)
    return _("Replaced by a restored version");

  switch (voc_bullet_version_get_source (version))
    {
    case VOC_VERSION_SOURCE_IMPORT:
      return _("Replaced after an import");
    case VOC_VERSION_SOURCE_AI:
      return _("Replaced by an AI suggestion");
    case VOC_VERSION_SOURCE_TAILOR:
      return _("Replaced while tailoring");
    case VOC_VERSION_SOURCE_USER:
    default:
      return _("Edited");
    }
}

static void
on_restore_clicked_cb (GtkButton        *button,
                       VocResumeHistory *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  g_autoptr(GError) error = NULL;

  if (row == NULL)
    return;

  if (!voc_resume_history_restore (self, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)),
                                   &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_toast_overlay_add_toast (self->overlay, adw_toast_new (escaped));
    }
  else
    adw_toast_overlay_add_toast (self->overlay, adw_toast_new (_("Version restored")));
}

static GtkWidget *
create_version_row (gpointer item,
                    gpointer user_data)
{
  VocResumeHistory *self = user_data;
  VocBulletVersion *version = item;
  g_autofree char *when = voc_format_date (voc_entity_get_created_at (VOC_ENTITY (version)),
                                           NULL);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore"));

  /* TRANSLATORS: when an earlier text of a bullet was replaced, and how, like
   * "Today · Edited" */
  subtitle = g_strdup_printf (C_("history", "%s · %s"), when, source_text (version));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), voc_bullet_version_get_text (version));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Make this the bullet’s text again"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_restore_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
voc_resume_history_dispose (GObject *object)
{
  VocResumeHistory *self = VOC_RESUME_HISTORY (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->versions);
  g_clear_object (&self->bullet);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (voc_resume_history_parent_class)->dispose (object);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
voc_resume_history_class_init (VocResumeHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_resume_history_dispose;

  gtk_widget_class_install_action (widget_class, "history.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "history.close", NULL);
}

static void
voc_resume_history_init (VocResumeHistory *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *current_group = adw_preferences_group_new ();
  GtkWidget *versions_group = adw_preferences_group_new ();
  GtkWidget *placeholder;
  GtkWidget *card;

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 560);
  gtk_window_set_title (GTK_WINDOW (self), _("Achievement History"));

  gtk_box_append (GTK_BOX (box), header);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (current_group), _("Current Text"));
  self->current_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->current_label, 0);
  gtk_label_set_wrap (self->current_label, TRUE);
  gtk_label_set_wrap_mode (self->current_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (GTK_WIDGET (self->current_label), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->current_label), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->current_label), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->current_label), 12);
  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->current_label));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (current_group), card);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (current_group));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (versions_group), _("Earlier Texts"));
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Earlier Texts"), -1);
  placeholder = gtk_label_new (_("The text has not been changed since it was written"));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (versions_group), GTK_WIDGET (self->list));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (versions_group));

  gtk_widget_set_vexpand (page, TRUE);
  self->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->overlay, page);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->overlay));

  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * voc_resume_history_new:
 * @parent: (nullable): a widget of the window the dialog belongs to
 *
 * Returns: (transfer none): the dialog, shown; GTK owns it until it is closed
 */
VocResumeHistory *
voc_resume_history_new (GtkWidget           *parent,
                        VocResumeRepository *repository,
                        VocBullet           *bullet)
{
  VocResumeHistory *self;
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  g_return_val_if_fail (VOC_IS_RESUME_REPOSITORY (repository), NULL);
  g_return_val_if_fail (VOC_IS_BULLET (bullet), NULL);

  self = g_object_new (VOC_TYPE_RESUME_HISTORY,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       NULL);
  self->repository = g_object_ref (repository);
  self->bullet = g_object_ref (bullet);
  self->versions = G_LIST_MODEL (voc_resume_repository_list_bullet_versions (
    repository, voc_entity_get_id (VOC_ENTITY (bullet))));

  g_signal_connect_object (bullet, "notify::text", G_CALLBACK (on_bullet_notify_cb), self,
                           G_CONNECT_SWAPPED);
  update_current (self);
  gtk_list_box_bind_model (self->list, self->versions, create_version_row, self, NULL);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/**
 * voc_resume_history_get_versions:
 *
 * Returns: (transfer none): the earlier texts, newest first
 */
GListModel *
voc_resume_history_get_versions (VocResumeHistory *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_HISTORY (self), NULL);

  return self->versions;
}

/**
 * voc_resume_history_restore:
 * @position: the version's place in the list
 *
 * Makes an earlier text the bullet's text again (what the version's Restore button does).
 */
gboolean
voc_resume_history_restore (VocResumeHistory  *self,
                            guint              position,
                            GError           **error)
{
  g_autoptr(VocBulletVersion) version = NULL;

  g_return_val_if_fail (VOC_IS_RESUME_HISTORY (self), FALSE);

  version = g_list_model_get_item (self->versions, position);
  g_return_val_if_fail (version != NULL, FALSE);

  return voc_resume_repository_restore_bullet_version (self->repository, self->bullet, version,
                                                       error);
}
