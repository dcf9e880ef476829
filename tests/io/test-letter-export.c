/* test-letter-export.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cover letter on the resume's letterhead: Markdown exactly as expected, a DOCX that is a
 * ZIP whose word/document.xml holds every paragraph, a PDF whose text (read back with
 * poppler) holds them, confidential clients masked when asked, and a failed export that
 * leaves no file behind.
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <poppler.h>

#include "voc-letter-export.h"

static const char resume_json[] =
  "{\"basics\":{\"name\":\"Ada Lovelace\",\"label\":\"Engineer\",\"email\":\"ada@example.com\","
  "\"phone\":\"+44 20 7946 0000\",\"summary\":\"Not in the letter.\","
  "\"location\":{\"city\":\"London\",\"countryCode\":\"GB\"}},"
  "\"work\":[{\"name\":\"Analytical Engines\",\"position\":\"Engineer\"}]}";

static const char body[] =
  "Dear Hiring Manager,\n"
  "\n"
  "I am writing to apply for the Platform Engineer position at Globex.\n"
  "\n"
  "At Initech I moved billing to a new ledger.\n"
  "\n"
  "Kind regards,\n"
  "Ada Lovelace\n";

static const char *paragraphs[] = {
  "Dear Hiring Manager,",
  "I am writing to apply for the Platform Engineer position at Globex.",
  "At Initech I moved billing to a new ledger.",
  "Kind regards,",
  "Ada Lovelace",
};

static JsonObject *
resume (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, resume_json, -1, NULL));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static GDateTime *
date (void)
{
  return g_date_time_new_utc (2026, 11, 23, 9, 0, 0);
}

static void
test_markdown (void)
{
  g_autoptr(JsonObject) source = resume ();
  g_autoptr(GDateTime) day = date ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  bytes = voc_letter_export (source, body, day, NULL, VOC_RESUME_FORMAT_MARKDOWN, NULL,
                             VOC_PAPER_A4, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  /* The letterhead (no headline, no summary, nothing of the resume's sections), the date,
   * then the letter. */
  g_assert_cmpstr (text, ==,
                   "# Ada Lovelace\n"
                   "\n"
                   "[ada@example.com](mailto:ada@example.com) · +44 20 7946 0000 · London, GB\n"
                   "\n"
                   "23 November 2026\n"
                   "\n"
                   "Dear Hiring Manager,\n"
                   "\n"
                   "I am writing to apply for the Platform Engineer position at Globex.\n"
                   "\n"
                   "At Initech I moved billing to a new ledger.\n"
                   "\n"
                   "Kind regards,\n"
                   "\n"
                   "Ada Lovelace\n");
}

static void
test_masked (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *clients[] = { "Initech", NULL };
  g_autofree char *text = NULL;

  bytes = voc_letter_export (NULL, "At INITECH I moved billing; Initech liked it.", NULL,
                             clients, VOC_RESUME_FORMAT_TEXT, NULL, VOC_PAPER_A4, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_null (strstr (text, "nitech"));
  g_assert_null (strstr (text, "NITECH"));
  g_assert_nonnull (strstr (text, "At a confidential client I moved billing; a confidential "
                                  "client liked it."));
}

static GHashTable *
unzip (GBytes *zip)
{
  GHashTable *parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;

  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_memory (archive, g_bytes_get_data (zip, NULL),
                                             g_bytes_get_size (zip)), ==, ARCHIVE_OK);
  while (archive_read_next_header (archive, &entry) == ARCHIVE_OK)
    {
      GString *data = g_string_new (NULL);
      char buffer[8192];
      la_ssize_t n;

      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        g_string_append_len (data, buffer, n);
      g_assert_cmpint (n, ==, 0);
      g_hash_table_insert (parts, g_strdup (archive_entry_pathname (entry)),
                           g_string_free (data, FALSE));
    }
  archive_read_free (archive);
  return parts;
}

static void
test_docx (void)
{
  g_autoptr(JsonObject) source = resume ();
  g_autoptr(GDateTime) day = date ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GHashTable) parts = NULL;
  const char *document, *previous;

  bytes = voc_letter_export (source, body, day, NULL, VOC_RESUME_FORMAT_DOCX, NULL,
                             VOC_PAPER_A4, &error);
  g_assert_no_error (error);
  parts = unzip (bytes);
  g_assert_true (g_hash_table_contains (parts, "[Content_Types].xml"));
  document = g_hash_table_lookup (parts, "word/document.xml");
  g_assert_nonnull (document);

  /* Each paragraph in its own w:p, in order, after the name and the date. */
  previous = strstr (document, "Ada Lovelace");
  g_assert_nonnull (previous);
  previous = strstr (previous, "23 November 2026");
  g_assert_nonnull (previous);
  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    {
      const char *at = strstr (previous, paragraphs[i]);

      g_assert_nonnull (at);
      g_assert_nonnull (g_strrstr_len (previous, at - previous, "<w:p"));
      previous = at;
    }
  g_assert_null (strstr (document, "Not in the letter"));
  g_assert_null (strstr (document, "Analytical Engines"));
}

static void
test_pdf_file (void)
{
  g_autoptr(JsonObject) source = resume ();
  g_autoptr(GDateTime) day = date ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vocation-letter-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "letter.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "letter.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (missing);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PopplerDocument *pdf = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GDir) listing = NULL;

  g_assert_true (voc_letter_export_to_file (source, body, day, NULL, file, VOC_RESUME_FORMAT_PDF,
                                            "modern", VOC_PAPER_LETTER, NULL, &error));
  g_assert_no_error (error);

  mapped = g_mapped_file_new (path, FALSE, &error);
  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (mapped);
  pdf = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (pdf); i++)
    {
      PopplerPage *page = poppler_document_get_page (pdf, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_object_unref (page);
    }
  g_object_unref (pdf);
  g_assert_nonnull (strstr (text->str, "Ada Lovelace"));
  g_assert_nonnull (strstr (text->str, "23 November 2026"));
  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    g_assert_nonnull (strstr (text->str, paragraphs[i]));

  /* A folder that does not exist: an error naming the file, and nothing written. */
  g_assert_false (voc_letter_export_to_file (source, body, day, NULL, bad, VOC_RESUME_FORMAT_PDF,
                                             NULL, VOC_PAPER_A4, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "letter.pdf"));
  g_clear_error (&error);

  /* JSON Resume is not a letter format: refused, nothing written. */
  g_assert_false (voc_letter_export_to_file (source, body, day, NULL, file,
                                             VOC_RESUME_FORMAT_JSON, NULL, VOC_PAPER_A4, NULL,
                                             &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);

  /* Only the one file: no temporary left beside it. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "letter.pdf");
  g_assert_null (g_dir_read_name (listing));

  g_clear_pointer (&mapped, g_mapped_file_unref);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/letter-export/markdown", test_markdown);
  g_test_add_func ("/letter-export/masked", test_masked);
  g_test_add_func ("/letter-export/docx", test_docx);
  g_test_add_func ("/letter-export/pdf-file", test_pdf_file);

  ret = g_test_run ();

  /* Pango, cairo and fontconfig keep font caches for the life of the process; empty them so
   * that LeakSanitizer sees only real leaks. */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();

  return ret;
}
