/* voc-repositories.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-repositories"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-date.h"
#include "voc-repositories.h"
#include "voc-store-private.h"

/*
 * The aggregates' repositories: which entity types each stores, and the writes that touch
 * several rows in one transaction. The generic create/read/update/delete/list/search is in
 * voc-repository.c.
 */

struct _VocResumeRepository    { VocRepository parent_instance; };
struct _VocCompanyRepository   { VocRepository parent_instance; };
struct _VocJobRepository       { VocRepository parent_instance; };
struct _VocPipelineRepository  { VocRepository parent_instance; };
struct _VocDiscoveryRepository { VocRepository parent_instance; };
struct _VocTraceRepository     { VocRepository parent_instance; };
struct _VocScreeningRepository { VocRepository parent_instance; };
struct _VocPrepRepository      { VocRepository parent_instance; };
struct _VocHistoryRepository   { VocRepository parent_instance; };

G_DEFINE_FINAL_TYPE (VocResumeRepository, voc_resume_repository, VOC_TYPE_REPOSITORY)
G_DEFINE_FINAL_TYPE (VocCompanyRepository, voc_company_repository, VOC_TYPE_REPOSITORY)
G_DEFINE_FINAL_TYPE (VocJobRepository, voc_job_repository, VOC_TYPE_REPOSITORY)
G_DEFINE_FINAL_TYPE (VocPipelineRepository, voc_pipeline_repository, VOC_TYPE_REPOSITORY)
G_DEFINE_FINAL_TYPE (VocDiscoveryRepository, voc_discovery_repository, VOC_TYPE_REPOSITORY)
G_DEFINE_FINAL_TYPE (VocTraceRepository, voc_trace_repository, VOC_TYPE_REPOSITORY)
G_DEFINE_FINAL_TYPE (VocScreeningRepository, voc_screening_repository, VOC_TYPE_REPOSITORY)
G_DEFINE_FINAL_TYPE (VocPrepRepository, voc_prep_repository, VOC_TYPE_REPOSITORY)
G_DEFINE_FINAL_TYPE (VocHistoryRepository, voc_history_repository, VOC_TYPE_REPOSITORY)

#define ADD(klass, type) voc_repository_class_add_type (VOC_REPOSITORY_CLASS (klass), type)

/* The id of the first row whose column equals a text, 0 when none. */
static gint64
find_id_by_text (VocDatabase  *database,
                 const char   *sql,
                 const char   *value,
                 GError      **error)
{
  sqlite3_stmt *stmt = voc_database_prepare (database, sql, error);
  gint64 id = 0;
  int rc;

  if (stmt == NULL)
    return -1;

  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return -1;
    }

  return id;
}

/* Resume */

static void
voc_resume_repository_class_init (VocResumeRepositoryClass *klass)
{
  ADD (klass, VOC_TYPE_PROFILE);
  ADD (klass, VOC_TYPE_SKILL);
  ADD (klass, VOC_TYPE_EXPERIENCE);
  ADD (klass, VOC_TYPE_ENGAGEMENT);
  ADD (klass, VOC_TYPE_BULLET);
  ADD (klass, VOC_TYPE_BULLET_VERSION);
  ADD (klass, VOC_TYPE_EDUCATION);
  ADD (klass, VOC_TYPE_CERTIFICATION);
  ADD (klass, VOC_TYPE_PROJECT);
  ADD (klass, VOC_TYPE_LANGUAGE);
}

static void
voc_resume_repository_init (VocResumeRepository *self)
{
}

VocResumeRepository *
voc_resume_repository_new (VocDatabase *database)
{
  return g_object_new (VOC_TYPE_RESUME_REPOSITORY, "database", database, NULL);
}

/**
 * voc_resume_repository_dup_profile:
 *
 * Returns: (transfer full): the candidate's profile (the one row the schema creates)
 */
VocProfile *
voc_resume_repository_dup_profile (VocResumeRepository  *self,
                                   GError              **error)
{
  g_return_val_if_fail (VOC_IS_RESUME_REPOSITORY (self), NULL);

  return voc_repository_find (VOC_REPOSITORY (self), VOC_TYPE_PROFILE, 1, error);
}

/**
 * voc_resume_repository_set_bullet_text:
 *
 * Changes a bullet's text and keeps the previous text as a #VocBulletVersion, in one
 * transaction.
 */
