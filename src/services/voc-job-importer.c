/* voc-job-importer.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-job-importer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "voc-date.h"
#include "voc-jd-parser.h"
#include "voc-job-importer.h"
#include "voc-repositories.h"
#include "voc-text.h"

/*
 * Imports job descriptions: files, web addresses and pasted text, one after the other.
 * Reading, extracting and parsing run in worker threads; storing runs on the main thread,
 * where the database connection lives, in one transaction per item (about a millisecond), so
 * that live lists update and nothing is half written when an item fails.
 *
 * The same job imported again is recognised by the posting's fingerprint (title, company and
 * place): with the same original bytes it is "already saved", with other bytes "updated".
 */

typedef enum
{
  SOURCE_FILE,
  SOURCE_URL,
  SOURCE_TEXT,
} SourceKind;

typedef struct
{
  SourceKind  kind;
  GFile      *file;
  char       *value;
} Source;

struct _VocJobImporter
{
  GObject                parent_instance;

  VocDatabase           *database;
  VocPageFetcher        *fetcher;
  VocJobRepository      *jobs;
  VocCompanyRepository  *companies;

  GPtrArray             *queue;     /* Source* not yet run */
  guint                  n_total;
  guint                  n_done;
  gboolean               running;
};

G_DEFINE_FINAL_TYPE (VocJobImporter, voc_job_importer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_TOTAL,
  PROP_N_DONE,
  PROP_FRACTION,
  N_PROPS
};

enum {
  ITEM_DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  GPtrArray *sources;   /* Source* */
  guint      next;
  GPtrArray *results;   /* VocImportResult* */
} Batch;

typedef struct
{
  VocExtracted *extracted;
  VocJdParse   *parse;
} Parsed;

static void process_next (GTask *task);

static void
source_free (Source *source)
{
  g_clear_object (&source->file);
  g_free (source->value);
  g_free (source);
}

static void
batch_free (Batch *batch)
{
  g_ptr_array_unref (batch->sources);
  g_ptr_array_unref (batch->results);
  g_free (batch);
}

static void
parsed_free (Parsed *parsed)
{
  g_clear_pointer (&parsed->extracted, voc_extracted_free);
  g_clear_pointer (&parsed->parse, voc_jd_parse_free);
  g_free (parsed);
}

void
voc_import_result_free (VocImportResult *result)
{
  if (result == NULL)
    return;

  g_free (result->name);
  g_free (result->title);
  g_clear_error (&result->error);
  g_free (result);
}

static VocImportResult *
result_new (const char *name)
{
  VocImportResult *result = g_new0 (VocImportResult, 1);

  result->name = g_strdup (name);
  return result;
}

static VocImportResult *
result_failed (const char *name,
               GError     *error)
{
  VocImportResult *result = result_new (name);

  result->outcome = VOC_IMPORT_FAILED;
  result->error = error;
  return result;
}

static const char *
source_name (Source *source)
{
  switch (source->kind)
    {
    case SOURCE_FILE:
      return source->value;
    case SOURCE_URL:
      return source->value;
    case SOURCE_TEXT:
    default:
      return _("Pasted text");
    }
}

/* What makes a text a job description rather than any page: sections a job has, structured
 * job data from the source, or enough of the words postings use. */
static gboolean
looks_like_job (VocExtracted *extracted,
                VocJdParse   *parse)
{
  static const char *words[] = {
    "responsibilit", "requirement", "qualification", "experience", "apply", "salary",
    "role", "position", "hiring", "candidate", "skills", "benefits", "team", "job",
  };
  g_autofree char *folded = NULL;
  guint hits = 0;

  if (g_hash_table_contains (extracted->hints, "title"))
    return TRUE;

  for (guint i = 0; i < parse->sections->len; i++)
    {
      VocJdSection *section = g_ptr_array_index (parse->sections, i);

      if (section->kind != VOC_JD_SECTION_OTHER && section->kind != VOC_JD_SECTION_ABOUT)
        return TRUE;
    }

  folded = voc_text_fold (parse->clean_text);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (folded, words[i]) != NULL)
      hits++;

  return parse->title != NULL && hits >= 3;
}

