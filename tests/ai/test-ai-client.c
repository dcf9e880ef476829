/* test-ai-client.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The AI client against a loopback SoupServer playing the provider: structured output and
 * its fallbacks, every error the API defines, retries, cancellation, streaming, embeddings,
 * and the model_run/model_io trace each call leaves.
 */

#include "config.h"

#include "ai-test-util.h"
#include "voc-ai-client.h"
#include "voc-ai-json.h"
#include "../voc-soup-leaks.h"

#define API_KEY "sk-test-0123456789abcdef"

static const char schema_text[] =
  "{\"type\":\"object\",\"additionalProperties\":false,"
  "\"required\":[\"tone\",\"must_have\"],"
  "\"properties\":{\"tone\":{\"type\":\"string\",\"enum\":[\"formal\",\"casual\"]},"
  "\"must_have\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}";

typedef struct
{
  Provider     provider;
  VocAiClient *client;
  GArray      *delays;
  GAsyncResult *result;
} Fixture;

static guint
record_delay_cb (guint    requested_ms,
                 gpointer user_data)
{
  Fixture *fixture = user_data;

  g_array_append_val (fixture->delays, requested_ms);
  return 0;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  provider_setup (&fixture->provider, data);
  fixture->delays = g_array_new (FALSE, FALSE, sizeof (guint));
  fixture->client = voc_ai_client_new (NULL);
  voc_ai_client_set_base_url (fixture->client, fixture->provider.base_url);
  voc_ai_client_set_model (fixture->client, "gpt-4o-mini");
  voc_ai_client_set_api_key (fixture->client, API_KEY);
  voc_ai_client_set_database (fixture->client, fixture->provider.tdb.db);
  voc_ai_client_set_delay_func (fixture->client, record_delay_cb, fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->result);
  g_assert_finalize_object (fixture->client);
  g_array_unref (fixture->delays);
  provider_teardown (&fixture->provider, data);
}

static void
on_result_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Fixture *fixture = user_data;

  fixture->result = g_object_ref (result);
}

static void
wait_result (Fixture *fixture)
{
  while (fixture->result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

static JsonNode *
complete (Fixture      *fixture,
          GCancellable *cancellable,
          gint64       *run_id,
          GError      **error)
{
  g_autoptr(JsonNode) schema = voc_ai_json_parse_schema (schema_text);
  VocAiRequest request = {
    .purpose = "job-analysis",
    .system = "Analyse the posting.",
    .user = "We need Rust and Kubernetes.",
    .schema = schema,
    .schema_name = "analysis",
  };

  g_clear_object (&fixture->result);
  voc_ai_client_complete_async (fixture->client, &request, cancellable, on_result_cb, fixture);
  wait_result (fixture);
  return voc_ai_client_complete_finish (fixture->client, fixture->result, run_id, error);
}

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return test_query_int (fixture->provider.tdb.db, sql);
}

/* The one model_run row a call must leave, with its outcome. */
static void
assert_one_run (Fixture    *fixture,
                const char *outcome)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM model_run WHERE outcome = '%s' "
                                          "AND purpose = 'job-analysis'", outcome);

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM model_run"), ==, 1);
  g_assert_cmpint (count (fixture, sql), ==, 1);
  /* Every message belongs to that run, and the key is nowhere. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM model_io WHERE run_id NOT IN "
                                   "(SELECT id FROM model_run)"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM model_io WHERE content LIKE '%"
                                   API_KEY "%'"), ==, 0);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM model_run WHERE error LIKE '%"
                                   API_KEY "%'"), ==, 0);
}

static JsonObject *
request_object (Fixture *fixture,
                guint    i)
{
  return json_node_get_object (g_ptr_array_index (fixture->provider.requests, i));
}

static void
test_structured_success (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *answer = chat_body ("{\"tone\":\"formal\",\"must_have\":[\"Rust\"]}", "stop");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;
  JsonObject *request;
  JsonObject *format;
  gint64 run_id = 0;

  provider_queue (&fixture->provider, 200, answer);
  result = complete (fixture, NULL, &run_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (result), "tone"), ==,
                   "formal");

  /* One request, to /v1/chat/completions, with the key and a strict json_schema format. */
  g_assert_cmpuint (fixture->provider.paths->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->provider.paths, 0), ==, "/v1/chat/completions");
  g_assert_cmpstr (g_ptr_array_index (fixture->provider.auth, 0), ==, "Bearer " API_KEY);
  request = request_object (fixture, 0);
  g_assert_cmpstr (json_object_get_string_member (request, "model"), ==, "gpt-4o-mini");
  format = json_object_get_object_member (request, "response_format");
  g_assert_cmpstr (json_object_get_string_member (format, "type"), ==, "json_schema");
  g_assert_true (json_object_get_boolean_member (
    json_object_get_object_member (format, "json_schema"), "strict"));

  /* The trace: tokens, model, provider, and the three messages. */
  assert_one_run (fixture, "ok");
  g_assert_cmpint (run_id, >, 0);
  g_assert_cmpint (count (fixture, "SELECT tokens_in FROM model_run"), ==, 120);
  g_assert_cmpint (count (fixture, "SELECT tokens_out FROM model_run"), ==, 34);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM model_run WHERE model = 'gpt-4o-mini' "
                                   "AND provider = '127.0.0.1' AND error IS NULL"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM model_io"), ==, 3);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM model_io WHERE seq = 2 AND "
                                   "role = 'assistant' AND content LIKE '%formal%'"), ==, 1);
  g_assert_cmpint (voc_ai_client_get_format_mode (fixture->client), ==,
                   VOC_AI_FORMAT_JSON_SCHEMA);
}

