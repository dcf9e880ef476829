/* voc-resume-export-pdf.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF layout: one column of Pango paragraphs ("blocks"), broken into lines, paginated by
 * hand and drawn with Cairo. The same layout draws the in-app preview.
 *
 * Pagination never splits a line and follows three rules: a paragraph keeps its first two and
 * its last two lines together (no orphans, no widows; so a bullet of up to three lines never
 * breaks), a heading and an entry's title stay with what follows them, and an entry that is
 * shorter than a third of a page is never split at all. A run of lines glued together that is
 * taller than a page (a 100 KB summary) is broken wherever the page ends. When the last page
 * would hold only a few lines, the space between paragraphs shrinks if that saves the page.
 *
 * The text is ATS-friendly: real text in reading order (dates come right after the title
 * they belong to), no ligatures and no inserted hyphens, so that copying or parsing the PDF
 * gives back the words as they were written. Text is set with attributes, never parsed as
 * Pango markup, so nothing in the résumé can change how it is drawn.
 */

#define G_LOG_DOMAIN "voc-resume-export"

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "voc-resume-export-private.h"

/* An entry no taller than this share of the page body is never split across pages. */
#define KEEP_ENTRY_FRACTION (1.0 / 3.0)

/* A last page filled less than this is worth tighter spacing, if that saves the page. */
#define LAST_PAGE_MIN_FILL 0.2

typedef struct
{
  guint  start;
  guint  end;
  char  *uri;
} Link;

typedef struct
{
  PangoLayout *layout;
  GArray      *links;           /* Link */
  double       x;
  double       space_before;
  double       rule_gap;        /* a rule this far below the last line, when rule_width > 0 */
  double       rule_width;
  guint32      rule_color;
  guint32      color;
  int          group;           /* the entry it belongs to, or -1 */
  gboolean     keep_with_next;
  char        *outline;         /* a PDF bookmark for this block, or NULL */
} Block;

typedef struct
{
  Block           *block;
  PangoLayoutLine *line;        /* owned by the block's layout */
  guint            index;       /* of the line in its block */
  gboolean         last;        /* the block's last line */
  double           top;         /* of the line in its layout */
  double           pre;         /* space before, on a block's first line */
  double           pitch;       /* to the next line */
  double           baseline;    /* from the top of the line */
  double           line_x;      /* start of the line within the layout */
  gboolean         glue_next;   /* no page break between this line and the next */
  guint            page;
  double           y;           /* top of the line on its page */
} Item;

typedef struct
{
  const VocResumeStyle *style;
  double                page_width;
  double                page_height;
  double                left;
  double                right;
  double                top;
  double                bottom;
  PangoContext         *context;
  GPtrArray            *blocks;  /* Block */
  GArray               *items;   /* Item */
  guint                 n_pages;
  int                   n_groups;
  double                gap_scale;  /* of the space between paragraphs */
} Layout;

/* Text with attributes and links, built run by run. */
typedef struct
{
  GString       *text;
  PangoAttrList *attrs;
  GArray        *links;
} Rich;

typedef struct
{
  const char *family;
  double      size;
  gboolean    bold;
  gboolean    italic;
  guint32     color;
} Font;

static void
link_clear (Link *link)
{
  g_free (link->uri);
}

static void
block_free (Block *block)
{
  g_clear_object (&block->layout);
  g_array_unref (block->links);
  g_free (block->outline);
  g_free (block);
}

static void
layout_free (Layout *layout)
{
  g_ptr_array_unref (layout->blocks);
  g_array_unref (layout->items);
  g_object_unref (layout->context);
  g_free (layout);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Layout, layout_free)

