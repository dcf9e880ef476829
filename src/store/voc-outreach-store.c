/* voc-outreach-store.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-outreach-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-date.h"
#include "voc-model-runs.h"
#include "voc-outreach-store.h"
#include "voc-repositories.h"
#include "voc-store-private.h"

/*
 * Messages to the people behind an application: what a draft is written from (the posting,
 * the company, the user's headline and best bullets), the contacts of the posting's company,
 * and the drafts themselves, saved and marked sent through the pipeline repository (one
 * transaction each, with its audit row) so that the application's timeline shows them.
 *
 * The file is not named voc-outreach.c: that is the entity's file in src/model/.
 */

#define N_HIGHLIGHTS 3

/**
 * voc_outreach_context_free:
 * @context: (nullable): a context
 */
void
voc_outreach_context_free (VocOutreachContext *context)
{
  if (context == NULL)
    return;
  g_free (context->role);
  g_free (context->company);
  g_free (context->posting_text);
  g_free (context->user_name);
  g_free (context->headline);
  g_strfreev (context->highlights);
  g_free (context);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/**
 * voc_outreach_store_dup_context:
 * @db: the database
 * @application_id: the application
 * @error: return location for a #VOC_DATABASE_ERROR (%VOC_DATABASE_ERROR_NOT_FOUND when there
 *   is no such application)
 *
 * Returns: (transfer full): what a message about the application is written from
 */
VocOutreachContext *
voc_outreach_store_dup_context (VocDatabase  *db,
                                gint64        application_id,
                                GError      **error)
{
  g_autoptr(VocOutreachContext) context = g_new0 (VocOutreachContext, 1);
  g_autoptr(GStrvBuilder) highlights = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VOC_IS_DATABASE (db), NULL);

  context->application_id = application_id;
  stmt = voc_database_prepare (db, "SELECT p.id, p.company_id, p.title, c.name, "
                                   "coalesce(x.clean_text, x.raw_text) "
                                   "FROM job_application a JOIN job_posting p ON p.id = "
                                   "a.posting_id LEFT JOIN company c ON c.id = p.company_id "
                                   "LEFT JOIN job_posting_text x ON x.posting_id = p.id "
                                   "WHERE a.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, application_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      context->posting_id = sqlite3_column_int64 (stmt, 0);
      context->company_id = sqlite3_column_int64 (stmt, 1);
      context->role = column_text (stmt, 2);
      context->company = column_text (stmt, 3);
      context->posting_text = column_text (stmt, 4);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND,
                   _("There is no application %" G_GINT64_FORMAT), application_id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      voc_database_set_error (db, rc, error);
      return NULL;
    }

  stmt = voc_database_prepare (db, "SELECT full_name, headline FROM profile", error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      context->user_name = column_text (stmt, 0);
      context->headline = column_text (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      voc_database_set_error (db, rc, error);
      return NULL;
    }

  stmt = voc_database_prepare (db, "SELECT b.text FROM bullet b LEFT JOIN experience e ON "
                                   "e.id = b.experience_id WHERE b.retired = 0 ORDER BY "
                                   "b.importance DESC, e.start_date DESC, b.position, b.id "
                                   "LIMIT ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, N_HIGHLIGHTS);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (highlights, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (db, rc, error);
      return NULL;
    }
  context->highlights = g_strv_builder_end (highlights);
  return g_steal_pointer (&context);
}

/**
 * voc_outreach_store_list_contacts:
 * @db: the database
 * @company_id: the company
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Returns: (transfer full) (element-type VocContact): the company's contacts that are not
 *   deleted, by name, or %NULL on error
 */
GPtrArray *
voc_outreach_store_list_contacts (VocDatabase  *db,
                                  gint64        company_id,
                                  GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VOC_IS_DATABASE (db), NULL);

  if (company_id <= 0)
    return g_ptr_array_new_with_free_func (g_object_unref);
  stmt = voc_database_prepare (db, "SELECT id FROM contact WHERE company_id = ?1 AND "
                                   "deleted_at IS NULL ORDER BY full_name COLLATE NOCASE, id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, company_id);
  return voc_store_load_entities (db, VOC_TYPE_CONTACT, stmt, error);
}

static gboolean
check_message (VocOutreach  *message,
               GError      **error)
{
  const char *body = voc_outreach_get_body (message);
  g_autofree char *trimmed = g_strstrip (g_strdup (body != NULL ? body : ""));

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CONSTRAINT,
                           _("A message needs some text"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
store (VocDatabase  *db,
       VocOutreach  *message,
       GError      **error)
{
  g_autoptr(VocPipelineRepository) repository = voc_pipeline_repository_new (db);

  if (voc_entity_get_id (VOC_ENTITY (message)) > 0)
    return voc_repository_update (VOC_REPOSITORY (repository), message, error);
  return voc_repository_insert (VOC_REPOSITORY (repository), message, error);
}

/**
 * voc_outreach_store_save_draft:
 * @db: the database
 * @message: a new or stored message
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Saves @message as an outbound draft: added when new, updated otherwise, in one
 * transaction. A message without text is refused and nothing is written.
 *
 * Returns: whether it was saved
 */
gboolean
voc_outreach_store_save_draft (VocDatabase  *db,
                               VocOutreach  *message,
                               GError      **error)
{
  g_return_val_if_fail (VOC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VOC_IS_OUTREACH (message), FALSE);

  if (!check_message (message, error))
    return FALSE;
  voc_outreach_set_direction (message, VOC_OUTREACH_DIRECTION_OUTBOUND);
  voc_outreach_set_status (message, VOC_OUTREACH_STATUS_DRAFT);
  voc_outreach_set_sent_at (message, NULL);
  return store (db, message, error);
}

/**
 * voc_outreach_store_mark_sent:
 * @db: the database
 * @message: a new or stored message
 * @sent_at: (nullable): when it was sent; %NULL for now
 * @approved_run_id: the `model_run` that wrote the draft, or 0 when the user wrote it
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Records @message as sent (saving it first if it is new), in one transaction. Sending a
 * message a model drafted approves it: with @approved_run_id, its body is kept in the same
 * transaction as an example of the user's voice for the next outreach draft.
 *
 * Returns: whether it was saved
 */
gboolean
voc_outreach_store_mark_sent (VocDatabase  *db,
                              VocOutreach  *message,
                              GDateTime    *sent_at,
                              gint64        approved_run_id,
                              GError      **error)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (VOC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (VOC_IS_OUTREACH (message), FALSE);

  if (!check_message (message, error))
    return FALSE;
  if (sent_at == NULL)
    sent_at = now = voc_date_time_now_utc ();
  voc_outreach_set_direction (message, VOC_OUTREACH_DIRECTION_OUTBOUND);
  voc_outreach_set_status (message, VOC_OUTREACH_STATUS_SENT);
  voc_outreach_set_sent_at (message, sent_at);

  if (!voc_database_begin (db, error))
    return FALSE;
  if (!store (db, message, error) ||
      (approved_run_id > 0 &&
       voc_model_runs_approve (db, "outreach", voc_outreach_get_body (message), approved_run_id,
                               error) == 0) ||
      !voc_database_commit (db, error))
    {
      voc_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/**
 * voc_outreach_store_list:
 * @db: the database
 * @application_id: the application
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Returns: (transfer full) (element-type VocOutreach): the application's messages, newest
 *   first, or %NULL on error
 */
GPtrArray *
voc_outreach_store_list (VocDatabase  *db,
                         gint64        application_id,
                         GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VOC_IS_DATABASE (db), NULL);

  stmt = voc_database_prepare (db, "SELECT id FROM outreach WHERE application_id = ?1 ORDER BY "
                                   "coalesce(sent_at, created_at) DESC, id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, application_id);
  return voc_store_load_entities (db, VOC_TYPE_OUTREACH, stmt, error);
}
