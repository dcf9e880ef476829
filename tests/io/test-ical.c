/* test-ical.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>
#include <string.h>

#include "voc-date.h"
#include "voc-ical.h"
#include "voc-pipeline-tasks.h"
#include "../voc-test-util.h"

/*
 * iCalendar: what Vocation writes is read back by python3-icalendar, an independent parser;
 * what invitations hold (time zones, durations, all-day events, alarms, escapes, folding)
 * is read into events; broken files are refused with the file and the line, and an import
 * stores all the events of a file or none.
 */

static GDateTime *
utc (int year, int month, int day, int hour, int minute)
{
  return g_date_time_new_utc (year, month, day, hour, minute, 0);
}

static VocEvent *
event_new (const char *title,
           GDateTime  *start,
           int         minutes,
           const char *offsets)
{
  VocEvent *event = voc_event_new ();

  voc_event_set_title (event, title);
  voc_event_set_starts_at (event, start);
  if (minutes > 0)
    {
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, minutes);

      voc_event_set_ends_at (event, end);
    }
  voc_event_set_reminder_offsets (event, offsets);
  voc_entity_set_uuid (VOC_ENTITY (event), "6f0c1d2e-0000-4000-8000-000000000001");
  return event;
}

static GPtrArray *
read_text (const char  *text,
           GError     **error)
{
  return voc_ical_read (text, strlen (text), "invite.ics", error);
}

static GPtrArray *
read_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *events = read_text (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (events);
  return events;
}

static void
assert_utc (GDateTime  *time,
            const char *expected)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (time);
  text = voc_date_time_to_iso8601 (time);
  g_assert_true (g_str_has_prefix (text, expected));
}

/* Export */

static void
test_write_format (void)
{
  g_autoptr(GDateTime) start = utc (2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) stamp = utc (2026, 3, 1, 12, 0);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) back = NULL;
  g_autofree char *text = NULL;
  g_autofree char *prefix = g_strnfill (40, 'a');
  g_autofree char *long_title = NULL;
  g_auto(GStrv) lines = NULL;
  VocEvent *event;

  /* Long enough to fold inside a two-byte character at some point. */
  long_title = g_strconcat (prefix, "éééééééééééééééééééééééééééééééééééé, done; ok\\", NULL);
  event = event_new (long_title, start, 45, "[1440, 30]");
  voc_event_set_location (event, "Room 4, floor 2");
  voc_event_set_notes (event, "Bring:\n- passport\n- laptop");
  g_ptr_array_add (events, event);

  text = voc_ical_write (events, stamp);
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
  g_assert_nonnull (strstr (text, "UID:6f0c1d2e-0000-4000-8000-000000000001@vocationapp.github.io\r\n"));
  g_assert_nonnull (strstr (text, "DTSTART:20260302T090000Z\r\n"));
  g_assert_nonnull (strstr (text, "DTEND:20260302T094500Z\r\n"));
  g_assert_nonnull (strstr (text, "DTSTAMP:20260301T120000Z\r\n"));
  g_assert_nonnull (strstr (text, "LOCATION:Room 4\\, floor 2\r\n"));
  g_assert_nonnull (strstr (text, "DESCRIPTION:Bring:\\n- passport\\n- laptop\r\n"));
  g_assert_nonnull (strstr (text, "TRIGGER:-P1D\r\n"));
  g_assert_nonnull (strstr (text, "TRIGGER:-PT30M\r\n"));
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));

  /* Every line at most 75 octets, valid UTF-8 on its own: folds never split a character. */
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_assert_null (strchr (lines[i], '\n'));
    }

  /* Our own reader gets back what was written. */
  back = read_ok (text);
  g_assert_cmpuint (back->len, ==, 1);
  event = g_ptr_array_index (back, 0);
  g_assert_cmpstr (voc_event_get_title (event), ==, long_title);
  g_assert_cmpstr (voc_event_get_location (event), ==, "Room 4, floor 2");
  g_assert_cmpstr (voc_event_get_notes (event), ==, "Bring:\n- passport\n- laptop");
  g_assert_cmpstr (voc_event_get_reminder_offsets (event), ==, "[1440, 30]");
  g_assert_true (g_date_time_equal (voc_event_get_starts_at (event), start));
}

