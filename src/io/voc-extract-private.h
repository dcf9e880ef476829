/* voc-extract-private.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-extract.h"

G_BEGIN_DECLS

/* Like voc_extract_text(), with what a web server said about the body: @content_type (a
 * media type without parameters, or %NULL) decides between HTML and plain text when the
 * content alone does not, and @charset is used for text that is not UTF-8. Neither can make
 * binary data pass for text. */
VocExtracted *voc_extract_text_full (GBytes        *bytes,
                                     const char    *name,
                                     const char    *content_type,
                                     const char    *charset,
                                     GCancellable  *cancellable,
                                     GError       **error);

G_END_DECLS