static char *
sections_to_json (VocJdParse *parse)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < parse->sections->len; i++)
    {
      VocJdSection *section = g_ptr_array_index (parse->sections, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, voc_jd_section_kind_to_string (section->kind));
      json_builder_set_member_name (builder, "heading");
      if (section->heading != NULL)
        json_builder_add_string_value (builder, section->heading);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, section->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static char *
skills_to_json (VocJdParse *parse)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < parse->skills->len; i++)
    {
      VocJdSkill *skill = &g_array_index (parse->skills, VocJdSkill, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, skill->name);
      json_builder_set_member_name (builder, "required");
      json_builder_add_boolean_value (builder, skill->required);
      json_builder_set_member_name (builder, "nice_to_have");
      json_builder_add_boolean_value (builder, skill->nice_to_have);
      json_builder_set_member_name (builder, "count");
      json_builder_add_int_value (builder, skill->count);
      json_builder_set_member_name (builder, "weight");
      json_builder_add_double_value (builder, skill->weight);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/* The company the posting names, found by normalised name or web domain, or created. */
static gint64
company_for (VocJobImporter  *self,
             VocJdParse      *parse,
             VocExtracted    *extracted,
             GError         **error)
{
  g_autofree char *normalized = voc_text_normalize_company (parse->company);
  const char *url = g_hash_table_lookup (extracted->hints, "company_url");
  g_autofree char *domain = voc_text_domain_from_url (url != NULL ? url : parse->url);
  g_autoptr(VocCompany) company = NULL;
  g_autoptr(GError) local_error = NULL;

  if (*normalized != '\0')
    company = voc_company_repository_find_by_name (self->companies, normalized, &local_error);
  if (company == NULL && local_error == NULL && domain != NULL)
    company = voc_company_repository_find_by_domain (self->companies, domain, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return -1;
    }

  if (company != NULL)
    {
      /* Learn the domain of a company first seen without one. */
      if (voc_company_get_domain (company) == NULL && domain != NULL)
        {
          voc_company_set_domain (company, domain);
          if (!voc_repository_update (VOC_REPOSITORY (self->companies), company, error))
            return -1;
        }
      return voc_entity_get_id (VOC_ENTITY (company));
    }

  if (*normalized == '\0')
    return 0;

  company = voc_company_new ();
  voc_company_set_name (company, parse->company);
  voc_company_set_normalized_name (company, normalized);
  voc_company_set_domain (company, domain);
  if (!voc_repository_insert (VOC_REPOSITORY (self->companies), company, error))
    return -1;

  return voc_entity_get_id (VOC_ENTITY (company));
}

static gboolean
fill_posting (VocJobPosting  *posting,
              VocJdParse     *parse,
              VocExtracted   *extracted,
              gint64          company_id,
              const char     *source,
              GError        **error)
{
  VocEntity *entity = VOC_ENTITY (posting);
  g_autofree char *sections = sections_to_json (parse);
  g_autofree char *skills = skills_to_json (parse);
  const char *posted = g_hash_table_lookup (extracted->hints, "date_posted");
  const char *closes = g_hash_table_lookup (extracted->hints, "valid_through");

  g_object_freeze_notify (G_OBJECT (posting));
  voc_job_posting_set_title (posting, parse->title);
  voc_job_posting_set_company_id (posting, company_id);
  voc_job_posting_set_location (posting, parse->location);
  voc_job_posting_set_url (posting, parse->url);
  voc_job_posting_set_fingerprint (posting, parse->fingerprint);
  voc_job_posting_set_sections (posting, sections);
  voc_job_posting_set_skills (posting, skills);
  voc_job_posting_set_salary_min_cents (posting, parse->salary_min_cents);
  voc_job_posting_set_salary_max_cents (posting, parse->salary_max_cents);
  voc_job_posting_set_salary_yearly_min_cents (posting, parse->yearly_min_cents);
  voc_job_posting_set_salary_yearly_max_cents (posting, parse->yearly_max_cents);
  voc_job_posting_set_salary_currency (posting, parse->salary_currency);
  g_object_thaw_notify (G_OBJECT (posting));

  if (!voc_entity_set_from_string (entity, "remote_mode", parse->remote_mode, error) ||
      !voc_entity_set_from_string (entity, "employment_type", parse->employment_type, error) ||
      !voc_entity_set_from_string (entity, "seniority", parse->seniority, error) ||
      !voc_entity_set_from_string (entity, "salary_period", parse->salary_period, error) ||
      !voc_entity_set_from_string (entity, "source", source, error))
    return FALSE;

  /* Dates from the source are a bonus: one that does not parse is left out, not an error. */
  if (posted != NULL)
    voc_entity_set_from_string (entity, "posted_at", posted, NULL);
  if (closes != NULL)
    voc_entity_set_from_string (entity, "closes_at", closes, NULL);

  return TRUE;
}

static VocImportResult *
store_parsed (VocJobImporter *self,
              VocExtracted   *extracted,
              VocJdParse     *parse,
              const char     *name,
              const char     *source)
{
  g_autoptr(VocImportResult) result = result_new (name);
  g_autoptr(VocJobPosting) posting = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored_sha = NULL;
  g_autofree char *new_sha = NULL;
  gint64 company_id;

  if (parse->title == NULL || !looks_like_job (extracted, parse))
    return result_failed (name, g_error_new (VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_NO_TEXT,
                                             _("“%s” does not look like a job description: "
                                               "no job title or job sections were found."),
                                             name));

  result->title = g_strdup (parse->title);

  if (!voc_database_begin (self->database, &error))
    goto failed;

  company_id = company_for (self, parse, extracted, &error);
  if (company_id < 0)
    goto rollback;

  posting = voc_job_repository_find_by_fingerprint (self->jobs, parse->fingerprint, &error);
  if (error != NULL)
    goto rollback;

  new_sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, extracted->original);

  if (posting != NULL)
    {
      stored_sha = voc_job_repository_dup_original_sha256 (self->jobs,
                                                           voc_entity_get_id (VOC_ENTITY (posting)),
                                                           NULL);
      result->posting_id = voc_entity_get_id (VOC_ENTITY (posting));

      if (g_strcmp0 (stored_sha, new_sha) == 0)
        {
          voc_database_rollback (self->database);
          result->outcome = VOC_IMPORT_UNCHANGED;
          return g_steal_pointer (&result);
        }

      if (!fill_posting (posting, parse, extracted, company_id, source, &error) ||
          !voc_job_repository_update_with_text (self->jobs, posting, extracted->text,
                                                parse->clean_text, extracted->original,
                                                extracted->media_type, &error))
        goto rollback;
      result->outcome = VOC_IMPORT_UPDATED;
    }
  else
    {
      posting = voc_job_posting_new ();
      if (!fill_posting (posting, parse, extracted, company_id, source, &error) ||
          !voc_job_repository_insert_with_text (self->jobs, posting, extracted->text,
                                                parse->clean_text, extracted->original,
                                                extracted->media_type, &error))
        goto rollback;
      result->outcome = VOC_IMPORT_IMPORTED;
      result->posting_id = voc_entity_get_id (VOC_ENTITY (posting));
    }

  if (voc_database_commit (self->database, &error))
    return g_steal_pointer (&result);

rollback:
  voc_database_rollback (self->database);
failed:
  g_prefix_error (&error, "%s: ", name);
  result->outcome = VOC_IMPORT_FAILED;
  result->posting_id = 0;
  result->error = g_steal_pointer (&error);
  return g_steal_pointer (&result);
}

