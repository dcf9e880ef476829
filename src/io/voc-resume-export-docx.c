/* voc-resume-export-docx.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DOCX: the smallest WordprocessingML package that Word and LibreOffice open without a
 * repair prompt, written with libxml2's xmlTextWriter (which escapes all text) and zipped
 * with libarchive. Headings and bullets use the built-in style names ("heading 1",
 * "List Bullet") so that they stay headings and lists when the document is edited, restyled
 * or parsed by an applicant tracking system. Element order inside the property elements
 * follows the schema: Word refuses a document where it does not.
 */

#define G_LOG_DOMAIN "voc-resume-export"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>

#include "voc-resume-export-private.h"

#define W_NS    "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define R_NS    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define REL_NS  "http://schemas.openxmlformats.org/package/2006/relationships"
#define CT_NS   "http://schemas.openxmlformats.org/package/2006/content-types"
#define CP_NS   "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
#define DC_NS   "http://purl.org/dc/elements/1.1/"
#define REL_TYPE_OFFICE_DOCUMENT R_NS "/officeDocument"
#define REL_TYPE_CORE_PROPERTIES REL_NS "/metadata/core-properties"
#define REL_TYPE_STYLES          R_NS "/styles"
#define REL_TYPE_NUMBERING       R_NS "/numbering"
#define REL_TYPE_HYPERLINK       R_NS "/hyperlink"

#define CT_WML       "application/vnd.openxmlformats-officedocument.wordprocessingml"
#define CT_MAIN      CT_WML ".document.main+xml"
#define CT_STYLES    CT_WML ".styles+xml"
#define CT_NUMBERING CT_WML ".numbering+xml"
#define CT_CORE      "application/vnd.openxmlformats-package.core-properties+xml"
#define CT_RELS      "application/vnd.openxmlformats-package.relationships+xml"

/* The first relationship ids of word/document.xml; hyperlinks follow. */
#define RID_STYLES     "rId1"
#define RID_NUMBERING  "rId2"
#define FIRST_LINK_RID 3

/* The one bullet list definition in word/numbering.xml. */
#define BULLET_NUM_ID "1"

typedef struct
{
  xmlBufferPtr     buffer;
  xmlTextWriterPtr writer;
  gboolean         failed;
} Xml;

typedef struct
{
  const VocResumeStyle *style;
  VocPaper              paper;
  Xml                   xml;
  GPtrArray            *links;       /* char *, the targets of rId3, rId4, … */
} Docx;

typedef struct archive VocArchive;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocArchive, archive_write_free)

/* XML ------------------------------------------------------------------------------------------ */

static void
xml_begin (Xml *xml)
{
  xml->buffer = xmlBufferCreate ();
  xml->writer = xmlNewTextWriterMemory (xml->buffer, 0);
  xml->failed = xml->writer == NULL ||
                xmlTextWriterStartDocument (xml->writer, "1.0", "UTF-8", "yes") < 0;
}

/* Returns the document, or %NULL when libxml2 failed (out of memory). */
static GBytes *
xml_end (Xml *xml)
{
  GBytes *bytes = NULL;

  if (xml->writer != NULL)
    {
      if (xmlTextWriterEndDocument (xml->writer) < 0)
        xml->failed = TRUE;
      xmlFreeTextWriter (xml->writer);
      xml->writer = NULL;
    }
  if (!xml->failed)
    bytes = g_bytes_new (xmlBufferContent (xml->buffer), xmlBufferLength (xml->buffer));
  xmlBufferFree (xml->buffer);
  xml->buffer = NULL;
  return bytes;
}

static void
xml_start (Xml        *xml,
           const char *name)
{
  if (!xml->failed && xmlTextWriterStartElement (xml->writer, BAD_CAST name) < 0)
    xml->failed = TRUE;
}

static void
xml_attr (Xml        *xml,
          const char *name,
          const char *value)
{
  if (!xml->failed &&
      xmlTextWriterWriteAttribute (xml->writer, BAD_CAST name, BAD_CAST value) < 0)
    xml->failed = TRUE;
}

static void
xml_text (Xml        *xml,
          const char *text)
{
  if (!xml->failed && xmlTextWriterWriteString (xml->writer, BAD_CAST text) < 0)
    xml->failed = TRUE;
}

static void
xml_end_element (Xml *xml)
{
  if (!xml->failed && xmlTextWriterEndElement (xml->writer) < 0)
    xml->failed = TRUE;
}

