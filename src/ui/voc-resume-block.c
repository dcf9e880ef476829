/* voc-resume-block.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-block"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-format.h"
#include "voc-resume-block.h"
#include "voc-resume-bullet-row.h"
#include "voc-resume-format.h"

/*
 * An experience, or a consulting engagement inside one: its heading (title, employer or
 * client, dates), its description, its bullets in their order and a button to add one; an
 * experience also holds its engagements, as blocks of their own. The bullets and engagements
 * are live lists of the store filtered by the page's filter (which hides what waits for its
 * undo and, unless asked, retired bullets), so that a write anywhere updates exactly the rows
 * it touched.
 */

struct _VocResumeBlock
{
  GtkBox               parent_instance;

  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkLabel            *dates_label;
  GtkLabel            *description_label;
  GtkMenuButton       *menu_button;
  GtkListBox          *bullet_list;
  GtkWidget           *add_bullet_button;
  GtkListBox          *engagement_list;

  VocResumeRepository *repository;
  VocEntity           *entity;
  GtkFilter           *filter;
  GListModel          *bullets;
  GListModel          *engagements;
};

G_DEFINE_FINAL_TYPE (VocResumeBlock, voc_resume_block, GTK_TYPE_BOX)

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), is_set (text));
}

static char *
join_parts (const char * const *parts,
            guint               n)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    if (is_set (parts[i]))
      g_ptr_array_add (kept, (gpointer) parts[i]);
  g_ptr_array_add (kept, NULL);

  /* TRANSLATORS: the separator between an employer, a place and a kind of job */
  return g_strjoinv (C_("experience", " · "), (char **) kept->pdata);
}

static void
update (VocResumeBlock *self)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *description = NULL;
  g_autofree char *title = NULL;

  if (VOC_IS_EXPERIENCE (self->entity))
    {
      VocExperience *experience = VOC_EXPERIENCE (self->entity);
      const char *parts[] = {
        voc_experience_get_employer (experience),
        voc_experience_get_location (experience),
        voc_format_employment_type (voc_experience_get_employment_type (experience)),
      };

      title = g_strdup (voc_experience_get_title (experience));
      subtitle = join_parts (parts, G_N_ELEMENTS (parts));
      dates = voc_format_date_range (voc_experience_get_start_date (experience),
                                     voc_experience_get_end_date (experience));
      description = g_strdup (voc_experience_get_description (experience));
    }
  else if (VOC_IS_ENGAGEMENT (self->entity))
    {
      VocEngagement *engagement = VOC_ENGAGEMENT (self->entity);
      g_autofree char *domains = voc_resume_format_list (voc_engagement_get_domain_tags (engagement));
      g_autofree char *technologies = voc_resume_format_list (
        voc_engagement_get_technology_tags (engagement));
      g_autofree char *domain_text = NULL;
      g_autofree char *technology_text = NULL;
      const char *project = voc_engagement_get_project (engagement);
      const char *parts[2];

      if (is_set (project))
        /* TRANSLATORS: a client and the project done for it, like "Globex — Billing rewrite" */
        title = g_strdup_printf (_("%s — %s"), voc_engagement_get_client (engagement), project);
      else
        title = g_strdup (voc_engagement_get_client (engagement));

      parts[0] = voc_engagement_get_engagement_type (engagement);
      parts[1] = NULL;
      subtitle = join_parts (parts, 1);
      dates = g_strdup (voc_engagement_get_date_label (engagement));

      if (*domains != '\0')
        /* TRANSLATORS: the business domains of a consulting engagement */
        domain_text = g_strdup_printf (_("Domains: %s"), domains);
      if (*technologies != '\0')
        /* TRANSLATORS: the technologies of a consulting engagement */
        technology_text = g_strdup_printf (_("Technologies: %s"), technologies);
      parts[0] = domain_text;
      parts[1] = technology_text;
      description = join_parts (parts, 2);
    }

  set_label (self->title_label, title);
  set_label (self->subtitle_label, subtitle);
  {
    /* TRANSLATORS: the menu of an experience or engagement, named after it */
    g_autofree char *actions = g_strdup_printf (_("Actions for “%s”"), title != NULL ? title : "");

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, actions, -1);
  }
  set_label (self->dates_label, dates);
  set_label (self->description_label, description);
}

static void
on_entity_notify_cb (VocResumeBlock *self,
                     GParamSpec     *pspec,
                     VocEntity      *entity)
{
  update (self);
}

