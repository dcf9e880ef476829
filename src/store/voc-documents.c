/* voc-documents.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-documents"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-database-private.h"
#include "voc-documents.h"

/*
 * Cover letters as versioned documents. A letter is a chain of `document` rows of kind
 * 'cover-letter': the first has no parent, each later version names the one before it as
 * `parent_id` and has the next `version` number. The version with the highest number is the
 * current one; an edit, and restoring an old version, both add a version on top of it, so
 * nothing written is ever overwritten. Any version's id names the letter.
 *
 * Every function that writes does it in one transaction through the pipeline repository, so
 * the audit log and the live lists see each row, and a failure leaves nothing half-written.
 */

/* Every version of the letter that @id belongs to, oldest first. */
static GArray *
chain_ids (VocDatabase  *db,
           gint64        id,
           GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = voc_database_prepare (db,
                               "WITH RECURSIVE "
                               "up (id, parent_id) AS ("
                               "  SELECT id, parent_id FROM document WHERE id = ?1 "
                               "  UNION SELECT d.id, d.parent_id FROM document d "
                               "  JOIN up ON d.id = up.parent_id), "
                               "chain (id) AS ("
                               "  SELECT id FROM up WHERE parent_id IS NULL "
                               "  UNION SELECT d.id FROM document d JOIN chain ON d.parent_id = chain.id) "
                               "SELECT d.id FROM chain JOIN document d USING (id) "
                               "ORDER BY d.version, d.id",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, row);
    }
  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (db, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);

  if (ids->len == 0)
    {
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND,
                   _("There is no cover letter with id %" G_GINT64_FORMAT), id);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

static gboolean
check_text (const char  *title,
            const char  *body,
            GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (title != NULL ? title : ""));

  if (*trimmed == '\0')
    {
      g_set_error_literal (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CONSTRAINT,
                           _("A cover letter needs a title"));
      return FALSE;
    }
  if (body != NULL && !g_utf8_validate (body, -1, NULL))
    {
      g_set_error_literal (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CONSTRAINT,
                           _("The cover letter’s text is not valid UTF-8"));
      return FALSE;
    }
  return TRUE;
}

static VocDocument *
find_document (VocPipelineRepository  *repository,
               gint64                  id,
               GError                **error)
{
  return voc_repository_find (VOC_REPOSITORY (repository), VOC_TYPE_DOCUMENT, id, error);
}

/* Adds a version after @head with @title and @body; in the caller's transaction. */
static VocDocument *
insert_after (VocPipelineRepository  *repository,
              VocDocument            *head,
              const char             *title,
              const char             *body,
              GError                **error)
{
  g_autoptr(VocDocument) next = voc_document_new ();

  voc_document_set_kind (next, VOC_DOCUMENT_KIND_COVER_LETTER);
  voc_document_set_format (next, VOC_DOCUMENT_FORMAT_TEXT);
  voc_document_set_application_id (next, voc_document_get_application_id (head));
  voc_document_set_posting_id (next, voc_document_get_posting_id (head));
  voc_document_set_parent_id (next, voc_entity_get_id (VOC_ENTITY (head)));
  voc_document_set_version (next, voc_document_get_version (head) + 1);
  voc_document_set_title (next, title);
  voc_document_set_body (next, body != NULL ? body : "");

  if (!voc_repository_insert (VOC_REPOSITORY (repository), next, error))
    return NULL;
  return g_steal_pointer (&next);
}

/**
 * voc_documents_create_letter:
 * @repository: the pipeline repository
 * @application_id: the application the letter is for, or 0
 * @posting_id: the posting the letter answers, or 0 (taken from the application when 0)
 * @title: the letter's title
 * @body: (nullable): its text
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Creates version 1 of a new cover letter.
 *
 * Returns: (transfer full): the new letter, or %NULL on error (nothing is written)
 */
