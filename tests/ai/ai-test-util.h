/* ai-test-util.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A loopback SoupServer that plays an OpenAI-compatible provider: each test queues the
 * replies it wants, in order, and reads back the requests the client sent.
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "../voc-test-util.h"
#include "voc-ai-client.h"

typedef struct
{
  guint    status;
  char    *body;
  char    *content_type;
  char    *retry_after;
  gboolean hang;  /* never answer */
} Reply;

typedef struct
{
  TestDb      tdb;
  SoupServer *server;
  char       *base_url;
  GQueue      replies;
  GPtrArray  *requests;    /* JsonNode* of each request body (NULL for GET) */
  GPtrArray  *paths;       /* char* */
  GPtrArray  *auth;        /* char* Authorization header or "" */
  GPtrArray  *paused;
} Provider;

static void
reply_free (Reply *reply)
{
  g_free (reply->body);
  g_free (reply->content_type);
  g_free (reply->retry_after);
  g_free (reply);
}

static inline void
provider_queue (Provider   *provider,
                guint       status,
                const char *body)
{
  Reply *reply = g_new0 (Reply, 1);

  reply->status = status;
  reply->body = g_strdup (body);
  g_queue_push_tail (&provider->replies, reply);
}

static inline void
provider_queue_retry_after (Provider   *provider,
                            guint       status,
                            const char *retry_after,
                            const char *body)
{
  Reply *reply = g_new0 (Reply, 1);

  reply->status = status;
  reply->body = g_strdup (body);
  reply->retry_after = g_strdup (retry_after);
  g_queue_push_tail (&provider->replies, reply);
}

static inline void
provider_queue_stream (Provider   *provider,
                       const char *body)
{
  Reply *reply = g_new0 (Reply, 1);

  reply->status = 200;
  reply->body = g_strdup (body);
  reply->content_type = g_strdup ("text/event-stream");
  g_queue_push_tail (&provider->replies, reply);
}

static inline void
provider_queue_hang (Provider *provider)
{
  Reply *reply = g_new0 (Reply, 1);

  reply->hang = TRUE;
  g_queue_push_tail (&provider->replies, reply);
}

/* A chat completion whose message content is @content (a JSON string literal, escaped). */
static inline char *
chat_body (const char *content,
           const char *finish_reason)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "choices");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "index");
  json_builder_add_int_value (builder, 0);
  json_builder_set_member_name (builder, "finish_reason");
  json_builder_add_string_value (builder, finish_reason);
  json_builder_set_member_name (builder, "message");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, "assistant");
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, content);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "usage");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "prompt_tokens");
  json_builder_add_int_value (builder, 120);
  json_builder_set_member_name (builder, "completion_tokens");
  json_builder_add_int_value (builder, 34);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static void
provider_request_cb (SoupServer        *server,
                     SoupServerMessage *msg,
                     const char        *path,
                     GHashTable        *query,
                     gpointer           user_data)
{
  Provider *provider = user_data;
  SoupMessageBody *request = soup_server_message_get_request_body (msg);
  const char *auth = soup_message_headers_get_one (
    soup_server_message_get_request_headers (msg), "Authorization");
  Reply *reply;

  g_ptr_array_add (provider->paths, g_strdup (path));
  g_ptr_array_add (provider->auth, g_strdup (auth != NULL ? auth : ""));
  if (request->length > 0)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      g_assert_true (json_parser_load_from_data (parser, request->data, request->length, NULL));
      g_ptr_array_add (provider->requests, json_node_copy (json_parser_get_root (parser)));
    }
  else
    g_ptr_array_add (provider->requests, NULL);

  reply = g_queue_pop_head (&provider->replies);
  if (reply == NULL)
    {
      soup_server_message_set_status (msg, 500, NULL);
      return;
    }
  if (reply->hang)
    {
      soup_server_message_pause (msg);
      g_ptr_array_add (provider->paused, g_object_ref (msg));
      reply_free (reply);
      return;
    }

  soup_server_message_set_status (msg, reply->status, NULL);
  if (reply->retry_after != NULL)
    soup_message_headers_append (soup_server_message_get_response_headers (msg),
                                 "Retry-After", reply->retry_after);
  if (reply->body != NULL)
    soup_server_message_set_response (msg,
                                      reply->content_type != NULL ? reply->content_type
                                                                  : "application/json",
                                      SOUP_MEMORY_COPY, reply->body, strlen (reply->body));
  reply_free (reply);
}

