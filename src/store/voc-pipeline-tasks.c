/* voc-pipeline-tasks.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-pipeline-tasks"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "voc-date.h"
#include "voc-pipeline-tasks.h"
#include "voc-store-private.h"

/*
 * The next steps of the pipeline: tasks (complete, snooze, delete and undo), events with
 * their reminder offsets, the tasks that rules suggest, and the reminders that are due. Each
 * user action is one transaction; the scheduler's questions are answered here so that SQL
 * stays in the store.
 *
 * A task is deleted softly (its `deleted_at` is set) so that the deletion can be undone and
 * so that a rule does not suggest again a task the user threw away: the rule key of a task
 * is unique over every task, open, done or deleted.
 */

/* Suggestions due longer ago than this are not created: importing old applications should
 * not bury today's work under stale follow-ups. */
#define STALE_SUGGESTION_DAYS 7

/* Event reminders are looked for from this long before now (an event in progress still gets
 * its reminder after a suspend) up to the longest offset after it. */
#define EVENT_DEFAULT_LENGTH_HOURS 1

static GDateTime *
column_time (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? voc_date_time_from_iso8601 (text) : NULL;
}

static char *
application_label (const char *title,
                   const char *company)
{
  if (title == NULL || *title == '\0')
    return g_strdup (company);
  if (company == NULL || *company == '\0')
    return g_strdup (title);

  /* TRANSLATORS: a job title and its company, like "Engineer at Acme" */
  return g_strdup_printf (_("%s at %s"), title, company);
}

/* Reminder offsets */

/**
 * voc_reminder_offsets_parse:
 * @json: (nullable): a JSON array of minutes before an event's start, like `[1440, 30]`
 *
 * Returns: (transfer full) (element-type gint64): the offsets, without duplicates, largest
 *   first; %NULL with an error naming `event.reminder_offsets` when @json is not such an array
 */
GArray *
voc_reminder_offsets_parse (const char  *json,
                            GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) json_error = NULL;
  JsonNode *root;
  JsonArray *array;

  if (json == NULL || *json == '\0')
    return g_steal_pointer (&offsets);

  if (!json_parser_load_from_data (parser, json, -1, &json_error))
    {
      g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                   "event.reminder_offsets: %s: %s", _("not valid JSON"), json_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                   "event.reminder_offsets: %s",
                   _("must be a list of minutes before the start"));
      return NULL;
    }

  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gboolean seen = FALSE;
      gint64 minutes;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
          (minutes = json_node_get_int (node)) < 0 || minutes > VOC_REMINDER_OFFSET_MAX)
        {
          g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                       "event.reminder_offsets: %s",
                       _("each reminder must be a whole number of minutes before the start, "
                         "at most four weeks"));
          return NULL;
        }

      for (guint j = 0; j < offsets->len; j++)
        seen |= g_array_index (offsets, gint64, j) == minutes;
      if (!seen)
        g_array_append_val (offsets, minutes);
    }

  for (guint i = 1; i < offsets->len; i++)
    for (guint j = i; j > 0 && g_array_index (offsets, gint64, j - 1) < g_array_index (offsets, gint64, j); j--)
      {
        gint64 swap = g_array_index (offsets, gint64, j);

        g_array_index (offsets, gint64, j) = g_array_index (offsets, gint64, j - 1);
        g_array_index (offsets, gint64, j - 1) = swap;
      }

  return g_steal_pointer (&offsets);
}

/**
 * voc_reminder_offsets_to_json:
 *
 * Returns: (transfer full) (nullable): the JSON text of these offsets, %NULL for none
 */
char *
voc_reminder_offsets_to_json (const gint64 *minutes,
                              guint         n_minutes)
{
  GString *json;

  if (n_minutes == 0)
    return NULL;

  json = g_string_new ("[");
  for (guint i = 0; i < n_minutes; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? ", " : "", minutes[i]);
  g_string_append_c (json, ']');

  return g_string_free (json, FALSE);
}

/* Tasks */

static gboolean
check_stored (VocEntity  *entity,
              GError    **error)
{
  if (voc_entity_get_id (entity) > 0)
    return TRUE;

  g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND,
               "%s: %s", voc_entity_get_table (entity), _("not saved yet"));
  return FALSE;
}

