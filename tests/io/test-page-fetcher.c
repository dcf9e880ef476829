/* test-page-fetcher.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A loopback SoupServer plays the job board: pages with and without JSON-LD, redirects,
 * errors, a server that never answers, bodies too large, images.
 */

#include "config.h"

#include <stdlib.h>

#include "io-test-util.h"
#include "voc-page-fetcher.h"
#include "../voc-soup-leaks.h"

#define JOB_PAGE \
  "<!DOCTYPE html><html><head><title>Backend Engineer at Acme</title>" \
  "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"," \
  "\"@type\":\"JobPosting\",\"title\":\"Backend Engineer\",\"hiringOrganization\":" \
  "{\"@type\":\"Organization\",\"name\":\"Acme\"},\"url\":\"https://acme.example/1\"," \
  "\"description\":\"<p>Write Go.</p><ul><li>gRPC</li></ul>\"}</script></head>" \
  "<body><nav>Jobs</nav><p>Chrome</p></body></html>"

typedef struct
{
  SoupServer     *server;
  GUri           *base;
  VocPageFetcher *fetcher;
  GPtrArray      *paused;
  GBytes         *pdf;
  guint           n_requests;
  char           *user_agent;
} Fixture;

static void
draw_pdf (cairo_t *cr,
          int      page)
{
  test_pdf_text (cr, 72, 100, "A job in a PDF");
}

