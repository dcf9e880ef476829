/* test-resume-io.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Resumes in and out: `vocation --import-resume` and `--export-resume` run as a shell runs
 * them (every format written and read back, variants, bad input that changes nothing), and
 * the review of a resume read from a text file under Xvfb (edit, remove, save, cancel).
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "voc-app-private.h"
#include "voc-extract.h"
#include "voc-repositories.h"
#include "voc-resume-review-private.h"
#include "voc-window-private.h"
#include "voc-ui-test.h"

static gboolean have_display;
static VocApp *app;

static const char *jane_json =
  "{\"basics\": {\"name\": \"Jane Doe\", \"label\": \"Senior Data Engineer\","
  "  \"email\": \"jane@example.org\", \"location\": {\"city\": \"Lisbon\", \"countryCode\": \"PT\"}},"
  " \"work\": [{\"name\": \"Globex\", \"position\": \"Senior Data Engineer\", \"startDate\": \"2021-01\","
  "   \"highlights\": [\"Cut warehouse costs by 30% with spot instances\","
  "                    \"Moved 40 ETL pipelines to dbt\", \"Mentored three junior engineers\"]},"
  "  {\"name\": \"Initech\", \"position\": \"Data Analyst\", \"startDate\": \"2018-03\","
  "   \"endDate\": \"2020-12\", \"highlights\": [\"Built 40 dashboards for sales\","
  "                    \"Automated the weekly revenue report\"]}],"
  " \"education\": [{\"institution\": \"University of Lisbon\", \"studyType\": \"BSc\","
  "   \"area\": \"Computer Science\", \"endDate\": \"2017\"}],"
  " \"skills\": [{\"name\": \"SQL\"}, {\"name\": \"Python\"}, {\"name\": \"dbt\"}]}";

static const char *jane_bullets[] = {
  "Cut warehouse costs by 30% with spot instances",
  "Moved 40 ETL pipelines to dbt",
  "Mentored three junior engineers",
  "Built 40 dashboards for sales",
  "Automated the weekly revenue report",
};

static const char *jane_txt =
  "Jane Doe\n"
  "Senior Data Engineer\n"
  "jane@example.org | +351 21 000 0000 | Lisbon, Portugal\n"
  "\n"
  "EXPERIENCE\n"
  "\n"
  "Senior Data Engineer, Globex, Lisbon\n"
  "Jan 2021 – Present\n"
  "- Cut warehouse costs by 30% by moving batch jobs to spot instances\n"
  "- Moved 40 ETL pipelines to dbt with tests on every model\n"
  "- Mentored three junior engineers\n"
  "\n"
  "Data Analyst, Initech, 13/2019 – 14/2020\n"
  "- Built 40 dashboards used by the sales team\n"
  "- Automated the weekly revenue report\n"
  "\n"
  "EDUCATION\n"
  "\n"
  "BSc Computer Science, University of Lisbon\n"
  "2014 – 2017\n"
  "\n"
  "SKILLS\n"
  "\n"
  "SQL, Python, dbt, Airflow\n";

typedef struct
{
  char *dir;
  char *db_path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("vocation-resume-io-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "library.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
}

static gboolean
skip_without_display (void)
{
  if (!have_display)
    {
      g_test_skip ("No display (DISPLAY or WAYLAND_DISPLAY) to run Vocation on");
      return TRUE;
    }

  return FALSE;
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* The real program, as a shell runs it, on the fixture's database. Returns the exit status. */
static int
run_vocation (Fixture     *fixture,
              char       **out,
              char       **err,
              const char  *first,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("VOCATION_EXE");
  g_autofree char *local_out = NULL;
  g_autofree char *local_err = NULL;
  const char *arg;
  va_list args;
  int status = -1;

  g_assert_nonnull (exe);
  g_ptr_array_add (argv, (gpointer) exe);
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, fixture->db_path);
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* No session bus: the program is its own instance, whatever else runs on the machine. */
  envp = g_environ_setenv (envp, "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent", TRUE);
  /* Always captured: what the program prints must not mix with this test's TAP output. */
  g_spawn_sync (fixture->dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                out != NULL ? out : &local_out, err != NULL ? err : &local_err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));

  return WEXITSTATUS (status);
}