static const char *
source_nick (Source *source)
{
  switch (source->kind)
    {
    case SOURCE_URL:  return "url";
    case SOURCE_TEXT: return "paste";
    case SOURCE_FILE:
    default:          return "file";
    }
}

/**
 * voc_job_importer_store:
 * @extracted: a document's text, hints and original bytes
 * @name: the file name or address, for messages
 * @source: the nick of a #VocPostingSource (`file`, `url`, `paste`, …)
 *
 * Parses and stores one document on the calling (main) thread.
 *
 * Returns: (transfer full): what happened
 */
VocImportResult *
voc_job_importer_store (VocJobImporter *self,
                        VocExtracted   *extracted,
                        const char     *name,
                        const char     *source)
{
  g_autoptr(VocJdParse) parse = NULL;

  g_return_val_if_fail (VOC_IS_JOB_IMPORTER (self), NULL);

  parse = voc_jd_parse (extracted->text, extracted->hints, voc_skill_dictionary_get_default ());
  return store_parsed (self, extracted, parse, name, source);
}

/* The batch, one item at a time. */

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Parsed *parsed = task_data;

  parsed->parse = voc_jd_parse (parsed->extracted->text, parsed->extracted->hints,
                                voc_skill_dictionary_get_default ());
  g_task_return_boolean (task, TRUE);
}

