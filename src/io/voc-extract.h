/* voc-extract.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define VOC_IMPORT_ERROR (voc_import_error_quark ())

/**
 * VocImportError:
 * @VOC_IMPORT_ERROR_EMPTY: the input holds no bytes, or only blank space
 * @VOC_IMPORT_ERROR_TOO_LARGE: the input is over the size cap
 * @VOC_IMPORT_ERROR_UNSUPPORTED: binary data or a type Vocation cannot read
 * @VOC_IMPORT_ERROR_DAMAGED: a truncated or corrupt PDF, ZIP or XML document
 * @VOC_IMPORT_ERROR_ENCRYPTED: a password-protected document
 * @VOC_IMPORT_ERROR_NO_TEXT: a document without any text (a scanned PDF, an empty page)
 * @VOC_IMPORT_ERROR_ZIP_BOMB: a ZIP that unpacks to more than the caps allow
 * @VOC_IMPORT_ERROR_NETWORK: a web address could not be fetched
 * @VOC_IMPORT_ERROR_NOT_FOUND: the file or web page does not exist (HTTP 404, 410)
 * @VOC_IMPORT_ERROR_TIMEOUT: the web server did not answer in time
 *
 * Every message of this domain names the file or web address and the reason, and is meant to
 * be shown to the user as it is.
 */
typedef enum
{
  VOC_IMPORT_ERROR_EMPTY,
  VOC_IMPORT_ERROR_TOO_LARGE,
  VOC_IMPORT_ERROR_UNSUPPORTED,
  VOC_IMPORT_ERROR_DAMAGED,
  VOC_IMPORT_ERROR_ENCRYPTED,
  VOC_IMPORT_ERROR_NO_TEXT,
  VOC_IMPORT_ERROR_ZIP_BOMB,
  VOC_IMPORT_ERROR_NETWORK,
  VOC_IMPORT_ERROR_NOT_FOUND,
  VOC_IMPORT_ERROR_TIMEOUT,
} VocImportError;

/* The largest file or buffer voc_extract_text() accepts. */
#define VOC_EXTRACT_MAX_SIZE ((gsize) 50 * 1024 * 1024)

/**
 * VocExtracted:
 * @text: UTF-8 text; paragraphs separated by a blank line, list items as lines starting
 *   "- ", headings on a line of their own, whitespace normalised, no control characters
 * @media_type: the detected media type ("text/plain", "text/markdown", "text/html",
 *   "application/pdf", DOCX or ODT)
 * @title: the document's own title (HTML `<title>`, PDF, DOCX or ODT metadata), or %NULL
 * @hints: (element-type utf8 utf8): structured fields found next to the text, such as a
 *   schema.org JobPosting in an HTML page (`title`, `company`, `company_url`, `location`,
 *   `employment_type`, `date_posted`, `valid_through`, `remote`, `salary_min`,
 *   `salary_max`, `salary_currency`, `salary_period`, `url`); never %NULL
 * @original: the input bytes, unchanged
 *
 * What an importer got out of one document.
 */
typedef struct
{
  char       *text;
  char       *media_type;
  char       *title;
  GHashTable *hints;
  GBytes     *original;
} VocExtracted;

GQuark        voc_import_error_quark   (void);

void          voc_extracted_free       (VocExtracted         *extracted);

VocExtracted *voc_extract_text         (GBytes               *bytes,
                                        const char           *name,
                                        GCancellable         *cancellable,
                                        GError              **error);
void          voc_extract_file_async   (GFile                *file,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
VocExtracted *voc_extract_file_finish  (GAsyncResult         *result,
                                        GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocExtracted, voc_extracted_free)

G_END_DECLS
