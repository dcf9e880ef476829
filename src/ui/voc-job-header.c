/* voc-job-header.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-job-header"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-job-header.h"

/*
 * The header of the Jobs page's table: a button per column, placed exactly over the cells of
 * the rows below (voc_job_columns_allocate()). A click sorts by the column; a second click
 * on the same column reverses the order. The Fit column starts with the best fits: nobody
 * looks for the worst. The buttons are focusable, so the table sorts from the keyboard too,
 * and each tells assistive technologies how it sorts.
 */

struct _VocJobHeader
{
  GtkWidget   parent_instance;

  GtkWidget  *buttons[VOC_JOB_N_COLUMNS];
  GtkWidget  *arrows[VOC_JOB_N_COLUMNS];
  VocJobSort  sort;
  gboolean    descending;
};

G_DEFINE_FINAL_TYPE (VocJobHeader, voc_job_header, GTK_TYPE_WIDGET)

enum {
  SORT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_buttons (VocJobHeader *self)
{
  for (guint i = 0; i < VOC_JOB_N_COLUMNS; i++)
    {
      gboolean sorted = voc_job_column_get_sort (i) == self->sort;
      GtkAccessibleSort state = GTK_ACCESSIBLE_SORT_NONE;

      /* The Fit column's "descending" is best first, shown as the other columns' first
       * click is: an arrow down means "going down the list, the values fall" everywhere. */
      gtk_widget_set_visible (self->arrows[i], sorted);
      if (sorted)
        {
          gtk_image_set_from_icon_name (GTK_IMAGE (self->arrows[i]),
                                        self->descending ? "pan-down-symbolic"
                                                         : "pan-up-symbolic");
          state = self->descending ? GTK_ACCESSIBLE_SORT_DESCENDING
                                   : GTK_ACCESSIBLE_SORT_ASCENDING;
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_SORT, state, -1);
    }
}

static void
on_button_clicked_cb (GtkButton    *button,
                      VocJobHeader *self)
{
  VocJobColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "column"));
  VocJobSort sort = voc_job_column_get_sort (column);

  if (sort == self->sort)
    voc_job_header_set_sort (self, sort, !self->descending);
  else
    voc_job_header_set_sort (self, sort, sort == VOC_JOB_SORT_FIT);
}

static void
voc_job_header_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  VocJobHeader *self = VOC_JOB_HEADER (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = voc_job_columns_get_min_width ();
      *natural = voc_job_columns_get_natural_width ();
      return;
    }

  *minimum = *natural = 0;
  for (guint i = 0; i < VOC_JOB_N_COLUMNS; i++)
    {
      int child_min = 0, child_nat = 0;

      gtk_widget_measure (self->buttons[i], GTK_ORIENTATION_VERTICAL, -1, &child_min, &child_nat,
                          NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
voc_job_header_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  VocJobHeader *self = VOC_JOB_HEADER (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int x[VOC_JOB_N_COLUMNS], widths[VOC_JOB_N_COLUMNS];

  voc_job_columns_allocate (width, rtl, x, widths);

  for (guint i = 0; i < VOC_JOB_N_COLUMNS; i++)
    {
      int child_min = 0;

      /* A button narrower than its minimum would warn; it overlaps its neighbour instead
       * only in a window too narrow for the table. */
      gtk_widget_measure (self->buttons[i], GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL,
                          NULL, NULL);
      gtk_widget_size_allocate (self->buttons[i],
                                &(GtkAllocation) { x[i], 0, MAX (widths[i], child_min), height },
                                -1);
    }
}

static void
voc_job_header_dispose (GObject *object)
{
  VocJobHeader *self = VOC_JOB_HEADER (object);

  for (guint i = 0; i < VOC_JOB_N_COLUMNS; i++)
    g_clear_pointer (&self->buttons[i], gtk_widget_unparent);

  G_OBJECT_CLASS (voc_job_header_parent_class)->dispose (object);
}

static void
voc_job_header_class_init (VocJobHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_job_header_dispose;

  widget_class->measure = voc_job_header_measure;
  widget_class->size_allocate = voc_job_header_size_allocate;

  /**
   * VocJobHeader::sort-changed:
   *
   * The column sorted by, or its direction, changed.
   */
  signals[SORT_CHANGED] =
    g_signal_new ("sort-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "job-table-header");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
voc_job_header_init (VocJobHeader *self)
{
  self->sort = VOC_JOB_SORT_DEFAULT;

  for (guint i = 0; i < VOC_JOB_N_COLUMNS; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *label = gtk_label_new (voc_job_column_get_title (i));
      /* TRANSLATORS: the tooltip of a column's header; %s is the column's name */
      g_autofree char *tooltip = g_strdup_printf (_("Sort by %s"), voc_job_column_get_title (i));

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (box), label);
      self->arrows[i] = gtk_image_new ();
      gtk_box_append (GTK_BOX (box), self->arrows[i]);

      self->buttons[i] = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (self->buttons[i]), box);
      gtk_widget_add_css_class (self->buttons[i], "flat");
      gtk_widget_set_tooltip_text (self->buttons[i], tooltip);
      g_object_set_data (G_OBJECT (self->buttons[i]), "column", GINT_TO_POINTER (i));
      g_signal_connect (self->buttons[i], "clicked", G_CALLBACK (on_button_clicked_cb), self);
      gtk_widget_set_parent (self->buttons[i], GTK_WIDGET (self));
    }

  update_buttons (self);
}

GtkWidget *
voc_job_header_new (void)
{
  return g_object_new (VOC_TYPE_JOB_HEADER, NULL);
}

/**
 * voc_job_header_get_sort:
 * @descending: (out) (optional): whether the order is descending
 *
 * Returns: the column sorted by, %VOC_JOB_SORT_DEFAULT for none
 */
VocJobSort
voc_job_header_get_sort (VocJobHeader *self,
                         gboolean     *descending)
{
  g_return_val_if_fail (VOC_IS_JOB_HEADER (self), VOC_JOB_SORT_DEFAULT);

  if (descending != NULL)
    *descending = self->descending;
  return self->sort;
}

/**
 * voc_job_header_set_sort:
 * @sort: the column to sort by, %VOC_JOB_SORT_DEFAULT for none
 * @descending: largest first (for the fit: best first)
 *
 * Shows the order, and emits VocJobHeader::sort-changed when it changed.
 */
void
voc_job_header_set_sort (VocJobHeader *self,
                         VocJobSort    sort,
                         gboolean      descending)
{
  g_return_if_fail (VOC_IS_JOB_HEADER (self));

  if (sort == VOC_JOB_SORT_DEFAULT)
    descending = FALSE;
  if (sort == self->sort && descending == self->descending)
    return;

  self->sort = sort;
  self->descending = descending;
  update_buttons (self);
  g_signal_emit (self, signals[SORT_CHANGED], 0);
}

GtkButton *
voc_job_header_get_button (VocJobHeader *self,
                           VocJobColumn  column)
{
  g_return_val_if_fail (VOC_IS_JOB_HEADER (self), NULL);
  g_return_val_if_fail (column < VOC_JOB_N_COLUMNS, NULL);

  return GTK_BUTTON (self->buttons[column]);
}