static void
finish_item (GTask           *task,
             VocImportResult *result)
{
  VocJobImporter *self = g_task_get_source_object (task);
  Batch *batch = g_task_get_task_data (task);

  g_ptr_array_add (batch->results, result);
  self->n_done++;
  g_signal_emit (self, signals[ITEM_DONE], 0, result);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DONE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);

  process_next (task);
}

static void
on_parsed_cb (GObject      *object,
              GAsyncResult *res,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  VocJobImporter *self = g_task_get_source_object (task);
  Batch *batch = g_task_get_task_data (task);
  Parsed *parsed = g_task_get_task_data (G_TASK (res));
  Source *source = g_ptr_array_index (batch->sources, batch->next - 1);

  finish_item (task, store_parsed (self, parsed->extracted, parsed->parse, source_name (source),
                                   source_nick (source)));
}

static void
parse_and_store (GTask        *task,
                 VocExtracted *extracted)
{
  GTask *parse_task;
  Parsed *parsed = g_new0 (Parsed, 1);

  /* Worker tasks hold no source object: a thread may drop its last reference after the
   * callback ran, and the importer (with the database) must not outlive the batch. */
  parsed->extracted = extracted;
  parse_task = g_task_new (NULL, g_task_get_cancellable (task), on_parsed_cb,
                           g_object_ref (task));
  g_task_set_source_tag (parse_task, parse_and_store);
  g_task_set_task_data (parse_task, parsed, (GDestroyNotify) parsed_free);
  g_task_run_in_thread (parse_task, parse_thread);
  g_object_unref (parse_task);
}

static void
on_extracted_cb (GObject      *object,
                 GAsyncResult *res,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Batch *batch = g_task_get_task_data (task);
  Source *source = g_ptr_array_index (batch->sources, batch->next - 1);
  GError *error = NULL;
  VocExtracted *extracted;

  if (source->kind == SOURCE_URL)
    extracted = voc_page_fetcher_fetch_finish (VOC_PAGE_FETCHER (object), res, &error);
  else
    extracted = voc_extract_file_finish (res, &error);

  if (extracted == NULL)
    {
      finish_item (task, result_failed (source_name (source), error));
      return;
    }

  parse_and_store (task, extracted);
}

static void
extract_text_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  const char *text = task_data;
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  GError *error = NULL;
  VocExtracted *extracted;

  extracted = voc_extract_text (bytes, _("Pasted text"), cancellable, &error);
  if (extracted == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, extracted, (GDestroyNotify) voc_extracted_free);
}

static void
on_text_extracted_cb (GObject      *object,
                      GAsyncResult *res,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  VocExtracted *extracted = g_task_propagate_pointer (G_TASK (res), &error);

  if (extracted == NULL)
    {
      finish_item (task, result_failed (_("Pasted text"), error));
      return;
    }

  parse_and_store (task, extracted);
}

