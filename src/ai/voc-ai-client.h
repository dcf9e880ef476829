/* voc-ai-client.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "voc-database.h"

G_BEGIN_DECLS

#define VOC_AI_ERROR (voc_ai_error_quark ())

/**
 * VocAiError:
 * @VOC_AI_ERROR_NOT_CONFIGURED: no base URL or model is set
 * @VOC_AI_ERROR_NETWORK: the server could not be reached
 * @VOC_AI_ERROR_TIMEOUT: the server did not answer in time
 * @VOC_AI_ERROR_UNAUTHORIZED: the API key is missing or refused (401, 403)
 * @VOC_AI_ERROR_NOT_FOUND: the path or the model does not exist (404)
 * @VOC_AI_ERROR_QUOTA: the account has no quota left (429 insufficient_quota)
 * @VOC_AI_ERROR_RATE_LIMITED: still rate limited after every retry (429)
 * @VOC_AI_ERROR_SERVER: the server failed, still after every retry (5xx)
 * @VOC_AI_ERROR_BAD_REQUEST: the server refused the request (400 and others)
 * @VOC_AI_ERROR_TRUNCATED: the answer was cut off (finish_reason "length")
 * @VOC_AI_ERROR_REFUSED: the model refused to answer
 * @VOC_AI_ERROR_MALFORMED: the answer is not the JSON it should be
 * @VOC_AI_ERROR_INVALID_OUTPUT: the answer is JSON but does not match the schema
 *
 * Cancellation is reported as %G_IO_ERROR_CANCELLED.
 */
typedef enum
{
  VOC_AI_ERROR_NOT_CONFIGURED,
  VOC_AI_ERROR_NETWORK,
  VOC_AI_ERROR_TIMEOUT,
  VOC_AI_ERROR_UNAUTHORIZED,
  VOC_AI_ERROR_NOT_FOUND,
  VOC_AI_ERROR_QUOTA,
  VOC_AI_ERROR_RATE_LIMITED,
  VOC_AI_ERROR_SERVER,
  VOC_AI_ERROR_BAD_REQUEST,
  VOC_AI_ERROR_TRUNCATED,
  VOC_AI_ERROR_REFUSED,
  VOC_AI_ERROR_MALFORMED,
  VOC_AI_ERROR_INVALID_OUTPUT,
} VocAiError;

/**
 * VocAiFormatMode:
 * @VOC_AI_FORMAT_JSON_SCHEMA: `response_format` of type `json_schema` (strict)
 * @VOC_AI_FORMAT_JSON_OBJECT: `response_format` of type `json_object`, schema in the prompt
 * @VOC_AI_FORMAT_PROMPT: no `response_format`; the prompt asks for JSON, parsed tolerantly
 *
 * How structured output is asked for, tried in this order until a server accepts one.
 */
typedef enum
{
  VOC_AI_FORMAT_JSON_SCHEMA,
  VOC_AI_FORMAT_JSON_OBJECT,
  VOC_AI_FORMAT_PROMPT,
} VocAiFormatMode;

/* What each kind of request is called in `model_run.purpose` and in the review dialog
 * (VOC_AI_PURPOSE_JOB_ANALYSIS is in voc-ai-job-analysis.h). */
#define VOC_AI_PURPOSE_BULLET_REWRITE "bullet-rewrite"
#define VOC_AI_PURPOSE_COVER_LETTER   "cover-letter"
#define VOC_AI_PURPOSE_CRITIC         "critic"
#define VOC_AI_PURPOSE_OUTREACH       "outreach"

/**
 * VocAiRequest:
 * @purpose: what the call is for, recorded in `model_run` ("job-analysis", …)
 * @model: (nullable): a model other than the client's
 * @system: the instructions
 * @user: the user message (already redacted, see #VocAiRedactor)
 * @schema: (nullable): the JSON schema the answer must match
 * @schema_name: (nullable): its name, for `response_format`
 * @application_id: the application the call is for, or 0
 * @posting_id: the posting the call is for, or 0
 * @max_tokens: the most tokens to generate, or 0 for the server's default
 *
 * One call. The client copies what it needs; the request may be freed after the call starts.
 */
typedef struct
{
  const char *purpose;
  const char *model;
  const char *system;
  const char *user;
  JsonNode   *schema;
  const char *schema_name;
  gint64      application_id;
  gint64      posting_id;
  guint       max_tokens;
} VocAiRequest;

/**
 * VocAiDelayFunc:
 * @requested_ms: how long the client means to wait before retrying
 * @user_data: the data given to voc_ai_client_set_delay_func()
 *
 * Returns: how long to actually wait, in milliseconds. Tests record the request and answer 0.
 */
