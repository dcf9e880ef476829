/* test-documents.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cover letters as versioned documents: an edit is a new version on top of the current one,
 * the history is kept and listed newest first, an old version comes back as a new one, the
 * version sent is linked to the application, deleting takes every version (and the link),
 * and a refused write leaves nothing behind.
 */

#include "config.h"

#include "voc-documents.h"
#include "voc-test-util.h"

typedef struct
{
  TestDb                 base;
  VocPipelineRepository *repo;
  gint64                 application_id;
  gint64                 posting_id;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(VocJobRepository) jobs = NULL;
  g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
  g_autoptr(VocJobApplication) application = voc_job_application_new ();
  g_autoptr(GError) error = NULL;

  test_db_setup (&f->base, data);
  f->repo = voc_pipeline_repository_new (f->base.db);
  jobs = voc_job_repository_new (f->base.db);
  voc_job_posting_set_title (posting, "Platform Engineer");
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (jobs), posting, &error));
  g_assert_no_error (error);
  f->posting_id = voc_entity_get_id (VOC_ENTITY (posting));
  voc_job_application_set_posting_id (application, f->posting_id);
  voc_job_application_set_stage (application, VOC_STAGE_APPLIED);
  voc_repository_insert (VOC_REPOSITORY (f->repo), application, &error);
  g_assert_no_error (error);
  f->application_id = voc_entity_get_id (VOC_ENTITY (application));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->repo);
  test_db_teardown (&f->base, data);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  return test_query_int (f->base.db, sql);
}

static gint64
id_of (gpointer entity)
{
  return voc_entity_get_id (VOC_ENTITY (entity));
}

static void
test_versions (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDocument) first = NULL;
  g_autoptr(VocDocument) second = NULL;
  g_autoptr(VocDocument) third = NULL;
  g_autoptr(VocDocument) restored = NULL;
  g_autoptr(VocDocument) current = NULL;
  g_autoptr(GPtrArray) versions = NULL;

  first = voc_documents_create_letter (f->repo, f->application_id, 0, "Letter for Globex",
                                       "Dear team,\n\nFirst draft.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (voc_document_get_version (first), ==, 1);
  g_assert_cmpint (voc_document_get_kind (first), ==, VOC_DOCUMENT_KIND_COVER_LETTER);
  /* The posting comes from the application. */
  g_assert_cmpint (voc_document_get_posting_id (first), ==, f->posting_id);
  g_assert_cmpint (voc_document_get_parent_id (first), <=, 0);

  second = voc_documents_save_version (f->repo, id_of (first), "Letter for Globex",
                                       "Dear team,\n\nSecond draft.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (voc_document_get_version (second), ==, 2);
  g_assert_cmpint (voc_document_get_parent_id (second), ==, id_of (first));
  g_assert_cmpint (voc_document_get_application_id (second), ==, f->application_id);

  /* Saving from an old version's id still goes on top of the current one. */
  third = voc_documents_save_version (f->repo, id_of (first), "Letter for Globex (final)",
                                      "Dear team,\n\nThird draft.", &error);
  g_assert_no_error (error);
  g_assert_cmpint (voc_document_get_version (third), ==, 3);
  g_assert_cmpint (voc_document_get_parent_id (third), ==, id_of (second));

  /* The first is untouched. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM document WHERE body = "
                             "'Dear team,\n\nFirst draft.' AND version = 1"), ==, 1);

  versions = voc_documents_list_versions (f->repo, id_of (second), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 3);
  g_assert_cmpint (voc_document_get_version (g_ptr_array_index (versions, 0)), ==, 3);
  g_assert_cmpint (voc_document_get_version (g_ptr_array_index (versions, 2)), ==, 1);

  /* Restoring version 1 makes a version 4 with its text; 2 and 3 stay. */
  restored = voc_documents_restore_version (f->repo, id_of (first), &error);
  g_assert_no_error (error);
  g_assert_cmpint (voc_document_get_version (restored), ==, 4);
  g_assert_cmpstr (voc_document_get_body (restored), ==, "Dear team,\n\nFirst draft.");
  g_assert_cmpstr (voc_document_get_title (restored), ==, "Letter for Globex");
  current = voc_documents_dup_current (f->repo, id_of (first), &error);
  g_assert_no_error (error);
  g_assert_cmpint (id_of (current), ==, id_of (restored));
  g_assert_cmpint (count (f, "SELECT count(*) FROM document"), ==, 4);

  /* Every write went through the repository: one audit row each. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE entity = 'document'"), ==, 4);
}

static void
test_invalid (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDocument) letter = NULL;
  g_autoptr(VocDocument) none = NULL;

  none = voc_documents_create_letter (f->repo, f->application_id, 0, "   ", "Body", &error);
  g_assert_null (none);
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  letter = voc_documents_create_letter (f->repo, f->application_id, 0, "Letter", "Body", &error);
  g_assert_no_error (error);
  none = voc_documents_save_version (f->repo, id_of (letter), "", "Edited", &error);
  g_assert_null (none);
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* An unknown letter: an error, nothing written. */
  none = voc_documents_save_version (f->repo, 9999, "Letter", "Edited", &error);
  g_assert_null (none);
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM document"), ==, 1);
  g_assert_false (voc_database_in_transaction (f->base.db));
}

static void
test_link_and_find (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDocument) first = NULL;
  g_autoptr(VocDocument) second = NULL;
  g_autoptr(VocDocument) found = NULL;
  g_autoptr(VocJobApplication) application = NULL;

  found = voc_documents_find_letter (f->repo, f->application_id, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  first = voc_documents_create_letter (f->repo, f->application_id, 0, "Letter", "One", &error);
  g_assert_no_error (error);
  g_assert_true (voc_documents_link_to_application (f->repo, id_of (first), f->application_id,
                                                    &error));
  g_assert_no_error (error);
  second = voc_documents_save_version (f->repo, id_of (first), "Letter", "Two", &error);
  g_assert_no_error (error);

  /* The version sent stays linked; the letter found is the current version. */
  application = voc_repository_find (VOC_REPOSITORY (f->repo), VOC_TYPE_JOB_APPLICATION,
                                     f->application_id, &error);
  g_assert_cmpint (voc_job_application_get_cover_letter_id (application), ==, id_of (first));
  found = voc_documents_find_letter (f->repo, f->application_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id_of (found), ==, id_of (second));
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDocument) first = NULL;
  g_autoptr(VocDocument) second = NULL;
  g_autoptr(VocDocument) other = NULL;
  g_autoptr(VocDocument) found = NULL;

  first = voc_documents_create_letter (f->repo, f->application_id, 0, "Letter", "One", &error);
  second = voc_documents_save_version (f->repo, id_of (first), "Letter", "Two", &error);
  other = voc_documents_create_letter (f->repo, 0, f->posting_id, "Another", "Else", &error);
  g_assert_no_error (error);
  g_assert_true (voc_documents_link_to_application (f->repo, id_of (second), f->application_id,
                                                    &error));

  g_assert_true (voc_documents_delete_letter (f->repo, id_of (first), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM document"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM job_application WHERE cover_letter_id IS NULL"),
                   ==, 1);
  found = voc_documents_find_letter (f->repo, f->application_id, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  g_assert_false (voc_documents_delete_letter (f->repo, id_of (first), &error));
  g_assert_error (error, VOC_DATABASE_ERROR, VOC_DATABASE_ERROR_NOT_FOUND);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/documents/versions", test_versions);
  ADD ("/documents/invalid", test_invalid);
  ADD ("/documents/link-and-find", test_link_and_find);
  ADD ("/documents/delete", test_delete);

  return g_test_run ();
}