/* <name/> or <name attr="value"/> */
static void
xml_empty (Xml        *xml,
           const char *name,
           const char *attr,
           const char *value)
{
  xml_start (xml, name);
  if (attr != NULL)
    xml_attr (xml, attr, value);
  xml_end_element (xml);
}

static void
xml_empty_uint (Xml        *xml,
                const char *name,
                const char *attr,
                guint       value)
{
  char text[16];

  g_snprintf (text, sizeof text, "%u", value);
  xml_empty (xml, name, attr, text);
}

static void
xml_element_text (Xml        *xml,
                  const char *name,
                  const char *text)
{
  xml_start (xml, name);
  xml_text (xml, text);
  xml_end_element (xml);
}

/* Package parts -------------------------------------------------------------------------------- */

static GBytes *
write_content_types (void)
{
  static const struct
  {
    const char *part;
    const char *type;
  } overrides[] = {
    { "/word/document.xml", CT_MAIN },
    { "/word/styles.xml", CT_STYLES },
    { "/word/numbering.xml", CT_NUMBERING },
    { "/docProps/core.xml", CT_CORE },
  };
  Xml xml;

  xml_begin (&xml);
  xml_start (&xml, "Types");
  xml_attr (&xml, "xmlns", CT_NS);
  xml_start (&xml, "Default");
  xml_attr (&xml, "Extension", "rels");
  xml_attr (&xml, "ContentType", CT_RELS);
  xml_end_element (&xml);
  xml_start (&xml, "Default");
  xml_attr (&xml, "Extension", "xml");
  xml_attr (&xml, "ContentType", "application/xml");
  xml_end_element (&xml);
  for (guint i = 0; i < G_N_ELEMENTS (overrides); i++)
    {
      xml_start (&xml, "Override");
      xml_attr (&xml, "PartName", overrides[i].part);
      xml_attr (&xml, "ContentType", overrides[i].type);
      xml_end_element (&xml);
    }
  xml_end_element (&xml);
  return xml_end (&xml);
}

static void
write_relationship (Xml        *xml,
                    const char *id,
                    const char *type,
                    const char *target,
                    gboolean    external)
{
  xml_start (xml, "Relationship");
  xml_attr (xml, "Id", id);
  xml_attr (xml, "Type", type);
  xml_attr (xml, "Target", target);
  if (external)
    xml_attr (xml, "TargetMode", "External");
  xml_end_element (xml);
}

static GBytes *
write_package_rels (void)
{
  Xml xml;

  xml_begin (&xml);
  xml_start (&xml, "Relationships");
  xml_attr (&xml, "xmlns", REL_NS);
  write_relationship (&xml, "rId1", REL_TYPE_OFFICE_DOCUMENT, "word/document.xml", FALSE);
  write_relationship (&xml, "rId2", REL_TYPE_CORE_PROPERTIES, "docProps/core.xml", FALSE);
  xml_end_element (&xml);
  return xml_end (&xml);
}

static GBytes *
write_document_rels (Docx *docx)
{
  Xml xml;

  xml_begin (&xml);
  xml_start (&xml, "Relationships");
  xml_attr (&xml, "xmlns", REL_NS);
  write_relationship (&xml, RID_STYLES, REL_TYPE_STYLES, "styles.xml", FALSE);
  write_relationship (&xml, RID_NUMBERING, REL_TYPE_NUMBERING, "numbering.xml", FALSE);
  for (guint i = 0; i < docx->links->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("rId%u", FIRST_LINK_RID + i);

      write_relationship (&xml, id, REL_TYPE_HYPERLINK, g_ptr_array_index (docx->links, i),
                          TRUE);
    }
  xml_end_element (&xml);
  return xml_end (&xml);
}

static GBytes *
write_core_properties (VocResumeDoc *doc)
{
  Xml xml;

  xml_begin (&xml);
  xml_start (&xml, "cp:coreProperties");
  xml_attr (&xml, "xmlns:cp", CP_NS);
  xml_attr (&xml, "xmlns:dc", DC_NS);
  xml_element_text (&xml, "dc:title", doc->title);
  if (doc->label != NULL)
    xml_element_text (&xml, "dc:subject", doc->label);
  if (doc->author != NULL)
    xml_element_text (&xml, "dc:creator", doc->author);
  xml_end_element (&xml);
  return xml_end (&xml);
}

