/* voc-ai-client.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-ai"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "voc-ai-client.h"
#include "voc-ai-json.h"
#include "voc-model-runs.h"

/*
 * A client of the OpenAI-compatible HTTP API (OpenAI, Ollama, llama.cpp, LM Studio, vLLM),
 * asynchronous on libsoup and cancellable.
 *
 * Structured output is asked for with `response_format: json_schema`; a server that answers
 * 400 to that is asked again with `json_object`, then with no response format and the schema
 * in the prompt, and the mode it accepted is remembered for its base URL. Whatever the mode,
 * the answer is parsed tolerantly and validated against the schema before it is returned.
 *
 * 429 and 5xx answers are retried with exponential backoff and jitter, honouring
 * `Retry-After`; 401, 404 and exhausted quota are not, and their messages say what to fix.
 * Every chat or embedding call, whatever its outcome, is recorded in `model_run`/`model_io`
 * in one transaction once it is over (when a database is set). The API key travels only in
 * the Authorization header and is removed from anything recorded.
 */

#define BACKOFF_BASE_MS   500
#define BACKOFF_MAX_MS    60000
#define MAX_BODY_PREVIEW  200

struct _VocAiClient
{
  GObject         parent_instance;

  SoupSession    *session;
  char           *base_url;
  char           *model;
  char           *api_key;
  guint           timeout;
  VocDatabase    *database;
  GHashTable     *format_modes;  /* base URL → GINT_TO_POINTER (mode + 1) */
  VocAiDelayFunc  delay_func;
  gpointer        delay_data;
  VocAiReviewFunc review_func;
  gpointer        review_data;
  GDestroyNotify  review_destroy;
};

struct _VocAiReview
{
  gatomicrefcount  ref_count;
  GTask           *task;      /* NULL once answered */
  char            *system;
  char            *user;
};

G_DEFINE_FINAL_TYPE (VocAiClient, voc_ai_client, G_TYPE_OBJECT)

G_DEFINE_QUARK (voc-ai-error-quark, voc_ai_error)

enum {
  PROP_0,
  PROP_BASE_URL,
  PROP_MODEL,
  PROP_TIMEOUT,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  CALL_MODELS,
  CALL_CHAT,
  CALL_STREAM,
  CALL_EMBED,
} CallKind;

typedef enum
{
  NEXT_FAIL,
  NEXT_RETRY,
  NEXT_FALLBACK,
} Next;

typedef struct
{
  VocAiClient      *self;
  CallKind          kind;
  char             *purpose;
  char             *model;
  char             *system;
  char             *user;
  char             *schema_name;
  JsonNode         *schema;
  GStrv             inputs;
  gint64            application_id;
  gint64            posting_id;
  guint             max_tokens;
  char             *base_url;
  char             *api_key;
  guint             timeout;

  VocAiFormatMode   mode;
  guint             retries;
  gint64            started;
  gint64            tokens_in;
  gint64            tokens_out;
  char             *sent_system;
  char             *answer;
  GString          *streamed;
  gboolean          stream_truncated;
  VocAiChunkFunc    chunk_func;
  gpointer          chunk_data;

  SoupMessage      *msg;
  GCancellable     *inner;        /* cancelled by the caller's cancellable or the timeout */
  GCancellable     *outer;
  gulong            outer_id;
  GSource          *timeout_source;
  gboolean          timed_out;
  GSource          *delay_source;
  GDataInputStream *lines;
  gint64            run_id;
} Call;

static void send_attempt (GTask *task);

static void
call_stop_timeout (Call *call)
{
  if (call->timeout_source != NULL)
    {
      g_source_destroy (call->timeout_source);
      g_clear_pointer (&call->timeout_source, g_source_unref);
    }
}

static void
call_free (Call *call)
{
  call_stop_timeout (call);
  if (call->delay_source != NULL)
    {
      g_source_destroy (call->delay_source);
      g_clear_pointer (&call->delay_source, g_source_unref);
    }
  if (call->outer_id != 0)
    g_cancellable_disconnect (call->outer, call->outer_id);
  g_clear_object (&call->outer);
  g_clear_object (&call->inner);
  g_clear_object (&call->msg);
  g_clear_object (&call->lines);
  g_clear_object (&call->self);
  g_free (call->purpose);
  g_free (call->model);
  g_free (call->system);
  g_free (call->user);
  g_free (call->schema_name);
  g_clear_pointer (&call->schema, json_node_unref);
  g_strfreev (call->inputs);
  g_free (call->base_url);
  if (call->api_key != NULL)
    memset (call->api_key, 0, strlen (call->api_key));
  g_free (call->api_key);
  g_free (call->sent_system);
  g_free (call->answer);
  if (call->streamed != NULL)
    g_string_free (call->streamed, TRUE);
  g_free (call);
}

