/* test-jd-parser.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "voc-jd-parser.h"
#include "voc-skills.h"
#include "voc-text.h"

/* A small dictionary of the project's own, so that these tests do not depend on the
 * curation of the shipped one. */
static const char *test_tsv =
  "# name\tcategory\taliases\tsource\n"
  "Python\tlanguage\tpython3\tvocation\n"
  "SQL\tlanguage\tstructured query language\tvocation\n"
  "Kubernetes\tplatform\tk8s\tvocation\n"
  "PostgreSQL\tdatabase\tpostgres|psql\tvocation\n"
  "React\tframework\treact.js|reactjs\tvocation\n"
  "Apache Spark\tdata\tspark|pyspark\tvocation\n"
  "R\tlanguage\t\tvocation\n"
  "C++\tlanguage\tcpp\tvocation\n"
  "C#\tlanguage\t\tvocation\n"
  ".NET\tframework\tdotnet\tvocation\n"
  "Node.js\tframework\tnodejs|node\tvocation\n"
  "JavaScript\tlanguage\tjs\tvocation\n"
  "dbt\tdata\tdata build tool\tvocation\n"
  "Git\ttool\t\tvocation\n"
  "CI/CD\tdevops\tcontinuous integration\tvocation\n"
  "Stakeholder management\tsoft\t\tvocation\n"
  "Terraform\tdevops\t\tvocation\n"
  "Go\tlanguage\tgolang\tvocation\n"
  "Machine learning\tml\tML\tvocation\n"
  "Product analytics\tdata\t\tvocation\n"
  "UI\tdesign\t\tvocation\n"
  "UX\tdesign\t\tvocation\n";

static VocSkillDictionary *
test_dictionary (void)
{
  g_autoptr(GError) error = NULL;
  VocSkillDictionary *dict = voc_skill_dictionary_new_from_tsv (test_tsv, &error);

  g_assert_no_error (error);
  return dict;
}