static void
test_schema_fallback (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *answer = chat_body ("{\"tone\":\"casual\",\"must_have\":[]}", "stop");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) first = NULL;
  g_autoptr(JsonNode) second = NULL;
  JsonObject *request;

  provider_queue (&fixture->provider, 400,
                  "{\"error\":{\"message\":\"response_format json_schema is not supported\","
                  "\"type\":\"invalid_request_error\"}}");
  provider_queue (&fixture->provider, 200, answer);
  first = complete (fixture, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);

  /* Asked with json_schema, then with json_object and the schema in the instructions. */
  g_assert_cmpuint (fixture->provider.requests->len, ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
    request_object (fixture, 0), "response_format"), "type"), ==, "json_schema");
  request = request_object (fixture, 1);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
    request, "response_format"), "type"), ==, "json_object");
  g_assert_nonnull (strstr (json_object_get_string_member (json_array_get_object_element (
    json_object_get_array_member (request, "messages"), 0), "content"), "\"must_have\""));
  g_assert_cmpint (voc_ai_client_get_format_mode (fixture->client), ==,
                   VOC_AI_FORMAT_JSON_OBJECT);
  assert_one_run (fixture, "ok");

  /* Remembered: the next call starts with json_object. */
  provider_queue (&fixture->provider, 200, answer);
  second = complete (fixture, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->provider.requests->len, ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
    request_object (fixture, 2), "response_format"), "type"), ==, "json_object");
}

static void
test_prompt_mode_tolerant (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *answer = chat_body ("Here is the analysis:\n```json\n{\"tone\":\"formal\","
                                       "\"must_have\":[\"Go\"]}\n```\nHope it helps!", "stop");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;

  provider_queue (&fixture->provider, 400, "{\"error\":\"unknown field response_format\"}");
  provider_queue (&fixture->provider, 400, "{\"error\":\"unknown field response_format\"}");
  provider_queue (&fixture->provider, 200, answer);
  result = complete (fixture, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (
    json_node_get_object (result), "must_have"), 0), ==, "Go");
  g_assert_false (json_object_has_member (request_object (fixture, 2), "response_format"));
  g_assert_cmpint (voc_ai_client_get_format_mode (fixture->client), ==, VOC_AI_FORMAT_PROMPT);
  g_assert_cmpuint (fixture->delays->len, ==, 0);
  assert_one_run (fixture, "ok");
}

static void
test_unauthorized (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;

  provider_queue (&fixture->provider, 401,
                  "{\"error\":{\"message\":\"Incorrect API key provided: " API_KEY "\","
                  "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}");
  result = complete (fixture, NULL, NULL, &error);
  g_assert_null (result);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_UNAUTHORIZED);
  g_assert_nonnull (strstr (error->message, "enter a valid key"));
  /* The provider echoed the key; the message and the trace do not. */
  g_assert_null (strstr (error->message, API_KEY));
  g_assert_cmpuint (fixture->provider.paths->len, ==, 1);
  assert_one_run (fixture, "error");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM model_run WHERE error LIKE '%401%'"),
                   ==, 1);
}

static void
test_not_found (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;

  provider_queue (&fixture->provider, 404, "404 page not found");
  result = complete (fixture, NULL, NULL, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "404 for /chat/completions"));
  g_assert_nonnull (strstr (error->message, "needs /v1"));
  g_assert_cmpuint (fixture->provider.paths->len, ==, 1);
  assert_one_run (fixture, "error");
}

