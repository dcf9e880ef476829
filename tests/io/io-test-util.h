/* io-test-util.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fixtures the io tests build for themselves: ZIP archives (DOCX, ODT, zip bombs) written
 * with libarchive into memory, PDFs drawn with cairo, and error assertions.
 */

#pragma once

#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <gio/gio.h>

#include "voc-extract.h"

/* ZIP ----------------------------------------------------------------------------------------- */

typedef struct
{
  struct archive *archive;
  GByteArray     *buffer;
} TestZip;

static la_ssize_t
test_zip_write_cb (struct archive *archive,
                   void           *user_data,
                   const void     *data,
                   size_t          len)
{
  GByteArray *buffer = user_data;

  g_byte_array_append (buffer, data, len);
  return len;
}

static inline TestZip *
test_zip_new (void)
{
  TestZip *zip = g_new0 (TestZip, 1);

  zip->buffer = g_byte_array_new ();
  zip->archive = archive_write_new ();
  g_assert_cmpint (archive_write_set_format_zip (zip->archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_zip_set_compression_deflate (zip->archive), ==, ARCHIVE_OK);
  /* No padding after the central directory: a ZIP ends where its data ends. */
  g_assert_cmpint (archive_write_set_bytes_in_last_block (zip->archive, 1), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open (zip->archive, zip->buffer, NULL, test_zip_write_cb, NULL),
                   ==, ARCHIVE_OK);
  return zip;
}

/* Adds an entry of @size zero bytes: a megabyte of zeros deflates to about a kilobyte. */
static inline void
test_zip_add_sized (TestZip    *zip,
                    const char *path,
                    gsize       size)
{
  struct archive_entry *entry = archive_entry_new ();
  g_autofree guint8 *zeros = g_malloc0 (1024 * 1024);
  gsize written = 0;

  archive_entry_set_pathname (entry, path);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, size);
  g_assert_cmpint (archive_write_header (zip->archive, entry), ==, ARCHIVE_OK);
  while (written < size)
    {
      gsize n = MIN (size - written, 1024 * 1024);

      g_assert_cmpint (archive_write_data (zip->archive, zeros, n), ==, (la_ssize_t) n);
      written += n;
    }
  archive_entry_free (entry);
}

static inline void
test_zip_add (TestZip    *zip,
              const char *path,
              const char *contents)
{
  struct archive_entry *entry = archive_entry_new ();
  gsize len = strlen (contents);

  archive_entry_set_pathname (entry, path);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, len);
  g_assert_cmpint (archive_write_header (zip->archive, entry), ==, ARCHIVE_OK);
  if (len > 0)
    g_assert_cmpint (archive_write_data (zip->archive, contents, len), ==, (la_ssize_t) len);
  archive_entry_free (entry);
}

static inline GBytes *
test_zip_finish (TestZip *zip)
{
  GByteArray *buffer = zip->buffer;

  g_assert_cmpint (archive_write_close (zip->archive), ==, ARCHIVE_OK);
  archive_write_free (zip->archive);
  g_free (zip);
  return g_byte_array_free_to_bytes (buffer);
}

/* PDF ----------------------------------------------------------------------------------------- */

static cairo_status_t
test_pdf_write_cb (void                *closure,
                   const unsigned char *data,
                   unsigned int         len)
{
  g_byte_array_append (closure, data, len);
  return CAIRO_STATUS_SUCCESS;
}

typedef void (*TestPdfDraw) (cairo_t *cr,
                             int      page);

/* A PDF of @n_pages US Letter pages, each drawn by @draw. */
static inline GBytes *
test_pdf_new (TestPdfDraw  draw,
              int          n_pages,
              const char  *title)
{
  GByteArray *buffer = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (test_pdf_write_cb, buffer, 612, 792);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cr = cairo_create (surface);
  for (int i = 0; i < n_pages; i++)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      draw (cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (buffer);
}

static inline void
test_pdf_text (cairo_t    *cr,
               double      x,
               double      y,
               const char *text)
{
  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 12);
  cairo_move_to (cr, x, y);
  cairo_show_text (cr, text);
}

/* Cairo's toy fonts keep fontconfig patterns in caches that only these calls empty; without
 * them LeakSanitizer reports the fixtures' fonts. */
static inline void
test_pdf_shutdown (void)
{
  cairo_debug_reset_static_data ();
  FcFini ();
}

/* Errors -------------------------------------------------------------------------------------- */

#define test_assert_import_error(error, code, name) \
  G_STMT_START { \
    g_assert_error ((error), VOC_IMPORT_ERROR, (int) (code)); \
    g_test_message ("%s", (error)->message); \
    if (strstr ((error)->message, (name)) == NULL) \
      g_test_message ("“%s” does not name “%s”", (error)->message, (name)); \
    g_assert_nonnull (strstr ((error)->message, (name))); \
  } G_STMT_END

static inline GBytes *
test_bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}