static inline void
provider_setup (Provider      *provider,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;
  g_autofree char *root = NULL;

  test_db_setup (&provider->tdb, data);
  g_queue_init (&provider->replies);
  provider->requests = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  provider->paths = g_ptr_array_new_with_free_func (g_free);
  provider->auth = g_ptr_array_new_with_free_func (g_free);
  provider->paused = g_ptr_array_new_with_free_func (g_object_unref);
  /* json_node_unref on NULL warns; keep NULL entries out of the free func. */
  g_ptr_array_set_free_func (provider->requests, NULL);

  provider->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (provider->server, NULL, provider_request_cb, provider, NULL);
  soup_server_listen_local (provider->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (provider->server);
  root = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  provider->base_url = g_strconcat (root, "v1", NULL);
}

static inline void
provider_teardown (Provider      *provider,
                   gconstpointer  data)
{
  for (guint i = 0; i < provider->paused->len; i++)
    {
      SoupServerMessage *msg = g_ptr_array_index (provider->paused, i);

      soup_server_message_set_status (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
      soup_server_message_unpause (msg);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
  soup_server_disconnect (provider->server);
  g_assert_finalize_object (provider->server);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_queue_clear_full (&provider->replies, (GDestroyNotify) reply_free);
  for (guint i = 0; i < provider->requests->len; i++)
    g_clear_pointer (&provider->requests->pdata[i], json_node_unref);
  g_ptr_array_unref (provider->requests);
  g_ptr_array_unref (provider->paths);
  g_ptr_array_unref (provider->auth);
  g_ptr_array_unref (provider->paused);
  g_free (provider->base_url);
  test_db_teardown (&provider->tdb, data);
}

/* The request body @i as compact JSON text. */
static inline char *
provider_dup_request (Provider *provider,
                      guint     i)
{
  g_assert_cmpuint (i, <, provider->requests->len);
  return json_to_string (g_ptr_array_index (provider->requests, i), FALSE);
}

/* A client pointed at the provider, and the result of the call the test waits for. */
typedef struct
{
  Provider      provider;
  VocAiClient  *client;
  GAsyncResult *result;
} AiFixture;

/* The model is "gpt-4o-mini"; a test that wants another sets it. */
static inline void
ai_fixture_setup (AiFixture     *fixture,
                  gconstpointer  data)
{
  provider_setup (&fixture->provider, data);
  fixture->client = voc_ai_client_new (NULL);
  voc_ai_client_set_base_url (fixture->client, fixture->provider.base_url);
  voc_ai_client_set_model (fixture->client, "gpt-4o-mini");
  voc_ai_client_set_database (fixture->client, fixture->provider.tdb.db);
}

static inline void
ai_fixture_teardown (AiFixture     *fixture,
                     gconstpointer  data)
{
  g_clear_object (&fixture->result);
  g_assert_finalize_object (fixture->client);
  provider_teardown (&fixture->provider, data);
}

/* The callback of a call started after ai_fixture_start(); @user_data is the AiFixture. */
static inline void
ai_fixture_result_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  AiFixture *fixture = user_data;

  fixture->result = g_object_ref (result);
}

/* Forgets the last call's result before the test starts the next one. */
static inline void
ai_fixture_start (AiFixture *fixture)
{
  g_clear_object (&fixture->result);
}

/* Iterates the main context until the call has called back, and returns its result. */
static inline GAsyncResult *
ai_fixture_wait (AiFixture *fixture)
{
  while (fixture->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return fixture->result;
}

static inline gint64
ai_fixture_count (AiFixture  *fixture,
                  const char *sql)
{
  return test_query_int (fixture->provider.tdb.db, sql);
}

/* The content of message @message in the chat request @request. */
static inline const char *
ai_fixture_message_content (AiFixture *fixture,
                            guint      request,
                            guint      message)
{
  JsonObject *body = json_node_get_object (g_ptr_array_index (fixture->provider.requests,
                                                              request));

  return json_object_get_string_member (json_array_get_object_element (
    json_object_get_array_member (body, "messages"), message), "content");
}