static void
on_request_cb (SoupServer        *server,
               SoupServerMessage *msg,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  Fixture *fixture = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);
  SoupMessageBody *body = soup_server_message_get_response_body (msg);

  fixture->n_requests++;
  g_free (fixture->user_agent);
  fixture->user_agent = g_strdup (soup_message_headers_get_one (
    soup_server_message_get_request_headers (msg), "User-Agent"));

  if (g_str_equal (path, "/job"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                        JOB_PAGE, strlen (JOB_PAGE));
    }
  else if (g_str_has_prefix (path, "/redirect/"))
    {
      int n = atoi (path + strlen ("/redirect/"));
      g_autofree char *next = n > 0 ? g_strdup_printf ("/redirect/%d", n - 1) : g_strdup ("/job");

      soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, next);
    }
  else if (g_str_equal (path, "/to-ftp"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_MOVED_PERMANENTLY, "ftp://127.0.0.1/x");
  else if (g_str_equal (path, "/gone"))
    soup_server_message_set_status (msg, SOUP_STATUS_GONE, NULL);
  else if (g_str_equal (path, "/error"))
    soup_server_message_set_status (msg, SOUP_STATUS_INTERNAL_SERVER_ERROR, NULL);
  else if (g_str_equal (path, "/slow"))
    {
      /* Never answers. */
      soup_server_message_pause (msg);
      g_ptr_array_add (fixture->paused, g_object_ref (msg));
    }
  else if (g_str_equal (path, "/drip"))
    {
      /* Headers and the start of a body, then nothing. */
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_set_content_type (headers, "text/plain", NULL);
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      soup_message_body_append (body, SOUP_MEMORY_STATIC, "The start ", 10);
    }
  else if (g_str_equal (path, "/huge") || g_str_equal (path, "/huge-chunked"))
    {
      g_autofree char *chunk = g_strnfill (64 * 1024, 'a');

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_set_content_type (headers, "text/plain", NULL);
      if (g_str_equal (path, "/huge-chunked"))
        soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      for (int i = 0; i < 32; i++)
        soup_message_body_append (body, SOUP_MEMORY_COPY, chunk, 64 * 1024);
      soup_message_body_complete (body);
    }
  else if (g_str_equal (path, "/image"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_STATIC, "\x89PNG", 4);
    }
  else if (g_str_equal (path, "/legacy"))
    {
      static const char text[] = "Caf\xE9 job, salary \x80" "50k";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/plain; charset=windows-1252",
                                        SOUP_MEMORY_STATIC, text, strlen (text));
    }
  else if (g_str_equal (path, "/pdf"))
    {
      gsize len;
      const char *data = g_bytes_get_data (fixture->pdf, &len);

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "application/pdf", SOUP_MEMORY_COPY, data, len);
    }
  else if (g_str_equal (path, "/untyped"))
    {
      static const char page[] = "<html><body><p>No content type</p></body></html>";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_body_append (body, SOUP_MEMORY_STATIC, page, strlen (page));
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  fixture->paused = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->pdf = test_pdf_new (draw_pdf, 1, NULL);
  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, on_request_cb, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (fixture->server);
  g_assert_nonnull (uris);
  fixture->base = g_uri_ref (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  fixture->fetcher = voc_page_fetcher_new (NULL);
}

static void
await_finalize (GObject *object)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  gpointer weak = object;

  g_object_add_weak_pointer (object, &weak);
  g_object_unref (object);
  while (weak != NULL && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  if (weak != NULL)
    g_object_remove_weak_pointer (weak, &weak);
  g_assert_null (weak);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  /* Answer what was left waiting, so that the server can let go of it. */
  for (guint i = 0; i < fixture->paused->len; i++)
    {
      SoupServerMessage *msg = g_ptr_array_index (fixture->paused, i);

      soup_server_message_set_status (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
      soup_server_message_unpause (msg);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* A worker thread that extracted a page drops its hold on the fetcher just after the
   * callback ran, so wait for it rather than race it. */
  await_finalize (G_OBJECT (g_steal_pointer (&fixture->fetcher)));
  soup_server_disconnect (fixture->server);
  g_assert_finalize_object (fixture->server);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_ptr_array_unref (fixture->paused);
  g_bytes_unref (fixture->pdf);
  g_uri_unref (fixture->base);
  g_free (fixture->user_agent);
}

static char *
url_for (Fixture    *fixture,
         const char *path)
{
  g_autoptr(GUri) uri = g_uri_parse_relative (fixture->base, path, G_URI_FLAGS_NONE, NULL);

  return g_uri_to_string (uri);
}

static void
on_fetched_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static VocExtracted *
fetch (Fixture       *fixture,
       const char    *url,
       GCancellable  *cancellable,
       GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  voc_page_fetcher_fetch_async (fixture->fetcher, url, cancellable, on_fetched_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return voc_page_fetcher_fetch_finish (fixture->fetcher, result, error);
}

static void
assert_fetch_error (Fixture        *fixture,
                    const char     *path,
                    VocImportError  code)
{
  g_autofree char *url = url_for (fixture, path);
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = fetch (fixture, url, NULL, &error);

  g_assert_null (result);
  test_assert_import_error (error, code, url);
}

static void
test_job_page (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *url = url_for (fixture, "/job");
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = fetch (fixture, url, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (result->media_type, ==, "text/html");
  g_assert_cmpstr (result->title, ==, "Backend Engineer at Acme");
  g_assert_cmpstr (result->text, ==, "Write Go.\n\n- gRPC");
  g_assert_cmpstr (g_hash_table_lookup (result->hints, "title"), ==, "Backend Engineer");
  g_assert_cmpstr (g_hash_table_lookup (result->hints, "company"), ==, "Acme");
  /* The address it came from, not the one the page claims. */
  g_assert_cmpstr (g_hash_table_lookup (result->hints, "url"), ==, url);
  g_assert_cmpuint (g_bytes_get_size (result->original), ==, strlen (JOB_PAGE));
  g_assert_true (g_str_has_prefix (fixture->user_agent, "Vocation/"));
}

static void
test_redirects (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *url = url_for (fixture, "/redirect/3");
  g_autofree char *final_url = url_for (fixture, "/job");
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = fetch (fixture, url, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (result->hints, "url"), ==, final_url);
  g_assert_cmpuint (fixture->n_requests, ==, 5);
}

static void
test_too_many_redirects (Fixture       *fixture,
                         gconstpointer  data)
{
  assert_fetch_error (fixture, "/redirect/9", VOC_IMPORT_ERROR_NETWORK);
  g_assert_cmpuint (fixture->n_requests, ==, VOC_PAGE_FETCHER_MAX_REDIRECTS + 1);
}

static void
test_redirect_to_ftp (Fixture       *fixture,
                      gconstpointer  data)
{
  assert_fetch_error (fixture, "/to-ftp", VOC_IMPORT_ERROR_UNSUPPORTED);
}

static void
test_not_found (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *url = url_for (fixture, "/missing");
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = fetch (fixture, url, NULL, &error);

  g_assert_null (result);
  test_assert_import_error (error, VOC_IMPORT_ERROR_NOT_FOUND, url);
  g_assert_nonnull (strstr (error->message, "404"));

  assert_fetch_error (fixture, "/gone", VOC_IMPORT_ERROR_NOT_FOUND);
}

static void
test_server_error (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *url = url_for (fixture, "/error");
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = fetch (fixture, url, NULL, &error);

  g_assert_null (result);
  test_assert_import_error (error, VOC_IMPORT_ERROR_NETWORK, url);
  g_assert_nonnull (strstr (error->message, "500"));
}

static void
test_timeout (Fixture       *fixture,
              gconstpointer  data)
{
  const char *path = data;
  gint64 start = g_get_monotonic_time ();
  double elapsed;

  voc_page_fetcher_set_timeout (fixture->fetcher, 1);
  assert_fetch_error (fixture, path, VOC_IMPORT_ERROR_TIMEOUT);

  elapsed = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_assert_cmpfloat (elapsed, >=, 0.9);
  g_assert_cmpfloat (elapsed, <, 5.0);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *url = url_for (fixture, "/slow");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = NULL;

  /* Cancelling is not a timeout. */
  g_timeout_add_full (G_PRIORITY_DEFAULT, 100, cancel_cb, g_object_ref (cancellable),
                      g_object_unref);
  result = fetch (fixture, url, cancellable, &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_too_large (Fixture       *fixture,
                gconstpointer  data)
{
  voc_page_fetcher_set_max_size (fixture->fetcher, 64 * 1024);

  /* Refused from its Content-Length, and while reading a body that has none. */
  assert_fetch_error (fixture, "/huge", VOC_IMPORT_ERROR_TOO_LARGE);
  assert_fetch_error (fixture, "/huge-chunked", VOC_IMPORT_ERROR_TOO_LARGE);
}

static void
test_wrong_type (Fixture       *fixture,
                 gconstpointer  data)
{
  assert_fetch_error (fixture, "/image", VOC_IMPORT_ERROR_UNSUPPORTED);
}

static void
test_other_types (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *legacy_url = url_for (fixture, "/legacy");
  g_autofree char *pdf_url = url_for (fixture, "/pdf");
  g_autofree char *untyped_url = url_for (fixture, "/untyped");
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) legacy = NULL;
  g_autoptr(VocExtracted) pdf = NULL;
  g_autoptr(VocExtracted) untyped = NULL;

  /* The charset the server names decodes the text. */
  legacy = fetch (fixture, legacy_url, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (legacy->text, ==, "Caf\xC3\xA9 job, salary \xE2\x82\xAC" "50k");

  /* A PDF address is read as a PDF. */
  pdf = fetch (fixture, pdf_url, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pdf->media_type, ==, "application/pdf");
  g_assert_cmpstr (pdf->text, ==, "A job in a PDF");

  untyped = fetch (fixture, untyped_url, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (untyped->text, ==, "No content type");
}

static void
test_refused_schemes (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char *urls[] = {
    "ftp://127.0.0.1/job.html", "file:///etc/passwd", "javascript:alert(1)", "not a url",
    "http://",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (urls); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VocExtracted) result = fetch (fixture, urls[i], NULL, &error);

      g_assert_null (result);
      test_assert_import_error (error, VOC_IMPORT_ERROR_UNSUPPORTED, urls[i]);
    }

  g_assert_cmpuint (fixture->n_requests, ==, 0);
}

static void
test_connection_refused (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) any = NULL;
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autofree char *url = NULL;

  /* A port that was free a moment ago, and nothing listens on. */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                         &error);
  g_assert_no_error (error);
  any = g_inet_socket_address_new (loopback, 0);
  g_assert_true (g_socket_bind (socket, any, FALSE, &error));
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  url = g_strdup_printf ("http://127.0.0.1:%u/job",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);

  result = fetch (fixture, url, NULL, &error);
  g_assert_null (result);
  test_assert_import_error (error, VOC_IMPORT_ERROR_NETWORK, url);
}

static void
test_properties (void)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  VocPageFetcher *fetcher = voc_page_fetcher_new (session);

  g_assert_true (voc_page_fetcher_get_session (fetcher) == session);
  g_assert_cmpuint (voc_page_fetcher_get_timeout (fetcher), ==, 20);
  g_assert_cmpuint (voc_page_fetcher_get_max_size (fetcher), ==, 10 * 1024 * 1024);

  g_object_set (fetcher, "timeout", 5, "max-size", (guint64) 1000, NULL);
  g_assert_cmpuint (voc_page_fetcher_get_timeout (fetcher), ==, 5);
  g_assert_cmpuint (voc_page_fetcher_get_max_size (fetcher), ==, 1000);

  g_assert_finalize_object (fetcher);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, data) \
  g_test_add ("/page-fetcher/" path, Fixture, data, fixture_setup, func, fixture_teardown)

  ADD ("job-page", test_job_page, NULL);
  ADD ("redirects", test_redirects, NULL);
  ADD ("too-many-redirects", test_too_many_redirects, NULL);
  ADD ("redirect-to-ftp", test_redirect_to_ftp, NULL);
  ADD ("not-found", test_not_found, NULL);
  ADD ("server-error", test_server_error, NULL);
  ADD ("timeout/no-answer", test_timeout, "/slow");
  ADD ("timeout/slow-body", test_timeout, "/drip");
  ADD ("cancel", test_cancel, NULL);
  ADD ("too-large", test_too_large, NULL);
  ADD ("wrong-type", test_wrong_type, NULL);
  ADD ("other-types", test_other_types, NULL);
  ADD ("refused-schemes", test_refused_schemes, NULL);
  ADD ("connection-refused", test_connection_refused, NULL);
  g_test_add_func ("/page-fetcher/properties", test_properties);

#undef ADD

  ret = g_test_run ();
  test_pdf_shutdown ();

  return ret;
}