static char *
found_names (VocSkillDictionary *dict,
             const char         *text)
{
  g_autoptr(GArray) matches = voc_skill_dictionary_find (dict, text);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      VocSkillMatch *m = &g_array_index (matches, VocSkillMatch, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "," : "",
                              voc_skill_dictionary_get_name (dict, m->skill));
      if (m->count > 1)
        g_string_append_printf (out, "×%u", m->count);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define assert_found(dict, text, expected) \
  G_STMT_START { \
    g_autofree char *_names = found_names (dict, text); \
    g_assert_cmpstr (_names, ==, expected); \
  } G_STMT_END

static void
test_text (void)
{
  g_autofree char *folded = voc_text_fold ("Café DÉJÀ Straße");
  g_autofree char *ws = voc_text_normalize_whitespace ("  a \t b \r\n\n\n\n c\u00a0d \x01\n");
  g_autofree char *c1 = voc_text_normalize_company ("The LEGO Group");
  g_autofree char *c2 = voc_text_normalize_company ("Acme, Inc.");
  g_autofree char *c3 = voc_text_normalize_company ("ACME GmbH & Co. KG");
  g_autofree char *c4 = voc_text_normalize_company ("Group");
  g_autofree char *d1 = voc_text_domain_from_url ("https://www.lego.com/careers/job/1");
  g_autofree char *d2 = voc_text_domain_from_url ("https://jobs.ashbyhq.com/lovable/1");
  g_autofree char *d3 = voc_text_domain_from_url ("https://careers.example.co.uk/x");
  g_autofree char *d4 = voc_text_domain_from_url ("not a url");

  g_assert_cmpstr (folded, ==, "cafe deja strasse");
  g_assert_cmpstr (ws, ==, "a b\n\nc d");
  g_assert_cmpstr (c1, ==, "lego");
  g_assert_cmpstr (c2, ==, "acme");
  g_assert_cmpstr (c3, ==, "acme");
  g_assert_cmpstr (c4, ==, "group");
  g_assert_cmpstr (d1, ==, "lego.com");
  g_assert_null (d2);
  g_assert_cmpstr (d3, ==, "example.co.uk");
  g_assert_null (d4);
}

static void
test_skills_matching (void)
{
  g_autoptr(VocSkillDictionary) dict = test_dictionary ();

  /* Whole words only. */
  assert_found (dict, "Reactive programming, gitlab and Pythonic code", "");
  assert_found (dict, "We use React and react.js", "React×2");
  /* Aliases, folding and punctuation around tokens. */
  assert_found (dict, "Deploy to k8s; Postgres/psql, (Python3).", "Kubernetes,PostgreSQL×2,Python");
  /* The longest phrase wins and consumes its words. */
  assert_found (dict, "Apache Spark and Spark SQL", "Apache Spark×2,SQL");
  assert_found (dict, "Node.js services", "Node.js");
  assert_found (dict, "Structured Query Language", "SQL");
  /* Symbols in names. */
  assert_found (dict, "C++, C# and .NET developers", "C++,C#,.NET");
  assert_found (dict, "CI/CD with Git", "CI/CD,Git");
  /* Short names: as written, standing alone. */
  assert_found (dict, "Statistics in R.", "R");
  assert_found (dict, "R&D and r", "");
  assert_found (dict, "Go, golang and go to market", "Go×2");
  assert_found (dict, "ML and Machine Learning", "Machine learning×2");
  assert_found (dict, "ml is not ML", "Machine learning");
  assert_found (dict, "", "");
  assert_found (dict, "Stakeholder management", "Stakeholder management");
  /* Slashes separate short names; punctuation ends a phrase. */
  assert_found (dict, "UI/UX and C/C++", "UI,UX,C++");
  assert_found (dict, "Product, Analytics and product analytics", "Product analytics");
  assert_found (dict, "Stakeholder.\nManagement", "");
  assert_found (dict, "Node.js", "Node.js");

  g_assert_cmpint (voc_skill_dictionary_lookup (dict, "K8S"), ==,
                   voc_skill_dictionary_lookup (dict, "Kubernetes"));
  g_assert_cmpint (voc_skill_dictionary_lookup (dict, "cobol"), ==, -1);
  g_assert_cmpstr (voc_skill_dictionary_get_category (dict, voc_skill_dictionary_lookup (dict, "dbt")),
                   ==, "data");
}

/* The dictionary that ships: it loads, and the aliases people actually write resolve. */
static void
test_skills_default (void)
{
  VocSkillDictionary *dict = voc_skill_dictionary_get_default ();

  g_assert_cmpuint (voc_skill_dictionary_get_n_skills (dict), >=, 500);
  g_assert_cmpint (voc_skill_dictionary_lookup (dict, "k8s"), ==,
                   voc_skill_dictionary_lookup (dict, "Kubernetes"));
  g_assert_cmpint (voc_skill_dictionary_lookup (dict, "Postgres"), ==,
                   voc_skill_dictionary_lookup (dict, "PostgreSQL"));
  g_assert_cmpint (voc_skill_dictionary_lookup (dict, "JS"), ==,
                   voc_skill_dictionary_lookup (dict, "JavaScript"));
  assert_found (dict, "Reactive streams", "");
  assert_found (dict, "Python and React on k8s", "Python,React,Kubernetes");
}

static void
test_skills_bad_tsv (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (voc_skill_dictionary_new_from_tsv ("# only a comment\n\tlanguage\n", &error));
  g_assert_error (error, VOC_SKILLS_ERROR, VOC_SKILLS_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "line 2"));
}

typedef struct
{
  const char *text;
  gint64      min;
  gint64      max;
  const char *currency;
  const char *period;
} SalaryCase;