static void
test_rate_limited_retry_after (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *answer = chat_body ("{\"tone\":\"formal\",\"must_have\":[]}", "stop");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_seconds (now, 5);
  g_autofree char *date = soup_date_time_to_string (later, SOUP_DATE_HTTP);

  provider_queue_retry_after (&fixture->provider, 429, "2",
                              "{\"error\":{\"message\":\"Rate limit reached\","
                              "\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}");
  provider_queue_retry_after (&fixture->provider, 429, date, NULL);
  provider_queue (&fixture->provider, 200, answer);
  result = complete (fixture, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);

  /* Waited as told: 2 seconds, then until the date (about 5 seconds from when it was sent). */
  g_assert_cmpuint (fixture->provider.paths->len, ==, 3);
  g_assert_cmpuint (fixture->delays->len, ==, 2);
  g_assert_cmpuint (g_array_index (fixture->delays, guint, 0), ==, 2000);
  g_assert_cmpuint (g_array_index (fixture->delays, guint, 1), >=, 3000);
  g_assert_cmpuint (g_array_index (fixture->delays, guint, 1), <=, 5000);
  assert_one_run (fixture, "ok");
}

static void
test_quota (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;

  provider_queue_retry_after (&fixture->provider, 429, "1",
                              "{\"error\":{\"message\":\"You exceeded your current quota\","
                              "\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}");
  result = complete (fixture, NULL, NULL, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_QUOTA);
  g_assert_nonnull (strstr (error->message, "no quota left"));
  g_assert_cmpuint (fixture->provider.paths->len, ==, 1);
  g_assert_cmpuint (fixture->delays->len, ==, 0);
  assert_one_run (fixture, "error");
}

