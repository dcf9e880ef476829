/* voc-critic-store.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-critic-store"

#include "config.h"

#include "voc-critic-store.h"
#include "voc-repositories.h"
#include "voc-store-private.h"

/*
 * The critic's passes over a resume version or a document, one `critic_log` row each,
 * numbered per target (1, 2, …) so the user sees how the scores move from one pass to the
 * next; and the library as text, what a critic's suggestion is checked against so that it
 * never asks the user to claim something they have not written down.
 *
 * The file is not named voc-critic-log.c: that is the entity's file in src/model/.
 */

/**
 * voc_critic_store_log:
 * @db: the database
 * @target_kind: what was reviewed
 * @target_id: its id (a `resume_version` or a `document`)
 * @scores: the scores as a JSON object
 * @issues: the issues as a JSON array
 * @run_id: the `model_run` that wrote them, or 0
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Logs one pass, numbered one more than the target's last, in one transaction (through the
 * trace repository, so with its audit row).
 *
 * Returns: (transfer full): the stored row, or %NULL on error (nothing written)
 */
VocCriticLog *
voc_critic_store_log (VocDatabase      *db,
                      VocCriticTarget   target_kind,
                      gint64            target_id,
                      const char       *scores,
                      const char       *issues,
                      gint64            run_id,
                      GError          **error)
{
  g_autoptr(VocTraceRepository) repository = NULL;
  g_autoptr(VocCriticLog) entry = NULL;
  g_autoptr(GEnumClass) kinds = NULL;
  sqlite3_stmt *stmt;
  gint64 last = 0;
  int rc;

  g_return_val_if_fail (VOC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (target_id >= 0, NULL);

  kinds = g_type_class_ref (VOC_TYPE_CRITIC_TARGET);
  if (!voc_database_begin (db, error))
    return NULL;

  stmt = voc_database_prepare (db, "SELECT coalesce(max(iteration), 0) FROM critic_log "
                                   "WHERE target_kind = ?1 AND target_id = ?2", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, g_enum_get_value (kinds, target_kind)->value_nick, -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, target_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    last = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      voc_database_set_error (db, rc, error);
      goto fail;
    }

  repository = voc_trace_repository_new (db);
  /* A model wrote the pass; the audit log says so. */
  voc_repository_set_actor (VOC_REPOSITORY (repository), VOC_AUDIT_ACTOR_AI);
  entry = voc_critic_log_new ();
  voc_critic_log_set_target_kind (entry, target_kind);
  voc_critic_log_set_target_id (entry, target_id);
  voc_critic_log_set_iteration (entry, last + 1);
  voc_critic_log_set_scores (entry, scores);
  voc_critic_log_set_issues (entry, issues);
  voc_critic_log_set_run_id (entry, run_id);
  if (!voc_repository_insert (VOC_REPOSITORY (repository), entry, error))
    goto fail;

  if (!voc_database_commit (db, error))
    goto fail;
  return g_steal_pointer (&entry);

fail:
  voc_database_rollback (db);
  return NULL;
}

/**
 * voc_critic_store_list:
 * @db: the database
 * @target_kind: what was reviewed
 * @target_id: its id
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Returns: (transfer full) (element-type VocCriticLog): the target's passes, first one first,
 *   or %NULL on error
 */
GPtrArray *
voc_critic_store_list (VocDatabase      *db,
                       VocCriticTarget   target_kind,
                       gint64            target_id,
                       GError          **error)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (VOC_TYPE_CRITIC_TARGET);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (VOC_IS_DATABASE (db), NULL);

  stmt = voc_database_prepare (db, "SELECT id FROM critic_log WHERE target_kind = ?1 AND "
                                   "target_id = ?2 ORDER BY iteration, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, g_enum_get_value (kinds, target_kind)->value_nick, -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, target_id);
  return voc_store_load_entities (db, VOC_TYPE_CRITIC_LOG, stmt, error);
}

/**
 * voc_critic_store_dup_library:
 * @db: the database
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * What the user has written about themselves, as text: the profile's headline and summary,
 * every employer, title, client and project, every bullet, school, certification and skill.
 * A suggestion may use what is in here; anything else it adds is an invention.
 *
 * Returns: (transfer full): the library's texts (possibly none), or %NULL on error
 */
GStrv
voc_critic_store_dup_library (VocDatabase  *db,
                              GError      **error)
{
  static const char *queries[] = {
    "SELECT ifnull(full_name, '') || ' ' || ifnull(headline, '') || ' ' || "
    "ifnull(summary, '') || ' ' || ifnull(location, '') FROM profile",
    "SELECT title || ' ' || employer || ' ' || ifnull(location, '') || ' ' || "
    "ifnull(start_date, '') || ' ' || ifnull(end_date, '') || ' ' || "
    "ifnull(description, '') FROM experience",
    "SELECT client || ' ' || ifnull(project, '') FROM engagement",
    "SELECT text FROM bullet WHERE retired = 0",
    "SELECT institution || ' ' || ifnull(study_type, '') || ' ' || ifnull(area, '') || ' ' || "
    "ifnull(start_date, '') || ' ' || ifnull(end_date, '') FROM education",
    "SELECT name || ' ' || ifnull(issuer, '') || ' ' || ifnull(issued_on, '') "
    "FROM certification",
    "SELECT name || ' ' || ifnull(keywords, '') FROM skill",
    "SELECT name || ' ' || ifnull(description, '') FROM project",
  };

  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (VOC_IS_DATABASE (db), NULL);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = voc_database_prepare (db, queries[q], error);
      int rc;

      if (stmt == NULL)
        return NULL;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, 0);

          if (text != NULL && *text != '\0')
            g_strv_builder_add (builder, text);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        {
          voc_database_set_error (db, rc, error);
          return NULL;
        }
    }
  return g_strv_builder_end (builder);
}