static void
test_salary (void)
{
  const SalaryCase cases[] = {
    { "$107,885–$161,827 (based on market benchmarks)", 10788500, 16182700, "USD", "year" },
    { "€60k - €75k per year", 6000000, 7500000, "EUR", "year" },
    { "Salary: 60-75k EUR", 6000000, 7500000, "EUR", "year" },
    { "45.000 - 55.000 EUR brutto", 4500000, 5500000, "EUR", "year" },
    { "£450 a day outside IR35", 45000, 45000, "GBP", "day" },
    { "USD 45/hour", 4500, 4500, "USD", "hour" },
    { "£3,200 per month", 320000, 320000, "GBP", "month" },
    { "CHF 120 000 – 140 000", 12000000, 14000000, "CHF", "year" },
    { "We raised $25M in Series B funding. Pay: $120k", 12000000, 12000000, "USD", "year" },
  };
  VocSalary salary;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].text);
      g_assert_true (voc_salary_parse (cases[i].text, &salary));
      g_assert_cmpint (salary.min_cents, ==, cases[i].min);
      g_assert_cmpint (salary.max_cents, ==, cases[i].max);
      g_assert_cmpstr (salary.currency, ==, cases[i].currency);
      g_assert_cmpstr (salary.period, ==, cases[i].period);
      voc_salary_clear (&salary);
    }

  g_assert_false (voc_salary_parse ("Salary: Not listed", &salary));
  g_assert_false (voc_salary_parse ("Founded in 2012, 300 people in 12 countries", &salary));
  g_assert_false (voc_salary_parse ("Revenue of $40 million", &salary));
  g_assert_false (voc_salary_parse (NULL, &salary));

  g_assert_cmpint (voc_salary_to_yearly (4500, "hour"), ==, 4500 * 2080);
  g_assert_cmpint (voc_salary_to_yearly (45000, "day"), ==, 45000 * 260);
  g_assert_cmpint (voc_salary_to_yearly (320000, "month"), ==, 3840000);
  g_assert_cmpint (voc_salary_to_yearly (-1, "year"), ==, -1);
}

static void
test_headings (void)
{
  g_assert_cmpint (voc_jd_classify_heading ("Nice to have"), ==, VOC_JD_SECTION_NICE_TO_HAVE);
  g_assert_cmpint (voc_jd_classify_heading ("Bonus points"), ==, VOC_JD_SECTION_NICE_TO_HAVE);
  g_assert_cmpint (voc_jd_classify_heading ("What you’ll do"), ==,
                   VOC_JD_SECTION_RESPONSIBILITIES);
  g_assert_cmpint (voc_jd_classify_heading ("Key Responsibilities"), ==,
                   VOC_JD_SECTION_RESPONSIBILITIES);
  g_assert_cmpint (voc_jd_classify_heading ("Required Qualifications"), ==,
                   VOC_JD_SECTION_REQUIREMENTS);
  g_assert_cmpint (voc_jd_classify_heading ("About you"), ==, VOC_JD_SECTION_REQUIREMENTS);
  g_assert_cmpint (voc_jd_classify_heading ("About Lovable"), ==, VOC_JD_SECTION_ABOUT);
  g_assert_cmpint (voc_jd_classify_heading ("Benefits & perks"), ==, VOC_JD_SECTION_BENEFITS);
  g_assert_cmpint (voc_jd_classify_heading ("Our values"), ==, VOC_JD_SECTION_OTHER);
}

static const char *markdown_jd =
  "# Senior Data Engineer — Globex Corporation\n"
  "\n"
  "**Location:** Berlin, Germany (Hybrid)\n"
  "**Employment Type:** Full Time\n"
  "**Salary:** €70,000–€85,000 per year\n"
  "\n"
  "---\n"
  "\n"
  "## About Globex\n"
  "\n"
  "We build logistics software with React front ends.\n"
  "\n"
  "## What you'll do\n"
  "\n"
  "- Build pipelines in Apache Spark and dbt\n"
  "- Run them on k8s\n"
  "\n"
  "## Do you have what it takes?\n"
  "\n"
  "### Requirements\n"
  "\n"
  "- 5+ years of Python and SQL\n"
  "- Postgres in production\n"
  "\n"
  "### Nice to have\n"
  "\n"
  "- Terraform\n"
  "- Some React\n"
  "\n"
  "## Benefits\n"
  "\n"
  "- 30 days of holiday\n";

static const VocJdSkill *
find_skill (VocJdParse *parse,
            const char *name)
{
  for (guint i = 0; i < parse->skills->len; i++)
    if (g_str_equal (g_array_index (parse->skills, VocJdSkill, i).name, name))
      return &g_array_index (parse->skills, VocJdSkill, i);

  return NULL;
}

