/* test-entity-list.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "voc-entity-list-private.h"
#include "voc-test-util.h"

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

typedef struct
{
  TestDb                base;
  VocCompanyRepository *companies;
  VocEntityList        *list;
  GArray               *changes;
} Fixture;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Fixture    *f)
{
  Change change = { position, removed, added };

  g_array_append_val (f->changes, change);
}

static VocCompany *
add_company (Fixture    *f,
             const char *name)
{
  VocCompany *company = voc_company_new ();
  g_autoptr(GError) error = NULL;

  voc_company_set_name (company, name);
  voc_company_set_normalized_name (company, name);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (f->companies), company, &error));
  g_assert_no_error (error);
  return company;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  test_db_setup (&f->base, data);
  f->companies = voc_company_repository_new (f->base.db);
  f->changes = g_array_new (FALSE, FALSE, sizeof (Change));

  g_object_unref (add_company (f, "Beta"));
  g_object_unref (add_company (f, "Delta"));
  g_object_unref (add_company (f, "Foxtrot"));

  f->list = voc_repository_list (VOC_REPOSITORY (f->companies), VOC_TYPE_COMPANY, "t.name");
  g_signal_connect (f->list, "items-changed", G_CALLBACK (on_items_changed_cb), f);
}

/* Until the list has the ids of the last commit. */
static void
wait_refreshed (VocEntityList *list)
{
  while (voc_entity_list_is_refreshing (list))
    g_main_context_iteration (NULL, TRUE);
}

/* Until every worker read, cancelled ones included, has stopped and been freed (a worker
 * may drop its task after the main thread ran its callback). */
static void
wait_workers (void)
{
  while (voc_entity_list_get_n_workers () > 0)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->list);
  wait_workers ();
  g_assert_finalize_object (f->companies);
  g_array_unref (f->changes);
  test_db_teardown (&f->base, data);
}

static void
assert_names (Fixture    *f,
              const char *expected)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VocCompany) company = g_list_model_get_item (G_LIST_MODEL (f->list), i);

      g_string_append_printf (names, "%s%s", i > 0 ? " " : "", voc_company_get_name (company));
    }

  g_assert_cmpstr (names->str, ==, expected);
}

static void
assert_one_change (Fixture *f,
                   guint    position,
                   guint    removed,
                   guint    added)
{
  g_assert_cmpuint (f->changes->len, ==, 1);
  g_assert_cmpuint (g_array_index (f->changes, Change, 0).position, ==, position);
  g_assert_cmpuint (g_array_index (f->changes, Change, 0).removed, ==, removed);
  g_assert_cmpuint (g_array_index (f->changes, Change, 0).added, ==, added);
  g_array_set_size (f->changes, 0);
}

static void
test_insert_position (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(VocCompany) c = NULL;

  assert_names (f, "Beta Delta Foxtrot");

  c = add_company (f, "Charlie");
  assert_one_change (f, 1, 0, 1);
  assert_names (f, "Beta Charlie Delta Foxtrot");

  g_object_unref (add_company (f, "Alpha"));
  assert_one_change (f, 0, 0, 1);
  g_object_unref (add_company (f, "Golf"));
  assert_one_change (f, 5, 0, 1);
  assert_names (f, "Alpha Beta Charlie Delta Foxtrot Golf");
}

static void
test_delete_position (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(VocCompany) delta = g_list_model_get_item (G_LIST_MODEL (f->list), 1);
  g_autoptr(GError) error = NULL;

  g_assert_true (voc_repository_delete (VOC_REPOSITORY (f->companies), delta, &error));
  assert_one_change (f, 1, 1, 0);
  assert_names (f, "Beta Foxtrot");
}

typedef struct
{
  guint count;
} Count;

static void
on_notify_name_cb (GObject    *object,
                   GParamSpec *pspec,
                   Count      *count)
{
  count->count++;
}

/* An update that keeps the row's place changes the loaded object in place: no
 * items-changed, one notify. One that moves it emits the range between. */
static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(VocCompany) shown = g_list_model_get_item (G_LIST_MODEL (f->list), 1);
  g_autoptr(VocCompany) edit = VOC_COMPANY (voc_entity_copy (VOC_ENTITY (shown)));
  g_autoptr(VocCompany) again = NULL;
  g_autoptr(GError) error = NULL;
  Count count = { 0 };

  g_signal_connect (shown, "notify::name", G_CALLBACK (on_notify_name_cb), &count);

  voc_company_set_name (edit, "Echo");
  g_assert_true (voc_repository_update (VOC_REPOSITORY (f->companies), edit, &error));
  g_assert_cmpuint (f->changes->len, ==, 0);
  g_assert_cmpuint (count.count, ==, 1);
  g_assert_cmpstr (voc_company_get_name (shown), ==, "Echo");

  /* The same position gives the same object while someone holds it. */
  again = g_list_model_get_item (G_LIST_MODEL (f->list), 1);
  g_assert_true (again == shown);

  voc_company_set_name (edit, "Zulu");
  g_assert_true (voc_repository_update (VOC_REPOSITORY (f->companies), edit, &error));
  assert_one_change (f, 1, 2, 2);
  assert_names (f, "Beta Foxtrot Zulu");
}

