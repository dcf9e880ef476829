/* voc-resume-bullet-row.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-bullet-row"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-format.h"
#include "voc-resume-bullet-row.h"
#include "voc-resume-format.h"

/*
 * One achievement bullet: its text, and below it what kind of bullet it is, its tags and how
 * often resumes used it. A menu offers what can be done to it; the actions are the Resume
 * page's (`resume.*`), found up the widget tree, with the bullet's id as their target.
 *
 * Reordering: drag the row onto another bullet of the same list, or press Alt+Up / Alt+Down
 * (also in the menu). The row keeps the keyboard focus on the bullet after it moved, although
 * the list rebuilt the rows that changed place.
 */

struct _VocResumeBulletRow
{
  GtkListBoxRow  parent_instance;

  GtkLabel      *text_label;
  GtkLabel      *meta_label;
  GtkWidget     *retired_label;
  GtkMenuButton *menu_button;
  GtkDropTarget *drop_target;

  VocBullet     *bullet;
};

G_DEFINE_FINAL_TYPE (VocResumeBulletRow, voc_resume_bullet_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_BULLET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GMenuModel *
build_menu (VocResumeBulletRow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) move = g_menu_new ();
  g_autoptr(GMenu) end = g_menu_new ();
  gint64 id = voc_entity_get_id (VOC_ENTITY (self->bullet));
  g_autoptr(GMenuItem) item = NULL;

  item = g_menu_item_new (_("_Edit…"), NULL);
  g_menu_item_set_action_and_target_value (item, "resume.edit",
                                           g_variant_new ("(sx)", "bullet", id));
  g_menu_append_item (edit, item);
  g_clear_object (&item);

  item = g_menu_item_new (_("_History…"), NULL);
  g_menu_item_set_action_and_target_value (item, "resume.bullet-history",
                                           g_variant_new_int64 (id));
  g_menu_append_item (edit, item);
  g_clear_object (&item);

  item = g_menu_item_new (_("Move _Up"), NULL);
  g_menu_item_set_action_and_target_value (item, "resume.move-bullet",
                                           g_variant_new ("(xi)", id, -1));
  g_menu_item_set_attribute (item, "accel", "s", "<Alt>Up");
  g_menu_append_item (move, item);
  g_clear_object (&item);

  item = g_menu_item_new (_("Move _Down"), NULL);
  g_menu_item_set_action_and_target_value (item, "resume.move-bullet",
                                           g_variant_new ("(xi)", id, 1));
  g_menu_item_set_attribute (item, "accel", "s", "<Alt>Down");
  g_menu_append_item (move, item);
  g_clear_object (&item);

  item = g_menu_item_new (voc_bullet_get_retired (self->bullet) ? _("_Restore") : _("_Retire"),
                          NULL);
  g_menu_item_set_action_and_target_value (item, "resume.retire-bullet",
                                           g_variant_new_int64 (id));
  g_menu_append_item (end, item);
  g_clear_object (&item);

  item = g_menu_item_new (_("_Delete"), NULL);
  g_menu_item_set_action_and_target_value (item, "resume.delete",
                                           g_variant_new ("(sx)", "bullet", id));
  g_menu_append_item (end, item);
  g_clear_object (&item);

  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (move));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (end));

  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static void
update (VocResumeBulletRow *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GMenuModel) menu = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *tags = NULL;
  const char *text;
  VocSeniority seniority;
  gboolean retired;

  if (self->bullet == NULL)
    return;

  text = voc_bullet_get_text (self->bullet);
  retired = voc_bullet_get_retired (self->bullet);
  seniority = voc_bullet_get_seniority (self->bullet);

  g_ptr_array_add (parts, g_strdup (voc_resume_format_bullet_type (
                                      voc_bullet_get_bullet_type (self->bullet))));
  /* TRANSLATORS: how much a bullet matters, from 1 to 5 */
  g_ptr_array_add (parts, g_strdup_printf (_("Importance %d/5"),
                                           (int) voc_bullet_get_importance (self->bullet)));
  if (seniority != VOC_SENIORITY_UNKNOWN)
    g_ptr_array_add (parts, g_strdup (voc_format_seniority (seniority)));
  tags = voc_resume_format_list (voc_bullet_get_tags (self->bullet));
  if (*tags != '\0')
    g_ptr_array_add (parts, g_steal_pointer (&tags));
  g_ptr_array_add (parts, voc_resume_format_usage (voc_bullet_get_use_count (self->bullet),
                                                   voc_bullet_get_last_used_at (self->bullet),
                                                   NULL));
  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: the separator between the facts about a bullet */
  meta = g_strjoinv (C_("bullet", " · "), (char **) parts->pdata);

  gtk_label_set_label (self->text_label, text != NULL ? text : "");
  gtk_label_set_label (self->meta_label, meta);
  gtk_widget_set_visible (self->retired_label, retired);
  if (retired)
    gtk_widget_add_css_class (GTK_WIDGET (self->text_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->text_label), "dim-label");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text != NULL ? text : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, meta,
                                  -1);

  menu = build_menu (self);
  gtk_menu_button_set_menu_model (self->menu_button, menu);
}