static void
set_source_color (cairo_t *cr,
                  guint32  color)
{
  cairo_set_source_rgb (cr,
                        ((color >> 16) & 0xff) / 255.0,
                        ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

static PangoAttribute *
attr_color_new (guint32 color)
{
  return pango_attr_foreground_new (((color >> 16) & 0xff) * 257,
                                    ((color >> 8) & 0xff) * 257,
                                    (color & 0xff) * 257);
}

static void
attr_insert_range (PangoAttrList  *attrs,
                   PangoAttribute *attr,
                   guint           start,
                   guint           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (attrs, attr);
}

/* Rich text ----------------------------------------------------------------------------------- */

static void
rich_init (Rich *rich)
{
  rich->text = g_string_new (NULL);
  rich->attrs = pango_attr_list_new ();
  rich->links = g_array_new (FALSE, FALSE, sizeof (Link));
  g_array_set_clear_func (rich->links, (GDestroyNotify) link_clear);
}

static void
rich_append (Rich              *rich,
             const char        *text,
             VocResumeRunStyle  style,
             const char        *uri,
             guint32            link_color)
{
  guint start = rich->text->len;
  guint end;

  g_string_append (rich->text, text);
  end = rich->text->len;
  if (start == end)
    return;

  if (style & VOC_RESUME_RUN_BOLD)
    attr_insert_range (rich->attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
  if (style & VOC_RESUME_RUN_ITALIC)
    attr_insert_range (rich->attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, end);
  if (uri != NULL)
    {
      Link link = { start, end, g_strdup (uri) };

      attr_insert_range (rich->attrs, attr_color_new (link_color), start, end);
      g_array_append_val (rich->links, link);
    }
}

static void
rich_append_runs (Rich      *rich,
                  GPtrArray *runs,
                  guint32    link_color)
{
  for (guint i = 0; i < runs->len; i++)
    {
      VocResumeRun *run = g_ptr_array_index (runs, i);

      rich_append (rich, run->text, run->style, run->uri, link_color);
    }
}

/* Blocks -------------------------------------------------------------------------------------- */

static PangoLayout *
new_layout (Layout     *self,
            const Font *font,
            double      width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, font->family);
  pango_font_description_set_size (desc, (int) (font->size * PANGO_SCALE + 0.5));
  pango_font_description_set_weight (desc, font->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (desc, font->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  pango_layout_set_width (layout, width < 0.0 ? -1 : (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (self->style->line_spacing > 0.0)
    pango_layout_set_line_spacing (layout, self->style->line_spacing);

  return layout;
}

/* Text that reads back as it was written: no ligatures ("fi" stays two letters), no hyphens
 * added where a long word breaks. */
static void
add_plain_text_attrs (PangoAttrList *attrs)
{
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("liga=0,clig=0,dlig=0"));
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
}

/* Adds a paragraph; takes the contents of @rich. */
static Block *
add_block (Layout         *self,
           Rich           *rich,
           const Font     *font,
           double          x,
           double          width,
           PangoAlignment  alignment,
           double          space_before)
{
  Block *block = g_new0 (Block, 1);

  block->layout = new_layout (self, font, width);
  pango_layout_set_alignment (block->layout, alignment);
  add_plain_text_attrs (rich->attrs);
  pango_layout_set_attributes (block->layout, rich->attrs);
  pango_layout_set_text (block->layout, rich->text->str, (int) rich->text->len);

  block->links = rich->links;
  block->x = x;
  block->space_before = space_before;
  block->color = font->color;
  block->group = -1;

  g_string_free (rich->text, TRUE);
  pango_attr_list_unref (rich->attrs);
  rich->text = NULL;
  rich->attrs = NULL;
  rich->links = NULL;

  g_ptr_array_add (self->blocks, block);
  return block;
}

static Block *
add_text_block (Layout     *self,
                const char *text,
                const Font *font,
                double      space_before)
{
  Rich rich;

  rich_init (&rich);
  rich_append (&rich, text, VOC_RESUME_RUN_REGULAR, NULL, 0);
  return add_block (self, &rich, font, self->left, self->right - self->left,
                    PANGO_ALIGN_LEFT, space_before);
}

static Block *
add_bullet_block (Layout     *self,
                  const char *text,
                  const Font *font,
                  double      space_before)
{
  const VocResumeStyle *style = self->style;
  double indent = style->bullet_hang * 0.25;
  PangoTabArray *tabs;
  Block *block;
  Rich rich;

  rich_init (&rich);
  rich_append (&rich, "•\t", VOC_RESUME_RUN_REGULAR, NULL, 0);
  rich_append (&rich, text, VOC_RESUME_RUN_REGULAR, NULL, 0);
  block = add_block (self, &rich, font, self->left + indent, self->right - self->left - indent,
                     PANGO_ALIGN_LEFT, space_before);

  /* A hanging indent: the text of every line starts at the tab stop. */
  tabs = pango_tab_array_new_with_positions (1, FALSE, PANGO_TAB_LEFT,
                                             (int) (style->bullet_hang * PANGO_SCALE));
  pango_layout_set_tabs (block->layout, tabs);
  pango_tab_array_free (tabs);
  pango_layout_set_indent (block->layout, (int) (-style->bullet_hang * PANGO_SCALE));

  return block;
}

/* The document --------------------------------------------------------------------------------- */

static double
text_width (Layout     *self,
            const Font *font,
            const char *text)
{
  g_autoptr(PangoLayout) layout = new_layout (self, font, -1.0);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoRectangle logical;

  add_plain_text_attrs (attrs);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  return logical.width / (double) PANGO_SCALE;
}

/* The contact items, separated by dots, wrapped between items only: an e-mail address or a
 * phone number broken over two lines is hard to read and harder to parse. */
static void
append_contacts (Layout     *self,
                 Rich       *rich,
                 GPtrArray  *contacts,
                 const Font *font,
                 double      width)
{
  static const char separator[] = "  ·  ";
  double separator_width = text_width (self, font, separator);
  double x = 0.0;

  for (guint i = 0; i < contacts->len; i++)
    {
      VocResumeRun *run = g_ptr_array_index (contacts, i);
      double run_width = text_width (self, font, run->text);

      if (i > 0 && x + separator_width + run_width > width)
        {
          rich_append (rich, "\n", VOC_RESUME_RUN_REGULAR, NULL, 0);
          x = 0.0;
        }
      else if (i > 0)
        {
          rich_append (rich, separator, VOC_RESUME_RUN_REGULAR, NULL, 0);
          x += separator_width;
        }
      rich_append (rich, run->text, run->style, run->uri, self->style->link_color);
      x += run_width;
    }
}

static void
add_header (Layout       *self,
            VocResumeDoc *doc)
{
  const VocResumeStyle *style = self->style;
  PangoAlignment alignment = style->center_header ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
  double width = self->right - self->left;
  Block *last = NULL;

  if (doc->name != NULL)
    {
      Font font = { style->heading_family, style->name_size, style->bold_name, FALSE,
                    style->accent_color };
      Rich rich;

      rich_init (&rich);
      rich_append (&rich, doc->name, VOC_RESUME_RUN_REGULAR, NULL, 0);
      last = add_block (self, &rich, &font, self->left, width, alignment, 0.0);
    }

  if (doc->label != NULL)
    {
      Font font = { style->heading_family, style->label_size, FALSE, style->center_header,
                    style->muted_color };
      Rich rich;

      rich_init (&rich);
      rich_append (&rich, doc->label, VOC_RESUME_RUN_REGULAR, NULL, 0);
      last = add_block (self, &rich, &font, self->left, width, alignment,
                        last != NULL ? style->label_size * 0.25 : 0.0);
    }

  if (doc->contacts->len > 0)
    {
      Font font = { style->body_family, style->contact_size, FALSE, FALSE, style->muted_color };
      Rich rich;

      rich_init (&rich);
      append_contacts (self, &rich, doc->contacts, &font, width);
      last = add_block (self, &rich, &font, self->left, width, alignment,
                        last != NULL ? style->contact_size * 0.6 : 0.0);
    }

  if (last != NULL && style->header_rule)
    {
      last->rule_gap = style->header_gap * 0.6;
      last->rule_width = style->header_rule_width;
      last->rule_color = style->rule_color;
    }
}

static void
add_heading (Layout           *self,
             VocResumeSection *section,
             double            space_before)
{
  const VocResumeStyle *style = self->style;
  Font font = { style->heading_family, style->heading_size, TRUE, FALSE, style->accent_color };
  g_autofree char *text = NULL;
  Block *block;

  text = style->upper_headings ? g_utf8_strup (section->title, -1) : g_strdup (section->title);
  block = add_text_block (self, text, &font, space_before);
  block->keep_with_next = TRUE;
  block->outline = g_strdup (section->title);
  if (style->heading_rule)
    {
      block->rule_gap = 2.5;
      block->rule_width = style->rule_width;
      block->rule_color = style->rule_color;
    }
}

static void
add_entry (Layout           *self,
           VocResumeSection *section,
           VocResumeEntry   *entry,
           gboolean          first)
{
  const VocResumeStyle *style = self->style;
  Font title_font = { style->body_family, style->title_size, FALSE, FALSE, style->text_color };
  Font meta_font = { style->body_family, style->body_size, FALSE, style->italic_meta,
                     style->muted_color };
  Font body_font = { style->body_family, style->body_size, FALSE, FALSE, style->text_color };
  Font detail_font = { style->body_family, style->body_size, FALSE, FALSE, style->muted_color };
  double space = first ? style->heading_gap : style->entry_gap;
  int group = self->n_groups++;
  guint first_block = self->blocks->len;

  if (section->kind == VOC_RESUME_SECTION_LIST)
    {
      Rich rich;
      Block *block;

      rich_init (&rich);
      rich_append_runs (&rich, entry->title, style->text_color);
      block = add_block (self, &rich, &body_font, self->left, self->right - self->left,
                         PANGO_ALIGN_LEFT, first ? style->heading_gap : style->bullet_gap * 2);
      block->group = group;
      return;
    }

  /* "Role · Organisation", then "Jan 2020 – Present · Place": the dates follow the text
   * they belong to instead of sitting right-aligned, where text extraction (and so an
   * applicant tracking system) takes them for a column of their own. */
  if (entry->title->len > 0)
    {
      Rich rich;

      /* Links in an entry look like the text around them: a title in colour only where
       * there happens to be a web address would look like a different kind of thing. */
      rich_init (&rich);
      rich_append_runs (&rich, entry->title, style->text_color);
      if (entry->subtitle->len > 0)
        {
          rich_append (&rich, " · ", VOC_RESUME_RUN_REGULAR, NULL, 0);
          rich_append_runs (&rich, entry->subtitle, style->text_color);
        }
      add_block (self, &rich, &title_font, self->left, self->right - self->left,
                 PANGO_ALIGN_LEFT, space);
      space = 0.0;
    }

  if (entry->dates != NULL || entry->location != NULL)
    {
      g_autofree char *meta = voc_resume_entry_meta (entry);

      add_text_block (self, meta, &meta_font, MAX (space, 1.0));
      space = 0.0;
    }

  /* Everything up to here is the entry's title: it stays with the first line after it. */
  for (guint i = first_block; i < self->blocks->len; i++)
    ((Block *) g_ptr_array_index (self->blocks, i))->keep_with_next = TRUE;

  for (guint i = 0; i < entry->paragraphs->len; i++)
    add_text_block (self, g_ptr_array_index (entry->paragraphs, i), &body_font,
                    MAX (space, style->paragraph_gap));

  for (guint i = 0; i < entry->bullets->len; i++)
    add_bullet_block (self, g_ptr_array_index (entry->bullets, i), &body_font,
                      MAX (space, i == 0 ? style->paragraph_gap : style->bullet_gap));

  for (guint i = 0; i < entry->details->len; i++)
    add_text_block (self, g_ptr_array_index (entry->details, i), &detail_font,
                    MAX (space, style->paragraph_gap));

  for (guint i = first_block; i < self->blocks->len; i++)
    ((Block *) g_ptr_array_index (self->blocks, i))->group = group;
  /* The last block of an entry has nothing of its own to stay with. */
  if (self->blocks->len > first_block)
    ((Block *) g_ptr_array_index (self->blocks, self->blocks->len - 1))->keep_with_next = FALSE;
}

static void
add_document (Layout       *self,
              VocResumeDoc *doc)
{
  const VocResumeStyle *style = self->style;
  Font body_font = { style->body_family, style->body_size, FALSE, FALSE, style->text_color };
  gboolean has_header;

  add_header (self, doc);
  has_header = self->blocks->len > 0;

  for (guint i = 0; i < doc->summary->len; i++)
    add_text_block (self, g_ptr_array_index (doc->summary, i), &body_font,
                    i > 0 ? style->paragraph_gap * 2 : has_header ? style->header_gap : 0.0);

  for (guint i = 0; i < doc->sections->len; i++)
    {
      VocResumeSection *section = g_ptr_array_index (doc->sections, i);
      double space_before;

      if (self->blocks->len == 0)
        space_before = 0.0;
      else if (i == 0 && doc->summary->len == 0)
        space_before = style->header_gap;
      else
        space_before = style->section_gap;

      add_heading (self, section, space_before);
      for (guint j = 0; j < section->entries->len; j++)
        add_entry (self, section, g_ptr_array_index (section->entries, j), j == 0);
    }
}

/* Lines and pages ----------------------------------------------------------------------------- */

static void
add_lines (Layout *self,
           Block  *block)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  PangoRectangle total;
  guint first = self->items->len;
  guint n;

  pango_layout_get_extents (block->layout, NULL, &total);

  do
    {
      PangoRectangle logical;
      Item item = { 0, };

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      item.block = block;
      item.line = pango_layout_iter_get_line_readonly (iter);
      item.index = self->items->len - first;
      item.top = logical.y / (double) PANGO_SCALE;
      item.baseline = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE - item.top;
      item.line_x = logical.x / (double) PANGO_SCALE;
      item.pre = item.index == 0 ? block->space_before : 0.0;
      g_array_append_val (self->items, item);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);

  n = self->items->len - first;
  for (guint i = 0; i < n; i++)
    {
      Item *item = &g_array_index (self->items, Item, first + i);

      if (i + 1 < n)
        item->pitch = g_array_index (self->items, Item, first + i + 1).top - item->top;
      else
        item->pitch = (total.y + total.height) / (double) PANGO_SCALE - item->top;
      item->last = i + 1 == n;
      /* No orphans and no widows: the first two and the last two lines stay together. */
      item->glue_next = i + 1 < n ? (i == 0 || i + 2 >= n) : block->keep_with_next;
    }
}

/* The space a line takes, with the rule under a block's last line. */
static double
item_height (Layout *self,
             Item   *item)
{
  Block *block = item->block;

  if (item->last && block->rule_width > 0.0)
    return item->pitch + block->rule_gap * self->gap_scale + block->rule_width;
  return item->pitch;
}

static double
item_pre (Layout *self,
          Item   *item)
{
  return item->pre * self->gap_scale;
}

static double
body_height (Layout *self)
{
  return self->bottom - self->top;
}

/* An entry short enough is kept on one page. */
static void
glue_groups (Layout *self)
{
  guint i = 0;

  while (i < self->items->len)
    {
      int group = g_array_index (self->items, Item, i).block->group;
      double height = 0.0;
      guint j;

      if (group < 0)
        {
          i++;
          continue;
        }

      for (j = i; j < self->items->len; j++)
        {
          Item *item = &g_array_index (self->items, Item, j);

          if (item->block->group != group)
            break;
          height += item_pre (self, item) + item_height (self, item);
        }

      if (height <= body_height (self) * KEEP_ENTRY_FRACTION)
        for (guint k = i; k + 1 < j; k++)
          g_array_index (self->items, Item, k).glue_next = TRUE;

      i = j;
    }
}

static double
chunk_height (Layout   *self,
              guint     from,
              guint     to,
              gboolean  fresh)
{
  double height = 0.0;

  for (guint k = from; k <= to; k++)
    {
      Item *item = &g_array_index (self->items, Item, k);

      height += item_height (self, item) + (k == from && fresh ? 0.0 : item_pre (self, item));
    }
  return height;
}

static void
place (Layout    *self,
       Item      *item,
       guint      page,
       double    *y,
       gboolean  *fresh)
{
  if (!*fresh)
    *y += item_pre (self, item);
  item->page = page;
  item->y = *y;
  *y += item_height (self, item);
  *fresh = FALSE;
}

static void
paginate (Layout *self,
          double  gap_scale)
{
  /* Rounding in the extents must not push a chunk that fits exactly onto the next page. */
  double bottom = self->bottom + 0.01;
  guint n = self->items->len;
  guint page = 0;
  double y = self->top;
  gboolean fresh = TRUE;
  guint i = 0;

  self->gap_scale = gap_scale;

  while (i < n)
    {
      guint j = i;

      while (j + 1 < n && g_array_index (self->items, Item, j).glue_next)
        j++;

      if (y + chunk_height (self, i, j, fresh) <= bottom)
        {
          for (; i <= j; i++)
            place (self, &g_array_index (self->items, Item, i), page, &y, &fresh);
        }
      else if (fresh)
        {
          /* Taller than a page: fill this one, line by line. */
          do
            place (self, &g_array_index (self->items, Item, i++), page, &y, &fresh);
          while (i <= j && y + chunk_height (self, i, i, FALSE) <= bottom);
        }
      else
        {
          page++;
          y = self->top;
          fresh = TRUE;
        }
    }

  self->n_pages = page + 1;
}

/* How much of the last page is used, from 0 to 1. */
static double
last_page_fill (Layout *self)
{
  Item *last;

  if (self->items->len == 0)
    return 0.0;
  last = &g_array_index (self->items, Item, self->items->len - 1);
  return (last->y + item_height (self, last) - self->top) / body_height (self);
}

/* Pages, with the spacing tightened where that saves a last page that would hold only a few
 * lines: a recruiter reads a page and a bit as a page and a mistake. */
static void
paginate_tightly (Layout *self)
{
  static const double scales[] = { 0.8, 0.6 };
  guint n_pages;

  paginate (self, 1.0);
  if (self->n_pages < 2 || last_page_fill (self) >= LAST_PAGE_MIN_FILL)
    return;

  n_pages = self->n_pages;
  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      paginate (self, scales[i]);
      if (self->n_pages < n_pages)
        return;
    }
  paginate (self, 1.0);
}

static Layout *
layout_new (VocResumeDoc         *doc,
            const VocResumeStyle *style,
            VocPaper              paper)
{
  Layout *self = g_new0 (Layout, 1);
  cairo_font_options_t *options;

  self->style = style;
  voc_resume_paper_size (paper, &self->page_width, &self->page_height);
  self->left = style->margin_x;
  self->right = self->page_width - style->margin_x;
  self->top = style->margin_top;
  self->bottom = self->page_height - style->margin_bottom;
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));

  /* Points as units and no hinting: the layout is the same on paper and on screen at any
   * zoom. The font map is the thread's own; Pango font maps are not thread-safe. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72.0);
  pango_context_set_round_glyph_positions (self->context, FALSE);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  add_document (self, doc);
  for (guint i = 0; i < self->blocks->len; i++)
    add_lines (self, g_ptr_array_index (self->blocks, i));
  self->gap_scale = 1.0;
  glue_groups (self);
  paginate_tightly (self);

  return self;
}

/* Drawing ------------------------------------------------------------------------------------- */

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

/* A link annotation over the part of @item's line that shows @link. */
static void
tag_link (cairo_t    *cr,
          Item       *item,
          const Link *link)
{
  PangoLayoutLine *line = item->line;
  guint line_start = line->start_index;
  guint line_end = line->start_index + line->length;
  guint start = MAX (link->start, line_start);
  guint end = MIN (link->end, line_end);
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;
  g_autofree char *w = NULL;
  g_autofree char *h = NULL;
  g_autoptr(GString) uri = NULL;
  g_autofree char *attributes = NULL;
  int x0, x1;

  if (start >= end)
    return;

  pango_layout_line_index_to_x (line, (int) start, FALSE, &x0);
  pango_layout_line_index_to_x (line, (int) end, FALSE, &x1);
  if (x1 < x0)
    {
      int swap = x0;

      x0 = x1;
      x1 = swap;
    }

  /* Quotes and backslashes would end cairo's attribute string early. */
  uri = g_string_new (link->uri);
  g_string_replace (uri, "\\", "%5C", 0);
  g_string_replace (uri, "'", "%27", 0);

  x = format_number (item->block->x + item->line_x + x0 / (double) PANGO_SCALE);
  y = format_number (item->y);
  w = format_number ((x1 - x0) / (double) PANGO_SCALE);
  h = format_number (item->pitch);
  attributes = g_strdup_printf ("rect=[%s %s %s %s] uri='%s'", x, y, w, h, uri->str);

  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
draw_item (Layout   *self,
           cairo_t  *cr,
           Item     *item,
           gboolean  tags)
{
  Block *block = item->block;
  double baseline = item->y + item->baseline;

  set_source_color (cr, block->color);
  cairo_move_to (cr, block->x + item->line_x, baseline);
  pango_cairo_show_layout_line (cr, item->line);

  if (item->last && block->rule_width > 0.0)
    {
      double y = item->y + item->pitch + block->rule_gap * self->gap_scale +
                 block->rule_width / 2.0;

      set_source_color (cr, block->rule_color);
      cairo_set_line_width (cr, block->rule_width);
      cairo_move_to (cr, self->left, y);
      cairo_line_to (cr, self->right, y);
      cairo_stroke (cr);
    }

  if (tags)
    for (guint i = 0; i < block->links->len; i++)
      tag_link (cr, item, &g_array_index (block->links, Link, i));
}

static void
draw_page (Layout   *self,
           cairo_t  *cr,
           guint     page,
           gboolean  tags)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);

      if (item->page == page)
        draw_item (self, cr, item, tags);
      else if (item->page > page)
        break;
    }
}

