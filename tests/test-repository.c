/* test-repository.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "voc-date.h"
#include "voc-test-util.h"

typedef struct
{
  TestDb      base;
  GPtrArray  *repositories;
  GHashTable *types_by_table;  /* table → GType */
} Fixture;

static GType
all_repository_types (guint i)
{
  GType types[] = {
    VOC_TYPE_RESUME_REPOSITORY, VOC_TYPE_COMPANY_REPOSITORY, VOC_TYPE_JOB_REPOSITORY,
    VOC_TYPE_PIPELINE_REPOSITORY, VOC_TYPE_DISCOVERY_REPOSITORY, VOC_TYPE_TRACE_REPOSITORY,
    VOC_TYPE_SCREENING_REPOSITORY, VOC_TYPE_PREP_REPOSITORY, VOC_TYPE_HISTORY_REPOSITORY,
  };

  return i < G_N_ELEMENTS (types) ? types[i] : G_TYPE_INVALID;
}

/* Every entity type: the children of VocEntity. */
static GType *
all_entity_types (guint *n)
{
  return g_type_children (VOC_TYPE_ENTITY, n);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree GType *types = NULL;
  guint n;

  test_db_setup (&f->base, data);
  f->repositories = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; all_repository_types (i) != G_TYPE_INVALID; i++)
    g_ptr_array_add (f->repositories,
                     g_object_new (all_repository_types (i), "database", f->base.db, NULL));

  f->types_by_table = g_hash_table_new (g_str_hash, g_str_equal);
  types = all_entity_types (&n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);

      g_hash_table_insert (f->types_by_table,
                           (gpointer) voc_entity_class_get_table (VOC_ENTITY_CLASS (klass)),
                           GSIZE_TO_POINTER (types[i]));
    }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_pointer (&f->repositories, g_ptr_array_unref);
  g_clear_pointer (&f->types_by_table, g_hash_table_unref);
  test_db_teardown (&f->base, data);
}

static VocRepository *
repo_for (Fixture *f,
          GType    type)
{
  for (guint i = 0; i < f->repositories->len; i++)
    if (voc_repository_owns_type (g_ptr_array_index (f->repositories, i), type))
      return g_ptr_array_index (f->repositories, i);

  g_error ("no repository stores %s", g_type_name (type));
  return NULL;
}

static gint64
audit_count (Fixture    *f,
             const char *table,
             gint64      id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE entity = '%s' "
                                          "AND entity_id = %" G_GINT64_FORMAT, table, id);

  return test_query_int (f->base.db, sql);
}

/* Builds and stores a valid entity of any type, storing what it must refer to first. */
static VocEntity *
make_valid (Fixture *f,
            GType    type,
            gboolean store)
{
  g_autoptr(VocEntity) entity = g_object_new (type, NULL);
  GPtrArray *columns = voc_entity_class_get_columns (VOC_ENTITY_GET_CLASS (entity));
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < columns->len; i++)
    {
      const VocColumn *c = g_ptr_array_index (columns, i);
      GType value_type = G_PARAM_SPEC_VALUE_TYPE (c->pspec);
      GValue value = G_VALUE_INIT;

      if (!(c->flags & VOC_COLUMN_REQUIRED) && !(type == VOC_TYPE_BULLET &&
                                                  g_str_equal (c->name, "experience_id")))
        continue;

      g_value_init (&value, value_type);
      if (c->references != NULL)
        {
          GType target = GPOINTER_TO_SIZE (g_hash_table_lookup (f->types_by_table,
                                                                 c->references));
          g_autoptr(VocEntity) parent = make_valid (f, target, TRUE);

          g_value_set_int64 (&value, voc_entity_get_id (parent));
        }
      else if (value_type == G_TYPE_STRING)
        {
          g_autofree char *text = g_strdup_printf ("Sample %s", c->name);

          g_value_set_string (&value, text);
        }
      else if (G_TYPE_IS_ENUM (value_type))
        g_value_set_enum (&value, 1);
      else if (value_type == G_TYPE_DATE_TIME)
        g_value_take_boxed (&value, g_date_time_new_utc (2026, 11, 23, 9, 30, 0));

      voc_entity_set_column_value (entity, c, &value);
      g_value_unset (&value);
    }

  if (store)
    {
      g_assert_true (voc_repository_insert (repo_for (f, type), entity, &error));
      g_assert_no_error (error);
    }

  return g_steal_pointer (&entity);
}