static char *
run_checker (const char *path,
             int        *status)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "io", "check-ics.py", NULL);
  const char *argv[] = { "/usr/bin/python3", script, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, status,
                &error);
  g_assert_no_error (error);
  if (err != NULL && *err != '\0')
    g_test_message ("check-ics.py: %s", err);
  return out;
}

static JsonObject *
event_member (JsonObject *root,
              guint       i)
{
  return json_array_get_object_element (json_object_get_array_member (root, "events"), i);
}

/* python3-icalendar reads the export, field by field. */
static void
test_write_read_by_python (void)
{
  g_autoptr(GDateTime) start = utc (2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) second_start = utc (2026, 3, 5, 16, 30);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("vocation-ical-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "events.ics", NULL);
  g_autofree char *text = NULL;
  g_autofree char *out = NULL;
  g_autofree char *long_notes = NULL;
  JsonObject *root, *first, *second;
  JsonArray *alarms;
  VocEvent *event;
  int status = 0;

  long_notes = g_strjoin ("", "Ask about: the team, the on-call rota; the \\ build.\n",
                          "Привет, мир — ", "日本語のテキスト", "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂", NULL);
  event = event_new ("Interview, round 2; with Acme", start, 60, "[1440, 90, 0]");
  voc_event_set_location (event, "Acme HQ, 1 Main St.");
  voc_event_set_notes (event, long_notes);
  voc_event_set_meeting_url (event, "https://meet.example.com/abc-defg-hij?pwd=1,2;3");
  g_ptr_array_add (events, event);

  event = event_new ("Offer deadline", second_start, 0, NULL);
  voc_entity_set_uuid (VOC_ENTITY (event), "6f0c1d2e-0000-4000-8000-000000000002");
  voc_event_set_ical_uid (event, "040000008200E00074C5B7101A82E008@outlook.example");
  g_ptr_array_add (events, event);

  text = voc_ical_write (events, start);
  g_assert_true (g_file_set_contents (path, text, -1, &error));

  out = run_checker (path, &status);
  g_unlink (path);
  g_rmdir (dir);
  if (!g_spawn_check_wait_status (status, &error) &&
      g_error_matches (error, G_SPAWN_EXIT_ERROR, 77))
    {
      g_test_skip ("python3-icalendar is not installed");
      return;
    }
  g_assert_no_error (error);

  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "version"), ==, "2.0");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (root, "prodid"),
                                   "-//Vocation//Vocation "));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "events")), ==, 2);

  first = event_member (root, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "uid"), ==,
                   "6f0c1d2e-0000-4000-8000-000000000001@vocationapp.github.io");
  g_assert_cmpstr (json_object_get_string_member (first, "summary"), ==,
                   "Interview, round 2; with Acme");
  g_assert_cmpstr (json_object_get_string_member (first, "location"), ==, "Acme HQ, 1 Main St.");
  g_assert_cmpstr (json_object_get_string_member (first, "description"), ==, long_notes);
  g_assert_cmpstr (json_object_get_string_member (first, "url"), ==,
                   "https://meet.example.com/abc-defg-hij?pwd=1,2;3");
  g_assert_cmpstr (json_object_get_string_member (first, "dtstart"), ==, "2026-03-02T09:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (first, "dtend"), ==, "2026-03-02T10:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (first, "dtstamp"), ==, "2026-03-02T09:00:00Z");
  alarms = json_object_get_array_member (first, "alarms");
  g_assert_cmpuint (json_array_get_length (alarms), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (alarms, 0),
                                               "before_minutes"), ==, 1440);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (alarms, 1),
                                               "before_minutes"), ==, 90);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (alarms, 2),
                                               "before_minutes"), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (alarms, 0),
                                                  "action"), ==, "DISPLAY");

  second = event_member (root, 1);
  g_assert_cmpstr (json_object_get_string_member (second, "uid"), ==,
                   "040000008200E00074C5B7101A82E008@outlook.example");
  g_assert_false (json_object_has_member (second, "dtend"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (second, "alarms")), ==, 0);
}

/* Import */

