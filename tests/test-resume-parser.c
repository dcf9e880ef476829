/* test-resume-parser.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Résumé dates and résumé text read into a JSON Resume draft: every date form the parser
 * promises, whole résumés in the layouts people send (a word processor's paragraphs, a PDF's
 * bullets and right-hand dates, upper-case headings, a German CV, dates in a column before
 * each entry), and input that is not a résumé at all.
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "voc-resume-dates.h"
#include "voc-resume-parser.h"

/* Dates ---------------------------------------------------------------------------------------- */

typedef struct
{
  const char *text;
  const char *start;
  const char *end;
  gboolean    current;
} RangeCase;

static void
test_dates_ranges (void)
{
  static const RangeCase cases[] = {
    { "Jan 2020 – Present", "2020-01", "", TRUE },
    { "January 2020 - Current", "2020-01", "", TRUE },
    { "2019–2021", "2019", "2021", FALSE },
    { "2019 - 2021", "2019", "2021", FALSE },
    { "2019-2021", "2019", "2021", FALSE },
    { "2019—21", "2019", "2021", FALSE },
    { "03/2018 – 11/2019", "2018-03", "2019-11", FALSE },
    { "2018/03 – 2019/11", "2018-03", "2019-11", FALSE },
    { "Mar. 2017 to Now", "2017-03", "", TRUE },
    { "Since 2021", "2021", "", TRUE },
    { "since March 2021", "2021-03", "", TRUE },
    { "Sept 2014 – June 2018", "2014-09", "2018-06", FALSE },
    { "Summer 2019 – Fall 2020", "2019", "2020", FALSE },
    { "Q3 2020 – Q1 2021", "2020-07", "2021-01", FALSE },
    { "Jan – Mar 2020", "2020-01", "2020-03", FALSE },
    { "Nov – Feb 2020", "2019-11", "2020-02", FALSE },
    { "from 2018 until 2020", "2018", "2020", FALSE },
    { "2018 through 2020", "2018", "2020", FALSE },
    { "Jan '19 – Dec '20", "2019-01", "2020-12", FALSE },
    { "15.03.2018 – 31.12.2020", "2018-03-15", "2020-12-31", FALSE },
    { "2019-03-01 – 2020-02-29", "2019-03-01", "2020-02-29", FALSE },
    { "2019/2020", "2019", "2020", FALSE },
    /* German */
    { "Januar 2019 – März 2020", "2019-01", "2020-03", FALSE },
    { "Okt. 2015 bis heute", "2015-10", "", TRUE },
    { "Mai 2018 bis Dez. 2019", "2018-05", "2019-12", FALSE },
    { "03.2018 – 11.2019", "2018-03", "2019-11", FALSE },
    { "seit 2019", "2019", "", TRUE },
    { "10/2016 - aktuell", "2016-10", "", TRUE },
    { "2017 bis dato", "2017", "", TRUE },
    /* French */
    { "janvier 2019 – févr. 2020", "2019-01", "2020-02", FALSE },
    { "mars 2017 à aujourd'hui", "2017-03", "", TRUE },
    { "sept. 2015 – août 2016", "2015-09", "2016-08", FALSE },
    { "depuis juin 2020", "2020-06", "", TRUE },
    { "déc. 2012 à ce jour", "2012-12", "", TRUE },
    /* Spanish */
    { "enero 2019 - actualidad", "2019-01", "", TRUE },
    { "abril de 2015 – diciembre de 2017", "2015-04", "2017-12", FALSE },
    { "ago 2018 a la fecha", "2018-08", "", TRUE },
    { "desde 2020", "2020", "", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      VocDateRange range;

      g_test_message ("%s", cases[i].text);
      g_assert_true (voc_resume_date_range_find (cases[i].text, &range));
      g_assert_cmpstr (range.start, ==, cases[i].start);
      g_assert_cmpstr (range.end, ==, cases[i].end);
      g_assert_cmpint (range.current, ==, cases[i].current);
      g_assert_false (range.end_rejected);
      /* The whole text is the range. */
      g_assert_cmpuint (range.match_start, ==, 0);
      g_assert_cmpuint (range.match_end, ==, strlen (cases[i].text));
    }
}

static void
test_dates_single (void)
{
  static const struct { const char *text; const char *date; } cases[] = {
    { "2020", "2020" },
    { "03/2018", "2018-03" },
    { "3/2018", "2018-03" },
    { "2018/03", "2018-03" },
    { "2018-03", "2018-03" },
    { "03.2018", "2018-03" },
    { "2018.03", "2018-03" },
    { "Mar. 2017", "2017-03" },
    { "March 2017", "2017-03" },
    { "MARCH 2017", "2017-03" },
    { "Summer 2019", "2019" },
    { "Winter 2019", "2019" },
    { "Q3 2020", "2020-07" },
    { "Q1/2021", "2021-01" },
    { "H2 2019", "2019-07" },
    { "March 15, 2020", "2020-03-15" },
    { "15 March 2020", "2020-03-15" },
    { "15. März 2020", "2020-03-15" },
    { "15.03.2020", "2020-03-15" },
    { "03/15/2020", "2020-03-15" },
    { "2020-03-15", "2020-03-15" },
    { "Januar 2019", "2019-01" },
    { "März 2019", "2019-03" },
    { "Mai 2019", "2019-05" },
    { "Okt 2019", "2019-10" },
    { "Dez. 2019", "2019-12" },
    { "janvier 2019", "2019-01" },
    { "févr. 2019", "2019-02" },
    { "mars 2019", "2019-03" },
    { "juil. 2019", "2019-07" },
    { "août 2019", "2019-08" },
    { "enero 2019", "2019-01" },
    { "septiembre 2019", "2019-09" },
    { "Sommer 2019", "2019" },
    { "Jun '19", "2019-06" },
    { "1950", "1950" },
    { "2100", "2100" },
    { "May 2016.", "2016-05" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char out[11];

      g_test_message ("%s", cases[i].text);
      g_assert_true (voc_resume_date_parse (cases[i].text, out));
      g_assert_cmpstr (out, ==, cases[i].date);
    }
}

static void
test_dates_nonsense (void)
{
  static const char * const not_dates[] = {
    "", "Present", "hello", "1949", "2101", "1890", "13/2019", "2019-13", "00/2019",
    "32.01.2020", "31.02.2020", "02/30/2020", "Q5 2020", "H3 2020", "Smarch 2020", "2019abc",
    "1/2", "3.97/4.00", "11,234,567", "2019 and more", "Jan", "2,019",
  };
  static const char * const no_range[] = {
    "", "Present", "13/2019 – 14/2020", "Jan 1890 – Mar 1895", "Jul 2022on-ramps",
    "GPA: 3.97/4.00", "Patent 11,234,567", "10.1234/neurips.2023.1234", "Increased sales by 2019%",
    "2019-13", "version 2021.5",
  };
  VocDateRange range;
  char out[11];

  for (guint i = 0; i < G_N_ELEMENTS (not_dates); i++)
    {
      g_test_message ("%s", not_dates[i]);
      g_assert_false (voc_resume_date_parse (not_dates[i], out));
      g_assert_cmpstr (out, ==, "");
    }
  g_assert_false (voc_resume_date_parse (NULL, out));

  for (guint i = 0; i < G_N_ELEMENTS (no_range); i++)
    {
      g_test_message ("%s", no_range[i]);
      g_assert_false (voc_resume_date_range_find (no_range[i], &range));
    }
  g_assert_false (voc_resume_date_range_find (NULL, &range));

  /* An end before the start: the start is kept, the end rejected. */
  g_assert_true (voc_resume_date_range_find ("2019–2017", &range));
  g_assert_cmpstr (range.start, ==, "2019");
  g_assert_cmpstr (range.end, ==, "");
  g_assert_false (range.current);
  g_assert_true (range.end_rejected);

  g_assert_true (voc_resume_date_range_find ("Mar 2020 – Jan 2020", &range));
  g_assert_cmpstr (range.start, ==, "2020-03");
  g_assert_true (range.end_rejected);

  /* The same year at two precisions is not "before". */
  g_assert_true (voc_resume_date_range_find ("May 2020 – 2020", &range));
  g_assert_cmpstr (range.end, ==, "2020");
  g_assert_false (range.end_rejected);

  /* Things that look like dates, for the parser's warnings. */
  g_assert_true (voc_resume_date_looks_like ("13/2019 – 14/2020"));
  g_assert_true (voc_resume_date_looks_like ("Jan 1890"));
  g_assert_true (voc_resume_date_looks_like ("since 1492"));
  g_assert_true (voc_resume_date_looks_like ("Foo – present"));
  g_assert_false (voc_resume_date_looks_like ("Senior Engineer, Acme"));
  g_assert_false (voc_resume_date_looks_like ("GPA: 3.97/4.00"));
  g_assert_false (voc_resume_date_looks_like (NULL));
}

static void
test_dates_in_lines (void)
{
  static const struct
  {
    const char *line;
    const char *match;
    const char *start;
    const char *end;
    gboolean    current;
  } cases[] = {
    { "Senior Engineer, Acme — Jan 2020 – Present", "Jan 2020 – Present", "2020-01", "", TRUE },
    { "Title — Company (2019–2021)", "2019–2021", "2019", "2021", FALSE },
    { "Acme Corp | Engineer | 03/2018 – 11/2019", "03/2018 – 11/2019", "2018-03", "2019-11",
      FALSE },
    /* A range wins over an earlier single year. */
    { "Paper at NeurIPS 2022 (spotlight)Santa Clara, CA May 2022 – Aug 2022 4 months",
      "May 2022 – Aug 2022", "2022-05", "2022-08", FALSE },
    /* Two columns glued by a PDF. */
    { "reducing latency by 73% compared to baselineJune 2023 – present", "June 2023 – present",
      "2023-06", "", TRUE },
    { "Siebel Scholar (Class of 2022)Sept 2018 – May 2023", "Sept 2018 – May 2023", "2018-09",
      "2023-05", FALSE },
    /* A date with a dash and no end: the dash stays outside the match. */
    { "2017 – Product Manager, Google", "2017", "2017", "", FALSE },
    { "Bachelor of Science, State University, Anywhere, USA, May 2016", "May 2016", "2016-05", "",
      FALSE },
    { "Werkstudent von 10/2014 bis 02/2016", "von 10/2014 bis 02/2016", "2014-10", "2016-02",
      FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      VocDateRange range;
      g_autofree char *match = NULL;

      g_test_message ("%s", cases[i].line);
      g_assert_true (voc_resume_date_range_find (cases[i].line, &range));
      match = g_strndup (cases[i].line + range.match_start, range.match_end - range.match_start);
      g_assert_cmpstr (match, ==, cases[i].match);
      g_assert_cmpstr (range.start, ==, cases[i].start);
      g_assert_cmpstr (range.end, ==, cases[i].end);
      g_assert_cmpint (range.current, ==, cases[i].current);
    }
}

/* Helpers -------------------------------------------------------------------------------------- */

static JsonObject *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonObject *root = voc_resume_parse_text (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (root);

  if (g_test_verbose ())
    {
      g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
      g_autofree char *json = NULL;

      json_node_set_object (node, root);
      json = json_to_string (node, TRUE);
      g_test_message ("%s", json);
    }

  return root;
}

static JsonObject *
member_object (JsonObject *object,
               const char *member)
{
  g_assert_true (json_object_has_member (object, member));
  return json_object_get_object_member (object, member);
}

static JsonObject *
element (JsonObject *root,
         const char *section,
         guint       index)
{
  JsonArray *array;

  g_assert_true (json_object_has_member (root, section));
  array = json_object_get_array_member (root, section);
  g_assert_cmpuint (index, <, json_array_get_length (array));
  return json_array_get_object_element (array, index);
}

static guint
length (JsonObject *object,
        const char *member)
{
  if (!json_object_has_member (object, member))
    return 0;

  return json_array_get_length (json_object_get_array_member (object, member));
}

static const char *
string (JsonObject *object,
        const char *member)
{
  if (object == NULL || !json_object_has_member (object, member))
    return NULL;

  return json_object_get_string_member (object, member);
}

static const char *
string_at (JsonObject *object,
           const char *member,
           guint       index)
{
  JsonArray *array;

  g_assert_true (json_object_has_member (object, member));
  array = json_object_get_array_member (object, member);
  g_assert_cmpuint (index, <, json_array_get_length (array));
  return json_array_get_string_element (array, index);
}

static void
assert_work (JsonObject *root,
             guint       index,
             const char *position,
             const char *name,
             const char *start,
             const char *end,
             guint       n_highlights)
{
  JsonObject *work = element (root, "work", index);

  g_assert_cmpstr (string (work, "position"), ==, position);
  g_assert_cmpstr (string (work, "name"), ==, name);
  g_assert_cmpstr (string (work, "startDate"), ==, start);
  g_assert_cmpstr (string (work, "endDate"), ==, end);
  g_assert_cmpuint (length (work, "highlights"), ==, n_highlights);
}

/* Every date in the draft is one JSON Resume accepts. */
static void
assert_dates_valid (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          JsonNode *child = json_object_get_member (object, l->data);

          if (g_str_has_suffix (l->data, "Date") || g_str_equal (l->data, "date"))
            g_assert_true (g_regex_match_simple ("^[12][0-9]{3}(-[01][0-9](-[0-3][0-9])?)?$",
                                                 json_node_get_string (child), 0, 0));
          else
            assert_dates_valid (child);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        assert_dates_valid (json_array_get_element (array, i));
    }
}

static void
assert_draft_valid (JsonObject *root)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  json_node_set_object (node, root);
  assert_dates_valid (node);
}

/* Layouts -------------------------------------------------------------------------------------- */

/* As a word processor's document comes out of the extractor: a blank line after each
 * paragraph, list items as "- " lines, headings bare. */
static const char plain_resume[] =
  "Jane Roe\n"
  "\n"
  "Senior Backend Engineer\n"
  "\n"
  "Berlin, Germany\n"
  "\n"
  "jane.roe@example.org | +49 30 1234567 | linkedin.com/in/janeroe | github.com/janeroe | "
  "https://janeroe.dev\n"
  "\n"
  "Summary\n"
  "\n"
  "Backend engineer with ten years of experience building payment systems.\n"
  "\n"
  "Experience\n"
  "\n"
  "Senior Backend Engineer — Acme Payments GmbH (Jan 2020 – Present)\n"
  "\n"
  "- Led the migration of the ledger to PostgreSQL, cutting p99 latency by 40%\n"
  "- Mentored five engineers\n"
  "\n"
  "Software Engineer at Globex Corporation, Hamburg\n"
  "\n"
  "March 2016 - December 2019\n"
  "\n"
  "- Built the billing API in Go\n"
  "- Introduced contract tests\n"
  "\n"
  "Initech | Backend Developer | 2014 – 2016\n"
  "\n"
  "- Maintained the TPS report service\n"
  "\n"
  "Junior Developer\n"
  "\n"
  "Hooli\n"
  "\n"
  "06/2012 – 02/2014\n"
  "\n"
  "- Fixed bugs in the search front end\n"
  "\n"
  "Education\n"
  "\n"
  "Technische Universität München\n"
  "\n"
  "M.Sc. Informatik\n"
  "\n"
  "2010 – 2012\n"
  "\n"
  "Skills\n"
  "\n"
  "Languages: Go, Python, SQL\n"
  "Tools: docker; kubernetes; Terraform\n"
  "PostgreSQL, Kafka, gRPC\n"
  "\n"
  "Languages\n"
  "\n"
  "English (native), German (C1), French – basic\n"
  "\n"
  "Certifications\n"
  "\n"
  "- AWS Certified Solutions Architect — Amazon Web Services (2021)\n"
  "\n"
  "Projects\n"
  "\n"
  "ledgerkit — An open-source double-entry ledger library\n"
  "\n"
  "- 1,200 GitHub stars\n"
  "\n"
  "Awards\n"
  "\n"
  "- Best Paper Award — FinConf (2019)\n"
  "\n"
  "Volunteering\n"
  "\n"
  "Mentor, Code Club Berlin, 2018 – 2020\n"
  "\n"
  "- Taught Python to teenagers\n"
  "\n"
  "Interests\n"
  "\n"
  "Climbing, chess\n";

static void
test_parse_plain (void)
{
  g_autoptr(JsonObject) root = parse_ok (plain_resume);
  JsonObject *basics = member_object (root, "basics");
  JsonObject *location = member_object (basics, "location");
  JsonObject *object;
  JsonArray *keywords;

  g_assert_cmpstr (string (basics, "name"), ==, "Jane Roe");
  g_assert_cmpstr (string (basics, "label"), ==, "Senior Backend Engineer");
  g_assert_cmpstr (string (basics, "email"), ==, "jane.roe@example.org");
  g_assert_cmpstr (string (basics, "phone"), ==, "+49 30 1234567");
  g_assert_cmpstr (string (basics, "url"), ==, "https://janeroe.dev");
  g_assert_cmpstr (string (basics, "summary"), ==,
                   "Backend engineer with ten years of experience building payment systems.");
  g_assert_cmpstr (string (location, "city"), ==, "Berlin");
  g_assert_cmpstr (string (location, "countryCode"), ==, "DE");
  g_assert_cmpuint (length (basics, "profiles"), ==, 2);
  object = element (basics, "profiles", 0);
  g_assert_cmpstr (string (object, "network"), ==, "LinkedIn");
  g_assert_cmpstr (string (object, "username"), ==, "janeroe");
  g_assert_cmpstr (string (object, "url"), ==, "https://linkedin.com/in/janeroe");
  object = element (basics, "profiles", 1);
  g_assert_cmpstr (string (object, "network"), ==, "GitHub");
  g_assert_cmpstr (string (object, "username"), ==, "janeroe");

  g_assert_cmpuint (length (root, "work"), ==, 4);
  /* "Title — Company (dates)" */
  assert_work (root, 0, "Senior Backend Engineer", "Acme Payments GmbH", "2020-01", NULL, 2);
  g_assert_cmpstr (string_at (element (root, "work", 0), "highlights", 0), ==,
                   "Led the migration of the ledger to PostgreSQL, cutting p99 latency by 40%");
  /* "Title at Company, Place" with the dates on a line of their own */
  assert_work (root, 1, "Software Engineer", "Globex Corporation", "2016-03", "2019-12", 2);
  g_assert_cmpstr (string (element (root, "work", 1), "location"), ==, "Hamburg");
  /* "Company | Title | dates" */
  assert_work (root, 2, "Backend Developer", "Initech", "2014", "2016", 1);
  /* title line, company line, dates line */
  assert_work (root, 3, "Junior Developer", "Hooli", "2012-06", "2014-02", 1);

  object = element (root, "education", 0);
  g_assert_cmpstr (string (object, "institution"), ==, "Technische Universität München");
  g_assert_cmpstr (string (object, "studyType"), ==, "M.Sc.");
  g_assert_cmpstr (string (object, "area"), ==, "Informatik");
  g_assert_cmpstr (string (object, "startDate"), ==, "2010");
  g_assert_cmpstr (string (object, "endDate"), ==, "2012");

  /* "Label: a, b" is a group; names the dictionary knows are written its way. */
  object = element (root, "skills", 0);
  g_assert_cmpstr (string (object, "name"), ==, "Languages");
  keywords = json_object_get_array_member (object, "keywords");
  g_assert_cmpuint (json_array_get_length (keywords), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (keywords, 0), ==, "Go");
  object = element (root, "skills", 1);
  g_assert_cmpstr (string (object, "name"), ==, "Tools");
  g_assert_cmpstr (string_at (object, "keywords", 0), ==, "Docker");
  g_assert_cmpstr (string_at (object, "keywords", 1), ==, "Kubernetes");
  g_assert_cmpstr (string (element (root, "skills", 2), "name"), ==, "PostgreSQL");
  g_assert_cmpstr (string (element (root, "skills", 3), "name"), ==, "Apache Kafka");
  g_assert_cmpstr (string (element (root, "skills", 4), "name"), ==, "gRPC");

  g_assert_cmpuint (length (root, "languages"), ==, 3);
  object = element (root, "languages", 0);
  g_assert_cmpstr (string (object, "language"), ==, "English");
  g_assert_cmpstr (string (object, "fluency"), ==, "native");
  object = element (root, "languages", 2);
  g_assert_cmpstr (string (object, "language"), ==, "French");
  g_assert_cmpstr (string (object, "fluency"), ==, "basic");

  object = element (root, "certificates", 0);
  g_assert_cmpstr (string (object, "name"), ==, "AWS Certified Solutions Architect");
  g_assert_cmpstr (string (object, "issuer"), ==, "Amazon Web Services");
  g_assert_cmpstr (string (object, "date"), ==, "2021");

  object = element (root, "projects", 0);
  g_assert_cmpstr (string (object, "name"), ==, "ledgerkit");
  g_assert_cmpstr (string (object, "description"), ==,
                   "An open-source double-entry ledger library");
  g_assert_cmpuint (length (object, "highlights"), ==, 1);

  object = element (root, "awards", 0);
  g_assert_cmpstr (string (object, "title"), ==, "Best Paper Award");
  g_assert_cmpstr (string (object, "awarder"), ==, "FinConf");
  g_assert_cmpstr (string (object, "date"), ==, "2019");

  object = element (root, "volunteer", 0);
  g_assert_cmpstr (string (object, "organization"), ==, "Code Club Berlin");
  g_assert_cmpstr (string (object, "position"), ==, "Mentor");
  g_assert_cmpstr (string (object, "startDate"), ==, "2018");
  g_assert_cmpstr (string (object, "endDate"), ==, "2020");

  g_assert_cmpuint (length (root, "interests"), ==, 2);
  g_assert_cmpstr (string (element (root, "interests", 1), "name"), ==, "chess");

  g_assert_false (json_object_has_member (root, "meta"));
  assert_draft_valid (root);
}

/* As a PDF's text comes out: "•" bullets, dates at the right end of the title line, lines
 * broken where the page ended, a page number. */
static const char pdf_resume[] =
  "JOHN SMITH\n"
  "Data Engineer\n"
  "Austin, TX • john.smith@mail.com • (512) 555-0199\n"
  "\n"
  "Professional Experience\n"
  "Data Engineer — Wayne Enterprises, Austin, TX Mar. 2019 – Present\n"
  "• Designed a streaming pipeline processing 2B events per day with Kafka\n"
  "and Flink\n"
  "• Reduced warehouse costs by 35% through partition pruning and\n"
  "clustering\n"
  "◦ Migrated 400 tables to Snowflake\n"
  "Analytics Engineer, Stark Industries 2016 – 2019\n"
  "* Built dbt models for finance reporting\n"
  "– Automated the monthly close with Air-\n"
  "flow\n"
  "2\n"
  "Data Analyst Jan 2014 - Dec 2015\n"
  "Cyberdyne Systems\n"
  "Analysed sales data. Built weekly dashboards in Tableau.\n"
  "Education\n"
  "B.S. in Statistics, University of Texas at Austin 2010 – 2014\n"
  "GPA: 3.8/4.0\n"
  "Technical Skills\n"
  "Python | SQL | Spark | Airflow\n";

static void
test_parse_pdf_layout (void)
{
  g_autoptr(JsonObject) root = parse_ok (pdf_resume);
  JsonObject *basics = member_object (root, "basics");
  JsonObject *work;
  JsonObject *object;

  /* An upper-case name is written as a name. */
  g_assert_cmpstr (string (basics, "name"), ==, "John Smith");
  g_assert_cmpstr (string (basics, "label"), ==, "Data Engineer");
  g_assert_cmpstr (string (basics, "email"), ==, "john.smith@mail.com");
  g_assert_cmpstr (string (basics, "phone"), ==, "(512) 555-0199");
  object = member_object (basics, "location");
  g_assert_cmpstr (string (object, "city"), ==, "Austin");
  g_assert_cmpstr (string (object, "region"), ==, "TX");

  g_assert_cmpuint (length (root, "work"), ==, 3);
  assert_work (root, 0, "Data Engineer", "Wayne Enterprises", "2019-03", NULL, 3);
  work = element (root, "work", 0);
  g_assert_cmpstr (string (work, "location"), ==, "Austin, TX");
  /* Lines broken by the page's width are one bullet again. */
  g_assert_cmpstr (string_at (work, "highlights", 0), ==,
                   "Designed a streaming pipeline processing 2B events per day with Kafka and "
                   "Flink");
  g_assert_cmpstr (string_at (work, "highlights", 1), ==,
                   "Reduced warehouse costs by 35% through partition pruning and clustering");
  g_assert_cmpstr (string_at (work, "highlights", 2), ==, "Migrated 400 tables to Snowflake");

  assert_work (root, 1, "Analytics Engineer", "Stark Industries", "2016", "2019", 2);
  /* A word hyphenated at the end of a line is whole again. */
  g_assert_cmpstr (string_at (element (root, "work", 1), "highlights", 1), ==,
                   "Automated the monthly close with Airflow");

  /* Prose without bullets: one highlight per sentence. */
  assert_work (root, 2, "Data Analyst", "Cyberdyne Systems", "2014-01", "2015-12", 2);
  g_assert_cmpstr (string_at (element (root, "work", 2), "highlights", 1), ==,
                   "Built weekly dashboards in Tableau.");

  object = element (root, "education", 0);
  g_assert_cmpstr (string (object, "institution"), ==, "University of Texas at Austin");
  g_assert_cmpstr (string (object, "studyType"), ==, "B.S.");
  g_assert_cmpstr (string (object, "area"), ==, "Statistics");
  g_assert_cmpstr (string (object, "score"), ==, "3.8/4.0");
  g_assert_cmpstr (string (object, "endDate"), ==, "2014");

  g_assert_cmpuint (length (root, "skills"), ==, 4);
  g_assert_cmpstr (string (element (root, "skills", 2), "name"), ==, "Apache Spark");
  assert_draft_valid (root);
}

/* Upper-case headings, contact details on one line with separators, "Title, Company, Place,
 * dates", a PDF where the dates column comes first and its second half wraps. */
static const char caps_resume[] =
  "ALEX MORGAN\n"
  "42 Main St, Springfield, USA — (555) 010-4477 — alex@morgan.example\n"
  "LinkedIn: linkedin.com/in/alexmorgan — GitHub: github.com/amorgan\n"
  "\n"
  "PROFESSIONAL SUMMARY\n"
  "\n"
  "Product manager who ships.\n"
  "\n"
  "WORK EXPERIENCE\n"
  "\n"
  "Product Manager, Umbrella Corp, Springfield, USA, June 2018 - Present\n"
  "\n"
  "- Launched three products\n"
  "- Grew revenue 20%\n"
  "\n"
  "Associate Product Manager, Soylent Inc., Springfield, USA, July 2016 - June 2018\n"
  "\n"
  "- Ran user interviews\n"
  "\n"
  "EMPLOYMENT HISTORY:\n"
  "2012 – Business Analyst, Vandelay Industries, New York, USA\n"
  "2016 Gathered requirements from stakeholders across the company. Wrote the\n"
  "specification of the import module.\n"
  "2010 – 2012 Intern, Kramerica, New York, USA\n"
  "Organised the office.\n"
  "\n"
  "EDUCATION\n"
  "\n"
  "Bachelor of Arts in Economics, Springfield University, Springfield, USA, May 2012\n"
  "\n"
  "CERTIFICATIONS\n"
  "\n"
  "- Certified Scrum Product Owner\n"
  "- PMP – PMI – 2019\n";

static void
test_parse_caps (void)
{
  g_autoptr(JsonObject) root = parse_ok (caps_resume);
  JsonObject *basics = member_object (root, "basics");
  JsonObject *location = member_object (basics, "location");
  JsonObject *object;

  g_assert_cmpstr (string (basics, "name"), ==, "Alex Morgan");
  g_assert_null (string (basics, "label"));
  g_assert_cmpstr (string (basics, "email"), ==, "alex@morgan.example");
  g_assert_cmpstr (string (basics, "phone"), ==, "(555) 010-4477");
  g_assert_cmpstr (string (basics, "summary"), ==, "Product manager who ships.");
  g_assert_cmpstr (string (location, "address"), ==, "42 Main St");
  g_assert_cmpstr (string (location, "city"), ==, "Springfield");
  g_assert_cmpstr (string (location, "countryCode"), ==, "US");
  g_assert_cmpuint (length (basics, "profiles"), ==, 2);
  g_assert_cmpstr (string (element (basics, "profiles", 1), "username"), ==, "amorgan");

  g_assert_cmpuint (length (root, "work"), ==, 4);
  assert_work (root, 0, "Product Manager", "Umbrella Corp", "2018-06", NULL, 2);
  g_assert_cmpstr (string (element (root, "work", 0), "location"), ==, "Springfield, USA");
  /* "Soylent Inc." keeps its legal form. */
  assert_work (root, 1, "Associate Product Manager", "Soylent Inc.", "2016-07", "2018-06", 1);
  /* "2012 –" on one line, "2016" at the start of the next. */
  assert_work (root, 2, "Business Analyst", "Vandelay Industries", "2012", "2016", 2);
  g_assert_cmpstr (string_at (element (root, "work", 2), "highlights", 1), ==,
                   "Wrote the specification of the import module.");
  assert_work (root, 3, "Intern", "Kramerica", "2010", "2012", 1);

  /* A single date on a school is when it ended. */
  object = element (root, "education", 0);
  g_assert_cmpstr (string (object, "institution"), ==, "Springfield University");
  g_assert_cmpstr (string (object, "studyType"), ==, "Bachelor of Arts");
  g_assert_cmpstr (string (object, "area"), ==, "Economics");
  g_assert_null (string (object, "startDate"));
  g_assert_cmpstr (string (object, "endDate"), ==, "2012-05");

  g_assert_cmpuint (length (root, "certificates"), ==, 2);
  object = element (root, "certificates", 1);
  g_assert_cmpstr (string (object, "name"), ==, "PMP");
  g_assert_cmpstr (string (object, "issuer"), ==, "PMI");
  g_assert_cmpstr (string (object, "date"), ==, "2019");
  assert_draft_valid (root);
}

static const char german_resume[] =
  "Lebenslauf\n"
  "\n"
  "Max Mustermann\n"
  "Softwareentwickler\n"
  "Musterstraße 1, 10115 Berlin\n"
  "Telefon: +49 170 1234567\n"
  "E-Mail: max@example.de\n"
  "\n"
  "Berufserfahrung\n"
  "\n"
  "Senior Softwareentwickler\n"
  "Beispiel GmbH, München\n"
  "03/2018 – heute\n"
  "- Entwicklung einer Microservice-Architektur mit Java und Spring Boot\n"
  "- Einführung von Continuous Integration\n"
  "\n"
  "Werkstudent bei Muster AG\n"
  "Okt. 2015 bis Feb. 2018\n"
  "- Wartung interner Werkzeuge\n"
  "\n"
  "AUSBILDUNG\n"
  "\n"
  "Technische Universität Berlin\n"
  "Master of Science Informatik\n"
  "2013 – 2015\n"
  "Abschlussnote: 1,3\n"
  "\n"
  "Kenntnisse:\n"
  "Programmiersprachen: Java, Kotlin, Python\n"
  "Datenbanken: PostgreSQL, MongoDB\n"
  "\n"
  "Sprachen\n"
  "Deutsch (Muttersprache), Englisch (fließend)\n";

static void
test_parse_german (void)
{
  g_autoptr(JsonObject) root = parse_ok (german_resume);
  JsonObject *basics = member_object (root, "basics");
  JsonObject *location = member_object (basics, "location");
  JsonObject *object;

  g_assert_cmpstr (string (basics, "name"), ==, "Max Mustermann");
  g_assert_cmpstr (string (basics, "label"), ==, "Softwareentwickler");
  g_assert_cmpstr (string (basics, "phone"), ==, "+49 170 1234567");
  g_assert_cmpstr (string (basics, "email"), ==, "max@example.de");
  g_assert_cmpstr (string (location, "address"), ==, "Musterstraße 1");
  g_assert_cmpstr (string (location, "postalCode"), ==, "10115");
  g_assert_cmpstr (string (location, "city"), ==, "Berlin");

  g_assert_cmpuint (length (root, "work"), ==, 2);
  assert_work (root, 0, "Senior Softwareentwickler", "Beispiel GmbH", "2018-03", NULL, 2);
  g_assert_cmpstr (string (element (root, "work", 0), "location"), ==, "München");
  assert_work (root, 1, "Werkstudent", "Muster AG", "2015-10", "2018-02", 1);

  object = element (root, "education", 0);
  g_assert_cmpstr (string (object, "institution"), ==, "Technische Universität Berlin");
  g_assert_cmpstr (string (object, "studyType"), ==, "Master of Science");
  g_assert_cmpstr (string (object, "area"), ==, "Informatik");
  g_assert_cmpstr (string (object, "score"), ==, "1,3");

  object = element (root, "skills", 0);
  g_assert_cmpstr (string (object, "name"), ==, "Programmiersprachen");
  g_assert_cmpuint (length (object, "keywords"), ==, 3);

  g_assert_cmpuint (length (root, "languages"), ==, 2);
  object = element (root, "languages", 1);
  g_assert_cmpstr (string (object, "language"), ==, "Englisch");
  g_assert_cmpstr (string (object, "fluency"), ==, "fließend");
  assert_draft_valid (root);
}

/* Sub-headings inside a job are the job's, not sections of their own. */
static void
test_parse_subheadings (void)
{
  g_autoptr(JsonObject) root = parse_ok ("Jane Roe\n"
                                         "\n"
                                         "EXPERIENCE\n"
                                         "Engineer, Acme Corp, 2019 – 2021\n"
                                         "Leading payments company.\n"
                                         "Key achievements:\n"
                                         "- Shipped the ledger\n"
                                         "Technologies:\n"
                                         "- Go, PostgreSQL\n"
                                         "\n"
                                         "Developer, Foo Ltd, 2017 – 2019\n"
                                         "- Fixed things\n"
                                         "\n"
                                         "SKILLS:\n"
                                         "Go, Rust\n");

  g_assert_cmpuint (length (root, "work"), ==, 2);
  assert_work (root, 0, "Engineer", "Acme Corp", "2019", "2021", 2);
  assert_work (root, 1, "Developer", "Foo Ltd", "2017", "2019", 1);
  g_assert_false (json_object_has_member (root, "awards"));
  g_assert_cmpuint (length (root, "skills"), ==, 2);
}

static void
test_parse_french_spanish (void)
{
  g_autoptr(JsonObject) french = parse_ok ("Camille Martin\n"
                                           "\n"
                                           "EXPÉRIENCE PROFESSIONNELLE\n"
                                           "Développeuse chez Exemple SARL\n"
                                           "janv. 2019 – aujourd'hui\n"
                                           "- Refonte du site\n"
                                           "\n"
                                           "Compétences\n"
                                           "Python, Django\n");
  g_autoptr(JsonObject) spanish = parse_ok ("Lucía Pérez\n"
                                            "\n"
                                            "Experiencia laboral\n"
                                            "Ingeniera de datos | Ejemplo S.A. | enero 2020 - "
                                            "actualidad\n"
                                            "- Diseño de pipelines\n"
                                            "\n"
                                            "Idiomas\n"
                                            "Español (nativo), Inglés (C1)\n");

  assert_work (french, 0, "Développeuse", "Exemple SARL", "2019-01", NULL, 1);
  g_assert_cmpuint (length (french, "skills"), ==, 2);

  assert_work (spanish, 0, "Ingeniera de datos", "Ejemplo S.A.", "2020-01", NULL, 1);
  g_assert_cmpuint (length (spanish, "languages"), ==, 2);
  g_assert_cmpstr (string (element (spanish, "languages", 0), "fluency"), ==, "nativo");
}

/* Bad input ------------------------------------------------------------------------------------ */

static void
test_parse_empty (void)
{
  static const char * const empty[] = { "", " ", "\n\n\t \n", "\xef\xbb\xbf\n" };

  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      g_autoptr(GError) error = NULL;
      JsonObject *root = voc_resume_parse_text (empty[i], &error);

      g_assert_null (root);
      g_assert_error (error, VOC_RESUME_PARSE_ERROR, VOC_RESUME_PARSE_ERROR_EMPTY);
    }
}