static void
on_bullet_notify_cb (VocResumeBulletRow *self,
                     GParamSpec         *pspec,
                     VocBullet          *bullet)
{
  update (self);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource      *source,
                    double              x,
                    double              y,
                    VocResumeBulletRow *self)
{
  if (self->bullet == NULL)
    return NULL;

  return gdk_content_provider_new_typed (VOC_TYPE_BULLET, self->bullet);
}

static void
on_drag_begin_cb (GtkDragSource      *source,
                  GdkDrag            *drag,
                  VocResumeBulletRow *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
same_list (VocBullet *a,
           VocBullet *b)
{
  return voc_bullet_get_experience_id (a) == voc_bullet_get_experience_id (b) &&
         voc_bullet_get_engagement_id (a) == voc_bullet_get_engagement_id (b);
}

static gboolean
on_drop_cb (GtkDropTarget      *target,
            const GValue       *value,
            double              x,
            double              y,
            VocResumeBulletRow *self)
{
  VocBullet *dragged;

  if (!G_VALUE_HOLDS (value, VOC_TYPE_BULLET) || self->bullet == NULL)
    return FALSE;

  dragged = g_value_get_object (value);
  /* Bullets move within their experience or engagement only. */
  if (dragged == NULL || !same_list (dragged, self->bullet))
    return FALSE;

  if (voc_entity_get_id (VOC_ENTITY (dragged)) == voc_entity_get_id (VOC_ENTITY (self->bullet)))
    return TRUE;

  return gtk_widget_activate_action (GTK_WIDGET (self), "resume.drop-bullet", "(xx)",
                                     voc_entity_get_id (VOC_ENTITY (dragged)),
                                     voc_entity_get_id (VOC_ENTITY (self->bullet)));
}

static gboolean
move_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  return voc_resume_bullet_row_move (VOC_RESUME_BULLET_ROW (widget), g_variant_get_int32 (args));
}

static gboolean
delete_shortcut (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  VocResumeBulletRow *self = VOC_RESUME_BULLET_ROW (widget);

  if (self->bullet == NULL)
    return FALSE;

  return gtk_widget_activate_action (widget, "resume.delete", "(sx)", "bullet",
                                     voc_entity_get_id (VOC_ENTITY (self->bullet)));
}

static void
voc_resume_bullet_row_dispose (GObject *object)
{
  VocResumeBulletRow *self = VOC_RESUME_BULLET_ROW (object);

  g_clear_object (&self->bullet);

  G_OBJECT_CLASS (voc_resume_bullet_row_parent_class)->dispose (object);
}