static GBytes *
write_numbering (void)
{
  Xml xml;

  xml_begin (&xml);
  xml_start (&xml, "w:numbering");
  xml_attr (&xml, "xmlns:w", W_NS);
  xml_start (&xml, "w:abstractNum");
  xml_attr (&xml, "w:abstractNumId", "0");
  xml_empty (&xml, "w:multiLevelType", "w:val", "singleLevel");
  xml_start (&xml, "w:lvl");
  xml_attr (&xml, "w:ilvl", "0");
  xml_empty (&xml, "w:start", "w:val", "1");
  xml_empty (&xml, "w:numFmt", "w:val", "bullet");
  xml_empty (&xml, "w:lvlText", "w:val", "•");
  xml_empty (&xml, "w:lvlJc", "w:val", "left");
  xml_start (&xml, "w:pPr");
  xml_start (&xml, "w:ind");
  xml_attr (&xml, "w:left", "360");
  xml_attr (&xml, "w:hanging", "240");
  xml_end_element (&xml);
  xml_end_element (&xml);  /* pPr */
  xml_end_element (&xml);  /* lvl */
  xml_end_element (&xml);  /* abstractNum */
  xml_start (&xml, "w:num");
  xml_attr (&xml, "w:numId", BULLET_NUM_ID);
  xml_empty (&xml, "w:abstractNumId", "w:val", "0");
  xml_end_element (&xml);
  xml_end_element (&xml);
  return xml_end (&xml);
}

static void
write_fonts (Xml        *xml,
             const char *font)
{
  xml_start (xml, "w:rFonts");
  xml_attr (xml, "w:ascii", font);
  xml_attr (xml, "w:hAnsi", font);
  xml_attr (xml, "w:eastAsia", font);
  xml_attr (xml, "w:cs", font);
  xml_end_element (xml);
}

static void
write_size (Xml   *xml,
            guint  half_points)
{
  xml_empty_uint (xml, "w:sz", "w:val", half_points);
  xml_empty_uint (xml, "w:szCs", "w:val", half_points);
}

static void
write_spacing (Xml   *xml,
               guint  before,
               guint  after)
{
  char text[16];

  xml_start (xml, "w:spacing");
  g_snprintf (text, sizeof text, "%u", before);
  xml_attr (xml, "w:before", text);
  g_snprintf (text, sizeof text, "%u", after);
  xml_attr (xml, "w:after", text);
  xml_end_element (xml);
}

static void
start_style (Xml        *xml,
             const char *type,
             const char *id,
             const char *name,
             const char *based_on)
{
  xml_start (xml, "w:style");
  xml_attr (xml, "w:type", type);
  xml_attr (xml, "w:styleId", id);
  xml_empty (xml, "w:name", "w:val", name);
  if (based_on != NULL)
    xml_empty (xml, "w:basedOn", "w:val", based_on);
  if (g_str_equal (type, "paragraph"))
    xml_empty (xml, "w:next", "w:val", "Normal");
  xml_empty (xml, "w:qFormat", NULL, NULL);
}

