/* voc-page-fetcher.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libsoup/soup.h>

#include "voc-extract.h"

G_BEGIN_DECLS

/* Defaults of the VocPageFetcher:timeout (seconds) and VocPageFetcher:max-size (bytes). */
#define VOC_PAGE_FETCHER_DEFAULT_TIMEOUT  20
#define VOC_PAGE_FETCHER_DEFAULT_MAX_SIZE ((guint64) 10 * 1024 * 1024)
/* How many redirects a fetch follows before it gives up. */
#define VOC_PAGE_FETCHER_MAX_REDIRECTS    5

#define VOC_TYPE_PAGE_FETCHER (voc_page_fetcher_get_type ())
G_DECLARE_FINAL_TYPE (VocPageFetcher, voc_page_fetcher, VOC, PAGE_FETCHER, GObject)

VocPageFetcher *voc_page_fetcher_new           (SoupSession          *session);

SoupSession    *voc_page_fetcher_get_session   (VocPageFetcher       *self);
guint           voc_page_fetcher_get_timeout   (VocPageFetcher       *self);
void            voc_page_fetcher_set_timeout   (VocPageFetcher       *self,
                                                guint                 timeout);
guint64         voc_page_fetcher_get_max_size  (VocPageFetcher       *self);
void            voc_page_fetcher_set_max_size  (VocPageFetcher       *self,
                                                guint64               max_size);

void            voc_page_fetcher_fetch_async   (VocPageFetcher       *self,
                                                const char           *url,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
VocExtracted   *voc_page_fetcher_fetch_finish  (VocPageFetcher       *self,
                                                GAsyncResult         *result,
                                                GError              **error);

G_END_DECLS