VocDocument *
voc_documents_create_letter (VocPipelineRepository  *repository,
                             gint64                  application_id,
                             gint64                  posting_id,
                             const char             *title,
                             const char             *body,
                             GError                **error)
{
  g_autoptr(VocDocument) letter = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (repository), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_text (title, body, error))
    return NULL;

  if (posting_id <= 0 && application_id > 0)
    {
      g_autoptr(VocJobApplication) application =
        voc_repository_find (VOC_REPOSITORY (repository), VOC_TYPE_JOB_APPLICATION,
                             application_id, error);

      if (application == NULL)
        return NULL;
      posting_id = voc_job_application_get_posting_id (application);
    }

  letter = voc_document_new ();
  voc_document_set_kind (letter, VOC_DOCUMENT_KIND_COVER_LETTER);
  voc_document_set_format (letter, VOC_DOCUMENT_FORMAT_TEXT);
  voc_document_set_application_id (letter, application_id);
  voc_document_set_posting_id (letter, posting_id);
  voc_document_set_version (letter, 1);
  voc_document_set_title (letter, title);
  voc_document_set_body (letter, body != NULL ? body : "");

  if (!voc_repository_insert (VOC_REPOSITORY (repository), letter, error))
    return NULL;
  return g_steal_pointer (&letter);
}

/**
 * voc_documents_dup_current:
 * @letter_id: the id of any version of the letter
 *
 * Returns: (transfer full): the letter's current (latest) version, or %NULL on error
 */
VocDocument *
voc_documents_dup_current (VocPipelineRepository  *repository,
                           gint64                  letter_id,
                           GError                **error)
{
  VocDatabase *db;
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (repository), NULL);

  db = voc_repository_get_database (VOC_REPOSITORY (repository));
  ids = chain_ids (db, letter_id, error);
  if (ids == NULL)
    return NULL;
  return find_document (repository, g_array_index (ids, gint64, ids->len - 1), error);
}

/**
 * voc_documents_save_version:
 * @letter_id: the id of any version of the letter
 * @title: the title of the new version
 * @body: (nullable): its text
 *
 * Saves an edit as a new version on top of the current one, which stays as it was.
 *
 * Returns: (transfer full): the new current version, or %NULL on error (nothing is written)
 */
VocDocument *
voc_documents_save_version (VocPipelineRepository  *repository,
                            gint64                  letter_id,
                            const char             *title,
                            const char             *body,
                            GError                **error)
{
  VocDatabase *db;
  g_autoptr(VocDocument) head = NULL;
  g_autoptr(VocDocument) next = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (repository), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_text (title, body, error))
    return NULL;

  db = voc_repository_get_database (VOC_REPOSITORY (repository));
  if (!voc_database_begin (db, error))
    return NULL;
  /* Read the head inside the transaction: a save elsewhere cannot slip in between. */
  head = voc_documents_dup_current (repository, letter_id, error);
  if (head == NULL)
    goto fail;
  next = insert_after (repository, head, title, body, error);
  if (next == NULL || !voc_database_commit (db, error))
    goto fail;
  return g_steal_pointer (&next);

fail:
  voc_database_rollback (db);
  return NULL;
}

/**
 * voc_documents_restore_version:
 * @version_id: an old version
 *
 * Makes an old version current again by adding a copy of it as a new version: the versions
 * after it stay in the history.
 *
 * Returns: (transfer full): the new current version, or %NULL on error
 */
VocDocument *
voc_documents_restore_version (VocPipelineRepository  *repository,
                               gint64                  version_id,
                               GError                **error)
{
  g_autoptr(VocDocument) old = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (repository), NULL);

  old = find_document (repository, version_id, error);
  if (old == NULL)
    return NULL;
  return voc_documents_save_version (repository, version_id, voc_document_get_title (old),
                                     voc_document_get_body (old), error);
}

/**
 * voc_documents_list_versions:
 * @letter_id: the id of any version of the letter
 *
 * Returns: (transfer full) (element-type VocDocument): every version, newest first, or %NULL
 *   on error
 */