static const VocColumn *
first_text_column (VocEntity *entity)
{
  GPtrArray *columns = voc_entity_class_get_columns (VOC_ENTITY_GET_CLASS (entity));
  const VocColumn *fallback = NULL;

  for (guint i = 4; i < columns->len; i++)
    {
      const VocColumn *c = g_ptr_array_index (columns, i);

      if (G_PARAM_SPEC_VALUE_TYPE (c->pspec) != G_TYPE_STRING ||
          (c->flags & (VOC_COLUMN_TRANSIENT | VOC_COLUMN_JSON | VOC_COLUMN_PARTIAL_DATE |
                       VOC_COLUMN_CURRENCY)))
        continue;
      if (c->flags & VOC_COLUMN_REQUIRED)
        return c;
      if (fallback == NULL)
        fallback = c;
    }

  return fallback;
}

/* The schema and the entity classes describe the same columns. */
static void
test_schema_matches_entities (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree GType *types = NULL;
  guint n;

  types = all_entity_types (&n);
  g_assert_cmpuint (n, >=, 30);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);
      const char *table = voc_entity_class_get_table (VOC_ENTITY_CLASS (klass));
      GPtrArray *columns = voc_entity_class_get_columns (VOC_ENTITY_CLASS (klass));
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info('%s')", table);
      g_autoptr(GHashTable) in_table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              NULL);
      sqlite3_stmt *stmt = NULL;
      guint non_transient = 0;

      sqlite3_prepare_v2 (voc_database_get_handle (f->base.db), sql, -1, &stmt, NULL);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_hash_table_add (in_table, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      sqlite3_finalize (stmt);

      g_assert_cmpuint (g_hash_table_size (in_table), >, 0);

      for (guint j = 0; j < columns->len; j++)
        {
          const VocColumn *c = g_ptr_array_index (columns, j);

          if (c->flags & VOC_COLUMN_TRANSIENT)
            continue;
          non_transient++;
          if (!g_hash_table_contains (in_table, c->name))
            g_error ("%s.%s is a property of %s but not a column", table, c->name,
                     g_type_name (types[i]));
        }

      g_assert_cmpuint (non_transient, ==, g_hash_table_size (in_table));
      /* Every entity type is stored by exactly one repository. */
      g_assert_nonnull (repo_for (f, types[i]));
    }
}