typedef struct
{
  VocCompanyRepository *companies;
  gint64                other_id;
  char                 *seen;
} Reader;

static void
on_notify_read_cb (GObject    *object,
                   GParamSpec *pspec,
                   Reader     *reader)
{
  g_autoptr(VocCompany) other = NULL;

  other = voc_repository_find (VOC_REPOSITORY (reader->companies), VOC_TYPE_COMPANY,
                               reader->other_id, NULL);
  g_free (reader->seen);
  reader->seen = g_strdup (voc_company_get_name (other));
}

/* A handler of a refreshed entity's notify may read the same table. */
static void
test_reentrant_read (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(VocCompany) shown = g_list_model_get_item (G_LIST_MODEL (f->list), 0);
  g_autoptr(VocCompany) other = g_list_model_get_item (G_LIST_MODEL (f->list), 2);
  g_autoptr(VocCompany) edit = VOC_COMPANY (voc_entity_copy (VOC_ENTITY (shown)));
  g_autoptr(GError) error = NULL;
  Reader reader = { f->companies, voc_entity_get_id (VOC_ENTITY (other)), NULL };

  g_signal_connect (shown, "notify", G_CALLBACK (on_notify_read_cb), &reader);
  voc_company_set_domain (edit, "beta.test");
  voc_company_set_industry (edit, "Retail");
  g_assert_true (voc_repository_update (VOC_REPOSITORY (f->companies), edit, &error));
  g_assert_cmpstr (reader.seen, ==, "Foxtrot");
  g_assert_cmpstr (voc_company_get_domain (shown), ==, "beta.test");
  g_assert_cmpstr (voc_company_get_industry (shown), ==, "Retail");
  g_free (reader.seen);
}

static void
test_rollback_is_silent (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(VocCompany) bad = voc_company_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (voc_database_begin (f->base.db, &error));
  g_object_unref (add_company (f, "Alpha"));
  voc_database_rollback (f->base.db);
  g_assert_cmpuint (f->changes->len, ==, 0);

  /* A refused write does not touch the list either. */
  g_assert_false (voc_repository_insert (VOC_REPOSITORY (f->companies), bad, &error));
  g_assert_cmpuint (f->changes->len, ==, 0);
  assert_names (f, "Beta Delta Foxtrot");
}

/* Rows that a cascade removes leave lists of their own table. */
static void
test_cascade (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(VocResumeRepository) resume = voc_resume_repository_new (f->base.db);
  g_autoptr(VocExperience) experience = voc_experience_new ();
  g_autoptr(VocEntityList) engagements = NULL;
  g_autoptr(GError) error = NULL;
  Fixture inner = { 0 };

  voc_experience_set_title (experience, "Consultant");
  voc_experience_set_employer (experience, "Self");
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (resume), experience, &error));

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(VocEngagement) engagement = voc_engagement_new ();
      g_autofree char *client = g_strdup_printf ("Client %u", i);

      voc_engagement_set_experience_id (engagement, voc_entity_get_id (VOC_ENTITY (experience)));
      voc_engagement_set_client (engagement, client);
      g_assert_true (voc_repository_insert (VOC_REPOSITORY (resume), engagement, &error));
    }

  engagements = voc_repository_list (VOC_REPOSITORY (resume), VOC_TYPE_ENGAGEMENT, "t.client");
  inner.changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_signal_connect (engagements, "items-changed", G_CALLBACK (on_items_changed_cb), &inner);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (engagements)), ==, 3);

  g_assert_true (voc_repository_delete (VOC_REPOSITORY (resume), experience, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (engagements)), ==, 0);
  g_assert_cmpuint (inner.changes->len, ==, 1);
  g_assert_cmpuint (g_array_index (inner.changes, Change, 0).removed, ==, 3);
  g_array_unref (inner.changes);
}