static gint64
count_rows (const char *db_path,
            GType       type)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) database = voc_database_open (db_path, &error);
  g_autoptr(VocResumeRepository) resume = NULL;
  g_autoptr(VocHistoryRepository) history = NULL;
  gint64 count;

  g_assert_no_error (error);
  if (type == VOC_TYPE_AUDIT_ENTRY)
    {
      history = voc_history_repository_new (database);
      count = voc_repository_count (VOC_REPOSITORY (history), type, &error);
    }
  else
    {
      resume = voc_resume_repository_new (database);
      count = voc_repository_count (VOC_REPOSITORY (resume), type, &error);
    }
  g_assert_no_error (error);

  return count;
}

static void
assert_has_bullets (const char *text,
                    const char *what)
{
  for (guint i = 0; i < G_N_ELEMENTS (jane_bullets); i++)
    if (strstr (text, jane_bullets[i]) == NULL)
      g_error ("%s lacks “%s”:\n%s", what, jane_bullets[i], text);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* `--import-resume` a JSON Resume, then `--export-resume` to every format and read it back. */
static void
test_import_then_export (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *json = write_file (fixture, "jane.json", jane_json);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  static const char *formats[] = { "pdf", "docx", "md", "txt", "json" };

  if (skip_without_display ())
    return;

  g_assert_cmpint (run_vocation (fixture, &out, &err, "--import-resume", "jane.json", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "Imported resume of Jane Doe: 2 experiences, 5 bullets, 1 school, "
                            "3 skills\n");
  g_assert_cmpint (count_rows (fixture->db_path, VOC_TYPE_BULLET), ==, 5);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("cv.%s", formats[i]);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *expected = g_strdup_printf ("Wrote %s\n", path);
      g_autofree char *text = NULL;

      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
      g_assert_cmpint (run_vocation (fixture, &out, &err, "--export-resume", name, NULL), ==, 0);
      g_assert_cmpstr (out, ==, expected);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

      if (g_str_equal (formats[i], "pdf"))
        {
          const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
          g_autoptr(GError) error = NULL;
          g_autofree char *raw = NULL;
          int status;

          if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &raw,
                             NULL, &status, &error))
            {
              g_test_message ("pdftotext is not installed: %s", error->message);
              continue;
            }
          g_assert_true (g_spawn_check_wait_status (status, NULL));
          /* Lines may wrap: compare with single spaces. */
          {
            g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

            text = g_regex_replace_literal (spaces, raw, -1, 0, " ", 0, NULL);
          }
          assert_has_bullets (text, "The PDF");
          g_assert_nonnull (strstr (text, "Jane Doe"));
        }
      else if (g_str_equal (formats[i], "docx"))
        {
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(VocExtracted) extracted = NULL;
          g_autoptr(GError) error = NULL;
          g_autofree char *contents = NULL;
          gsize len;

          g_file_get_contents (path, &contents, &len, &error);
          g_assert_no_error (error);
          bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
          extracted = voc_extract_text (bytes, name, NULL, &error);
          g_assert_no_error (error);
          assert_has_bullets (extracted->text, "The DOCX");
        }
      else if (g_str_equal (formats[i], "json"))
        {
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_autoptr(GError) error = NULL;
          JsonObject *root, *first_job;
          JsonArray *work;

          json_parser_load_from_file (parser, path, &error);
          g_assert_no_error (error);
          root = json_node_get_object (json_parser_get_root (parser));
          g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root,
                                                                                         "basics"),
                                                          "name"), ==, "Jane Doe");
          work = json_object_get_array_member (root, "work");
          g_assert_cmpuint (json_array_get_length (work), ==, 2);
          first_job = json_array_get_object_element (work, 0);
          g_assert_cmpstr (json_object_get_string_member (first_job, "name"), ==, "Globex");
          g_assert_cmpstr (json_object_get_string_member (first_job, "startDate"), ==, "2021-01");
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first_job,
                                                                                 "highlights")),
                            ==, 3);
          text = read_text (path);
          assert_has_bullets (text, "The JSON");
        }
      else
        {
          text = read_text (path);
          assert_has_bullets (text, formats[i]);
          g_assert_nonnull (strstr (text, "Jane Doe"));
        }
    }
}