/* Create, read, update, delete for every entity type, each write audited once. */
static void
test_crud_every_entity (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree GType *types = NULL;
  guint n;

  types = all_entity_types (&n);
  for (guint i = 0; i < n; i++)
    {
      VocRepository *repo = repo_for (f, types[i]);
      g_autoptr(VocEntity) entity = NULL;
      g_autoptr(VocEntity) found = NULL;
      g_autoptr(GError) error = NULL;
      const VocColumn *text;
      const char *table;
      GValue value = G_VALUE_INIT;
      gint64 id;

      if (types[i] == VOC_TYPE_PROFILE || types[i] == VOC_TYPE_AUDIT_ENTRY)
        continue;

      g_test_message ("%s", g_type_name (types[i]));
      entity = make_valid (f, types[i], TRUE);
      id = voc_entity_get_id (entity);
      table = voc_entity_get_table (entity);
      g_assert_cmpint (id, >, 0);
      g_assert_nonnull (voc_entity_get_uuid (entity));
      g_assert_nonnull (voc_entity_get_created_at (entity));
      g_assert_cmpint (audit_count (f, table, id), ==, 1);

      found = voc_repository_find (repo, types[i], id, &error);
      g_assert_no_error (error);
      g_assert_true (voc_entity_equal (entity, found));
      g_clear_object (&found);

      text = first_text_column (entity);
      if (text != NULL)
        {
          g_value_init (&value, G_TYPE_STRING);
          g_value_set_string (&value, "Changed ✓");
          voc_entity_set_column_value (entity, text, &value);
          g_value_unset (&value);
        }
      g_assert_true (voc_repository_update (repo, entity, &error));
      g_assert_no_error (error);
      g_assert_cmpint (audit_count (f, table, id), ==, 2);

      found = voc_repository_find (repo, types[i], id, &error);
      g_assert_no_error (error);
      g_assert_true (voc_entity_equal (entity, found));
      g_clear_object (&found);

      g_assert_true (voc_repository_delete (repo, entity, &error));
      g_assert_no_error (error);
      g_assert_cmpint (audit_count (f, table, id), ==, 3);

      found = voc_repository_find (repo, types[i], id, &error);
      if (types[i] == VOC_TYPE_CONTACT)
        {
          /* Contacts are soft-deleted: the row stays, marked. */
          g_assert_no_error (error);
          g_assert_nonnull (voc_contact_get_deleted_at (VOC_CONTACT (found)));
        }
      else if (types[i] == VOC_TYPE_TASK)
        {
          /* So are tasks, so that a deletion can be undone. */
          g_assert_no_error (error);
          g_assert_nonnull (voc_task_get_deleted_at (VOC_TASK (found)));
        }
      else
        {
          g_assert_null (found);
          g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND);
        }
    }
}

static void
test_audit_contents (Fixture       *f,
                     gconstpointer  data)
{
  VocRepository *repo = repo_for (f, VOC_TYPE_COMPANY);
  g_autoptr(VocCompany) company = voc_company_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 id;

  voc_company_set_name (company, "Initech");
  voc_company_set_normalized_name (company, "initech");
  g_assert_true (voc_repository_insert (repo, company, &error));
  id = voc_entity_get_id (VOC_ENTITY (company));

  voc_company_set_name (company, "Initech Ltd");
  g_assert_true (voc_repository_update (repo, company, &error));

  sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE entity = 'company' AND "
                         "entity_id = %" G_GINT64_FORMAT " AND action = 'update' AND "
                         "actor = 'user' AND json_extract(before, '$.name') = 'Initech' AND "
                         "json_extract(after, '$.name') = 'Initech Ltd'", id);
  g_assert_cmpint (test_query_int (f->base.db, sql), ==, 1);

  voc_repository_set_actor (repo, VOC_AUDIT_ACTOR_IMPORT);
  g_assert_true (voc_repository_delete (repo, company, &error));
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE entity_id = %" G_GINT64_FORMAT
                         " AND action = 'delete' AND actor = 'import' AND after IS NULL AND "
                         "json_extract(before, '$.name') = 'Initech Ltd'", id);
  g_assert_cmpint (test_query_int (f->base.db, sql), ==, 1);

  /* Nobody writes the audit log but the store. */
  {
    g_autoptr(VocAuditEntry) entry = voc_audit_entry_new ();

    voc_audit_entry_set_entity (entry, "company");
    g_assert_false (voc_repository_insert (repo_for (f, VOC_TYPE_AUDIT_ENTRY), entry, &error));
    g_assert_nonnull (error);
  }
}