/* Updates @task after @change has been applied to it, or puts it back as it was. */
static gboolean
update_task (VocPipelineRepository  *self,
             VocTask                *task,
             VocTask                *before,
             GError                **error)
{
  if (voc_repository_update (VOC_REPOSITORY (self), task, error))
    return TRUE;

  voc_entity_assign (VOC_ENTITY (task), VOC_ENTITY (before));
  return FALSE;
}

/**
 * voc_pipeline_repository_complete_task:
 * @done_at: (nullable): when it was done; %NULL makes the task open again
 *
 * Marks a task done (which ends any snooze) or open again, in one transaction.
 */
gboolean
voc_pipeline_repository_complete_task (VocPipelineRepository  *self,
                                       VocTask                *task,
                                       GDateTime              *done_at,
                                       GError                **error)
{
  g_autoptr(VocTask) before = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VOC_IS_TASK (task), FALSE);

  if (!check_stored (VOC_ENTITY (task), error))
    return FALSE;

  before = VOC_TASK (voc_entity_copy (VOC_ENTITY (task)));
  g_object_freeze_notify (G_OBJECT (task));
  voc_task_set_done_at (task, done_at);
  if (done_at != NULL)
    voc_task_set_snoozed_until (task, NULL);
  g_object_thaw_notify (G_OBJECT (task));

  return update_task (self, task, before, error);
}

/**
 * voc_pipeline_repository_snooze_task:
 * @until: when the task should remind again
 *
 * Puts a task's reminder off until @until. A done task cannot be snoozed.
 */
gboolean
voc_pipeline_repository_snooze_task (VocPipelineRepository  *self,
                                     VocTask                *task,
                                     GDateTime              *until,
                                     GError                **error)
{
  g_autoptr(VocTask) before = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VOC_IS_TASK (task), FALSE);
  g_return_val_if_fail (until != NULL, FALSE);

  if (!check_stored (VOC_ENTITY (task), error))
    return FALSE;

  if (voc_task_get_done_at (task) != NULL)
    {
      g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                   "task.snoozed_until: %s", _("a done task cannot be snoozed"));
      return FALSE;
    }

  before = VOC_TASK (voc_entity_copy (VOC_ENTITY (task)));
  voc_task_set_snoozed_until (task, until);

  return update_task (self, task, before, error);
}

/**
 * voc_pipeline_repository_delete_task:
 *
 * Deletes a task so that voc_pipeline_repository_restore_task() can bring it back: it leaves
 * every list, its reminders stop, and a rule does not suggest it again.
 */
gboolean
voc_pipeline_repository_delete_task (VocPipelineRepository  *self,
                                     VocTask                *task,
                                     GError                **error)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VOC_IS_TASK (task), FALSE);

  if (!check_stored (VOC_ENTITY (task), error))
    return FALSE;

  /* The task has a deleted_at column, so the generic delete only marks it. */
  return voc_repository_delete (VOC_REPOSITORY (self), task, error);
}

/**
 * voc_pipeline_repository_restore_task:
 *
 * Undoes voc_pipeline_repository_delete_task().
 */
gboolean
voc_pipeline_repository_restore_task (VocPipelineRepository  *self,
                                      VocTask                *task,
                                      GError                **error)
{
  g_autoptr(VocTask) before = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VOC_IS_TASK (task), FALSE);

  if (!check_stored (VOC_ENTITY (task), error))
    return FALSE;

  before = VOC_TASK (voc_entity_copy (VOC_ENTITY (task)));
  voc_task_set_deleted_at (task, NULL);

  return update_task (self, task, before, error);
}

static gint64
find_id_by_uuid (VocDatabase  *database,
                 const char   *table,
                 const char   *uuid,
                 GError      **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?1", table);
  sqlite3_stmt *stmt = voc_database_prepare (database, sql, error);
  gint64 id = 0;
  int rc;

  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return -1;
    }

  if (id == 0)
    g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND,
                 _("%s: there is no %s with uuid %s"), table, table, uuid);

  return id;
}

/**
 * voc_pipeline_repository_find_task_by_uuid:
 *
 * Returns: (transfer full): the task, deleted or not, or %NULL with
 *   %VOC_DATABASE_ERROR_NOT_FOUND
 */
VocTask *
voc_pipeline_repository_find_task_by_uuid (VocPipelineRepository  *self,
                                           const char             *uuid,
                                           GError                **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));
  gint64 id;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  id = find_id_by_uuid (database, "task", uuid, error);
  if (id <= 0)
    return NULL;

  return voc_repository_find (VOC_REPOSITORY (self), VOC_TYPE_TASK, id, error);
}