/* The API key, wherever it appears in text that is recorded or shown. */
static char *
scrub (const Call *call,
       const char *text)
{
  g_autoptr(GString) out = NULL;

  if (text == NULL)
    return NULL;
  out = g_string_new (text);
  if (call->api_key != NULL && strlen (call->api_key) >= 4)
    g_string_replace (out, call->api_key, "[API key removed]", 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
path_for (CallKind kind)
{
  switch (kind)
    {
    case CALL_MODELS:
      return "/models";
    case CALL_EMBED:
      return "/embeddings";
    case CALL_CHAT:
    case CALL_STREAM:
    default:
      return "/chat/completions";
    }
}

static char *
provider_of (const char *base_url)
{
  g_autoptr(GUri) uri = g_uri_parse (base_url, G_URI_FLAGS_NONE, NULL);

  return uri != NULL && g_uri_get_host (uri) != NULL ? g_strdup (g_uri_get_host (uri)) : NULL;
}

static const char *
outcome_for (const GError *error)
{
  if (error == NULL)
    return "ok";
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return "cancelled";
  if (g_error_matches (error, VOC_AI_ERROR, VOC_AI_ERROR_REFUSED))
    return "refused";
  if (g_error_matches (error, VOC_AI_ERROR, VOC_AI_ERROR_TRUNCATED))
    return "truncated";
  return "error";
}

/* Records the call, whatever its outcome, then returns; takes @value or @error. */
static void
call_return (GTask      *task,
             gpointer    value,
             GDestroyNotify value_free,
             GError     *error)
{
  Call *call = g_task_get_task_data (task);
  VocAiClient *self = call->self;

  call_stop_timeout (call);

  if (self->database != NULL && call->kind != CALL_MODELS)
    {
      g_autoptr(GError) record_error = NULL;
      g_autofree char *provider = provider_of (call->base_url);
      g_autofree char *message = error != NULL ? scrub (call, error->message) : NULL;
      g_autofree char *user = NULL;
      g_autofree char *answer = scrub (call, call->answer);
      const char *roles[3];
      const char *contents[3];
      guint n = 0;

      if (call->kind == CALL_EMBED)
        user = scrub (call, call->inputs != NULL ? call->inputs[0] : NULL);
      else
        user = scrub (call, call->user);

      if (call->sent_system != NULL || call->system != NULL)
        {
          roles[n] = "system";
          contents[n++] = call->sent_system != NULL ? call->sent_system : call->system;
        }
      if (user != NULL)
        {
          roles[n] = "user";
          contents[n++] = user;
        }
      if (answer != NULL)
        {
          roles[n] = "assistant";
          contents[n++] = answer;
        }

      call->run_id = voc_model_runs_record (self->database, &(VocModelRunRecord) {
          .purpose = call->purpose,
          .provider = provider,
          .model = call->model,
          .application_id = call->application_id,
          .posting_id = call->posting_id,
          .tokens_in = call->tokens_in,
          .tokens_out = call->tokens_out,
          .latency_ms = (g_get_monotonic_time () - call->started) / 1000,
          .outcome = outcome_for (error),
          .error = message,
          .roles = roles,
          .contents = contents,
          .n_io = n,
        }, &record_error);
      if (call->run_id == 0)
        g_warning ("%s", record_error->message);
    }

  if (error != NULL)
    {
      if (value != NULL && value_free != NULL)
        value_free (value);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, value, value_free);
}

static void
call_fail (GTask  *task,
           GError *error)
{
  call_return (task, NULL, NULL, error);
}

/* The provider's own explanation and code from {"error":{"message","type","code"}}. */
static void
parse_provider_error (const char  *body,
                      char       **message,
                      char       **code)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonObject *err;

  *message = NULL;
  *code = NULL;
  if (body == NULL || !json_parser_load_from_data (parser, body, -1, NULL))
    return;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;
  if (!json_object_has_member (json_node_get_object (root), "error"))
    return;
  if (!JSON_NODE_HOLDS_OBJECT (json_object_get_member (json_node_get_object (root), "error")))
    {
      JsonNode *node = json_object_get_member (json_node_get_object (root), "error");

      /* Some local servers answer {"error": "text"}. */
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        *message = g_strdup (json_node_get_string (node));
      return;
    }
  err = json_object_get_object_member (json_node_get_object (root), "error");
  *message = g_strdup (json_object_get_string_member_with_default (err, "message", ""));
  if (json_object_has_member (err, "code") &&
      json_node_get_value_type (json_object_get_member (err, "code")) == G_TYPE_STRING)
    *code = g_strdup (json_object_get_string_member (err, "code"));
  else if (json_object_has_member (err, "type") &&
           json_node_get_value_type (json_object_get_member (err, "type")) == G_TYPE_STRING)
    *code = g_strdup (json_object_get_string_member (err, "type"));
}

/* Retry-After in seconds or as an HTTP date; -1 when absent or unreadable. */
static gint64
parse_retry_after (SoupMessageHeaders *headers)
{
  const char *value = soup_message_headers_get_one (headers, "Retry-After");
  char *end = NULL;
  gint64 seconds;

  if (value == NULL)
    return -1;
  seconds = g_ascii_strtoll (value, &end, 10);
  if (end != value && *end == '\0' && seconds >= 0)
    return MIN (seconds * 1000, BACKOFF_MAX_MS);

  {
    g_autoptr(GDateTime) when = soup_date_time_new_from_http_string (value);
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
    GTimeSpan span;

    if (when == NULL)
      return -1;
    span = g_date_time_difference (when, now) / 1000;
    return CLAMP (span, 0, BACKOFF_MAX_MS);
  }
}

static guint
backoff_ms (guint retries)
{
  guint delay = MIN ((guint) BACKOFF_BASE_MS << MIN (retries, 7), BACKOFF_MAX_MS);

  return delay + g_random_int_range (0, delay / 2 + 1);
}

/* What to do after an HTTP error status: fail (with @error set), retry or fall back. */
static Next
classify_status (Call               *call,
                 guint               status,
                 SoupMessageHeaders *headers,
                 const char         *body,
                 guint              *delay,
                 GError            **error)
{
  g_autofree char *raw_message = NULL;
  g_autofree char *code = NULL;
  g_autofree char *message = NULL;
  const char *path = path_for (call->kind);

  parse_provider_error (body, &raw_message, &code);
  message = scrub (call, raw_message != NULL && *raw_message != '\0' ? raw_message : NULL);

  if (status == 401 || status == 403)
    {
      g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_UNAUTHORIZED,
                   _("The server at %s refused the API key (HTTP %u): enter a valid key in "
                     "Preferences → AI Provider%s%s"),
                   call->base_url, status, message != NULL ? ". It said: " : "",
                   message != NULL ? message : "");
      return NEXT_FAIL;
    }

  if (status == 404)
    {
      if (call->kind == CALL_MODELS)
        g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_NOT_FOUND,
                     _("The server answered 404 for %s: the base URL probably needs /v1"), path);
      else
        g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_NOT_FOUND,
                     _("The server answered 404 for %s: the base URL probably needs /v1, or "
                       "the model “%s” does not exist there"), path, call->model);
      return NEXT_FAIL;
    }

  if (status == 429 && code != NULL && strstr (code, "insufficient_quota") != NULL)
    {
      g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_QUOTA,
                   _("The account at %s has no quota left (429 insufficient_quota): add credit "
                     "with the provider or use another key"), call->base_url);
      return NEXT_FAIL;
    }

  if (status == 400 && call->kind == CALL_CHAT && call->schema != NULL &&
      call->mode < VOC_AI_FORMAT_PROMPT)
    return NEXT_FALLBACK;

  if (status == 429 || status >= 500)
    {
      if (call->retries < VOC_AI_CLIENT_MAX_RETRIES)
        {
          gint64 retry_after = parse_retry_after (headers);

          *delay = retry_after >= 0 ? (guint) retry_after : backoff_ms (call->retries);
          return NEXT_RETRY;
        }
      if (status == 429)
        g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_RATE_LIMITED,
                     _("The server at %s is still limiting requests (429) after %u retries: "
                       "wait a minute and try again"), call->base_url, call->retries);
      else
        g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_SERVER,
                     _("The server at %s failed (HTTP %u) on %u tries: try again later%s%s"),
                     call->base_url, status, call->retries + 1,
                     message != NULL ? ". It said: " : "", message != NULL ? message : "");
      return NEXT_FAIL;
    }

  g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_BAD_REQUEST,
               _("The server refused the request to %s (HTTP %u)%s%s"), path, status,
               message != NULL ? ": " : "", message != NULL ? message : "");
  return NEXT_FAIL;
}

