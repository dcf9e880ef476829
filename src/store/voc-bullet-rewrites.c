/* voc-bullet-rewrites.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-bullet-rewrites"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-ai-client.h"
#include "voc-bullet-rewrites.h"
#include "voc-database-private.h"
#include "voc-model-runs.h"
#include "voc-repositories.h"

/*
 * AI rewrites of bullets, accepted for one tailored resume. The master bullet never changes:
 * the accepted text replaces the bullet's line in the tailored resume only (so the preview,
 * the ATS figures and every export of it use it), and is kept as an approved output
 * (purpose "bullet-rewrite") to be offered as an example of the user's voice next time.
 * When the tailored resume is saved, each accepted text becomes a `bullet_version` row of
 * source 'ai' tied to that resume version and to the model run that wrote it, in the same
 * transaction as the version, so the provenance of every line of the version is on file.
 */

VocBulletRewrite *
voc_bullet_rewrite_new (const char *bullet_uuid,
                        const char *text,
                        gint64      run_id)
{
  VocBulletRewrite *rewrite = g_new0 (VocBulletRewrite, 1);

  rewrite->bullet_uuid = g_strdup (bullet_uuid);
  rewrite->text = g_strdup (text);
  rewrite->run_id = run_id;
  return rewrite;
}

void
voc_bullet_rewrite_free (VocBulletRewrite *rewrite)
{
  if (rewrite == NULL)
    return;
  g_free (rewrite->bullet_uuid);
  g_free (rewrite->text);
  g_free (rewrite);
}

/* Counts the lines of @tailored that came from @bullet_uuid and read @text, or with @replace
 * puts @text in every line that came from it and counts those. */
static guint
find_lines (VocFitTailored *tailored,
            const char     *bullet_uuid,
            const char     *text,
            gboolean        replace)
{
  JsonArray *work;
  guint n = 0;

  if (tailored->resume == NULL || !json_object_has_member (tailored->resume, "work"))
    return 0;
  work = json_object_get_array_member (tailored->resume, "work");
  for (guint w = 0; w < json_array_get_length (work); w++)
    {
      JsonObject *entry = json_array_get_object_element (work, w);
      JsonArray *lines = json_object_has_member (entry, "highlights")
                           ? json_object_get_array_member (entry, "highlights") : NULL;

      for (guint h = 0; lines != NULL && h < json_array_get_length (lines); h++)
        {
          g_autofree char *key = g_strdup_printf ("work[%u].highlights[%u]", w, h);
          const char *uuid = tailored->sources != NULL &&
                             json_object_has_member (tailored->sources, key)
                               ? json_object_get_string_member (tailored->sources, key) : NULL;

          if (g_strcmp0 (uuid, bullet_uuid) != 0)
            continue;
          if (replace)
            {
              json_node_set_string (json_array_get_element (lines, h), text);
              n++;
            }
          else if (g_strcmp0 (json_array_get_string_element (lines, h), text) == 0)
            n++;
        }
    }
  return n;
}

/**
 * voc_fit_tailored_rewrite:
 * @tailored: a tailored resume
 * @posting: (nullable): the posting it is for, to measure the ATS match again
 * @bullet_uuid: the bullet whose line to rewrite
 * @text: the new text
 *
 * Puts @text in place of the line that came from @bullet_uuid, in @tailored only, and
 * measures the length and (with @posting) the ATS match of the result again.
 *
 * Returns: how many lines were rewritten (0 when the bullet is not in @tailored)
 */
guint
voc_fit_tailored_rewrite (VocFitTailored *tailored,
                          VocFitPosting  *posting,
                          const char     *bullet_uuid,
                          const char     *text)
{
  guint n;

  g_return_val_if_fail (tailored != NULL, 0);
  g_return_val_if_fail (bullet_uuid != NULL && text != NULL, 0);

  n = find_lines (tailored, bullet_uuid, text, TRUE);
  if (n == 0)
    return 0;

  tailored->lines_used = voc_fit_tailor_count_lines (tailored->resume);
  if (posting != NULL)
    {
      g_clear_pointer (&tailored->ats_after, voc_ats_report_free);
      tailored->ats_after = voc_ats_report_new (posting, voc_skill_dictionary_get_default (),
                                                tailored->resume);
    }
  return n;
}

/**
 * voc_bullet_rewrites_accept:
 * @database: the database
 * @rewrite: the rewrite the user accepted
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Keeps the accepted text as an approved output of purpose "bullet-rewrite", in one
 * transaction. The bullet itself does not change.
 *
 * Returns: the `approved_output` row, or 0 on error
 */