/**
 * voc_pipeline_repository_list_open_tasks:
 *
 * Returns: (transfer full): a live list of the tasks not done, soonest due first
 */
VocEntityList *
voc_pipeline_repository_list_open_tasks (VocPipelineRepository *self)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), NULL);

  return voc_repository_list_where (VOC_REPOSITORY (self), VOC_TYPE_TASK, "t.done_at IS NULL",
                                    "t.due_at IS NULL, t.due_at, t.id", NULL);
}

/* Events */

/**
 * voc_pipeline_repository_save_event:
 *
 * Inserts a new event or updates a stored one, after checking that it ends after it starts
 * and that its reminder offsets are a list of minutes.
 */
gboolean
voc_pipeline_repository_save_event (VocPipelineRepository  *self,
                                    VocEvent               *event,
                                    GError                **error)
{
  g_autoptr(GArray) offsets = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VOC_IS_EVENT (event), FALSE);

  offsets = voc_reminder_offsets_parse (voc_event_get_reminder_offsets (event), error);
  if (offsets == NULL)
    return FALSE;

  if (voc_entity_get_id (VOC_ENTITY (event)) > 0)
    return voc_repository_update (VOC_REPOSITORY (self), event, error);

  return voc_repository_insert (VOC_REPOSITORY (self), event, error);
}

/**
 * voc_pipeline_repository_delete_event:
 *
 * Deletes an event for good, with the record of its reminders, in one transaction: the
 * scheduler has nothing left to fire for it, and an event stored later under the same id
 * is not taken for one already reminded of. The audit log keeps what it was.
 */
gboolean
voc_pipeline_repository_delete_event (VocPipelineRepository  *self,
                                      VocEvent               *event,
                                      GError                **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VOC_IS_EVENT (event), FALSE);

  if (!check_stored (VOC_ENTITY (event), error))
    return FALSE;

  if (!voc_database_begin (database, error))
    return FALSE;

  stmt = voc_database_prepare (database,
                               "DELETE FROM notification WHERE entity = 'event' AND entity_id = ?1",
                               error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, voc_entity_get_id (VOC_ENTITY (event)));
  if (!voc_database_step_done (database, stmt, error))
    goto failed;

  /* The event has no deleted_at column: the generic delete removes the row. */
  if (!voc_repository_delete (VOC_REPOSITORY (self), event, error))
    goto failed;

  if (!voc_database_commit (database, error))
    goto failed;

  return TRUE;

failed:
  voc_database_rollback (database);
  return FALSE;
}

/**
 * voc_pipeline_repository_find_event_by_uuid:
 *
 * Returns: (transfer full): the event, or %NULL with %VOC_DATABASE_ERROR_NOT_FOUND
 */
VocEvent *
voc_pipeline_repository_find_event_by_uuid (VocPipelineRepository  *self,
                                            const char             *uuid,
                                            GError                **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));
  gint64 id;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  id = find_id_by_uuid (database, "event", uuid, error);
  if (id <= 0)
    return NULL;

  return voc_repository_find (VOC_REPOSITORY (self), VOC_TYPE_EVENT, id, error);
}

static GPtrArray *
load_ids (VocPipelineRepository  *self,
          GType                   type,
          GArray                 *ids,
          GError                **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < ids->len; i++)
    {
      gpointer item = voc_repository_find (VOC_REPOSITORY (self), type,
                                           g_array_index (ids, gint64, i), error);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }

  return g_steal_pointer (&items);
}

/**
 * voc_pipeline_repository_dup_upcoming_events:
 * @now: the time from which events count as upcoming
 *
 * Returns: (transfer container) (element-type VocEvent): the events that have not ended,
 *   soonest first
 */
GPtrArray *
voc_pipeline_repository_dup_upcoming_events (VocPipelineRepository  *self,
                                             GDateTime              *now,
                                             GError                **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *stamp = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  stmt = voc_database_prepare (database,
                               "SELECT id FROM event WHERE coalesce(ends_at, starts_at) >= ?1 "
                               "ORDER BY starts_at, id", error);
  if (stmt == NULL)
    return NULL;

  stamp = voc_date_time_to_iso8601 (now);
  sqlite3_bind_text (stmt, 1, stamp, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return NULL;
    }

  return load_ids (self, VOC_TYPE_EVENT, ids, error);
}

