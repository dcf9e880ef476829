/* test-fit.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "voc-bm25.h"
#include "voc-fit-ats.h"
#include "voc-fit-engine.h"
#include "voc-fit-tailor.h"
#include "voc-vector.h"

/*
 * The fit engine on hand-checked examples: every factor, the whole score, determinism, bad
 * input; bullet ranking, text vectors, the ATS report and tailoring (which never changes a
 * fact).
 */

#define TODAY "2026-11"

static guint
skill (const char *name)
{
  int index = voc_skill_dictionary_lookup (voc_skill_dictionary_get_default (), name);

  g_assert_cmpint (index, >=, 0);
  return index;
}

/* A data engineer: Python, SQL, Airflow, dbt, Snowflake proved by recent bullets; Spark by an
 * old one; Kubernetes named only as a listed skill. */
static VocFitLibrary *
data_engineer (gboolean with_terraform)
{
  VocFitLibrary *lib = voc_fit_library_new (voc_skill_dictionary_get_default (), TODAY);
  const char *roles[] = { "Data Engineer", NULL };
  const char *tags_a[] = { "pipelines", "Airflow", NULL };
  const char *keywords[] = { "Kubernetes", NULL };

  voc_fit_library_set_profile (lib, "Senior Data Engineer", "I build data platforms.", roles,
                               "London, United Kingdom", "hybrid", 7000000, 9000000, "GBP");
  voc_fit_library_add_skill (lib, "Python", NULL, 8);
  voc_fit_library_add_skill (lib, "Containers", keywords, -1);
  voc_fit_library_add_experience (lib, 1, "Senior Data Engineer", "Acme", "2021-03", NULL, NULL);
  voc_fit_library_add_experience (lib, 2, "Data Engineer", "Globex", "2017-01", "2021-02", NULL);
  voc_fit_library_add_experience (lib, 3, "Analyst", "Initech", "2013-09", "2016-12", NULL);
  voc_fit_library_add_bullet (lib, 10, "u10", 1,
                              "Built Airflow pipelines in Python loading 2 TB a day into "
                              "Snowflake", tags_a, 5);
  voc_fit_library_add_bullet (lib, 11, "u11", 1,
                              "Modelled the warehouse with dbt and SQL, cutting report time by "
                              "60%", NULL, 4);
  voc_fit_library_add_bullet (lib, 12, "u12", 2,
                              "Wrote Python services and SQL checks for data quality", NULL, 3);
  voc_fit_library_add_bullet (lib, 13, "u13", 3, "Ran Apache Spark jobs for monthly reports",
                              NULL, 2);
  voc_fit_library_add_bullet (lib, 14, "u14", 3, "Presented findings to the board", NULL, 2);
  if (with_terraform)
    voc_fit_library_add_bullet (lib, 15, "u15", 1,
                                "Provisioned the platform with Terraform", NULL, 3);
  voc_fit_library_add_education (lib, "UCL", "Computer Science", "BSc");
  voc_fit_library_seal (lib);

  return lib;
}

static VocFitPosting *
data_posting (void)
{
  VocFitPosting *p = voc_fit_posting_new ("Senior Data Engineer", "senior", "London, UK",
                                          "hybrid", 8000000, 9500000, "GBP");
  float vector[VOC_VECTOR_DIM];
  const char *text = "Senior Data Engineer. You will build data pipelines with Python, SQL, "
                     "Airflow and dbt on Snowflake, and provision with Terraform. Nice to have: "
                     "Kafka. A bachelor's degree in computer science.";

  voc_fit_posting_add_skill (p, skill ("Python"), TRUE, FALSE, 7);
  voc_fit_posting_add_skill (p, skill ("SQL"), TRUE, FALSE, 6);
  voc_fit_posting_add_skill (p, skill ("Apache Airflow"), TRUE, FALSE, 5);
  voc_fit_posting_add_skill (p, skill ("dbt"), TRUE, FALSE, 4);
  voc_fit_posting_add_skill (p, skill ("Snowflake"), TRUE, FALSE, 4);
  voc_fit_posting_add_skill (p, skill ("Terraform"), TRUE, FALSE, 4);
  voc_fit_posting_add_skill (p, skill ("Apache Kafka"), FALSE, TRUE, 1);
  voc_fit_posting_set_text (p, text);
  voc_vector_embed (text, vector);
  voc_fit_posting_set_vector (p, vector);

  return p;
}

static VocFitPosting *
nurse_posting (void)
{
  VocFitPosting *p = voc_fit_posting_new ("Registered Nurse", "mid", "Leeds", "on-site",
                                          3000000, 3500000, "GBP");
  float vector[VOC_VECTOR_DIM];
  const char *text = "Registered Nurse for our surgical ward. Patient care, medication rounds, "
                     "wound dressing and night shifts. NMC registration required.";

  voc_fit_posting_set_text (p, text);
  voc_vector_embed (text, vector);
  voc_fit_posting_set_vector (p, vector);
  return p;
}

static const VocFitFactor *
factor (VocFitResult     *r,
        VocFitFactorKind  kind)
{
  return &r->factors[kind];
}

static void
assert_sane (VocFitResult *r)
{
  double shares = 0;

  g_assert_cmpint (r->score, >=, 0);
  g_assert_cmpint (r->score, <=, 100);
  for (guint k = 0; k < VOC_FIT_N_FACTORS; k++)
    {
      g_assert_true (isfinite (r->factors[k].value));
      g_assert_true (isfinite (r->factors[k].share));
      g_assert_cmpfloat (r->factors[k].value, >=, 0);
      g_assert_cmpfloat (r->factors[k].value, <=, 1);
      if (!r->factors[k].available)
        g_assert_cmpfloat (r->factors[k].share, ==, 0);
      shares += r->factors[k].share;
    }
  g_assert_true (shares == 0 || fabs (shares - 1) < 1e-9);
  g_assert_nonnull (r->rationale);
}

