/* test-resume-budget.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A variant's page budget: compiled with one, a library that overflows a page fits on one,
 * with every role's facts and the most important bullets kept. Lays out PDF pages, so it
 * lives with the export tests (fontconfig's caches are emptied at the end for LeakSanitizer).
 */

#include <stdlib.h>
#include <string.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include "voc-resume-export.h"
#include "voc-resume-versions.h"
#include "../voc-test-util.h"

typedef struct
{
  TestDb               base;
  VocResumeRepository *resume;
} Fixture;

static void
add_bullet (Fixture    *f,
            gint64      experience_id,
            const char *text,
            gint64      importance,
            gint64      position)
{
  g_autoptr(VocBullet) bullet = voc_bullet_new ();
  g_autoptr(GError) error = NULL;

  voc_bullet_set_experience_id (bullet, experience_id);
  voc_bullet_set_text (bullet, text);
  voc_bullet_set_tags (bullet, "[\"backend\"]");
  voc_bullet_set_importance (bullet, importance);
  voc_bullet_set_position (bullet, position);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (f->resume), bullet, &error));
  g_assert_no_error (error);
}

static gint64
add_experience (Fixture    *f,
                const char *employer,
                const char *start,
                gint64      position)
{
  g_autoptr(VocExperience) experience = voc_experience_new ();
  g_autoptr(GError) error = NULL;

  voc_experience_set_employer (experience, employer);
  voc_experience_set_title (experience, "Software Engineer");
  voc_experience_set_start_date (experience, start);
  voc_experience_set_position (experience, position);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (f->resume), experience, &error));
  g_assert_no_error (error);
  return voc_entity_get_id (VOC_ENTITY (experience));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->resume);
  test_db_teardown (&f->base, data);
}

/* A library that takes more than a page: six roles of six bullets each, of importance
 * 5, 4, 3, 3, 2, 1 in that order, the newest role first. */
static const char *budget_words[] = {
  "Led", "Designed", "Shipped", "Rebuilt", "Migrated", "Automated",
};

static void
budget_setup (Fixture       *f,
              gconstpointer  data)
{
  static const gint64 importance[] = { 5, 4, 3, 3, 2, 1 };

  test_db_setup (&f->base, data);
  f->resume = voc_resume_repository_new (f->base.db);

  {
    g_autoptr(VocProfile) profile = voc_resume_repository_dup_profile (f->resume, NULL);

    voc_profile_set_full_name (profile, "Ada Quill");
    voc_profile_set_email (profile, "ada@example.org");
    voc_profile_set_summary (profile, "Backend engineer of fifteen years, from payments to "
                                      "logistics, who likes boring systems that stay up.");
    g_assert_true (voc_repository_update (VOC_REPOSITORY (f->resume), profile, NULL));
  }

  for (guint e = 0; e < 6; e++)
    {
      g_autofree char *employer = g_strdup_printf ("Employer %u", e);
      g_autofree char *start = g_strdup_printf ("%u-01", 2020 - 3 * e);
      gint64 id = add_experience (f, employer, start, e);

      for (guint b = 0; b < 6; b++)
        {
          g_autofree char *text = g_strdup_printf ("%s bullet %u.%u of importance %" G_GINT64_FORMAT
                                                   ": a service that moved the numbers for "
                                                   "the team, measured over a year of work "
                                                   "with the people who used it every day",
                                                   budget_words[b], e, b, importance[b]);

          add_bullet (f, id, text, importance[b], b);
        }
    }
}

/* Bullet uuid → "importance:role", from the library. */
static GHashTable *
bullet_facts (Fixture *f)
{
  g_autoptr(VocEntityList) list = voc_repository_list (VOC_REPOSITORY (f->resume),
                                                       VOC_TYPE_BULLET, NULL);
  g_autoptr(VocEntityList) roles = voc_repository_list (VOC_REPOSITORY (f->resume),
                                                        VOC_TYPE_EXPERIENCE, "t.position");
  GHashTable *facts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(VocBullet) bullet = g_list_model_get_item (G_LIST_MODEL (list), i);
      int role = voc_entity_list_find (roles, voc_bullet_get_experience_id (bullet));

      g_hash_table_insert (facts, g_strdup (voc_entity_get_uuid (VOC_ENTITY (bullet))),
                           g_strdup_printf ("%" G_GINT64_FORMAT ":%d",
                                            voc_bullet_get_importance (bullet), role));
    }

  return facts;
}