GPtrArray *
voc_documents_list_versions (VocPipelineRepository  *repository,
                             gint64                  letter_id,
                             GError                **error)
{
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (repository), NULL);

  ids = chain_ids (voc_repository_get_database (VOC_REPOSITORY (repository)), letter_id, error);
  if (ids == NULL)
    return NULL;
  for (guint i = ids->len; i > 0; i--)
    {
      VocDocument *version = find_document (repository, g_array_index (ids, gint64, i - 1), error);

      if (version == NULL)
        return NULL;
      g_ptr_array_add (versions, version);
    }
  return g_steal_pointer (&versions);
}

/**
 * voc_documents_find_letter:
 * @application_id: an application
 *
 * The application's letter: the one whose version is linked as sent, or else the newest
 * letter written for it.
 *
 * Returns: (transfer full) (nullable): its current version, or %NULL when it has none (with
 *   @error unset) or on error
 */
VocDocument *
voc_documents_find_letter (VocPipelineRepository  *repository,
                           gint64                  application_id,
                           GError                **error)
{
  VocDatabase *db;
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (repository), NULL);

  db = voc_repository_get_database (VOC_REPOSITORY (repository));
  stmt = voc_database_prepare (db,
                               "SELECT coalesce ("
                               " (SELECT cover_letter_id FROM job_application WHERE id = ?1),"
                               " (SELECT id FROM document WHERE application_id = ?1"
                               "  AND kind = 'cover-letter' ORDER BY id DESC LIMIT 1))",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, application_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      voc_database_set_error (db, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);

  if (id <= 0)
    return NULL;
  return voc_documents_dup_current (repository, id, error);
}

/**
 * voc_documents_link_to_application:
 * @version_id: the version sent
 * @application_id: the application it was sent with
 *
 * Records @version_id as the cover letter sent with the application.
 *
 * Returns: %TRUE on success
 */
gboolean
voc_documents_link_to_application (VocPipelineRepository  *repository,
                                   gint64                  version_id,
                                   gint64                  application_id,
                                   GError                **error)
{
  g_autoptr(VocDocument) version = NULL;
  g_autoptr(VocJobApplication) application = NULL;
  g_autoptr(VocJobApplication) copy = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (repository), FALSE);

  version = find_document (repository, version_id, error);
  if (version == NULL)
    return FALSE;
  if (voc_document_get_kind (version) != VOC_DOCUMENT_KIND_COVER_LETTER)
    {
      g_set_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CONSTRAINT,
                   _("Document %" G_GINT64_FORMAT " is not a cover letter"), version_id);
      return FALSE;
    }
  application = voc_repository_find (VOC_REPOSITORY (repository), VOC_TYPE_JOB_APPLICATION,
                                     application_id, error);
  if (application == NULL)
    return FALSE;

  copy = VOC_JOB_APPLICATION (voc_entity_copy (VOC_ENTITY (application)));
  voc_job_application_set_cover_letter_id (copy, version_id);
  return voc_repository_update (VOC_REPOSITORY (repository), copy, error);
}

/**
 * voc_documents_delete_letter:
 * @letter_id: the id of any version of the letter
 *
 * Deletes every version of the letter in one transaction; an application that linked one of
 * them links none after. The window defers this until its Undo is no longer offered.
 *
 * Returns: %TRUE on success
 */
gboolean
voc_documents_delete_letter (VocPipelineRepository  *repository,
                             gint64                  letter_id,
                             GError                **error)
{
  VocDatabase *db;
  g_autoptr(GPtrArray) versions = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (repository), FALSE);

  db = voc_repository_get_database (VOC_REPOSITORY (repository));
  if (!voc_database_begin (db, error))
    return FALSE;
  versions = voc_documents_list_versions (repository, letter_id, error);
  if (versions == NULL)
    goto fail;
  /* Newest first, so that no row is ever left pointing at a deleted parent. */
  for (guint i = 0; i < versions->len; i++)
    if (!voc_repository_delete (VOC_REPOSITORY (repository), g_ptr_array_index (versions, i),
                                error))
      goto fail;
  if (!voc_database_commit (db, error))
    goto fail;
  return TRUE;

fail:
  voc_database_rollback (db);
  return FALSE;
}