static void
process_next (GTask *task)
{
  VocJobImporter *self = g_task_get_source_object (task);
  Batch *batch = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  Source *source;

  if (batch->next >= batch->sources->len || g_cancellable_is_cancelled (cancellable))
    {
      self->running = FALSE;
      g_task_return_pointer (task, g_ptr_array_ref (batch->results),
                             (GDestroyNotify) g_ptr_array_unref);
      return;
    }

  source = g_ptr_array_index (batch->sources, batch->next++);

  switch (source->kind)
    {
    case SOURCE_FILE:
      voc_extract_file_async (source->file, cancellable, on_extracted_cb, g_object_ref (task));
      break;

    case SOURCE_URL:
      voc_page_fetcher_fetch_async (self->fetcher, source->value, cancellable, on_extracted_cb,
                                    g_object_ref (task));
      break;

    case SOURCE_TEXT:
    default:
      {
        GTask *text_task = g_task_new (NULL, cancellable, on_text_extracted_cb,
                                       g_object_ref (task));

        g_task_set_source_tag (text_task, process_next);
        g_task_set_task_data (text_task, g_strdup (source->value), g_free);
        g_task_run_in_thread (text_task, extract_text_thread);
        g_object_unref (text_task);
      }
      break;
    }
}

static void
queue_source (VocJobImporter *self,
              Source         *source)
{
  g_ptr_array_add (self->queue, source);
  self->n_total++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_TOTAL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

void
voc_job_importer_add_file (VocJobImporter *self,
                           GFile          *file)
{
  Source *source = g_new0 (Source, 1);

  g_return_if_fail (VOC_IS_JOB_IMPORTER (self));

  source->kind = SOURCE_FILE;
  source->file = g_object_ref (file);
  source->value = g_file_get_basename (file);
  queue_source (self, source);
}

void
voc_job_importer_add_url (VocJobImporter *self,
                          const char     *url)
{
  Source *source = g_new0 (Source, 1);

  g_return_if_fail (VOC_IS_JOB_IMPORTER (self));

  source->kind = SOURCE_URL;
  source->value = g_strdup (url);
  queue_source (self, source);
}

void
voc_job_importer_add_text (VocJobImporter *self,
                           const char     *text)
{
  Source *source = g_new0 (Source, 1);

  g_return_if_fail (VOC_IS_JOB_IMPORTER (self));

  source->kind = SOURCE_TEXT;
  source->value = g_strdup (text);
  queue_source (self, source);
}

/**
 * voc_job_importer_run_async:
 *
 * Imports everything added so far. Progress is in the `n-done`, `n-total` and `fraction`
 * properties and the ::item-done signal. Cancelling stops after the current item; the
 * results of the items done are still returned.
 */
void
voc_job_importer_run_async (VocJobImporter      *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Batch *batch;

  g_return_if_fail (VOC_IS_JOB_IMPORTER (self));
  g_return_if_fail (!self->running);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_job_importer_run_async);
  /* A cancelled batch still reports what it did before the cancel. */
  g_task_set_check_cancellable (task, FALSE);

  batch = g_new0 (Batch, 1);
  batch->sources = g_steal_pointer (&self->queue);
  batch->results = g_ptr_array_new_with_free_func ((GDestroyNotify) voc_import_result_free);
  self->queue = g_ptr_array_new_with_free_func ((GDestroyNotify) source_free);
  g_task_set_task_data (task, batch, (GDestroyNotify) batch_free);

  self->running = TRUE;
  process_next (task);
}

/**
 * voc_job_importer_run_finish:
 *
 * Returns: (transfer container) (element-type VocImportResult): one result per item done
 */