static void
test_server_error_then_success (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *answer = chat_body ("{\"tone\":\"formal\",\"must_have\":[]}", "stop");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;
  guint delay;

  provider_queue (&fixture->provider, 500, "{\"error\":{\"message\":\"overloaded\"}}");
  provider_queue (&fixture->provider, 200, answer);
  result = complete (fixture, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_cmpuint (fixture->delays->len, ==, 1);
  /* The first backoff: 500 ms plus up to half of it as jitter. */
  delay = g_array_index (fixture->delays, guint, 0);
  g_assert_cmpuint (delay, >=, 500);
  g_assert_cmpuint (delay, <=, 750);
  assert_one_run (fixture, "ok");
}

static void
test_server_error_gives_up (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;

  for (guint i = 0; i <= VOC_AI_CLIENT_MAX_RETRIES; i++)
    provider_queue (&fixture->provider, 503, NULL);
  result = complete (fixture, NULL, NULL, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_SERVER);
  g_assert_cmpuint (fixture->provider.paths->len, ==, VOC_AI_CLIENT_MAX_RETRIES + 1);
  /* Exponential: each wait at least the double of the base of the one before. */
  g_assert_cmpuint (fixture->delays->len, ==, VOC_AI_CLIENT_MAX_RETRIES);
  for (guint i = 0; i < fixture->delays->len; i++)
    g_assert_cmpuint (g_array_index (fixture->delays, guint, i), >=, 500u << i);
  assert_one_run (fixture, "error");
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;

  provider_queue_hang (&fixture->provider);
  g_timeout_add (100, cancel_cb, cancellable);
  result = complete (fixture, cancellable, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_one_run (fixture, "cancelled");
}

static void
test_timeout (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;

  voc_ai_client_set_timeout (fixture->client, 1);
  provider_queue_hang (&fixture->provider);
  result = complete (fixture, NULL, NULL, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_TIMEOUT);
  g_assert_nonnull (strstr (error->message, "within 1 seconds"));
  assert_one_run (fixture, "error");
}

static void
test_truncated (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *answer = chat_body ("{\"tone\":\"formal\",\"must_ha", "length");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;

  provider_queue (&fixture->provider, 200, answer);
  result = complete (fixture, NULL, NULL, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_TRUNCATED);
  assert_one_run (fixture, "truncated");
  g_assert_cmpint (count (fixture, "SELECT tokens_out FROM model_run"), ==, 34);
}

static void
test_refusal (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;

  provider_queue (&fixture->provider, 200,
                  "{\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"message\":"
                  "{\"role\":\"assistant\",\"content\":null,\"refusal\":\"I can't help with "
                  "that.\"}}],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5}}");
  result = complete (fixture, NULL, NULL, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "can't help"));
  assert_one_run (fixture, "refused");
}

static void
test_malformed (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *prose = chat_body ("Sure! The tone is formal and they want Rust.", "stop");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;

  provider_queue (&fixture->provider, 200, prose);
  result = complete (fixture, NULL, NULL, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_MALFORMED);
  g_assert_nonnull (strstr (error->message, "not valid JSON"));
  assert_one_run (fixture, "error");

  /* A body that is not the API's JSON at all. */
  g_clear_error (&error);
  provider_queue (&fixture->provider, 200, "<html>proxy login</html>");
  result = complete (fixture, NULL, NULL, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_MALFORMED);
}

static void
test_invalid_output (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *answer = chat_body ("{\"tone\":\"angry\",\"must_have\":[\"Rust\"]}", "stop");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;

  provider_queue (&fixture->provider, 200, answer);
  result = complete (fixture, NULL, NULL, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_INVALID_OUTPUT);
  g_assert_nonnull (strstr (error->message, "$.tone"));
  assert_one_run (fixture, "error");
}

static void
test_not_configured (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;

  voc_ai_client_set_base_url (fixture->client, "localhost:11434");
  result = complete (fixture, NULL, NULL, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_NOT_CONFIGURED);
  g_assert_cmpuint (fixture->provider.paths->len, ==, 0);
}

static void
on_chunk_cb (const char *text,
             gpointer    user_data)
{
  g_string_append_printf (user_data, "[%s]", text);
}

static void
test_stream (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GString) chunks = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  VocAiRequest request = {
    .purpose = "job-analysis",
    .system = "Write a cover letter.",
    .user = "The posting.",
  };

  provider_queue_stream (&fixture->provider,
                         ": keep-alive\n\n"
                         "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"}}]}\n\n"
                         "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Dear \"}}]}\n\n"
                         "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Ada,\"}}]}\n\n"
                         "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
                         "\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":3}}\n\n"
                         "data: [DONE]\n\n");
  voc_ai_client_stream_async (fixture->client, &request, on_chunk_cb, chunks, NULL,
                              on_result_cb, fixture);
  wait_result (fixture);
  text = voc_ai_client_stream_finish (fixture->client, fixture->result, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Dear Ada,");
  g_assert_cmpstr (chunks->str, ==, "[Dear ][Ada,]");
  g_assert_true (json_object_get_boolean_member (request_object (fixture, 0), "stream"));
  assert_one_run (fixture, "ok");
  g_assert_cmpint (count (fixture, "SELECT tokens_out FROM model_run"), ==, 3);

  /* Cut off mid-way. */
  g_clear_object (&fixture->result);
  g_clear_pointer (&text, g_free);
  provider_queue_stream (&fixture->provider,
                         "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Dear\"},"
                         "\"finish_reason\":\"length\"}]}\n\ndata: [DONE]\n\n");
  voc_ai_client_stream_async (fixture->client, &request, NULL, NULL, NULL, on_result_cb, fixture);
  wait_result (fixture);
  text = voc_ai_client_stream_finish (fixture->client, fixture->result, NULL, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_TRUNCATED);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM model_run WHERE outcome = 'truncated'"),
                   ==, 1);

  /* An error status before the stream starts is handled like any other. */
  g_clear_error (&error);
  g_clear_object (&fixture->result);
  provider_queue (&fixture->provider, 401, "{\"error\":{\"message\":\"bad key\"}}");
  voc_ai_client_stream_async (fixture->client, &request, NULL, NULL, NULL, on_result_cb, fixture);
  wait_result (fixture);
  text = voc_ai_client_stream_finish (fixture->client, fixture->result, NULL, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_UNAUTHORIZED);
}

static void
test_embed (Fixture       *fixture,
            gconstpointer  data)
{
  const char *inputs[] = { "Rust", "Go", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) vectors = NULL;
  VocAiRequest request = { .purpose = "embedding", .model = "text-embedding-3-small" };
  GArray *second;

  provider_queue (&fixture->provider, 200,
                  "{\"data\":[{\"index\":0,\"embedding\":[0.5,-1]},"
                  "{\"index\":1,\"embedding\":[0.25,2]}],\"usage\":{\"prompt_tokens\":2}}");
  voc_ai_client_embed_async (fixture->client, &request, inputs, NULL, on_result_cb, fixture);
  wait_result (fixture);
  vectors = voc_ai_client_embed_finish (fixture->client, fixture->result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vectors->len, ==, 2);
  second = g_ptr_array_index (vectors, 1);
  g_assert_cmpuint (second->len, ==, 2);
  g_assert_cmpfloat (g_array_index (second, float, 1), ==, 2.0f);
  g_assert_cmpstr (g_ptr_array_index (fixture->provider.paths, 0), ==, "/v1/embeddings");
  g_assert_cmpstr (json_object_get_string_member (request_object (fixture, 0), "model"), ==,
                   "text-embedding-3-small");
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM model_run WHERE purpose = 'embedding' "
                                   "AND tokens_in = 2 AND model = 'text-embedding-3-small'"), ==, 1);
}