static GError *
transport_error (Call   *call,
                 GError *error)
{
  GError *out;

  if (call->timed_out)
    out = g_error_new (VOC_AI_ERROR, VOC_AI_ERROR_TIMEOUT,
                       _("The server at %s did not answer within %u seconds"),
                       call->base_url, call->timeout);
  else if (g_cancellable_is_cancelled (call->outer) ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    out = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The request was cancelled"));
  else
    out = g_error_new (VOC_AI_ERROR, VOC_AI_ERROR_NETWORK,
                       _("Could not reach %s: %s. Check the base URL and that the server is "
                         "running"), call->base_url, error->message);
  g_error_free (error);
  return out;
}

static gboolean
on_delay_done_cb (gpointer user_data)
{
  GTask *task = user_data;
  Call *call = g_task_get_task_data (task);

  g_clear_pointer (&call->delay_source, g_source_unref);
  if (g_cancellable_is_cancelled (call->inner))
    call_fail (task, transport_error (call, g_error_new_literal (G_IO_ERROR,
                                                                G_IO_ERROR_CANCELLED, "")));
  else
    send_attempt (task);
  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

/* The cancellable child source only wakes the delay source up, which then sees the
 * cancellation in on_delay_done_cb(). */
static gboolean
on_delay_cancelled_cb (GCancellable *cancellable,
                       gpointer      user_data)
{
  return G_SOURCE_CONTINUE;
}

static void
schedule_retry (GTask *task,
                guint  delay)
{
  Call *call = g_task_get_task_data (task);
  VocAiClient *self = call->self;
  GSource *cancel_source;

  call->retries++;
  if (self->delay_func != NULL)
    delay = self->delay_func (delay, self->delay_data);
  g_debug ("Retrying %s in %u ms (retry %u)", path_for (call->kind), delay, call->retries);

  /* Either the delay passes or the caller cancels, whichever comes first. */
  call->delay_source = g_timeout_source_new (delay);
  cancel_source = g_cancellable_source_new (call->inner);
  g_source_set_callback (cancel_source, G_SOURCE_FUNC (on_delay_cancelled_cb), NULL, NULL);
  g_source_add_child_source (call->delay_source, cancel_source);
  g_source_unref (cancel_source);
  g_source_set_callback (call->delay_source, on_delay_done_cb, g_object_ref (task), NULL);
  g_source_attach (call->delay_source, g_task_get_context (task));
}

/* Handles a non-2xx status; returns TRUE when the call goes on (retry or fallback). */
static gboolean
handle_status (GTask      *task,
               const char *body)
{
  Call *call = g_task_get_task_data (task);
  GError *error = NULL;
  guint delay = 0;
  Next next;

  g_free (call->answer);
  call->answer = g_strndup (body, MAX_BODY_PREVIEW * 10);

  next = classify_status (call, soup_message_get_status (call->msg),
                          soup_message_get_response_headers (call->msg), body, &delay, &error);
  switch (next)
    {
    case NEXT_FALLBACK:
      call->mode++;
      g_debug ("%s refused that response format; trying mode %d", call->base_url, call->mode);
      send_attempt (task);
      return TRUE;
    case NEXT_RETRY:
      schedule_retry (task, delay);
      return TRUE;
    case NEXT_FAIL:
    default:
      call_fail (task, error);
      return FALSE;
    }
}

static JsonNode *
parse_body (const char  *body,
            const char  *path,
            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (body == NULL || !json_parser_load_from_data (parser, body, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_MALFORMED,
                   _("The answer to %s is not the JSON object the API defines"), path);
      return NULL;
    }
  return json_node_copy (root);
}

static void
read_usage (Call       *call,
            JsonObject *root)
{
  JsonObject *usage;

  if (!json_object_has_member (root, "usage") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "usage")))
    return;
  usage = json_object_get_object_member (root, "usage");
  call->tokens_in = json_object_get_int_member_with_default (usage, "prompt_tokens", 0);
  call->tokens_out = json_object_get_int_member_with_default (usage, "completion_tokens", 0);
}

static void
finish_models (GTask      *task,
               JsonObject *root)
{
  JsonArray *data = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (json_object_has_member (root, "data") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "data")))
    data = json_object_get_array_member (root, "data");
  if (data == NULL)
    {
      call_fail (task, g_error_new (VOC_AI_ERROR, VOC_AI_ERROR_MALFORMED,
                                    _("The answer to /models has no “data” list: is this an "
                                      "OpenAI-compatible server?")));
      return;
    }
  for (guint i = 0; i < json_array_get_length (data); i++)
    {
      JsonNode *element = json_array_get_element (data, i);

      if (JSON_NODE_HOLDS_OBJECT (element))
        {
          const char *id = json_object_get_string_member_with_default (
            json_node_get_object (element), "id", NULL);

          if (id != NULL)
            g_strv_builder_add (builder, id);
        }
    }
  call_return (task, g_strv_builder_end (builder), (GDestroyNotify) g_strfreev, NULL);
}

static void
finish_embed (GTask      *task,
              JsonObject *root)
{
  Call *call = g_task_get_task_data (task);
  g_autoptr(GPtrArray) vectors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  JsonArray *data = NULL;

  read_usage (call, root);
  if (json_object_has_member (root, "data") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "data")))
    data = json_object_get_array_member (root, "data");
  for (guint i = 0; data != NULL && i < json_array_get_length (data); i++)
    {
      JsonNode *element = json_array_get_element (data, i);
      JsonArray *values;
      GArray *vector;

      if (!JSON_NODE_HOLDS_OBJECT (element) ||
          !json_object_has_member (json_node_get_object (element), "embedding") ||
          !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (element),
                                                          "embedding")))
        break;
      values = json_object_get_array_member (json_node_get_object (element), "embedding");
      vector = g_array_sized_new (FALSE, FALSE, sizeof (float), json_array_get_length (values));
      for (guint j = 0; j < json_array_get_length (values); j++)
        {
          float v = (float) json_array_get_double_element (values, j);

          g_array_append_val (vector, v);
        }
      g_ptr_array_add (vectors, vector);
    }

  if (vectors->len != g_strv_length (call->inputs))
    {
      call_fail (task, g_error_new (VOC_AI_ERROR, VOC_AI_ERROR_MALFORMED,
                                    _("The answer to /embeddings has %u vectors for %u inputs"),
                                    vectors->len, g_strv_length (call->inputs)));
      return;
    }
  call_return (task, g_steal_pointer (&vectors), (GDestroyNotify) g_ptr_array_unref, NULL);
}