typedef guint (*VocAiDelayFunc) (guint    requested_ms,
                                 gpointer user_data);

/**
 * VocAiChunkFunc:
 * @text: the next piece of the answer
 * @user_data: the data given with the call
 *
 * Called on the main context for every piece of a streamed answer, in order.
 */
typedef void (*VocAiChunkFunc) (const char *text,
                                gpointer    user_data);

/**
 * VocAiReview:
 *
 * A chat request held back until the user has seen exactly what it will send: the messages
 * after redaction and, when the schema travels in the prompt, with it. Answer it once with
 * voc_ai_review_send() or voc_ai_review_decline().
 */
typedef struct _VocAiReview VocAiReview;

/**
 * VocAiReviewFunc:
 * @review: (transfer full): the request waiting for an answer
 * @user_data: the data given to voc_ai_client_set_review_func()
 *
 * Called on the main context before a chat or streamed call is sent.
 */
typedef void (*VocAiReviewFunc) (VocAiReview *review,
                                 gpointer     user_data);

/* Retries after the first attempt, for 429 and 5xx. */
#define VOC_AI_CLIENT_MAX_RETRIES      3
#define VOC_AI_CLIENT_DEFAULT_TIMEOUT  120

#define VOC_TYPE_AI_CLIENT (voc_ai_client_get_type ())
G_DECLARE_FINAL_TYPE (VocAiClient, voc_ai_client, VOC, AI_CLIENT, GObject)

GQuark           voc_ai_error_quark               (void);

VocAiClient     *voc_ai_client_new                (SoupSession          *session);

const char      *voc_ai_client_get_base_url       (VocAiClient          *self);
void             voc_ai_client_set_base_url       (VocAiClient          *self,
                                                   const char           *base_url);
const char      *voc_ai_client_get_model          (VocAiClient          *self);
void             voc_ai_client_set_model          (VocAiClient          *self,
                                                   const char           *model);
void             voc_ai_client_set_api_key        (VocAiClient          *self,
                                                   const char           *api_key);
guint            voc_ai_client_get_timeout        (VocAiClient          *self);
void             voc_ai_client_set_timeout        (VocAiClient          *self,
                                                   guint                 timeout);
VocDatabase     *voc_ai_client_get_database       (VocAiClient          *self);
void             voc_ai_client_set_database       (VocAiClient          *self,
                                                   VocDatabase          *database);
void             voc_ai_client_set_delay_func     (VocAiClient          *self,
                                                   VocAiDelayFunc        func,
                                                   gpointer              user_data);
VocAiFormatMode  voc_ai_client_get_format_mode    (VocAiClient          *self);
void             voc_ai_client_set_review_func    (VocAiClient          *self,
                                                   VocAiReviewFunc       func,
                                                   gpointer              user_data,
                                                   GDestroyNotify        destroy);

void             voc_ai_client_list_models_async  (VocAiClient          *self,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
GStrv            voc_ai_client_list_models_finish (VocAiClient          *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);

void             voc_ai_client_complete_async     (VocAiClient          *self,
                                                   const VocAiRequest   *request,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
JsonNode        *voc_ai_client_complete_finish    (VocAiClient          *self,
                                                   GAsyncResult         *result,
                                                   gint64               *run_id,
                                                   GError              **error);

void             voc_ai_client_stream_async       (VocAiClient          *self,
                                                   const VocAiRequest   *request,
                                                   VocAiChunkFunc        chunk_func,
                                                   gpointer              chunk_data,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
char            *voc_ai_client_stream_finish      (VocAiClient          *self,
                                                   GAsyncResult         *result,
                                                   gint64               *run_id,
                                                   GError              **error);

void             voc_ai_client_embed_async        (VocAiClient          *self,
                                                   const VocAiRequest   *request,
                                                   const char * const   *inputs,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
GPtrArray       *voc_ai_client_embed_finish       (VocAiClient          *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);

VocAiReview     *voc_ai_review_ref                (VocAiReview          *review);
void             voc_ai_review_unref              (VocAiReview          *review);
const char      *voc_ai_review_get_purpose        (VocAiReview          *review);
const char      *voc_ai_review_get_base_url       (VocAiReview          *review);
const char      *voc_ai_review_get_model          (VocAiReview          *review);
const char      *voc_ai_review_get_system         (VocAiReview          *review);
const char      *voc_ai_review_get_user           (VocAiReview          *review);
GCancellable    *voc_ai_review_get_cancellable    (VocAiReview          *review);
void             voc_ai_review_send               (VocAiReview          *review);
void             voc_ai_review_decline            (VocAiReview          *review);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocAiReview, voc_ai_review_unref)

G_END_DECLS