/* A variant by its name (in any case); an unknown one lists those there and writes nothing. */
static void
test_export_variant (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *json = write_file (fixture, "jane.json", jane_json);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "data.md", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "nope.md", NULL);

  if (skip_without_display ())
    return;

  g_assert_cmpint (run_vocation (fixture, &out, &err, "--import-resume", "jane.json", NULL), ==, 0);

  /* An empty list of variants says how to write the base resume. */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_vocation (fixture, NULL, &err, "--export-resume", "nope.md",
                                 "--variant", "Data roles", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "no variants"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(VocDatabase) database = voc_database_open (fixture->db_path, &error);
    g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
    g_autoptr(VocResumeVersion) variant = voc_resume_version_new ();
    g_autoptr(VocResumeVersion) other = voc_resume_version_new ();

    g_assert_no_error (error);
    /* Globex only, two bullets. */
    voc_resume_version_set_name (variant, "Data roles");
    voc_resume_version_set_kind (variant, VOC_RESUME_KIND_VARIANT);
    voc_resume_version_set_rules (variant, "{\"bullets_per_role\": 1}");
    g_assert_true (voc_repository_insert (VOC_REPOSITORY (pipeline), variant, &error));
    voc_resume_version_set_name (other, "Analyst");
    voc_resume_version_set_kind (other, VOC_RESUME_KIND_VARIANT);
    voc_resume_version_set_rules (other, "{}");
    g_assert_true (voc_repository_insert (VOC_REPOSITORY (pipeline), other, &error));
    g_assert_no_error (error);
  }

  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_vocation (fixture, &out, NULL, "--export-resume", "data.md",
                                 "--variant", "data ROLES", NULL), ==, 0);
  text = read_text (path);
  /* One bullet a role: the first of each job, none of the others. */
  g_assert_nonnull (strstr (text, jane_bullets[0]));
  g_assert_null (strstr (text, jane_bullets[1]));
  g_assert_nonnull (strstr (text, jane_bullets[3]));
  g_assert_null (strstr (text, jane_bullets[4]));

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_vocation (fixture, NULL, &err, "--export-resume", "nope.md",
                                 "--variant", "Design", NULL), ==, 1);
  g_assert_cmpstr (err, ==, "error: there is no resume variant named “Design”; the variants "
                            "are “Analyst”, “Data roles”\n");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* Failures say why, exit 1, and leave no file and no change behind. */
