/* test-json-resume.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "json-resume-util.h"
#include "voc-json-resume.h"
#include "voc-test-util.h"

static const char *full_resume =
  "{\"$schema\": \"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json\","
  " \"basics\": {\"name\": \"Ada Quill\", \"label\": \"Data Engineer\", \"image\": \"https://a.example/me.png\","
  "  \"email\": \"ada@example.org\", \"phone\": \"+44 20 7946 0000\", \"url\": \"https://ada.example\","
  "  \"summary\": \"Pipelines that do not break.\","
  "  \"location\": {\"address\": \"1 Lane\", \"postalCode\": \"N1\", \"city\": \"London\", \"countryCode\": \"GB\", \"region\": \"England\"},"
  "  \"profiles\": [{\"network\": \"GitHub\", \"username\": \"adaq\", \"url\": \"https://github.com/adaq\"}]},"
  " \"work\": [{\"name\": \"Globex\", \"position\": \"Senior Data Engineer\", \"location\": \"London\","
  "   \"description\": \"Logistics\", \"url\": \"https://globex.example\", \"startDate\": \"2021-03\","
  "   \"summary\": \"Owned the warehouse.\", \"highlights\": [\"Cut costs by 30%\", \"Moved ETL to dbt\"]},"
  "  {\"name\": \"Initech\", \"position\": \"Analyst\", \"startDate\": \"2018\", \"endDate\": \"2021-02-28\","
  "   \"highlights\": [\"Built 40 dashboards\"], \"x-team\": \"BI\"}],"
  " \"volunteer\": [{\"organization\": \"Code Club\", \"position\": \"Mentor\", \"startDate\": \"2019\"}],"
  " \"education\": [{\"institution\": \"UCL\", \"url\": \"https://ucl.example\", \"area\": \"Mathematics\","
  "   \"studyType\": \"BSc\", \"startDate\": \"2014\", \"endDate\": \"2017\", \"score\": \"First\","
  "   \"courses\": [\"Statistics\"]}],"
  " \"awards\": [{\"title\": \"Data Award\", \"date\": \"2022-01-01\", \"awarder\": \"DataCo\"}],"
  " \"certificates\": [{\"name\": \"AWS Solutions Architect\", \"date\": \"2022-05\", \"issuer\": \"AWS\","
  "   \"url\": \"https://aws.example/c\"}],"
  " \"publications\": [{\"name\": \"On Pipelines\", \"publisher\": \"Blog\", \"releaseDate\": \"2020\"}],"
  " \"skills\": [{\"name\": \"SQL\", \"level\": \"Master\", \"keywords\": [\"Postgres\", \"BigQuery\"]},"
  "   {\"name\": \"Python\", \"level\": \"Advanced\"}],"
  " \"languages\": [{\"language\": \"English\", \"fluency\": \"Native\"}],"
  " \"interests\": [{\"name\": \"Chess\", \"keywords\": [\"Openings\"]}],"
  " \"references\": [{\"name\": \"Bo\", \"reference\": \"Great.\"}],"
  " \"projects\": [{\"name\": \"Lineage\", \"description\": \"Column lineage\", \"highlights\": [\"OSS\"],"
  "   \"keywords\": [\"Go\"], \"startDate\": \"2020\", \"endDate\": \"2021\", \"url\": \"https://l.example\","
  "   \"roles\": [\"Author\"], \"entity\": \"Self\", \"type\": \"application\"}],"
  " \"meta\": {\"canonical\": \"https://ada.example/resume.json\", \"version\": \"v1.0.0\"}}";

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
assert_round_trip (VocDatabase *db,
                   const char  *text)
{
  g_autoptr(JsonNode) original = parse (text);
  g_autoptr(JsonNode) expected = parse (text);
  g_autoptr(JsonObject) exported = NULL;
  g_autoptr(JsonNode) actual = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (voc_json_resume_import (db, original, "resume.json", NULL, &error));
  g_assert_no_error (error);

  exported = voc_json_resume_export (db, &error);
  g_assert_no_error (error);
  actual = json_node_init_object (json_node_alloc (), exported);

  normalize_json_resume (expected);
  normalize_json_resume (actual);
  if (!json_node_equal (expected, actual))
    {
      g_autofree char *a = json_to_string (expected, TRUE);
      g_autofree char *b = json_to_string (actual, TRUE);

      g_error ("round trip changed the resume:\n--- in\n%s\n--- out\n%s", a, b);
    }
}

static void
test_round_trip (TestDb        *f,
                 gconstpointer  data)
{
  g_autoptr(VocResumeRepository) resume = voc_resume_repository_new (f->db);
  g_autoptr(VocProfile) profile = NULL;

  assert_round_trip (f->db, full_resume);

  /* The library holds it as the library's own rows. */
  profile = voc_resume_repository_dup_profile (resume, NULL);
  g_assert_cmpstr (voc_profile_get_full_name (profile), ==, "Ada Quill");
  g_assert_cmpstr (voc_profile_get_location (profile), ==, "London, England, GB");
  g_assert_cmpint (voc_database_count (f->db, "experience", NULL), ==, 2);
  g_assert_cmpint (voc_database_count (f->db, "bullet", NULL), ==, 3);
  g_assert_cmpint (voc_database_count (f->db, "skill", NULL), ==, 2);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM skill WHERE level = 'advanced'"),
                   ==, 1);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM experience WHERE "
                                   "end_date IS NULL AND start_date = '2021-03'"), ==, 1);
}

