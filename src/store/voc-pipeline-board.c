/* voc-pipeline-board.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-pipeline-board"

#include "config.h"

#include "voc-date.h"
#include "voc-pipeline-board.h"
#include "voc-store-private.h"

/*
 * What the board asks of the pipeline: the applications in one stage (a live list filtered
 * in SQL, so that a column holds only ids until its cards are shown), the facts on a card
 * that live in other tables (the posting's fit, the next step), and creating the application
 * of a job.
 */

void
voc_card_facts_clear (VocCardFacts *facts)
{
  g_return_if_fail (facts != NULL);

  facts->fit_score = -1;
  g_clear_pointer (&facts->next_step, g_free);
  g_clear_pointer (&facts->next_at, g_date_time_unref);
}

/**
 * voc_pipeline_repository_list_stage:
 *
 * Returns: (transfer full): a live list of the applications in @stage, the longest there
 *   first
 */
VocEntityList *
voc_pipeline_repository_list_stage (VocPipelineRepository *self,
                                    VocStage               stage)
{
  g_autofree char *where = NULL;
  const char *nick;
  GEnumValue *value;
  g_autoptr(GEnumClass) klass = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), NULL);

  klass = g_type_class_ref (VOC_TYPE_STAGE);
  value = g_enum_get_value (klass, stage);
  g_return_val_if_fail (value != NULL && stage != VOC_STAGE_NONE, NULL);
  nick = value->value_nick;

  /* The nick comes from our own enumeration, never from the user. */
  where = g_strdup_printf ("t.stage = '%s'", nick);

  return voc_repository_list_where (VOC_REPOSITORY (self), VOC_TYPE_JOB_APPLICATION, where,
                                    "coalesce(t.stage_changed_at, t.created_at), t.id", NULL);
}

/**
 * voc_pipeline_repository_get_card_facts:
 * @now: the time from which an event counts as coming
 * @facts: (out caller-allocates): filled in; clear with voc_card_facts_clear()
 *
 * Looks up the latest fit score of the application's posting and its next step: the open
 * task due soonest (a task without a due time comes after any with one) or the next event
 * that has not ended, whichever comes first.
 */
gboolean
voc_pipeline_repository_get_card_facts (VocPipelineRepository  *self,
                                        gint64                  application_id,
                                        GDateTime              *now,
                                        VocCardFacts           *facts,
                                        GError                **error)
{
  VocDatabase *database;
  g_autofree char *stamp = NULL;
  g_autofree char *task_title = NULL;
  g_autofree char *event_title = NULL;
  g_autoptr(GDateTime) task_at = NULL;
  g_autoptr(GDateTime) event_at = NULL;
  gboolean have_task = FALSE;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (facts != NULL, FALSE);

  facts->fit_score = -1;
  facts->next_step = NULL;
  facts->next_at = NULL;
  database = voc_repository_get_database (VOC_REPOSITORY (self));

  stmt = voc_database_prepare (database,
                               "SELECT f.score FROM fit f JOIN job_application a "
                               "ON a.posting_id = f.posting_id WHERE a.id = ?1 "
                               "ORDER BY f.updated_at DESC, f.id DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, application_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    facts->fit_score = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return FALSE;
    }

  stmt = voc_database_prepare (database,
                               "SELECT title, coalesce(snoozed_until, due_at) FROM task "
                               "WHERE application_id = ?1 AND done_at IS NULL "
                               "AND deleted_at IS NULL "
                               "ORDER BY coalesce(snoozed_until, due_at) IS NULL, "
                               "coalesce(snoozed_until, due_at), id LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, application_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *at = (const char *) sqlite3_column_text (stmt, 1);

      have_task = TRUE;
      task_title = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      task_at = at != NULL ? voc_date_time_from_iso8601 (at) : NULL;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return FALSE;
    }

  stamp = voc_date_time_to_iso8601 (now);
  stmt = voc_database_prepare (database,
                               "SELECT title, starts_at FROM event WHERE application_id = ?1 "
                               "AND coalesce(ends_at, starts_at) >= ?2 "
                               "ORDER BY starts_at, id LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, application_id);
  sqlite3_bind_text (stmt, 2, stamp, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      event_title = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      event_at = voc_date_time_from_iso8601 ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return FALSE;
    }

  if (event_title != NULL &&
      (!have_task || task_at == NULL ||
       (event_at != NULL && g_date_time_compare (event_at, task_at) < 0)))
    {
      facts->next_step = g_steal_pointer (&event_title);
      facts->next_at = g_steal_pointer (&event_at);
    }
  else if (have_task)
    {
      facts->next_step = g_steal_pointer (&task_title);
      facts->next_at = g_steal_pointer (&task_at);
    }

  return TRUE;
}

/**
 * voc_pipeline_repository_create_application:
 * @posting_id: the job
 * @created: (out) (optional): whether a new application was stored
 *
 * Returns the application of a job, storing a new one in the prospect stage when the job
 * has none yet, so that choosing Create Application twice does not apply twice.
 *
 * Returns: (transfer full): the application, or %NULL with @error set
 */
VocJobApplication *
voc_pipeline_repository_create_application (VocPipelineRepository  *self,
                                            gint64                  posting_id,
                                            gboolean               *created,
                                            GError                **error)
{
  VocDatabase *database;
  g_autoptr(VocJobApplication) application = NULL;
  sqlite3_stmt *stmt;
  gint64 existing = 0;
  int rc;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), NULL);
  g_return_val_if_fail (posting_id > 0, NULL);

  if (created != NULL)
    *created = FALSE;
  database = voc_repository_get_database (VOC_REPOSITORY (self));

  stmt = voc_database_prepare (database,
                               "SELECT id FROM job_application WHERE posting_id = ?1 "
                               "ORDER BY id LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, posting_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    existing = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return NULL;
    }

  if (existing > 0)
    return voc_repository_find (VOC_REPOSITORY (self), VOC_TYPE_JOB_APPLICATION, existing,
                                error);

  application = voc_job_application_new ();
  voc_job_application_set_posting_id (application, posting_id);
  voc_job_application_set_stage (application, VOC_STAGE_PROSPECT);
  {
    g_autoptr(GDateTime) now = voc_date_time_now_utc ();

    voc_job_application_set_stage_changed_at (application, now);
  }
  if (!voc_repository_insert (VOC_REPOSITORY (self), application, error))
    return NULL;

  if (created != NULL)
    *created = TRUE;

  return g_steal_pointer (&application);
}

