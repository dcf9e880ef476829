/* voc-resume-export-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every export format renders the same content, in the same order: a JSON Resume object is
 * first turned into a VocResumeDoc (clean text, formatted dates, sections in reading order,
 * empty parts left out), and each writer only decides how that looks.
 */

#pragma once

#include "voc-resume-export.h"

G_BEGIN_DECLS

typedef enum
{
  VOC_RESUME_RUN_REGULAR = 0,
  VOC_RESUME_RUN_BOLD    = 1 << 0,
  VOC_RESUME_RUN_ITALIC  = 1 << 1,
} VocResumeRunStyle;

/* A piece of text in one style, optionally a link (an http, https or mailto: URI). */
typedef struct
{
  char              *text;
  char              *uri;
  VocResumeRunStyle  style;
} VocResumeRun;

/* An entry of a section. In a list section (skills, languages, interests) only @title is
 * used and it is one line of text; otherwise @title is the role or name and @subtitle the
 * organisation. Every text is non-empty or %NULL; arrays may be empty, never %NULL. */
typedef struct
{
  GPtrArray *title;       /* VocResumeRun */
  GPtrArray *subtitle;    /* VocResumeRun */
  char      *dates;       /* "Jan 2020 – Present", or %NULL */
  char      *location;    /* or %NULL */
  GPtrArray *paragraphs;  /* char * */
  GPtrArray *details;     /* char *: "Courses: …", keywords */
  GPtrArray *bullets;     /* char * */
} VocResumeEntry;

typedef enum
{
  VOC_RESUME_SECTION_ENTRIES,
  VOC_RESUME_SECTION_LIST,
} VocResumeSectionKind;

typedef struct
{
  const char           *key;      /* the JSON Resume member: "work", "skills", … */
  char                 *title;    /* translated heading */
  VocResumeSectionKind  kind;
  GPtrArray            *entries;  /* VocResumeEntry; never empty */
} VocResumeSection;

typedef struct
{
  char      *name;       /* nullable */
  char      *label;      /* nullable */
  GPtrArray *contacts;   /* VocResumeRun, one per contact item */
  GPtrArray *summary;    /* char *, paragraphs */
  GPtrArray *sections;   /* VocResumeSection, in reading order */
  char      *title;      /* document title for metadata; never %NULL */
  char      *author;     /* nullable */
} VocResumeDoc;

/* What a template looks like. Lengths are in points, colours 0xRRGGBB. */
typedef struct
{
  const char *id;
  const char *name;            /* untranslated */

  /* PDF */
  const char *heading_family;
  const char *body_family;
  double      name_size;
  double      label_size;
  double      contact_size;
  double      heading_size;
  double      title_size;
  double      body_size;
  double      line_spacing;    /* factor of the font's line height */
  double      margin_x;
  double      margin_top;
  double      margin_bottom;
  double      header_gap;      /* after the contact line */
  double      section_gap;     /* before a heading */
  double      heading_gap;     /* after a heading */
  double      entry_gap;       /* between entries */
  double      paragraph_gap;   /* before a paragraph, detail or the first bullet */
  double      bullet_gap;      /* between bullets */
  double      bullet_hang;     /* indent of bullet text */
  guint       center_header : 1;
  guint       upper_headings : 1;
  guint       heading_rule : 1;
  guint       header_rule : 1;
  guint       italic_meta : 1;   /* dates and place in italics */
  guint       bold_name : 1;
  guint32     text_color;
  guint32     muted_color;
  guint32     accent_color;    /* name, headings */
  guint32     link_color;      /* links in the contact line */
  guint32     rule_color;
  double      rule_width;
  double      header_rule_width;

  /* DOCX */
  const char *docx_heading_font;
  const char *docx_body_font;
  guint       docx_body_half_points;
  guint       docx_name_half_points;
  guint       docx_heading_half_points;
  const char *docx_accent;     /* "RRGGBB" */
} VocResumeStyle;

const VocResumeStyle *voc_resume_style_lookup  (const char      *template_id,
                                                GError         **error);
void                  voc_resume_paper_size    (VocPaper         paper,
                                                double          *width,
                                                double          *height);

VocResumeDoc         *voc_resume_doc_new       (JsonObject      *resume);
void                  voc_resume_doc_free      (VocResumeDoc    *doc);

char                 *voc_resume_display_uri   (const char      *uri);
char                 *voc_resume_entry_meta    (VocResumeEntry  *entry);

GBytes               *voc_resume_write_pdf     (VocResumeDoc          *doc,
                                                const VocResumeStyle  *style,
                                                VocPaper               paper,
                                                GError               **error);
GBytes               *voc_resume_write_docx    (VocResumeDoc          *doc,
                                                const VocResumeStyle  *style,
                                                VocPaper               paper,
                                                GError               **error);
GBytes               *voc_resume_write_markdown (VocResumeDoc         *doc);
GBytes               *voc_resume_write_text     (VocResumeDoc         *doc);

guint                 voc_resume_pdf_count_pages (VocResumeDoc         *doc,
                                                  const VocResumeStyle *style,
                                                  VocPaper              paper);
void                  voc_resume_pdf_render_page (VocResumeDoc         *doc,
                                                  const VocResumeStyle *style,
                                                  VocPaper              paper,
                                                  guint                 page,
                                                  cairo_t              *cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocResumeDoc, voc_resume_doc_free)

G_END_DECLS