static void
finish_chat (GTask      *task,
             JsonObject *root)
{
  Call *call = g_task_get_task_data (task);
  JsonArray *choices = NULL;
  JsonObject *choice;
  JsonObject *message = NULL;
  const char *finish_reason;
  const char *refusal = NULL;
  const char *content = NULL;
  g_autoptr(JsonNode) value = NULL;
  GError *error = NULL;

  read_usage (call, root);

  if (json_object_has_member (root, "choices") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "choices")))
    choices = json_object_get_array_member (root, "choices");
  if (choices == NULL || json_array_get_length (choices) == 0 ||
      !JSON_NODE_HOLDS_OBJECT (json_array_get_element (choices, 0)))
    {
      call_fail (task, g_error_new (VOC_AI_ERROR, VOC_AI_ERROR_MALFORMED,
                                    _("The answer to /chat/completions has no choices")));
      return;
    }
  choice = json_array_get_object_element (choices, 0);
  if (json_object_has_member (choice, "message") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (choice, "message")))
    message = json_object_get_object_member (choice, "message");
  finish_reason = json_object_get_string_member_with_default (choice, "finish_reason", NULL);
  if (message != NULL)
    {
      JsonNode *node = json_object_get_member (message, "refusal");

      if (node != NULL && json_node_get_value_type (node) == G_TYPE_STRING)
        refusal = json_node_get_string (node);
      node = json_object_get_member (message, "content");
      if (node != NULL && json_node_get_value_type (node) == G_TYPE_STRING)
        content = json_node_get_string (node);
    }

  g_free (call->answer);
  call->answer = g_strdup (refusal != NULL ? refusal : content);

  /* Remember what this server accepts, so the next call does not try again what it refused. */
  if (call->schema != NULL)
    g_hash_table_replace (call->self->format_modes, g_strdup (call->base_url),
                          GINT_TO_POINTER (call->mode + 1));

  if (refusal != NULL && *refusal != '\0')
    {
      call_fail (task, g_error_new (VOC_AI_ERROR, VOC_AI_ERROR_REFUSED,
                                    _("The model refused to answer: %s"), refusal));
      return;
    }
  if (g_strcmp0 (finish_reason, "length") == 0)
    {
      call_fail (task, g_error_new (VOC_AI_ERROR, VOC_AI_ERROR_TRUNCATED,
                                    _("The answer was cut off at the token limit; raise the "
                                      "limit or shorten the input")));
      return;
    }
  if (content == NULL)
    {
      call_fail (task, g_error_new (VOC_AI_ERROR, VOC_AI_ERROR_MALFORMED,
                                    _("The answer to /chat/completions has no text")));
      return;
    }

  if (call->schema == NULL)
    {
      value = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (value, content);
    }
  else
    {
      value = voc_ai_json_extract (content, &error);
      if (value == NULL || !voc_ai_json_schema_validate (call->schema, value, &error))
        {
          call_fail (task, error);
          return;
        }
    }
  call_return (task, g_steal_pointer (&value), (GDestroyNotify) json_node_unref, NULL);
}

static void
on_send_and_read_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Call *call = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *body = NULL;
  GError *error = NULL;

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  call_stop_timeout (call);
  if (bytes == NULL)
    {
      call_fail (task, transport_error (call, error));
      return;
    }
  body = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  if (!SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (call->msg)))
    {
      handle_status (task, body);
      return;
    }

  root = parse_body (body, path_for (call->kind), &error);
  if (root == NULL)
    {
      g_free (call->answer);
      call->answer = g_steal_pointer (&body);
      call_fail (task, error);
      return;
    }

  switch (call->kind)
    {
    case CALL_MODELS:
      finish_models (task, json_node_get_object (root));
      break;
    case CALL_EMBED:
      finish_embed (task, json_node_get_object (root));
      break;
    case CALL_CHAT:
    case CALL_STREAM:
    default:
      finish_chat (task, json_node_get_object (root));
      break;
    }
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  Call *call = user_data;

  call->timed_out = TRUE;
  g_clear_pointer (&call->timeout_source, g_source_unref);
  g_cancellable_cancel (call->inner);
  return G_SOURCE_REMOVE;
}

static void
start_timeout (GTask *task)
{
  Call *call = g_task_get_task_data (task);

  call_stop_timeout (call);
  if (call->timeout == 0)
    return;
  call->timeout_source = g_timeout_source_new_seconds (call->timeout);
  g_source_set_callback (call->timeout_source, on_timeout_cb, call, NULL);
  g_source_attach (call->timeout_source, g_task_get_context (task));
}

static char *
schema_instructions (Call *call)
{
  g_autofree char *schema = json_to_string (call->schema, TRUE);

  return g_strdup_printf ("%s\n\nAnswer with one JSON object and nothing else: no prose, no "
                          "code fences. It must match this JSON schema:\n%s",
                          call->system != NULL ? call->system : "", schema);
}