/**
 * voc_pipeline_repository_import_events:
 * @events: (element-type VocEvent): events read from a calendar file, not stored
 * @application_id: the application they belong to, or 0
 * @n_added: (out) (optional): how many were new (the others updated an event imported before
 *   with the same iCalendar UID)
 *
 * Stores the events of an invitation in one transaction: all of them, or none when one is
 * refused. An event whose iCalendar UID was imported before updates that event.
 */
gboolean
voc_pipeline_repository_import_events (VocPipelineRepository  *self,
                                       GPtrArray              *events,
                                       gint64                  application_id,
                                       guint                  *n_added,
                                       GError                **error)
{
  VocRepository *repository = VOC_REPOSITORY (self);
  VocDatabase *database = voc_repository_get_database (repository);
  g_autoptr(GPtrArray) stored = g_ptr_array_new_with_free_func (g_object_unref);
  guint added = 0;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (events != NULL, FALSE);

  if (!voc_database_begin (database, error))
    return FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      g_autoptr(VocEvent) event = VOC_EVENT (voc_entity_copy (g_ptr_array_index (events, i)));
      const char *uid = voc_event_get_ical_uid (event);
      gint64 existing = 0;

      if (application_id > 0)
        voc_event_set_application_id (event, application_id);

      if (uid != NULL)
        {
          sqlite3_stmt *stmt = voc_database_prepare (database,
                                                     "SELECT id, uuid, application_id "
                                                     "FROM event WHERE ical_uid = ?1 "
                                                     "ORDER BY id LIMIT 1", error);

          if (stmt == NULL)
            goto failed;
          sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            {
              g_autoptr(VocEvent) current = NULL;

              existing = sqlite3_column_int64 (stmt, 0);
              current = voc_repository_find (repository, VOC_TYPE_EVENT, existing, NULL);
              if (current != NULL)
                {
                  voc_entity_set_id (VOC_ENTITY (event), existing);
                  voc_entity_set_uuid (VOC_ENTITY (event), voc_entity_get_uuid (VOC_ENTITY (current)));
                  voc_entity_set_created_at (VOC_ENTITY (event),
                                             voc_entity_get_created_at (VOC_ENTITY (current)));
                  if (application_id <= 0)
                    voc_event_set_application_id (event,
                                                  voc_event_get_application_id (current));
                  /* What the user noted stays when the invitation is updated. */
                  if (voc_event_get_notes (current) != NULL)
                    voc_event_set_notes (event, voc_event_get_notes (current));
                }
              else
                existing = 0;
            }
          sqlite3_reset (stmt);
        }

      if (!voc_pipeline_repository_save_event (self, event, error))
        goto failed;
      if (existing == 0)
        added++;
      g_ptr_array_add (stored, g_steal_pointer (&event));
    }

  if (!voc_database_commit (database, error))
    goto failed;

  if (n_added != NULL)
    *n_added = added;
  return TRUE;

failed:
  voc_database_rollback (database);
  return FALSE;
}

/* Rules */

typedef struct
{
  GPtrArray *strings;   /* owns the texts the plain structs point to */
  GArray    *applications;        /* VocRuleApplication */
  GArray    *events;              /* VocRuleEvent */
} RuleInput;

static void
rule_input_clear (RuleInput *input)
{
  g_clear_pointer (&input->strings, g_ptr_array_unref);
  g_clear_pointer (&input->applications, g_array_unref);
  g_clear_pointer (&input->events, g_array_unref);
}

static const char *
keep_text (RuleInput    *input,
           sqlite3_stmt *stmt,
           int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (text == NULL)
    return NULL;

  g_ptr_array_add (input->strings, g_strdup (text));
  return g_ptr_array_index (input->strings, input->strings->len - 1);
}

