/* test-resume-variants.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "voc-json-resume.h"
#include "voc-resume-versions.h"
#include "voc-test-util.h"

typedef struct
{
  TestDb               base;
  VocResumeRepository *resume;
  char                *globex_uuid;
} Fixture;

static VocBullet *
add_bullet (Fixture    *f,
            gint64      experience_id,
            const char *text,
            const char *tags,
            gint64      importance,
            gint64      position)
{
  VocBullet *bullet = voc_bullet_new ();
  g_autoptr(GError) error = NULL;

  voc_bullet_set_experience_id (bullet, experience_id);
  voc_bullet_set_text (bullet, text);
  voc_bullet_set_tags (bullet, tags);
  voc_bullet_set_importance (bullet, importance);
  voc_bullet_set_position (bullet, position);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (f->resume), bullet, &error));
  g_assert_no_error (error);
  return bullet;
}

static gint64
add_experience (Fixture    *f,
                const char *employer,
                const char *title,
                const char *start,
                gint64      position)
{
  g_autoptr(VocExperience) experience = voc_experience_new ();
  g_autoptr(GError) error = NULL;

  voc_experience_set_employer (experience, employer);
  voc_experience_set_title (experience, title);
  voc_experience_set_start_date (experience, start);
  voc_experience_set_position (experience, position);
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (f->resume), experience, &error));
  if (position == 0)
    f->globex_uuid = g_strdup (voc_entity_get_uuid (VOC_ENTITY (experience)));
  return voc_entity_get_id (VOC_ENTITY (experience));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(VocSkill) skill = voc_skill_new ();
  gint64 globex, initech;

  test_db_setup (&f->base, data);
  f->resume = voc_resume_repository_new (f->base.db);

  globex = add_experience (f, "Globex", "Data Engineer", "2021", 0);
  initech = add_experience (f, "Initech", "Analyst", "2018", 1);
  g_object_unref (add_bullet (f, globex, "Built the warehouse", "[\"backend\",\"data\"]", 5, 0));
  g_object_unref (add_bullet (f, globex, "Ran the hack day", "[\"culture\"]", 2, 1));
  g_object_unref (add_bullet (f, globex, "Cut costs 30%", "[\"data\"]", 4, 2));
  g_object_unref (add_bullet (f, initech, "Made TPS reports", "[\"legacy\"]", 1, 0));
  g_object_unref (add_bullet (f, initech, "Automated reporting", "[\"data\"]", 3, 1));

  voc_skill_set_name (skill, "SQL");
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (f->resume), skill, NULL));

  {
    g_autoptr(VocProfile) profile = voc_resume_repository_dup_profile (f->resume, NULL);

    voc_profile_set_full_name (profile, "Ada Quill");
    g_assert_true (voc_repository_update (VOC_REPOSITORY (f->resume), profile, NULL));
  }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->resume);
  g_free (f->globex_uuid);
  test_db_teardown (&f->base, data);
}

static char *
highlights (JsonObject *resume)
{
  g_autoptr(GString) out = g_string_new (NULL);
  JsonArray *work;

  if (!json_object_has_member (resume, "work"))
    return g_strdup ("");

  work = json_object_get_array_member (resume, "work");
  for (guint i = 0; i < json_array_get_length (work); i++)
    {
      JsonObject *entry = json_array_get_object_element (work, i);
      JsonArray *list = json_object_has_member (entry, "highlights")
                          ? json_object_get_array_member (entry, "highlights") : NULL;

      g_string_append_printf (out, "%s%s:", i > 0 ? " | " : "",
                              json_object_get_string_member (entry, "name"));
      for (guint h = 0; list != NULL && h < json_array_get_length (list); h++)
        g_string_append_printf (out, "%s%s", h > 0 ? "; " : " ",
                                json_array_get_string_element (list, h));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static JsonObject *
compile (Fixture    *f,
         const char *rules)
{
  g_autoptr(VocResumeVersion) variant = voc_resume_version_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *resume;

  voc_resume_version_set_name (variant, "Test");
  voc_resume_version_set_kind (variant, VOC_RESUME_KIND_VARIANT);
  voc_resume_version_set_rules (variant, rules);
  resume = voc_resume_compile (f->base.db, variant, NULL, &error);
  g_assert_no_error (error);
  return resume;
}

#define assert_compiles(f, rules, expected) \
  G_STMT_START { \
    g_autoptr(JsonObject) _r = compile (f, rules); \
    g_autofree char *_h = highlights (_r); \
    g_assert_cmpstr (_h, ==, expected); \
  } G_STMT_END

static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  assert_compiles (f, NULL,
                   "Globex: Built the warehouse; Ran the hack day; Cut costs 30% | "
                   "Initech: Made TPS reports; Automated reporting");
  assert_compiles (f, "{\"include_tags\": [\"DATA\"]}",
                   "Globex: Built the warehouse; Cut costs 30% | Initech: Automated reporting");
  assert_compiles (f, "{\"exclude_tags\": [\"legacy\", \"culture\"]}",
                   "Globex: Built the warehouse; Cut costs 30% | Initech: Automated reporting");
  /* The most important ones, shown in their own order. */
  assert_compiles (f, "{\"bullets_per_role\": 2}",
                   "Globex: Built the warehouse; Cut costs 30% | "
                   "Initech: Made TPS reports; Automated reporting");
  assert_compiles (f, "{\"bullets_per_role\": 1, \"exclude_tags\": [\"legacy\"]}",
                   "Globex: Built the warehouse | Initech: Automated reporting");

  {
    g_autofree char *rules = g_strdup_printf ("{\"experiences\": [\"%s\"], \"sections\": "
                                              "[\"work\"]}", f->globex_uuid);
    g_autoptr(JsonObject) r = compile (f, rules);
    g_autofree char *h = highlights (r);

    g_assert_cmpstr (h, ==, "Globex: Built the warehouse; Ran the hack day; Cut costs 30%");
    g_assert_false (json_object_has_member (r, "skills"));
    g_assert_true (json_object_has_member (r, "basics"));
  }
}

