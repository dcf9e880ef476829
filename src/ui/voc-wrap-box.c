/* voc-wrap-box.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-wrap-box"

#include "config.h"

#include "voc-wrap-box.h"

/*
 * Children side by side at their natural widths, wrapping to a new line when a line is full,
 * like words in a paragraph: for tags such as the skills of the resume. GtkFlowBox lines its
 * children up in columns, which leaves uneven gaps between short tags, and libadwaita 1.2 has
 * no wrap box of its own (AdwWrapBox is 1.7).
 */

struct _VocWrapBox
{
  GtkWidget                   parent_instance;

  int                         spacing;
  int                         line_spacing;

  GListModel                 *model;
  VocWrapBoxCreateWidgetFunc  create_widget_func;
  gpointer                    user_data;
};

G_DEFINE_FINAL_TYPE (VocWrapBox, voc_wrap_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SPACING,
  PROP_LINE_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Lays the visible children out in @width; with @allocate, allocates them there. Returns the
 * height the lines take. */
static int
layout (VocWrapBox *self,
        int         width,
        gboolean    allocate)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkWidget *line_start = gtk_widget_get_first_child (widget);
  int y = 0;

  while (line_start != NULL)
    {
      GtkWidget *child;
      GtkWidget *line_end = NULL;
      int line_width = 0;
      int line_height = 0;
      int x = 0;

      /* Which children fit on this line: always at least one. */
      for (child = line_start; child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int child_width;
          int child_height;

          if (!gtk_widget_should_layout (child))
            continue;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width,
                              NULL, NULL);
          child_width = MIN (child_width, width);
          if (line_width > 0 && line_width + self->spacing + child_width > width)
            break;

          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL,
                              &child_height, NULL, NULL);
          line_width += (line_width > 0 ? self->spacing : 0) + child_width;
          line_height = MAX (line_height, child_height);
        }
      line_end = child;

      if (line_height == 0 && line_width == 0)
        break;

      if (allocate)
        {
          for (child = line_start; child != line_end; child = gtk_widget_get_next_sibling (child))
            {
              int child_width;

              if (!gtk_widget_should_layout (child))
                continue;

              gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width,
                                  NULL, NULL);
              child_width = MIN (child_width, width);
              gtk_widget_size_allocate (child,
                                        &(GtkAllocation) {
                                          rtl ? width - x - child_width : x, y,
                                          child_width, line_height
                                        }, -1);
              x += child_width + self->spacing;
            }
        }

      y += line_height + self->line_spacing;
      line_start = line_end;
    }

  return y > 0 ? y - self->line_spacing : 0;
}

static GtkSizeRequestMode
voc_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
voc_wrap_box_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  VocWrapBox *self = VOC_WRAP_BOX (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int min = 0;
      int nat = 0;
      gboolean first = TRUE;

      /* At least the widest child; at best all of them on one line. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min;
          int child_nat;

          if (!gtk_widget_should_layout (child))
            continue;

          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat += (first ? 0 : self->spacing) + child_nat;
          first = FALSE;
        }

      *minimum = min;
      *natural = nat;
    }
  else
    {
      int width = for_size;
      int natural_width;

      /* Without a width, the narrowest: the height of one chip per line. */
      if (width < 0)
        voc_wrap_box_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &width, &natural_width,
                              NULL, NULL);

      *minimum = *natural = layout (self, width, FALSE);
    }
}

static void
voc_wrap_box_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  layout (VOC_WRAP_BOX (widget), width, TRUE);
}

static void
remove_children (VocWrapBox *self,
                 guint       position,
                 guint       n)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));

  for (guint i = 0; i < position && child != NULL; i++)
    child = gtk_widget_get_next_sibling (child);

  for (guint i = 0; i < n && child != NULL; i++)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_widget_unparent (child);
      child = next;
    }
}

