/* voc-job-row.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-job-row"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-format.h"
#include "voc-job-row.h"

/*
 * One row of the Jobs page's table: a single widget that draws its eight cells side by side,
 * at the places voc_job_columns_allocate() gives them (the header, voc-job-header.c, places
 * its buttons the same way).
 *
 * Why not a GtkColumnView: GTK 4.8 keeps 200 rows of a list alive whatever the window shows,
 * and a column view's row is a row widget, a cell widget per column (each with its own list
 * item, three event controllers and an accessible object) and the cell's content: eighteen
 * widgets, about 80 KiB a row, so that the page with 100,000 postings (200 rows) cost 1.45
 * times the page with 100 (100 rows). A row here is the list item's widget and this one
 * (bench/README.md has the figures). The cells are laid out with a PangoLayout made when the
 * row is drawn and dropped after, so no layout is kept per cell.
 *
 * What the column view gave is kept: the row's accessible label reads every cell with its
 * column's name; a cell cut short shows its whole text in a tooltip; the list view gives
 * keyboard focus, selection and activation; the header sorts.
 */

#define CELL_PADDING_Y 8

typedef struct
{
  const char *title;
  VocJobSort  sort;
  int         natural;     /* 0: takes the room left (the title) */
  int         minimum;
  gboolean    dim;
} ColumnInfo;

static const ColumnInfo columns[VOC_JOB_N_COLUMNS] = {
  { N_("Title"), VOC_JOB_SORT_TITLE, 0, 180, FALSE },
  { N_("Fit"), VOC_JOB_SORT_FIT, 44, 44, FALSE },
  { N_("Company"), VOC_JOB_SORT_COMPANY, 140, 96, FALSE },
  { N_("Location"), VOC_JOB_SORT_LOCATION, 130, 86, TRUE },
  { N_("Remote"), VOC_JOB_SORT_REMOTE, 76, 76, TRUE },
  /* The widest common forms, "NOK 750k–900k / year", "up to CHF 180k / year", whole when
   * there is room. */
  { N_("Salary"), VOC_JOB_SORT_SALARY, 168, 150, FALSE },
  { N_("Added"), VOC_JOB_SORT_ADDED, 84, 84, TRUE },
  { N_("Source"), VOC_JOB_SORT_SOURCE, 88, 68, TRUE },
};

/* The title's width before the other columns start to narrow: most titles whole. */
#define TITLE_WANTED 300

const char *
voc_job_column_get_title (VocJobColumn column)
{
  g_return_val_if_fail (column < VOC_JOB_N_COLUMNS, NULL);

  return _(columns[column].title);
}

VocJobSort
voc_job_column_get_sort (VocJobColumn column)
{
  g_return_val_if_fail (column < VOC_JOB_N_COLUMNS, VOC_JOB_SORT_DEFAULT);

  return columns[column].sort;
}

int
voc_job_columns_get_natural_width (void)
{
  int width = TITLE_WANTED;

  for (guint i = 1; i < VOC_JOB_N_COLUMNS; i++)
    width += columns[i].natural;

  return width;
}

int
voc_job_columns_get_min_width (void)
{
  /* Narrower than every column's minimum, the columns scale down together. */
  return 360;
}

/**
 * voc_job_columns_allocate:
 * @width: the width of the table
 * @rtl: whether the table is laid out right to left
 * @x: (out) (array fixed-size=8): where each column starts
 * @widths: (out) (array fixed-size=8): each column's width
 *
 * The title takes what the other columns leave; when that is less than it wants, the
 * company, the place, the salary and the source narrow first (their text is cut short, with
 * a tooltip), down to their minimum; below the sum of the minimums every column scales.
 */