static void
test_parse_markdown (void)
{
  g_autoptr(VocSkillDictionary) dict = test_dictionary ();
  g_autoptr(VocJdParse) parse = voc_jd_parse (markdown_jd, NULL, dict);
  const VocJdSection *section;

  g_assert_cmpstr (parse->title, ==, "Senior Data Engineer");
  g_assert_cmpstr (parse->company, ==, "Globex Corporation");
  g_assert_cmpstr (parse->location, ==, "Berlin, Germany (Hybrid)");
  g_assert_cmpstr (parse->remote_mode, ==, "hybrid");
  g_assert_cmpstr (parse->employment_type, ==, "full-time");
  g_assert_cmpstr (parse->seniority, ==, "senior");
  g_assert_cmpint (parse->salary_min_cents, ==, 7000000);
  g_assert_cmpint (parse->salary_max_cents, ==, 8500000);
  g_assert_cmpstr (parse->salary_currency, ==, "EUR");
  g_assert_cmpstr (parse->salary_period, ==, "year");
  g_assert_cmpint (parse->yearly_max_cents, ==, 8500000);

  g_assert_cmpuint (parse->sections->len, ==, 6);
  section = g_ptr_array_index (parse->sections, 0);
  g_assert_cmpint (section->kind, ==, VOC_JD_SECTION_ABOUT);
  section = g_ptr_array_index (parse->sections, 1);
  g_assert_cmpint (section->kind, ==, VOC_JD_SECTION_RESPONSIBILITIES);
  g_assert_nonnull (strstr (section->text, "Apache Spark"));
  /* "Do you have what it takes?" is a requirements heading; its sub-heading too. */
  section = g_ptr_array_index (parse->sections, 3);
  g_assert_cmpstr (section->heading, ==, "Requirements");
  g_assert_cmpint (section->kind, ==, VOC_JD_SECTION_REQUIREMENTS);
  section = g_ptr_array_index (parse->sections, 4);
  g_assert_cmpint (section->kind, ==, VOC_JD_SECTION_NICE_TO_HAVE);
  section = g_ptr_array_index (parse->sections, 5);
  g_assert_cmpint (section->kind, ==, VOC_JD_SECTION_BENEFITS);

  g_assert_true (find_skill (parse, "Python")->required);
  g_assert_true (find_skill (parse, "SQL")->required);
  g_assert_true (find_skill (parse, "PostgreSQL")->required);
  g_assert_true (find_skill (parse, "Terraform")->nice_to_have);
  g_assert_false (find_skill (parse, "Terraform")->required);
  /* Named in the responsibilities: not required (there is a requirements section) but not
   * merely nice to have either. */
  g_assert_false (find_skill (parse, "Kubernetes")->required);
  g_assert_false (find_skill (parse, "Kubernetes")->nice_to_have);
  /* React: in "about" and "nice to have" — never required. */
  g_assert_false (find_skill (parse, "React")->required);
  /* The most central skills come first. */
  g_assert_true (g_array_index (parse->skills, VocJdSkill, 0).required);
  g_assert_cmpfloat (find_skill (parse, "Python")->weight, >, find_skill (parse, "Terraform")->weight);

  g_assert_cmpuint (strlen (parse->fingerprint), ==, 64);
}

static const char *plain_jd =
  "Junior Backend Developer\n"
  "Initech Ltd - London\n"
  "\n"
  "RESPONSIBILITIES\n"
  "Write services in Go and C#.\n"
  "\n"
  "Requirements:\n"
  "Git, CI/CD.\n"
  "This is a fully remote, contract position paying $45 per hour.\n";

static void
test_parse_plain (void)
{
  g_autoptr(VocSkillDictionary) dict = test_dictionary ();
  g_autoptr(VocJdParse) parse = voc_jd_parse (plain_jd, NULL, dict);

  g_assert_cmpstr (parse->title, ==, "Junior Backend Developer");
  g_assert_null (parse->company);
  g_assert_cmpstr (parse->remote_mode, ==, "remote");
  g_assert_cmpstr (parse->employment_type, ==, "contract");
  g_assert_cmpstr (parse->seniority, ==, "junior");
  g_assert_cmpstr (parse->salary_period, ==, "hour");
  g_assert_cmpint (parse->yearly_min_cents, ==, 4500 * 2080);
  g_assert_true (find_skill (parse, "Git")->required);
  g_assert_false (find_skill (parse, "Go")->required);
  g_assert_nonnull (find_skill (parse, "C#"));
}