static void
test_failures (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *json = write_file (fixture, "jane.json", jane_json);
  g_autofree char *broken = write_file (fixture, "broken.json",
                                        "{\"basics\": {\"name\": \"Jane\"}, \"work\": [");
  g_autofree char *bad_date = write_file (fixture, "bad-date.json",
                                          "{\"work\": [{\"name\": \"Hooli\", \"position\": \"CTO\","
                                          " \"highlights\": [\"New bullet\"]},"
                                          " {\"name\": \"Acme\", \"position\": \"Dev\","
                                          " \"startDate\": \"last spring\"}]}");
  g_autofree char *blocker = write_file (fixture, "not-a-folder", "x");
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_autofree char *listing = NULL;
  gint64 audit;

  if (skip_without_display ())
    return;

  /* An empty library has nothing to export. */
  g_assert_cmpint (run_vocation (fixture, NULL, &err, "--export-resume", "cv.pdf", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "empty"));

  g_assert_cmpint (run_vocation (fixture, NULL, NULL, "--import-resume", "jane.json", NULL), ==, 0);
  audit = count_rows (fixture->db_path, VOC_TYPE_AUDIT_ENTRY);

  /* Broken JSON, and a bad date after a good entry: the library stays as it was. */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_vocation (fixture, &out, &err, "--import-resume", "broken.json", NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "error: broken.json is not valid JSON"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_vocation (fixture, NULL, &err, "--import-resume", "bad-date.json", NULL),
                   ==, 1);
  g_assert_nonnull (strstr (err, "bad-date.json: work[1]"));
  g_assert_cmpint (count_rows (fixture->db_path, VOC_TYPE_EXPERIENCE), ==, 2);
  g_assert_cmpint (count_rows (fixture->db_path, VOC_TYPE_BULLET), ==, 5);
  g_assert_cmpint (count_rows (fixture->db_path, VOC_TYPE_AUDIT_ENTRY), ==, audit);

  /* A file that is not there. */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_vocation (fixture, NULL, &err, "--import-resume", "gone.pdf", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "gone.pdf"));

  /* A folder that cannot be written (for root too: a path under a regular file). */
  g_clear_pointer (&err, g_free);
  if (geteuid () == 0)
    g_assert_cmpint (run_vocation (fixture, NULL, &err, "--export-resume", "not-a-folder/cv.pdf",
                                   NULL), ==, 1);
  else
    {
      g_autofree char *locked = g_build_filename (fixture->dir, "locked", NULL);
      g_autoptr(GDir) dir = NULL;

      g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
      g_assert_cmpint (run_vocation (fixture, NULL, &err, "--export-resume", "locked/cv.pdf",
                                     NULL), ==, 1);
      dir = g_dir_open (locked, 0, NULL);
      g_assert_null (g_dir_read_name (dir));
      g_assert_cmpint (g_rmdir (locked), ==, 0);
    }
  g_assert_nonnull (strstr (err, "cv.pdf"));

  /* A format the extension does not name; options that do not go together. */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_vocation (fixture, NULL, &err, "--export-resume", "cv.doc", NULL), ==, 1);
  g_assert_nonnull (strstr (err, ".pdf, .docx, .md, .txt or .json"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_vocation (fixture, NULL, &err, "--variant", "x", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "--export-resume"));

  /* Nothing was left behind in the folder: no output, no temporary file. */
  {
    g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      if (!g_str_has_prefix (name, "library.db"))
        g_ptr_array_add (names, g_strdup (name));
    g_ptr_array_sort (names, compare_names);
    g_ptr_array_add (names, NULL);
    listing = g_strjoinv (" ", (char **) names->pdata);
  }
  g_assert_cmpstr (listing, ==, "bad-date.json broken.json jane.json not-a-folder");
}

/* The review ------------------------------------------------------------------------------ */

static VocWindow *
open_window (Fixture *fixture)
{
  VocWindow *window = voc_app_open_database (app, fixture->db_path);

  WAIT_FOR (voc_window_get_database (window) != NULL);
  return window;
}