static GBytes *
write_styles (const VocResumeStyle *style)
{
  char muted[8];
  char text_color[8];
  const char *jc = style->center_header ? "center" : "left";
  Xml xml;

  g_snprintf (muted, sizeof muted, "%06X", style->muted_color & 0xffffff);
  g_snprintf (text_color, sizeof text_color, "%06X", style->text_color & 0xffffff);

  xml_begin (&xml);
  xml_start (&xml, "w:styles");
  xml_attr (&xml, "xmlns:w", W_NS);

  xml_start (&xml, "w:docDefaults");
  xml_start (&xml, "w:rPrDefault");
  xml_start (&xml, "w:rPr");
  write_fonts (&xml, style->docx_body_font);
  xml_empty (&xml, "w:color", "w:val", text_color);
  write_size (&xml, style->docx_body_half_points);
  xml_end_element (&xml);
  xml_end_element (&xml);
  xml_start (&xml, "w:pPrDefault");
  xml_start (&xml, "w:pPr");
  write_spacing (&xml, 0, 60);
  xml_end_element (&xml);
  xml_end_element (&xml);
  xml_end_element (&xml);  /* docDefaults */

  xml_start (&xml, "w:style");
  xml_attr (&xml, "w:type", "paragraph");
  xml_attr (&xml, "w:default", "1");
  xml_attr (&xml, "w:styleId", "Normal");
  xml_empty (&xml, "w:name", "w:val", "Normal");
  xml_empty (&xml, "w:qFormat", NULL, NULL);
  xml_end_element (&xml);

  xml_start (&xml, "w:style");
  xml_attr (&xml, "w:type", "character");
  xml_attr (&xml, "w:default", "1");
  xml_attr (&xml, "w:styleId", "DefaultParagraphFont");
  xml_empty (&xml, "w:name", "w:val", "Default Paragraph Font");
  xml_empty (&xml, "w:uiPriority", "w:val", "1");
  xml_empty (&xml, "w:semiHidden", NULL, NULL);
  xml_empty (&xml, "w:unhideWhenUsed", NULL, NULL);
  xml_end_element (&xml);

  start_style (&xml, "paragraph", "Title", "Title", "Normal");
  xml_start (&xml, "w:pPr");
  write_spacing (&xml, 0, 40);
  xml_empty (&xml, "w:jc", "w:val", jc);
  xml_end_element (&xml);
  xml_start (&xml, "w:rPr");
  write_fonts (&xml, style->docx_heading_font);
  if (style->bold_name)
    xml_empty (&xml, "w:b", NULL, NULL);
  xml_empty (&xml, "w:color", "w:val", style->docx_accent);
  write_size (&xml, style->docx_name_half_points);
  xml_end_element (&xml);
  xml_end_element (&xml);

  start_style (&xml, "paragraph", "Subtitle", "Subtitle", "Normal");
  xml_start (&xml, "w:pPr");
  write_spacing (&xml, 0, 60);
  xml_empty (&xml, "w:jc", "w:val", jc);
  xml_end_element (&xml);
  xml_start (&xml, "w:rPr");
  write_fonts (&xml, style->docx_heading_font);
  if (style->center_header)
    xml_empty (&xml, "w:i", NULL, NULL);
  xml_empty (&xml, "w:color", "w:val", muted);
  write_size (&xml, style->docx_body_half_points + 4);
  xml_end_element (&xml);
  xml_end_element (&xml);

  start_style (&xml, "paragraph", "Heading1", "heading 1", "Normal");
  xml_start (&xml, "w:pPr");
  xml_empty (&xml, "w:keepNext", NULL, NULL);
  xml_empty (&xml, "w:keepLines", NULL, NULL);
  xml_start (&xml, "w:pBdr");
  xml_start (&xml, "w:bottom");
  xml_attr (&xml, "w:val", "single");
  xml_attr (&xml, "w:sz", style->heading_rule ? "4" : "8");
  xml_attr (&xml, "w:space", "1");
  xml_attr (&xml, "w:color", style->heading_rule ? "8A8A8A" : style->docx_accent);
  xml_end_element (&xml);
  xml_end_element (&xml);
  write_spacing (&xml, 240, 80);
  xml_empty (&xml, "w:outlineLvl", "w:val", "0");
  xml_end_element (&xml);
  xml_start (&xml, "w:rPr");
  write_fonts (&xml, style->docx_heading_font);
  xml_empty (&xml, "w:b", NULL, NULL);
  if (style->upper_headings)
    xml_empty (&xml, "w:caps", NULL, NULL);
  xml_empty (&xml, "w:color", "w:val", style->docx_accent);
  write_size (&xml, style->docx_heading_half_points);
  xml_end_element (&xml);
  xml_end_element (&xml);

  start_style (&xml, "paragraph", "Heading2", "heading 2", "Normal");
  xml_start (&xml, "w:pPr");
  xml_empty (&xml, "w:keepNext", NULL, NULL);
  xml_empty (&xml, "w:keepLines", NULL, NULL);
  write_spacing (&xml, 140, 20);
  xml_empty (&xml, "w:outlineLvl", "w:val", "1");
  xml_end_element (&xml);
  xml_start (&xml, "w:rPr");
  write_fonts (&xml, style->docx_body_font);
  xml_empty (&xml, "w:b", NULL, NULL);
  write_size (&xml, style->docx_body_half_points + 1);
  xml_end_element (&xml);
  xml_end_element (&xml);

  start_style (&xml, "paragraph", "ListBullet", "List Bullet", "Normal");
  xml_start (&xml, "w:pPr");
  xml_start (&xml, "w:numPr");
  xml_empty (&xml, "w:numId", "w:val", BULLET_NUM_ID);
  xml_end_element (&xml);
  write_spacing (&xml, 0, 30);
  xml_start (&xml, "w:ind");
  xml_attr (&xml, "w:left", "360");
  xml_attr (&xml, "w:hanging", "240");
  xml_end_element (&xml);
  xml_end_element (&xml);
  xml_end_element (&xml);

  start_style (&xml, "character", "Hyperlink", "Hyperlink", "DefaultParagraphFont");
  xml_start (&xml, "w:rPr");
  xml_empty (&xml, "w:color", "w:val", style->docx_accent);
  xml_empty (&xml, "w:u", "w:val", "single");
  xml_end_element (&xml);
  xml_end_element (&xml);

  xml_end_element (&xml);  /* styles */
  return xml_end (&xml);
}