static void
assert_refused (Fixture    *f,
                gpointer    entity,
                const char *message_prefix,
                int         domain_is_entity)
{
  VocRepository *repo = repo_for (f, G_OBJECT_TYPE (entity));
  const char *table = voc_entity_get_table (entity);
  gint64 rows = voc_database_count (f->base.db, table, NULL);
  gint64 audits = voc_database_count (f->base.db, "audit_log", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (voc_repository_insert (repo, entity, &error));
  g_assert_nonnull (error);
  if (domain_is_entity)
    g_assert_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID);
  else
    g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CONSTRAINT);
  if (strstr (error->message, message_prefix) == NULL)
    g_error ("expected “%s” in “%s”", message_prefix, error->message);

  /* Nothing written, nothing audited, the caller's object untouched. */
  g_assert_cmpint (voc_database_count (f->base.db, table, NULL), ==, rows);
  g_assert_cmpint (voc_database_count (f->base.db, "audit_log", NULL), ==, audits);
  g_assert_cmpint (voc_entity_get_id (entity), ==, 0);
  g_assert_null (voc_entity_get_created_at (entity));
}

static void
test_refusals_name_the_field (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(VocJobPosting) posting = NULL;
  g_autoptr(VocJobPosting) twin = NULL;
  g_autoptr(VocJobApplication) app = NULL;
  g_autoptr(VocJobApplication) second = NULL;
  g_autoptr(GError) error = NULL;

  posting = VOC_JOB_POSTING (make_valid (f, VOC_TYPE_JOB_POSTING, FALSE));
  voc_job_posting_set_title (posting, "");
  assert_refused (f, posting, "job_posting.title:", TRUE);
  voc_job_posting_set_title (posting, "Data Engineer");

  voc_job_posting_set_salary_min_cents (posting, -100);
  assert_refused (f, posting, "job_posting.salary_min_cents:", TRUE);
  voc_job_posting_set_salary_min_cents (posting, -1);

  voc_job_posting_set_company_id (posting, 999);
  assert_refused (f, posting, "job_posting.company_id: there is no company with id 999", TRUE);
  voc_job_posting_set_company_id (posting, 0);

  voc_job_posting_set_skills (posting, "[\"sql\",");
  assert_refused (f, posting, "job_posting.skills:", TRUE);
  voc_job_posting_set_skills (posting, "[\"sql\"]");

  g_assert_false (voc_entity_set_from_string (VOC_ENTITY (posting), "remote_mode", "mars",
                                              &error));
  g_assert_true (g_str_has_prefix (error->message, "job_posting.remote_mode:"));
  g_clear_error (&error);

  /* Unique guards: the same fingerprint twice, two applications for one posting. */
  voc_job_posting_set_fingerprint (posting, "abc123");
  g_assert_true (voc_repository_insert (repo_for (f, VOC_TYPE_JOB_POSTING), posting, &error));
  g_assert_no_error (error);
  twin = VOC_JOB_POSTING (make_valid (f, VOC_TYPE_JOB_POSTING, FALSE));
  voc_job_posting_set_fingerprint (twin, "abc123");
  assert_refused (f, twin, "job_posting.fingerprint", FALSE);

  app = voc_job_application_new ();
  voc_job_application_set_posting_id (app, voc_entity_get_id (VOC_ENTITY (posting)));
  voc_job_application_set_stage (app, VOC_STAGE_PROSPECT);
  g_assert_true (voc_repository_insert (repo_for (f, VOC_TYPE_JOB_APPLICATION), app, &error));
  second = voc_job_application_new ();
  voc_job_application_set_posting_id (second, voc_entity_get_id (VOC_ENTITY (posting)));
  voc_job_application_set_stage (second, VOC_STAGE_APPLIED);
  assert_refused (f, second, "job_application.posting_id", FALSE);
}

