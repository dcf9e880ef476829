/* test-resume-merge.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reviewed draft or a JSON Resume brought into the library: whole into an empty one, merged
 * without duplicates into one that has a resume, and nothing written when it is bad.
 */

#include "voc-json-resume.h"
#include "voc-resume-merge.h"
#include "voc-test-util.h"

static const char *first =
  "{\"basics\": {\"name\": \"Jane Doe\", \"email\": \"jane@example.org\","
  "  \"location\": {\"city\": \"Lisbon\", \"countryCode\": \"PT\"}},"
  " \"work\": [{\"name\": \"Globex\", \"position\": \"Data Engineer\", \"startDate\": \"2021-03\","
  "   \"highlights\": [\"Cut warehouse costs by 30%\", \"Moved ETL to dbt\"]}],"
  " \"education\": [{\"institution\": \"UCL\", \"studyType\": \"BSc\", \"area\": \"Mathematics\"}],"
  " \"skills\": [{\"name\": \"SQL\"}],"
  " \"volunteer\": [{\"organization\": \"Code Club\"}],"
  " \"meta\": {\"warnings\": [\"Line 12: the dates could not be read\"]}}";

/* The same person's resume, read again from another file: some of it known, written a
 * little differently, some of it new. */
static const char *second =
  "{\"basics\": {\"name\": \"Jane Q. Doe\", \"label\": \"Senior Data Engineer\","
  "  \"email\": \"other@example.org\", \"phone\": \"+351 21 000 0000\"},"
  " \"work\": [{\"name\": \"GLOBEX\", \"position\": \"Data engineer\", \"startDate\": \"2021\","
  "   \"highlights\": [\"Cut warehouse costs by 30 %.\", \"Mentored three juniors\"]},"
  "  {\"name\": \"Initech\", \"position\": \"Analyst\", \"startDate\": \"2018-01\","
  "   \"endDate\": \"2021-02\", \"highlights\": [\"Built 40 dashboards\"]},"
  "  {\"name\": \"Acme\", \"startDate\": \"2016\", \"highlights\": [\"Something\"]}],"
  " \"education\": [{\"institution\": \"ucl\", \"studyType\": \"BSc\", \"area\": \"Mathematics\"},"
  "   {\"institution\": \"Imperial College\", \"studyType\": \"MSc\"}],"
  " \"skills\": [{\"name\": \"sql\"}, {\"name\": \"Python\", \"level\": \"Advanced\"}],"
  " \"languages\": [{\"language\": \"Portuguese\", \"fluency\": \"Fluent\"}],"
  " \"volunteer\": [{\"organization\": \"Code Club\"}, {\"organization\": \"Food Bank\"}],"
  " \"meta\": {\"warnings\": [\"Line 3: nothing\"]}}";

static JsonObject *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
merge (VocDatabase         *db,
       const char          *text,
       VocResumeMergeStats *stats)
{
  g_autoptr(JsonObject) resume = parse (text);
  g_autoptr(GError) error = NULL;

  g_assert_true (voc_resume_merge (db, resume, "resume.pdf", stats, &error));
  g_assert_no_error (error);
}

static void
test_empty_library_takes_whole (TestDb        *f,
                                gconstpointer  data)
{
  VocResumeMergeStats stats;
  g_autoptr(JsonObject) exported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;

  merge (f->db, first, &stats);
  g_assert_true (stats.whole);
  g_assert_cmpuint (stats.experiences, ==, 1);
  g_assert_cmpuint (stats.bullets, ==, 2);
  g_assert_cmpuint (stats.education, ==, 1);
  g_assert_cmpuint (stats.skills, ==, 1);
  description = voc_resume_merge_stats_describe (&stats);
  g_assert_cmpstr (description, ==, "1 experience, 2 bullets, 1 school, 1 skill");

  /* Everything but the parser's warnings, which are about the file. */
  exported = voc_json_resume_export (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (exported,
                                                                                 "basics"),
                                                  "name"), ==, "Jane Doe");
  g_assert_true (json_object_has_member (exported, "volunteer"));
  g_assert_false (json_object_has_member (exported, "meta"));
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM profile WHERE extra LIKE "
                                          "'%warnings%'"), ==, 0);
}