static GtkWidget *
create_bullet_row (gpointer item,
                   gpointer user_data)
{
  return voc_resume_bullet_row_new (item);
}

static GtkWidget *
create_engagement_block (gpointer item,
                         gpointer user_data)
{
  VocResumeBlock *self = user_data;
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row),
                              voc_resume_block_new (self->repository, item, self->filter));
  return row;
}

static void
on_bullet_row_activated_cb (VocResumeBlock *self,
                            GtkListBoxRow  *row,
                            GtkListBox     *list)
{
  VocBullet *bullet;

  if (!VOC_IS_RESUME_BULLET_ROW (row))
    return;

  bullet = voc_resume_bullet_row_get_bullet (VOC_RESUME_BULLET_ROW (row));
  gtk_widget_activate_action (GTK_WIDGET (self), "resume.edit", "(sx)", "bullet",
                              voc_entity_get_id (VOC_ENTITY (bullet)));
}

static GMenuModel *
build_menu (VocResumeBlock *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) end = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  const char *table = voc_entity_get_table (self->entity);
  gint64 id = voc_entity_get_id (self->entity);

  item = g_menu_item_new (_("_Edit…"), NULL);
  g_menu_item_set_action_and_target_value (item, "resume.edit", g_variant_new ("(sx)", table, id));
  g_menu_append_item (menu, item);
  g_clear_object (&item);

  if (VOC_IS_EXPERIENCE (self->entity))
    {
      item = g_menu_item_new (_("Add _Engagement…"), NULL);
      g_menu_item_set_action_and_target_value (item, "resume.add-engagement",
                                               g_variant_new_int64 (id));
      g_menu_append_item (menu, item);
      g_clear_object (&item);
    }

  item = g_menu_item_new (_("_Delete"), NULL);
  g_menu_item_set_action_and_target_value (item, "resume.delete",
                                           g_variant_new ("(sx)", table, id));
  g_menu_append_item (end, item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (end));

  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static void
voc_resume_block_dispose (GObject *object)
{
  VocResumeBlock *self = VOC_RESUME_BLOCK (object);

  if (self->bullet_list != NULL)
    gtk_list_box_bind_model (self->bullet_list, NULL, NULL, NULL, NULL);
  if (self->engagement_list != NULL)
    gtk_list_box_bind_model (self->engagement_list, NULL, NULL, NULL, NULL);

  g_clear_object (&self->bullets);
  g_clear_object (&self->engagements);
  g_clear_object (&self->filter);
  g_clear_object (&self->entity);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (voc_resume_block_parent_class)->dispose (object);
}

static void
voc_resume_block_class_init (VocResumeBlockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = voc_resume_block_dispose;
}

static GtkLabel *
new_label (GtkBox     *box,
           const char *style)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (box, label);

  return GTK_LABEL (label);
}

static void
voc_resume_block_init (VocResumeBlock *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 9);
  gtk_widget_add_css_class (GTK_WIDGET (self), "resume-block");
}