/* A bullet retired in the library is left out of the export; an edited title shows. */
static void
test_export_follows_library (TestDb        *f,
                             gconstpointer  data)
{
  g_autoptr(JsonNode) root = parse (full_resume);
  g_autoptr(VocResumeRepository) resume = voc_resume_repository_new (f->db);
  g_autoptr(VocEntityList) bullets = NULL;
  g_autoptr(VocBullet) first = NULL;
  g_autoptr(JsonObject) exported = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *highlights;

  g_assert_true (voc_json_resume_import (f->db, root, "resume.json", NULL, &error));
  bullets = voc_repository_list_where (VOC_REPOSITORY (resume), VOC_TYPE_BULLET,
                                       "t.text = ?1", NULL, "Cut costs by 30%");
  first = g_list_model_get_item (G_LIST_MODEL (bullets), 0);
  voc_bullet_set_retired (first, TRUE);
  g_assert_true (voc_repository_update (VOC_REPOSITORY (resume), first, &error));

  exported = voc_json_resume_export (f->db, &error);
  highlights = json_object_get_array_member (
    json_array_get_object_element (json_object_get_array_member (exported, "work"), 0),
    "highlights");
  g_assert_cmpuint (json_array_get_length (highlights), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (highlights, 0), ==, "Moved ETL to dbt");
}

/* Older key names, blank template entries, and entries the library cannot hold. */
static void
test_old_and_incomplete (TestDb        *f,
                         gconstpointer  data)
{
  const char *text =
    "{\"basics\": {\"name\": \"Jo\", \"website\": \"https://jo.example\", \"picture\": \"p.png\","
    "  \"location\": {\"city\": \"\", \"countryCode\": \"\"}},"
    " \"work\": [{\"company\": \"Acme\", \"position\": \"Dev\", \"website\": \"https://acme.example\","
    "   \"startDate\": \"2019-01\"},"
    "  {\"company\": \"\", \"position\": \"\", \"highlights\": [\"\"]},"
    "  {\"company\": \"Hooli\", \"summary\": \"No position given\"},"
    "  {\"company\": \"Pied Piper\", \"position\": \"CEO\", \"startDate\": \"2020\"}],"
    " \"education\": [{\"gpa\": \"3.5\", \"startDate\": \"2005-09\"},"
    "  {\"institution\": \"Medfield\", \"gpa\": \"3.2\", \"courses\": [\"C1\"]}],"
    " \"languages\": [{\"language\": \"Dutch\", \"level\": \"Native\"}]}";

  assert_round_trip (f->db, text);

  /* Two jobs and one school as rows; the blank entry dropped; the job without a position
   * and the school without a name kept as they were, in their places. */
  g_assert_cmpint (voc_database_count (f->db, "experience", NULL), ==, 2);
  g_assert_cmpint (voc_database_count (f->db, "education", NULL), ==, 1);
  g_assert_cmpint (test_query_int (f->db, "SELECT json_array_length(extra, "
                                   "'$.x-vocation-unplaced.work') FROM profile"), ==, 1);
}

static void
assert_refused (TestDb     *f,
                const char *text,
                const char *expected)
{
  g_autoptr(JsonNode) root = parse (text);
  g_autoptr(GError) error = NULL;
  gint64 audits = voc_database_count (f->db, "audit_log", NULL);
  gint64 experiences = voc_database_count (f->db, "experience", NULL);

  g_assert_false (voc_json_resume_import (f->db, root, "cv.json", NULL, &error));
  g_assert_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID);
  if (strstr (error->message, expected) == NULL)
    g_error ("expected “%s” in “%s”", expected, error->message);
  g_assert_true (g_str_has_prefix (error->message, "cv.json: "));

  /* Nothing partly saved. */
  g_assert_cmpint (voc_database_count (f->db, "audit_log", NULL), ==, audits);
  g_assert_cmpint (voc_database_count (f->db, "experience", NULL), ==, experiences);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM profile WHERE full_name IS NULL"),
                   ==, 1);
}

static void
test_bad_input (TestDb        *f,
                gconstpointer  data)
{
  g_autofree char *broken = g_build_filename (f->dir, "broken.json", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  assert_refused (f, "[1, 2]", "a JSON Resume is a JSON object");
  assert_refused (f, "{\"basics\": {\"name\": \"X\"}, \"work\": {\"name\": \"A\"}}",
                  "work: must be a list");
  assert_refused (f, "{\"basics\": {\"name\": \"X\"}, \"work\": [{\"name\": \"A\", "
                     "\"position\": \"B\"}, {\"name\": \"C\", \"position\": \"D\", "
                     "\"startDate\": \"2013-13\"}]}",
                  "work[1]: “2013-13” is not a date");
  assert_refused (f, "{\"basics\": {\"name\": 42}}", "basics: “name” must be text");
  assert_refused (f, "{\"skills\": [{\"name\": \"Go\", \"keywords\": \"fast\"}]}",
                  "skills[0]: “keywords” must be a list");
  assert_refused (f, "{\"work\": [{\"name\": \"A\", \"position\": \"B\", \"highlights\": [1]}]}",
                  "work[0]: highlight 1 must be text");

  g_assert_true (g_file_set_contents (broken, "{\"basics\": {\"name\": \"Trunc", -1, NULL));
  file = g_file_new_for_path (broken);
  g_assert_false (voc_json_resume_import_file (f->db, file, NULL, NULL, &error));
  g_assert_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "broken.json is not valid JSON"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, TestDb, NULL, test_db_setup, func, test_db_teardown)

  ADD ("/json-resume/round-trip", test_round_trip);
  ADD ("/json-resume/export-follows-library", test_export_follows_library);
  ADD ("/json-resume/old-and-incomplete", test_old_and_incomplete);
  ADD ("/json-resume/bad-input", test_bad_input);

#undef ADD

  return g_test_run ();
}
