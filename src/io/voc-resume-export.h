/* voc-resume-export.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * VocResumeFormat:
 * @VOC_RESUME_FORMAT_PDF: PDF drawn with Cairo and Pango, fonts embedded
 * @VOC_RESUME_FORMAT_DOCX: an Office Open XML word-processing document
 * @VOC_RESUME_FORMAT_MARKDOWN: CommonMark
 * @VOC_RESUME_FORMAT_TEXT: plain UTF-8 text
 * @VOC_RESUME_FORMAT_JSON: the JSON Resume document itself, pretty-printed
 */
typedef enum
{
  VOC_RESUME_FORMAT_PDF,
  VOC_RESUME_FORMAT_DOCX,
  VOC_RESUME_FORMAT_MARKDOWN,
  VOC_RESUME_FORMAT_TEXT,
  VOC_RESUME_FORMAT_JSON,
} VocResumeFormat;

/**
 * VocPaper:
 * @VOC_PAPER_A4: 210 × 297 mm (595 × 842 pt)
 * @VOC_PAPER_LETTER: US Letter, 8.5 × 11 in (612 × 792 pt)
 */
typedef enum
{
  VOC_PAPER_A4,
  VOC_PAPER_LETTER,
} VocPaper;

/**
 * VocResumeTemplate:
 * @id: stable identifier, stored in settings and passed to the export functions
 * @name: translated name to show
 */
typedef struct
{
  const char *id;
  const char *name;
} VocResumeTemplate;

/* The default template, used when a function is given a %NULL template id. */
#define VOC_RESUME_TEMPLATE_DEFAULT "classic"

const VocResumeTemplate *voc_resume_templates            (guint            *n);
gboolean                 voc_resume_format_from_filename (const char       *filename,
                                                          VocResumeFormat  *format);

GBytes                  *voc_resume_export               (JsonObject       *resume,
                                                          VocResumeFormat   format,
                                                          const char       *template_id,
                                                          VocPaper          paper,
                                                          GError          **error);
gboolean                 voc_resume_export_to_file       (JsonObject       *resume,
                                                          GFile            *file,
                                                          VocResumeFormat   format,
                                                          const char       *template_id,
                                                          VocPaper          paper,
                                                          GCancellable     *cancellable,
                                                          GError          **error);

guint                    voc_resume_layout_count_pages   (JsonObject       *resume,
                                                          const char       *template_id,
                                                          VocPaper          paper);
void                     voc_resume_layout_render_page   (JsonObject       *resume,
                                                          const char       *template_id,
                                                          VocPaper          paper,
                                                          guint             page,
                                                          cairo_t          *cr);
void                     voc_resume_paper_get_size       (VocPaper          paper,
                                                          double           *width,
                                                          double           *height);

G_END_DECLS
