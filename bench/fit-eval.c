/* fit-eval.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The fit evaluation harness (issue 5): how well the fit engine ranks jobs for a person,
 * against a plain keyword-overlap baseline, on a labelled set:
 *
 *   {"resume": <JSON Resume>,
 *    "jobs": [{"id", "title", "company", "location", "description", …}],
 *    "best": [ids], "worst": [ids]}
 *
 * The resume is imported into a temporary database with the JSON Resume importer, each job
 * with the job importer (its text made of the title, a "Company:" and a "Location:" line and
 * the description, as a pasted posting), and every posting is scored by the fit store. The
 * engine ranks the jobs by score; the baseline by the share of a posting's keywords (words of
 * three letters or more that are not stop words, in its title and description) that appear
 * anywhere in the resume. Ties keep the order of the file. For each ranking:
 *
 *   NDCG@10         of the best set (binary relevance; 1 is every best job on top)
 *   recall@10, @50  share of the best set in the first 10 and 50
 *   worst in top 10 how many worst jobs reach the first 10
 *
 *   fit-eval [--json] [--today YYYY-MM] LABELLED.json
 *
 * Exit status 0 when the set was evaluated, 1 when it could not be read (the message names
 * the file and the field).
 */

#define G_LOG_DOMAIN "fit-eval"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "voc-bm25.h"
#include "voc-extract.h"
#include "voc-fit-ats.h"
#include "voc-fit-store.h"
#include "voc-job-importer.h"
#include "voc-json-resume.h"

typedef struct
{
  char   *id;
  gint64  posting_id;
  double  engine;
  double  baseline;
  guint   order;
} Job;

typedef struct
{
  double ndcg10;
  double recall10;
  double recall50;
  guint  worst_top10;
} Metrics;

static void
job_clear (Job *job)
{
  g_free (job->id);
}

static void
rm_rf (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        rm_rf (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static char *
id_of (JsonNode *node)
{
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node))
    {
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return g_strdup (json_node_get_string (node));
      if (json_node_get_value_type (node) == G_TYPE_INT64)
        return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    }
  return NULL;
}

static GHashTable *
id_set (JsonObject  *root,
        const char  *member,
        const char  *path,
        GError     **error)
{
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonNode *node = json_object_get_member (root, member);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: “%s” must be a list of job ids", path, member);
      return NULL;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      char *id = id_of (json_array_get_element (array, i));

      if (id == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s: %s[%u] is not a job id", path, member, i);
          return NULL;
        }
      g_hash_table_add (set, id);
    }

  return g_steal_pointer (&set);
}

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* The posting as it would be pasted. */
static char *
job_text (JsonObject *job)
{
  GString *text = g_string_new (NULL);
  const char *company = string_member (job, "company");
  const char *location = string_member (job, "location");
  const char *salary = string_member (job, "salary");

  g_string_append_printf (text, "# %s\n\n", string_member (job, "title"));
  if (company != NULL)
    g_string_append_printf (text, "Company: %s\n", company);
  if (location != NULL)
    g_string_append_printf (text, "Location: %s\n", location);
  if (salary != NULL)
    g_string_append_printf (text, "Salary: %s\n", salary);
  g_string_append_printf (text, "\n%s\n", string_member (job, "description"));

  return g_string_free (text, FALSE);
}

/* Words of three letters or more that are not stop words. */
static GHashTable *
keywords (const char *text)
{
  g_autoptr(GPtrArray) words = voc_bm25_tokenize (text, TRUE);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < words->len; i++)
    if (g_utf8_strlen (g_ptr_array_index (words, i), -1) >= 3)
      g_hash_table_add (set, g_strdup (g_ptr_array_index (words, i)));

  return set;
}

static double
overlap (GHashTable *posting,
         GHashTable *resume)
{
  GHashTableIter iter;
  gpointer word;
  guint common = 0;

  if (g_hash_table_size (posting) == 0)
    return 0;

  g_hash_table_iter_init (&iter, posting);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    common += g_hash_table_contains (resume, word);

  return (double) common / g_hash_table_size (posting);
}

static gboolean use_engine;

static int
compare_jobs (gconstpointer a,
              gconstpointer b)
{
  const Job *ja = *(const Job **) a, *jb = *(const Job **) b;
  double sa = use_engine ? ja->engine : ja->baseline;
  double sb = use_engine ? jb->engine : jb->baseline;

  if (sa != sb)
    return sa > sb ? -1 : 1;
  return ja->order < jb->order ? -1 : ja->order > jb->order;
}