gboolean
voc_resume_repository_set_bullet_text (VocResumeRepository  *self,
                                       VocBullet            *bullet,
                                       const char           *text,
                                       const char           *reason,
                                       VocVersionSource      source,
                                       GError              **error)
{
  VocRepository *repository = VOC_REPOSITORY (self);
  VocDatabase *database = voc_repository_get_database (repository);
  g_autoptr(VocBulletVersion) version = NULL;
  g_autoptr(VocBullet) stored = NULL;
  g_autofree char *previous = NULL;

  g_return_val_if_fail (VOC_IS_RESUME_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VOC_IS_BULLET (bullet), FALSE);

  if (!voc_database_begin (database, error))
    return FALSE;

  stored = voc_repository_find (repository, VOC_TYPE_BULLET,
                                voc_entity_get_id (VOC_ENTITY (bullet)), error);
  if (stored == NULL)
    goto failed;

  if (g_strcmp0 (voc_bullet_get_text (stored), text) == 0)
    {
      voc_database_rollback (database);
      return TRUE;
    }

  previous = g_strdup (voc_bullet_get_text (stored));

  version = voc_bullet_version_new ();
  voc_bullet_version_set_bullet_id (version, voc_entity_get_id (VOC_ENTITY (bullet)));
  voc_bullet_version_set_text (version, previous);
  voc_bullet_version_set_reason (version, reason);
  voc_bullet_version_set_source (version, source);
  if (!voc_repository_insert (repository, version, error))
    goto failed;

  voc_bullet_set_text (bullet, text);
  if (!voc_repository_update (repository, bullet, error))
    {
      voc_bullet_set_text (bullet, previous);
      goto failed;
    }

  return voc_database_commit (database, error) ||
         (voc_database_rollback (database), FALSE);

failed:
  voc_database_rollback (database);
  return FALSE;
}

/* The condition that selects a bullet's siblings: the bullets of the same engagement, or of
 * the same experience outside its engagements. */
static char *
siblings_where (gint64 experience_id,
                gint64 engagement_id)
{
  if (engagement_id != 0)
    return g_strdup_printf ("t.engagement_id = %" G_GINT64_FORMAT, engagement_id);

  return g_strdup_printf ("t.experience_id = %" G_GINT64_FORMAT " AND t.engagement_id IS NULL",
                          experience_id);
}