static void
test_bad_rules (Fixture       *f,
                gconstpointer  data)
{
  const char *bad[][2] = {
    { "[1]", "rules: must be a JSON object" },
    { "{\"include_tags\": \"data\"}", "rules.include_tags: must be a list of text" },
    { "{\"sections\": [1]}", "rules.sections: must be a list of text" },
    { "{\"bullets_per_role\": -1}", "rules.bullets_per_role:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonObject) r = voc_json_resume_export_with_rules (f->base.db, bad[i][0], NULL,
                                                                   &error);

      g_assert_null (r);
      g_assert_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, bad[i][1]));
    }
}

/* A variant is a rule: it shows the library as it is now. A frozen version does not move. */
static void
test_no_drift_and_freeze (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(VocResumeVersion) variant = voc_resume_version_new ();
  g_autoptr(VocResumeVersion) frozen = NULL;
  g_autoptr(VocEntityList) list = NULL;
  g_autoptr(VocBullet) bullet = NULL;
  g_autoptr(JsonObject) sources = NULL;
  g_autoptr(JsonObject) compiled = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (f->base.db);

  voc_resume_version_set_name (variant, "Data roles");
  voc_resume_version_set_kind (variant, VOC_RESUME_KIND_VARIANT);
  voc_resume_version_set_rules (variant, "{\"include_tags\": [\"data\"]}");
  g_assert_true (voc_repository_insert (VOC_REPOSITORY (pipeline), variant, &error));
  g_assert_no_error (error);

  frozen = voc_resume_freeze (f->base.db, variant, "Sent to Globex", 0, &error);
  g_assert_no_error (error);
  g_assert_true (voc_resume_version_get_frozen (frozen));
  g_assert_cmpint (voc_resume_version_get_parent_id (frozen), ==,
                   voc_entity_get_id (VOC_ENTITY (variant)));
  before = g_strdup (voc_resume_version_get_sections (frozen));
  g_assert_nonnull (strstr (before, "Built the warehouse"));
  g_assert_null (strstr (before, "Ran the hack day"));

  /* The diff says what the base had that this version leaves out, and the sources map each
   * highlight to its bullet. */
  g_assert_nonnull (strstr (voc_resume_version_get_diff (frozen), "\"highlight\":\"Ran the hack day\""));
  g_assert_nonnull (strstr (voc_resume_version_get_diff (frozen), "\"highlight\":\"Made TPS reports\""));
  g_assert_nonnull (strstr (voc_resume_version_get_diff (frozen), "work[0].highlights[0]"));

  /* Edit the library: the variant follows, the frozen version does not. */
  list = voc_repository_list_where (VOC_REPOSITORY (f->resume), VOC_TYPE_BULLET, "t.text = ?1",
                                    NULL, "Built the warehouse");
  bullet = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (voc_resume_repository_set_bullet_text (f->resume, bullet,
                                                        "Built the data warehouse", NULL,
                                                        VOC_VERSION_SOURCE_USER, &error));

  compiled = voc_resume_compile (f->base.db, variant, &sources, &error);
  {
    g_autofree char *h = highlights (compiled);

    g_assert_cmpstr (h, ==, "Globex: Built the data warehouse; Cut costs 30% | "
                            "Initech: Automated reporting");
  }
  g_assert_cmpstr (json_object_get_string_member (sources, "work[0].highlights[0]"), ==,
                   voc_entity_get_uuid (VOC_ENTITY (bullet)));

  {
    g_autoptr(VocResumeVersion) reloaded = voc_repository_find (VOC_REPOSITORY (pipeline),
                                                                VOC_TYPE_RESUME_VERSION,
                                                                voc_entity_get_id (VOC_ENTITY (frozen)),
                                                                &error);

    after = g_strdup (voc_resume_version_get_sections (reloaded));
    g_assert_cmpstr (after, ==, before);
  }
}