static gboolean
read_rule_input (VocDatabase  *database,
                 RuleInput    *input,
                 GPtrArray    *times,
                 GError      **error)
{
  sqlite3_stmt *stmt;
  int rc;

  input->strings = g_ptr_array_new_with_free_func (g_free);
  input->applications = g_array_new (FALSE, TRUE, sizeof (VocRuleApplication));
  input->events = g_array_new (FALSE, TRUE, sizeof (VocRuleEvent));

  /* Closed applications suggest nothing. */
  stmt = voc_database_prepare (database,
                               "SELECT a.uuid, a.stage, a.applied_at, a.first_response_at, "
                               "p.title, c.name FROM job_application a "
                               "JOIN job_posting p ON p.id = a.posting_id "
                               "LEFT JOIN company c ON c.id = p.company_id "
                               "WHERE a.stage IN ('applied', 'screen', 'interview', 'offer')",
                               error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VocRuleApplication a = { 0 };
      const char *stage = (const char *) sqlite3_column_text (stmt, 1);
      char *label = application_label ((const char *) sqlite3_column_text (stmt, 4),
                                       (const char *) sqlite3_column_text (stmt, 5));

      a.uuid = keep_text (input, stmt, 0);
      a.applied_at = column_time (stmt, 2);
      if (a.applied_at != NULL)
        g_ptr_array_add (times, a.applied_at);
      a.awaiting_response = g_strcmp0 (stage, "applied") == 0 &&
                            sqlite3_column_type (stmt, 3) == SQLITE_NULL;
      a.at_offer = g_strcmp0 (stage, "offer") == 0;
      if (label != NULL)
        g_ptr_array_add (input->strings, label);
      a.label = label;
      g_array_append_val (input->applications, a);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return FALSE;
    }

  stmt = voc_database_prepare (database,
                               "SELECT e.uuid, e.title, a.uuid, e.kind, e.starts_at, e.ends_at "
                               "FROM event e LEFT JOIN job_application a "
                               "ON a.id = e.application_id "
                               "WHERE e.candidate_id IS NULL", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VocRuleEvent e = { 0 };
      const char *kind = (const char *) sqlite3_column_text (stmt, 3);

      e.uuid = keep_text (input, stmt, 0);
      e.title = keep_text (input, stmt, 1);
      e.application_uuid = keep_text (input, stmt, 2);
      if (g_strcmp0 (kind, "interview") == 0 || g_strcmp0 (kind, "phone-screen") == 0 ||
          g_strcmp0 (kind, "assessment") == 0)
        e.kind = VOC_RULE_EVENT_INTERVIEW;
      else if (g_strcmp0 (kind, "deadline") == 0)
        e.kind = VOC_RULE_EVENT_DEADLINE;
      else
        e.kind = VOC_RULE_EVENT_OTHER;
      e.starts_at = column_time (stmt, 4);
      e.ends_at = column_time (stmt, 5);
      if (e.starts_at != NULL)
        g_ptr_array_add (times, e.starts_at);
      if (e.ends_at != NULL)
        g_ptr_array_add (times, e.ends_at);
      g_array_append_val (input->events, e);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Deletes a row that the store wrote by itself (a suggestion no rule makes any more) and
 * records it in the audit log as the system's doing. */
static gboolean
delete_for_good (VocDatabase  *database,
                 VocEntity    *entity,
                 GError      **error)
{
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autofree char *stamp = voc_date_time_to_iso8601 (now);
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *before = voc_store_entity_to_json (entity);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1",
                                          voc_entity_get_table (entity));
  sqlite3_stmt *stmt;

  stmt = voc_database_prepare (database, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, voc_entity_get_id (entity));
  if (!voc_database_step_done (database, stmt, error))
    return FALSE;

  stmt = voc_database_prepare (database,
                               "INSERT INTO audit_log (uuid, created_at, updated_at, actor, "
                               "action, entity, entity_id, before, after) "
                               "VALUES (?1, ?2, ?2, 'system', 'delete', ?3, ?4, ?5, NULL)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, stamp, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, voc_entity_get_table (entity), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, voc_entity_get_id (entity));
  sqlite3_bind_text (stmt, 5, before, -1, SQLITE_TRANSIENT);

  return voc_database_step_done (database, stmt, error);
}

static gint64
application_id_by_uuid (VocDatabase *database,
                        const char  *uuid)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (uuid == NULL)
    return 0;

  stmt = voc_database_prepare (database, "SELECT id FROM job_application WHERE uuid = ?1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return id;
}

static VocTaskKind
task_kind_for_rule (VocTaskRule rule)
{
  switch (rule)
    {
    case VOC_TASK_RULE_FOLLOW_UP:
      return VOC_TASK_KIND_FOLLOW_UP;
    case VOC_TASK_RULE_THANK_YOU:
      return VOC_TASK_KIND_THANK_YOU;
    case VOC_TASK_RULE_PREP:
      return VOC_TASK_KIND_PREP;
    case VOC_TASK_RULE_DECISION:
    default:
      return VOC_TASK_KIND_OTHER;
    }
}

/**
 * voc_pipeline_repository_apply_task_rules:
 * @settings: which rules run
 * @now: the present, to leave out suggestions that are long overdue
 * @n_added: (out) (optional): how many tasks were suggested
 * @n_removed: (out) (optional): how many suggested tasks no longer apply and were removed
 *
 * Brings the suggested tasks in line with the rules, in one transaction: a suggestion that
 * has no task yet gets one (marked suggested, with its rule key), unless it is overdue by
 * more than a week; a task once suggested is never suggested again, even when it was done or
 * deleted. A suggested task that no longer applies (the employer answered, the interview was
 * deleted, the rule was switched off) is removed if it is open and the user never changed it.
 */
gboolean
voc_pipeline_repository_apply_task_rules (VocPipelineRepository      *self,
                                          const VocTaskRuleSettings  *settings,
                                          GDateTime                  *now,
                                          guint                      *n_added,
                                          guint                      *n_removed,
                                          GError                    **error)
{
  VocRepository *repository = VOC_REPOSITORY (self);
  VocDatabase *database = voc_repository_get_database (repository);
  g_autoptr(GPtrArray) times = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) stale = NULL;
  g_autoptr(GArray) obsolete = g_array_new (FALSE, FALSE, sizeof (gint64));
  RuleInput input = { 0 };
  guint added = 0;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (!voc_database_begin (database, error))
    return FALSE;

  if (!read_rule_input (database, &input, times, error))
    goto failed;

  suggestions = voc_task_rules_suggest (settings,
                                        (VocRuleApplication *) (void *) input.applications->data,
                                        input.applications->len,
                                        (VocRuleEvent *) (void *) input.events->data,
                                        input.events->len);
  stale = g_date_time_add_days (now, -STALE_SUGGESTION_DAYS);

  for (guint i = 0; i < suggestions->len; i++)
    {
      VocTaskSuggestion *s = g_ptr_array_index (suggestions, i);
      g_autoptr(VocTask) task = NULL;
      gboolean exists;

      g_hash_table_add (keys, s->rule_key);

      stmt = voc_database_prepare (database, "SELECT 1 FROM task WHERE rule = ?1", error);
      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, s->rule_key, -1, SQLITE_TRANSIENT);
      exists = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_reset (stmt);

      if (exists || g_date_time_compare (s->due_at, stale) < 0)
        continue;

      task = voc_task_new ();
      voc_task_set_title (task, s->title);
      voc_task_set_kind (task, task_kind_for_rule (s->rule));
      voc_task_set_priority (task, s->priority);
      voc_task_set_due_at (task, s->due_at);
      voc_task_set_suggested (task, TRUE);
      voc_task_set_rule (task, s->rule_key);
      voc_task_set_application_id (task, application_id_by_uuid (database, s->application_uuid));
      if (!voc_repository_insert (repository, task, error))
        goto failed;
      added++;
    }

  /* Open suggestions the user never touched and that no rule makes any more. */
  stmt = voc_database_prepare (database,
                               "SELECT id, rule FROM task WHERE suggested = 1 AND rule IS NOT NULL "
                               "AND done_at IS NULL AND deleted_at IS NULL "
                               "AND updated_at = created_at", error);
  if (stmt == NULL)
    goto failed;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (!g_hash_table_contains (keys, sqlite3_column_text (stmt, 1)))
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (obsolete, id);
      }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      goto failed;
    }

  for (guint i = 0; i < obsolete->len; i++)
    {
      g_autoptr(VocTask) task = voc_repository_find (repository, VOC_TYPE_TASK,
                                                     g_array_index (obsolete, gint64, i), error);

      /* Removed for good, not marked deleted, so that the rule may suggest it again. */
      if (task == NULL || !delete_for_good (database, VOC_ENTITY (task), error))
        goto failed;
    }

  if (!voc_database_commit (database, error))
    goto failed;

  rule_input_clear (&input);
  if (n_added != NULL)
    *n_added = added;
  if (n_removed != NULL)
    *n_removed = obsolete->len;
  return TRUE;