static void
test_merge_without_duplicates (TestDb        *f,
                               gconstpointer  data)
{
  VocResumeMergeStats stats;
  g_autoptr(GError) error = NULL;
  g_autoptr(VocResumeRepository) resume = voc_resume_repository_new (f->db);
  g_autoptr(VocProfile) profile = NULL;
  g_autoptr(JsonObject) exported = NULL;
  JsonArray *work;
  JsonArray *highlights;

  merge (f->db, first, &stats);
  merge (f->db, second, &stats);

  g_assert_false (stats.whole);
  /* Initech is new; Globex is the same job (case, a year for a month) and gains one bullet;
   * the cost bullet is the same despite its spacing and full stop. */
  g_assert_cmpuint (stats.experiences, ==, 1);
  g_assert_cmpuint (stats.bullets, ==, 2);
  g_assert_cmpuint (stats.education, ==, 1);
  g_assert_cmpuint (stats.skills, ==, 1);
  g_assert_cmpuint (stats.languages, ==, 1);
  /* The job without a title is kept aside; one volunteering entry is new. */
  g_assert_cmpuint (stats.other, ==, 2);
  /* Globex, its cost bullet, UCL, SQL, Code Club. */
  g_assert_cmpuint (stats.known, ==, 5);
  /* The headline and the phone were empty; name and e-mail are kept. */
  g_assert_cmpuint (stats.profile_fields, ==, 2);

  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM experience"), ==, 2);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM bullet"), ==, 4);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM education"), ==, 2);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM skill"), ==, 2);

  profile = voc_resume_repository_dup_profile (resume, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (voc_profile_get_full_name (profile), ==, "Jane Doe");
  g_assert_cmpstr (voc_profile_get_email (profile), ==, "jane@example.org");
  g_assert_cmpstr (voc_profile_get_headline (profile), ==, "Senior Data Engineer");
  g_assert_cmpstr (voc_profile_get_phone (profile), ==, "+351 21 000 0000");

  /* New entries come after the ones there, and the known job's new bullet after its own. */
  exported = voc_json_resume_export (f->db, &error);
  g_assert_no_error (error);
  work = json_object_get_array_member (exported, "work");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (work, 0), "name"),
                   ==, "Globex");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (work, 1), "name"),
                   ==, "Initech");
  highlights = json_object_get_array_member (json_array_get_object_element (work, 0),
                                             "highlights");
  g_assert_cmpuint (json_array_get_length (highlights), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (highlights, 2), ==, "Mentored three juniors");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (exported, "volunteer")),
                    ==, 2);
  g_assert_false (json_object_has_member (exported, "meta"));

  /* The same file again adds nothing. */
  merge (f->db, second, &stats);
  g_assert_cmpuint (stats.experiences + stats.bullets + stats.education + stats.skills +
                    stats.languages + stats.profile_fields, ==, 0);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM bullet"), ==, 4);
}

/* A profile typed in Vocation, with nothing else yet, is not replaced by the file's. */
static void
test_profile_is_kept (TestDb        *f,
                      gconstpointer  data)
{
  g_autoptr(VocResumeRepository) resume = voc_resume_repository_new (f->db);
  g_autoptr(VocProfile) profile = NULL;
  g_autoptr(VocProfile) after = NULL;
  g_autoptr(GError) error = NULL;
  VocResumeMergeStats stats;

  profile = voc_resume_repository_dup_profile (resume, &error);
  g_assert_no_error (error);
  voc_profile_set_email (profile, "mine@example.org");
  g_assert_true (voc_repository_update (VOC_REPOSITORY (resume), profile, &error));
  g_assert_no_error (error);

  merge (f->db, first, &stats);
  g_assert_false (stats.whole);
  g_assert_cmpuint (stats.experiences, ==, 1);
  after = voc_resume_repository_dup_profile (resume, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (voc_profile_get_email (after), ==, "mine@example.org");
  g_assert_cmpstr (voc_profile_get_full_name (after), ==, "Jane Doe");
  g_assert_cmpstr (voc_profile_get_location (after), ==, "Lisbon, PT");
}

/* A bad date in the last entry leaves the library as it was, in both paths. */
static void
test_bad_input_writes_nothing (TestDb        *f,
                               gconstpointer  data)
{
  static const char *bad =
    "{\"basics\": {\"name\": \"Jane Doe\"},"
    " \"work\": [{\"name\": \"Hooli\", \"position\": \"Engineer\", \"highlights\": [\"Shipped\"]},"
    "   {\"name\": \"Pied Piper\", \"position\": \"CTO\", \"startDate\": \"last spring\"}]}";
  g_autoptr(JsonObject) resume = parse (bad);
  g_autoptr(GError) error = NULL;
  VocResumeMergeStats stats;
  gint64 audit;

  g_assert_false (voc_resume_merge (f->db, resume, "jane.txt", &stats, &error));
  g_assert_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "jane.txt"));
  g_assert_nonnull (strstr (error->message, "work[1]"));
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM experience"), ==, 0);
  g_clear_error (&error);

  merge (f->db, first, &stats);
  audit = test_query_int (f->db, "SELECT count(*) FROM audit_log");
  g_assert_false (voc_resume_merge (f->db, resume, "jane.txt", &stats, &error));
  g_assert_nonnull (strstr (error->message, "work[1]"));
  g_assert_cmpuint (stats.experiences, ==, 0);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM experience"), ==, 1);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM bullet"), ==, 2);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM audit_log"), ==, audit);
  g_assert_false (voc_database_in_transaction (f->db));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, TestDb, NULL, test_db_setup, func, test_db_teardown)
  ADD ("/resume-merge/empty-library-takes-whole", test_empty_library_takes_whole);
  ADD ("/resume-merge/without-duplicates", test_merge_without_duplicates);
  ADD ("/resume-merge/profile-is-kept", test_profile_is_kept);
  ADD ("/resume-merge/bad-input-writes-nothing", test_bad_input_writes_nothing);
#undef ADD

  return g_test_run ();
}