static void
test_read_invitation (void)
{
  /* Folded with a tab and a space, escapes, a Berlin time, a VALARM before the start, one
   * related to the end and one at an absolute time. */
  const char *text =
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Example//EN\r\n"
    "METHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:abc-123@example.com\r\n"
    "DTSTAMP:20260220T100000Z\r\n"
    "DTSTART;TZID=Europe/Berlin:20260302T140000\r\n"
    "DURATION:PT1H30M\r\n"
    "SUMMARY:Interview with Acme\\, round 2\r\n"
    "LOCATION:Acme HQ\\; room 4\r\n"
    "DESCRIPTION:Line one\\nLine two with a very long text that goes on and on an\r\n"
    "\td on until it is folded\r\n"
    " .\r\n"
    "URL:https://meet.example.com/x\r\n"
    "BEGIN:VALARM\r\n"
    "ACTION:DISPLAY\r\n"
    "TRIGGER:-PT15M\r\n"
    "END:VALARM\r\n"
    "BEGIN:VALARM\r\n"
    "ACTION:DISPLAY\r\n"
    "TRIGGER;RELATED=END:-PT2H\r\n"
    "END:VALARM\r\n"
    "BEGIN:VALARM\r\n"
    "ACTION:AUDIO\r\n"
    "TRIGGER;VALUE=DATE-TIME:20260301T130000Z\r\n"
    "END:VALARM\r\n"
    "BEGIN:VALARM\r\n"
    "ACTION:DISPLAY\r\n"
    "TRIGGER:PT5M\r\n"
    "END:VALARM\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n";
  g_autoptr(GPtrArray) events = read_ok (text);
  VocEvent *event;

  g_assert_cmpuint (events->len, ==, 1);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpstr (voc_event_get_title (event), ==, "Interview with Acme, round 2");
  g_assert_cmpint (voc_event_get_kind (event), ==, VOC_EVENT_KIND_INTERVIEW);
  g_assert_cmpstr (voc_event_get_location (event), ==, "Acme HQ; room 4");
  g_assert_cmpstr (voc_event_get_notes (event), ==,
                   "Line one\nLine two with a very long text that goes on and on and on until "
                   "it is folded.");
  g_assert_cmpstr (voc_event_get_meeting_url (event), ==, "https://meet.example.com/x");
  g_assert_cmpstr (voc_event_get_ical_uid (event), ==, "abc-123@example.com");
  /* 14:00 in Berlin in March is 13:00 UTC. */
  assert_utc (voc_event_get_starts_at (event), "2026-03-02T13:00:00");
  assert_utc (voc_event_get_ends_at (event), "2026-03-02T14:30:00");
  /* 15 minutes before; 2 h before the end = 30 min before the start; a day before; the one
   * after the start is left out. */
  g_assert_cmpstr (voc_event_get_reminder_offsets (event), ==, "[15, 30, 1440]");
}