/* The database itself refuses bad rows, whatever writes them. */
static void
test_constraints (Fixture       *f,
                  gconstpointer  data)
{
  const char *header = "INSERT INTO %s (uuid, created_at, updated_at, %s) VALUES ('%s', 'x', "
                       "'x', %s)";
  struct {
    const char *table;
    const char *columns;
    const char *values;
  } bad[] = {
    { "company", "name, normalized_name", "'', 'x'" },
    { "company", "name, normalized_name", "NULL, 'x'" },
    { "job_posting", "title, remote_mode", "'T', 'moon'" },
    { "job_posting", "title, salary_min_cents", "'T', -1" },
    { "job_posting", "title, salary_min_cents, salary_max_cents", "'T', 500, 100" },
    { "job_posting", "title, salary_currency", "'T', 'euro'" },
    { "job_posting", "title, skills", "'T', '{broken'" },
    { "job_posting", "title, company_id", "'T', 4242" },
    { "job_application", "posting_id, stage", "NULL, 'applied'" },
    { "fit", "posting_id, score, scorer_version", "1, 101, '1'" },
    { "fit", "posting_id, score, scorer_version", "1, -1, '1'" },
    { "event", "title, starts_at, ends_at",
      "'I', '2026-01-01T10:00:00.000000Z', '2026-01-01T09:00:00.000000Z'" },
    { "event", "title, starts_at, ends_at",
      "'I', '2026-01-01T10:00:00.000000Z', '2026-01-01T10:00:00.000000Z'" },
    { "experience", "title, employer, start_date", "'E', 'A', '2020-1'" },
    { "experience", "title, employer, start_date, end_date", "'E', 'A', '2021', '2020'" },
    { "bullet", "text", "'orphan bullet'" },
    { "bullet", "text, experience_id, importance", "'x', NULL, 9" },
    { "task", "title, kind", "'T', 'nap'" },
    { "task", "title, priority", "'T', 7" },
    { "skill", "name, years", "'C', -2" },
    { "stage_change", "application_id, to_stage, changed_at", "1, 'none', 'x'" },
    { "job_application", "posting_id, stage", "1, 'none'" },
    { "saved_search", "name, enabled", "'S', 2" },
    { "candidate", "batch_id, display_name, score", "1, 'C', 200" },
    { "profile", "id", "2" },
  };
  g_autoptr(VocJobPosting) posting = VOC_JOB_POSTING (make_valid (f, VOC_TYPE_JOB_POSTING,
                                                                  TRUE));

  g_assert_cmpint (voc_entity_get_id (VOC_ENTITY (posting)), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *uuid = g_strdup_printf ("bad-%u", i);
      g_autofree char *sql = g_strdup_printf (header, bad[i].table, bad[i].columns, uuid,
                                              bad[i].values);
      int rc = test_exec (f->base.db, sql);

      if ((rc & 0xff) != SQLITE_CONSTRAINT)
        g_error ("not refused (%d): %s", rc, sql);
    }

  /* And a good row of the same shape goes in. */
  g_assert_cmpint (test_exec (f->base.db, "INSERT INTO task (uuid, created_at, updated_at, "
                              "title, kind, priority) VALUES ('ok', 'x', 'x', 'T', "
                              "'follow-up', 3)"), ==, SQLITE_OK);
}