static void
on_model_items_changed_cb (VocWrapBox *self,
                           guint       position,
                           guint       removed,
                           guint       added,
                           GListModel *model)
{
  GtkWidget *sibling = NULL;

  remove_children (self, position, removed);

  /* Insert after the child before @position. */
  if (position > 0)
    {
      sibling = gtk_widget_get_first_child (GTK_WIDGET (self));
      for (guint i = 1; i < position && sibling != NULL; i++)
        sibling = gtk_widget_get_next_sibling (sibling);
    }

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, position + i);
      GtkWidget *child = self->create_widget_func (item, self->user_data);

      gtk_widget_insert_after (child, GTK_WIDGET (self), sibling);
      sibling = child;
    }
}

static void
voc_wrap_box_dispose (GObject *object)
{
  VocWrapBox *self = VOC_WRAP_BOX (object);
  GtkWidget *child;

  voc_wrap_box_bind_model (self, NULL, NULL, NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (voc_wrap_box_parent_class)->dispose (object);
}

static void
voc_wrap_box_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VocWrapBox *self = VOC_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    case PROP_LINE_SPACING:
      g_value_set_int (value, self->line_spacing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_wrap_box_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VocWrapBox *self = VOC_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      voc_wrap_box_set_spacing (self, g_value_get_int (value));
      break;

    case PROP_LINE_SPACING:
      voc_wrap_box_set_line_spacing (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_wrap_box_class_init (VocWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_wrap_box_dispose;
  object_class->get_property = voc_wrap_box_get_property;
  object_class->set_property = voc_wrap_box_set_property;

  widget_class->get_request_mode = voc_wrap_box_get_request_mode;
  widget_class->measure = voc_wrap_box_measure;
  widget_class->size_allocate = voc_wrap_box_size_allocate;

  /**
   * VocWrapBox:spacing:
   *
   * The space between two children of a line.
   */
  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VocWrapBox:line-spacing:
   *
   * The space between two lines.
   */
  properties[PROP_LINE_SPACING] =
    g_param_spec_int ("line-spacing", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wrapbox");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
voc_wrap_box_init (VocWrapBox *self)
{
}

GtkWidget *
voc_wrap_box_new (void)
{
  return g_object_new (VOC_TYPE_WRAP_BOX, NULL);
}

int
voc_wrap_box_get_spacing (VocWrapBox *self)
{
  g_return_val_if_fail (VOC_IS_WRAP_BOX (self), 0);

  return self->spacing;
}

void
voc_wrap_box_set_spacing (VocWrapBox *self,
                          int         spacing)
{
  g_return_if_fail (VOC_IS_WRAP_BOX (self));
  g_return_if_fail (spacing >= 0);

  if (self->spacing == spacing)
    return;

  self->spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

int
voc_wrap_box_get_line_spacing (VocWrapBox *self)
{
  g_return_val_if_fail (VOC_IS_WRAP_BOX (self), 0);

  return self->line_spacing;
}

void
voc_wrap_box_set_line_spacing (VocWrapBox *self,
                               int         line_spacing)
{
  g_return_if_fail (VOC_IS_WRAP_BOX (self));
  g_return_if_fail (line_spacing >= 0);

  if (self->line_spacing == line_spacing)
    return;

  self->line_spacing = line_spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINE_SPACING]);
}

/**
 * voc_wrap_box_bind_model:
 * @model: (nullable): the items to show
 * @create_widget_func: (nullable): makes the child of an item
 *
 * Shows a child per item of @model, kept in step with it; %NULL removes every child.
 */
void
voc_wrap_box_bind_model (VocWrapBox                 *self,
                         GListModel                 *model,
                         VocWrapBoxCreateWidgetFunc  create_widget_func,
                         gpointer                    user_data)
{
  GtkWidget *child;

  g_return_if_fail (VOC_IS_WRAP_BOX (self));
  g_return_if_fail (!model || G_IS_LIST_MODEL (model));
  g_return_if_fail (!model || create_widget_func != NULL);

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
      g_clear_object (&self->model);

      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
        gtk_widget_unparent (child);
    }

  if (model == NULL)
    return;

  self->model = g_object_ref (model);
  self->create_widget_func = create_widget_func;
  self->user_data = user_data;
  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_model_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  on_model_items_changed_cb (self, 0, 0, g_list_model_get_n_items (model), model);
}