static Metrics
evaluate (GArray     *jobs,
          GHashTable *best,
          GHashTable *worst,
          gboolean    engine,
          GPtrArray **ranking)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  Metrics m = { 0 };
  double dcg = 0, idcg = 0;
  guint n_best = g_hash_table_size (best), hits10 = 0, hits50 = 0;

  for (guint i = 0; i < jobs->len; i++)
    g_ptr_array_add (order, &g_array_index (jobs, Job, i));
  use_engine = engine;
  g_ptr_array_sort (order, compare_jobs);

  for (guint i = 0; i < order->len; i++)
    {
      Job *job = g_ptr_array_index (order, i);
      gboolean relevant = g_hash_table_contains (best, job->id);

      if (i < 10 && relevant)
        {
          dcg += 1.0 / log2 (i + 2.0);
          hits10++;
        }
      if (i < 50 && relevant)
        hits50++;
      if (i < 10 && g_hash_table_contains (worst, job->id))
        m.worst_top10++;
    }
  for (guint i = 0; i < MIN (10, n_best); i++)
    idcg += 1.0 / log2 (i + 2.0);

  m.ndcg10 = idcg > 0 ? dcg / idcg : 0;
  m.recall10 = n_best > 0 ? (double) hits10 / n_best : 0;
  m.recall50 = n_best > 0 ? (double) hits50 / n_best : 0;
  *ranking = g_steal_pointer (&order);
  return m;
}

static void
add_metrics (JsonBuilder   *builder,
             const char    *name,
             const Metrics *m)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "ndcg@10");
  json_builder_add_double_value (builder, round (m->ndcg10 * 1e4) / 1e4);
  json_builder_set_member_name (builder, "recall@10");
  json_builder_add_double_value (builder, round (m->recall10 * 1e4) / 1e4);
  json_builder_set_member_name (builder, "recall@50");
  json_builder_add_double_value (builder, round (m->recall50 * 1e4) / 1e4);
  json_builder_set_member_name (builder, "worst_in_top10");
  json_builder_add_int_value (builder, m->worst_top10);
  json_builder_end_object (builder);
}

