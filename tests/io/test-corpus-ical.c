/* test-corpus-ical.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "voc-ical.h"
#include "voc-pipeline-tasks.h"
#include "../voc-corpus.h"
#include "../voc-test-util.h"

/*
 * The iCalendar files of ../shared/data/calendar (real invitations, the test files of
 * python-icalendar, broken and fuzzed ones): each is imported, or refused with an error that
 * names the file (and the line, when the problem is on one). An imported file is stored in
 * one transaction; a refused one leaves the database as it was.
 */

static void
collect_files (const char *dir,
               GPtrArray  *files)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_files (path, files);
      else if (g_str_has_suffix (name, ".ics"))
        g_ptr_array_add (files, g_steal_pointer (&path));
    }
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
test_corpus (TestDb        *f,
             gconstpointer  data)
{
  g_autofree char *corpus = voc_test_find_corpus_dir ();
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(VocPipelineRepository) repo = NULL;
  g_autoptr(GHashTable) outcome = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint imported = 0, refused = 0;
  /* 0: imported; else the error code + 1. */
  static const struct { const char *file; int outcome; } known[] = {
    { "calendars/example.ics", 0 },
    { "calendars/timezone_same_start.ics", 0 },
    { "calendars/multiple_calendar_components.ics", 0 },
    { "calendars/broken_dtstart.ics", VOC_ICAL_ERROR_INVALID + 1 },
    { "calendars/issue_1050_empty_calendar.ics", VOC_ICAL_ERROR_NO_EVENT + 1 },
    { "calendars/issue_526_calendar_with_events.ics", VOC_ICAL_ERROR_TIME_ZONE + 1 },
    { "alarms/start_date.ics", VOC_ICAL_ERROR_NO_EVENT + 1 },
  };

  if (corpus == NULL)
    {
      g_test_skip ("no corpus");
      return;
    }

  dir = g_build_filename (corpus, "calendar", NULL);
  collect_files (dir, files);
  if (files->len == 0)
    {
      g_test_skip ("no calendar files in the corpus");
      return;
    }
  g_ptr_array_sort (files, compare_paths);

  repo = voc_pipeline_repository_new (f->db);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *key = g_strdup (path + strlen (dir) + 1);
      g_autoptr(GBytes) bytes = test_read_file (path);
      g_autoptr(GPtrArray) events = NULL;
      g_autoptr(GError) error = NULL;
      gsize size;
      const char *contents = g_bytes_get_data (bytes, &size);

      events = voc_ical_read (contents != NULL ? contents : "", size, base, &error);
      if (events == NULL)
        {
          gint64 before = test_query_int (f->db, "SELECT count(*) FROM event");

          g_assert_nonnull (error);
          g_assert_true (error->domain == VOC_ICAL_ERROR);
          g_assert_true (g_str_has_prefix (error->message, base));
          g_test_message ("refused %s", error->message);
          g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM event"), ==, before);
          g_hash_table_insert (outcome, g_steal_pointer (&key), GINT_TO_POINTER (error->code + 1));
          refused++;
          continue;
        }

      g_assert_cmpuint (events->len, >, 0);
      for (guint j = 0; j < events->len; j++)
        {
          VocEvent *event = g_ptr_array_index (events, j);

          g_assert_no_error (error);
          g_assert_true (voc_entity_validate (VOC_ENTITY (event), &error));
          g_assert_no_error (error);
          g_assert_nonnull (voc_event_get_starts_at (event));
          {
            /* For comparison with other readers. */
            g_autoptr(GDateTime) u = g_date_time_to_utc (voc_event_get_starts_at (event));
            g_autofree char *start = g_date_time_format (u, "%Y-%m-%dT%H:%M:%SZ");

            g_test_message ("start %s %s", base, start);
          }
        }

      g_assert_true (voc_pipeline_repository_import_events (repo, events, 0, NULL, &error));
      g_assert_no_error (error);
      g_test_message ("imported %s: %u events", base, events->len);
      g_hash_table_insert (outcome, g_steal_pointer (&key), GINT_TO_POINTER (0));
      imported++;
    }

  g_test_message ("%u files imported, %u refused", imported, refused);
  g_assert_cmpuint (imported, >, 0);

  /* A few whose fate is known. */
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_hash_table_contains (outcome, known[i].file))
      {
        g_test_message ("%s", known[i].file);
        g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (outcome, known[i].file)), ==,
                         known[i].outcome);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/corpus/ical", TestDb, NULL, test_db_setup, test_corpus, test_db_teardown);

  return g_test_run ();
}