static void
test_parse_no_sections (void)
{
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  root = voc_resume_parse_text ("Dear hiring manager,\n\nI am writing to apply for the role of "
                                "engineer at your company. I worked at Acme from 2019 to 2021."
                                "\n\nKind regards,\nJane Roe\n", &error);
  g_assert_null (root);
  g_assert_error (error, VOC_RESUME_PARSE_ERROR, VOC_RESUME_PARSE_ERROR_NO_SECTIONS);
  g_assert_nonnull (strstr (error->message, "Experience"));
}

static void
test_parse_binary (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);

  for (guint round = 0; round < 20; round++)
    {
      g_autofree char *junk = g_malloc (8193);
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonObject) root = NULL;

      for (guint i = 0; i < 8192; i++)
        junk[i] = (char) g_rand_int_range (rand, 1, 256);
      junk[8192] = '\0';
      /* Half the rounds hide a heading in the junk: it must parse, or fail cleanly. */
      if (round % 2 == 1)
        memcpy (junk + 4000, "\nExperience\n2019 - 2021 \xff\xfe Engineer\n", 36);

      root = voc_resume_parse_text (junk, &error);
      if (root == NULL)
        g_assert_error (error, VOC_RESUME_PARSE_ERROR, VOC_RESUME_PARSE_ERROR_NO_SECTIONS);
      else
        {
          g_assert_no_error (error);
          assert_draft_valid (root);
        }
    }
}