/* A posting that opens with a sentence and names its sections inline. */
static void
test_parse_sentences (void)
{
  g_autoptr(VocSkillDictionary) dict = test_dictionary ();
  g_autoptr(VocJdParse) parse = NULL;
  const VocJdSection *section;

  parse = voc_jd_parse ("We are looking for a Senior Product Manager to drive our roadmap.\n"
                        "\n"
                        "Responsibilities: Define the backlog with SQL dashboards.\n"
                        "\n"
                        "Requirements: 5+ years in product; stakeholder management; "
                        "fluent Python is a plus, and more text that makes this line long.\n",
                        NULL, dict);

  g_assert_cmpstr (parse->title, ==, "Senior Product Manager");
  g_assert_cmpstr (parse->seniority, ==, "senior");
  g_assert_cmpuint (parse->sections->len, ==, 3);
  section = g_ptr_array_index (parse->sections, 2);
  g_assert_cmpint (section->kind, ==, VOC_JD_SECTION_REQUIREMENTS);
  g_assert_true (g_str_has_prefix (section->text, "5+ years"));
  g_assert_true (find_skill (parse, "Stakeholder management")->required);
  g_assert_false (find_skill (parse, "SQL")->required);
}

/* Headings as PDFs and converted documents give them: bare lines. */
static void
test_parse_bare_headings (void)
{
  g_autoptr(VocSkillDictionary) dict = test_dictionary ();
  g_autoptr(VocJdParse) parse = NULL;

  parse = voc_jd_parse ("Platform Engineer — Initech\n\nWhat you'll do\n\n- Run k8s clusters\n\n"
                        "Requirements\n\n- Terraform and Go\n\nNice to have\n\n- Python\n\n"
                        "Experience with Git is a plus.\n", NULL, dict);

  g_assert_cmpstr (parse->title, ==, "Platform Engineer");
  g_assert_cmpstr (parse->company, ==, "Initech");

  {
    g_autoptr(VocJdParse) doc = voc_jd_parse ("Senior Content Designer Job description\n\n"
                                              "Requirements\n\n- Git\n", NULL, dict);
    g_autoptr(VocJdParse) doc2 = voc_jd_parse ("Service designer - job advert\n", NULL, dict);

    g_assert_cmpstr (doc->title, ==, "Senior Content Designer");
    g_assert_cmpstr (doc2->title, ==, "Service designer");
  }
  g_assert_cmpuint (parse->sections->len, ==, 4);
  g_assert_true (find_skill (parse, "Terraform")->required);
  g_assert_true (find_skill (parse, "Python")->nice_to_have);
  g_assert_false (find_skill (parse, "Kubernetes")->required);
}

static void
test_parse_hints_win (void)
{
  g_autoptr(VocSkillDictionary) dict = test_dictionary ();
  g_autoptr(GHashTable) hints = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(VocJdParse) parse = NULL;

  g_hash_table_insert (hints, "title", "Staff Engineer");
  g_hash_table_insert (hints, "company", "Hooli");
  g_hash_table_insert (hints, "remote", "true");
  g_hash_table_insert (hints, "salary_min", "150000");
  g_hash_table_insert (hints, "salary_max", "190000");
  g_hash_table_insert (hints, "salary_currency", "USD");
  g_hash_table_insert (hints, "salary_period", "YEAR");
  g_hash_table_insert (hints, "employment_type", "FULL_TIME");

  parse = voc_jd_parse (markdown_jd, hints, dict);
  g_assert_cmpstr (parse->title, ==, "Staff Engineer");
  g_assert_cmpstr (parse->company, ==, "Hooli");
  g_assert_cmpstr (parse->remote_mode, ==, "remote");
  g_assert_cmpstr (parse->seniority, ==, "lead");
  g_assert_cmpint (parse->salary_min_cents, ==, 15000000);
  g_assert_cmpstr (parse->salary_currency, ==, "USD");
  g_assert_cmpstr (parse->salary_period, ==, "year");
  g_assert_cmpstr (parse->employment_type, ==, "full-time");
}

/* The same job seen twice (another wording, another source) has one fingerprint; another
 * job at the same company has another. */
