/* voc-letter-export.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-letter-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-letter-export.h"

/*
 * A cover letter on the resume's letterhead: the same template, fonts and header (the name
 * and the contact line from the resume's basics), then the date and the letter's paragraphs.
 * The letter is written as a resume with nothing but that header and a "summary" (one
 * paragraph per line of the letter), so the resume's writers lay it out and the export is
 * atomic in the same way (a temporary file renamed over the target only once complete).
 *
 * Clients the user marked confidential can be masked: each name given becomes "a
 * confidential client" in the exported text.
 */

static const char *header_members[] = { "name", "email", "phone", "url", "location", "profiles" };

/* Replaces each of @names in @text, ignoring case, with @replacement. */
static char *
mask (const char          *text,
      const char * const  *names,
      const char          *replacement)
{
  g_autoptr(GString) out = g_string_new (text);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *needle = g_utf8_casefold (names[i], -1);
      gsize needle_len = strlen (needle);
      gsize from = 0;

      if (needle_len == 0)
        continue;
      for (;;)
        {
          g_autofree char *folded = g_utf8_casefold (out->str + from, -1);
          const char *hit = strstr (folded, needle);
          gsize at;

          /* Case folding keeps byte lengths for the scripts names are written in; when it
           * does not, the text is left as it is rather than cut in the wrong place. */
          if (hit == NULL || strlen (folded) != out->len - from)
            break;
          at = from + (hit - folded);
          g_string_erase (out, at, needle_len);
          g_string_insert (out, at, replacement);
          from = at + strlen (replacement);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * voc_letter_build_resume:
 * @resume: (nullable): the resume whose header the letter uses (JSON Resume 1.2.1)
 * @body: the letter's text; lines are paragraphs, blank lines are dropped
 * @date: (nullable): the date written above the letter, or %NULL for none
 * @masked_names: (nullable) (array zero-terminated=1): names to mask in @body
 *
 * Returns: (transfer full): a resume holding only the letterhead and the letter
 */
JsonObject *
voc_letter_build_resume (JsonObject         *resume,
                         const char         *body,
                         GDateTime          *date,
                         const char * const *masked_names)
{
  JsonObject *letter = json_object_new ();
  JsonObject *basics = json_object_new ();
  JsonObject *source = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *masked = NULL;

  g_return_val_if_fail (body != NULL, NULL);

  if (resume != NULL && json_object_has_member (resume, "basics") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (resume, "basics")))
    source = json_object_get_object_member (resume, "basics");

  for (guint i = 0; source != NULL && i < G_N_ELEMENTS (header_members); i++)
    if (json_object_has_member (source, header_members[i]))
      json_object_set_member (basics, header_members[i],
                              json_node_copy (json_object_get_member (source, header_members[i])));

  if (date != NULL)
    {
      g_autofree char *day = g_date_time_format (date, "%-d %B %Y");

      g_string_append_printf (text, "%s\n\n", day);
    }
  masked = mask (body, masked_names, _("a confidential client"));
  g_string_append (text, masked);
  json_object_set_string_member (basics, "summary", text->str);
  json_object_set_object_member (letter, "basics", basics);

  return letter;
}

static gboolean
check_format (VocResumeFormat   format,
              GError          **error)
{
  if (format == VOC_RESUME_FORMAT_JSON)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("A cover letter is saved as PDF, DOCX, Markdown or text, not as "
                             "JSON Resume"));
      return FALSE;
    }
  return TRUE;
}

/**
 * voc_letter_export:
 * @resume: (nullable): the resume whose header and template the letter uses
 * @body: the letter
 * @date: (nullable): the date above the letter
 * @masked_names: (nullable) (array zero-terminated=1): names to mask
 * @format: PDF, DOCX, Markdown or text
 * @template_id: (nullable): the resume template, or %NULL for the default
 * @paper: the page size
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the file's contents, or %NULL on error
 */
GBytes *
voc_letter_export (JsonObject          *resume,
                   const char          *body,
                   GDateTime           *date,
                   const char * const  *masked_names,
                   VocResumeFormat      format,
                   const char          *template_id,
                   VocPaper             paper,
                   GError             **error)
{
  g_autoptr(JsonObject) letter = NULL;

  g_return_val_if_fail (body != NULL, NULL);

  if (!check_format (format, error))
    return NULL;
  letter = voc_letter_build_resume (resume, body, date, masked_names);
  return voc_resume_export (letter, format, template_id, paper, error);
}

/**
 * voc_letter_export_to_file:
 * @file: where to write
 * @cancellable: (nullable): a #GCancellable
 *
 * Like voc_letter_export(), and replaces @file with the result atomically: on any failure
 * @file keeps its old contents (or still does not exist) and no temporary file is left.
 * Error messages name the file. Blocks: call it from a worker thread.
 *
 * Returns: %TRUE on success
 */
gboolean
voc_letter_export_to_file (JsonObject          *resume,
                           const char          *body,
                           GDateTime           *date,
                           const char * const  *masked_names,
                           GFile               *file,
                           VocResumeFormat      format,
                           const char          *template_id,
                           VocPaper             paper,
                           GCancellable        *cancellable,
                           GError             **error)
{
  g_autoptr(JsonObject) letter = NULL;

  g_return_val_if_fail (body != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!check_format (format, error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_prefix_error (error, _("Could not save “%s”: "), name);
      return FALSE;
    }
  letter = voc_letter_build_resume (resume, body, date, masked_names);
  return voc_resume_export_to_file (letter, file, format, template_id, paper, cancellable, error);
}
