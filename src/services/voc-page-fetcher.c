/* voc-page-fetcher.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-page-fetcher"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-extract-private.h"
#include "voc-page-fetcher.h"

#define USER_AGENT   "Vocation/" PACKAGE_VERSION
#define READ_CHUNK   (64 * 1024)

struct _VocPageFetcher
{
  GObject      parent_instance;

  SoupSession *session;
  guint        timeout;
  guint64      max_size;
};

G_DEFINE_FINAL_TYPE (VocPageFetcher, voc_page_fetcher, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_TIMEOUT,
  PROP_MAX_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One fetch: the request in flight, and the body read so far. */
typedef struct
{
  char         *url;               /* as the user gave it, for messages */
  GUri         *uri;               /* where the current request goes */
  SoupMessage  *message;
  GInputStream *stream;
  GByteArray   *body;
  char         *content_type;
  char         *charset;
  guint64       max_size;
  guint         timeout;
  guint         redirects;

  /* Ours, for every network call: cancelled by the caller's cancellable or by the timer,
   * which is how a timeout is told apart from the user pressing Cancel. */
  GCancellable *cancellable;
  GCancellable *caller_cancellable;
  gulong        cancelled_id;
  GSource      *timeout_source;
  gboolean      timed_out;
} Fetch;

static void
fetch_stop_network (Fetch *fetch)
{
  if (fetch->timeout_source != NULL)
    {
      g_source_destroy (fetch->timeout_source);
      g_clear_pointer (&fetch->timeout_source, g_source_unref);
    }
  if (fetch->cancelled_id != 0)
    {
      g_cancellable_disconnect (fetch->caller_cancellable, fetch->cancelled_id);
      fetch->cancelled_id = 0;
    }
}

/* Closing a body stream reads the rest of the body, blocking; with a cancelled cancellable
 * it drops the connection at once instead, which is what an abandoned fetch wants. */
static void
abandon_stream (GInputStream **stream)
{
  g_autoptr(GCancellable) cancelled = NULL;

  if (*stream == NULL)
    return;

  cancelled = g_cancellable_new ();
  g_cancellable_cancel (cancelled);
  g_input_stream_close (*stream, cancelled, NULL);
  g_clear_object (stream);
}

static void
fetch_free (Fetch *fetch)
{
  fetch_stop_network (fetch);
  abandon_stream (&fetch->stream);
  g_clear_object (&fetch->message);
  g_clear_object (&fetch->cancellable);
  g_clear_object (&fetch->caller_cancellable);
  g_clear_pointer (&fetch->uri, g_uri_unref);
  g_clear_pointer (&fetch->body, g_byte_array_unref);
  g_free (fetch->content_type);
  g_free (fetch->charset);
  g_free (fetch->url);
  g_free (fetch);
}

static gboolean
is_web_scheme (const char *scheme)
{
  return scheme != NULL && (g_ascii_strcasecmp (scheme, "http") == 0 ||
                            g_ascii_strcasecmp (scheme, "https") == 0);
}

static gboolean
is_readable_type (const char *content_type)
{
  static const char *const types[] = {
    "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "application/pdf",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_ascii_strcasecmp (content_type, types[i]) == 0)
      return TRUE;

  return FALSE;
}

static void
return_transport_error (GTask  *task,
                        GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);

  fetch_stop_network (fetch);
  abandon_stream (&fetch->stream);

  if (fetch->timed_out || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_TIMEOUT,
                             g_dngettext (GETTEXT_PACKAGE,
                                          "“%s” did not answer within %u second",
                                          "“%s” did not answer within %u seconds",
                                          fetch->timeout),
                             fetch->url, fetch->timeout);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, g_error_copy (error));
  else
    g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_NETWORK,
                             _("“%s” could not be fetched: %s"), fetch->url, error->message);
}

static void
return_too_large (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autofree char *cap = g_format_size_full (fetch->max_size, G_FORMAT_SIZE_IEC_UNITS);

  fetch_stop_network (fetch);
  abandon_stream (&fetch->stream);
  g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_TOO_LARGE,
                           _("“%s” is too large: Vocation reads web pages of up to %s"),
                           fetch->url, cap);
}