failed:
  voc_database_rollback (database);
  rule_input_clear (&input);
  return FALSE;
}

/* Reminders */

void
voc_due_reminder_free (VocDueReminder *reminder)
{
  if (reminder == NULL)
    return;

  g_clear_object (&reminder->item);
  g_clear_pointer (&reminder->fire_at, g_date_time_unref);
  g_free (reminder->label);
  g_free (reminder);
}

static gboolean
already_sent (VocDatabase  *database,
              const char   *entity,
              gint64        entity_id,
              GDateTime    *fire_at,
              gboolean     *sent,
              GError      **error)
{
  g_autofree char *stamp = voc_date_time_to_iso8601 (fire_at);
  sqlite3_stmt *stmt;
  int rc;

  stmt = voc_database_prepare (database,
                               "SELECT 1 FROM notification WHERE entity = ?1 AND entity_id = ?2 "
                               "AND fire_at = ?3", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, entity_id);
  sqlite3_bind_text (stmt, 3, stamp, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return FALSE;
    }

  *sent = rc == SQLITE_ROW;
  return TRUE;
}

static char *
label_of_application (VocPipelineRepository *self,
                      gint64                 application_id)
{
  g_autoptr(VocJobApplication) application = NULL;

  if (application_id <= 0)
    return NULL;

  application = voc_repository_find (VOC_REPOSITORY (self), VOC_TYPE_JOB_APPLICATION,
                                     application_id, NULL);
  if (application == NULL)
    return NULL;

  return application_label (voc_job_application_get_posting_title (application),
                            voc_job_application_get_company_name (application));
}