/* The ids of a bullet's siblings (itself included), in their order. */
static GArray *
dup_sibling_ids (VocDatabase  *database,
                 gint64        experience_id,
                 gint64        engagement_id,
                 GError      **error)
{
  g_autofree char *where = siblings_where (experience_id, engagement_id);
  g_autofree char *sql = g_strdup_printf ("SELECT t.id FROM bullet t WHERE %s "
                                          "ORDER BY t.position, t.id", where);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = voc_database_prepare (database, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

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

  return g_steal_pointer (&ids);
}

/**
 * voc_resume_repository_add_bullet:
 * @bullet: a new bullet of an experience or an engagement
 *
 * Stores a new bullet after its siblings (its position one past the last of theirs).
 */
gboolean
voc_resume_repository_add_bullet (VocResumeRepository  *self,
                                  VocBullet            *bullet,
                                  GError              **error)
{
  VocRepository *repository = VOC_REPOSITORY (self);
  VocDatabase *database = voc_repository_get_database (repository);
  g_autofree char *where = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 position = 0;

  g_return_val_if_fail (VOC_IS_RESUME_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VOC_IS_BULLET (bullet), FALSE);

  if (!voc_database_begin (database, error))
    return FALSE;

  where = siblings_where (voc_bullet_get_experience_id (bullet),
                          voc_bullet_get_engagement_id (bullet));
  sql = g_strdup_printf ("SELECT COALESCE(MAX(t.position) + 1, 0) FROM bullet t WHERE %s", where);
  stmt = voc_database_prepare (database, sql, error);
  if (stmt == NULL)
    goto failed;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    position = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  voc_bullet_set_position (bullet, position);
  if (voc_repository_insert (repository, bullet, error) &&
      voc_database_commit (database, error))
    return TRUE;

failed:
  voc_database_rollback (database);
  return FALSE;
}

/**
 * voc_resume_repository_update_bullet:
 * @bullet: a stored bullet with changed values
 * @reason: (nullable): why the text changed
 *
 * Stores what the user edits of a bullet (text, tags, type, importance, seniority, STAR
 * notes, retired); when its text changed, the previous text is kept as a #VocBulletVersion,
 * in the same transaction. Its place and its use (position, use count, last use) stay as
 * stored: moves and resume exports write those, and a form open meanwhile must not undo them.
 */
gboolean
voc_resume_repository_update_bullet (VocResumeRepository  *self,
                                     VocBullet            *bullet,
                                     const char           *reason,
                                     VocVersionSource      source,
                                     GError              **error)
{
  VocRepository *repository = VOC_REPOSITORY (self);
  VocDatabase *database = voc_repository_get_database (repository);
  g_autoptr(VocBullet) stored = NULL;

  g_return_val_if_fail (VOC_IS_RESUME_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VOC_IS_BULLET (bullet), FALSE);

  /* A refused value is reported before anything is written, and names its field. */
  if (!voc_entity_validate (VOC_ENTITY (bullet), error))
    return FALSE;

  if (!voc_database_begin (database, error))
    return FALSE;

  stored = voc_repository_find (repository, VOC_TYPE_BULLET,
                                voc_entity_get_id (VOC_ENTITY (bullet)), error);
  if (stored == NULL)
    goto failed;

  g_object_freeze_notify (G_OBJECT (bullet));
  voc_bullet_set_position (bullet, voc_bullet_get_position (stored));
  voc_bullet_set_use_count (bullet, voc_bullet_get_use_count (stored));
  voc_bullet_set_last_used_at (bullet, voc_bullet_get_last_used_at (stored));
  g_object_thaw_notify (G_OBJECT (bullet));

  if (g_strcmp0 (voc_bullet_get_text (stored), voc_bullet_get_text (bullet)) != 0)
    {
      g_autoptr(VocBulletVersion) version = voc_bullet_version_new ();

      voc_bullet_version_set_bullet_id (version, voc_entity_get_id (VOC_ENTITY (bullet)));
      voc_bullet_version_set_text (version, voc_bullet_get_text (stored));
      voc_bullet_version_set_reason (version, reason);
      voc_bullet_version_set_source (version, source);
      if (!voc_repository_insert (repository, version, error))
        goto failed;
    }

  if (voc_repository_update (repository, bullet, error) &&
      voc_database_commit (database, error))
    return TRUE;

failed:
  voc_database_rollback (database);
  return FALSE;
}

/**
 * voc_resume_repository_move_bullet:
 * @index: the bullet's new place among its siblings (past the end means last)
 *
 * Moves a bullet among the bullets of its experience or engagement and renumbers their
 * positions 0, 1, 2, … in one transaction. Only rows whose position changes are written.
 */
gboolean
voc_resume_repository_move_bullet (VocResumeRepository  *self,
                                   VocBullet            *bullet,
                                   guint                 index,
                                   GError              **error)
{
  VocRepository *repository = VOC_REPOSITORY (self);
  VocDatabase *database = voc_repository_get_database (repository);
  gint64 id = voc_entity_get_id (VOC_ENTITY (bullet));
  g_autoptr(VocBullet) stored = NULL;
  g_autoptr(GArray) ids = NULL;
  gboolean found = FALSE;

  g_return_val_if_fail (VOC_IS_RESUME_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VOC_IS_BULLET (bullet), FALSE);

  if (!voc_database_begin (database, error))
    return FALSE;

  /* The stored row says where the bullet is, whatever the caller's copy says. */
  stored = voc_repository_find (repository, VOC_TYPE_BULLET, id, error);
  if (stored == NULL)
    goto failed;

  ids = dup_sibling_ids (database, voc_bullet_get_experience_id (stored),
                         voc_bullet_get_engagement_id (stored), error);
  if (ids == NULL)
    goto failed;

  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      {
        g_array_remove_index (ids, i);
        found = TRUE;
        break;
      }
  g_assert (found);

  g_array_insert_val (ids, MIN (index, ids->len), id);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(VocBullet) sibling = NULL;

      sibling = voc_repository_find (repository, VOC_TYPE_BULLET,
                                     g_array_index (ids, gint64, i), error);
      if (sibling == NULL)
        goto failed;
      if (voc_bullet_get_position (sibling) == (gint64) i)
        continue;

      voc_bullet_set_position (sibling, i);
      if (!voc_repository_update (repository, sibling, error))
        goto failed;
    }

  if (!voc_database_commit (database, error))
    goto failed;

  voc_store_refresh_entity (database, VOC_ENTITY (bullet), NULL);
  return TRUE;

failed:
  voc_database_rollback (database);
  return FALSE;
}

