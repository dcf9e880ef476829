/* voc-ai-job-analysis.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-ai"

#include "config.h"

#include "voc-ai-job-analysis.h"
#include "voc-ai-json.h"
#include "voc-model-runs.h"

/*
 * The AI analysis of a job posting: core priorities, must-have and nice-to-have capabilities,
 * clusters of capabilities with the skills in each, and tone, as schema-validated JSON shown
 * beside the local analysis. The posting goes to the model redacted and fenced off as
 * untrusted data; the answer is cached by the SHA-256 of the posting text and the model, so
 * the same text is analysed once. Nothing is cached unless the answer is valid.
 */

static const char schema_text[] =
  "{\"type\":\"object\",\"additionalProperties\":false,"
  "\"required\":[\"core_priorities\",\"must_have\",\"nice_to_have\",\"clusters\",\"tone\"],"
  "\"properties\":{"
  "\"core_priorities\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
  "\"must_have\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
  "\"nice_to_have\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
  "\"clusters\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,"
  "\"required\":[\"name\",\"skills\"],\"properties\":{\"name\":{\"type\":\"string\"},"
  "\"skills\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}}},"
  "\"tone\":{\"type\":\"string\",\"enum\":[\"formal\",\"neutral\",\"casual\",\"technical\","
  "\"enthusiastic\"]}}}";

static const char instructions[] =
  "You analyse job postings for a job seeker. List the employer's core priorities (at most "
  "five, most important first), the must-have and the nice-to-have capabilities as short "
  "noun phrases, group the capabilities into clusters with the concrete skills or tools the "
  "posting names in each, and classify the posting's tone. Use only what the posting says; "
  "do not guess. Keep placeholders such as {{CONTACT_1}} exactly as written.";

typedef struct
{
  VocDatabase   *db;
  VocAiRedactor *redactor;
  char          *sha256;
  char          *model;
} Analysis;

static void
analysis_free (Analysis *analysis)
{
  g_clear_object (&analysis->db);
  g_clear_object (&analysis->redactor);
  g_free (analysis->sha256);
  g_free (analysis->model);
  g_free (analysis);
}

/**
 * voc_ai_job_analysis_get_schema:
 *
 * Returns: (transfer full): the JSON schema of an analysis
 */
JsonNode *
voc_ai_job_analysis_get_schema (void)
{
  return voc_ai_json_parse_schema (schema_text);
}

static void
on_complete_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Analysis *analysis = g_task_get_task_data (task);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 run_id = 0;

  node = voc_ai_client_complete_finish (VOC_AI_CLIENT (source), result, &run_id, &error);
  if (node == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (analysis->redactor != NULL)
    voc_ai_redactor_restore_json (analysis->redactor, node);

  if (analysis->db != NULL)
    {
      text = json_to_string (node, FALSE);
      if (!voc_model_runs_store_analysis (analysis->db, analysis->sha256, analysis->model, text,
                                          run_id, &error))
        g_warning ("%s", error->message);  /* the analysis is still good for this time */
    }
  /* Frees the Analysis; the data now says "not from the cache". */
  g_task_set_task_data (task, GINT_TO_POINTER (FALSE), NULL);
  g_task_return_pointer (task, g_steal_pointer (&node), (GDestroyNotify) json_node_unref);
}

/**
 * voc_ai_job_analysis_async:
 * @client: the AI client (its database holds the cache)
 * @redactor: (nullable): replaces other people's details before sending
 * @posting_text: the posting
 * @posting_id: the posting's id for the trace, or 0
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the analysis
 * @user_data: data for @callback
 *
 * Analyses a posting, or answers from the cache when the same text was analysed before by
 * the same model.
 */
void
voc_ai_job_analysis_async (VocAiClient         *client,
                           VocAiRedactor       *redactor,
                           const char          *posting_text,
                           gint64               posting_id,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonNode) schema = NULL;
  g_autofree char *redacted = NULL;
  g_autofree char *system = NULL;
  g_autofree char *user = NULL;
  Analysis *analysis;

  g_return_if_fail (VOC_IS_AI_CLIENT (client));
  g_return_if_fail (redactor == NULL || VOC_IS_AI_REDACTOR (redactor));
  g_return_if_fail (posting_text != NULL);

  /* Not the client as source object: the result is not the client's. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_ai_job_analysis_async);
  analysis = g_new0 (Analysis, 1);
  analysis->db = voc_ai_client_get_database (client) != NULL
                 ? g_object_ref (voc_ai_client_get_database (client)) : NULL;
  analysis->redactor = redactor != NULL ? g_object_ref (redactor) : NULL;
  analysis->sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, posting_text, -1);
  analysis->model = g_strdup (voc_ai_client_get_model (client));
  g_task_set_task_data (task, analysis, (GDestroyNotify) analysis_free);

  if (analysis->db != NULL && analysis->model != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *cached = voc_model_runs_lookup_analysis (analysis->db, analysis->sha256,
                                                                analysis->model, &error);

      if (cached != NULL)
        {
          g_autoptr(JsonParser) parser = json_parser_new ();

          if (json_parser_load_from_data (parser, cached, -1, NULL))
            {
              g_task_set_task_data (task, GINT_TO_POINTER (TRUE), NULL);
              g_task_return_pointer (task, json_node_copy (json_parser_get_root (parser)),
                                     (GDestroyNotify) json_node_unref);
              return;
            }
        }
      else if (error != NULL)
        g_warning ("%s", error->message);
    }

  redacted = redactor != NULL ? voc_ai_redactor_redact (redactor, posting_text)
                              : g_strdup (posting_text);
  voc_ai_prompt_build_untrusted (instructions, "POSTING", redacted, NULL, &system, &user);
  schema = voc_ai_job_analysis_get_schema ();
  voc_ai_client_complete_async (client, &(VocAiRequest) {
      .purpose = VOC_AI_PURPOSE_JOB_ANALYSIS,
      .system = system,
      .user = user,
      .schema = schema,
      .schema_name = "job_analysis",
      .posting_id = posting_id,
    }, cancellable, on_complete_cb, g_steal_pointer (&task));
}

/**
 * voc_ai_job_analysis_finish:
 * @result: the result
 * @from_cache: (out) (optional): whether the analysis came from the cache
 * @error: return location for a #VOC_AI_ERROR or %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full): the analysis, valid against voc_ai_job_analysis_get_schema()
 */
JsonNode *
voc_ai_job_analysis_finish (GAsyncResult  *result,
                            gboolean      *from_cache,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  if (from_cache != NULL)
    *from_cache = g_task_get_task_data (G_TASK (result)) == GINT_TO_POINTER (TRUE);
  return g_task_propagate_pointer (G_TASK (result), error);
}