static gboolean
run (const char  *path,
     const char  *today,
     gboolean     as_json,
     GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) best = NULL;
  g_autoptr(GHashTable) worst = NULL;
  g_autoptr(GArray) jobs = g_array_new (FALSE, TRUE, sizeof (Job));
  g_autoptr(VocDatabase) db = NULL;
  g_autoptr(VocJobImporter) importer = NULL;
  g_autoptr(VocFitStore) store = NULL;
  g_autoptr(JsonObject) exported = NULL;
  g_autoptr(GHashTable) resume_words = NULL;
  g_autoptr(GPtrArray) engine_rank = NULL;
  g_autoptr(GPtrArray) baseline_rank = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *resume_text = NULL;
  JsonObject *root;
  JsonNode *resume;
  JsonArray *list;
  Metrics engine, baseline;
  gboolean ok = FALSE;

  g_array_set_clear_func (jobs, (GDestroyNotify) job_clear);

  if (!json_parser_load_from_file (parser, path, error))
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: expected a JSON object with “resume”, “jobs”, “best” and “worst”", path);
      return FALSE;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  resume = json_object_get_member (root, "resume");
  if (resume == NULL || !JSON_NODE_HOLDS_OBJECT (resume))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: “resume” must be a JSON Resume object", path);
      return FALSE;
    }
  if (!json_object_has_member (root, "jobs") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "jobs")))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: “jobs” must be a list of jobs", path);
      return FALSE;
    }
  best = id_set (root, "best", path, error);
  if (best == NULL)
    return FALSE;
  worst = id_set (root, "worst", path, error);
  if (worst == NULL)
    return FALSE;

  dir = g_dir_make_tmp ("vocation-fit-eval-XXXXXX", error);
  if (dir == NULL)
    return FALSE;
  db_path = g_build_filename (dir, "eval.db", NULL);
  db = voc_database_open (db_path, error);
  if (db == NULL)
    goto out;

  if (!voc_json_resume_import (db, resume, path, NULL, error))
    goto out;

  importer = voc_job_importer_new (db, NULL);
  list = json_object_get_array_member (root, "jobs");
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      g_autofree char *id = object != NULL ? id_of (json_object_get_member (object, "id")) : NULL;
      g_autofree char *text = NULL;
      g_autofree char *name = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(VocExtracted) extracted = NULL;
      g_autoptr(VocImportResult) result = NULL;
      Job job = { 0 };

      if (id == NULL || string_member (object, "title") == NULL ||
          string_member (object, "description") == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s: jobs[%u] needs an “id”, a “title” and a “description”", path, i);
          goto out;
        }

      text = job_text (object);
      name = g_strdup_printf ("%s#%s", path, id);
      bytes = g_bytes_new (text, strlen (text));
      extracted = voc_extract_text (bytes, name, NULL, error);
      if (extracted == NULL)
        goto out;
      result = voc_job_importer_store (importer, extracted, name, "paste");
      if (result->error != NULL || result->posting_id <= 0)
        {
          if (result->error != NULL)
            g_propagate_error (error, g_steal_pointer (&result->error));
          else
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         "%s: jobs[%u] (“%s”) was not stored", path, i, id);
          goto out;
        }

      job.id = g_steal_pointer (&id);
      job.posting_id = result->posting_id;
      job.order = i;
      g_array_append_val (jobs, job);
    }

  /* The engine. */
  store = voc_fit_store_new (db);
  voc_fit_store_set_today (store, today);
  for (guint i = 0; i < jobs->len; i++)
    {
      Job *job = &g_array_index (jobs, Job, i);
      g_autoptr(VocFitResult) result = voc_fit_store_refresh (store, job->posting_id, error);

      if (result == NULL)
        goto out;
      job->engine = result->score;
    }

  /* The baseline, on the resume as the library exports it. */
  exported = voc_json_resume_export (db, error);
  if (exported == NULL)
    goto out;
  resume_text = voc_ats_resume_text (exported);
  resume_words = keywords (resume_text);
  for (guint i = 0; i < jobs->len; i++)
    {
      Job *job = &g_array_index (jobs, Job, i);
      JsonObject *object = json_array_get_object_element (list, job->order);
      g_autofree char *text = g_strjoin ("\n", string_member (object, "title"),
                                         string_member (object, "description"), NULL);
      g_autoptr(GHashTable) words = keywords (text);

      job->baseline = overlap (words, resume_words);
    }

  engine = evaluate (jobs, best, worst, TRUE, &engine_rank);
  baseline = evaluate (jobs, best, worst, FALSE, &baseline_rank);

  if (as_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "jobs");
      json_builder_add_int_value (builder, jobs->len);
      json_builder_set_member_name (builder, "best");
      json_builder_add_int_value (builder, g_hash_table_size (best));
      json_builder_set_member_name (builder, "worst");
      json_builder_add_int_value (builder, g_hash_table_size (worst));
      json_builder_set_member_name (builder, "scorer_version");
      json_builder_add_string_value (builder, VOC_FIT_SCORER_VERSION);
      add_metrics (builder, "engine", &engine);
      add_metrics (builder, "baseline", &baseline);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
      text = json_to_string (node, TRUE);
      g_print ("%s\n", text);
    }
  else
    {
      g_print ("Fit evaluation of %s: %u jobs, %u best, %u worst (scorer %s)\n\n", path,
               jobs->len, g_hash_table_size (best), g_hash_table_size (worst),
               VOC_FIT_SCORER_VERSION);
      g_print ("| measure | engine | keyword baseline |\n| --- | ---: | ---: |\n");
      g_print ("| NDCG@10 | %.3f | %.3f |\n", engine.ndcg10, baseline.ndcg10);
      g_print ("| recall@10 | %.3f | %.3f |\n", engine.recall10, baseline.recall10);
      g_print ("| recall@50 | %.3f | %.3f |\n", engine.recall50, baseline.recall50);
      g_print ("| worst jobs in the top 10 | %u | %u |\n", engine.worst_top10,
               baseline.worst_top10);
      g_print ("\n| rank | engine | score | baseline | overlap |\n| ---: | --- | ---: | --- | ---: |\n");
      for (guint i = 0; i < MIN (15, jobs->len); i++)
        {
          Job *e = g_ptr_array_index (engine_rank, i);
          Job *b = g_ptr_array_index (baseline_rank, i);

          g_print ("| %u | %s%s | %.0f | %s%s | %.2f |\n", i + 1, e->id,
                   g_hash_table_contains (best, e->id) ? " ✓" :
                   g_hash_table_contains (worst, e->id) ? " ✗" : "", e->engine, b->id,
                   g_hash_table_contains (best, b->id) ? " ✓" :
                   g_hash_table_contains (worst, b->id) ? " ✗" : "", b->baseline);
        }
    }
  ok = TRUE;

out:
  g_clear_object (&store);
  g_clear_object (&importer);
  g_clear_object (&db);
  rm_rf (dir);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  gboolean as_json = FALSE;
  g_autofree char *today = NULL;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, "Print the figures as one JSON object", NULL },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today,
      "Measure recency from this month (YYYY-MM; default: now)", "MONTH" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("LABELLED.json — rank jobs by fit "
                                                            "against a keyword baseline");
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("fit-eval: %s\n", error != NULL ? error->message
                                                  : "usage: fit-eval [--json] LABELLED.json");
      return 2;
    }

  if (!run (argv[1], today, as_json, &error))
    {
      g_printerr ("fit-eval: %s\n", error->message);
      return 1;
    }

  return 0;
}