/**
 * voc_resume_repository_restore_bullet_version:
 * @version: an earlier version of @bullet
 *
 * Gives the bullet the text of an earlier version. Restoring is an edit like any other: the
 * text it replaces becomes a version too, so nothing is lost.
 */
gboolean
voc_resume_repository_restore_bullet_version (VocResumeRepository  *self,
                                              VocBullet            *bullet,
                                              VocBulletVersion     *version,
                                              GError              **error)
{
  g_return_val_if_fail (VOC_IS_RESUME_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VOC_IS_BULLET (bullet), FALSE);
  g_return_val_if_fail (VOC_IS_BULLET_VERSION (version), FALSE);

  if (voc_bullet_version_get_bullet_id (version) != voc_entity_get_id (VOC_ENTITY (bullet)))
    {
      g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                   "bullet_version.bullet_id: %s", _("the version is of another bullet"));
      return FALSE;
    }

  return voc_resume_repository_set_bullet_text (self, bullet,
                                                voc_bullet_version_get_text (version),
                                                "restore", VOC_VERSION_SOURCE_USER, error);
}

/**
 * voc_resume_repository_list_bullets:
 * @engagement_id: the engagement, or 0 for the bullets of the experience outside its
 *   engagements
 *
 * Returns: (transfer full): the live list of the bullets, retired ones included, in order
 */
VocEntityList *
voc_resume_repository_list_bullets (VocResumeRepository *self,
                                    gint64               experience_id,
                                    gint64               engagement_id)
{
  g_autofree char *where = siblings_where (experience_id, engagement_id);

  g_return_val_if_fail (VOC_IS_RESUME_REPOSITORY (self), NULL);

  return voc_repository_list_where (VOC_REPOSITORY (self), VOC_TYPE_BULLET, where,
                                    "t.position, t.id", NULL);
}

/**
 * voc_resume_repository_list_bullet_versions:
 *
 * Returns: (transfer full): the live list of a bullet's earlier texts, newest first
 */
VocEntityList *
voc_resume_repository_list_bullet_versions (VocResumeRepository *self,
                                            gint64               bullet_id)
{
  /* Not the texts of one resume version (AI rewrites accepted while tailoring). */
  g_autofree char *where = g_strdup_printf ("t.bullet_id = %" G_GINT64_FORMAT " AND "
                                            "t.resume_version_id IS NULL", bullet_id);

  g_return_val_if_fail (VOC_IS_RESUME_REPOSITORY (self), NULL);

  return voc_repository_list_where (VOC_REPOSITORY (self), VOC_TYPE_BULLET_VERSION, where,
                                    "t.created_at DESC, t.id DESC", NULL);
}

/**
 * voc_resume_repository_dup_bullet_tags:
 *
 * Returns: (transfer full): every tag the bullets use, once, sorted without regard to case
 */