/**
 * voc_pipeline_repository_list_due_tasks:
 * @until: the end of the period: tasks due (or snoozed until) before it are listed
 *
 * Returns: (transfer full): a live list of the open tasks due before @until, overdue ones
 *   first
 */
VocEntityList *
voc_pipeline_repository_list_due_tasks (VocPipelineRepository *self,
                                        GDateTime             *until)
{
  g_autofree char *stamp = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), NULL);
  g_return_val_if_fail (until != NULL, NULL);

  stamp = voc_date_time_to_iso8601 (until);
  return voc_repository_list_where (VOC_REPOSITORY (self), VOC_TYPE_TASK,
                                    "t.done_at IS NULL AND t.due_at IS NOT NULL AND "
                                    "coalesce(t.snoozed_until, t.due_at) < ?1",
                                    "coalesce(t.snoozed_until, t.due_at), t.priority DESC, t.id",
                                    stamp);
}

/**
 * voc_pipeline_repository_list_events_between:
 *
 * Returns: (transfer full): a live list of the events that have not ended by @from and start
 *   before @until, soonest first
 */
VocEntityList *
voc_pipeline_repository_list_events_between (VocPipelineRepository *self,
                                             GDateTime             *from,
                                             GDateTime             *until)
{
  g_autofree char *from_stamp = NULL;
  g_autofree char *until_stamp = NULL;
  g_autofree char *where = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), NULL);
  g_return_val_if_fail (from != NULL && until != NULL, NULL);

  /* The first time is written into the condition: it is ours, in ISO 8601, never the
   * user's text; the list has a single text parameter. */
  from_stamp = voc_date_time_to_iso8601 (from);
  until_stamp = voc_date_time_to_iso8601 (until);
  where = g_strdup_printf ("coalesce(t.ends_at, t.starts_at) >= '%s' AND t.starts_at < ?1",
                           from_stamp);

  return voc_repository_list_where (VOC_REPOSITORY (self), VOC_TYPE_EVENT, where,
                                    "t.starts_at, t.id", until_stamp);
}

/**
 * voc_pipeline_repository_count_applied_since:
 *
 * Returns: how many applications were sent at or after @since, -1 with @error set
 */
gint64
voc_pipeline_repository_count_applied_since (VocPipelineRepository  *self,
                                             GDateTime              *since,
                                             GError                **error)
{
  VocDatabase *database;
  g_autofree char *stamp = NULL;
  sqlite3_stmt *stmt;
  gint64 count = 0;
  int rc;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), -1);
  g_return_val_if_fail (since != NULL, -1);

  database = voc_repository_get_database (VOC_REPOSITORY (self));
  stmt = voc_database_prepare (database,
                               "SELECT count(*) FROM job_application WHERE applied_at >= ?1",
                               error);
  if (stmt == NULL)
    return -1;

  stamp = voc_date_time_to_iso8601 (since);
  sqlite3_bind_text (stmt, 1, stamp, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      voc_database_set_error (database, rc, error);
      return -1;
    }

  return count;
}

/**
 * voc_pipeline_repository_dup_related:
 * @entity_type: a type with an `application_id` column: #VocStageChange, #VocEvent,
 *   #VocTask, #VocOutreach, #VocDocument
 *
 * Returns: (transfer container) (element-type VocEntity): the rows of @entity_type that
 *   belong to the application (deleted tasks left out), in the order they were stored
 */
GPtrArray *
voc_pipeline_repository_dup_related (VocPipelineRepository  *self,
                                     GType                   entity_type,
                                     gint64                  application_id,
                                     GError                **error)
{
  g_autoptr(VocEntityList) list = NULL;
  g_autofree char *where = NULL;
  GPtrArray *items;
  guint n;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), NULL);
  g_return_val_if_fail (voc_repository_owns_type (VOC_REPOSITORY (self), entity_type), NULL);

  where = g_strdup_printf ("t.application_id = %" G_GINT64_FORMAT, application_id);
  list = voc_repository_list_where (VOC_REPOSITORY (self), entity_type, where, "t.id", NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (list), i));

  return items;
}