static void
test_models (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) models = NULL;

  provider_queue (&fixture->provider, 200,
                  "{\"object\":\"list\",\"data\":[{\"id\":\"llama3.2\",\"object\":\"model\"},"
                  "{\"id\":\"qwen2.5:7b\",\"object\":\"model\"}]}");
  voc_ai_client_list_models_async (fixture->client, NULL, on_result_cb, fixture);
  wait_result (fixture);
  models = voc_ai_client_list_models_finish (fixture->client, fixture->result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (models), ==, 2);
  g_assert_cmpstr (models[1], ==, "qwen2.5:7b");
  g_assert_cmpstr (g_ptr_array_index (fixture->provider.paths, 0), ==, "/v1/models");

  /* A base URL without /v1 hits a 404 with the hint. */
  g_clear_object (&fixture->result);
  g_clear_pointer (&models, g_strfreev);
  provider_queue (&fixture->provider, 404, NULL);
  voc_ai_client_list_models_async (fixture->client, NULL, on_result_cb, fixture);
  wait_result (fixture);
  models = voc_ai_client_list_models_finish (fixture->client, fixture->result, &error);
  g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/models: the base URL probably needs /v1"));
  /* Probing is not a model call. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM model_run"), ==, 0);
}

static void
test_json_extract (void)
{
  const char *good[] = {
    "{\"a\":1}",
    "  {\"a\":1}\n",
    "```json\n{\"a\":1}\n```",
    "Sure, here it is: {\"a\":1} — anything else?",
    "Note {braces} first, then {\"a\":1}",
    "{\"a\":1,\"s\":\"} not the end {\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = voc_ai_json_extract (good[i], &error);

      g_assert_no_error (error);
      g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "a"), ==, 1);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) node = voc_ai_json_extract ("no json {here", &error);

    g_assert_null (node);
    g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_MALFORMED);
  }
}

static void
test_json_schema (void)
{
  g_autoptr(JsonNode) schema = voc_ai_json_parse_schema (schema_text);
  struct { const char *json; const char *path; } cases[] = {
    { "{\"tone\":\"formal\",\"must_have\":[\"a\",\"b\"]}", NULL },
    { "{\"tone\":\"formal\"}", "has no “must_have”" },
    { "{\"tone\":3,\"must_have\":[]}", "$.tone should be string" },
    { "{\"tone\":\"formal\",\"must_have\":[\"a\",2]}", "$.must_have[1] should be string" },
    { "{\"tone\":\"formal\",\"must_have\":[],\"extra\":1}", "$.extra is not expected" },
    { "{\"tone\":\"rude\",\"must_have\":[]}", "not one of the allowed values" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) value = voc_ai_json_extract (cases[i].json, NULL);
      gboolean ok = voc_ai_json_schema_validate (schema, value, &error);

      if (cases[i].path == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, VOC_AI_ERROR, VOC_AI_ERROR_INVALID_OUTPUT);
          g_assert_nonnull (strstr (error->message, cases[i].path));
        }
    }
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ai/json/extract", test_json_extract);
  g_test_add_func ("/ai/json/schema", test_json_schema);
  ADD ("/ai/client/structured-success", test_structured_success);
  ADD ("/ai/client/schema-fallback", test_schema_fallback);
  ADD ("/ai/client/prompt-mode-tolerant", test_prompt_mode_tolerant);
  ADD ("/ai/client/unauthorized", test_unauthorized);
  ADD ("/ai/client/not-found", test_not_found);
  ADD ("/ai/client/rate-limited-retry-after", test_rate_limited_retry_after);
  ADD ("/ai/client/quota", test_quota);
  ADD ("/ai/client/server-error-then-success", test_server_error_then_success);
  ADD ("/ai/client/server-error-gives-up", test_server_error_gives_up);
  ADD ("/ai/client/cancelled", test_cancelled);
  ADD ("/ai/client/timeout", test_timeout);
  ADD ("/ai/client/truncated", test_truncated);
  ADD ("/ai/client/refusal", test_refusal);
  ADD ("/ai/client/malformed", test_malformed);
  ADD ("/ai/client/invalid-output", test_invalid_output);
  ADD ("/ai/client/not-configured", test_not_configured);
  ADD ("/ai/client/stream", test_stream);
  ADD ("/ai/client/embed", test_embed);
  ADD ("/ai/client/models", test_models);

  return g_test_run ();
}