static void
add_outline (Layout          *self,
             cairo_surface_t *surface)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      g_autofree char *x = NULL;
      g_autofree char *y = NULL;
      g_autofree char *dest = NULL;

      if (item->index != 0 || item->block->outline == NULL)
        continue;

      x = format_number (self->left);
      y = format_number (item->y);
      dest = g_strdup_printf ("page=%u pos=[%s %s]", item->page + 1, x, y);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, item->block->outline,
                                     dest, 0);
    }
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         len)
{
  g_byte_array_append (closure, data, len);
  return CAIRO_STATUS_SUCCESS;
}

/* Entry points -------------------------------------------------------------------------------- */

GBytes *
voc_resume_write_pdf (VocResumeDoc          *doc,
                      const VocResumeStyle  *style,
                      VocPaper               paper,
                      GError               **error)
{
  g_autoptr(Layout) layout = layout_new (doc, style, paper);
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (write_cb, buffer, layout->page_width,
                                                 layout->page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc->title);
  if (doc->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, doc->author);
  if (doc->label != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, doc->label);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);

  cr = cairo_create (surface);
  for (guint page = 0; page < layout->n_pages; page++)
    {
      draw_page (layout, cr, page, TRUE);
      cairo_show_page (cr);
    }
  add_outline (layout, surface);
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* TRANSLATORS: %s is a reason from the Cairo graphics library. */
                   _("Could not make the PDF: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

guint
voc_resume_pdf_count_pages (VocResumeDoc         *doc,
                            const VocResumeStyle *style,
                            VocPaper              paper)
{
  g_autoptr(Layout) layout = layout_new (doc, style, paper);

  return layout->n_pages;
}

void
voc_resume_pdf_render_page (VocResumeDoc         *doc,
                            const VocResumeStyle *style,
                            VocPaper              paper,
                            guint                 page,
                            cairo_t              *cr)
{
  g_autoptr(Layout) layout = layout_new (doc, style, paper);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, layout->page_width, layout->page_height);
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_fill (cr);
  if (page < layout->n_pages)
    draw_page (layout, cr, page, FALSE);
  cairo_restore (cr);
}