/* Every factor, checked by hand. */
static void
test_factors (void)
{
  g_autoptr(VocFitLibrary) lib = data_engineer (FALSE);
  g_autoptr(VocFitPosting) p = data_posting ();
  g_autoptr(VocFitResult) r = voc_fit_score (lib, p);

  assert_sane (r);

  /* Required: Python 7, SQL 6, Airflow 5, dbt 4, Snowflake 4 of 30 (Terraform 4 missing). */
  g_assert_true (factor (r, VOC_FIT_FACTOR_REQUIRED_SKILLS)->available);
  g_assert_cmpfloat_with_epsilon (factor (r, VOC_FIT_FACTOR_REQUIRED_SKILLS)->value,
                                  26.0 / 30.0, 1e-9);
  /* Nice to have: Kafka, missing. */
  g_assert_true (factor (r, VOC_FIT_FACTOR_NICE_SKILLS)->available);
  g_assert_cmpfloat (factor (r, VOC_FIT_FACTOR_NICE_SKILLS)->value, ==, 0);
  g_assert_cmpuint (r->missing_required->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (r->missing_required, 0), ==, "Terraform");
  g_assert_cmpuint (r->missing_nice->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (r->missing_nice, 0), ==, "Apache Kafka");

  /* Matched skills with the bullets that prove them: Python by 10 (current job) then 12. */
  g_assert_cmpuint (r->matched->len, ==, 5);
  {
    VocFitMatch *python = &g_array_index (r->matched, VocFitMatch, 0);

    g_assert_cmpstr (python->name, ==, "Python");
    g_assert_true (python->required);
    g_assert_cmpuint (python->bullets->len, ==, 2);
    g_assert_cmpint (g_array_index (python->bullets, gint64, 0), ==, 10);
    g_assert_cmpint (g_array_index (python->bullets, gint64, 1), ==, 12);
  }

  /* Title: "data engineer" equals the target role and the current title. */
  g_assert_cmpfloat (factor (r, VOC_FIT_FACTOR_TITLE)->value, ==, 1.0);
  /* Seniority: senior title now, 13 years: senior (3) = senior. */
  g_assert_cmpfloat (factor (r, VOC_FIT_FACTOR_SENIORITY)->value, ==, 1.0);
  /* Location: hybrid in London, the user lives in London: 0.2 + 0.8 × 1. */
  g_assert_cmpfloat_with_epsilon (factor (r, VOC_FIT_FACTOR_LOCATION)->value, 1.0, 1e-9);
  /* Salary: up to 95k against a 70k floor. */
  g_assert_cmpfloat (factor (r, VOC_FIT_FACTOR_SALARY)->value, ==, 1.0);
  /* Evidence: every matched skill has a bullet from the current or the last job. */
  g_assert_cmpfloat (factor (r, VOC_FIT_FACTOR_EVIDENCE)->value, >, 0.5);
  g_assert_true (factor (r, VOC_FIT_FACTOR_TEXT)->available);

  g_assert_cmpint (r->score, >=, 75);
  g_assert_nonnull (strstr (r->rationale, "5 of the 6 required skills"));
  g_assert_nonnull (strstr (r->rationale, "Terraform"));
}