void
voc_job_columns_allocate (int       width,
                          gboolean  rtl,
                          int      *x,
                          int      *widths)
{
  int natural = 0, minimum = 0, slack = 0;
  int position = 0;

  for (guint i = 1; i < VOC_JOB_N_COLUMNS; i++)
    {
      natural += columns[i].natural;
      minimum += columns[i].minimum;
      widths[i] = columns[i].natural;
    }
  slack = natural - minimum;

  if (width - natural < TITLE_WANTED)
    {
      /* Take from the narrowable columns in proportion to what each can give. */
      int deficit = MIN (TITLE_WANTED - (width - natural), slack);

      for (guint i = 1; i < VOC_JOB_N_COLUMNS && slack > 0; i++)
        widths[i] -= (columns[i].natural - columns[i].minimum) * deficit / slack;
    }

  widths[VOC_JOB_COLUMN_TITLE] = width;
  for (guint i = 1; i < VOC_JOB_N_COLUMNS; i++)
    widths[VOC_JOB_COLUMN_TITLE] -= widths[i];

  if (widths[VOC_JOB_COLUMN_TITLE] < columns[VOC_JOB_COLUMN_TITLE].minimum)
    {
      /* Too narrow for every minimum: everything scales. */
      int total = minimum + columns[VOC_JOB_COLUMN_TITLE].minimum;

      widths[VOC_JOB_COLUMN_TITLE] = width;
      for (guint i = 1; i < VOC_JOB_N_COLUMNS; i++)
        {
          widths[i] = MAX (width, 0) * columns[i].minimum / total;
          widths[VOC_JOB_COLUMN_TITLE] -= widths[i];
        }
    }

  for (guint i = 0; i < VOC_JOB_N_COLUMNS; i++)
    {
      x[i] = rtl ? width - position - widths[i] : position;
      position += widths[i];
    }
}

struct _VocJobRow
{
  GtkWidget      parent_instance;

  VocJobPosting *posting;
  char          *texts[VOC_JOB_N_COLUMNS];
  int            height;    /* one line of the font and the padding; 0 until measured */
  guint          font_hash; /* of the font it was measured with */
};

G_DEFINE_FINAL_TYPE (VocJobRow, voc_job_row, GTK_TYPE_WIDGET)

static char *
dup_cell_text (VocJobPosting *posting,
               VocJobColumn   column)
{
  switch (column)
    {
    case VOC_JOB_COLUMN_TITLE:
      return g_strdup (voc_job_posting_get_title (posting));

    case VOC_JOB_COLUMN_COMPANY:
      return g_strdup (voc_job_posting_get_company_name (posting));

    case VOC_JOB_COLUMN_LOCATION:
      return g_strdup (voc_job_posting_get_location (posting));

    case VOC_JOB_COLUMN_REMOTE:
      return g_strdup (voc_format_remote_mode (voc_job_posting_get_remote_mode (posting)));

    case VOC_JOB_COLUMN_SALARY:
      return voc_format_salary (voc_job_posting_get_salary_min_cents (posting),
                                voc_job_posting_get_salary_max_cents (posting),
                                voc_job_posting_get_salary_currency (posting),
                                voc_job_posting_get_salary_period (posting));

    case VOC_JOB_COLUMN_ADDED:
      return voc_format_date (voc_entity_get_created_at (VOC_ENTITY (posting)), NULL);

    case VOC_JOB_COLUMN_SOURCE:
      return g_strdup (voc_format_posting_source (voc_job_posting_get_source (posting)));

    case VOC_JOB_COLUMN_FIT:     /* not a property of the posting: voc_job_row_set_fit() */
    case VOC_JOB_N_COLUMNS:
    default:
      break;
    }

  g_return_val_if_reached (NULL);
}

/* What a screen reader says for the row: the title, then each other cell with its column. */
static void
update_accessible (VocJobRow *self)
{
  g_autoptr(GString) label = g_string_new (self->texts[VOC_JOB_COLUMN_TITLE]);

  for (guint i = 1; i < VOC_JOB_N_COLUMNS; i++)
    {
      if (self->texts[i] == NULL || self->texts[i][0] == '\0')
        continue;
      if (label->len > 0)
        g_string_append (label, ", ");
      /* TRANSLATORS: a cell of the jobs table read aloud: the column's name, then the value */
      g_string_append_printf (label, _("%s: %s"), voc_job_column_get_title (i), self->texts[i]);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label->str, -1);
}

