/* test-fit-eval.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <string.h>

/*
 * Runs the fit evaluation harness (bench/fit-eval, its path in FIT_EVAL) on the labelled set
 * in tests/data/fit-eval/ and checks that the fit engine ranks the jobs better than the plain
 * keyword-overlap baseline; and that a set it cannot read is refused with a message naming
 * the file and the field.
 */

static char *
run (const char * const *argv,
     int                *status,
     char              **err)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, err, status,
                &error);
  g_assert_no_error (error);
  return out;
}

static double
figure (JsonObject *root,
        const char *ranking,
        const char *name)
{
  return json_object_get_double_member (json_object_get_object_member (root, ranking), name);
}

static void
test_beats_baseline (void)
{
  const char *program = g_getenv ("FIT_EVAL");
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "fit-eval",
                                                    "data-engineer.json", NULL);
  const char *argv[] = { program, "--json", "--today", "2026-11", fixture, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  int status = -1;

  g_assert_nonnull (program);
  out = run (argv, &status, &err);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  node = json_from_string (out, &error);
  g_assert_no_error (error);
  root = json_node_get_object (node);
  g_assert_cmpint (json_object_get_int_member (root, "jobs"), ==, 40);
  g_assert_cmpint (json_object_get_int_member (root, "best"), ==, 10);
  g_assert_cmpint (json_object_get_int_member (root, "worst"), ==, 10);

  g_test_message ("NDCG@10 engine %.3f, baseline %.3f", figure (root, "engine", "ndcg@10"),
                  figure (root, "baseline", "ndcg@10"));
  g_assert_cmpfloat (figure (root, "engine", "ndcg@10"), >, figure (root, "baseline", "ndcg@10"));
  g_assert_cmpfloat (figure (root, "engine", "ndcg@10"), >=, 0.9);
  g_assert_cmpfloat (figure (root, "engine", "recall@10"), >=,
                     figure (root, "baseline", "recall@10"));
  g_assert_cmpfloat (figure (root, "engine", "recall@50"), ==, 1.0);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "engine"),
                                               "worst_in_top10"), ==, 0);
}

static void
test_bad_input (void)
{
  const char *program = g_getenv ("FIT_EVAL");
  g_autofree char *dir = g_dir_make_tmp ("vocation-fit-eval-test-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  int status = -1;

  {
    const char *argv[] = { program, missing, NULL };
    g_autofree char *err = NULL;
    g_autofree char *out = run (argv, &status, &err);

    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "missing.json"));
  }
  {
    const char *argv[] = { program, bad, NULL };
    g_autofree char *err = NULL;
    g_autofree char *out = NULL;

    g_assert_true (g_file_set_contents (bad, "{\"resume\": {}, \"best\": [], \"worst\": []}", -1,
                                        NULL));
    out = run (argv, &status, &err);
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "bad.json"));
    g_assert_nonnull (strstr (err, "“jobs”"));
  }

  g_unlink (bad);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fit-eval/beats-baseline", test_beats_baseline);
  g_test_add_func ("/fit-eval/bad-input", test_bad_input);

  return g_test_run ();
}