/* The document --------------------------------------------------------------------------------- */

typedef enum
{
  PARAGRAPH_KEEP_NEXT = 1 << 0,
  PARAGRAPH_BULLET    = 1 << 1,
  PARAGRAPH_HEADER    = 1 << 2,  /* aligned like the name */
} ParagraphFlags;

static void
start_paragraph (Docx           *docx,
                 const char     *style_id,
                 ParagraphFlags  flags)
{
  Xml *xml = &docx->xml;

  xml_start (xml, "w:p");
  if (style_id == NULL && flags == 0)
    return;

  xml_start (xml, "w:pPr");
  if (style_id != NULL)
    xml_empty (xml, "w:pStyle", "w:val", style_id);
  if (flags & PARAGRAPH_KEEP_NEXT)
    xml_empty (xml, "w:keepNext", NULL, NULL);
  if (flags & PARAGRAPH_BULLET)
    {
      xml_start (xml, "w:numPr");
      xml_empty (xml, "w:ilvl", "w:val", "0");
      xml_empty (xml, "w:numId", "w:val", BULLET_NUM_ID);
      xml_end_element (xml);
    }
  if (flags & PARAGRAPH_HEADER)
    xml_empty (xml, "w:jc", "w:val", docx->style->center_header ? "center" : "left");
  xml_end_element (xml);  /* pPr */
}

static void
write_run (Docx              *docx,
           const char        *text,
           VocResumeRunStyle  run_style,
           gboolean           muted,
           gboolean           italic)
{
  Xml *xml = &docx->xml;

  xml_start (xml, "w:r");
  if (run_style != VOC_RESUME_RUN_REGULAR || muted || italic)
    {
      xml_start (xml, "w:rPr");
      if (run_style & VOC_RESUME_RUN_BOLD)
        xml_empty (xml, "w:b", NULL, NULL);
      if ((run_style & VOC_RESUME_RUN_ITALIC) || italic)
        xml_empty (xml, "w:i", NULL, NULL);
      if (muted)
        {
          char color[8];

          g_snprintf (color, sizeof color, "%06X", docx->style->muted_color & 0xffffff);
          xml_empty (xml, "w:color", "w:val", color);
        }
      xml_end_element (xml);
    }
  xml_start (xml, "w:t");
  xml_attr (xml, "xml:space", "preserve");
  xml_text (xml, text);
  xml_end_element (xml);
  xml_end_element (xml);  /* r */
}

static void
write_link (Docx       *docx,
            const char *text,
            const char *uri)
{
  Xml *xml = &docx->xml;
  g_autofree char *id = g_strdup_printf ("rId%u", FIRST_LINK_RID + docx->links->len);

  g_ptr_array_add (docx->links, g_strdup (uri));

  xml_start (xml, "w:hyperlink");
  xml_attr (xml, "r:id", id);
  xml_attr (xml, "w:history", "1");
  xml_start (xml, "w:r");
  xml_start (xml, "w:rPr");
  xml_empty (xml, "w:rStyle", "w:val", "Hyperlink");
  xml_end_element (xml);
  xml_start (xml, "w:t");
  xml_attr (xml, "xml:space", "preserve");
  xml_text (xml, text);
  xml_end_element (xml);
  xml_end_element (xml);  /* r */
  xml_end_element (xml);  /* hyperlink */
}

static void
write_runs (Docx      *docx,
            GPtrArray *runs,
            gboolean   muted,
            gboolean   italic)
{
  for (guint i = 0; i < runs->len; i++)
    {
      VocResumeRun *run = g_ptr_array_index (runs, i);

      if (run->uri != NULL)
        write_link (docx, run->text, run->uri);
      else
        write_run (docx, run->text, run->style, muted, italic);
    }
}

