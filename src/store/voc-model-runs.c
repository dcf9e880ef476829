/* voc-model-runs.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-model-runs"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-database-private.h"
#include "voc-date.h"
#include "voc-model-runs.h"

/*
 * The trace of AI calls: a `model_run` row per call and a `model_io` row per message, written
 * in one transaction after the call (whatever its outcome), and the token totals that the
 * usage view prices.
 */

static void
bind_id (sqlite3_stmt *stmt,
         int           index,
         gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

/**
 * voc_model_runs_record:
 * @db: the database
 * @record: the call
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Writes the call and its messages in one transaction: all of it or nothing.
 *
 * Returns: the id of the `model_run` row, or 0 on error
 */
gint64
voc_model_runs_record (VocDatabase              *db,
                       const VocModelRunRecord  *record,
                       GError                  **error)
{
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autofree char *stamp = voc_date_time_to_iso8601 (now);
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt;
  gint64 run_id;

  g_return_val_if_fail (VOC_IS_DATABASE (db), 0);
  g_return_val_if_fail (record != NULL && record->purpose != NULL, 0);

  if (!voc_database_begin (db, error))
    return 0;

  stmt = voc_database_prepare (db,
                               "INSERT INTO model_run (uuid, created_at, updated_at, purpose, "
                               "provider, model, application_id, posting_id, tokens_in, "
                               "tokens_out, latency_ms, outcome, error) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, stamp, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, record->purpose, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, record->provider, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, record->model, -1, SQLITE_STATIC);
  bind_id (stmt, 7, record->application_id);
  bind_id (stmt, 8, record->posting_id);
  sqlite3_bind_int64 (stmt, 9, MAX (record->tokens_in, 0));
  sqlite3_bind_int64 (stmt, 10, MAX (record->tokens_out, 0));
  sqlite3_bind_int64 (stmt, 11, MAX (record->latency_ms, 0));
  sqlite3_bind_text (stmt, 12, record->outcome != NULL ? record->outcome : "ok", -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, record->error, -1, SQLITE_STATIC);
  if (!voc_database_step_done (db, stmt, error))
    {
      g_prefix_error (error, "Could not record the AI call “%s”: ", record->purpose);
      goto fail;
    }
  run_id = sqlite3_last_insert_rowid (voc_database_get_handle (db));

  for (guint i = 0; i < record->n_io; i++)
    {
      g_autofree char *io_uuid = g_uuid_string_random ();

      stmt = voc_database_prepare (db,
                                   "INSERT INTO model_io (uuid, created_at, updated_at, run_id, "
                                   "seq, role, content) VALUES (?, ?, ?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_text (stmt, 1, io_uuid, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, stamp, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, stamp, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, run_id);
      sqlite3_bind_int (stmt, 5, (int) i);
      sqlite3_bind_text (stmt, 6, record->roles[i], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, record->contents[i], -1, SQLITE_STATIC);
      if (!voc_database_step_done (db, stmt, error))
        {
          g_prefix_error (error, "Could not record message %u of the AI call “%s”: ", i,
                          record->purpose);
          goto fail;
        }
    }

  if (!voc_database_commit (db, error))
    goto fail;
  return run_id;

fail:
  voc_database_rollback (db);
  return 0;
}

void
voc_model_usage_row_free (VocModelUsageRow *row)
{
  if (row == NULL)
    return;
  g_free (row->key);
  g_free (row->model);
  g_free (row);
}

/**
 * voc_model_runs_usage:
 * @db: the database
 * @group: how to group the calls
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Token totals per group and model, newest group first; the caller prices them per model.
 *
 * Returns: (transfer full) (element-type VocModelUsageRow): the rows, or %NULL on error
 */
GPtrArray *
voc_model_runs_usage (VocDatabase         *db,
                      VocModelUsageGroup   group,
                      GError             **error)
{
  static const char *queries[] = {
    [VOC_MODEL_USAGE_BY_MONTH] =
      "SELECT substr (created_at, 1, 7), coalesce (model, ''), count (*), sum (tokens_in), "
      "sum (tokens_out) FROM model_run GROUP BY 1, 2 ORDER BY 1 DESC, 2",
    [VOC_MODEL_USAGE_BY_APPLICATION] =
      "SELECT coalesce (application_id, ''), coalesce (model, ''), count (*), sum (tokens_in), "
      "sum (tokens_out) FROM model_run GROUP BY 1, 2 ORDER BY 1, 2",
  };
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VOC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (group <= VOC_MODEL_USAGE_BY_APPLICATION, NULL);

  stmt = voc_database_prepare (db, queries[group], error);
  if (stmt == NULL)
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) voc_model_usage_row_free);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VocModelUsageRow *row = g_new0 (VocModelUsageRow, 1);

      row->key = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      row->model = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      row->runs = sqlite3_column_int64 (stmt, 2);
      row->tokens_in = sqlite3_column_int64 (stmt, 3);
      row->tokens_out = sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (db, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&rows);
}

/**
 * voc_model_runs_lookup_analysis:
 * @db: the database
 * @text_sha256: the SHA-256 of the posting text, in hex
 * @model: the model
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Returns: (transfer full) (nullable): the cached analysis as JSON text, or %NULL when there
 *   is none (with @error unset) or on error
 */
char *
voc_model_runs_lookup_analysis (VocDatabase  *db,
                                const char   *text_sha256,
                                const char   *model,
                                GError      **error)
{
  sqlite3_stmt *stmt;
  char *analysis = NULL;
  int rc;

  g_return_val_if_fail (VOC_IS_DATABASE (db), NULL);

  stmt = voc_database_prepare (db, "SELECT analysis FROM ai_job_analysis "
                                   "WHERE text_sha256 = ? AND model = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, text_sha256, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, model, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    analysis = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    voc_database_set_error (db, rc, error);
  sqlite3_reset (stmt);
  return analysis;
}

/**
 * voc_model_runs_store_analysis:
 * @db: the database
 * @text_sha256: the SHA-256 of the posting text, in hex
 * @model: the model that wrote the analysis
 * @analysis: the analysis, schema-validated JSON text
 * @run_id: the `model_run` row of the call, or 0
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Stores (or replaces) the cached analysis of a text, in one transaction.
 *
 * Returns: whether it was stored
 */
gboolean
voc_model_runs_store_analysis (VocDatabase  *db,
                               const char   *text_sha256,
                               const char   *model,
                               const char   *analysis,
                               gint64        run_id,
                               GError      **error)
{
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autofree char *stamp = voc_date_time_to_iso8601 (now);
  g_autofree char *uuid = g_uuid_string_random ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VOC_IS_DATABASE (db), FALSE);

  if (!voc_database_begin (db, error))
    return FALSE;
  stmt = voc_database_prepare (db,
                               "INSERT INTO ai_job_analysis (uuid, created_at, updated_at, "
                               "text_sha256, model, analysis, run_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (text_sha256, model) DO UPDATE SET "
                               "updated_at = excluded.updated_at, analysis = excluded.analysis, "
                               "run_id = excluded.run_id", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, stamp, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, stamp, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, text_sha256, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, model, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, analysis, -1, SQLITE_STATIC);
  bind_id (stmt, 7, run_id);
  if (!voc_database_step_done (db, stmt, error))
    {
      g_prefix_error (error, "Could not cache the job analysis: ");
      goto fail;
    }
  if (!voc_database_commit (db, error))
    goto fail;
  return TRUE;

fail:
  voc_database_rollback (db);
  return FALSE;
}

static void
privacy_contact_free (VocPrivacyContact *contact)
{
  g_free (contact->name);
  g_free (contact->email);
  g_free (contact->phone);
  g_free (contact);
}

void
voc_privacy_facts_free (VocPrivacyFacts *facts)
{
  if (facts == NULL)
    return;
  g_clear_pointer (&facts->contacts, g_ptr_array_unref);
  g_strfreev (facts->confidential_clients);
  g_free (facts->user_email);
  g_free (facts->user_phone);
  g_free (facts->user_address);
  g_free (facts);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/**
 * voc_model_runs_load_privacy:
 * @db: the database
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Reads what an AI prompt must be redacted against: every contact (deleted ones too — their
 * names may still be in notes), the clients of confidential engagements and the user's own
 * contact details.
 *
 * Returns: (transfer full) (nullable): the facts, or %NULL on error
 */
VocPrivacyFacts *
voc_model_runs_load_privacy (VocDatabase  *db,
                             GError      **error)
{
  g_autoptr(VocPrivacyFacts) facts = g_new0 (VocPrivacyFacts, 1);
  g_autoptr(GStrvBuilder) clients = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VOC_IS_DATABASE (db), NULL);

  facts->contacts = g_ptr_array_new_with_free_func ((GDestroyNotify) privacy_contact_free);

  stmt = voc_database_prepare (db, "SELECT full_name, email, phone FROM contact ORDER BY id",
                               error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VocPrivacyContact *contact = g_new0 (VocPrivacyContact, 1);

      contact->name = dup_column (stmt, 0);
      contact->email = dup_column (stmt, 1);
      contact->phone = dup_column (stmt, 2);
      g_ptr_array_add (facts->contacts, contact);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (db, rc, error);
      return NULL;
    }

  stmt = voc_database_prepare (db, "SELECT DISTINCT client FROM engagement WHERE confidential "
                                   "ORDER BY client", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (clients, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (db, rc, error);
      return NULL;
    }
  facts->confidential_clients = g_strv_builder_end (clients);

  stmt = voc_database_prepare (db, "SELECT email, phone, location FROM profile WHERE id = 1",
                               error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      facts->user_email = dup_column (stmt, 0);
      facts->user_phone = dup_column (stmt, 1);
      facts->user_address = dup_column (stmt, 2);
      rc = sqlite3_step (stmt);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (db, rc, error);
      return NULL;
    }

  return g_steal_pointer (&facts);
}

/**
 * voc_model_runs_approve:
 * @db: the database
 * @purpose: the kind of text ("cover-letter", "bullet-rewrite", …)
 * @content: the text as the user approved it (restored, never with placeholders)
 * @source_run_id: the `model_run` that wrote it, or 0
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Keeps an output the user approved, in one transaction, to be offered as a style example
 * the next time the same kind of text is written. Approving the same text again keeps one.
 *
 * Returns: the `approved_output` row, or 0 on error
 */
gint64
voc_model_runs_approve (VocDatabase  *db,
                        const char   *purpose,
                        const char   *content,
                        gint64        source_run_id,
                        GError      **error)
{
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autofree char *stamp = voc_date_time_to_iso8601 (now);
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *trimmed = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (VOC_IS_DATABASE (db), 0);
  g_return_val_if_fail (purpose != NULL && *purpose != '\0', 0);
  g_return_val_if_fail (content != NULL, 0);

  trimmed = g_strstrip (g_strdup (content));
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CONSTRAINT,
                           _("An approved text cannot be empty"));
      return 0;
    }

  if (!voc_database_begin (db, error))
    return 0;

  stmt = voc_database_prepare (db, "SELECT id FROM approved_output WHERE purpose = ? AND "
                                   "content = ?", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, purpose, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, trimmed, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      voc_database_set_error (db, rc, error);
      goto fail;
    }

  if (id == 0)
    {
      stmt = voc_database_prepare (db, "INSERT INTO approved_output (uuid, created_at, "
                                       "updated_at, purpose, content, source_run_id) "
                                       "VALUES (?, ?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, stamp, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, stamp, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, purpose, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, trimmed, -1, SQLITE_STATIC);
      bind_id (stmt, 6, source_run_id);
      if (!voc_database_step_done (db, stmt, error))
        goto fail;
      id = sqlite3_last_insert_rowid (voc_database_get_handle (db));
    }

  if (!voc_database_commit (db, error))
    goto fail;
  return id;

fail:
  voc_database_rollback (db);
  return 0;
}

/**
 * voc_model_runs_style_examples:
 * @db: the database
 * @purpose: the kind of text
 * @limit: how many at most
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Returns: (transfer full) (nullable): the approved texts of that kind, best rated then
 *   newest first (possibly none), or %NULL on error
 */
GStrv
voc_model_runs_style_examples (VocDatabase  *db,
                               const char   *purpose,
                               guint         limit,
                               GError      **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VOC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (purpose != NULL, NULL);

  stmt = voc_database_prepare (db, "SELECT content FROM approved_output WHERE purpose = ? "
                                   "ORDER BY rating DESC, created_at DESC, id DESC LIMIT ?",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, purpose, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (db, rc, error);
      return NULL;
    }
  return g_strv_builder_end (builder);
}
