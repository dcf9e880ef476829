/* voc-resume-export-text.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Markdown and plain-text résumés: the same content as the PDF, in the same order, one
 * element per line (no hard wrapping, so that every sentence stays on one line for whoever
 * pastes it into a web form).
 */

#define G_LOG_DOMAIN "voc-resume-export"

#include "config.h"

#include <string.h>

#include "voc-resume-export-private.h"

/* Markdown ------------------------------------------------------------------------------------ */

/* Backslash-escapes what CommonMark would read as markup, so that the text shows as written:
 * emphasis, code, links and HTML anywhere; headings, lists and quotes at the start of a
 * line. */
static void
append_md_escaped_full (GString    *out,
                        const char *text,
                        gboolean    line_start)
{
  const char *p = text;

  if (line_start && *p != '\0' && strchr ("#>+-=|", *p) != NULL)
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p++);
    }
  else if (line_start && g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (g_ascii_isdigit (*q))
        q++;
      if (*q == '.' || *q == ')')
        {
          g_string_append_len (out, p, q - p);
          g_string_append_c (out, '\\');
          p = q;
        }
    }

  for (; *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
append_md_escaped (GString    *out,
                   const char *text)
{
  append_md_escaped_full (out, text, TRUE);
}

static void
append_md_link_target (GString    *out,
                       const char *uri)
{
  /* Angle brackets allow parentheses in the address; normalised links hold neither spaces
   * nor angle brackets. */
  if (strpbrk (uri, "()") != NULL)
    g_string_append_printf (out, "(<%s>)", uri);
  else
    g_string_append_printf (out, "(%s)", uri);
}

/* Runs in the middle of a line: no escape is needed for what only counts at its start. */
static void
append_md_runs (GString   *out,
                GPtrArray *runs,
                gboolean   plain_bold)
{
  for (guint i = 0; i < runs->len; i++)
    {
      VocResumeRun *run = g_ptr_array_index (runs, i);
      gboolean bold = (run->style & VOC_RESUME_RUN_BOLD) && !plain_bold;
      gboolean italic = (run->style & VOC_RESUME_RUN_ITALIC) != 0;

      if (run->uri != NULL)
        g_string_append_c (out, '[');
      if (bold)
        g_string_append (out, "**");
      if (italic)
        g_string_append_c (out, '*');
      append_md_escaped_full (out, run->text, FALSE);
      if (italic)
        g_string_append_c (out, '*');
      if (bold)
        g_string_append (out, "**");
      if (run->uri != NULL)
        {
          g_string_append_c (out, ']');
          append_md_link_target (out, run->uri);
        }
    }
}

static void
append_md_entry (GString          *out,
                 VocResumeSection *section,
                 VocResumeEntry   *entry)
{
  g_autofree char *meta = NULL;

  if (section->kind == VOC_RESUME_SECTION_LIST)
    {
      g_string_append (out, "- ");
      append_md_runs (out, entry->title, FALSE);
      g_string_append_c (out, '\n');
      return;
    }

  g_string_append_c (out, '\n');
  if (entry->title->len > 0)
    {
      g_string_append (out, "### ");
      append_md_runs (out, entry->title, TRUE);
      if (entry->subtitle->len > 0)
        {
          g_string_append (out, " · ");
          append_md_runs (out, entry->subtitle, TRUE);
        }
      g_string_append (out, "\n\n");
    }

  meta = voc_resume_entry_meta (entry);
  if (meta != NULL)
    {
      g_string_append_c (out, '*');
      append_md_escaped_full (out, meta, FALSE);
      g_string_append (out, "*\n\n");
    }

  for (guint i = 0; i < entry->paragraphs->len; i++)
    {
      append_md_escaped (out, g_ptr_array_index (entry->paragraphs, i));
      g_string_append (out, "\n\n");
    }

  for (guint i = 0; i < entry->bullets->len; i++)
    {
      g_string_append (out, "- ");
      append_md_escaped (out, g_ptr_array_index (entry->bullets, i));
      g_string_append_c (out, '\n');
    }
  if (entry->bullets->len > 0)
    g_string_append_c (out, '\n');

  for (guint i = 0; i < entry->details->len; i++)
    {
      append_md_escaped (out, g_ptr_array_index (entry->details, i));
      g_string_append (out, "\n\n");
    }
}

/* Never more than one blank line in a row, and exactly one line break at the end. */
static GBytes *
finish (GString *out)
{
  gsize len = 0;
  guint newlines = 0;

  for (gsize i = 0; i < out->len; i++)
    {
      newlines = out->str[i] == '\n' ? newlines + 1 : 0;
      if (newlines <= 2 && !(newlines > 0 && len == 0))
        out->str[len++] = out->str[i];
    }
  g_string_truncate (out, len);

  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);
  if (out->len > 0)
    g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}