static void
update_texts (VocJobRow *self)
{
  for (guint i = 0; i < VOC_JOB_N_COLUMNS; i++)
    {
      if (i == VOC_JOB_COLUMN_FIT)
        continue;
      g_free (self->texts[i]);
      self->texts[i] = self->posting != NULL ? dup_cell_text (self->posting, i) : NULL;
    }

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_posting_notify_cb (VocJobRow     *self,
                      GParamSpec    *pspec,
                      VocJobPosting *posting)
{
  update_texts (self);
}

static PangoLayout *
create_cell_layout (VocJobRow    *self,
                    VocJobColumn  column,
                    int           width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->texts[column]);

  pango_layout_set_width (layout, MAX (width - 2 * VOC_JOB_CELL_PADDING, 1) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);

  return layout;
}

static void
voc_job_row_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  VocJobRow *self = VOC_JOB_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int height = gtk_widget_get_height (widget);
  int x[VOC_JOB_N_COLUMNS], widths[VOC_JOB_N_COLUMNS];
  GdkRGBA color, dim;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  dim = color;
  dim.alpha *= 0.55;   /* as .dim-label */

  voc_job_columns_allocate (gtk_widget_get_width (widget), rtl, x, widths);

  for (guint i = 0; i < VOC_JOB_N_COLUMNS; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      int layout_height = 0;

      if (self->texts[i] == NULL || self->texts[i][0] == '\0' ||
          widths[i] <= 2 * VOC_JOB_CELL_PADDING)
        continue;

      layout = create_cell_layout (self, i, widths[i]);
      if (rtl)
        pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      pango_layout_get_pixel_size (layout, NULL, &layout_height);

      /* The layout is as wide as the cell, ellipsized: it needs no clip. */
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (x[i] + VOC_JOB_CELL_PADDING,
                                                    (height - layout_height) / 2));
      gtk_snapshot_append_layout (snapshot, layout, columns[i].dim ? &dim : &color);
      gtk_snapshot_restore (snapshot);
    }
}

static void
voc_job_row_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = voc_job_columns_get_min_width ();
      *natural = voc_job_columns_get_natural_width ();
    }
  else
    {
      VocJobRow *self = VOC_JOB_ROW (widget);

      /* The list measures every row it keeps at each layout: once per font is enough. */
      if (self->height == 0)
        {
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, "Ag");
          int height = 0;

          pango_layout_get_pixel_size (layout, NULL, &height);
          self->height = height + 2 * CELL_PADDING_Y;
        }
      *minimum = *natural = self->height;
    }
}

/* A cell cut short shows its whole text. */
static gboolean
voc_job_row_query_tooltip (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard_tooltip,
                           GtkTooltip *tooltip)
{
  VocJobRow *self = VOC_JOB_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int xs[VOC_JOB_N_COLUMNS], widths[VOC_JOB_N_COLUMNS];

  if (keyboard_tooltip)
    return FALSE;

  voc_job_columns_allocate (gtk_widget_get_width (widget), rtl, xs, widths);

  for (guint i = 0; i < VOC_JOB_N_COLUMNS; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;

      if (x < xs[i] || x >= xs[i] + widths[i])
        continue;
      if (self->texts[i] == NULL || self->texts[i][0] == '\0')
        return FALSE;

      layout = create_cell_layout (self, i, widths[i]);
      if (!pango_layout_is_ellipsized (layout))
        return FALSE;

      gtk_tooltip_set_text (tooltip, self->texts[i]);
      return TRUE;
    }

  return FALSE;
}