static void
test_read_time_zones (void)
{
  /* Outlook's names, defined by a VTIMEZONE; a prefixed IANA name; an all-day event. */
  const char *text =
    "BEGIN:VCALENDAR\n"
    "VERSION:2.0\n"
    "BEGIN:VTIMEZONE\n"
    "TZID:Pacific Standard Time\n"
    "BEGIN:STANDARD\n"
    "DTSTART:16010101T020000\n"
    "TZOFFSETFROM:-0700\n"
    "TZOFFSETTO:-0800\n"
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\n"
    "END:STANDARD\n"
    "BEGIN:DAYLIGHT\n"
    "DTSTART:16010101T020000\n"
    "TZOFFSETFROM:-0800\n"
    "TZOFFSETTO:-0700\n"
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\n"
    "END:DAYLIGHT\n"
    "END:VTIMEZONE\n"
    "BEGIN:VTIMEZONE\n"
    "TZID:Fixed Zone\n"
    "BEGIN:STANDARD\n"
    "DTSTART:19700101T000000\n"
    "TZOFFSETFROM:+0530\n"
    "TZOFFSETTO:+0530\n"
    "END:STANDARD\n"
    "END:VTIMEZONE\n"
    "BEGIN:VTIMEZONE\n"
    "TZID:One-off\n"
    "BEGIN:STANDARD\n"
    "DTSTART:20240101T000000\n"
    "TZOFFSETFROM:+1000\n"
    "TZOFFSETTO:+1200\n"
    "END:STANDARD\n"
    "BEGIN:DAYLIGHT\n"
    "DTSTART:20240505T080000\n"
    "TZOFFSETFROM:+1200\n"
    "TZOFFSETTO:+1000\n"
    "END:DAYLIGHT\n"
    "END:VTIMEZONE\n"
    "BEGIN:VEVENT\n"
    "DTSTART;TZID=One-off:20240303T080000\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "DTSTART;TZID=One-off:20240803T080000\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "UID:1\n"
    "DTSTART;TZID=Pacific Standard Time:20260701T090000\n"
    "DTEND;TZID=Pacific Standard Time:20260701T100000\n"
    "SUMMARY:Summer call\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "UID:2\n"
    "DTSTART;TZID=\"Pacific Standard Time\":20260115T090000\n"
    "SUMMARY:Winter call\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "UID:3\n"
    "DTSTART;TZID=/mozilla.org/20070129_1/America/New_York:20260115T090000\n"
    "SUMMARY:Offer call\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "UID:4\n"
    "DTSTART;VALUE=DATE:20260320\n"
    "SUMMARY:Application deadline\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\n"
    "UID:5\n"
    "DTSTART;TZID=Fixed Zone:20260115T090000\n"
    "DTEND;TZID=Fixed Zone:20260115T090000\n"
    "SUMMARY:No length\n"
    "END:VEVENT\n"
    "END:VCALENDAR\n";
  g_autoptr(GPtrArray) all = read_ok (text);
  g_autoptr(GPtrArray) events = g_ptr_array_new ();

  /* A zone whose observances have no yearly rule: the offset of the one begun last. */
  g_assert_cmpuint (all->len, ==, 7);
  assert_utc (voc_event_get_starts_at (g_ptr_array_index (all, 0)), "2024-03-02T20:00:00");
  assert_utc (voc_event_get_starts_at (g_ptr_array_index (all, 1)), "2024-08-02T22:00:00");
  g_assert_cmpstr (voc_event_get_title (g_ptr_array_index (all, 0)), ==, "Untitled event");
  for (guint i = 2; i < all->len; i++)
    g_ptr_array_add (events, g_ptr_array_index (all, i));

  assert_utc (voc_event_get_starts_at (g_ptr_array_index (events, 0)), "2026-07-01T16:00:00");
  assert_utc (voc_event_get_starts_at (g_ptr_array_index (events, 1)), "2026-01-15T17:00:00");
  assert_utc (voc_event_get_starts_at (g_ptr_array_index (events, 2)), "2026-01-15T14:00:00");
  g_assert_cmpint (voc_event_get_kind (g_ptr_array_index (events, 2)), ==,
                   VOC_EVENT_KIND_OFFER_CALL);
  /* TZ=UTC in the tests: a floating date is midnight UTC, a day long. */
  assert_utc (voc_event_get_starts_at (g_ptr_array_index (events, 3)), "2026-03-20T00:00:00");
  assert_utc (voc_event_get_ends_at (g_ptr_array_index (events, 3)), "2026-03-21T00:00:00");
  g_assert_cmpint (voc_event_get_kind (g_ptr_array_index (events, 3)), ==,
                   VOC_EVENT_KIND_DEADLINE);
  assert_utc (voc_event_get_starts_at (g_ptr_array_index (events, 4)), "2026-01-15T03:30:00");
  g_assert_null (voc_event_get_ends_at (g_ptr_array_index (events, 4)));
}