char **
voc_resume_repository_dup_bullet_tags (VocResumeRepository  *self,
                                       GError              **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (VOC_IS_RESUME_REPOSITORY (self), NULL);

  stmt = voc_database_prepare (database,
                               "SELECT DISTINCT j.value FROM bullet b, json_each (b.tags) j "
                               "WHERE b.tags IS NOT NULL AND j.type = 'text' "
                               "AND trim (j.value) <> '' "
                               "ORDER BY j.value COLLATE NOCASE, j.value", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      voc_database_set_error (database, rc, error);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

/* Companies */

static void
voc_company_repository_class_init (VocCompanyRepositoryClass *klass)
{
  ADD (klass, VOC_TYPE_COMPANY);
  ADD (klass, VOC_TYPE_CONTACT);
}

static void
voc_company_repository_init (VocCompanyRepository *self)
{
}

VocCompanyRepository *
voc_company_repository_new (VocDatabase *database)
{
  return g_object_new (VOC_TYPE_COMPANY_REPOSITORY, "database", database, NULL);
}

static VocCompany *
find_company (VocCompanyRepository  *self,
              const char            *sql,
              const char            *value,
              GError               **error)
{
  gint64 id = find_id_by_text (voc_repository_get_database (VOC_REPOSITORY (self)), sql, value,
                               error);

  if (id <= 0)
    return NULL;

  return voc_repository_find (VOC_REPOSITORY (self), VOC_TYPE_COMPANY, id, error);
}

/**
 * voc_company_repository_find_by_name:
 *
 * Returns: (transfer full) (nullable): the first company with that normalized name, or %NULL
 *   (without error) when there is none
 */
VocCompany *
voc_company_repository_find_by_name (VocCompanyRepository  *self,
                                     const char            *normalized_name,
                                     GError               **error)
{
  g_return_val_if_fail (VOC_IS_COMPANY_REPOSITORY (self), NULL);

  return find_company (self, "SELECT id FROM company WHERE normalized_name = ?1 "
                             "ORDER BY id LIMIT 1", normalized_name, error);
}

/**
 * voc_company_repository_find_by_domain:
 *
 * Returns: (transfer full) (nullable): the first company with that web domain, or %NULL
 *   (without error) when there is none
 */
VocCompany *
voc_company_repository_find_by_domain (VocCompanyRepository  *self,
                                       const char            *domain,
                                       GError               **error)
{
  g_return_val_if_fail (VOC_IS_COMPANY_REPOSITORY (self), NULL);

  return find_company (self, "SELECT id FROM company WHERE domain = ?1 ORDER BY id LIMIT 1",
                       domain, error);
}

/* Jobs */

static gboolean
write_text (VocDatabase    *database,
            gint64          posting_id,
            const char     *raw_text,
            const char     *clean_text,
            GBytes         *original,
            const char     *media_type,
            GError        **error)
{
  sqlite3_stmt *stmt;

  stmt = voc_database_prepare (database,
                               "INSERT INTO job_posting_text (posting_id, raw_text, clean_text, "
                               "original, original_sha256, original_media_type) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                               "ON CONFLICT (posting_id) DO UPDATE SET raw_text = ?2, "
                               "clean_text = ?3, original = ?4, original_sha256 = ?5, "
                               "original_media_type = ?6", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, posting_id);
  sqlite3_bind_text (stmt, 2, raw_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, clean_text, -1, SQLITE_TRANSIENT);
  if (original != NULL)
    {
      gsize size;
      gconstpointer data = g_bytes_get_data (original, &size);

      sqlite3_bind_blob64 (stmt, 4, size > 0 ? data : "", size, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, original),
                         -1, g_free);
      sqlite3_bind_text (stmt, 6, media_type, -1, SQLITE_TRANSIENT);
    }

  return voc_database_step_done (database, stmt, error);
}


static void
voc_job_repository_class_init (VocJobRepositoryClass *klass)
{
  ADD (klass, VOC_TYPE_JOB_POSTING);
  ADD (klass, VOC_TYPE_FIT);
}

static void
voc_job_repository_init (VocJobRepository *self)
{
}

VocJobRepository *
voc_job_repository_new (VocDatabase *database)
{
  return g_object_new (VOC_TYPE_JOB_REPOSITORY, "database", database, NULL);
}

/**
 * voc_job_repository_insert_with_text:
 * @raw_text: (nullable): the text as extracted from the source
 * @clean_text: (nullable): the normalised text that is parsed and searched
 * @original: (nullable): the original bytes (a PDF, a web page), kept with their SHA-256
 * @media_type: (nullable): the media type of @original
 *
 * Stores a new posting and its text in one transaction.
 */
gboolean
voc_job_repository_insert_with_text (VocJobRepository  *self,
                                     VocJobPosting     *posting,
                                     const char        *raw_text,
                                     const char        *clean_text,
                                     GBytes            *original,
                                     const char        *media_type,
                                     GError           **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));

  g_return_val_if_fail (VOC_IS_JOB_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VOC_IS_JOB_POSTING (posting), FALSE);

  if (!voc_database_begin (database, error))
    return FALSE;

  if (!voc_repository_insert (VOC_REPOSITORY (self), posting, error) ||
      !write_text (database, voc_entity_get_id (VOC_ENTITY (posting)), raw_text, clean_text,
                   original, media_type, error))
    goto failed;

  if (voc_database_commit (database, error))
    return TRUE;

failed:
  voc_database_rollback (database);
  if (voc_entity_get_id (VOC_ENTITY (posting)) != 0)
    voc_entity_set_id (VOC_ENTITY (posting), 0);
  return FALSE;
}