static void
close_window (VocWindow *window)
{
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static VocResumeReview *
open_review (VocWindow  *window,
             const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VocResumeReview *review = voc_resume_review_new (GTK_WINDOW (window),
                                                   voc_window_get_database (window), file);

  gtk_window_present (GTK_WINDOW (review));
  g_object_ref (review);
  WAIT_FOR (g_strcmp0 (voc_resume_review_get_state (review), "loading") != 0);

  return review;
}

static gint64
count_in (VocWindow *window,
          GType      type)
{
  g_autoptr(VocResumeRepository) resume = voc_resume_repository_new (voc_window_get_database (window));
  g_autoptr(GError) error = NULL;
  gint64 count = voc_repository_count (VOC_REPOSITORY (resume), type, &error);

  g_assert_no_error (error);
  return count;
}

/* The draft of a text resume: fields, bullets, warnings; one bullet removed, a title
 * corrected, saved; what is left is in the library. */
static void
test_review_save (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "jane.txt", jane_txt);
  g_autofree char *removed = NULL;
  g_autoptr(GListModel) experiences = NULL;
  g_autoptr(VocResumeRepository) resume = NULL;
  g_autoptr(VocProfile) profile = NULL;
  g_autoptr(GError) error = NULL;
  VocResumeReview *review;
  VocWindow *window;
  guint n_bullets = 0;

  if (skip_without_display ())
    return;

  window = open_window (fixture);
  review = open_review (window, path);
  g_assert_cmpstr (voc_resume_review_get_state (review), ==, "draft");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (review)) == GTK_WINDOW (window));

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (voc_resume_review_get_field (review, -1,
                                                                                     "name"))),
                   ==, "Jane Doe");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (voc_resume_review_get_field (review, -1,
                                                                                     "email"))),
                   ==, "jane@example.org");
  g_assert_cmpuint (voc_resume_review_get_n_experiences (review), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (voc_resume_review_get_field (review, 0,
                                                                                     "name"))),
                   ==, "Globex");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (voc_resume_review_get_field (review, 0,
                                                                                     "startDate"))),
                   ==, "2021-01");
  g_assert_cmpuint (voc_resume_review_get_n_bullets (review, 0), ==, 3);
  g_assert_cmpuint (voc_resume_review_get_n_bullets (review, 1), ==, 2);
  /* The second job's dates could not be read: said, and the job kept without them. */
  g_assert_cmpuint (voc_resume_review_get_n_warnings (review), >=, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (voc_resume_review_get_field (review, 1,
                                                                                     "startDate"))),
                   ==, "");

  /* Nothing is saved while the user reviews. */
  g_assert_cmpint (count_in (window, VOC_TYPE_EXPERIENCE), ==, 0);

  /* A date the library cannot read blocks Save until it is fixed. */
  gtk_editable_set_text (GTK_EDITABLE (voc_resume_review_get_field (review, 1, "startDate")),
                         "spring 2019");
  gtk_widget_activate_action (GTK_WIDGET (review), "review.save", NULL);
  g_assert_cmpstr (voc_resume_review_get_state (review), ==, "draft");
  g_assert_cmpint (count_in (window, VOC_TYPE_EXPERIENCE), ==, 0);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (voc_resume_review_get_field (review, 1,
                                                                                    "startDate")),
                                           "error"));
  gtk_editable_set_text (GTK_EDITABLE (voc_resume_review_get_field (review, 1, "startDate")),
                         "2019-04");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (voc_resume_review_get_field (review, 1,
                                                                                     "startDate")),
                                            "error"));

  /* Drop the second bullet of the first job, as the user does. */
  removed = g_strdup (voc_resume_review_get_bullet (review, 0, 1));
  g_assert_nonnull (strstr (removed, "dbt"));
  g_signal_emit_by_name (voc_resume_review_get_remove_button (review, 0, 1), "clicked");
  g_assert_cmpuint (voc_resume_review_get_n_bullets (review, 0), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review.save", NULL));
  g_assert_cmpstr (voc_resume_review_get_state (review), ==, "saved");
  g_assert_nonnull (strstr (voc_resume_review_get_summary (review), "2 experiences, 4 bullets"));
  g_assert_finalize_object (review);

  /* In the library: both jobs with their facts, every bullet but the one removed. */
  resume = voc_resume_repository_new (voc_window_get_database (window));
  experiences = G_LIST_MODEL (voc_repository_list (VOC_REPOSITORY (resume), VOC_TYPE_EXPERIENCE,
                                                   "t.position"));
  g_assert_cmpuint (g_list_model_get_n_items (experiences), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(VocExperience) experience = g_list_model_get_item (experiences, i);
      g_autofree char *where = g_strdup_printf ("t.experience_id = %" G_GINT64_FORMAT,
                                                voc_entity_get_id (VOC_ENTITY (experience)));
      g_autoptr(GListModel) bullets = G_LIST_MODEL (voc_repository_list_where (
        VOC_REPOSITORY (resume), VOC_TYPE_BULLET, where, "t.position", NULL));

      for (guint b = 0; b < g_list_model_get_n_items (bullets); b++)
        {
          g_autoptr(VocBullet) bullet = g_list_model_get_item (bullets, b);

          g_assert_cmpstr (voc_bullet_get_text (bullet), !=, removed);
          n_bullets++;
        }
      if (i == 0)
        {
          g_assert_cmpstr (voc_experience_get_employer (experience), ==, "Globex");
          g_assert_cmpstr (voc_experience_get_title (experience), ==, "Senior Data Engineer");
          g_assert_cmpstr (voc_experience_get_start_date (experience), ==, "2021-01");
          g_assert_cmpuint (g_list_model_get_n_items (bullets), ==, 2);
        }
      else
        {
          g_assert_cmpstr (voc_experience_get_employer (experience), ==, "Initech");
          g_assert_cmpstr (voc_experience_get_start_date (experience), ==, "2019-04");
        }
    }
  g_assert_cmpuint (n_bullets, ==, 4);
  g_assert_cmpint (count_in (window, VOC_TYPE_EDUCATION), ==, 1);
  g_assert_cmpint (count_in (window, VOC_TYPE_SKILL), >=, 3);
  profile = voc_resume_repository_dup_profile (resume, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (voc_profile_get_full_name (profile), ==, "Jane Doe");
  /* The warnings were about the file: not stored. */
  g_assert_null (strstr (voc_profile_get_extra (profile) != NULL ? voc_profile_get_extra (profile)
                                                                 : "", "Line "));

  /* The same file again, saved as it is: nothing twice. */
  review = open_review (window, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review.save", NULL));
  g_assert_cmpstr (voc_resume_review_get_state (review), ==, "saved");
  g_assert_finalize_object (review);
  /* The same two jobs (Initech has no date in the file, 2019-04 in the library: they agree);
   * only the bullet removed the first time is new. */
  g_assert_cmpint (count_in (window, VOC_TYPE_EXPERIENCE), ==, 2);
  g_assert_cmpint (count_in (window, VOC_TYPE_BULLET), ==, 5);

  close_window (window);
}

/* Cancel, or a file that is not a resume: nothing saved. */
static void
test_review_cancel_and_error (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "jane.txt", jane_txt);
  g_autofree char *note = write_file (fixture, "shopping.txt", "Milk, eggs and bread.\n");
  VocResumeReview *review;
  VocWindow *window;

  if (skip_without_display ())
    return;

  window = open_window (fixture);

  review = open_review (window, path);
  g_assert_cmpstr (voc_resume_review_get_state (review), ==, "draft");
  g_signal_emit_by_name (voc_resume_review_get_remove_button (review, 1, -1), "clicked");
  g_assert_cmpuint (voc_resume_review_get_n_experiences (review), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review.cancel", NULL));
  g_assert_finalize_object (review);
  g_assert_cmpint (count_in (window, VOC_TYPE_EXPERIENCE), ==, 0);
  g_assert_cmpint (count_in (window, VOC_TYPE_BULLET), ==, 0);

  review = open_review (window, note);
  g_assert_cmpstr (voc_resume_review_get_state (review), ==, "error");
  g_assert_nonnull (strstr (voc_resume_review_get_error_message (review), "shopping.txt"));
  gtk_widget_activate_action (GTK_WIDGET (review), "review.save", NULL);
  g_assert_cmpstr (voc_resume_review_get_state (review), ==, "error");
  gtk_window_close (GTK_WINDOW (review));
  g_assert_finalize_object (review);

  /* Closed while still reading: the worker's result is dropped. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);

    review = voc_resume_review_new (GTK_WINDOW (window), voc_window_get_database (window), file);
    gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

    gtk_window_destroy (GTK_WINDOW (review));
    while (g_get_monotonic_time () < until)
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
  }
  g_assert_cmpint (count_in (window, VOC_TYPE_EXPERIENCE), ==, 0);

  close_window (window);
}

static GString *printed;

static void
print_to_string (const char *text)
{
  g_string_append (printed, text);
}

static VocResumeReview *
find_review (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (VOC_IS_RESUME_REVIEW (window))
        return VOC_RESUME_REVIEW (window);
    }

  return NULL;
}

/* `--import-resume resume.txt` opens the review in the window of that database. */
static void
test_command_line_review (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "jane.txt", jane_txt);
  g_autoptr(GApplicationCommandLine) command_line = NULL;
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  const char *arguments[] = { "vocation", NULL };
  VocResumeReview *review;
  VocWindow *window;
  GPrintFunc old_print;
  int status = -1;

  if (skip_without_display ())
    return;

  g_variant_dict_insert (options, "database", "^ay", fixture->db_path);
  g_variant_dict_insert (options, "import-resume", "^ay", path);
  command_line = g_object_new (G_TYPE_APPLICATION_COMMAND_LINE,
                               "arguments", g_variant_new_bytestring_array (arguments, -1),
                               "options", g_variant_dict_end (options),
                               NULL);
  printed = g_string_new (NULL);
  old_print = g_set_print_handler (print_to_string);
  g_signal_emit_by_name (app, "command-line", command_line, &status);
  g_assert_cmpint (status, ==, 0);

  WAIT_FOR ((review = find_review ()) != NULL);
  g_set_print_handler (old_print);
  g_assert_cmpstr (printed->str, ==, "Opened jane.txt for review in the window: nothing is saved "
                                     "until you choose Save to Library there.\n");
  g_string_free (g_steal_pointer (&printed), TRUE);
  g_object_ref (review);
  window = VOC_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (review)));
  g_assert_cmpstr (voc_window_get_database_path (window), ==, fixture->db_path);
  WAIT_FOR (g_strcmp0 (voc_resume_review_get_state (review), "draft") == 0);
  g_assert_cmpuint (voc_resume_review_get_n_experiences (review), ==, 2);
  g_assert_cmpint (g_application_command_line_get_exit_status (command_line), ==, 0);

  gtk_window_close (GTK_WINDOW (review));
  g_assert_finalize_object (review);
  g_assert_cmpint (count_in (window, VOC_TYPE_EXPERIENCE), ==, 0);
  close_window (window);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
chosen_is (GtkFileChooser *chooser,
           GFile          *file)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (chooser);

  return chosen != NULL && g_file_equal (chosen, file);
}

