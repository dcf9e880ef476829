/* test-resume-store.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writes of the master resume that touch several rows: bullets added after their
 * siblings, moved with their positions renumbered in one transaction, edited with the
 * previous text kept as a version, a version restored, and the tags in use.
 */

#include "config.h"

#include <locale.h>

#include "voc-store-private.h"
#include "voc-test-util.h"

typedef struct
{
  TestDb               base;
  VocResumeRepository *resume;
  gint64               experience_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(VocExperience) experience = voc_experience_new ();
  g_autoptr(GError) error = NULL;

  test_db_setup (&f->base, data);
  f->resume = voc_resume_repository_new (f->base.db);

  voc_experience_set_title (experience, "Backend Engineer");
  voc_experience_set_employer (experience, "Kestrel Labs");
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (f->resume), experience, &error));
  g_assert_no_error (error);
  f->experience_id = voc_entity_get_id (VOC_ENTITY (experience));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->resume);
  test_db_teardown (&f->base, data);
}

static VocBullet *
add_bullet (Fixture    *f,
            gint64      engagement_id,
            const char *text,
            const char *tags)
{
  g_autoptr(VocBullet) bullet = voc_bullet_new ();
  g_autoptr(GError) error = NULL;

  voc_bullet_set_experience_id (bullet, f->experience_id);
  voc_bullet_set_engagement_id (bullet, engagement_id);
  voc_bullet_set_text (bullet, text);
  voc_bullet_set_tags (bullet, tags);
  g_assert_true (voc_resume_repository_add_bullet (f->resume, bullet, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&bullet);
}

/* The texts of the list, joined by "|". */
static char *
texts (VocEntityList *list)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(VocBullet) bullet = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_string_append_printf (s, "%s%s", i > 0 ? "|" : "", voc_bullet_get_text (bullet));
    }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