static void
extract_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Fetch *fetch = task_data;
  g_autoptr(GBytes) bytes = g_byte_array_free_to_bytes (g_steal_pointer (&fetch->body));
  GError *error = NULL;
  VocExtracted *result;

  result = voc_extract_text_full (bytes, fetch->url, fetch->content_type, fetch->charset,
                                  cancellable, &error);
  if (result == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_hash_table_replace (result->hints, g_strdup ("url"),
                        g_uri_to_string_partial (fetch->uri, G_URI_HIDE_PASSWORD));
  g_task_return_pointer (task, result, (GDestroyNotify) voc_extracted_free);
}

static void read_next_chunk (GTask *task);

static void
on_chunk_read_cb (GObject      *source_object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) chunk = NULL;
  gsize len;
  const guint8 *data;

  chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source_object), result, &error);
  if (chunk == NULL)
    {
      return_transport_error (task, error);
      return;
    }

  data = g_bytes_get_data (chunk, &len);
  if (len == 0)
    {
      /* At the end of the body, closing has nothing left to read. */
      g_input_stream_close (fetch->stream, NULL, NULL);
      g_clear_object (&fetch->stream);
      fetch_stop_network (fetch);
      g_task_run_in_thread (task, extract_thread);
      return;
    }

  if (fetch->body->len + (guint64) len > fetch->max_size)
    {
      return_too_large (task);
      return;
    }

  g_byte_array_append (fetch->body, data, len);
  read_next_chunk (task);
}

static void
read_next_chunk (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (fetch->stream, READ_CHUNK, g_task_get_priority (task),
                                   fetch->cancellable, on_chunk_read_cb, g_object_ref (task));
}

static void send_request (GTask *task);

static gboolean
follow_redirect (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->message);
  const char *location = soup_message_headers_get_one (headers, "Location");
  g_autoptr(GUri) target = NULL;

  if (location == NULL)
    return FALSE;

  target = g_uri_parse_relative (fetch->uri, location, SOUP_HTTP_URI_FLAGS, NULL);
  if (target == NULL)
    {
      abandon_stream (&fetch->stream);
      fetch_stop_network (fetch);
      g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_NETWORK,
                               _("“%s” could not be fetched: it redirects to an invalid "
                                 "address"), fetch->url);
      return TRUE;
    }

  if (!is_web_scheme (g_uri_get_scheme (target)))
    {
      abandon_stream (&fetch->stream);
      fetch_stop_network (fetch);
      g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_UNSUPPORTED,
                               _("“%s” redirects to an address that is not a web page"),
                               fetch->url);
      return TRUE;
    }

  if (++fetch->redirects > VOC_PAGE_FETCHER_MAX_REDIRECTS)
    {
      abandon_stream (&fetch->stream);
      fetch_stop_network (fetch);
      g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_NETWORK,
                               _("“%s” could not be fetched: it redirects more than %d times"),
                               fetch->url, VOC_PAGE_FETCHER_MAX_REDIRECTS);
      return TRUE;
    }

  /* A redirect's body is a short note for browsers; dropping the connection costs less than
   * waiting for it. */
  abandon_stream (&fetch->stream);
  g_clear_pointer (&fetch->uri, g_uri_unref);
  fetch->uri = g_steal_pointer (&target);
  send_request (task);
  return TRUE;
}

static void
on_request_sent_cb (GObject      *source_object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) params = NULL;
  SoupMessageHeaders *headers;
  const char *content_type;
  guint status;

  fetch->stream = soup_session_send_finish (SOUP_SESSION (source_object), result, &error);
  if (fetch->stream == NULL)
    {
      return_transport_error (task, error);
      return;
    }

  status = soup_message_get_status (fetch->message);
  headers = soup_message_get_response_headers (fetch->message);

  if (SOUP_STATUS_IS_REDIRECTION (status) && status != SOUP_STATUS_NOT_MODIFIED &&
      follow_redirect (task))
    return;

  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      const char *reason = soup_message_get_reason_phrase (fetch->message);

      if (reason == NULL || *reason == '\0')
        reason = soup_status_get_phrase (status);

      abandon_stream (&fetch->stream);
      fetch_stop_network (fetch);
      if (status == SOUP_STATUS_NOT_FOUND || status == SOUP_STATUS_GONE)
        g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_NOT_FOUND,
                                 /* Translators: the last %s is an HTTP status ("Not Found") */
                                 _("“%s” does not exist (HTTP %u %s)"),
                                 fetch->url, status, reason != NULL ? reason : "");
      else
        g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_NETWORK,
                                 _("“%s” could not be fetched: the server answered HTTP %u %s"),
                                 fetch->url, status, reason != NULL ? reason : "");
      return;
    }

  /* An image or an archive is refused before its body is downloaded; without a content
   * type, the bytes are sniffed like a dropped file. */
  content_type = soup_message_headers_get_content_type (headers, &params);
  if (content_type != NULL && !is_readable_type (content_type))
    {
      abandon_stream (&fetch->stream);
      fetch_stop_network (fetch);
      g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_UNSUPPORTED,
                               _("“%s” is not a web page or document Vocation can read (the "
                                 "server sent %s)"), fetch->url, content_type);
      return;
    }
  if (content_type != NULL)
    {
      fetch->content_type = g_ascii_strdown (content_type, -1);
      if (params != NULL)
        fetch->charset = g_strdup (g_hash_table_lookup (params, "charset"));
    }

  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      (guint64) soup_message_headers_get_content_length (headers) > fetch->max_size)
    {
      return_too_large (task);
      return;
    }

  fetch->body = g_byte_array_new ();
  read_next_chunk (task);
}