GPtrArray *
voc_job_importer_run_finish (VocJobImporter  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

guint
voc_job_importer_get_n_total (VocJobImporter *self)
{
  return self->n_total;
}

guint
voc_job_importer_get_n_done (VocJobImporter *self)
{
  return self->n_done;
}

double
voc_job_importer_get_fraction (VocJobImporter *self)
{
  return self->n_total > 0 ? (double) self->n_done / self->n_total : 0.0;
}

/**
 * voc_job_importer_dup_summary:
 *
 * Returns: (transfer full): "14 imported, 2 already saved, 1 could not be read: …"
 */
char *
voc_job_importer_dup_summary (GPtrArray *results)
{
  guint counts[VOC_IMPORT_FAILED + 1] = { 0 };
  const GError *first_error = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < results->len; i++)
    {
      VocImportResult *result = g_ptr_array_index (results, i);

      counts[result->outcome]++;
      if (result->error != NULL && first_error == NULL)
        first_error = result->error;
    }

  if (counts[VOC_IMPORT_IMPORTED] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u imported", "%u imported",
                                                       counts[VOC_IMPORT_IMPORTED]),
                                             counts[VOC_IMPORT_IMPORTED]));
  if (counts[VOC_IMPORT_UPDATED] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u updated", "%u updated",
                                                       counts[VOC_IMPORT_UPDATED]),
                                             counts[VOC_IMPORT_UPDATED]));
  if (counts[VOC_IMPORT_UNCHANGED] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u already saved", "%u already saved",
                                                       counts[VOC_IMPORT_UNCHANGED]),
                                             counts[VOC_IMPORT_UNCHANGED]));
  if (counts[VOC_IMPORT_FAILED] > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u could not be read: %s",
                                                       "%u could not be read, the first: %s",
                                                       counts[VOC_IMPORT_FAILED]),
                                             counts[VOC_IMPORT_FAILED], first_error->message));
  if (parts->len == 0)
    return g_strdup (_("Nothing to import"));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

static void
voc_job_importer_dispose (GObject *object)
{
  VocJobImporter *self = (VocJobImporter *) object;

  g_clear_object (&self->jobs);
  g_clear_object (&self->companies);
  g_clear_object (&self->fetcher);
  g_clear_object (&self->database);
  g_clear_pointer (&self->queue, g_ptr_array_unref);

  G_OBJECT_CLASS (voc_job_importer_parent_class)->dispose (object);
}

static void
voc_job_importer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  VocJobImporter *self = VOC_JOB_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_N_TOTAL:
      g_value_set_uint (value, self->n_total);
      break;

    case PROP_N_DONE:
      g_value_set_uint (value, self->n_done);
      break;

    case PROP_FRACTION:
      g_value_set_double (value, voc_job_importer_get_fraction (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_job_importer_class_init (VocJobImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = voc_job_importer_dispose;
  object_class->get_property = voc_job_importer_get_property;

  properties[PROP_N_TOTAL] =
    g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_DONE] =
    g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * VocJobImporter::item-done:
   * @result: (type VocImportResult): what happened to the item
   */
  signals[ITEM_DONE] =
    g_signal_new ("item-done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
voc_job_importer_init (VocJobImporter *self)
{
  self->queue = g_ptr_array_new_with_free_func ((GDestroyNotify) source_free);
}

/**
 * voc_job_importer_new:
 * @fetcher: (nullable): for web addresses; one with its own session is made when %NULL
 */
VocJobImporter *
voc_job_importer_new (VocDatabase    *database,
                      VocPageFetcher *fetcher)
{
  VocJobImporter *self;

  g_return_val_if_fail (VOC_IS_DATABASE (database), NULL);

  self = g_object_new (VOC_TYPE_JOB_IMPORTER, NULL);
  self->database = g_object_ref (database);
  self->fetcher = fetcher != NULL ? g_object_ref (fetcher) : voc_page_fetcher_new (NULL);
  self->jobs = voc_job_repository_new (database);
  self->companies = voc_company_repository_new (database);
  voc_repository_set_actor (VOC_REPOSITORY (self->jobs), VOC_AUDIT_ACTOR_IMPORT);
  voc_repository_set_actor (VOC_REPOSITORY (self->companies), VOC_AUDIT_ACTOR_IMPORT);

  return self;
}