GBytes *
voc_resume_write_markdown (VocResumeDoc *doc)
{
  GString *out = g_string_new (NULL);

  if (doc->name != NULL)
    {
      g_string_append (out, "# ");
      append_md_escaped (out, doc->name);
      g_string_append (out, "\n\n");
    }
  if (doc->label != NULL)
    {
      g_string_append (out, "**");
      append_md_escaped (out, doc->label);
      g_string_append (out, "**\n\n");
    }
  if (doc->contacts->len > 0)
    {
      for (guint i = 0; i < doc->contacts->len; i++)
        {
          g_autoptr(GPtrArray) one = g_ptr_array_new ();

          if (i > 0)
            g_string_append (out, " · ");
          g_ptr_array_add (one, g_ptr_array_index (doc->contacts, i));
          append_md_runs (out, one, FALSE);
        }
      g_string_append (out, "\n\n");
    }
  for (guint i = 0; i < doc->summary->len; i++)
    {
      append_md_escaped (out, g_ptr_array_index (doc->summary, i));
      g_string_append (out, "\n\n");
    }

  for (guint i = 0; i < doc->sections->len; i++)
    {
      VocResumeSection *section = g_ptr_array_index (doc->sections, i);

      g_string_append (out, "## ");
      append_md_escaped (out, section->title);
      g_string_append (out, "\n");
      if (section->kind == VOC_RESUME_SECTION_LIST)
        g_string_append_c (out, '\n');
      for (guint j = 0; j < section->entries->len; j++)
        append_md_entry (out, section, g_ptr_array_index (section->entries, j));
      g_string_append_c (out, '\n');
    }

  return finish (out);
}

/* Plain text ---------------------------------------------------------------------------------- */

/* A link shows its address after its text, unless the text already is the address. */
static void
append_text_runs (GString   *out,
                  GPtrArray *runs)
{
  for (guint i = 0; i < runs->len; i++)
    {
      VocResumeRun *run = g_ptr_array_index (runs, i);

      g_string_append (out, run->text);
      if (run->uri != NULL && !g_str_has_prefix (run->uri, "mailto:"))
        {
          g_autofree char *display = voc_resume_display_uri (run->uri);

          if (!g_str_equal (display, run->text))
            g_string_append_printf (out, " <%s>", run->uri);
        }
    }
}

static void
append_underlined (GString    *out,
                   const char *text,
                   char        underline)
{
  glong width = g_utf8_strlen (text, -1);

  g_string_append (out, text);
  g_string_append_c (out, '\n');
  for (glong i = 0; i < width; i++)
    g_string_append_c (out, underline);
  g_string_append_c (out, '\n');
}

static void
append_text_entry (GString          *out,
                   VocResumeSection *section,
                   VocResumeEntry   *entry)
{
  g_autofree char *meta = NULL;

  if (section->kind == VOC_RESUME_SECTION_LIST)
    {
      g_string_append (out, "- ");
      append_text_runs (out, entry->title);
      g_string_append_c (out, '\n');
      return;
    }

  g_string_append_c (out, '\n');
  if (entry->title->len > 0)
    {
      append_text_runs (out, entry->title);
      if (entry->subtitle->len > 0)
        {
          g_string_append (out, " · ");
          append_text_runs (out, entry->subtitle);
        }
      g_string_append_c (out, '\n');
    }

  meta = voc_resume_entry_meta (entry);
  if (meta != NULL)
    g_string_append_printf (out, "%s\n", meta);

  for (guint i = 0; i < entry->paragraphs->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (entry->paragraphs, i));
  for (guint i = 0; i < entry->bullets->len; i++)
    g_string_append_printf (out, "- %s\n", (char *) g_ptr_array_index (entry->bullets, i));
  for (guint i = 0; i < entry->details->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (entry->details, i));
}

GBytes *
voc_resume_write_text (VocResumeDoc *doc)
{
  GString *out = g_string_new (NULL);
  gboolean header = FALSE;

  if (doc->name != NULL)
    {
      append_underlined (out, doc->name, '=');
      header = TRUE;
    }
  if (doc->label != NULL)
    {
      g_string_append_printf (out, "%s\n", doc->label);
      header = TRUE;
    }
  for (guint i = 0; i < doc->contacts->len; i++)
    {
      g_autoptr(GPtrArray) one = g_ptr_array_new ();

      if (i > 0)
        g_string_append (out, " · ");
      g_ptr_array_add (one, g_ptr_array_index (doc->contacts, i));
      append_text_runs (out, one);
      header = TRUE;
    }
  if (doc->contacts->len > 0)
    g_string_append_c (out, '\n');
  if (header)
    g_string_append_c (out, '\n');

  for (guint i = 0; i < doc->summary->len; i++)
    g_string_append_printf (out, "%s\n\n", (char *) g_ptr_array_index (doc->summary, i));

  for (guint i = 0; i < doc->sections->len; i++)
    {
      VocResumeSection *section = g_ptr_array_index (doc->sections, i);

      append_underlined (out, section->title, '-');
      if (section->kind == VOC_RESUME_SECTION_LIST)
        g_string_append_c (out, '\n');
      for (guint j = 0; j < section->entries->len; j++)
        append_text_entry (out, section, g_ptr_array_index (section->entries, j));
      g_string_append_c (out, '\n');
    }

  return finish (out);
}