static JsonNode *
build_chat_body (Call *call)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_clear_pointer (&call->sent_system, g_free);
  if (call->schema != NULL && call->mode != VOC_AI_FORMAT_JSON_SCHEMA)
    call->sent_system = schema_instructions (call);
  else
    call->sent_system = g_strdup (call->system);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "model");
  json_builder_add_string_value (builder, call->model);
  json_builder_set_member_name (builder, "messages");
  json_builder_begin_array (builder);
  if (call->sent_system != NULL)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "role");
      json_builder_add_string_value (builder, "system");
      json_builder_set_member_name (builder, "content");
      json_builder_add_string_value (builder, call->sent_system);
      json_builder_end_object (builder);
    }
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, "user");
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, call->user != NULL ? call->user : "");
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "temperature");
  json_builder_add_double_value (builder, 0.2);
  if (call->max_tokens > 0)
    {
      json_builder_set_member_name (builder, "max_tokens");
      json_builder_add_int_value (builder, call->max_tokens);
    }
  if (call->kind == CALL_STREAM)
    {
      json_builder_set_member_name (builder, "stream");
      json_builder_add_boolean_value (builder, TRUE);
    }
  if (call->schema != NULL && call->mode == VOC_AI_FORMAT_JSON_SCHEMA)
    {
      json_builder_set_member_name (builder, "response_format");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, "json_schema");
      json_builder_set_member_name (builder, "json_schema");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, call->schema_name != NULL ? call->schema_name
                                                                        : "answer");
      json_builder_set_member_name (builder, "schema");
      json_builder_add_value (builder, json_node_copy (call->schema));
      json_builder_set_member_name (builder, "strict");
      json_builder_add_boolean_value (builder, TRUE);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  else if (call->schema != NULL && call->mode == VOC_AI_FORMAT_JSON_OBJECT)
    {
      json_builder_set_member_name (builder, "response_format");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, "json_object");
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static JsonNode *
build_embed_body (Call *call)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "model");
  json_builder_add_string_value (builder, call->model);
  json_builder_set_member_name (builder, "input");
  json_builder_begin_array (builder);
  for (guint i = 0; call->inputs[i] != NULL; i++)
    json_builder_add_string_value (builder, call->inputs[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static void
on_stream_line_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data);

static void
read_next_line (GTask *task)
{
  Call *call = g_task_get_task_data (task);

  start_timeout (task);
  g_data_input_stream_read_line_async (call->lines, G_PRIORITY_DEFAULT, call->inner,
                                       on_stream_line_cb, task);
}

static void
finish_stream (GTask *task)
{
  Call *call = g_task_get_task_data (task);

  g_free (call->answer);
  call->answer = g_strdup (call->streamed->str);
  if (call->stream_truncated)
    call_fail (task, g_error_new (VOC_AI_ERROR, VOC_AI_ERROR_TRUNCATED,
                                  _("The answer was cut off at the token limit; raise the "
                                    "limit or shorten the input")));
  else
    call_return (task, g_strdup (call->streamed->str), g_free, NULL);
  g_object_unref (task);
}

static void
on_stream_line_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GTask *task = user_data;
  Call *call = g_task_get_task_data (task);
  g_autofree char *line = NULL;
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;
  GError *error = NULL;
  gsize len;

  line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (source), result, &len,
                                                    &error);
  if (error != NULL)
    {
      call_fail (task, transport_error (call, error));
      g_object_unref (task);
      return;
    }
  if (line == NULL || g_str_equal (g_strstrip (line), "data: [DONE]"))
    {
      finish_stream (task);
      return;
    }
  if (!g_str_has_prefix (line, "data:"))
    {
      /* Blank separators, comments (":") and other SSE fields. */
      read_next_line (task);
      return;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, g_strstrip (line + 5), -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      call_fail (task, g_error_new (VOC_AI_ERROR, VOC_AI_ERROR_MALFORMED,
                                    _("A streamed piece of the answer is not JSON")));
      g_object_unref (task);
      return;
    }

  read_usage (call, json_node_get_object (root));
  if (json_object_has_member (json_node_get_object (root), "choices") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (root), "choices")))
    {
      JsonArray *choices = json_object_get_array_member (json_node_get_object (root), "choices");

      if (json_array_get_length (choices) > 0 &&
          JSON_NODE_HOLDS_OBJECT (json_array_get_element (choices, 0)))
        {
          JsonObject *choice = json_array_get_object_element (choices, 0);
          JsonNode *delta = json_object_get_member (choice, "delta");

          if (g_strcmp0 (json_object_get_string_member_with_default (choice, "finish_reason",
                                                                     NULL), "length") == 0)
            call->stream_truncated = TRUE;
          if (delta != NULL && JSON_NODE_HOLDS_OBJECT (delta))
            {
              const char *text = json_object_get_string_member_with_default (
                json_node_get_object (delta), "content", NULL);

              if (text != NULL && *text != '\0')
                {
                  g_string_append (call->streamed, text);
                  if (call->chunk_func != NULL)
                    call->chunk_func (text, call->chunk_data);
                }
            }
        }
    }
  read_next_line (task);
}

static void
on_stream_error_body_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Call *call = g_task_get_task_data (task);
  GMemoryOutputStream *out = G_MEMORY_OUTPUT_STREAM (source);
  GError *error = NULL;
  g_autofree char *body = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error) < 0)
    {
      call_fail (task, transport_error (call, error));
      return;
    }
  body = g_strndup (g_memory_output_stream_get_data (out),
                    g_memory_output_stream_get_data_size (out));
  handle_status (task, body);
}

static void
on_stream_sent_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GTask *task = user_data;
  Call *call = g_task_get_task_data (task);
  g_autoptr(GInputStream) stream = NULL;
  GError *error = NULL;

  stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (stream == NULL)
    {
      call_fail (task, transport_error (call, error));
      g_object_unref (task);
      return;
    }

  if (!SOUP_STATUS_IS_SUCCESSFUL (soup_message_get_status (call->msg)))
    {
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

      g_output_stream_splice_async (out, stream,
                                    G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                    G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                    G_PRIORITY_DEFAULT, call->inner,
                                    on_stream_error_body_cb, task);
      return;
    }

  g_clear_object (&call->lines);
  call->lines = g_data_input_stream_new (stream);
  g_data_input_stream_set_newline_type (call->lines, G_DATA_STREAM_NEWLINE_TYPE_ANY);
  read_next_line (task);
}

static void
send_attempt (GTask *task)
{
  Call *call = g_task_get_task_data (task);
  g_autofree char *base = g_strdup (call->base_url);
  g_autofree char *url = NULL;
  g_autoptr(JsonNode) body = NULL;

  /* Trailing slashes would double up with the path. */
  for (gsize n = strlen (base); n > 0 && base[n - 1] == '/'; n--)
    base[n - 1] = '\0';
  url = g_strconcat (base, path_for (call->kind), NULL);

  g_clear_object (&call->msg);
  if (g_uri_peek_scheme (url) == NULL ||
      (g_ascii_strcasecmp (g_uri_peek_scheme (url), "http") != 0 &&
       g_ascii_strcasecmp (g_uri_peek_scheme (url), "https") != 0) ||
      (call->msg = soup_message_new (call->kind == CALL_MODELS ? "GET" : "POST", url)) == NULL)
    {
      call_fail (task, g_error_new (VOC_AI_ERROR, VOC_AI_ERROR_NOT_CONFIGURED,
                                    _("The base URL “%s” is not an http or https address"),
                                    call->base_url));
      return;
    }

  if (call->api_key != NULL && *call->api_key != '\0')
    {
      g_autofree char *auth = g_strconcat ("Bearer ", call->api_key, NULL);

      soup_message_headers_replace (soup_message_get_request_headers (call->msg),
                                    "Authorization", auth);
      memset (auth, 0, strlen (auth));
    }

  if (call->kind == CALL_CHAT || call->kind == CALL_STREAM)
    body = build_chat_body (call);
  else if (call->kind == CALL_EMBED)
    body = build_embed_body (call);
  if (body != NULL)
    {
      gsize len;
      char *text = json_to_string (body, FALSE);
      g_autoptr(GBytes) bytes = NULL;

      len = strlen (text);
      bytes = g_bytes_new_take (text, len);
      soup_message_set_request_body_from_bytes (call->msg, "application/json", bytes);
    }

  start_timeout (task);
  if (call->kind == CALL_STREAM)
    soup_session_send_async (call->self->session, call->msg, G_PRIORITY_DEFAULT, call->inner,
                             on_stream_sent_cb, g_object_ref (task));
  else
    soup_session_send_and_read_async (call->self->session, call->msg, G_PRIORITY_DEFAULT,
                                      call->inner, on_send_and_read_cb, g_object_ref (task));
}

