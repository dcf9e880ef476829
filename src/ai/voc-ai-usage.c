/* voc-ai-usage.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-ai"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "voc-ai-usage.h"

/*
 * Tokens and estimated cost per month or per application. Prices come from a small table in
 * the resources (data/prices.json), per million tokens; a model that is not in it (a local
 * model, a new release) makes the cost of its group unknown rather than zero.
 */

#define PRICES_PATH "/io/github/vocationapp/Vocation/ai/data/prices.json"

static JsonObject *
prices (void)
{
  static JsonObject *models;

  if (g_once_init_enter (&models))
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (PRICES_PATH, 0, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *table;

      g_assert (bytes != NULL);
      g_assert (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                            g_bytes_get_size (bytes), NULL));
      table = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                             "models");
      g_once_init_leave (&models, json_object_ref (table));
    }
  return models;
}

/**
 * voc_ai_price_lookup:
 * @model: a model name as the provider reports it
 * @input_per_mtok: (out): US dollars per million prompt tokens
 * @output_per_mtok: (out): US dollars per million completion tokens
 *
 * Looks the model up by name, else by the longest priced name it starts with followed by
 * "-" (dated snapshots such as "gpt-4o-mini-2024-07-18").
 *
 * Returns: whether the model has a price
 */
gboolean
voc_ai_price_lookup (const char *model,
                     double     *input_per_mtok,
                     double     *output_per_mtok)
{
  JsonObject *table = prices ();
  g_autoptr(GList) names = NULL;
  const char *best = NULL;
  JsonObject *price;

  if (model == NULL || *model == '\0')
    return FALSE;

  if (json_object_has_member (table, model))
    best = model;
  else
    {
      names = json_object_get_members (table);
      for (GList *l = names; l != NULL; l = l->next)
        {
          const char *name = l->data;
          gsize len = strlen (name);

          if (g_str_has_prefix (model, name) && model[len] == '-' &&
              (best == NULL || len > strlen (best)))
            best = name;
        }
    }
  if (best == NULL)
    return FALSE;

  price = json_object_get_object_member (table, best);
  *input_per_mtok = json_object_get_double_member (price, "input");
  *output_per_mtok = json_object_get_double_member (price, "output");
  return TRUE;
}

void
voc_ai_usage_free (VocAiUsage *usage)
{
  if (usage == NULL)
    return;
  g_free (usage->key);
  g_free (usage);
}

/**
 * voc_ai_usage_query:
 * @db: the database
 * @group: per month or per application
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Returns: (transfer full) (element-type VocAiUsage): one entry per group, in the order of
 *   voc_model_runs_usage(), or %NULL on error
 */
GPtrArray *
voc_ai_usage_query (VocDatabase         *db,
                    VocModelUsageGroup   group,
                    GError             **error)
{
  g_autoptr(GPtrArray) rows = voc_model_runs_usage (db, group, error);
  g_autoptr(GPtrArray) usages = NULL;
  VocAiUsage *current = NULL;

  if (rows == NULL)
    return NULL;

  usages = g_ptr_array_new_with_free_func ((GDestroyNotify) voc_ai_usage_free);
  for (guint i = 0; i < rows->len; i++)
    {
      VocModelUsageRow *row = g_ptr_array_index (rows, i);
      double in_price, out_price;

      if (current == NULL || g_strcmp0 (current->key, row->key) != 0)
        {
          current = g_new0 (VocAiUsage, 1);
          current->key = g_strdup (row->key);
          current->cost_known = TRUE;
          g_ptr_array_add (usages, current);
        }
      current->runs += row->runs;
      current->tokens_in += row->tokens_in;
      current->tokens_out += row->tokens_out;
      if (voc_ai_price_lookup (row->model, &in_price, &out_price))
        current->cost_usd += (row->tokens_in * in_price + row->tokens_out * out_price) / 1e6;
      else if (row->tokens_in > 0 || row->tokens_out > 0)
        current->cost_known = FALSE;
    }

  return g_steal_pointer (&usages);
}