gint64
voc_bullet_rewrites_accept (VocDatabase       *database,
                            VocBulletRewrite  *rewrite,
                            GError           **error)
{
  g_return_val_if_fail (VOC_IS_DATABASE (database), 0);
  g_return_val_if_fail (rewrite != NULL, 0);

  return voc_model_runs_approve (database, VOC_AI_PURPOSE_BULLET_REWRITE, rewrite->text,
                                 rewrite->run_id, error);
}

static gint64
bullet_id_for (VocDatabase  *database,
               const char   *uuid,
               GError      **error)
{
  sqlite3_stmt *stmt = voc_database_prepare (database, "SELECT id FROM bullet WHERE uuid = ?",
                                             error);
  gint64 id = 0;
  int rc;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    voc_database_set_error (database, rc, error);
  else if (id == 0)
    g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND,
                 _("The bullet %s of an accepted rewrite is no longer in your library"), uuid);
  return id;
}

/**
 * voc_bullet_rewrites_save_tailored:
 * @store: the fit store
 * @posting_id: the posting the resume is tailored for
 * @tailored: the tailored resume, accepted rewrites in place (voc_fit_tailored_rewrite())
 * @rewrites: (element-type VocBulletRewrite) (nullable): the rewrites accepted for it
 * @name: the version's name
 * @error: return location for a #GError
 *
 * Saves @tailored as a frozen version (voc_fit_store_save_tailored()) and, in the same
 * transaction, a `bullet_version` of source 'ai' for each rewrite, tied to the version and
 * the run that wrote it. A rewrite whose text is not in @tailored fails the whole save.
 *
 * Returns: (transfer full): the stored version
 */
VocResumeVersion *
voc_bullet_rewrites_save_tailored (VocFitStore     *store,
                                   gint64           posting_id,
                                   VocFitTailored  *tailored,
                                   GPtrArray       *rewrites,
                                   const char      *name,
                                   GError         **error)
{
  VocDatabase *database = voc_fit_store_get_database (store);
  g_autoptr(VocResumeRepository) repository = voc_resume_repository_new (database);
  g_autoptr(VocResumeVersion) version = NULL;

  g_return_val_if_fail (VOC_IS_FIT_STORE (store), NULL);
  g_return_val_if_fail (tailored != NULL, NULL);

  for (guint i = 0; rewrites != NULL && i < rewrites->len; i++)
    {
      VocBulletRewrite *rewrite = g_ptr_array_index (rewrites, i);

      if (find_lines (tailored, rewrite->bullet_uuid, rewrite->text, FALSE) == 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("The accepted rewrite of bullet %s is not in the tailored resume"),
                       rewrite->bullet_uuid);
          return NULL;
        }
    }

  if (!voc_database_begin (database, error))
    return NULL;

  version = voc_fit_store_save_tailored (store, posting_id, tailored, name, error);
  if (version == NULL)
    goto failed;

  for (guint i = 0; rewrites != NULL && i < rewrites->len; i++)
    {
      VocBulletRewrite *rewrite = g_ptr_array_index (rewrites, i);
      g_autoptr(VocBulletVersion) row = voc_bullet_version_new ();
      gint64 bullet_id = bullet_id_for (database, rewrite->bullet_uuid, error);

      if (bullet_id == 0)
        goto failed;
      voc_bullet_version_set_bullet_id (row, bullet_id);
      voc_bullet_version_set_text (row, rewrite->text);
      voc_bullet_version_set_source (row, VOC_VERSION_SOURCE_AI);
      voc_bullet_version_set_resume_version_id (row, voc_entity_get_id (VOC_ENTITY (version)));
      voc_bullet_version_set_model_run_id (row, rewrite->run_id);
      if (!voc_repository_insert (VOC_REPOSITORY (repository), row, error))
        goto failed;
    }

  if (!voc_database_commit (database, error))
    return NULL;
  return g_steal_pointer (&version);

failed:
  voc_database_rollback (database);
  return NULL;
}

/**
 * voc_bullet_rewrites_list:
 * @database: the database
 * @resume_version_id: a resume version
 *
 * Returns: (transfer full): the texts accepted for that version only, as #VocBulletVersion
 */
GListModel *
voc_bullet_rewrites_list (VocDatabase *database,
                          gint64       resume_version_id)
{
  g_autoptr(VocResumeRepository) repository = voc_resume_repository_new (database);
  g_autofree char *where = g_strdup_printf ("t.resume_version_id = %" G_GINT64_FORMAT,
                                            resume_version_id);

  return G_LIST_MODEL (voc_repository_list_where (VOC_REPOSITORY (repository),
                                                  VOC_TYPE_BULLET_VERSION, where, "t.id", NULL));
}