static void
test_cascades_and_set_null (Fixture       *f,
                            gconstpointer  data)
{
  VocPipelineRepository *pipeline = VOC_PIPELINE_REPOSITORY (repo_for (f, VOC_TYPE_JOB_APPLICATION));
  g_autoptr(VocCompany) company = VOC_COMPANY (make_valid (f, VOC_TYPE_COMPANY, TRUE));
  g_autoptr(VocContact) contact = VOC_CONTACT (make_valid (f, VOC_TYPE_CONTACT, FALSE));
  g_autoptr(VocJobPosting) posting = VOC_JOB_POSTING (make_valid (f, VOC_TYPE_JOB_POSTING, FALSE));
  g_autoptr(VocJobApplication) app = voc_job_application_new ();
  g_autoptr(VocFit) fit = voc_fit_new ();
  g_autoptr(VocDocument) note = VOC_DOCUMENT (make_valid (f, VOC_TYPE_DOCUMENT, FALSE));
  g_autoptr(VocDocument) reloaded = NULL;
  g_autoptr(VocJobPosting) orphan = NULL;
  g_autoptr(VocExperience) experience = NULL;
  g_autoptr(VocBullet) bullet = NULL;
  g_autoptr(GError) error = NULL;
  gint64 company_id = voc_entity_get_id (VOC_ENTITY (company));
  gint64 posting_id;

  voc_contact_set_company_id (contact, company_id);
  g_assert_true (voc_repository_insert (repo_for (f, VOC_TYPE_CONTACT), contact, &error));
  voc_job_posting_set_company_id (posting, company_id);
  g_assert_true (voc_repository_insert (repo_for (f, VOC_TYPE_JOB_POSTING), posting, &error));
  posting_id = voc_entity_get_id (VOC_ENTITY (posting));

  voc_job_application_set_posting_id (app, posting_id);
  voc_job_application_set_stage (app, VOC_STAGE_PROSPECT);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (pipeline), app, &error));
  g_assert_true (voc_pipeline_repository_set_stage (pipeline, app, VOC_STAGE_APPLIED, "sent",
                                                    &error));
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM stage_change WHERE "
                                   "from_stage = 'prospect' AND to_stage = 'applied'"), ==, 1);
  g_assert_nonnull (voc_job_application_get_applied_at (app));

  voc_fit_set_posting_id (fit, posting_id);
  voc_fit_set_scorer_version (fit, "1");
  voc_fit_set_score (fit, 70);
  g_assert_true (voc_repository_insert (repo_for (f, VOC_TYPE_FIT), fit, &error));
  voc_document_set_posting_id (note, posting_id);
  g_assert_true (voc_repository_insert (repo_for (f, VOC_TYPE_DOCUMENT), note, &error));
  g_assert_no_error (error);

  /* A company goes: its postings and contacts stay, without a company. */
  g_assert_true (voc_repository_delete (repo_for (f, VOC_TYPE_COMPANY), company, &error));
  orphan = voc_repository_find (repo_for (f, VOC_TYPE_JOB_POSTING), VOC_TYPE_JOB_POSTING,
                                posting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (voc_job_posting_get_company_id (orphan), ==, 0);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM contact WHERE "
                                   "company_id IS NULL"), ==, 1);

  /* A posting goes: its application, the application's history and its fit go with it;
   * the notes document stays. */
  g_assert_true (voc_repository_delete (repo_for (f, VOC_TYPE_JOB_POSTING), posting, &error));
  g_assert_cmpint (voc_database_count (f->base.db, "job_application", NULL), ==, 0);
  g_assert_cmpint (voc_database_count (f->base.db, "stage_change", NULL), ==, 0);
  g_assert_cmpint (voc_database_count (f->base.db, "fit", NULL), ==, 0);
  reloaded = voc_repository_find (repo_for (f, VOC_TYPE_DOCUMENT), VOC_TYPE_DOCUMENT,
                                  voc_entity_get_id (VOC_ENTITY (note)), &error);
  g_assert_no_error (error);
  g_assert_cmpint (voc_document_get_posting_id (reloaded), ==, 0);

  /* An experience goes with its engagements and bullets. */
  bullet = VOC_BULLET (make_valid (f, VOC_TYPE_BULLET, TRUE));
  experience = voc_repository_find (repo_for (f, VOC_TYPE_EXPERIENCE), VOC_TYPE_EXPERIENCE,
                                    voc_bullet_get_experience_id (bullet), &error);
  g_assert_true (voc_repository_delete (repo_for (f, VOC_TYPE_EXPERIENCE), experience, &error));
  g_assert_cmpint (voc_database_count (f->base.db, "bullet", NULL), ==, 0);
}