static void
test_parse_bad_dates (void)
{
  g_autoptr(JsonObject) root = parse_ok ("Jane Roe\n"
                                         "\n"
                                         "Experience\n"
                                         "Senior Engineer, Acme Corp, 13/2019 – 14/2020\n"
                                         "- Did things\n"
                                         "\n"
                                         "Engineer, Foo Ltd, 2019 – 2017\n"
                                         "- Other things\n"
                                         "\n"
                                         "Engineer, Bar Ltd, Jan 1890 - Mar 1895\n"
                                         "- Old things\n");
  JsonObject *meta = member_object (root, "meta");
  JsonObject *work;

  /* The entry is kept without its dates, the place does not take them either. */
  g_assert_cmpuint (length (root, "work"), ==, 3);
  work = element (root, "work", 0);
  g_assert_cmpstr (string (work, "position"), ==, "Senior Engineer");
  g_assert_cmpstr (string (work, "name"), ==, "Acme Corp");
  g_assert_false (json_object_has_member (work, "startDate"));
  g_assert_false (json_object_has_member (work, "location"));

  /* An end before the start: the start is kept. */
  work = element (root, "work", 1);
  g_assert_cmpstr (string (work, "startDate"), ==, "2019");
  g_assert_false (json_object_has_member (work, "endDate"));

  work = element (root, "work", 2);
  g_assert_cmpstr (string (work, "name"), ==, "Bar Ltd");
  g_assert_false (json_object_has_member (work, "startDate"));

  g_assert_cmpuint (length (meta, "warnings"), ==, 3);
  g_assert_nonnull (strstr (string_at (meta, "warnings", 0), "Line 4"));
  g_assert_nonnull (strstr (string_at (meta, "warnings", 0), "13/2019 – 14/2020"));
  g_assert_nonnull (strstr (string_at (meta, "warnings", 1), "Line 7"));
  g_assert_nonnull (strstr (string_at (meta, "warnings", 2), "Line 10"));
}