static void
test_seniority_location_salary (void)
{
  g_autoptr(VocFitLibrary) lib = data_engineer (FALSE);
  struct {
    const char *seniority;
    double      value;
  } levels[] = {
    { "senior", 1.0 }, { "lead", 0.7 }, { "mid", 0.8 }, { "principal", 0.3 },
    { "junior", 0.45 }, { "intern", 0.1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      g_autoptr(VocFitPosting) p = voc_fit_posting_new ("Data Engineer", levels[i].seniority,
                                                        NULL, NULL, -1, -1, NULL);
      g_autoptr(VocFitResult) r = voc_fit_score (lib, p);

      g_assert_cmpfloat (factor (r, VOC_FIT_FACTOR_SENIORITY)->value, ==, levels[i].value);
    }

  {
    /* On site in another city, for someone who likes hybrid: only the country is shared. */
    g_autoptr(VocFitPosting) p = voc_fit_posting_new ("Data Engineer", NULL,
                                                      "Manchester, United Kingdom", "on-site",
                                                      6300000, 6300000, "GBP");
    g_autoptr(VocFitResult) r = voc_fit_score (lib, p);

    g_assert_cmpfloat_with_epsilon (factor (r, VOC_FIT_FACTOR_LOCATION)->value, 0.6, 1e-9);
    /* 63k is 90 % of the 70k floor: 1 − 3 × 0.1. */
    g_assert_cmpfloat_with_epsilon (factor (r, VOC_FIT_FACTOR_SALARY)->value, 0.7, 1e-9);
    g_assert_nonnull (strstr (r->rationale, "below your minimum"));
  }
  {
    /* Remote suits everyone; pay in another currency is not compared. */
    g_autoptr(VocFitPosting) p = voc_fit_posting_new ("Data Engineer", NULL, NULL, "remote",
                                                      9000000, -1, "USD");
    g_autoptr(VocFitResult) r = voc_fit_score (lib, p);

    g_assert_cmpfloat (factor (r, VOC_FIT_FACTOR_LOCATION)->value, ==, 1.0);
    g_assert_false (factor (r, VOC_FIT_FACTOR_SALARY)->available);
    g_assert_cmpstr (factor (r, VOC_FIT_FACTOR_SALARY)->reason, ==,
                     "the pay is in another currency than yours");
    g_assert_null (factor (r, VOC_FIT_FACTOR_LOCATION)->reason);
  }
}

static void
test_title_similarity (void)
{
  g_autoptr(VocFitLibrary) lib = data_engineer (FALSE);
  g_autoptr(VocFitPosting) dev = voc_fit_posting_new ("Senior Data Developer", NULL, NULL,
                                                      NULL, -1, -1, NULL);
  g_autoptr(VocFitPosting) nurse = voc_fit_posting_new ("Staff Nurse", NULL, NULL, NULL, -1, -1,
                                                        NULL);
  g_autoptr(VocFitPosting) analytics = voc_fit_posting_new ("Analytics Engineer", NULL, NULL,
                                                            NULL, -1, -1, NULL);
  g_autoptr(VocFitResult) r1 = voc_fit_score (lib, dev);
  g_autoptr(VocFitResult) r2 = voc_fit_score (lib, nurse);
  g_autoptr(VocFitResult) r3 = voc_fit_score (lib, analytics);

  /* "Developer" is "engineer"; levels do not count. */
  g_assert_cmpfloat (factor (r1, VOC_FIT_FACTOR_TITLE)->value, ==, 1.0);
  g_assert_cmpfloat (factor (r2, VOC_FIT_FACTOR_TITLE)->value, ==, 0.0);
  /* "analyst engineer" against "data engineer": Dice 2·1/4, weight 1. */
  g_assert_cmpfloat_with_epsilon (factor (r3, VOC_FIT_FACTOR_TITLE)->value, 0.5, 1e-9);
}

static void
test_perfect_and_unrelated (void)
{
  g_autoptr(VocFitLibrary) lib = data_engineer (TRUE);
  g_autoptr(VocFitPosting) good = data_posting ();
  g_autoptr(VocFitPosting) bad = nurse_posting ();
  g_autoptr(VocFitResult) r_good = voc_fit_score (lib, good);
  g_autoptr(VocFitResult) r_bad = voc_fit_score (lib, bad);

  assert_sane (r_good);
  assert_sane (r_bad);
  g_assert_cmpint (r_good->score, >=, 85);
  g_assert_cmpint (r_bad->score, <=, 30);
  g_test_message ("perfect %d, unrelated %d", r_good->score, r_bad->score);
}

static void
test_adding_skill_raises (void)
{
  g_autoptr(VocFitLibrary) without = data_engineer (FALSE);
  g_autoptr(VocFitLibrary) with = data_engineer (TRUE);
  g_autoptr(VocFitPosting) p = data_posting ();
  g_autoptr(VocFitResult) r1 = voc_fit_score (without, p);
  g_autoptr(VocFitResult) r2 = voc_fit_score (with, p);

  g_assert_cmpint (r2->score, >, r1->score);
  g_assert_cmpfloat (factor (r2, VOC_FIT_FACTOR_REQUIRED_SKILLS)->value, ==, 1.0);
  g_assert_cmpuint (r2->missing_required->len, ==, 0);
  g_assert_cmpstr (voc_fit_library_get_fingerprint (without), !=,
                   voc_fit_library_get_fingerprint (with));
}

static void
test_determinism (void)
{
  g_autoptr(VocFitLibrary) a = data_engineer (FALSE);
  g_autoptr(VocFitLibrary) b = data_engineer (FALSE);
  g_autoptr(VocFitPosting) p = data_posting ();
  g_autoptr(VocFitResult) r1 = voc_fit_score (a, p);
  g_autoptr(VocFitResult) r2 = voc_fit_score (b, p);
  g_autofree char *f1 = voc_fit_result_dup_factors_json (r1);
  g_autofree char *f2 = voc_fit_result_dup_factors_json (r2);
  g_autofree char *m1 = voc_fit_result_dup_matched_json (r1);
  g_autofree char *m2 = voc_fit_result_dup_matched_json (r2);
  g_autoptr(GArray) k1 = voc_fit_rank_bullets (a, p);
  g_autoptr(GArray) k2 = voc_fit_rank_bullets (b, p);

  g_assert_cmpstr (voc_fit_library_get_fingerprint (a), ==, voc_fit_library_get_fingerprint (b));
  g_assert_cmpint (r1->score, ==, r2->score);
  g_assert_cmpstr (f1, ==, f2);
  g_assert_cmpstr (m1, ==, m2);
  g_assert_cmpstr (r1->rationale, ==, r2->rationale);
  g_assert_cmpuint (k1->len, ==, k2->len);
  for (guint i = 0; i < k1->len; i++)
    g_assert_cmpint (g_array_index (k1, VocFitRankedBullet, i).id, ==,
                     g_array_index (k2, VocFitRankedBullet, i).id);

  /* Scoring the same posting again gives the same answer. */
  for (guint i = 0; i < 100; i++)
    {
      g_autoptr(VocFitResult) again = voc_fit_score (a, p);

      g_assert_cmpint (again->score, ==, r1->score);
    }
}

/* Nothing to go on: no skills, no bullets, unknown seniority, no salary, no place. */
static void
test_bad_input (void)
{
  g_autoptr(VocFitLibrary) empty = voc_fit_library_new (voc_skill_dictionary_get_default (),
                                                        TODAY);
  g_autoptr(VocFitLibrary) lib = data_engineer (FALSE);
  g_autoptr(VocFitPosting) bare = voc_fit_posting_new ("Engineer", "unknown", NULL, "unknown",
                                                       -1, -1, NULL);
  g_autoptr(VocFitPosting) nothing = voc_fit_posting_new (NULL, NULL, NULL, NULL, -1, -1, NULL);
  g_autoptr(VocFitPosting) full = data_posting ();
  g_autoptr(VocFitResult) r = NULL;
  g_autoptr(GError) error = NULL;

  voc_fit_library_seal (empty);

  /* A resume with no bullets, no skills, no titles. */
  r = voc_fit_score (empty, full);
  assert_sane (r);
  g_assert_true (factor (r, VOC_FIT_FACTOR_REQUIRED_SKILLS)->available);
  g_assert_cmpfloat (factor (r, VOC_FIT_FACTOR_REQUIRED_SKILLS)->value, ==, 0);
  g_assert_false (factor (r, VOC_FIT_FACTOR_EVIDENCE)->available);
  g_assert_false (factor (r, VOC_FIT_FACTOR_TITLE)->available);
  g_assert_false (factor (r, VOC_FIT_FACTOR_SENIORITY)->available);
  g_assert_false (factor (r, VOC_FIT_FACTOR_SALARY)->available);
  g_assert_false (factor (r, VOC_FIT_FACTOR_TEXT)->available);
  g_assert_cmpint (r->score, <=, 10);
  g_assert_nonnull (strstr (r->rationale, "Not counted"));
  /* Each says what was missing, and on which side. */
  g_assert_cmpstr (factor (r, VOC_FIT_FACTOR_EVIDENCE)->reason, ==, "no bullets in your resume");
  g_assert_cmpstr (factor (r, VOC_FIT_FACTOR_TITLE)->reason, ==, "no job titles in your resume");
  g_assert_cmpstr (factor (r, VOC_FIT_FACTOR_SALARY)->reason, ==,
                   "no salary range in your profile");
  g_assert_null (factor (r, VOC_FIT_FACTOR_REQUIRED_SKILLS)->reason);
  g_clear_pointer (&r, voc_fit_result_free);

  /* A posting with no skills, unknown seniority, no salary, no place. */
  r = voc_fit_score (lib, bare);
  assert_sane (r);
  g_assert_false (factor (r, VOC_FIT_FACTOR_REQUIRED_SKILLS)->available);
  g_assert_false (factor (r, VOC_FIT_FACTOR_NICE_SKILLS)->available);
  g_assert_false (factor (r, VOC_FIT_FACTOR_EVIDENCE)->available);
  g_assert_false (factor (r, VOC_FIT_FACTOR_SENIORITY)->available);
  g_assert_false (factor (r, VOC_FIT_FACTOR_SALARY)->available);
  g_assert_false (factor (r, VOC_FIT_FACTOR_LOCATION)->available);
  g_assert_true (factor (r, VOC_FIT_FACTOR_TITLE)->available);
  g_assert_nonnull (strstr (r->rationale, "No skills were found"));
  g_assert_nonnull (strstr (r->rationale, "salary"));
  g_assert_cmpstr (factor (r, VOC_FIT_FACTOR_SALARY)->reason, ==, "no salary in the posting");
  g_assert_cmpstr (factor (r, VOC_FIT_FACTOR_SENIORITY)->reason, ==,
                   "the posting does not say the seniority");
  g_assert_cmpstr (factor (r, VOC_FIT_FACTOR_LOCATION)->reason, ==,
                   "no place or remote mode in the posting");
  g_assert_cmpstr (factor (r, VOC_FIT_FACTOR_REQUIRED_SKILLS)->reason, ==,
                   "no skills found in the posting");
  g_clear_pointer (&r, voc_fit_result_free);

  /* Nothing at all on either side: every factor unavailable, score 0, no NaN. */
  r = voc_fit_score (empty, nothing);
  assert_sane (r);
  for (guint k = 0; k < VOC_FIT_N_FACTORS; k++)
    g_assert_false (r->factors[k].available);
  g_assert_cmpint (r->score, ==, 0);
  g_clear_pointer (&r, voc_fit_result_free);

  /* Stored skills that are not a list are refused; unknown names are skipped. */
  g_assert_false (voc_fit_posting_add_skills_json (bare, voc_skill_dictionary_get_default (),
                                                   "{\"name\": 1}", &error));
  g_assert_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA);
  g_assert_true (voc_fit_posting_add_skills_json (bare, voc_skill_dictionary_get_default (),
                                                  "[{\"name\": \"No Such Skill\"}, 3, "
                                                  "{\"name\": \"Python\", \"required\": true, "
                                                  "\"weight\": -5}]", NULL));
  g_assert_cmpuint (voc_fit_posting_get_n_skills (bare), ==, 1);
}