static void
on_outer_cancelled_cb (GCancellable *cancellable,
                       gpointer      user_data)
{
  GCancellable *inner = user_data;

  g_cancellable_cancel (inner);
}

static void
start_call (VocAiClient        *self,
            CallKind            kind,
            const VocAiRequest *request,
            const char * const *inputs,
            VocAiChunkFunc      chunk_func,
            gpointer            chunk_data,
            GCancellable       *cancellable,
            GAsyncReadyCallback callback,
            gpointer            user_data,
            gpointer            source_tag)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  Call *call = g_new0 (Call, 1);
  gpointer mode;

  g_task_set_source_tag (task, source_tag);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, call, (GDestroyNotify) call_free);

  call->self = g_object_ref (self);
  call->kind = kind;
  call->started = g_get_monotonic_time ();
  call->base_url = g_strdup (self->base_url);
  call->api_key = g_strdup (self->api_key);
  call->timeout = self->timeout;
  call->chunk_func = chunk_func;
  call->chunk_data = chunk_data;
  call->inner = g_cancellable_new ();
  if (kind == CALL_STREAM)
    call->streamed = g_string_new (NULL);
  if (request != NULL)
    {
      call->purpose = g_strdup (request->purpose);
      call->model = g_strdup (request->model != NULL ? request->model : self->model);
      call->system = g_strdup (request->system);
      call->user = g_strdup (request->user);
      call->schema_name = g_strdup (request->schema_name);
      call->schema = request->schema != NULL ? json_node_copy (request->schema) : NULL;
      call->application_id = request->application_id;
      call->posting_id = request->posting_id;
      call->max_tokens = request->max_tokens;
    }
  else
    call->model = g_strdup (self->model);
  call->inputs = g_strdupv ((char **) inputs);

  if (cancellable != NULL)
    {
      call->outer = g_object_ref (cancellable);
      call->outer_id = g_cancellable_connect (cancellable, G_CALLBACK (on_outer_cancelled_cb),
                                              g_object_ref (call->inner), g_object_unref);
    }

  if (call->base_url == NULL || *call->base_url == '\0')
    {
      call_fail (task, g_error_new (VOC_AI_ERROR, VOC_AI_ERROR_NOT_CONFIGURED,
                                    _("No AI provider is set up: choose a base URL in "
                                      "Preferences → AI Provider")));
      return;
    }
  if (kind != CALL_MODELS && (call->model == NULL || *call->model == '\0'))
    {
      call_fail (task, g_error_new (VOC_AI_ERROR, VOC_AI_ERROR_NOT_CONFIGURED,
                                    _("No model is chosen: pick one in Preferences → AI "
                                      "Provider")));
      return;
    }

  mode = g_hash_table_lookup (self->format_modes, call->base_url);
  call->mode = mode != NULL ? (VocAiFormatMode) (GPOINTER_TO_INT (mode) - 1)
                            : VOC_AI_FORMAT_JSON_SCHEMA;

  if (self->review_func != NULL && (kind == CALL_CHAT || kind == CALL_STREAM))
    {
      VocAiReview *review = g_new0 (VocAiReview, 1);

      g_atomic_ref_count_init (&review->ref_count);
      review->task = g_object_ref (task);
      /* What the first attempt sends; a fallback to a prompt-borne schema only adds the
       * schema, never more of the user's data. */
      if (call->schema != NULL && call->mode != VOC_AI_FORMAT_JSON_SCHEMA)
        review->system = schema_instructions (call);
      else
        review->system = g_strdup (call->system);
      review->user = g_strdup (call->user != NULL ? call->user : "");
      self->review_func (review, self->review_data);
      return;
    }

  send_attempt (task);
}

static void
voc_ai_client_dispose (GObject *object)
{
  VocAiClient *self = VOC_AI_CLIENT (object);

  g_clear_object (&self->database);
  G_OBJECT_CLASS (voc_ai_client_parent_class)->dispose (object);
}

static void
voc_ai_client_finalize (GObject *object)
{
  VocAiClient *self = VOC_AI_CLIENT (object);

  g_clear_object (&self->session);
  g_free (self->base_url);
  g_free (self->model);
  if (self->api_key != NULL)
    memset (self->api_key, 0, strlen (self->api_key));
  g_free (self->api_key);
  g_hash_table_unref (self->format_modes);
  if (self->review_destroy != NULL)
    self->review_destroy (self->review_data);
  G_OBJECT_CLASS (voc_ai_client_parent_class)->finalize (object);
}