/* When a task reminds: when it is due, or when its snooze ends if that is later. */
#define TASK_FIRE_AT "CASE WHEN t.snoozed_until IS NOT NULL AND " \
                     "(t.due_at IS NULL OR t.snoozed_until > t.due_at) " \
                     "THEN t.snoozed_until ELSE t.due_at END"

static gboolean
collect_due_tasks (VocPipelineRepository  *self,
                   const char             *now,
                   GPtrArray              *out,
                   GError                **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = voc_database_prepare (database,
                               "SELECT id, fire_at FROM (SELECT t.id, " TASK_FIRE_AT " AS fire_at "
                               "FROM task t WHERE t.done_at IS NULL AND t.deleted_at IS NULL) x "
                               "WHERE fire_at IS NOT NULL AND fire_at <= ?1 AND NOT EXISTS "
                               "(SELECT 1 FROM notification n WHERE n.entity = 'task' "
                               "AND n.entity_id = x.id AND n.fire_at = x.fire_at) "
                               "ORDER BY fire_at, id", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return FALSE;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      VocDueReminder *reminder = g_new0 (VocDueReminder, 1);
      VocTask *task = voc_repository_find (VOC_REPOSITORY (self), VOC_TYPE_TASK,
                                           g_array_index (ids, gint64, i), error);
      GDateTime *due;
      GDateTime *snoozed;

      if (task == NULL)
        {
          g_free (reminder);
          return FALSE;
        }

      due = voc_task_get_due_at (task);
      snoozed = voc_task_get_snoozed_until (task);
      reminder->kind = VOC_NOTIFICATION_KIND_TASK_DUE;
      reminder->item = VOC_ENTITY (task);
      reminder->fire_at = g_date_time_ref (snoozed != NULL &&
                                           (due == NULL || g_date_time_compare (snoozed, due) > 0)
                                           ? snoozed : due);
      reminder->label = label_of_application (self, voc_task_get_application_id (task));
      g_ptr_array_add (out, reminder);
    }

  return TRUE;
}

/* When the reminder of offset `o.value` minutes of event `e` is due, as the store writes a
 * time ("2026-03-02T13:30:00.000000Z"): the seconds and their fraction are the start's. */
#define EVENT_FIRE_AT "(strftime ('%Y-%m-%dT%H:%M:%S', e.starts_at, (-o.value) || ' minutes') " \
                      "|| substr (e.starts_at, 20))"