static VocResumeBuild *
build_variant (Fixture    *f,
               const char *rules)
{
  g_autoptr(VocResumeVersion) variant = voc_resume_version_new ();
  g_autoptr(GError) error = NULL;
  VocResumeBuild *build;

  voc_resume_version_set_name (variant, "Budget");
  voc_resume_version_set_kind (variant, VOC_RESUME_KIND_VARIANT);
  voc_resume_version_set_rules (variant, rules);
  build = voc_resume_build_new (f->base.db, variant, &error);
  g_assert_no_error (error);
  g_assert_nonnull (build);
  voc_resume_build_fit (build);
  return build;
}

static char *
to_string (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

/* A copy of @resume without the highlights of the first @n bullets of @uuids. */
static JsonObject *
without_bullets (JsonObject         *resume,
                 JsonObject         *sources,
                 const char * const *uuids,
                 guint               n)
{
  g_autofree char *text = to_string (resume);
  g_autoptr(JsonNode) copy = json_from_string (text, NULL);
  JsonArray *work = json_object_get_array_member (json_node_get_object (copy), "work");

  for (guint w = 0; w < json_array_get_length (work); w++)
    {
      JsonObject *entry = json_array_get_object_element (work, w);
      JsonArray *highlights = json_object_get_array_member (entry, "highlights");
      JsonArray *kept = json_array_new ();

      for (guint h = 0; h < json_array_get_length (highlights); h++)
        {
          g_autofree char *key = g_strdup_printf ("work[%u].highlights[%u]", w, h);
          const char *uuid = json_object_get_string_member (sources, key);
          gboolean drop = FALSE;

          for (guint i = 0; i < n && !drop; i++)
            drop = g_str_equal (uuids[i], uuid);
          if (!drop)
            json_array_add_string_element (kept, json_array_get_string_element (highlights, h));
        }
      json_object_set_array_member (entry, "highlights", kept);
    }

  return json_object_ref (json_node_get_object (copy));
}

static void
test_page_budget (Fixture       *f,
                  gconstpointer  data)
{
  const char *paper_rules[] = {
    "{\"page_budget\": 1}",
    "{\"page_budget\": 1, \"paper\": \"letter\", \"template\": \"modern\"}",
  };

  for (guint p = 0; p < G_N_ELEMENTS (paper_rules); p++)
    {
      g_autoptr(VocResumeBuild) free_build = build_variant (f, "{}");
      g_autoptr(VocResumeBuild) build = build_variant (f, paper_rules[p]);
      g_autoptr(GHashTable) facts = bullet_facts (f);
      JsonObject *resume = voc_resume_build_get_resume (build);
      JsonObject *sources = voc_resume_build_get_sources (build);
      JsonArray *work = json_object_get_array_member (resume, "work");
      JsonArray *free_work = json_object_get_array_member (voc_resume_build_get_resume (free_build),
                                                           "work");
      const char * const *dropped = voc_resume_build_get_dropped (build);
      int max_dropped = 0;
      int min_kept[6] = { 9, 9, 9, 9, 9, 9 };
      int min_kept_all = 9;
      guint n_kept = 0;

      /* Without a budget the library takes more than a page; with one it takes one. */
      g_assert_cmpuint (voc_resume_build_get_n_pages (free_build), >, 1);
      g_assert_null (voc_resume_build_get_dropped (free_build));
      g_assert_cmpuint (voc_resume_build_get_n_pages (build), ==, 1);
      g_assert_cmpuint (voc_resume_layout_count_pages (resume,
                                                       voc_resume_build_get_template_id (build),
                                                       voc_resume_build_get_paper (build)),
                        ==, 1);
      g_assert_cmpuint (voc_resume_build_get_page_budget (build), ==, 1);
      g_assert_cmpint (voc_resume_build_get_paper (build), ==,
                       p == 0 ? VOC_PAPER_A4 : VOC_PAPER_LETTER);

      /* Facts intact: every role, with its title, employer and dates, and at least one
       * highlight each. */
      g_assert_cmpuint (json_array_get_length (work), ==, 6);
      for (guint e = 0; e < 6; e++)
        {
          JsonObject *entry = json_array_get_object_element (work, e);
          JsonObject *free_entry = json_array_get_object_element (free_work, e);
          static const char *keys[] = { "name", "position", "startDate" };

          for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
            g_assert_cmpstr (json_object_get_string_member (entry, keys[k]), ==,
                             json_object_get_string_member (free_entry, keys[k]));
          g_assert_true (json_object_has_member (entry, "highlights"));
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (entry,
                                                                                 "highlights")),
                            >=, 1);
        }

      /* The dropped bullets are the least important ones: none kept is less important than
       * one dropped, but for the one a role keeps to stay on the page. */
      g_assert_nonnull (dropped);
      g_assert_cmpuint (g_strv_length ((char **) dropped), >, 0);
      for (guint i = 0; dropped[i] != NULL; i++)
        {
          const char *fact = g_hash_table_lookup (facts, dropped[i]);

          g_assert_nonnull (fact);
          max_dropped = MAX (max_dropped, fact[0] - '0');
          for (guint w = 0; w < json_array_get_length (work); w++)
            {
              JsonArray *h = json_object_get_array_member (json_array_get_object_element (work, w),
                                                           "highlights");

              for (guint j = 0; j < json_array_get_length (h); j++)
                {
                  g_autofree char *key = g_strdup_printf ("work[%u].highlights[%u]", w, j);

                  g_assert_cmpstr (json_object_get_string_member (sources, key), !=, dropped[i]);
                }
            }
        }
      for (guint w = 0; w < json_array_get_length (work); w++)
        {
          JsonArray *h = json_object_get_array_member (json_array_get_object_element (work, w),
                                                       "highlights");

          for (guint j = 0; j < json_array_get_length (h); j++)
            {
              g_autofree char *key = g_strdup_printf ("work[%u].highlights[%u]", w, j);
              const char *fact = g_hash_table_lookup (facts,
                                                      json_object_get_string_member (sources, key));

              /* The sources still name the bullet of each highlight. */
              g_assert_nonnull (fact);
              min_kept[w] = MIN (min_kept[w], fact[0] - '0');
              n_kept++;
            }
          if (json_array_get_length (h) > 1)
            min_kept_all = MIN (min_kept_all, min_kept[w]);
        }
      g_assert_cmpint (max_dropped, <=, min_kept_all);
      g_assert_cmpuint (n_kept + g_strv_length ((char **) dropped), ==, 36);

      /* Among bullets of the same importance, those of the older roles went first. */
      for (guint i = 0; dropped[i] != NULL; i++)
        {
          const char *fact = g_hash_table_lookup (facts, dropped[i]);
          int importance = fact[0] - '0';
          int role = atoi (fact + 2);

          for (guint w = 0; w < json_array_get_length (work); w++)
            if (min_kept[w] == importance && json_array_get_length (
                  json_object_get_array_member (json_array_get_object_element (work, w),
                                                "highlights")) > 1)
              g_assert_cmpint (role, >=, (int) w);
        }

      /* As few as needed: with the last one dropped back, it would not fit. */
      {
        guint n = g_strv_length ((char **) dropped);
        g_autoptr(JsonObject) fewer = without_bullets (voc_resume_build_get_resume (free_build),
                                                       voc_resume_build_get_sources (free_build),
                                                       dropped, n - 1);

        g_assert_cmpuint (voc_resume_layout_count_pages (fewer,
                                                         voc_resume_build_get_template_id (build),
                                                         voc_resume_build_get_paper (build)),
                          >, 1);
      }

      {
        g_autoptr(VocResumeBuild) again = build_variant (f, paper_rules[p]);
        g_autofree char *a = to_string (resume);
        g_autofree char *b = to_string (voc_resume_build_get_resume (again));

        /* Deterministic. */
        g_assert_cmpstr (a, ==, b);
      }
    }
}