/**
 * voc_job_repository_dup_text:
 * @clean: the cleaned text rather than the raw one
 *
 * Returns: (transfer full) (nullable): the posting's text, %NULL if it has none
 */
char *
voc_job_repository_dup_text (VocJobRepository  *self,
                             gint64             posting_id,
                             gboolean           clean,
                             GError           **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));
  sqlite3_stmt *stmt;
  char *text = NULL;
  int rc;

  g_return_val_if_fail (VOC_IS_JOB_REPOSITORY (self), NULL);

  stmt = voc_database_prepare (database,
                               clean ? "SELECT clean_text FROM job_posting_text WHERE posting_id = ?1"
                                     : "SELECT raw_text FROM job_posting_text WHERE posting_id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, posting_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    voc_database_set_error (database, rc, error);
  sqlite3_reset (stmt);

  return text;
}

/**
 * voc_job_repository_update_with_text:
 *
 * Stores a changed posting and replaces its text and original, in one transaction.
 */
gboolean
voc_job_repository_update_with_text (VocJobRepository  *self,
                                     VocJobPosting     *posting,
                                     const char        *raw_text,
                                     const char        *clean_text,
                                     GBytes            *original,
                                     const char        *media_type,
                                     GError           **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));

  g_return_val_if_fail (VOC_IS_JOB_REPOSITORY (self), FALSE);

  if (!voc_database_begin (database, error))
    return FALSE;

  if (voc_repository_update (VOC_REPOSITORY (self), posting, error) &&
      write_text (database, voc_entity_get_id (VOC_ENTITY (posting)), raw_text, clean_text,
                  original, media_type, error) &&
      voc_database_commit (database, error))
    return TRUE;

  voc_database_rollback (database);
  return FALSE;
}

/**
 * voc_job_repository_find_by_fingerprint:
 *
 * Returns: (transfer full) (nullable): the posting of that job, or %NULL (without error)
 */
VocJobPosting *
voc_job_repository_find_by_fingerprint (VocJobRepository  *self,
                                        const char        *fingerprint,
                                        GError           **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));
  gint64 id;

  g_return_val_if_fail (VOC_IS_JOB_REPOSITORY (self), NULL);

  id = find_id_by_text (database, "SELECT id FROM job_posting WHERE fingerprint = ?1",
                        fingerprint, error);
  if (id <= 0)
    return NULL;

  return voc_repository_find (VOC_REPOSITORY (self), VOC_TYPE_JOB_POSTING, id, error);
}

char *
voc_job_repository_dup_original_sha256 (VocJobRepository  *self,
                                        gint64             posting_id,
                                        GError           **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));
  sqlite3_stmt *stmt;
  char *sha = NULL;

  g_return_val_if_fail (VOC_IS_JOB_REPOSITORY (self), NULL);

  stmt = voc_database_prepare (database, "SELECT original_sha256 FROM job_posting_text "
                                         "WHERE posting_id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, posting_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    sha = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return sha;
}

/**
 * voc_job_repository_dup_original:
 * @media_type: (out) (optional): its media type
 *
 * Returns: (transfer full) (nullable): the bytes the posting was imported from
 */