static void
test_bad_layout_rules (Fixture       *f,
                       gconstpointer  data)
{
  const char *bad[][2] = {
    { "{\"page_budget\": 3}", "rules.page_budget:" },
    { "{\"page_budget\": \"one\"}", "rules.page_budget:" },
    { "{\"paper\": \"a5\"}", "rules.paper:" },
    { "{\"template\": \"baroque\"}", "rules.template:" },
    { "{\"template\": 7}", "rules.template:" },
  };
  char *template_id = NULL;
  VocPaper paper = VOC_PAPER_LETTER;
  guint budget = 9;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(VocResumeVersion) variant = voc_resume_version_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(VocResumeBuild) build = NULL;

      voc_resume_version_set_rules (variant, bad[i][0]);
      build = voc_resume_build_new (f->base.db, variant, &error);
      g_assert_null (build);
      g_assert_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, bad[i][1]));
    }

  /* Absent: the default template, A4, no budget. */
  g_assert_true (voc_resume_rules_get_layout ("{}", &template_id, &paper, &budget, NULL));
  g_assert_cmpstr (template_id, ==, VOC_RESUME_TEMPLATE_DEFAULT);
  g_assert_cmpint (paper, ==, VOC_PAPER_A4);
  g_assert_cmpuint (budget, ==, 0);
  g_free (template_id);
}

static void
test_library_tags (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(GStrv) tags = NULL;
  g_autofree char *joined = NULL;

  g_autoptr(VocBullet) retired = NULL;
  g_autoptr(GError) error = NULL;
  gint64 experience_id = test_query_int (f->base.db, "SELECT min (id) FROM experience");

  /* Each tag once, whatever its case; a retired bullet's tags are not offered. */
  g_object_unref (add_bullet (f, experience_id, "Data again", "[\"Data\", \"Zebra\"]", 3, 9));
  retired = add_bullet (f, experience_id, "Old news", "[\"fax\"]", 3, 10);
  voc_bullet_set_retired (retired, TRUE);
  g_assert_true (voc_repository_update (VOC_REPOSITORY (f->resume), retired, &error));
  g_assert_no_error (error);
  tags = voc_resume_library_dup_tags (f->base.db);
  joined = g_strjoinv (",", tags);
  g_assert_cmpstr (joined, ==, "backend,culture,data,legacy,Zebra");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/resume-variants/rules", test_rules);
  ADD ("/resume-variants/bad-rules", test_bad_rules);
  ADD ("/resume-variants/no-drift-and-freeze", test_no_drift_and_freeze);
  ADD ("/resume-variants/bad-layout-rules", test_bad_layout_rules);
  ADD ("/resume-variants/library-tags", test_library_tags);

#undef ADD

  return g_test_run ();
}