static void
test_bullet_versions (Fixture       *f,
                      gconstpointer  data)
{
  VocResumeRepository *resume = VOC_RESUME_REPOSITORY (repo_for (f, VOC_TYPE_BULLET));
  g_autoptr(VocBullet) bullet = VOC_BULLET (make_valid (f, VOC_TYPE_BULLET, FALSE));
  g_autoptr(VocEntityList) versions = NULL;
  g_autoptr(VocBulletVersion) version = NULL;
  g_autoptr(GError) error = NULL;

  voc_bullet_set_text (bullet, "Cut build times by 40%");
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (resume), bullet, &error));
  g_assert_true (voc_resume_repository_set_bullet_text (resume, bullet,
                                                        "Cut CI build times by 40%", "clarity",
                                                        VOC_VERSION_SOURCE_USER, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (voc_bullet_get_text (bullet), ==, "Cut CI build times by 40%");

  versions = voc_repository_list (VOC_REPOSITORY (resume), VOC_TYPE_BULLET_VERSION, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (versions)), ==, 1);
  version = g_list_model_get_item (G_LIST_MODEL (versions), 0);
  g_assert_cmpstr (voc_bullet_version_get_text (version), ==, "Cut build times by 40%");
  g_assert_cmpstr (voc_bullet_version_get_reason (version), ==, "clarity");

  /* An invalid new text changes nothing, not even the version history. */
  g_assert_false (voc_resume_repository_set_bullet_text (resume, bullet, "  ", NULL,
                                                         VOC_VERSION_SOURCE_USER, &error));
  g_assert_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (versions)), ==, 1);
  g_assert_cmpstr (voc_bullet_get_text (bullet), ==, "Cut CI build times by 40%");
}

static guint
n_items (VocEntityList *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  VocJobRepository *jobs = VOC_JOB_REPOSITORY (repo_for (f, VOC_TYPE_JOB_POSTING));
  VocRepository *companies = repo_for (f, VOC_TYPE_COMPANY);
  g_autoptr(VocCompany) company = voc_company_new ();
  g_autoptr(VocJobPosting) a = voc_job_posting_new ();
  g_autoptr(VocJobPosting) b = voc_job_posting_new ();
  g_autoptr(VocContact) contact = voc_contact_new ();
  g_autoptr(VocSkill) skill = voc_skill_new ();
  g_autoptr(VocEntityList) list = NULL;
  g_autoptr(VocJobPosting) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  voc_company_set_name (company, "Globex Corporation");
  voc_company_set_normalized_name (company, "globex");
  g_assert_true (voc_repository_insert (companies, company, &error));

  voc_job_posting_set_title (a, "Platform Engineer");
  voc_job_posting_set_company_id (a, voc_entity_get_id (VOC_ENTITY (company)));
  g_assert_true (voc_job_repository_insert_with_text (jobs, a, "raw", "We run Kubernetes "
                                                      "clusters on bare metal.", NULL, NULL,
                                                      &error));
  g_assert_no_error (error);
  voc_job_posting_set_title (b, "Café Manager");
  g_assert_true (voc_job_repository_insert_with_text (jobs, b, NULL, "Espresso and people.",
                                                      NULL, NULL, &error));

  text = voc_job_repository_dup_text (jobs, voc_entity_get_id (VOC_ENTITY (a)), TRUE, &error);
  g_assert_cmpstr (text, ==, "We run Kubernetes clusters on bare metal.");

  /* Body, company name, prefix, diacritics. */
  list = voc_repository_search (VOC_REPOSITORY (jobs), VOC_TYPE_JOB_POSTING, "kubernetes");
  g_assert_cmpuint (n_items (list), ==, 1);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (voc_job_posting_get_title (first), ==, "Platform Engineer");
  g_assert_cmpstr (voc_job_posting_get_company_name (first), ==, "Globex Corporation");
  g_clear_object (&list);

  list = voc_repository_search (VOC_REPOSITORY (jobs), VOC_TYPE_JOB_POSTING, "glob");
  g_assert_cmpuint (n_items (list), ==, 1);
  g_clear_object (&list);
  list = voc_repository_search (VOC_REPOSITORY (jobs), VOC_TYPE_JOB_POSTING, "cafe");
  g_assert_cmpuint (n_items (list), ==, 1);
  g_clear_object (&list);
  /* FTS syntax in what the user types is only text. */
  list = voc_repository_search (VOC_REPOSITORY (jobs), VOC_TYPE_JOB_POSTING, "\"AND OR* (");
  g_assert_cmpuint (n_items (list), ==, 0);
  g_clear_object (&list);

  /* Renaming the company is found under the new name; the live list follows. */
  list = voc_repository_search (VOC_REPOSITORY (jobs), VOC_TYPE_JOB_POSTING, "initrode");
  g_assert_cmpuint (n_items (list), ==, 0);
  voc_company_set_name (company, "Initrode");
  g_assert_true (voc_repository_update (companies, company, &error));
  g_assert_true (voc_entity_list_reload (list, &error));
  g_assert_cmpuint (n_items (list), ==, 1);
  g_clear_object (&list);

  /* A soft-deleted contact leaves search and lists. */
  voc_contact_set_full_name (contact, "Miranda Priestly");
  g_assert_true (voc_repository_insert (companies, contact, &error));
  list = voc_repository_search (companies, VOC_TYPE_CONTACT, "miranda");
  g_assert_cmpuint (n_items (list), ==, 1);
  g_assert_true (voc_repository_delete (companies, contact, &error));
  g_assert_cmpuint (n_items (list), ==, 0);
  g_clear_object (&list);
  list = voc_repository_list (companies, VOC_TYPE_CONTACT, NULL);
  g_assert_cmpuint (n_items (list), ==, 0);
  g_clear_object (&list);

  /* Entities without an index are searched by their required text. */
  voc_skill_set_name (skill, "PostgreSQL");
  g_assert_true (voc_repository_insert (repo_for (f, VOC_TYPE_SKILL), skill, &error));
  list = voc_repository_search (repo_for (f, VOC_TYPE_SKILL), VOC_TYPE_SKILL, "gres");
  g_assert_cmpuint (n_items (list), ==, 1);
  g_clear_object (&list);
  list = voc_repository_search (repo_for (f, VOC_TYPE_SKILL), VOC_TYPE_SKILL, "100%");
  g_assert_cmpuint (n_items (list), ==, 0);
}