positions (Fixture *f)
{
  g_autoptr(GString) s = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  sqlite3_prepare_v2 (voc_database_get_handle (f->base.db),
                      "SELECT text, position FROM bullet WHERE engagement_id IS NULL "
                      "ORDER BY position, id", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (s, "%s%s=%d", s->len > 0 ? " " : "",
                            (const char *) sqlite3_column_text (stmt, 0),
                            sqlite3_column_int (stmt, 1));
  sqlite3_finalize (stmt);

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
test_add_and_move (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(VocBullet) a = add_bullet (f, 0, "A", NULL);
  g_autoptr(VocBullet) b = add_bullet (f, 0, "B", NULL);
  g_autoptr(VocBullet) c = add_bullet (f, 0, "C", NULL);
  g_autoptr(VocEntityList) list = voc_resume_repository_list_bullets (f->resume,
                                                                       f->experience_id, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *stored = NULL;
  gint64 audits;

  g_assert_cmpint (voc_bullet_get_position (a), ==, 0);
  g_assert_cmpint (voc_bullet_get_position (c), ==, 2);
  order = texts (list);
  g_assert_cmpstr (order, ==, "A|B|C");

  /* C to the top: every position renumbered, in one transaction (one change signal). */
  audits = voc_database_count (f->base.db, "audit_log", NULL);
  g_assert_true (voc_resume_repository_move_bullet (f->resume, c, 0, &error));
  g_assert_no_error (error);
  g_clear_pointer (&order, g_free);
  order = texts (list);
  g_assert_cmpstr (order, ==, "C|A|B");
  stored = positions (f);
  g_assert_cmpstr (stored, ==, "C=0 A=1 B=2");
  g_assert_cmpint (voc_bullet_get_position (c), ==, 0);
  /* Each row that moved is audited. */
  g_assert_cmpint (voc_database_count (f->base.db, "audit_log", NULL), ==, audits + 3);

  /* Past the end means last; moving to where it is writes nothing. */
  g_assert_true (voc_resume_repository_move_bullet (f->resume, c, 99, &error));
  g_clear_pointer (&stored, g_free);
  stored = positions (f);
  g_assert_cmpstr (stored, ==, "A=0 B=1 C=2");
  audits = voc_database_count (f->base.db, "audit_log", NULL);
  g_assert_true (voc_resume_repository_move_bullet (f->resume, b, 1, &error));
  g_assert_cmpint (voc_database_count (f->base.db, "audit_log", NULL), ==, audits);
}

static void
test_move_among_siblings_only (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(VocEngagement) engagement = voc_engagement_new ();
  g_autoptr(VocBullet) a = add_bullet (f, 0, "A", NULL);
  g_autoptr(VocBullet) b = add_bullet (f, 0, "B", NULL);
  g_autoptr(VocBullet) x = NULL;
  g_autoptr(VocBullet) y = NULL;
  g_autoptr(VocEntityList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *stored = NULL;
  gint64 engagement_id;

  voc_engagement_set_experience_id (engagement, f->experience_id);
  voc_engagement_set_client (engagement, "Globex");
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (f->resume), engagement, &error));
  g_assert_no_error (error);
  engagement_id = voc_entity_get_id (VOC_ENTITY (engagement));

  /* The engagement's bullets count from 0 on their own. */
  x = add_bullet (f, engagement_id, "X", NULL);
  y = add_bullet (f, engagement_id, "Y", NULL);
  g_assert_cmpint (voc_bullet_get_position (x), ==, 0);
  g_assert_cmpint (voc_bullet_get_position (y), ==, 1);

  g_assert_true (voc_resume_repository_move_bullet (f->resume, y, 0, &error));
  g_assert_no_error (error);
  list = voc_resume_repository_list_bullets (f->resume, f->experience_id, engagement_id);
  order = texts (list);
  g_assert_cmpstr (order, ==, "Y|X");
  /* The experience's own bullets did not move. */
  stored = positions (f);
  g_assert_cmpstr (stored, ==, "A=0 B=1");
}

static void
test_update_keeps_versions (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(VocBullet) bullet = add_bullet (f, 0, "Cut build times by 40%", NULL);
  g_autoptr(VocBullet) other = add_bullet (f, 0, "Other", NULL);
  g_autoptr(VocEntityList) versions = NULL;
  g_autoptr(VocBulletVersion) newest = NULL;
  g_autoptr(VocBulletVersion) oldest = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = voc_entity_get_id (VOC_ENTITY (bullet));

  versions = voc_resume_repository_list_bullet_versions (f->resume, id);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (versions)), ==, 0);

  /* A change of importance only is no new version. */
  voc_bullet_set_importance (bullet, 5);
  g_assert_true (voc_resume_repository_update_bullet (f->resume, bullet, NULL,
                                                      VOC_VERSION_SOURCE_USER, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (versions)), ==, 0);

  voc_bullet_set_text (bullet, "Cut CI build times by 40%");
  voc_bullet_set_tags (bullet, "[\"ci\"]");
  g_assert_true (voc_resume_repository_update_bullet (f->resume, bullet, NULL,
                                                      VOC_VERSION_SOURCE_USER, &error));
  voc_bullet_set_text (bullet, "Cut CI build times by 45% in a quarter");
  g_assert_true (voc_resume_repository_update_bullet (f->resume, bullet, NULL,
                                                      VOC_VERSION_SOURCE_USER, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (versions)), ==, 2);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT importance FROM bullet WHERE "
                                   "text = 'Cut CI build times by 45% in a quarter'"), ==, 5);

  /* Newest first; the other bullet has none. */
  newest = g_list_model_get_item (G_LIST_MODEL (versions), 0);
  oldest = g_list_model_get_item (G_LIST_MODEL (versions), 1);
  g_assert_cmpstr (voc_bullet_version_get_text (newest), ==, "Cut CI build times by 40%");
  g_assert_cmpstr (voc_bullet_version_get_text (oldest), ==, "Cut build times by 40%");
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM bullet_version WHERE "
                                   "bullet_id <> (SELECT id FROM bullet WHERE text LIKE 'Cut%')"),
                   ==, 0);

  /* A copy edited while an export counted a use and the bullet moved keeps both. */
  {
    g_autoptr(VocBullet) copy = VOC_BULLET (voc_entity_copy (VOC_ENTITY (bullet)));
    g_autoptr(VocBullet) stored = NULL;
    g_autoptr(GDateTime) used = g_date_time_new_utc (2026, 3, 1, 10, 0, 0);

    voc_bullet_set_use_count (bullet, 7);
    voc_bullet_set_last_used_at (bullet, used);
    g_assert_true (voc_repository_update (VOC_REPOSITORY (f->resume), bullet, &error));
    g_assert_true (voc_resume_repository_move_bullet (f->resume, bullet, 1, &error));
    g_assert_no_error (error);

    voc_bullet_set_star_notes (copy, "Situation: slow CI");
    g_assert_true (voc_resume_repository_update_bullet (f->resume, copy, NULL,
                                                        VOC_VERSION_SOURCE_USER, &error));
    g_assert_no_error (error);
    stored = voc_repository_find (VOC_REPOSITORY (f->resume), VOC_TYPE_BULLET, id, &error);
    g_assert_cmpint (voc_bullet_get_use_count (stored), ==, 7);
    g_assert_cmpint (voc_bullet_get_position (stored), ==, 1);
    g_assert_true (g_date_time_equal (voc_bullet_get_last_used_at (stored), used));
    g_assert_cmpstr (voc_bullet_get_star_notes (stored), ==, "Situation: slow CI");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (versions)), ==, 2);
    voc_store_refresh_entity (f->base.db, VOC_ENTITY (bullet), NULL);
  }

  /* Restoring the first text is an edit too: the text it replaces is kept. */
  g_assert_true (voc_resume_repository_restore_bullet_version (f->resume, bullet, oldest,
                                                               &error));
  g_assert_no_error (error);
  g_assert_cmpstr (voc_bullet_get_text (bullet), ==, "Cut build times by 40%");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (versions)), ==, 3);
  g_clear_object (&newest);
  newest = g_list_model_get_item (G_LIST_MODEL (versions), 0);
  g_assert_cmpstr (voc_bullet_version_get_text (newest), ==,
                   "Cut CI build times by 45% in a quarter");
  g_assert_cmpstr (voc_bullet_version_get_reason (newest), ==, "restore");

  /* A version of another bullet is refused. */
  g_assert_false (voc_resume_repository_restore_bullet_version (f->resume, other, oldest,
                                                                &error));
  g_assert_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (voc_bullet_get_text (other), ==, "Other");

  /* An invalid edit writes neither the bullet nor a version. */
  voc_bullet_set_text (bullet, "   ");
  g_assert_false (voc_resume_repository_update_bullet (f->resume, bullet, NULL,
                                                       VOC_VERSION_SOURCE_USER, &error));
  g_assert_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID);
  g_assert_nonnull (g_strstr_len (error->message, -1, "bullet.text"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (versions)), ==, 3);
  g_assert_cmpint (test_query_int (f->base.db, "SELECT count(*) FROM bullet WHERE "
                                   "text = 'Cut build times by 40%'"), ==, 1);
}

static void
test_tags (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(VocBullet) a = add_bullet (f, 0, "A", "[\"rust\", \"Backend\"]");
  g_autoptr(VocBullet) b = add_bullet (f, 0, "B", "[\"ci\", \"rust\", 3, \" \"]");
  g_autoptr(VocBullet) c = add_bullet (f, 0, "C", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tags = voc_resume_repository_dup_bullet_tags (f->resume, &error);
  g_autofree char *joined = NULL;

  g_assert_no_error (error);
  joined = g_strjoinv ("|", tags);
  g_assert_cmpstr (joined, ==, "Backend|ci|rust");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/resume-store/add-and-move", test_add_and_move);
  ADD ("/resume-store/move-among-siblings-only", test_move_among_siblings_only);
  ADD ("/resume-store/update-keeps-versions", test_update_keeps_versions);
  ADD ("/resume-store/tags", test_tags);

#undef ADD

  return g_test_run ();
}