/* Whole words through the dictionary: "react" is not "reactive", "Postgres" is PostgreSQL. */
static void
test_whole_words_and_aliases (void)
{
  g_autoptr(VocFitLibrary) lib = voc_fit_library_new (voc_skill_dictionary_get_default (), TODAY);
  g_autoptr(VocFitPosting) p = voc_fit_posting_new ("Engineer", NULL, NULL, NULL, -1, -1, NULL);
  g_autoptr(VocFitResult) r = NULL;

  voc_fit_library_add_experience (lib, 1, "Engineer", "Acme", "2020", NULL, NULL);
  voc_fit_library_add_bullet (lib, 1, NULL, 1, "Built a reactive dashboard on Postgres", NULL, 3);
  voc_fit_library_seal (lib);
  voc_fit_posting_add_skill (p, skill ("React"), TRUE, FALSE, 1);
  voc_fit_posting_add_skill (p, skill ("PostgreSQL"), TRUE, FALSE, 1);

  r = voc_fit_score (lib, p);
  g_assert_cmpuint (r->matched->len, ==, 1);
  g_assert_cmpstr (g_array_index (r->matched, VocFitMatch, 0).name, ==, "PostgreSQL");
  g_assert_cmpstr (g_ptr_array_index (r->missing_required, 0), ==, "React");
}