static void
test_read_refusals (void)
{
  struct { const char *text; int code; const char *message; } cases[] = {
    { "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\nDTSTART:INVALID-DATE\nEND:VEVENT\n"
      "END:VCALENDAR\n", VOC_ICAL_ERROR_INVALID, "invite.ics:5: DTSTART “INVALID-DATE”" },
    { "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:20261301T100000Z\nEND:VEVENT\n"
      "END:VCALENDAR\n", VOC_ICAL_ERROR_INVALID, "invite.ics:4:" },
    { "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n", VOC_ICAL_ERROR_NO_EVENT,
      "invite.ics: the calendar holds no event" },
    { "", VOC_ICAL_ERROR_NO_EVENT, "invite.ics: " },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101T100000Z\nEND:VCALENDAR\n",
      VOC_ICAL_ERROR_INVALID, "invite.ics:4: END:VCALENDAR where END:VEVENT (begun at line 2)" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101T100000Z\n", VOC_ICAL_ERROR_INVALID,
      "invite.ics:2: VEVENT is not closed" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:No start\nEND:VEVENT\nEND:VCALENDAR\n",
      VOC_ICAL_ERROR_INVALID, "invite.ics:2: the event has no start" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101T100000Z\nDTEND:20260101T090000Z\n"
      "END:VEVENT\nEND:VCALENDAR\n", VOC_ICAL_ERROR_INVALID,
      "invite.ics:4: the event ends before it starts" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=Mars/Olympus:20260101T100000\nEND:VEVENT\n"
      "END:VCALENDAR\n", VOC_ICAL_ERROR_TIME_ZONE, "invite.ics:3: the time zone “Mars/Olympus”" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;TZID=UTC+11:20260101T100000\nEND:VEVENT\n"
      "END:VCALENDAR\n", VOC_ICAL_ERROR_TIME_ZONE, "invite.ics:3:" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101T100000Z\nDURATION:1 hour\nEND:VEVENT\n"
      "END:VCALENDAR\n", VOC_ICAL_ERROR_INVALID, "invite.ics:4: DURATION “1 hour”" },
    { "BEGIN:VCALENDAR\nthis is not iCalendar\nEND:VCALENDAR\n", VOC_ICAL_ERROR_INVALID,
      "invite.ics:2:" },
    { "Hello\n", VOC_ICAL_ERROR_INVALID, "invite.ics:1:" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101T100000Z\nSUMMARY:caf\xe9\nEND:VEVENT\n"
      "END:VCALENDAR\n", VOC_ICAL_ERROR_INVALID, "invite.ics:4: the text is not UTF-8" },
    { "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101T100000Z\nBEGIN:VALARM\nACTION:DISPLAY\n"
      "END:VALARM\nEND:VEVENT\nEND:VCALENDAR\n", VOC_ICAL_ERROR_INVALID,
      "invite.ics:4: the alarm has no TRIGGER" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) events = read_text (cases[i].text, &error);

      g_test_message ("case %u: %s", i, error != NULL ? error->message : "(no error)");
      g_assert_null (events);
      g_assert_error (error, VOC_ICAL_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
    }
}

static void
test_read_skips (void)
{
  /* A bare VEVENT, a cancelled one, a changed occurrence, a to-do, an unknown component. */
  const char *text =
    "BEGIN:VEVENT\nUID:r\nDTSTART:20260105T100000Z\nRRULE:FREQ=WEEKLY\nSUMMARY:Weekly sync\n"
    "END:VEVENT\n"
    "BEGIN:VCALENDAR\n"
    "BEGIN:VTODO\nSUMMARY:Not an event\nEND:VTODO\n"
    "BEGIN:X-THING\nFOO:bar\nEND:X-THING\n"
    "BEGIN:VEVENT\nUID:r\nRECURRENCE-ID:20260112T100000Z\nDTSTART:20260112T110000Z\n"
    "END:VEVENT\n"
    "BEGIN:VEVENT\nUID:c\nSTATUS:CANCELLED\nDTSTART:20260112T110000Z\nEND:VEVENT\n"
    "END:VCALENDAR\n";
  g_autoptr(GPtrArray) events = read_ok (text);

  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpstr (voc_event_get_title (g_ptr_array_index (events, 0)), ==, "Weekly sync");
  g_assert_cmpint (voc_event_get_kind (g_ptr_array_index (events, 0)), ==, VOC_EVENT_KIND_MEETING);
}

/* Stores */

typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
} Wait;

static void
done_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