/* A posting shows its company's name; renaming the company updates loaded postings. */
static void
test_joined_name (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(VocJobRepository) jobs = voc_job_repository_new (f->base.db);
  g_autoptr(VocCompany) company = g_list_model_get_item (G_LIST_MODEL (f->list), 0);
  g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
  g_autoptr(VocEntityList) postings = NULL;
  g_autoptr(VocJobPosting) shown = NULL;
  g_autoptr(GError) error = NULL;

  voc_job_posting_set_title (posting, "Analyst");
  voc_job_posting_set_company_id (posting, voc_entity_get_id (VOC_ENTITY (company)));
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (jobs), posting, &error));

  postings = voc_repository_list (VOC_REPOSITORY (jobs), VOC_TYPE_JOB_POSTING, NULL);
  shown = g_list_model_get_item (G_LIST_MODEL (postings), 0);
  g_assert_cmpstr (voc_job_posting_get_company_name (shown), ==, "Beta");

  voc_company_set_name (company, "Beta Industries");
  g_assert_true (voc_repository_update (VOC_REPOSITORY (f->companies), company, &error));
  g_assert_cmpstr (voc_job_posting_get_company_name (shown), ==, "Beta Industries");
}

/* The model holds ids, not objects: a large list creates only the objects asked for. */
static void
test_lazy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocEntityList) big = NULL;
  g_autoptr(VocCompany) last = NULL;

  g_assert_true (voc_database_begin (f->base.db, &error));
  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Company %04u", i);

      g_object_unref (add_company (f, name));
    }
  g_assert_true (voc_database_commit (f->base.db, &error));
  assert_one_change (f, 1, 0, 2000);  /* between Beta and Delta */

  big = voc_repository_list (VOC_REPOSITORY (f->companies), VOC_TYPE_COMPANY, "t.name DESC");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (big)), ==, 2003);
  last = g_list_model_get_item (G_LIST_MODEL (big), 2002);
  g_assert_cmpstr (voc_company_get_name (last), ==, "Beta");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (big), 2003));
  g_assert_cmpint (voc_entity_list_find (big, voc_entity_get_id (VOC_ENTITY (last))), ==, 2002);

  /* At this length a change is read in a worker: the list keeps its ids until then. */
  g_object_unref (add_company (f, "Aardvark"));
  g_assert_true (voc_entity_list_is_refreshing (big));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (big)), ==, 2003);
  g_assert_cmpuint (f->changes->len, ==, 0);
  wait_refreshed (big);
  wait_refreshed (f->list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (big)), ==, 2004);
  g_clear_object (&last);
  last = g_list_model_get_item (G_LIST_MODEL (big), 2003);
  g_assert_cmpstr (voc_company_get_name (last), ==, "Aardvark");
  assert_one_change (f, 0, 0, 1);
  g_assert_cmpuint (voc_entity_list_get_n_refreshes (big), ==, 1);
}

/* A list read in a worker keeps its old ids until the new ones arrive, then emits the same
 * minimal change as one read at once. */
static void
test_refresh_in_worker (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(VocCompany) delta = g_list_model_get_item (G_LIST_MODEL (f->list), 1);
  g_autoptr(GError) error = NULL;

  voc_entity_list_set_async_min_rows (f->list, 0);

  g_object_unref (add_company (f, "Charlie"));
  g_assert_true (voc_entity_list_is_refreshing (f->list));
  g_assert_cmpuint (f->changes->len, ==, 0);
  assert_names (f, "Beta Delta Foxtrot");
  wait_refreshed (f->list);
  assert_one_change (f, 1, 0, 1);
  assert_names (f, "Beta Charlie Delta Foxtrot");

  /* A deleted row leaves at once; the read after it finds nothing more to change. */
  g_assert_true (voc_repository_delete (VOC_REPOSITORY (f->companies), delta, &error));
  g_assert_no_error (error);
  assert_one_change (f, 2, 1, 0);
  assert_names (f, "Beta Charlie Foxtrot");
  g_assert_true (voc_entity_list_is_refreshing (f->list));
  wait_refreshed (f->list);
  g_assert_cmpuint (f->changes->len, ==, 0);
  assert_names (f, "Beta Charlie Foxtrot");
  g_assert_cmpuint (voc_entity_list_get_n_refreshes (f->list), ==, 2);
}

/* The names of a list read now, on this thread. */
static char *
fresh_names (Fixture *f)
{
  g_autoptr(VocEntityList) fresh = NULL;
  GString *names = g_string_new (NULL);

  fresh = voc_repository_list (VOC_REPOSITORY (f->companies), VOC_TYPE_COMPANY, "t.name");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fresh)); i++)
    {
      g_autoptr(VocCompany) company = g_list_model_get_item (G_LIST_MODEL (fresh), i);

      g_string_append_printf (names, "%s%s", i > 0 ? " " : "", voc_company_get_name (company));
    }

  return g_string_free (names, FALSE);
}