static void
write_text_paragraph (Docx           *docx,
                      const char     *style_id,
                      ParagraphFlags  flags,
                      const char     *text)
{
  start_paragraph (docx, style_id, flags);
  write_run (docx, text, VOC_RESUME_RUN_REGULAR, FALSE, FALSE);
  xml_end_element (&docx->xml);
}

static void
write_entry (Docx             *docx,
             VocResumeSection *section,
             VocResumeEntry   *entry)
{
  Xml *xml = &docx->xml;
  gboolean has_body = entry->paragraphs->len > 0 || entry->bullets->len > 0 ||
                      entry->details->len > 0;
  g_autofree char *meta = voc_resume_entry_meta (entry);

  if (section->kind == VOC_RESUME_SECTION_LIST)
    {
      start_paragraph (docx, NULL, 0);
      write_runs (docx, entry->title, FALSE, FALSE);
      xml_end_element (xml);
      return;
    }

  if (entry->title->len > 0)
    {
      start_paragraph (docx, "Heading2", 0);
      write_runs (docx, entry->title, FALSE, FALSE);
      if (entry->subtitle->len > 0)
        {
          write_run (docx, " · ", VOC_RESUME_RUN_REGULAR, FALSE, FALSE);
          write_runs (docx, entry->subtitle, FALSE, FALSE);
        }
      xml_end_element (xml);
    }

  if (meta != NULL)
    {
      start_paragraph (docx, NULL, has_body ? PARAGRAPH_KEEP_NEXT : 0);
      write_run (docx, meta, VOC_RESUME_RUN_REGULAR, TRUE, docx->style->italic_meta);
      xml_end_element (xml);
    }

  for (guint i = 0; i < entry->paragraphs->len; i++)
    write_text_paragraph (docx, NULL, 0, g_ptr_array_index (entry->paragraphs, i));
  for (guint i = 0; i < entry->bullets->len; i++)
    write_text_paragraph (docx, "ListBullet", PARAGRAPH_BULLET,
                          g_ptr_array_index (entry->bullets, i));
  for (guint i = 0; i < entry->details->len; i++)
    {
      start_paragraph (docx, NULL, 0);
      write_run (docx, g_ptr_array_index (entry->details, i), VOC_RESUME_RUN_REGULAR, TRUE,
                 FALSE);
      xml_end_element (xml);
    }
}

static GBytes *
write_document (Docx         *docx,
                VocResumeDoc *doc)
{
  const VocResumeStyle *style = docx->style;
  Xml *xml = &docx->xml;
  double width, height;
  char value[16];

  voc_resume_paper_size (docx->paper, &width, &height);

  xml_begin (xml);
  xml_start (xml, "w:document");
  xml_attr (xml, "xmlns:w", W_NS);
  xml_attr (xml, "xmlns:r", R_NS);
  xml_start (xml, "w:body");

  if (doc->name != NULL)
    write_text_paragraph (docx, "Title", 0, doc->name);
  if (doc->label != NULL)
    write_text_paragraph (docx, "Subtitle", 0, doc->label);
  if (doc->contacts->len > 0)
    {
      start_paragraph (docx, NULL, PARAGRAPH_HEADER);
      for (guint i = 0; i < doc->contacts->len; i++)
        {
          VocResumeRun *run = g_ptr_array_index (doc->contacts, i);

          if (i > 0)
            write_run (docx, "  ·  ", VOC_RESUME_RUN_REGULAR, TRUE, FALSE);
          if (run->uri != NULL)
            write_link (docx, run->text, run->uri);
          else
            write_run (docx, run->text, run->style, TRUE, FALSE);
        }
      xml_end_element (xml);
    }
  for (guint i = 0; i < doc->summary->len; i++)
    write_text_paragraph (docx, NULL, 0, g_ptr_array_index (doc->summary, i));

  for (guint i = 0; i < doc->sections->len; i++)
    {
      VocResumeSection *section = g_ptr_array_index (doc->sections, i);

      write_text_paragraph (docx, "Heading1", 0, section->title);
      for (guint j = 0; j < section->entries->len; j++)
        write_entry (docx, section, g_ptr_array_index (section->entries, j));
    }

  /* The page: its size and margins, in twentieths of a point. */
  xml_start (xml, "w:sectPr");
  xml_start (xml, "w:pgSz");
  g_snprintf (value, sizeof value, "%u", (guint) (width * 20));
  xml_attr (xml, "w:w", value);
  g_snprintf (value, sizeof value, "%u", (guint) (height * 20));
  xml_attr (xml, "w:h", value);
  xml_end_element (xml);
  xml_start (xml, "w:pgMar");
  g_snprintf (value, sizeof value, "%u", (guint) (style->margin_top * 20));
  xml_attr (xml, "w:top", value);
  g_snprintf (value, sizeof value, "%u", (guint) (style->margin_x * 20));
  xml_attr (xml, "w:right", value);
  g_snprintf (value, sizeof value, "%u", (guint) (style->margin_bottom * 20));
  xml_attr (xml, "w:bottom", value);
  g_snprintf (value, sizeof value, "%u", (guint) (style->margin_x * 20));
  xml_attr (xml, "w:left", value);
  xml_attr (xml, "w:header", "708");
  xml_attr (xml, "w:footer", "708");
  xml_attr (xml, "w:gutter", "0");
  xml_end_element (xml);
  xml_end_element (xml);  /* sectPr */

  xml_end_element (xml);  /* body */
  xml_end_element (xml);  /* document */
  return xml_end (xml);
}