GBytes *
voc_job_repository_dup_original (VocJobRepository  *self,
                                 gint64             posting_id,
                                 char             **media_type,
                                 GError           **error)
{
  VocDatabase *database = voc_repository_get_database (VOC_REPOSITORY (self));
  sqlite3_stmt *stmt;
  GBytes *bytes = NULL;

  g_return_val_if_fail (VOC_IS_JOB_REPOSITORY (self), NULL);

  stmt = voc_database_prepare (database, "SELECT original, original_media_type "
                                         "FROM job_posting_text WHERE posting_id = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, posting_id);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
      if (media_type != NULL)
        *media_type = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  return bytes;
}

/* Pipeline */

static void
voc_pipeline_repository_class_init (VocPipelineRepositoryClass *klass)
{
  ADD (klass, VOC_TYPE_JOB_APPLICATION);
  ADD (klass, VOC_TYPE_STAGE_CHANGE);
  ADD (klass, VOC_TYPE_RESUME_VERSION);
  ADD (klass, VOC_TYPE_DOCUMENT);
  ADD (klass, VOC_TYPE_OUTREACH);
  ADD (klass, VOC_TYPE_EVENT);
  ADD (klass, VOC_TYPE_TASK);
  ADD (klass, VOC_TYPE_NOTIFICATION);
}

static void
voc_pipeline_repository_init (VocPipelineRepository *self)
{
}

VocPipelineRepository *
voc_pipeline_repository_new (VocDatabase *database)
{
  return g_object_new (VOC_TYPE_PIPELINE_REPOSITORY, "database", database, NULL);
}

/* Where a stage sits on the way from prospect to accepted; the closed stages rejected and
 * withdrawn can follow any open one. */
static int
stage_rank (VocStage stage)
{
  switch (stage)
    {
    case VOC_STAGE_PROSPECT:
      return 0;
    case VOC_STAGE_APPLIED:
      return 1;
    case VOC_STAGE_SCREEN:
      return 2;
    case VOC_STAGE_INTERVIEW:
      return 3;
    case VOC_STAGE_OFFER:
      return 4;
    case VOC_STAGE_ACCEPTED:
      return 5;
    case VOC_STAGE_NONE:
    case VOC_STAGE_REJECTED:
    case VOC_STAGE_WITHDRAWN:
    default:
      return -1;
    }
}

static gboolean
stage_is_closed (VocStage stage)
{
  return stage == VOC_STAGE_ACCEPTED || stage == VOC_STAGE_REJECTED ||
         stage == VOC_STAGE_WITHDRAWN;
}

/**
 * voc_pipeline_stage_move_is_unusual:
 *
 * Any move is allowed; these are recorded as unusual: going back (interview to applied),
 * reopening a closed application, accepting without an offer, and a rejection of an
 * application that was never sent.
 *
 * Returns: whether moving from @from to @to goes against the usual course of an application
 */
gboolean
voc_pipeline_stage_move_is_unusual (VocStage from,
                                    VocStage to)
{
  if (from == to || from == VOC_STAGE_NONE)
    return FALSE;

  if (stage_is_closed (from))
    return TRUE;

  if (to == VOC_STAGE_ACCEPTED)
    return from != VOC_STAGE_OFFER;

  if (to == VOC_STAGE_REJECTED)
    return from == VOC_STAGE_PROSPECT;

  if (to == VOC_STAGE_WITHDRAWN)
    return FALSE;

  return stage_rank (to) < stage_rank (from);
}

/* The dates that matter follow the stages: applied (the first time the application went out
 * or anything after that happened), first response (the employer's first move after it
 * was sent), offer, and closed (cleared when a closed application is reopened). */
static void
set_stage_dates (VocJobApplication *application,
                 VocStage           from,
                 VocStage           to,
                 GDateTime         *now)
{
  gboolean sent = to != VOC_STAGE_PROSPECT && to != VOC_STAGE_WITHDRAWN;
  gboolean response = to == VOC_STAGE_SCREEN || to == VOC_STAGE_INTERVIEW ||
                      to == VOC_STAGE_OFFER || to == VOC_STAGE_ACCEPTED ||
                      to == VOC_STAGE_REJECTED;

  if (sent && voc_job_application_get_applied_at (application) == NULL)
    voc_job_application_set_applied_at (application, now);

  if (response && from != VOC_STAGE_PROSPECT &&
      voc_job_application_get_first_response_at (application) == NULL)
    voc_job_application_set_first_response_at (application, now);

  if ((to == VOC_STAGE_OFFER || to == VOC_STAGE_ACCEPTED) &&
      voc_job_application_get_offer_at (application) == NULL)
    voc_job_application_set_offer_at (application, now);

  if (stage_is_closed (to))
    voc_job_application_set_closed_at (application, now);
  else
    voc_job_application_set_closed_at (application, NULL);
}

/**
 * voc_pipeline_repository_set_stage:
 * @note: (nullable): why
 *
 * Moves an application to another stage and records the move as a #VocStageChange, in one
 * transaction, with the dates that follow from it (applied, first response, offer, closed).
 * Every move is allowed; one against the usual course is flagged `unusual` in its stage
 * change (see voc_pipeline_stage_move_is_unusual()). Moving to the stage it is in does
 * nothing.
 */
gboolean
voc_pipeline_repository_set_stage (VocPipelineRepository  *self,
                                   VocJobApplication      *application,
                                   VocStage                stage,
                                   const char             *note,
                                   GError                **error)
{
  VocRepository *repository = VOC_REPOSITORY (self);
  VocDatabase *database = voc_repository_get_database (repository);
  g_autoptr(VocStageChange) change = NULL;
  g_autoptr(GDateTime) now = NULL;
  VocStage previous;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (self), FALSE);
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (application), FALSE);

  previous = voc_job_application_get_stage (application);
  if (previous == stage)
    return TRUE;

  if (!voc_database_begin (database, error))
    return FALSE;

  now = voc_date_time_now_utc ();
  g_object_freeze_notify (G_OBJECT (application));
  voc_job_application_set_stage (application, stage);
  voc_job_application_set_stage_changed_at (application, now);
  set_stage_dates (application, previous, stage, now);
  g_object_thaw_notify (G_OBJECT (application));

  if (!voc_repository_update (repository, application, error))
    goto failed;

  change = voc_stage_change_new ();
  voc_stage_change_set_application_id (change, voc_entity_get_id (VOC_ENTITY (application)));
  voc_stage_change_set_from_stage (change, previous);
  voc_stage_change_set_to_stage (change, stage);
  voc_stage_change_set_changed_at (change, now);
  voc_stage_change_set_note (change, note);
  voc_stage_change_set_unusual (change, voc_pipeline_stage_move_is_unusual (previous, stage));
  if (!voc_repository_insert (repository, change, error))
    goto failed;

  if (voc_database_commit (database, error))
    return TRUE;