static void
voc_ai_client_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VocAiClient *self = VOC_AI_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      g_value_set_string (value, self->base_url);
      break;
    case PROP_MODEL:
      g_value_set_string (value, self->model);
      break;
    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout);
      break;
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_ai_client_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VocAiClient *self = VOC_AI_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      voc_ai_client_set_base_url (self, g_value_get_string (value));
      break;
    case PROP_MODEL:
      voc_ai_client_set_model (self, g_value_get_string (value));
      break;
    case PROP_TIMEOUT:
      voc_ai_client_set_timeout (self, g_value_get_uint (value));
      break;
    case PROP_DATABASE:
      voc_ai_client_set_database (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_ai_client_class_init (VocAiClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = voc_ai_client_dispose;
  object_class->finalize = voc_ai_client_finalize;
  object_class->get_property = voc_ai_client_get_property;
  object_class->set_property = voc_ai_client_set_property;

  properties[PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODEL] =
    g_param_spec_string ("model", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL, 0, G_MAXUINT, VOC_AI_CLIENT_DEFAULT_TIMEOUT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, VOC_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
voc_ai_client_init (VocAiClient *self)
{
  self->timeout = VOC_AI_CLIENT_DEFAULT_TIMEOUT;
  self->format_modes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * voc_ai_client_new:
 * @session: (nullable): the application's session, or %NULL for a new one
 *
 * Returns: (transfer full): a client with no provider set
 */
VocAiClient *
voc_ai_client_new (SoupSession *session)
{
  VocAiClient *self = g_object_new (VOC_TYPE_AI_CLIENT, NULL);

  self->session = session != NULL ? g_object_ref (session) : soup_session_new ();
  return self;
}

const char *
voc_ai_client_get_base_url (VocAiClient *self)
{
  g_return_val_if_fail (VOC_IS_AI_CLIENT (self), NULL);
  return self->base_url;
}

void
voc_ai_client_set_base_url (VocAiClient *self,
                            const char  *base_url)
{
  g_return_if_fail (VOC_IS_AI_CLIENT (self));

  if (g_strcmp0 (self->base_url, base_url) == 0)
    return;
  g_free (self->base_url);
  self->base_url = g_strdup (base_url);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
}

const char *
voc_ai_client_get_model (VocAiClient *self)
{
  g_return_val_if_fail (VOC_IS_AI_CLIENT (self), NULL);
  return self->model;
}

void
voc_ai_client_set_model (VocAiClient *self,
                         const char  *model)
{
  g_return_if_fail (VOC_IS_AI_CLIENT (self));

  if (g_strcmp0 (self->model, model) == 0)
    return;
  g_free (self->model);
  self->model = g_strdup (model);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * voc_ai_client_set_api_key:
 * @self: the client
 * @api_key: (nullable): the key, sent as a Bearer token; %NULL or "" for none
 *
 * The key is deliberately not a property, so that it never shows in notify traces or
 * inspectors. Keep it in #VocAiSecrets, not anywhere else.
 */
void
voc_ai_client_set_api_key (VocAiClient *self,
                           const char  *api_key)
{
  g_return_if_fail (VOC_IS_AI_CLIENT (self));

  if (self->api_key != NULL)
    memset (self->api_key, 0, strlen (self->api_key));
  g_free (self->api_key);
  self->api_key = g_strdup (api_key);
}

guint
voc_ai_client_get_timeout (VocAiClient *self)
{
  g_return_val_if_fail (VOC_IS_AI_CLIENT (self), 0);
  return self->timeout;
}

/**
 * voc_ai_client_set_timeout:
 * @self: the client
 * @timeout: seconds to wait for an answer (for a stream: for its next piece), 0 for ever
 */
void
voc_ai_client_set_timeout (VocAiClient *self,
                           guint        timeout)
{
  g_return_if_fail (VOC_IS_AI_CLIENT (self));

  if (self->timeout == timeout)
    return;
  self->timeout = timeout;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

VocDatabase *
voc_ai_client_get_database (VocAiClient *self)
{
  g_return_val_if_fail (VOC_IS_AI_CLIENT (self), NULL);
  return self->database;
}

/**
 * voc_ai_client_set_database:
 * @self: the client
 * @database: (nullable): where calls are recorded
 */
void
voc_ai_client_set_database (VocAiClient *self,
                            VocDatabase *database)
{
  g_return_if_fail (VOC_IS_AI_CLIENT (self));

  if (g_set_object (&self->database, database))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * voc_ai_client_set_delay_func:
 * @self: the client
 * @func: (nullable): decides how long a retry actually waits
 * @user_data: data for @func
 *
 * For tests: see how long the client means to wait (Retry-After, backoff) without waiting.
 */
void
voc_ai_client_set_delay_func (VocAiClient    *self,
                              VocAiDelayFunc  func,
                              gpointer        user_data)
{
  g_return_if_fail (VOC_IS_AI_CLIENT (self));

  self->delay_func = func;
  self->delay_data = user_data;
}

/**
 * voc_ai_client_set_review_func:
 * @self: the client
 * @func: (nullable): called with every chat request before it is sent
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data
 *
 * Lets the user see a request before it leaves the machine, and stop it. Without a review
 * function requests are sent at once.
 */
void
voc_ai_client_set_review_func (VocAiClient     *self,
                               VocAiReviewFunc  func,
                               gpointer         user_data,
                               GDestroyNotify   destroy)
{
  g_return_if_fail (VOC_IS_AI_CLIENT (self));

  if (self->review_destroy != NULL)
    self->review_destroy (self->review_data);
  self->review_func = func;
  self->review_data = user_data;
  self->review_destroy = destroy;
}

VocAiReview *
voc_ai_review_ref (VocAiReview *review)
{
  g_return_val_if_fail (review != NULL, NULL);

  g_atomic_ref_count_inc (&review->ref_count);
  return review;
}

/* A review dropped without an answer declines: nothing is sent that nobody agreed to. */
void
voc_ai_review_unref (VocAiReview *review)
{
  g_return_if_fail (review != NULL);

  if (!g_atomic_ref_count_dec (&review->ref_count))
    return;
  if (review->task != NULL)
    voc_ai_review_decline (review);
  g_free (review->system);
  g_free (review->user);
  g_free (review);
}

static Call *
review_call (VocAiReview *review)
{
  g_return_val_if_fail (review != NULL && review->task != NULL, NULL);

  return g_task_get_task_data (review->task);
}

const char *
voc_ai_review_get_purpose (VocAiReview *review)
{
  Call *call = review_call (review);

  return call != NULL ? call->purpose : NULL;
}

const char *
voc_ai_review_get_base_url (VocAiReview *review)
{
  Call *call = review_call (review);

  return call != NULL ? call->base_url : NULL;
}

const char *
voc_ai_review_get_model (VocAiReview *review)
{
  Call *call = review_call (review);

  return call != NULL ? call->model : NULL;
}

/**
 * voc_ai_review_get_system:
 * @review: a request under review
 *
 * Returns: the instructions exactly as they will be sent
 */
const char *
voc_ai_review_get_system (VocAiReview *review)
{
  g_return_val_if_fail (review != NULL, NULL);

  return review->system;
}

/**
 * voc_ai_review_get_user:
 * @review: a request under review
 *
 * Returns: the user message exactly as it will be sent (already redacted)
 */
const char *
voc_ai_review_get_user (VocAiReview *review)
{
  g_return_val_if_fail (review != NULL, NULL);

  return review->user;
}

/**
 * voc_ai_review_get_cancellable:
 * @review: a request under review
 *
 * Returns: (transfer none) (nullable): cancelled when the caller gives up on the call, so a
 *   dialog showing the request can close; %NULL once answered
 */
GCancellable *
voc_ai_review_get_cancellable (VocAiReview *review)
{
  Call *call;

  g_return_val_if_fail (review != NULL, NULL);

  if (review->task == NULL)
    return NULL;
  call = g_task_get_task_data (review->task);
  return call->inner;
}

/**
 * voc_ai_review_send:
 * @review: a request under review
 *
 * Sends the request; the caller's cancellable still stops it.
 */
void
voc_ai_review_send (VocAiReview *review)
{
  g_autoptr(GTask) task = NULL;
  Call *call;

  g_return_if_fail (review != NULL);

  if (review->task == NULL)
    return;
  task = g_steal_pointer (&review->task);
  call = g_task_get_task_data (task);
  if (g_cancellable_is_cancelled (call->inner))
    {
      call_fail (task, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                            _("The request was cancelled")));
      return;
    }
  call->started = g_get_monotonic_time ();
  send_attempt (task);
}

/**
 * voc_ai_review_decline:
 * @review: a request under review
 *
 * Sends nothing; the call ends with %G_IO_ERROR_CANCELLED and is recorded as cancelled.
 */
void
voc_ai_review_decline (VocAiReview *review)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (review != NULL);

  if (review->task == NULL)
    return;
  task = g_steal_pointer (&review->task);
  call_fail (task, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                        _("Nothing was sent: the request was declined")));
}

/**
 * voc_ai_client_get_format_mode:
 * @self: the client
 *
 * Returns: how structured output is asked of the current base URL, as learnt so far
 */
VocAiFormatMode
voc_ai_client_get_format_mode (VocAiClient *self)
{
  gpointer mode;

  g_return_val_if_fail (VOC_IS_AI_CLIENT (self), VOC_AI_FORMAT_JSON_SCHEMA);

  mode = self->base_url != NULL ? g_hash_table_lookup (self->format_modes, self->base_url) : NULL;
  return mode != NULL ? (VocAiFormatMode) (GPOINTER_TO_INT (mode) - 1) : VOC_AI_FORMAT_JSON_SCHEMA;
}

/**
 * voc_ai_client_list_models_async:
 * @self: the client
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * Asks `GET {base}/models`: the check behind "Test connection". Not recorded.
 */
void
voc_ai_client_list_models_async (VocAiClient         *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (VOC_IS_AI_CLIENT (self));

  start_call (self, CALL_MODELS, NULL, NULL, NULL, NULL, cancellable, callback, user_data,
              voc_ai_client_list_models_async);
}

/**
 * voc_ai_client_list_models_finish:
 *
 * Returns: (transfer full): the model ids, or %NULL with @error set
 */
GStrv
voc_ai_client_list_models_finish (VocAiClient   *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * voc_ai_client_complete_async:
 * @self: the client
 * @request: the call; with a schema, the answer is a validated JSON object
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the result
 * @user_data: data for @callback
 */
void
voc_ai_client_complete_async (VocAiClient         *self,
                              const VocAiRequest  *request,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_return_if_fail (VOC_IS_AI_CLIENT (self));
  g_return_if_fail (request != NULL && request->purpose != NULL);

  start_call (self, CALL_CHAT, request, NULL, NULL, NULL, cancellable, callback, user_data,
              voc_ai_client_complete_async);
}

/**
 * voc_ai_client_complete_finish:
 * @self: the client
 * @result: the result
 * @run_id: (out) (optional): the `model_run` row, or 0 when nothing was recorded
 * @error: return location for a #VOC_AI_ERROR or %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full): the schema-validated object, or a string node without a schema
 */
JsonNode *
voc_ai_client_complete_finish (VocAiClient   *self,
                               GAsyncResult  *result,
                               gint64        *run_id,
                               GError       **error)
{
  Call *call;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  call = g_task_get_task_data (G_TASK (result));
  if (run_id != NULL)
    *run_id = call->run_id;
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * voc_ai_client_stream_async:
 * @self: the client
 * @request: the call (its schema is ignored: streaming is for free text)
 * @chunk_func: (nullable): called with each piece as it arrives
 * @chunk_data: data for @chunk_func, which must outlive the call
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the whole text
 * @user_data: data for @callback
 */
void
voc_ai_client_stream_async (VocAiClient         *self,
                            const VocAiRequest  *request,
                            VocAiChunkFunc       chunk_func,
                            gpointer             chunk_data,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  VocAiRequest plain;

  g_return_if_fail (VOC_IS_AI_CLIENT (self));
  g_return_if_fail (request != NULL && request->purpose != NULL);

  plain = *request;
  plain.schema = NULL;
  start_call (self, CALL_STREAM, &plain, NULL, chunk_func, chunk_data, cancellable, callback,
              user_data, voc_ai_client_stream_async);
}

/**
 * voc_ai_client_stream_finish:
 *
 * Returns: (transfer full): the whole answer, or %NULL with @error set
 */
char *
voc_ai_client_stream_finish (VocAiClient   *self,
                             GAsyncResult  *result,
                             gint64        *run_id,
                             GError       **error)
{
  Call *call;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  call = g_task_get_task_data (G_TASK (result));
  if (run_id != NULL)
    *run_id = call->run_id;
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * voc_ai_client_embed_async:
 * @self: the client
 * @request: the purpose, model and ids (its messages are ignored)
 * @inputs: the texts to embed
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the result
 * @user_data: data for @callback
 */
void
voc_ai_client_embed_async (VocAiClient         *self,
                           const VocAiRequest  *request,
                           const char * const  *inputs,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  VocAiRequest plain;

  g_return_if_fail (VOC_IS_AI_CLIENT (self));
  g_return_if_fail (request != NULL && request->purpose != NULL);
  g_return_if_fail (inputs != NULL && inputs[0] != NULL);

  plain = *request;
  plain.system = NULL;
  plain.user = NULL;
  plain.schema = NULL;
  start_call (self, CALL_EMBED, &plain, inputs, NULL, NULL, cancellable, callback, user_data,
              voc_ai_client_embed_async);
}

/**
 * voc_ai_client_embed_finish:
 *
 * Returns: (transfer full) (element-type GArray): one array of floats per input, in order
 */
GPtrArray *
voc_ai_client_embed_finish (VocAiClient   *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