static void
build (VocResumeBlock *self)
{
  gboolean experience = VOC_IS_EXPERIENCE (self->entity);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *placeholder;
  GtkWidget *content;
  g_autoptr(GMenuModel) menu = NULL;
  const char *actions_label;
  gint64 experience_id;
  gint64 engagement_id;

  self->title_label = new_label (GTK_BOX (texts), experience ? "title-4" : "heading");
  self->subtitle_label = new_label (GTK_BOX (texts), NULL);
  self->dates_label = new_label (GTK_BOX (texts), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->dates_label), "numeric");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (header), texts);

  actions_label = experience ? _("Experience Actions") : _("Engagement Actions");
  self->menu_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->menu_button, "view-more-symbolic");
  gtk_widget_set_valign (GTK_WIDGET (self->menu_button), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self->menu_button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), actions_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, actions_label, -1);
  menu = build_menu (self);
  gtk_menu_button_set_menu_model (self->menu_button, menu);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->menu_button));
  gtk_box_append (GTK_BOX (self), header);

  self->description_label = new_label (GTK_BOX (self), NULL);

  if (experience)
    {
      experience_id = voc_entity_get_id (self->entity);
      engagement_id = 0;
    }
  else
    {
      experience_id = voc_engagement_get_experience_id (VOC_ENGAGEMENT (self->entity));
      engagement_id = voc_entity_get_id (self->entity);
    }

  self->bullets = G_LIST_MODEL (gtk_filter_list_model_new (
    G_LIST_MODEL (voc_resume_repository_list_bullets (self->repository, experience_id,
                                                      engagement_id)),
    g_object_ref (self->filter)));

  self->bullet_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->bullet_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->bullet_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->bullet_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Achievements"), -1);
  placeholder = gtk_label_new (_("No achievements yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->bullet_list, placeholder);
  gtk_list_box_bind_model (self->bullet_list, self->bullets, create_bullet_row, NULL, NULL);
  g_signal_connect_object (self->bullet_list, "row-activated",
                           G_CALLBACK (on_bullet_row_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->bullet_list));

  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add Achievement"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  self->add_bullet_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->add_bullet_button), content);
  gtk_widget_add_css_class (self->add_bullet_button, "flat");
  gtk_widget_set_halign (self->add_bullet_button, GTK_ALIGN_START);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_bullet_button), "resume.add-bullet");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->add_bullet_button), "(xx)",
                                    experience_id, engagement_id);
  gtk_box_append (GTK_BOX (self), self->add_bullet_button);

  if (experience)
    {
      g_autofree char *where = g_strdup_printf ("t.experience_id = %" G_GINT64_FORMAT,
                                                experience_id);

      self->engagements = G_LIST_MODEL (gtk_filter_list_model_new (
        G_LIST_MODEL (voc_repository_list_where (VOC_REPOSITORY (self->repository),
                                                 VOC_TYPE_ENGAGEMENT, where,
                                                 "t.position, t.id", NULL)),
        g_object_ref (self->filter)));

      self->engagement_list = GTK_LIST_BOX (gtk_list_box_new ());
      gtk_list_box_set_selection_mode (self->engagement_list, GTK_SELECTION_NONE);
      gtk_widget_add_css_class (GTK_WIDGET (self->engagement_list), "resume-blocks");
      gtk_widget_set_margin_start (GTK_WIDGET (self->engagement_list), 24);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->engagement_list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Engagements"), -1);
      gtk_list_box_bind_model (self->engagement_list, self->engagements,
                               create_engagement_block, self, NULL);
      gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->engagement_list));
    }

  g_signal_connect_object (self->entity, "notify", G_CALLBACK (on_entity_notify_cb), self,
                           G_CONNECT_SWAPPED);
  update (self);
}

/**
 * voc_resume_block_new:
 * @entity: a #VocExperience or a #VocEngagement
 * @filter: what the page hides
 */
GtkWidget *
voc_resume_block_new (VocResumeRepository *repository,
                      VocEntity           *entity,
                      GtkFilter           *filter)
{
  VocResumeBlock *self;

  g_return_val_if_fail (VOC_IS_RESUME_REPOSITORY (repository), NULL);
  g_return_val_if_fail (VOC_IS_EXPERIENCE (entity) || VOC_IS_ENGAGEMENT (entity), NULL);
  g_return_val_if_fail (GTK_IS_FILTER (filter), NULL);

  self = g_object_new (VOC_TYPE_RESUME_BLOCK, NULL);
  self->repository = g_object_ref (repository);
  self->entity = g_object_ref (entity);
  self->filter = g_object_ref (filter);
  build (self);

  return GTK_WIDGET (self);
}

/**
 * voc_resume_block_get_entity:
 *
 * Returns: (transfer none): the experience or engagement shown
 */
VocEntity *
voc_resume_block_get_entity (VocResumeBlock *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_BLOCK (self), NULL);

  return self->entity;
}

/**
 * voc_resume_block_get_bullet_list:
 *
 * Returns: (transfer none): the list of the bullets' rows
 */
GtkListBox *
voc_resume_block_get_bullet_list (VocResumeBlock *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_BLOCK (self), NULL);

  return self->bullet_list;
}

/**
 * voc_resume_block_get_bullets:
 *
 * Returns: (transfer none): the bullets shown, in order
 */
GListModel *
voc_resume_block_get_bullets (VocResumeBlock *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_BLOCK (self), NULL);

  return self->bullets;
}

/**
 * voc_resume_block_get_engagement_list:
 *
 * Returns: (transfer none) (nullable): the list of an experience's engagements
 */
GtkListBox *
voc_resume_block_get_engagement_list (VocResumeBlock *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_BLOCK (self), NULL);

  return self->engagement_list;
}