static void
voc_resume_bullet_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  VocResumeBulletRow *self = VOC_RESUME_BULLET_ROW (object);

  switch (prop_id)
    {
    case PROP_BULLET:
      g_value_set_object (value, self->bullet);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_resume_bullet_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  VocResumeBulletRow *self = VOC_RESUME_BULLET_ROW (object);

  switch (prop_id)
    {
    case PROP_BULLET:
      self->bullet = g_value_dup_object (value);
      if (self->bullet != NULL)
        g_signal_connect_object (self->bullet, "notify", G_CALLBACK (on_bullet_notify_cb), self,
                                 G_CONNECT_SWAPPED);
      update (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_resume_bullet_row_class_init (VocResumeBulletRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_resume_bullet_row_dispose;
  object_class->get_property = voc_resume_bullet_row_get_property;
  object_class->set_property = voc_resume_bullet_row_set_property;

  properties[PROP_BULLET] =
    g_param_spec_object ("bullet", NULL, NULL,
                         VOC_TYPE_BULLET,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, move_shortcut, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK, move_shortcut,
                                "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, move_shortcut, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK, move_shortcut,
                                "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Delete, 0, delete_shortcut, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Delete, 0, delete_shortcut, NULL);
}

static void
voc_resume_bullet_row_init (VocResumeBulletRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_widget_add_css_class (GTK_WIDGET (self), "resume-bullet");
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 9);
  gtk_widget_set_margin_end (box, 9);

  gtk_widget_add_css_class (handle, "dim-label");
  gtk_widget_set_valign (handle, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (handle, _("Drag to reorder, or press Alt+Up and Alt+Down"));
  gtk_box_append (GTK_BOX (box), handle);

  self->text_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->text_label, 0);
  gtk_label_set_wrap (self->text_label, TRUE);
  gtk_label_set_wrap_mode (self->text_label, PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->text_label));

  self->meta_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->meta_label, 0);
  gtk_label_set_wrap (self->meta_label, TRUE);
  gtk_label_set_wrap_mode (self->meta_label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (self->meta_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->meta_label), "dim-label");
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (self->meta_label));

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), texts);

  self->retired_label = gtk_label_new (_("Retired"));
  gtk_widget_set_valign (self->retired_label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->retired_label, "resume-retired");
  gtk_widget_add_css_class (self->retired_label, "caption");
  gtk_widget_set_visible (self->retired_label, FALSE);
  gtk_box_append (GTK_BOX (box), self->retired_label);

  self->menu_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->menu_button, "view-more-symbolic");
  gtk_widget_set_valign (GTK_WIDGET (self->menu_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->menu_button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), _("Bullet Actions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Bullet Actions"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->menu_button));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (on_drag_prepare_cb), self, 0);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

  self->drop_target = gtk_drop_target_new (VOC_TYPE_BULLET, GDK_ACTION_MOVE);
  g_signal_connect_object (self->drop_target, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));
}

GtkWidget *
voc_resume_bullet_row_new (VocBullet *bullet)
{
  g_return_val_if_fail (VOC_IS_BULLET (bullet), NULL);

  return g_object_new (VOC_TYPE_RESUME_BULLET_ROW, "bullet", bullet, NULL);
}

/**
 * voc_resume_bullet_row_get_bullet:
 *
 * Returns: (transfer none): the bullet shown
 */
VocBullet *
voc_resume_bullet_row_get_bullet (VocResumeBulletRow *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_BULLET_ROW (self), NULL);

  return self->bullet;
}

/**
 * voc_resume_bullet_row_get_drop_target:
 *
 * Returns: (transfer none): what takes a bullet dropped on the row
 */
GtkDropTarget *
voc_resume_bullet_row_get_drop_target (VocResumeBulletRow *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_BULLET_ROW (self), NULL);

  return self->drop_target;
}

/**
 * voc_resume_bullet_row_move:
 * @delta: -1 for up, 1 for down
 *
 * Moves the bullet past its visible neighbour (what Alt+Up and Alt+Down do) and gives the
 * keyboard focus to its row at the new place.
 *
 * Returns: whether it moved
 */
gboolean
voc_resume_bullet_row_move (VocResumeBulletRow *self,
                            int                 delta)
{
  g_autoptr(GtkWidget) list = NULL;
  gint64 id;

  g_return_val_if_fail (VOC_IS_RESUME_BULLET_ROW (self), FALSE);

  if (self->bullet == NULL || gtk_widget_get_parent (GTK_WIDGET (self)) == NULL)
    return FALSE;

  id = voc_entity_get_id (VOC_ENTITY (self->bullet));
  /* The list replaces this row while the bullet moves: hold on to the list. */
  list = g_object_ref (gtk_widget_get_parent (GTK_WIDGET (self)));
  g_object_ref (self);

  if (!gtk_widget_activate_action (GTK_WIDGET (self), "resume.move-bullet", "(xi)", id, delta))
    {
      g_object_unref (self);
      return FALSE;
    }

  if (GTK_IS_LIST_BOX (list))
    {
      GtkListBoxRow *row;

      for (int i = 0; (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i)) != NULL; i++)
        if (VOC_IS_RESUME_BULLET_ROW (row) &&
            voc_entity_get_id (VOC_ENTITY (VOC_RESUME_BULLET_ROW (row)->bullet)) == id)
          {
            gtk_widget_grab_focus (GTK_WIDGET (row));
            break;
          }
    }

  g_object_unref (self);
  return TRUE;
}