/* The ZIP -------------------------------------------------------------------------------------- */

static la_ssize_t
zip_write_cb (struct archive *archive,
              void           *user_data,
              const void     *data,
              size_t          len)
{
  g_byte_array_append (user_data, data, len);
  return len;
}

static gboolean
zip_add (struct archive  *archive,
         const char      *path,
         GBytes          *contents,
         gint64           mtime,
         GError         **error)
{
  struct archive_entry *entry;
  gsize len;
  const void *data = g_bytes_get_data (contents, &len);
  gboolean ok;

  entry = archive_entry_new ();
  archive_entry_set_pathname (entry, path);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, len);
  archive_entry_set_mtime (entry, mtime, 0);

  ok = archive_write_header (archive, entry) == ARCHIVE_OK &&
       archive_write_data (archive, data, len) == (la_ssize_t) len;
  archive_entry_free (entry);

  if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 /* TRANSLATORS: %s is a reason from the libarchive library. */
                 _("Could not make the DOCX file: %s"), archive_error_string (archive));
  return ok;
}

GBytes *
voc_resume_write_docx (VocResumeDoc          *doc,
                       const VocResumeStyle  *style,
                       VocPaper               paper,
                       GError               **error)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VocArchive) archive = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  Docx docx = { style, paper, { NULL, }, links };
  gint64 mtime = g_get_real_time () / G_USEC_PER_SEC;
  struct
  {
    const char *path;
    GBytes     *contents;
  } parts[] = {
    /* The content types first, as Office writes them. */
    { "[Content_Types].xml", NULL },
    { "_rels/.rels", NULL },
    { "word/document.xml", NULL },
    { "word/_rels/document.xml.rels", NULL },
    { "word/styles.xml", NULL },
    { "word/numbering.xml", NULL },
    { "docProps/core.xml", NULL },
  };
  gboolean ok = TRUE;

  /* One after the other: the document's relationships list the links the document adds. */
  parts[0].contents = write_content_types ();
  parts[1].contents = write_package_rels ();
  parts[2].contents = write_document (&docx, doc);
  parts[3].contents = write_document_rels (&docx);
  parts[4].contents = write_styles (style);
  parts[5].contents = write_numbering ();
  parts[6].contents = write_core_properties (doc);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i].contents == NULL)
      ok = FALSE;

  if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Could not make the DOCX file: %s"), g_strerror (ENOMEM));

  if (ok)
    {
      archive = archive_write_new ();
      ok = archive_write_set_format_zip (archive) == ARCHIVE_OK &&
           archive_write_zip_set_compression_deflate (archive) == ARCHIVE_OK &&
           /* No padding: a ZIP ends where its central directory ends. */
           archive_write_set_bytes_in_last_block (archive, 1) == ARCHIVE_OK &&
           archive_write_open (archive, buffer, NULL, zip_write_cb, NULL) == ARCHIVE_OK;
      if (!ok)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("Could not make the DOCX file: %s"), archive_error_string (archive));
    }

  for (guint i = 0; ok && i < G_N_ELEMENTS (parts); i++)
    ok = zip_add (archive, parts[i].path, parts[i].contents, mtime, error);

  if (ok && archive_write_close (archive) != ARCHIVE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not make the DOCX file: %s"), archive_error_string (archive));
      ok = FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_clear_pointer (&parts[i].contents, g_bytes_unref);

  if (!ok)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}