static guint
import_file (TestDb      *f,
             const char  *text,
             GError     **error)
{
  g_autofree char *path = g_build_filename (f->dir, "invite.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Wait wait = { g_main_loop_new (NULL, FALSE), NULL };
  guint n;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  voc_ical_import_async (f->db, file, 0, NULL, done_cb, &wait);
  g_main_loop_run (wait.loop);
  n = voc_ical_import_finish (wait.result, error);
  g_object_unref (wait.result);
  g_main_loop_unref (wait.loop);
  return n;
}

static void
test_import_all_or_nothing (TestDb        *f,
                            gconstpointer  data)
{
  const char *good =
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:one@x\nDTSTART:20260301T100000Z\nSUMMARY:First\n"
    "END:VEVENT\nBEGIN:VEVENT\nUID:two@x\nDTSTART:20260302T100000Z\nSUMMARY:Second\n"
    "BEGIN:VALARM\nTRIGGER:-PT10M\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n";
  const char *updated =
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:two@x\nDTSTART:20260302T150000Z\nSUMMARY:Second, moved\n"
    "END:VEVENT\nEND:VCALENDAR\n";
  const char *broken =
    "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:three@x\nDTSTART:20260303T100000Z\nSUMMARY:Third\n"
    "END:VEVENT\nBEGIN:VEVENT\nUID:four@x\nDTSTART:2026\nEND:VEVENT\nEND:VCALENDAR\n";
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (import_file (f, good, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM event"), ==, 2);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM event WHERE ical_uid = 'two@x' "
                                          "AND reminder_offsets = '[10]'"), ==, 1);

  /* The same invitation, updated: the event moves, nothing is added. */
  g_assert_cmpuint (import_file (f, updated, &error), ==, 1);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM event"), ==, 2);
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM event WHERE ical_uid = 'two@x' "
                                          "AND starts_at LIKE '2026-03-02T15:00%'"), ==, 1);

  /* A broken second event: the first is not saved either. */
  g_assert_cmpuint (import_file (f, broken, &error), ==, 0);
  g_assert_error (error, VOC_ICAL_ERROR, VOC_ICAL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "invite.ics:9:"));
  g_assert_cmpint (test_query_int (f->db, "SELECT count(*) FROM event"), ==, 2);
}

static void
test_export_upcoming (TestDb        *f,
                      gconstpointer  data)
{
  g_autoptr(VocPipelineRepository) repo = voc_pipeline_repository_new (f->db);
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GDateTime) past = g_date_time_add_days (now, -3);
  g_autoptr(GDateTime) soon = g_date_time_add_days (now, 3);
  g_autoptr(VocEvent) old = event_new ("Long ago", past, 60, NULL);
  g_autoptr(VocEvent) next = event_new ("Coming up", soon, 60, "[60]");
  g_autofree char *path = g_build_filename (f->dir, "out.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) back = NULL;
  Wait wait = { g_main_loop_new (NULL, FALSE), NULL };

  voc_entity_set_uuid (VOC_ENTITY (next), NULL);
  voc_entity_set_uuid (VOC_ENTITY (old), NULL);
  g_assert_true (voc_pipeline_repository_save_event (repo, old, &error));
  g_assert_true (voc_pipeline_repository_save_event (repo, next, &error));
  g_assert_no_error (error);

  voc_ical_export_async (f->db, file, NULL, done_cb, &wait);
  g_main_loop_run (wait.loop);
  g_assert_cmpuint (voc_ical_export_finish (wait.result, &error), ==, 1);
  g_assert_no_error (error);
  g_object_unref (wait.result);
  g_main_loop_unref (wait.loop);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  back = read_ok (text);
  g_assert_cmpuint (back->len, ==, 1);
  g_assert_cmpstr (voc_event_get_title (g_ptr_array_index (back, 0)), ==, "Coming up");
  g_assert_cmpstr (voc_event_get_reminder_offsets (g_ptr_array_index (back, 0)), ==, "[60]");
  g_assert_nonnull (strstr (text, voc_entity_get_uuid (VOC_ENTITY (next))));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ical/write-format", test_write_format);
  g_test_add_func ("/ical/write-read-by-python", test_write_read_by_python);
  g_test_add_func ("/ical/read-invitation", test_read_invitation);
  g_test_add_func ("/ical/read-time-zones", test_read_time_zones);
  g_test_add_func ("/ical/read-refusals", test_read_refusals);
  g_test_add_func ("/ical/read-skips", test_read_skips);
  g_test_add ("/ical/import-all-or-nothing", TestDb, NULL, test_db_setup,
              test_import_all_or_nothing, test_db_teardown);
  g_test_add ("/ical/export-upcoming", TestDb, NULL, test_db_setup, test_export_upcoming,
              test_db_teardown);

  return g_test_run ();
}