static void
test_parse_long (void)
{
  g_autoptr(GString) text = g_string_new ("Jane Roe\njane@example.org\n\nExperience\n");
  g_autoptr(GString) prose = g_string_new ("Jane Roe\n\nSkills\n");
  g_autoptr(GString) lower = g_string_new ("Jane Roe\n\nExperience\nEngineer, Acme\n- ");
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(JsonObject) prose_root = NULL;
  g_autoptr(JsonObject) lower_root = NULL;
  g_autofree char *last_position = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  gint64 start;
  double ms;
  guint n = 0;

  /* A long résumé: 100 KB of entries. */
  while (text->len < 100 * 1024)
    {
      g_string_append_printf (text, "Engineer %u, Company %u GmbH — Jan %u – Dec %u\n"
                                    "- Built the thing number %u with Go and Rust\n"
                                    "- Improved latency by %u%%\n\n",
                              n, n, 1960 + n % 60, 1961 + n % 60, n, n % 100);
      n++;
    }
  start = g_get_monotonic_time ();
  root = parse_ok (text->str);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_test_message ("%zu bytes, %u entries: %.0f ms", text->len, n, ms);
  g_assert_cmpfloat (ms, <, 10000);
  g_assert_cmpuint (length (root, "work"), ==, n);
  last_position = g_strdup_printf ("Engineer %u", n - 1);
  g_assert_cmpstr (string (element (root, "work", n - 1), "position"), ==, last_position);
  g_assert_cmpuint (length (element (root, "work", n - 1), "highlights"), ==, 2);

  /* 100 KB of words on one line, under a heading. */
  while (prose->len < 100 * 1024)
    {
      static const char * const words[] = {
        "Python", "and", "the", "2019", "–", "Present", "Jan", ",", "(", ")", "at", "|", "•",
        "Engineer", "Acme", "GmbH", "-", "13/2019", "linkedin.com/in/x", "@", "x@y.io",
      };

      g_string_append (prose, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append_c (prose, ' ');
    }
  start = g_get_monotonic_time ();
  prose_root = parse_ok (prose->str);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_test_message ("one line of %zu bytes: %.0f ms", prose->len, ms);
  g_assert_cmpfloat (ms, <, 10000);

  /* 100 KB of lines that each continue the one before. */
  while (lower->len < 100 * 1024)
    g_string_append (lower, "continued (with a bracket, and a comma,\n");
  start = g_get_monotonic_time ();
  lower_root = parse_ok (lower->str);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  g_test_message ("%zu bytes of continued lines: %.0f ms", lower->len, ms);
  g_assert_cmpfloat (ms, <, 10000);
  g_assert_cmpuint (length (element (lower_root, "work", 0), "highlights"), ==, 1);
}

static void
test_parse_file_contents (void)
{
  VocExtracted extracted = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(JsonObject) named = NULL;

  /* The name is only in the document's title. */
  extracted.text = (char *) "Experience\nEngineer, Acme Corp, 2019 – 2021\n- Built things\n";
  extracted.media_type = (char *) "application/pdf";
  extracted.title = (char *) "Jane_Roe - CV";
  root = voc_resume_parse_file_contents (&extracted, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (string (member_object (root, "basics"), "name"), ==, "Jane Roe");
  assert_work (root, 0, "Engineer", "Acme Corp", "2019", "2021", 1);

  /* The text's own name wins. */
  extracted.text = (char *) "Max Power\n\nExperience\nEngineer, Acme Corp, 2019 – 2021\n";
  named = voc_resume_parse_file_contents (&extracted, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (string (member_object (named, "basics"), "name"), ==, "Max Power");

  extracted.text = (char *) "Nothing to see here.\n";
  g_assert_null (voc_resume_parse_file_contents (&extracted, &error));
  g_assert_error (error, VOC_RESUME_PARSE_ERROR, VOC_RESUME_PARSE_ERROR_NO_SECTIONS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/resume-dates/ranges", test_dates_ranges);
  g_test_add_func ("/resume-dates/single", test_dates_single);
  g_test_add_func ("/resume-dates/nonsense", test_dates_nonsense);
  g_test_add_func ("/resume-dates/in-lines", test_dates_in_lines);
  g_test_add_func ("/resume-parser/plain", test_parse_plain);
  g_test_add_func ("/resume-parser/pdf-layout", test_parse_pdf_layout);
  g_test_add_func ("/resume-parser/caps", test_parse_caps);
  g_test_add_func ("/resume-parser/german", test_parse_german);
  g_test_add_func ("/resume-parser/subheadings", test_parse_subheadings);
  g_test_add_func ("/resume-parser/french-spanish", test_parse_french_spanish);
  g_test_add_func ("/resume-parser/empty", test_parse_empty);
  g_test_add_func ("/resume-parser/no-sections", test_parse_no_sections);
  g_test_add_func ("/resume-parser/binary", test_parse_binary);
  g_test_add_func ("/resume-parser/bad-dates", test_parse_bad_dates);
  g_test_add_func ("/resume-parser/long", test_parse_long);
  g_test_add_func ("/resume-parser/file-contents", test_parse_file_contents);

  return g_test_run ();
}