static void
test_profile (Fixture       *f,
              gconstpointer  data)
{
  VocResumeRepository *resume = VOC_RESUME_REPOSITORY (repo_for (f, VOC_TYPE_PROFILE));
  g_autoptr(VocProfile) profile = NULL;
  g_autoptr(VocProfile) again = NULL;
  g_autoptr(GError) error = NULL;

  profile = voc_resume_repository_dup_profile (resume, &error);
  g_assert_no_error (error);
  voc_profile_set_full_name (profile, "Grace Hopper");
  voc_profile_set_salary_min_cents (profile, 10000000);
  voc_profile_set_salary_currency (profile, "USD");
  g_assert_true (voc_repository_update (VOC_REPOSITORY (resume), profile, &error));

  again = voc_resume_repository_dup_profile (resume, &error);
  g_assert_cmpstr (voc_profile_get_full_name (again), ==, "Grace Hopper");
  g_assert_cmpint (voc_profile_get_salary_min_cents (again), ==, 10000000);
  g_assert_cmpint (voc_profile_get_salary_max_cents (again), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/repository/schema-matches-entities", test_schema_matches_entities);
  ADD ("/repository/crud-every-entity", test_crud_every_entity);
  ADD ("/repository/audit-contents", test_audit_contents);
  ADD ("/repository/refusals-name-the-field", test_refusals_name_the_field);
  ADD ("/repository/constraints", test_constraints);
  ADD ("/repository/cascades-and-set-null", test_cascades_and_set_null);
  ADD ("/repository/bullet-versions", test_bullet_versions);
  ADD ("/repository/search", test_search);
  ADD ("/repository/profile", test_profile);

#undef ADD

  return g_test_run ();
}