/* Two pages fit without dropping anything; voc_resume_compile() and freezing apply the
 * budget too. */
static void
test_page_budget_compile (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(VocResumeBuild) two = build_variant (f, "{\"page_budget\": 2, "
                                                    "\"bullets_per_role\": 4}");
  g_autoptr(VocResumeVersion) variant = voc_resume_version_new ();
  g_autoptr(VocResumeVersion) frozen = NULL;
  g_autoptr(JsonObject) compiled = NULL;
  g_autoptr(JsonObject) sources = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (f->base.db);
  g_autoptr(JsonNode) sections = NULL;

  g_assert_cmpuint (voc_resume_build_get_n_pages (two), <=, 2);
  g_assert_null (voc_resume_build_get_dropped (two));

  voc_resume_version_set_name (variant, "One page");
  voc_resume_version_set_kind (variant, VOC_RESUME_KIND_VARIANT);
  voc_resume_version_set_rules (variant, "{\"page_budget\": 1}");
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (pipeline), variant, &error));

  compiled = voc_resume_compile (f->base.db, variant, &sources, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (voc_resume_layout_count_pages (compiled, NULL, VOC_PAPER_A4), ==, 1);
  g_assert_true (json_object_has_member (sources, "work[5].highlights[0]"));

  frozen = voc_resume_freeze (f->base.db, variant, "Sent, one page", 0, &error);
  g_assert_no_error (error);
  sections = json_from_string (voc_resume_version_get_sections (frozen), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (voc_resume_layout_count_pages (json_node_get_object (sections), NULL,
                                                   VOC_PAPER_A4), ==, 1);
  /* The diff names what the budget left out. */
  g_assert_nonnull (strstr (voc_resume_version_get_diff (frozen), "\"removed\":[{"));
}

/* A budget that cannot be met even without bullets: every role keeps its most important
 * one, the rest go, and the build says how many pages it still takes. */
static void
test_page_budget_unreachable (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(VocResumeBuild) build = NULL;
  g_autoptr(GHashTable) facts = NULL;
  JsonArray *work;

  for (guint e = 6; e < 60; e++)
    {
      g_autofree char *employer = g_strdup_printf ("Employer %u", e);
      gint64 id = add_experience (f, employer, "1990-01", e);

      add_bullet (f, id, "Kept the lights on", 2, 0);
      add_bullet (f, id, "Answered the phone", 4, 1);
    }

  build = build_variant (f, "{\"page_budget\": 1}");
  facts = bullet_facts (f);
  g_assert_cmpuint (voc_resume_build_get_n_pages (build), >, 1);

  work = json_object_get_array_member (voc_resume_build_get_resume (build), "work");
  g_assert_cmpuint (json_array_get_length (work), ==, 60);
  for (guint w = 0; w < json_array_get_length (work); w++)
    {
      JsonObject *entry = json_array_get_object_element (work, w);
      JsonArray *highlights = json_object_get_array_member (entry, "highlights");
      g_autofree char *key = g_strdup_printf ("work[%u].highlights[0]", w);
      const char *uuid = json_object_get_string_member (voc_resume_build_get_sources (build),
                                                        key);
      const char *fact = g_hash_table_lookup (facts, uuid);

      g_assert_cmpuint (json_array_get_length (highlights), ==, 1);
      /* The one kept is the role's most important. */
      g_assert_cmpint (fact[0] - '0', ==, w < 6 ? 5 : 4);
    }
  g_assert_cmpuint (g_strv_length ((char **) voc_resume_build_get_dropped (build)), ==,
                    6 * 5 + 54);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add ("/resume-budget/one-page", Fixture, NULL, budget_setup, test_page_budget,
              fixture_teardown);
  g_test_add ("/resume-budget/compile-and-freeze", Fixture, NULL, budget_setup,
              test_page_budget_compile, fixture_teardown);
  g_test_add ("/resume-budget/unreachable", Fixture, NULL, budget_setup,
              test_page_budget_unreachable, fixture_teardown);

  ret = g_test_run ();

  /* Pango, cairo and fontconfig keep font caches for the life of the process; empty them so
   * that LeakSanitizer sees only real leaks. */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();

  return ret;
}