static void
send_request (GTask *task)
{
  VocPageFetcher *self = g_task_get_source_object (task);
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers;

  g_clear_object (&fetch->message);
  fetch->message = soup_message_new_from_uri (SOUP_METHOD_GET, fetch->uri);

  /* Redirects are followed here rather than by libsoup, to cap them and to check where each
   * one goes. */
  soup_message_add_flags (fetch->message, SOUP_MESSAGE_NO_REDIRECT);

  headers = soup_message_get_request_headers (fetch->message);
  soup_message_headers_replace (headers, "Accept",
                                "text/html,application/xhtml+xml,application/pdf;q=0.9,"
                                "text/plain;q=0.8");
  /* A session the application shares may set its own User-Agent, which then wins. */
  soup_message_headers_replace (headers, "User-Agent", USER_AGENT);

  soup_session_send_async (self->session, fetch->message, g_task_get_priority (task),
                           fetch->cancellable, on_request_sent_cb, g_object_ref (task));
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  Fetch *fetch = user_data;

  fetch->timed_out = TRUE;
  g_cancellable_cancel (fetch->cancellable);
  g_clear_pointer (&fetch->timeout_source, g_source_unref);

  return G_SOURCE_REMOVE;
}

static void
on_caller_cancelled_cb (GCancellable *caller_cancellable,
                        GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
voc_page_fetcher_dispose (GObject *object)
{
  VocPageFetcher *self = VOC_PAGE_FETCHER (object);

  g_clear_object (&self->session);

  G_OBJECT_CLASS (voc_page_fetcher_parent_class)->dispose (object);
}

static void
voc_page_fetcher_constructed (GObject *object)
{
  VocPageFetcher *self = VOC_PAGE_FETCHER (object);

  G_OBJECT_CLASS (voc_page_fetcher_parent_class)->constructed (object);

  if (self->session == NULL)
    self->session = soup_session_new_with_options ("user-agent", USER_AGENT, NULL);
}

static void
voc_page_fetcher_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VocPageFetcher *self = VOC_PAGE_FETCHER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout);
      break;

    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_page_fetcher_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  VocPageFetcher *self = VOC_PAGE_FETCHER (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_TIMEOUT:
      voc_page_fetcher_set_timeout (self, g_value_get_uint (value));
      break;

    case PROP_MAX_SIZE:
      voc_page_fetcher_set_max_size (self, g_value_get_uint64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_page_fetcher_class_init (VocPageFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = voc_page_fetcher_dispose;
  object_class->constructed = voc_page_fetcher_constructed;
  object_class->get_property = voc_page_fetcher_get_property;
  object_class->set_property = voc_page_fetcher_set_property;

  /**
   * VocPageFetcher:session:
   *
   * The session requests go through; one of its own when none is given.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         SOUP_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * VocPageFetcher:timeout:
   *
   * Seconds a whole fetch (connection, redirects, body) may take.
   */
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL,
                       1, 3600, VOC_PAGE_FETCHER_DEFAULT_TIMEOUT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VocPageFetcher:max-size:
   *
   * The largest body, in bytes, a fetch reads before it gives up.
   */
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL,
                         1, VOC_EXTRACT_MAX_SIZE, VOC_PAGE_FETCHER_DEFAULT_MAX_SIZE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
voc_page_fetcher_init (VocPageFetcher *self)
{
  self->timeout = VOC_PAGE_FETCHER_DEFAULT_TIMEOUT;
  self->max_size = VOC_PAGE_FETCHER_DEFAULT_MAX_SIZE;
}

/**
 * voc_page_fetcher_new:
 * @session: (nullable): the application's session, or %NULL for one of its own
 *
 * Returns: (transfer full): a new #VocPageFetcher
 */
VocPageFetcher *
voc_page_fetcher_new (SoupSession *session)
{
  g_return_val_if_fail (session == NULL || SOUP_IS_SESSION (session), NULL);

  return g_object_new (VOC_TYPE_PAGE_FETCHER, "session", session, NULL);
}

SoupSession *
voc_page_fetcher_get_session (VocPageFetcher *self)
{
  g_return_val_if_fail (VOC_IS_PAGE_FETCHER (self), NULL);

  return self->session;
}

guint
voc_page_fetcher_get_timeout (VocPageFetcher *self)
{
  g_return_val_if_fail (VOC_IS_PAGE_FETCHER (self), 0);

  return self->timeout;
}

void
voc_page_fetcher_set_timeout (VocPageFetcher *self,
                              guint           timeout)
{
  g_return_if_fail (VOC_IS_PAGE_FETCHER (self));
  g_return_if_fail (timeout > 0);

  if (self->timeout == timeout)
    return;

  self->timeout = timeout;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

guint64
voc_page_fetcher_get_max_size (VocPageFetcher *self)
{
  g_return_val_if_fail (VOC_IS_PAGE_FETCHER (self), 0);

  return self->max_size;
}

void
voc_page_fetcher_set_max_size (VocPageFetcher *self,
                               guint64         max_size)
{
  g_return_if_fail (VOC_IS_PAGE_FETCHER (self));
  g_return_if_fail (max_size > 0);

  if (self->max_size == max_size)
    return;

  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

/**
 * voc_page_fetcher_fetch_async:
 * @self: a #VocPageFetcher
 * @url: an http or https address
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the page is fetched and its text extracted, or it failed
 * @user_data: data for @callback
 *
 * Fetches @url and gets its text as voc_extract_text() does for a dropped file; the hint
 * "url" holds the address the page was finally fetched from.
 */
void
voc_page_fetcher_fetch_async (VocPageFetcher      *self,
                              const char          *url,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Fetch *fetch;

  g_return_if_fail (VOC_IS_PAGE_FETCHER (self));
  g_return_if_fail (url != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_page_fetcher_fetch_async);

  fetch = g_new0 (Fetch, 1);
  fetch->url = g_strdup (url);
  fetch->max_size = self->max_size;
  fetch->timeout = self->timeout;
  fetch->cancellable = g_cancellable_new ();
  g_task_set_task_data (task, fetch, (GDestroyNotify) fetch_free);

  fetch->uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, &error);
  if (fetch->uri == NULL)
    {
      g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_UNSUPPORTED,
                               _("“%s” is not a web address"), url);
      return;
    }
  if (!is_web_scheme (g_uri_get_scheme (fetch->uri)) || g_uri_get_host (fetch->uri) == NULL ||
      *g_uri_get_host (fetch->uri) == '\0')
    {
      g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_UNSUPPORTED,
                               _("“%s” is not a web page address: only http and https "
                                 "addresses can be fetched"), url);
      return;
    }

  if (cancellable != NULL)
    {
      fetch->caller_cancellable = g_object_ref (cancellable);
      fetch->cancelled_id = g_cancellable_connect (cancellable,
                                                   G_CALLBACK (on_caller_cancelled_cb),
                                                   g_object_ref (fetch->cancellable),
                                                   g_object_unref);
    }

  fetch->timeout_source = g_timeout_source_new (fetch->timeout * 1000);
  g_source_set_callback (fetch->timeout_source, on_timeout_cb, fetch, NULL);
  g_source_set_static_name (fetch->timeout_source, "[vocation] page fetch timeout");
  g_source_attach (fetch->timeout_source, g_task_get_context (task));

  send_request (task);
}

/**
 * voc_page_fetcher_fetch_finish:
 * @self: a #VocPageFetcher
 * @result: the result given to the callback
 * @error: a #GError in the %VOC_IMPORT_ERROR domain, or %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full): the page's text and hints, or %NULL with @error set
 */
VocExtracted *
voc_page_fetcher_fetch_finish (VocPageFetcher  *self,
                               GAsyncResult    *result,
                               GError         **error)
{
  g_return_val_if_fail (VOC_IS_PAGE_FETCHER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == voc_page_fetcher_fetch_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