static gboolean
collect_due_events (VocPipelineRepository  *self,
                    GDateTime              *now,
                    GPtrArray              *out,
                    GError                **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GDateTime) from = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) until = g_date_time_add_minutes (now, VOC_REMINDER_OFFSET_MAX + 1);
  g_autofree char *from_stamp = voc_date_time_to_iso8601 (from);
  g_autofree char *until_stamp = voc_date_time_to_iso8601 (until);
  g_autofree char *now_stamp = voc_date_time_to_iso8601 (now);
  sqlite3_stmt *stmt;
  int rc;

  /* Only the events with a reminder due and not recorded are loaded: the others, which are
   * most of them most minutes, cost no more than this query. The time of a reminder is
   * written as voc_date_time_to_iso8601() writes it, which the `notification` table holds. */
  stmt = voc_database_prepare (database,
                               "SELECT DISTINCT e.id, e.starts_at FROM event e, "
                               "json_each (e.reminder_offsets) o "
                               "WHERE e.starts_at >= ?1 AND e.starts_at <= ?2 "
                               "AND e.reminder_offsets IS NOT NULL AND o.type = 'integer' "
                               "AND " EVENT_FIRE_AT " <= ?3 AND NOT EXISTS "
                               "(SELECT 1 FROM notification n WHERE n.entity = 'event' "
                               "AND n.entity_id = e.id AND n.fire_at = " EVENT_FIRE_AT ") "
                               "ORDER BY e.starts_at, e.id", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, from_stamp, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, until_stamp, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, now_stamp, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return FALSE;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(VocEvent) event = voc_repository_find (VOC_REPOSITORY (self), VOC_TYPE_EVENT,
                                                       g_array_index (ids, gint64, i), error);
      g_autoptr(GArray) offsets = NULL;
      g_autoptr(GDateTime) end = NULL;

      if (event == NULL)
        return FALSE;

      /* A reminder for an event that is over is no use any more. */
      end = voc_event_get_ends_at (event) != NULL
            ? g_date_time_ref (voc_event_get_ends_at (event))
            : g_date_time_add_hours (voc_event_get_starts_at (event), EVENT_DEFAULT_LENGTH_HOURS);
      if (g_date_time_compare (now, end) >= 0)
        continue;

      offsets = voc_reminder_offsets_parse (voc_event_get_reminder_offsets (event), NULL);
      if (offsets == NULL)
        continue;

      for (guint j = 0; j < offsets->len; j++)
        {
          gint64 minutes = g_array_index (offsets, gint64, j);
          g_autoptr(GDateTime) fire_at = g_date_time_add_minutes (voc_event_get_starts_at (event),
                                                                  -minutes);
          VocDueReminder *reminder;
          gboolean sent;

          if (g_date_time_compare (fire_at, now) > 0)
            continue;
          if (!already_sent (database, "event", voc_entity_get_id (VOC_ENTITY (event)), fire_at,
                             &sent, error))
            return FALSE;
          if (sent)
            continue;

          reminder = g_new0 (VocDueReminder, 1);
          reminder->kind = VOC_NOTIFICATION_KIND_EVENT_REMINDER;
          reminder->item = VOC_ENTITY (g_object_ref (event));
          reminder->fire_at = g_steal_pointer (&fire_at);
          reminder->offset_minutes = minutes;
          reminder->label = label_of_application (self, voc_event_get_application_id (event));
          g_ptr_array_add (out, reminder);
        }
    }

  return TRUE;
}

/**
 * voc_pipeline_repository_dup_due_reminders:
 * @now: the present
 *
 * The reminders whose time has come and that the `notification` table does not list as sent:
 * open tasks due (or whose snooze ended) at or before @now, however long ago; and event
 * reminders at or before @now for events that are not over.
 *
 * Returns: (transfer container) (element-type VocDueReminder): the reminders, tasks first
 */
GPtrArray *
voc_pipeline_repository_dup_due_reminders (VocPipelineRepository  *self,
                                           GDateTime              *now,
                                           GError                **error)
{
  g_autoptr(GPtrArray) out = NULL;
  g_autofree char *stamp = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  out = g_ptr_array_new_with_free_func ((GDestroyNotify) voc_due_reminder_free);
  stamp = voc_date_time_to_iso8601 (now);

  if (!collect_due_tasks (self, stamp, out, error) ||
      !collect_due_events (self, now, out, error))
    return NULL;

  return g_steal_pointer (&out);
}

/**
 * voc_pipeline_repository_has_pending_reminders:
 *
 * Returns: whether a reminder is still to come after @now: an open task due later, or an
 *   event with reminders that has not started
 */
gboolean
voc_pipeline_repository_has_pending_reminders (VocPipelineRepository  *self,
                                               GDateTime              *now,
                                               GError                **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));
  g_autofree char *stamp = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), FALSE);

  stmt = voc_database_prepare (database,
                               "SELECT EXISTS (SELECT 1 FROM task t WHERE t.done_at IS NULL "
                               "AND t.deleted_at IS NULL AND " TASK_FIRE_AT " > ?1) "
                               "OR EXISTS (SELECT 1 FROM event WHERE starts_at > ?1 "
                               "AND reminder_offsets IS NOT NULL "
                               "AND json_array_length (reminder_offsets) > 0)", error);
  if (stmt == NULL)
    return FALSE;

  stamp = voc_date_time_to_iso8601 (now);
  sqlite3_bind_text (stmt, 1, stamp, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      voc_database_set_error (database, rc, error);
      return FALSE;
    }

  rc = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return rc != 0;
}