/* Import Resume… (app.import-resume): a file chooser over the window, for resumes; the file
 * chosen opens in the review. */
static void
test_import_resume_action (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "jane.txt", jane_txt);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) filters = NULL;
  g_autoptr(GtkFileFilter) first_filter = NULL;
  GtkWindow *chooser;
  VocResumeReview *review;
  VocWindow *window;

  if (skip_without_display ())
    return;

  window = open_window (fixture);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_application_get_active_window (GTK_APPLICATION (app)) == GTK_WINDOW (window));

  g_action_group_activate_action (G_ACTION_GROUP (app), "import-resume", NULL);
  WAIT_FOR ((chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)) != NULL);
  g_assert_true (gtk_window_get_transient_for (chooser) == GTK_WINDOW (window));
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
  first_filter = g_list_model_get_item (filters, 0);
  g_assert_cmpstr (gtk_file_filter_get_name (first_filter), ==, "Resumes");

  gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error);
  g_assert_no_error (error);
  /* The chooser selects the file once it has listed its folder. */
  WAIT_FOR (chosen_is (GTK_FILE_CHOOSER (chooser), file));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  WAIT_FOR ((review = find_review ()) != NULL);
  g_object_ref (review);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (review)) == GTK_WINDOW (window));
  WAIT_FOR (g_strcmp0 (voc_resume_review_get_state (review), "loading") != 0);
  g_assert_cmpstr (voc_resume_review_get_state (review), ==, "draft");
  gtk_window_close (GTK_WINDOW (review));
  g_assert_finalize_object (review);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSettings) background = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  have_display = (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL) &&
                 gtk_init_check ();

  if (have_display)
    {
      adw_init ();

      app = voc_app_new ();
      g_application_set_flags (G_APPLICATION (app),
                               G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);

      /* Closed windows end here (running in the background would only hide them). */
      background = g_settings_new (APPLICATION_ID);
      g_settings_set_boolean (background, "run-in-background", FALSE);
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/resume-cli/import-then-export", test_import_then_export);
  ADD ("/resume-cli/export-variant", test_export_variant);
  ADD ("/resume-cli/failures", test_failures);
  ADD ("/resume-review/save", test_review_save);
  ADD ("/resume-review/cancel-and-error", test_review_cancel_and_error);
  ADD ("/resume-review/command-line", test_command_line_review);
  ADD ("/resume-review/import-resume-action", test_import_resume_action);

#undef ADD

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