static void
test_fingerprint (void)
{
  g_autoptr(VocSkillDictionary) dict = test_dictionary ();
  g_autoptr(VocJdParse) a = voc_jd_parse (markdown_jd, NULL, dict);
  g_autofree char *edited = g_strconcat (markdown_jd, "\nUpdated: we also use Git.\n", NULL);
  g_autoptr(VocJdParse) b = voc_jd_parse (edited, NULL, dict);
  g_autofree char *other_text = g_strdup (markdown_jd);
  g_autoptr(VocJdParse) c = NULL;

  memcpy (strstr (other_text, "Senior"), "Junior", 6);
  c = voc_jd_parse (other_text, NULL, dict);

  g_assert_cmpstr (a->fingerprint, ==, b->fingerprint);
  g_assert_cmpstr (a->fingerprint, !=, c->fingerprint);

  /* Two employers' jobs with the same title, neither naming its company: two jobs. */
  {
    g_autoptr(VocJdParse) x = voc_jd_parse ("Data Analyst\n\nRequirements\n\n- SQL at Acme\n",
                                            NULL, dict);
    g_autoptr(VocJdParse) y = voc_jd_parse ("Data Analyst\n\nRequirements\n\n- SQL at Hooli\n",
                                            NULL, dict);

    g_assert_null (x->company);
    g_assert_cmpstr (x->fingerprint, !=, y->fingerprint);
  }
}

/* A label-like line in the body is text, not a field. */
static void
test_parse_body_labels (void)
{
  g_autoptr(VocSkillDictionary) dict = test_dictionary ();
  g_autoptr(VocJdParse) parse = voc_jd_parse ("Platform Engineer\nLocation: Berlin\n\n"
                                              "About the role\n\nRole: most of your time goes "
                                              "into Terraform.\nLocation: anywhere you like\n",
                                              NULL, dict);

  g_assert_cmpstr (parse->title, ==, "Platform Engineer");
  g_assert_cmpstr (parse->location, ==, "Berlin");
}

static void
test_parse_degenerate (void)
{
  g_autoptr(VocSkillDictionary) dict = test_dictionary ();
  const char *inputs[] = {
    "", "\n\n\n", "#", "# \n", "Requirements:\n", "**\n", "$$$ €€€ 1-2-3 k",
    "- - - -\n### \n## Nice to have\n", "\xe2\x80\x99\xe2\x80\x99:",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(VocJdParse) parse = voc_jd_parse (inputs[i], NULL, dict);

      g_assert_nonnull (parse->fingerprint);
      g_assert_nonnull (parse->skills);
    }

  {
    g_autoptr(VocJdParse) parse = voc_jd_parse (NULL, NULL, dict);

    g_assert_null (parse->title);
    g_assert_cmpstr (parse->remote_mode, ==, "unknown");
  }

  /* A long random text takes no pathological time and does not crash. */
  {
    GString *noise = g_string_new (NULL);
    g_autoptr(VocJdParse) parse = NULL;

    for (guint i = 0; i < 200000; i++)
      g_string_append_c (noise, " aZ9#+.:-\n$€k*"[g_test_rand_int_range (0, 15)]);
    parse = voc_jd_parse (noise->str, NULL, dict);
    g_assert_nonnull (parse);
    g_string_free (noise, TRUE);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/text", test_text);
  g_test_add_func ("/core/skills/matching", test_skills_matching);
  g_test_add_func ("/core/skills/default", test_skills_default);
  g_test_add_func ("/core/skills/bad-tsv", test_skills_bad_tsv);
  g_test_add_func ("/core/salary", test_salary);
  g_test_add_func ("/core/jd/headings", test_headings);
  g_test_add_func ("/core/jd/markdown", test_parse_markdown);
  g_test_add_func ("/core/jd/plain", test_parse_plain);
  g_test_add_func ("/core/jd/sentences", test_parse_sentences);
  g_test_add_func ("/core/jd/bare-headings", test_parse_bare_headings);
  g_test_add_func ("/core/jd/hints-win", test_parse_hints_win);
  g_test_add_func ("/core/jd/fingerprint", test_fingerprint);
  g_test_add_func ("/core/jd/body-labels", test_parse_body_labels);
  g_test_add_func ("/core/jd/degenerate", test_parse_degenerate);

  return g_test_run ();
}