failed:
  voc_database_rollback (database);
  voc_store_refresh_entity (database, VOC_ENTITY (application), NULL);
  return FALSE;
}

/* Discovery, AI trace, screening, preparation, history: the generic calls are all they need
 * so far. */

static void
voc_discovery_repository_class_init (VocDiscoveryRepositoryClass *klass)
{
  ADD (klass, VOC_TYPE_SAVED_SEARCH);
  ADD (klass, VOC_TYPE_INTEGRATION_ACCOUNT);
}

static void
voc_discovery_repository_init (VocDiscoveryRepository *self)
{
}

VocDiscoveryRepository *
voc_discovery_repository_new (VocDatabase *database)
{
  return g_object_new (VOC_TYPE_DISCOVERY_REPOSITORY, "database", database, NULL);
}

static void
voc_trace_repository_class_init (VocTraceRepositoryClass *klass)
{
  ADD (klass, VOC_TYPE_MODEL_RUN);
  ADD (klass, VOC_TYPE_MODEL_IO);
  ADD (klass, VOC_TYPE_CRITIC_LOG);
  ADD (klass, VOC_TYPE_APPROVED_OUTPUT);
}

static void
voc_trace_repository_init (VocTraceRepository *self)
{
}

VocTraceRepository *
voc_trace_repository_new (VocDatabase *database)
{
  return g_object_new (VOC_TYPE_TRACE_REPOSITORY, "database", database, NULL);
}

static void
voc_screening_repository_class_init (VocScreeningRepositoryClass *klass)
{
  ADD (klass, VOC_TYPE_CV_BATCH);
  ADD (klass, VOC_TYPE_CANDIDATE);
  ADD (klass, VOC_TYPE_CANDIDATE_ENTITY);
}

static void
voc_screening_repository_init (VocScreeningRepository *self)
{
}

VocScreeningRepository *
voc_screening_repository_new (VocDatabase *database)
{
  return g_object_new (VOC_TYPE_SCREENING_REPOSITORY, "database", database, NULL);
}

static void
voc_prep_repository_class_init (VocPrepRepositoryClass *klass)
{
  ADD (klass, VOC_TYPE_INTERVIEW_SESSION);
  ADD (klass, VOC_TYPE_INTERVIEW_QUESTION);
  ADD (klass, VOC_TYPE_LEARNING_RESOURCE);
}

static void
voc_prep_repository_init (VocPrepRepository *self)
{
}

VocPrepRepository *
voc_prep_repository_new (VocDatabase *database)
{
  return g_object_new (VOC_TYPE_PREP_REPOSITORY, "database", database, NULL);
}

static void
voc_history_repository_class_init (VocHistoryRepositoryClass *klass)
{
  ADD (klass, VOC_TYPE_AUDIT_ENTRY);
  ADD (klass, VOC_TYPE_USER_EVENT);
}

static void
voc_history_repository_init (VocHistoryRepository *self)
{
}

VocHistoryRepository *
voc_history_repository_new (VocDatabase *database)
{
  return g_object_new (VOC_TYPE_HISTORY_REPOSITORY, "database", database, NULL);
}