/* The relations file: loaded with the dictionary, symmetric, and checked line by line. */
static void
test_skill_relations (void)
{
  VocSkillDictionary *dict = voc_skill_dictionary_get_default ();
  g_autoptr(VocSkillDictionary) own = NULL;
  g_autoptr(GError) error = NULL;
  const guint *related;
  guint n = 0;
  gboolean found = FALSE;

  related = voc_skill_dictionary_get_related (dict, skill ("PostgreSQL"), &n);
  for (guint i = 0; i < n; i++)
    found |= related[i] == skill ("MySQL");
  g_assert_true (found);
  found = FALSE;
  related = voc_skill_dictionary_get_related (dict, skill ("MySQL"), &n);
  for (guint i = 0; i < n; i++)
    {
      found |= related[i] == skill ("PostgreSQL");
      g_assert_cmpuint (related[i], !=, skill ("MySQL"));
    }
  g_assert_true (found);
  related = voc_skill_dictionary_get_related (dict, skill ("Communication"), &n);
  g_assert_null (related);
  g_assert_cmpuint (n, ==, 0);

  own = voc_skill_dictionary_new_from_tsv ("Alpha\tlanguage\t\tvocation\n"
                                           "Beta\tlanguage\tbb\tvocation\n"
                                           "Gamma\tlanguage\t\tvocation\n", NULL);
  /* An alias is not a name; a family of one is no family; a bad line adds nothing. */
  g_assert_false (voc_skill_dictionary_add_relations (own, "x\tAlpha|Gamma\ny\tAlpha|bb\n",
                                                      &error));
  g_assert_error (error, VOC_SKILLS_ERROR, VOC_SKILLS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "line 2"));
  g_assert_nonnull (strstr (error->message, "bb"));
  g_assert_null (voc_skill_dictionary_get_related (own, 0, &n));
  g_clear_error (&error);
  g_assert_false (voc_skill_dictionary_add_relations (own, "x\tAlpha\n", &error));
  g_assert_error (error, VOC_SKILLS_ERROR, VOC_SKILLS_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (voc_skill_dictionary_add_relations (own, "# c\nx\talpha|Beta\ny\tBeta|Gamma\n",
                                                     &error));
  g_assert_no_error (error);
  related = voc_skill_dictionary_get_related (own, 1, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (related[0], ==, 0);
  g_assert_cmpuint (related[1], ==, 2);
  related = voc_skill_dictionary_get_related (own, 0, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (related[0], ==, 1);
}

/* A library whose only bullet says @text, with @summary as its profile summary. */
static VocFitLibrary *
one_bullet (const char *text,
            const char *summary)
{
  VocFitLibrary *lib = voc_fit_library_new (voc_skill_dictionary_get_default (), TODAY);

  voc_fit_library_set_profile (lib, NULL, summary, NULL, NULL, NULL, -1, -1, NULL);
  voc_fit_library_add_experience (lib, 1, "Backend Engineer", "Acme", "2020-01", NULL, NULL);
  voc_fit_library_add_bullet (lib, 1, "u1", 1, text, NULL, 3);
  voc_fit_library_seal (lib);
  return lib;
}

/* A related skill earns part of a missing skill's weight, says so, and is never a match. */
static void
test_related_skills (void)
{
  g_autoptr(VocFitLibrary) none = one_bullet ("Wrote the weekly reports", NULL);
  g_autoptr(VocFitLibrary) related = one_bullet ("Tuned slow MySQL queries", NULL);
  g_autoptr(VocFitLibrary) full = one_bullet ("Tuned slow PostgreSQL queries", NULL);
  g_autoptr(VocFitLibrary) unrelated = one_bullet ("Designed the screens in Figma", NULL);
  g_autoptr(VocFitLibrary) reactive = one_bullet ("Built a reactive dashboard", NULL);
  g_autoptr(VocFitLibrary) two = one_bullet ("Tuned slow SQLite queries",
                                             "I know MySQL a little.");
  g_autoptr(VocFitPosting) p = voc_fit_posting_new ("Backend Engineer", NULL, NULL, NULL, -1, -1,
                                                    NULL);
  g_autoptr(VocFitResult) r_none = NULL, r_related = NULL, r_full = NULL, r_again = NULL;
  g_autoptr(VocFitResult) r_unrelated = NULL, r_reactive = NULL, r_two = NULL;
  g_autofree char *label = NULL, *missing = NULL, *missing_again = NULL;
  const VocFitRelated *rel;

  voc_fit_posting_add_skill (p, skill ("PostgreSQL"), TRUE, FALSE, 4);
  voc_fit_posting_add_skill (p, skill ("Terraform"), TRUE, FALSE, 4);
  voc_fit_posting_add_skill (p, skill ("Vue.js"), FALSE, TRUE, 1);

  r_none = voc_fit_score (none, p);
  r_related = voc_fit_score (related, p);
  r_full = voc_fit_score (full, p);
  assert_sane (r_related);

  /* Required coverage: nothing 0; MySQL half of PostgreSQL's 4 of 8; PostgreSQL 4 of 8. */
  g_assert_cmpfloat (factor (r_none, VOC_FIT_FACTOR_REQUIRED_SKILLS)->value, ==, 0);
  g_assert_cmpfloat_with_epsilon (factor (r_related, VOC_FIT_FACTOR_REQUIRED_SKILLS)->value,
                                  VOC_FIT_RELATED_CREDIT * 4.0 / 8.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (factor (r_full, VOC_FIT_FACTOR_REQUIRED_SKILLS)->value,
                                  4.0 / 8.0, 1e-9);
  g_assert_cmpint (r_none->score, <, r_related->score);
  g_assert_cmpint (r_related->score, <, r_full->score);

  /* Still missing, never matched, and said. */
  g_assert_cmpuint (r_related->matched->len, ==, 0);
  g_assert_false (factor (r_related, VOC_FIT_FACTOR_EVIDENCE)->available);
  g_assert_cmpuint (r_related->missing_required->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (r_related->missing_required, 0), ==, "PostgreSQL");
  g_assert_cmpuint (r_related->related->len, ==, 1);
  rel = &g_array_index (r_related->related, VocFitRelated, 0);
  g_assert_cmpstr (rel->name, ==, "PostgreSQL");
  g_assert_cmpstr (rel->have, ==, "MySQL");
  g_assert_true (rel->required);
  g_assert_cmpstr (voc_fit_result_get_related_have (r_related, "PostgreSQL"), ==, "MySQL");
  g_assert_null (voc_fit_result_get_related_have (r_related, "Terraform"));
  label = voc_fit_result_dup_skill_label (r_related, "PostgreSQL");
  g_assert_cmpstr (label, ==, "PostgreSQL (related: you have MySQL)");
  g_assert_nonnull (strstr (r_related->rationale, "PostgreSQL (related: you have MySQL)"));
  g_assert_nonnull (strstr (r_related->rationale, "You have 0 of the 2 required skills."));
  missing = voc_fit_result_dup_missing_json (r_related);
  g_assert_cmpstr (missing, ==,
                   "{\"required\":[\"PostgreSQL\",\"Terraform\"],\"nice_to_have\":[\"Vue.js\"],"
                   "\"related\":[{\"name\":\"PostgreSQL\",\"have\":\"MySQL\",\"required\":true}]}");
  g_assert_cmpuint (r_full->related->len, ==, 0);

  /* Same input, same result. */
  r_again = voc_fit_score (related, p);
  missing_again = voc_fit_result_dup_missing_json (r_again);
  g_assert_cmpint (r_again->score, ==, r_related->score);
  g_assert_cmpstr (missing_again, ==, missing);
  g_assert_cmpstr (r_again->rationale, ==, r_related->rationale);

  /* An unrelated skill earns nothing; neither does "reactive" for Vue.js (React is related
   * to Vue.js, but "reactive" is not React). */
  r_unrelated = voc_fit_score (unrelated, p);
  g_assert_cmpfloat (factor (r_unrelated, VOC_FIT_FACTOR_REQUIRED_SKILLS)->value, ==, 0);
  g_assert_cmpuint (r_unrelated->related->len, ==, 0);
  r_reactive = voc_fit_score (reactive, p);
  g_assert_cmpfloat (factor (r_reactive, VOC_FIT_FACTOR_NICE_SKILLS)->value, ==, 0);
  g_assert_cmpuint (r_reactive->related->len, ==, 0);

  /* Of two related skills, the better proved one is named: SQLite (a bullet), not MySQL (named
   * in the summary), though the relations file lists MySQL first. */
  r_two = voc_fit_score (two, p);
  g_assert_cmpuint (r_two->related->len, ==, 1);
  g_assert_cmpstr (g_array_index (r_two->related, VocFitRelated, 0).have, ==, "SQLite");
}

static void
test_rank_bullets (void)
{
  g_autoptr(VocFitLibrary) lib = data_engineer (TRUE);
  g_autoptr(VocFitPosting) p = data_posting ();
  g_autoptr(GArray) ranked = voc_fit_rank_bullets (lib, p);
  VocFitRankedBullet *first, *last;

  g_assert_cmpuint (ranked->len, ==, 6);
  first = &g_array_index (ranked, VocFitRankedBullet, 0);
  last = &g_array_index (ranked, VocFitRankedBullet, ranked->len - 1);
  /* The Airflow/Python/Snowflake bullet, tagged "Airflow", is the most relevant; the board
   * presentation the least. */
  g_assert_cmpint (first->id, ==, 10);
  g_assert_cmpstr (first->uuid, ==, "u10");
  g_assert_cmpfloat (first->tag_overlap, ==, 1);
  g_assert_cmpint (last->id, ==, 14);
  g_assert_cmpfloat (last->score, ==, 0);
  for (guint i = 1; i < ranked->len; i++)
    g_assert_cmpfloat (g_array_index (ranked, VocFitRankedBullet, i - 1).score, >=,
                       g_array_index (ranked, VocFitRankedBullet, i).score);
}

static void
test_bm25 (void)
{
  g_autoptr(VocBm25) index = voc_bm25_new ();
  g_autoptr(GPtrArray) words = voc_bm25_tokenize ("Built the C++ and C# libraries; Pipelines!",
                                                  TRUE);
  double scores[3];

  g_assert_cmpuint (words->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (words, 0), ==, "built");
  g_assert_cmpstr (g_ptr_array_index (words, 1), ==, "c++");
  g_assert_cmpstr (g_ptr_array_index (words, 2), ==, "c#");
  g_assert_cmpstr (g_ptr_array_index (words, 3), ==, "library");
  g_assert_cmpstr (g_ptr_array_index (words, 4), ==, "pipeline");

  voc_bm25_add (index, "kafka streaming pipeline");
  voc_bm25_add (index, "quarterly board report");
  voc_bm25_add (index, "kafka");
  voc_bm25_score (index, "Kafka pipelines", scores);
  g_assert_cmpfloat (scores[0], >, scores[2]);
  g_assert_cmpfloat (scores[2], >, 0);
  g_assert_cmpfloat (scores[1], ==, 0);
  voc_bm25_score (index, NULL, scores);
  g_assert_cmpfloat (scores[0], ==, 0);
}

static void
test_vectors (void)
{
  float a[VOC_VECTOR_DIM], b[VOC_VECTOR_DIM], c[VOC_VECTOR_DIM], d[VOC_VECTOR_DIM];
  float zero[VOC_VECTOR_DIM];
  double norm = 0;

  voc_vector_embed ("Built streaming data pipelines with Kafka and Spark on AWS", a);
  voc_vector_embed ("Data engineer: streaming pipelines in Kafka, Spark jobs, AWS", b);
  voc_vector_embed ("Registered nurse for night shifts on the surgical ward", c);
  voc_vector_embed ("", zero);

  for (guint i = 0; i < VOC_VECTOR_DIM; i++)
    norm += (double) a[i] * a[i];
  g_assert_cmpfloat_with_epsilon (norm, 1.0, 1e-5);

  g_test_message ("similar %.3f, unrelated %.3f", voc_vector_cosine (a, b),
                  voc_vector_cosine (a, c));
  g_assert_cmpfloat (voc_vector_cosine (a, b), >, voc_vector_cosine (a, c) + 0.2);
  g_assert_cmpfloat (voc_vector_cosine (a, a), >, 0.9999);
  g_assert_cmpfloat (voc_vector_cosine (a, zero), ==, 0);

  /* Deterministic. */
  voc_vector_embed ("Built streaming data pipelines with Kafka and Spark on AWS", d);
  g_assert_cmpmem (a, sizeof a, d, sizeof d);
}

static void
test_vector_blob (void)
{
  float a[VOC_VECTOR_DIM], back[VOC_VECTOR_DIM];
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const guint8 *raw;
  guint32 bits;

  voc_vector_embed ("Kubernetes operators in Go", a);
  bytes = voc_vector_to_bytes (a);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 1536);

  /* Little-endian on every host. */
  raw = g_bytes_get_data (bytes, NULL);
  memcpy (&bits, &a[0], 4);
  g_assert_cmpuint (raw[0], ==, bits & 0xff);
  g_assert_cmpuint (raw[3], ==, bits >> 24);

  g_assert_true (voc_vector_from_bytes (raw, 1536, back, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (a, sizeof a, back, sizeof back);

  g_assert_false (voc_vector_from_bytes (raw, 1535, back, &error));
  g_assert_error (error, VOC_VECTOR_ERROR, VOC_VECTOR_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1536"));
  g_clear_error (&error);

  {
    g_autofree guint8 *bad = g_memdup2 (raw, 1536);
    guint32 nan_bits = GUINT32_TO_LE (0x7fc00000);

    memcpy (bad + 8, &nan_bits, 4);
    g_assert_false (voc_vector_from_bytes (bad, 1536, back, &error));
    g_assert_error (error, VOC_VECTOR_ERROR, VOC_VECTOR_ERROR_INVALID);
  }
}

static JsonObject *
base_resume (JsonObject **sources)
{
  const char *json =
    "{\"basics\": {\"name\": \"Ada\", \"label\": \"Data Engineer\", \"summary\": \"Data work.\"},"
    " \"work\": ["
    "  {\"name\": \"Acme\", \"position\": \"Senior Data Engineer\", \"startDate\": \"2021-03\","
    "   \"highlights\": [\"Built Airflow pipelines in Python loading 2 TB a day into Snowflake\","
    "                   \"Modelled the warehouse with dbt and SQL, cutting report time by 60%\","
    "                   \"Provisioned the platform with Terraform\"]},"
    "  {\"name\": \"Globex\", \"position\": \"Data Engineer\", \"startDate\": \"2017-01\","
    "   \"endDate\": \"2021-02\", \"location\": \"London\","
    "   \"highlights\": [\"Wrote Python services and SQL checks for data quality\"]},"
    "  {\"name\": \"Initech\", \"position\": \"Analyst\", \"startDate\": \"2013-09\","
    "   \"endDate\": \"2016-12\","
    "   \"highlights\": [\"Ran Apache Spark jobs for monthly reports\","
    "                   \"Presented findings to the board\"]}],"
    " \"education\": [{\"institution\": \"UCL\", \"area\": \"Computer Science\","
    "                  \"studyType\": \"BSc\"}]}";
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  const char *keys[][2] = {
    { "work[0].highlights[0]", "u10" }, { "work[0].highlights[1]", "u11" },
    { "work[0].highlights[2]", "u15" }, { "work[1].highlights[0]", "u12" },
    { "work[2].highlights[0]", "u13" }, { "work[2].highlights[1]", "u14" },
  };

  *sources = json_object_new ();
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    json_object_set_string_member (*sources, keys[i][0], keys[i][1]);

  return json_object_ref (json_node_get_object (node));
}

static void
test_ats (void)
{
  g_autoptr(VocFitPosting) p = data_posting ();
  g_autoptr(JsonObject) sources = NULL;
  g_autoptr(JsonObject) resume = base_resume (&sources);
  g_autoptr(VocAtsReport) report = voc_ats_report_new (p, voc_skill_dictionary_get_default (),
                                                       resume);
  g_autofree char *json = voc_ats_report_dup_json (report);
  guint skills = 0;

  /* 7 hard skills (Kafka missing), the title "data engineer", a bachelor's degree. */
  for (guint i = 0; i < report->items->len; i++)
    {
      VocAtsItem *item = &g_array_index (report->items, VocAtsItem, i);

      switch (item->kind)
        {
        case VOC_ATS_HARD_SKILL:
          skills++;
          g_assert_true (item->found == !g_str_equal (item->term, "Apache Kafka"));
          break;
        case VOC_ATS_JOB_TITLE:
          g_assert_cmpstr (item->term, ==, "data engineer");
          g_assert_true (item->found);
          break;
        case VOC_ATS_EDUCATION:
          g_assert_cmpstr (item->term, ==, "Bachelor’s degree");
          g_assert_true (item->found);
          break;
        case VOC_ATS_CERTIFICATION:
        default:
          g_assert_not_reached ();
        }
    }
  g_assert_cmpuint (skills, ==, 7);
  g_assert_cmpuint (report->items->len, ==, 9);
  g_assert_cmpuint (report->n_found, ==, 8);
  g_assert_cmpint (report->match_rate, ==, 89);
  g_assert_nonnull (strstr (json, "\"match_rate\":89"));

  {
    /* A certification the posting asks for and the resume lacks; a master's over a BSc. */
    g_autoptr(VocFitPosting) q = voc_fit_posting_new ("Cloud Architect (AWS)", NULL, NULL, NULL,
                                                      -1, -1, NULL);
    g_autoptr(VocAtsReport) r2 = NULL;

    voc_fit_posting_set_text (q, "You hold a Master's degree and are AWS Certified.");
    r2 = voc_ats_report_new (q, voc_skill_dictionary_get_default (), resume);
    g_assert_cmpuint (r2->items->len, ==, 3);
    g_assert_cmpint (g_array_index (r2->items, VocAtsItem, 0).kind, ==, VOC_ATS_JOB_TITLE);
    g_assert_cmpstr (g_array_index (r2->items, VocAtsItem, 0).term, ==, "cloud architect");
    g_assert_false (g_array_index (r2->items, VocAtsItem, 1).found);
    g_assert_cmpstr (g_array_index (r2->items, VocAtsItem, 1).term, ==, "Master’s degree");
    g_assert_cmpstr (g_array_index (r2->items, VocAtsItem, 2).term, ==, "AWS Certified");
    g_assert_cmpint (r2->match_rate, ==, 0);
  }
  {
    /* A variant without the Airflow bullet: the library still has Airflow, so adding it back
     * would raise the match; Kafka it has nowhere. */
    g_autoptr(VocFitLibrary) lib = data_engineer (TRUE);
    g_autoptr(JsonObject) variant_sources = NULL;
    g_autoptr(JsonObject) variant = base_resume (&variant_sources);
    JsonArray *work = json_object_get_array_member (variant, "work");
    JsonArray *first = json_object_get_array_member (json_array_get_object_element (work, 0),
                                                     "highlights");
    g_autoptr(VocAtsReport) r4 = NULL;
    g_autoptr(GPtrArray) raisers = NULL;

    json_array_remove_element (first, 0);
    r4 = voc_ats_report_new (p, voc_skill_dictionary_get_default (), variant);
    raisers = voc_ats_report_dup_raisers (r4, lib);
    g_assert_cmpuint (raisers->len, ==, 2);
    g_assert_cmpstr (g_ptr_array_index (raisers, 0), ==, "Apache Airflow");
    g_assert_cmpstr (g_ptr_array_index (raisers, 1), ==, "Snowflake");
  }
  {
    g_autoptr(VocFitPosting) none = voc_fit_posting_new (NULL, NULL, NULL, NULL, -1, -1, NULL);
    g_autoptr(VocAtsReport) r3 = voc_ats_report_new (none, voc_skill_dictionary_get_default (),
                                                     resume);

    g_assert_cmpint (r3->match_rate, ==, -1);
  }
}

static void
assert_same_facts (JsonObject *a,
                   JsonObject *b)
{
  JsonArray *wa = json_object_get_array_member (a, "work");
  JsonArray *wb = json_object_get_array_member (b, "work");
  const char *facts[] = { "name", "position", "startDate", "endDate", "location", "url" };

  g_assert_cmpuint (json_array_get_length (wa), ==, json_array_get_length (wb));
  for (guint i = 0; i < json_array_get_length (wa); i++)
    {
      JsonObject *ea = json_array_get_object_element (wa, i);
      JsonObject *eb = json_array_get_object_element (wb, i);

      for (guint k = 0; k < G_N_ELEMENTS (facts); k++)
        g_assert_cmpstr (json_object_get_string_member_with_default (ea, facts[k], NULL), ==,
                         json_object_get_string_member_with_default (eb, facts[k], NULL));
    }
  g_assert_true (json_node_equal (json_object_get_member (a, "basics"),
                                  json_object_get_member (b, "basics")));
  g_assert_true (json_node_equal (json_object_get_member (a, "education"),
                                  json_object_get_member (b, "education")));
}

static void
test_tailor (void)
{
  g_autoptr(VocFitLibrary) lib = data_engineer (TRUE);
  g_autoptr(VocFitPosting) p = data_posting ();
  g_autoptr(JsonObject) sources = NULL;
  g_autoptr(JsonObject) base = base_resume (&sources);
  g_autoptr(JsonObject) pristine = NULL;
  g_autoptr(VocFitTailored) roomy = NULL;
  g_autoptr(VocFitTailored) tight = NULL;
  JsonArray *work;

  {
    g_autoptr(JsonObject) ignored = NULL;

    pristine = base_resume (&ignored);
  }

  /* Room for everything: every bullet kept, the most relevant first in each job. */
  roomy = voc_fit_tailor (lib, p, base, sources, 2);
  assert_same_facts (base, roomy->resume);
  g_assert_cmpuint (roomy->n_kept, ==, 6);
  g_assert_cmpuint (roomy->n_dropped, ==, 0);
  work = json_object_get_array_member (roomy->resume, "work");
  g_assert_cmpstr (json_array_get_string_element (
                     json_object_get_array_member (json_array_get_object_element (work, 2),
                                                   "highlights"), 0), ==,
                   "Ran Apache Spark jobs for monthly reports");
  g_assert_cmpstr (json_object_get_string_member (roomy->sources, "work[0].highlights[0]"), ==,
                   "u10");
  g_assert_cmpint (roomy->ats_after->match_rate, ==, roomy->ats_before->match_rate);

  /* The base is not changed. */
  {
    g_autoptr(JsonNode) a = json_node_init_object (json_node_alloc (), base);
    g_autoptr(JsonNode) b = json_node_init_object (json_node_alloc (), pristine);

    g_assert_true (json_node_equal (a, b));
  }

  /* A budget with room for the headers and three bullets: the keywords only bullets show
   * stay, facts stay, irrelevant bullets go. */
  {
    guint fixed = voc_fit_tailor_count_lines (base) - 6;
    double pages = (fixed + 3.0) / VOC_FIT_TAILOR_LINES_PER_PAGE;

    tight = voc_fit_tailor (lib, p, base, sources, pages);
  }
  assert_same_facts (base, tight->resume);
  g_assert_cmpuint (tight->n_kept, ==, 3);
  g_assert_cmpuint (tight->n_dropped, ==, 3);
  g_assert_cmpuint (tight->lines_used, <=, tight->line_budget);
  g_assert_cmpint (tight->ats_after->match_rate, ==, tight->ats_before->match_rate);
  /* Every kept line names its bullet, and the bullet's text is the line. */
  work = json_object_get_array_member (tight->resume, "work");
  for (guint i = 0; i < json_array_get_length (work); i++)
    {
      JsonObject *entry = json_array_get_object_element (work, i);
      JsonArray *h = json_object_has_member (entry, "highlights")
                       ? json_object_get_array_member (entry, "highlights") : NULL;

      for (guint j = 0; h != NULL && j < json_array_get_length (h); j++)
        {
          g_autofree char *key = g_strdup_printf ("work[%u].highlights[%u]", i, j);

          g_assert_true (json_object_has_member (tight->sources, key));
          g_assert_cmpstr (json_array_get_string_element (h, j), !=,
                           "Presented findings to the board");
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fit/factors", test_factors);
  g_test_add_func ("/fit/seniority-location-salary", test_seniority_location_salary);
  g_test_add_func ("/fit/title-similarity", test_title_similarity);
  g_test_add_func ("/fit/perfect-and-unrelated", test_perfect_and_unrelated);
  g_test_add_func ("/fit/adding-skill-raises", test_adding_skill_raises);
  g_test_add_func ("/fit/determinism", test_determinism);
  g_test_add_func ("/fit/bad-input", test_bad_input);
  g_test_add_func ("/fit/whole-words-and-aliases", test_whole_words_and_aliases);
  g_test_add_func ("/fit/skill-relations", test_skill_relations);
  g_test_add_func ("/fit/related-skills", test_related_skills);
  g_test_add_func ("/fit/rank-bullets", test_rank_bullets);
  g_test_add_func ("/fit/bm25", test_bm25);
  g_test_add_func ("/fit/vectors", test_vectors);
  g_test_add_func ("/fit/vector-blob", test_vector_blob);
  g_test_add_func ("/fit/ats", test_ats);
  g_test_add_func ("/fit/tailor", test_tailor);

  return g_test_run ();
}