static void
voc_job_row_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  VocJobRow *self = VOC_JOB_ROW (widget);
  const PangoFontDescription *font;
  guint font_hash;

  GTK_WIDGET_CLASS (voc_job_row_parent_class)->css_changed (widget, change);

  /* The style changes with every hover and selection; the height only with the font. */
  font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  font_hash = font != NULL ? pango_font_description_hash (font) : 0;
  if (font_hash != self->font_hash)
    {
      self->font_hash = font_hash;
      self->height = 0;
      gtk_widget_queue_resize (widget);
    }
}

static void
voc_job_row_dispose (GObject *object)
{
  voc_job_row_set_posting (VOC_JOB_ROW (object), NULL);

  G_OBJECT_CLASS (voc_job_row_parent_class)->dispose (object);
}

static void
voc_job_row_finalize (GObject *object)
{
  VocJobRow *self = VOC_JOB_ROW (object);

  for (guint i = 0; i < VOC_JOB_N_COLUMNS; i++)
    g_clear_pointer (&self->texts[i], g_free);

  G_OBJECT_CLASS (voc_job_row_parent_class)->finalize (object);
}

static void
voc_job_row_class_init (VocJobRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_job_row_dispose;
  object_class->finalize = voc_job_row_finalize;

  widget_class->snapshot = voc_job_row_snapshot;
  widget_class->measure = voc_job_row_measure;
  widget_class->query_tooltip = voc_job_row_query_tooltip;
  widget_class->css_changed = voc_job_row_css_changed;

  gtk_widget_class_set_css_name (widget_class, "job-table-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
voc_job_row_init (VocJobRow *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
voc_job_row_new (void)
{
  return g_object_new (VOC_TYPE_JOB_ROW, NULL);
}

VocJobPosting *
voc_job_row_get_posting (VocJobRow *self)
{
  g_return_val_if_fail (VOC_IS_JOB_ROW (self), NULL);

  return self->posting;
}

/**
 * voc_job_row_set_posting:
 * @posting: (nullable): the posting to show
 *
 * Shows @posting, and follows its changes (a loaded posting refreshes in place when its row
 * changes in the database). The fit is set apart, with voc_job_row_set_fit().
 */
void
voc_job_row_set_posting (VocJobRow     *self,
                         VocJobPosting *posting)
{
  g_return_if_fail (VOC_IS_JOB_ROW (self));
  g_return_if_fail (posting == NULL || VOC_IS_JOB_POSTING (posting));

  if (self->posting == posting)
    return;

  if (self->posting != NULL)
    g_signal_handlers_disconnect_by_func (self->posting, on_posting_notify_cb, self);
  g_set_object (&self->posting, posting);
  if (posting != NULL)
    g_signal_connect_object (posting, "notify", G_CALLBACK (on_posting_notify_cb), self,
                             G_CONNECT_SWAPPED);

  update_texts (self);
}

/**
 * voc_job_row_set_fit:
 * @score: the posting's fit, 0–100, or -1 for none
 */
void
voc_job_row_set_fit (VocJobRow *self,
                     int        score)
{
  g_autofree char *text = NULL;

  g_return_if_fail (VOC_IS_JOB_ROW (self));

  if (score >= 0)
    text = g_strdup_printf ("%d", score);
  if (g_strcmp0 (text, self->texts[VOC_JOB_COLUMN_FIT]) == 0)
    return;

  g_free (self->texts[VOC_JOB_COLUMN_FIT]);
  self->texts[VOC_JOB_COLUMN_FIT] = g_steal_pointer (&text);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * voc_job_row_get_text:
 *
 * Returns: (nullable): the text of a cell, %NULL when it is empty
 */
const char *
voc_job_row_get_text (VocJobRow    *self,
                      VocJobColumn  column)
{
  g_return_val_if_fail (VOC_IS_JOB_ROW (self), NULL);
  g_return_val_if_fail (column < VOC_JOB_N_COLUMNS, NULL);

  return self->texts[column];
}