/* A commit while the worker reads (it may read before or after it) is not lost: the list
 * reads once more after the worker. */
static void
test_commit_while_refreshing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(VocCompany) foxtrot = g_list_model_get_item (G_LIST_MODEL (f->list), 2);
  g_autoptr(GError) error = NULL;

  voc_entity_list_set_async_min_rows (f->list, 0);

  g_object_unref (add_company (f, "Echo"));
  g_assert_true (voc_entity_list_is_refreshing (f->list));
  /* No main loop iteration in between: the first read has not been applied yet. The
   * deleted row leaves at once, and stays out even if the first read saw it. */
  g_assert_true (voc_repository_delete (VOC_REPOSITORY (f->companies), foxtrot, &error));
  g_assert_no_error (error);
  assert_one_change (f, 2, 1, 0);
  assert_names (f, "Beta Delta");

  wait_refreshed (f->list);
  assert_one_change (f, 2, 0, 1);
  assert_names (f, "Beta Delta Echo");
  g_assert_cmpuint (voc_entity_list_get_n_refreshes (f->list), ==, 2);
}

/* A burst of commits costs one read in flight and one after it, not one each. */
static void
test_burst (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *expected = NULL;
  guint n_items = 0;

  voc_entity_list_set_async_min_rows (f->list, 0);

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("Burst %02u", 19 - i);

      g_object_unref (add_company (f, name));
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, 3);

  wait_refreshed (f->list);
  g_assert_cmpuint (voc_entity_list_get_n_refreshes (f->list), ==, 2);
  g_assert_cmpuint (f->changes->len, >=, 1);
  g_assert_cmpuint (f->changes->len, <=, 2);
  for (guint i = 0; i < f->changes->len; i++)
    {
      Change *change = &g_array_index (f->changes, Change, i);

      n_items = n_items - change->removed + change->added;
    }
  g_assert_cmpuint (n_items, ==, 20);

  expected = fresh_names (f);
  assert_names (f, expected);
  g_assert_true (g_str_has_prefix (expected, "Beta Burst 00 Burst 01 "));
}

/* Disposing a list cancels its read: the task holds no reference to it, and its callback
 * does not touch it (ASan would see it). */
static void
test_cancel_on_dispose (Fixture       *f,
                        gconstpointer  data)
{
  VocEntityList *list = voc_repository_list (VOC_REPOSITORY (f->companies), VOC_TYPE_COMPANY,
                                             "t.name");
  Fixture other = { 0 };

  other.changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &other);
  voc_entity_list_set_async_min_rows (list, 0);

  g_object_unref (add_company (f, "Charlie"));
  g_assert_true (voc_entity_list_is_refreshing (list));
  g_assert_cmpuint (voc_entity_list_get_n_workers (), >=, 1);
  g_assert_finalize_object (list);

  wait_workers ();
  g_assert_cmpuint (other.changes->len, ==, 0);
  g_array_unref (other.changes);

  /* The short list beside it read at once, as always. */
  assert_one_change (f, 1, 0, 1);
}

/* voc_entity_list_reload() reads now and drops what a worker was reading. */
static void
test_reload_cancels (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  voc_entity_list_set_async_min_rows (f->list, 0);

  g_object_unref (add_company (f, "Charlie"));
  g_assert_true (voc_entity_list_is_refreshing (f->list));
  g_assert_true (voc_entity_list_reload (f->list, &error));
  g_assert_no_error (error);
  g_assert_false (voc_entity_list_is_refreshing (f->list));
  assert_one_change (f, 1, 0, 1);

  wait_workers ();
  g_assert_cmpuint (f->changes->len, ==, 0);
  assert_names (f, "Beta Charlie Delta Foxtrot");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/entity-list/insert-position", test_insert_position);
  ADD ("/entity-list/delete-position", test_delete_position);
  ADD ("/entity-list/update", test_update);
  ADD ("/entity-list/reentrant-read", test_reentrant_read);
  ADD ("/entity-list/rollback-is-silent", test_rollback_is_silent);
  ADD ("/entity-list/cascade", test_cascade);
  ADD ("/entity-list/joined-name", test_joined_name);
  ADD ("/entity-list/lazy", test_lazy);
  ADD ("/entity-list/refresh-in-worker", test_refresh_in_worker);
  ADD ("/entity-list/commit-while-refreshing", test_commit_while_refreshing);
  ADD ("/entity-list/burst", test_burst);
  ADD ("/entity-list/cancel-on-dispose", test_cancel_on_dispose);
  ADD ("/entity-list/reload-cancels", test_reload_cancels);

#undef ADD

  return g_test_run ();
}
