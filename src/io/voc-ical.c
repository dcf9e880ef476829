/* voc-ical.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-ical"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "voc-date.h"
#include "voc-ical.h"
#include "voc-pipeline-tasks.h"

/*
 * iCalendar (RFC 5545) for events: export of events with their reminders as VALARMs, and
 * import of the events of an invitation.
 *
 * Why not libical: Debian 12 has it (libical-dev 3.0), but the GNOME Flatpak runtime does not
 * ship it, so it would be one more bundled module, with a time zone database of its own
 * beside GLib's. What Vocation needs is small: VEVENTs with DTSTART, DTEND or DURATION,
 * SUMMARY, LOCATION, DESCRIPTION, URL and VALARM triggers, and time zones, which GTimeZone
 * resolves from the system's tzdata (and from a VTIMEZONE turned into a POSIX TZ rule for the
 * names Outlook uses). The writer is checked against an independent parser (python3-icalendar)
 * in the tests, the reader against a corpus of real and broken files.
 *
 * The reader reads the whole file before it returns any event: a broken event anywhere
 * refuses the file, with its name and the line. A recurring event is imported as its first
 * occurrence; exceptions of a recurrence (RECURRENCE-ID) and cancelled events are left out.
 */

G_DEFINE_QUARK (voc-ical-error-quark, voc_ical_error)

#define FOLD_OCTETS 75
#define PRODID "-//Vocation//Vocation " PACKAGE_VERSION "//EN"
#define UID_DOMAIN "vocationapp.github.io"

/* Writing */

/* Appends "NAME:value" folded at 75 octets, never inside a UTF-8 character, with CRLF. */
static void
append_line (GString    *out,
             const char *name,
             const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);
  const char *p = line;
  gsize room = FOLD_OCTETS;

  while (*p != '\0')
    {
      gsize n = strlen (p);

      if (n > room)
        {
          const char *cut = p + room;

          /* Back to the start of a character. */
          while (cut > p && ((guchar) *cut & 0xC0) == 0x80)
            cut--;
          n = cut - p;
        }

      g_string_append_len (out, p, n);
      g_string_append (out, "\r\n");
      p += n;
      if (*p != '\0')
        {
          g_string_append_c (out, ' ');
          room = FOLD_OCTETS - 1;
        }
    }
}

static char *
escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case ';':
          g_string_append (out, "\\;");
          break;
        case ',':
          g_string_append (out, "\\,");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          if (p[1] != '\n')
            g_string_append (out, "\\n");
          break;
        default:
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

static void
append_text (GString    *out,
             const char *name,
             const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || *text == '\0')
    return;

  escaped = escape_text (text);
  append_line (out, name, escaped);
}

static char *
format_utc (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
}

static void
append_time (GString    *out,
             const char *name,
             GDateTime  *time)
{
  g_autofree char *text = NULL;

  if (time == NULL)
    return;

  text = format_utc (time);
  append_line (out, name, text);
}

/* "-P1D", "-PT1H30M", "PT0S": a trigger before the start. */
static char *
format_trigger (gint64 minutes)
{
  GString *out = g_string_new (minutes > 0 ? "-P" : "P");
  gint64 days = minutes / (24 * 60);
  gint64 hours = (minutes / 60) % 24;
  gint64 rest = minutes % 60;

  if (days > 0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT "D", days);
  if (hours > 0 || rest > 0)
    g_string_append_c (out, 'T');
  if (hours > 0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT "H", hours);
  if (rest > 0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT "M", rest);
  if (minutes == 0)
    g_string_append (out, "T0S");

  return g_string_free (out, FALSE);
}

static void
append_event (GString   *out,
              VocEvent  *event,
              GDateTime *stamp)
{
  VocEntity *entity = VOC_ENTITY (event);
  g_autoptr(GArray) offsets = voc_reminder_offsets_parse (voc_event_get_reminder_offsets (event),
                                                          NULL);
  g_autofree char *uid = NULL;
  GDateTime *dtstamp = stamp;

  /* An imported event keeps the UID of its invitation; our own get one from their uuid, so
   * that exporting again updates the same event in a calendar. */
  if (voc_event_get_ical_uid (event) != NULL)
    uid = g_strdup (voc_event_get_ical_uid (event));
  else
    uid = g_strdup_printf ("%s@%s", voc_entity_get_uuid (entity), UID_DOMAIN);

  if (dtstamp == NULL)
    dtstamp = voc_entity_get_updated_at (entity);

  g_string_append (out, "BEGIN:VEVENT\r\n");
  append_text (out, "UID", uid);
  if (dtstamp != NULL)
    append_time (out, "DTSTAMP", dtstamp);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      append_time (out, "DTSTAMP", now);
    }
  append_time (out, "DTSTART", voc_event_get_starts_at (event));
  append_time (out, "DTEND", voc_event_get_ends_at (event));
  append_text (out, "SUMMARY", voc_event_get_title (event));
  append_text (out, "LOCATION", voc_event_get_location (event));
  append_text (out, "DESCRIPTION", voc_event_get_notes (event));
  if (voc_event_get_meeting_url (event) != NULL && *voc_event_get_meeting_url (event) != '\0' &&
      strpbrk (voc_event_get_meeting_url (event), "\r\n") == NULL)
    append_line (out, "URL", voc_event_get_meeting_url (event));

  for (guint i = 0; offsets != NULL && i < offsets->len; i++)
    {
      g_autofree char *trigger = format_trigger (g_array_index (offsets, gint64, i));

      g_string_append (out, "BEGIN:VALARM\r\n");
      g_string_append (out, "ACTION:DISPLAY\r\n");
      append_line (out, "TRIGGER", trigger);
      append_text (out, "DESCRIPTION", voc_event_get_title (event));
      g_string_append (out, "END:VALARM\r\n");
    }

  g_string_append (out, "END:VEVENT\r\n");
}

/**
 * voc_ical_write:
 * @events: (element-type VocEvent): the events
 * @stamp: (nullable): the DTSTAMP of every event; %NULL: each event's last change
 *
 * Returns: (transfer full): an iCalendar document (CRLF line ends, folded, UTC times) with
 *   a VEVENT per event and a VALARM per reminder offset
 */
char *
voc_ical_write (GPtrArray *events,
                GDateTime *stamp)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (events != NULL, NULL);

  g_string_append (out, "BEGIN:VCALENDAR\r\n");
  g_string_append (out, "VERSION:2.0\r\n");
  append_line (out, "PRODID", PRODID);
  g_string_append (out, "CALSCALE:GREGORIAN\r\n");
  g_string_append (out, "METHOD:PUBLISH\r\n");
  for (guint i = 0; i < events->len; i++)
    append_event (out, g_ptr_array_index (events, i), stamp);
  g_string_append (out, "END:VCALENDAR\r\n");

  return g_string_free (out, FALSE);
}

/* Reading */

typedef struct
{
  char  *name;    /* upper case */
  char **params;  /* name (upper case), value, name, value… */
  char  *value;
  guint  line;
} Property;

typedef struct _Component Component;
struct _Component
{
  char      *name;        /* upper case */
  guint      line;
  GPtrArray *properties;  /* Property */
  GPtrArray *children;    /* Component */
};

typedef struct
{
  const char *name;       /* of the file, for messages */
  GHashTable *timezones;  /* TZID → Component (VTIMEZONE), borrowed */
  GHashTable *resolved;   /* TZID → GTimeZone */
} Reader;

static void
property_free (Property *property)
{
  g_free (property->name);
  g_strfreev (property->params);
  g_free (property->value);
  g_free (property);
}

static void
component_free (Component *component)
{
  g_free (component->name);
  g_ptr_array_unref (component->properties);
  g_ptr_array_unref (component->children);
  g_free (component);
}

static Component *
component_new (const char *name,
               guint       line)
{
  Component *component = g_new0 (Component, 1);

  component->name = g_ascii_strup (name, -1);
  component->line = line;
  component->properties = g_ptr_array_new_with_free_func ((GDestroyNotify) property_free);
  component->children = g_ptr_array_new_with_free_func ((GDestroyNotify) component_free);
  return component;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Component, component_free)

static gboolean
fail (GError     **error,
      int          code,
      const char  *name,
      guint        line,
      const char  *format,
      ...) G_GNUC_PRINTF (5, 6);

static gboolean
fail (GError     **error,
      int          code,
      const char  *name,
      guint        line,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, VOC_ICAL_ERROR, code, "%s:%u: %s", name, line, message);
  else
    g_set_error (error, VOC_ICAL_ERROR, code, "%s: %s", name, message);
  return FALSE;
}

static const char *
property_param (Property   *property,
                const char *name)
{
  for (guint i = 0; property->params != NULL && property->params[i] != NULL; i += 2)
    if (g_ascii_strcasecmp (property->params[i], name) == 0)
      return property->params[i + 1];

  return NULL;
}

static Property *
find_property (Component  *component,
               const char *name)
{
  for (guint i = 0; i < component->properties->len; i++)
    {
      Property *property = g_ptr_array_index (component->properties, i);

      if (g_str_equal (property->name, name))
        return property;
    }

  return NULL;
}

static gboolean
is_name_char (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '_';
}

/* NAME *(";" PARAM "=" VALUE *("," VALUE)) ":" VALUE, with quoted parameter values. */
static Property *
parse_content_line (const char  *line,
                    guint        number,
                    const char  *file,
                    GError     **error)
{
  g_autoptr(GPtrArray) params = g_ptr_array_new_with_free_func (g_free);
  const char *p = line;
  const char *start;
  Property *property;
  g_autofree char *name = NULL;

  while (is_name_char (*p))
    p++;
  if (p == line || (*p != ':' && *p != ';'))
    {
      fail (error, VOC_ICAL_ERROR_INVALID, file, number,
            _("“%.40s” is not an iCalendar line (NAME:value)"), line);
      return NULL;
    }
  name = g_ascii_strup (line, p - line);

  while (*p == ';')
    {
      g_autoptr(GString) value = g_string_new (NULL);

      start = ++p;
      while (is_name_char (*p))
        p++;
      if (p == start || *p != '=')
        {
          fail (error, VOC_ICAL_ERROR_INVALID, file, number,
                _("a parameter of %s has no value"), name);
          return NULL;
        }
      g_ptr_array_add (params, g_ascii_strup (start, p - start));
      p++;

      for (;;)
        {
          if (*p == '"')
            {
              const char *end = strchr (p + 1, '"');

              if (end == NULL)
                {
                  fail (error, VOC_ICAL_ERROR_INVALID, file, number,
                        _("a quoted parameter of %s does not end"), name);
                  return NULL;
                }
              g_string_append_len (value, p + 1, end - p - 1);
              p = end + 1;
            }
          else
            {
              start = p;
              while (*p != '\0' && *p != ',' && *p != ';' && *p != ':' && *p != '"')
                p++;
              g_string_append_len (value, start, p - start);
            }

          if (*p != ',')
            break;
          g_string_append_c (value, ',');
          p++;
        }
      g_ptr_array_add (params, g_string_free (g_steal_pointer (&value), FALSE));
    }

  if (*p != ':')
    {
      fail (error, VOC_ICAL_ERROR_INVALID, file, number,
            _("the value of %s does not follow a colon"), name);
      return NULL;
    }

  g_ptr_array_add (params, NULL);
  property = g_new0 (Property, 1);
  property->name = g_steal_pointer (&name);
  property->params = (char **) g_ptr_array_free (g_steal_pointer (&params), FALSE);
  property->value = g_strdup (p + 1);
  property->line = number;
  return property;
}

/* Splits the text into components: unfolds lines (CRLF or LF, continuation lines begin
 * with a space or a tab) and checks that every BEGIN has its END. */
static GPtrArray *
parse_components (const char  *text,
                  const char  *file,
                  GError     **error)
{
  g_autoptr(GPtrArray) top = g_ptr_array_new_with_free_func ((GDestroyNotify) component_free);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) logical = g_string_new (NULL);
  guint logical_line = 0;
  guint n = g_strv_length (lines);

  for (guint i = 0; i <= n; i++)
    {
      const char *raw = i < n ? lines[i] : NULL;
      gsize len = raw != NULL ? strlen (raw) : 0;

      if (raw != NULL && len > 0 && raw[len - 1] == '\r')
        len--;

      /* Blank lines have no place in iCalendar; some writers leave them, even inside a
       * folded line. */
      if (raw != NULL && len == 0)
        continue;

      if (raw != NULL && (raw[0] == ' ' || raw[0] == '\t') && logical_line > 0)
        {
          g_string_append_len (logical, raw + 1, len > 0 ? len - 1 : 0);
          continue;
        }

      /* A logical line is complete. */
      if (logical_line > 0 && logical->len > 0)
        {
          Component *current = stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;
          g_autoptr(GError) local_error = NULL;
          Property *property = parse_content_line (logical->str, logical_line, file, &local_error);

          if (property == NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }

          if (g_str_equal (property->name, "BEGIN"))
            {
              Component *component = component_new (g_strstrip (property->value), logical_line);

              if (*component->name == '\0')
                {
                  component_free (component);
                  property_free (property);
                  fail (error, VOC_ICAL_ERROR_INVALID, file, logical_line,
                        _("BEGIN without a component name"));
                  return NULL;
                }
              if (current != NULL)
                g_ptr_array_add (current->children, component);
              else
                g_ptr_array_add (top, component);
              g_ptr_array_add (stack, component);
            }
          else if (g_str_equal (property->name, "END"))
            {
              g_autofree char *name = g_ascii_strup (g_strstrip (property->value), -1);

              if (current == NULL || !g_str_equal (current->name, name))
                {
                  if (current == NULL)
                    fail (error, VOC_ICAL_ERROR_INVALID, file, logical_line,
                          _("END:%s without its BEGIN"), name);
                  else
                    fail (error, VOC_ICAL_ERROR_INVALID, file, logical_line,
                          _("END:%s where END:%s (begun at line %u) was expected"), name,
                          current->name, current->line);
                  property_free (property);
                  return NULL;
                }
              g_ptr_array_remove_index (stack, stack->len - 1);
            }
          else if (current == NULL)
            {
              fail (error, VOC_ICAL_ERROR_INVALID, file, logical_line,
                    _("%s outside of a calendar"), property->name);
              property_free (property);
              return NULL;
            }
          else
            {
              g_ptr_array_add (current->properties, property);
              property = NULL;
            }

          if (property != NULL)
            property_free (property);
        }

      if (raw == NULL)
        break;

      g_string_truncate (logical, 0);
      g_string_append_len (logical, raw, len);
      logical_line = i + 1;
    }

  if (stack->len > 0)
    {
      Component *open = g_ptr_array_index (stack, stack->len - 1);

      fail (error, VOC_ICAL_ERROR_INVALID, file, open->line,
            _("%s is not closed before the end of the file"), open->name);
      return NULL;
    }

  return g_steal_pointer (&top);
}

static char *
unescape_text (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        {
          p++;
          if (*p == 'n' || *p == 'N')
            g_string_append_c (out, '\n');
          else
            g_string_append_c (out, *p);
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static char *
text_of (Component  *component,
         const char *name)
{
  Property *property = find_property (component, name);
  g_autofree char *text = NULL;

  if (property == NULL)
    return NULL;

  text = unescape_text (property->value);
  g_strstrip (text);
  if (*text == '\0')
    return NULL;

  return g_steal_pointer (&text);
}

/* Time zones */

/* An IANA name like Europe/Berlin or UTC, not a POSIX rule that GLib would also accept. */
static gboolean
is_zone_name (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, "/", -1);

  if (parts[0] == NULL)
    return FALSE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (!g_ascii_isalpha (parts[i][0]))
        return FALSE;
      for (const char *p = parts[i]; *p != '\0'; p++)
        if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-' && *p != '+')
          return FALSE;
    }

  return parts[1] != NULL || g_str_equal (name, "UTC") || g_str_equal (name, "GMT");
}

static GTimeZone *
zone_by_name (const char *name)
{
  if (!is_zone_name (name))
    return NULL;

  return g_time_zone_new_identifier (name);
}

/* "+0530" or "-0800" (or with seconds), in seconds east of UTC. */
static gboolean
parse_utc_offset (const char *text,
                  int        *seconds)
{
  int sign, h, m, s = 0;
  gsize len;

  if (text == NULL)
    return FALSE;
  len = strlen (text);
  if ((len != 5 && len != 7) || (text[0] != '+' && text[0] != '-'))
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  sign = text[0] == '-' ? -1 : 1;
  h = (text[1] - '0') * 10 + (text[2] - '0');
  m = (text[3] - '0') * 10 + (text[4] - '0');
  if (len == 7)
    s = (text[5] - '0') * 10 + (text[6] - '0');
  if (h > 23 || m > 59 || s > 59)
    return FALSE;

  *seconds = sign * (h * 3600 + m * 60 + s);
  return TRUE;
}

/* POSIX writes offsets west of UTC: UTC+01:00 is "-01:00:00". */
static void
append_posix_offset (GString *out,
                     int      east)
{
  int west = -east;

  g_string_append_printf (out, "%c%02d:%02d:%02d", west < 0 ? '-' : '+', ABS (west) / 3600,
                          (ABS (west) / 60) % 60, ABS (west) % 60);
}

static const char *
latest_start (Component *observance)
{
  Property *start = find_property (observance, "DTSTART");

  return start != NULL ? start->value : "";
}

/* "M3.2.0/02:00:00" from RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU and DTSTART …T020000. */
static gboolean
append_posix_rule (GString   *out,
                   Component *observance)
{
  static const char *days[] = { "SU", "MO", "TU", "WE", "TH", "FR", "SA" };
  Property *rrule = find_property (observance, "RRULE");
  const char *start = latest_start (observance);
  const char *t = strchr (start, 'T');
  g_auto(GStrv) parts = NULL;
  int month = 0, week = 0, day = -1;

  if (rrule == NULL || t == NULL || strlen (t) < 7)
    return FALSE;

  parts = g_strsplit (rrule->value, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (g_str_has_prefix (parts[i], "BYMONTH="))
        month = atoi (parts[i] + 8);
      else if (g_str_has_prefix (parts[i], "BYDAY="))
        {
          const char *v = parts[i] + 6;
          char *end = NULL;
          long n = strtol (v, &end, 10);

          if (end == v || end == NULL || strlen (end) != 2)
            return FALSE;
          week = n == -1 ? 5 : (int) n;
          for (guint d = 0; d < G_N_ELEMENTS (days); d++)
            if (g_str_equal (end, days[d]))
              day = d;
        }
      else if (g_str_has_prefix (parts[i], "FREQ=") && !g_str_equal (parts[i], "FREQ=YEARLY"))
        return FALSE;
    }

  if (month < 1 || month > 12 || week < 1 || week > 5 || day < 0)
    return FALSE;

  g_string_append_printf (out, ",M%d.%d.%d/%.2s:%.2s:%.2s", month, week, day, t + 1, t + 3, t + 5);
  return TRUE;
}

/* The time zone of a VTIMEZONE at the local time @local (YYYYMMDDTHHMMSS): its yearly rules
 * as a POSIX TZ string GLib understands when it has a STANDARD and a DAYLIGHT observance with
 * such rules (as Outlook writes them); otherwise the fixed offset of the observance that
 * started last before @local. */
static GTimeZone *
zone_from_vtimezone (Component  *vtimezone,
                     const char *local)
{
  Component *standard = NULL;
  Component *daylight = NULL;
  Component *current = NULL;
  Component *first = NULL;
  g_autoptr(GString) posix = g_string_new ("STD");
  int std_offset, dst_offset, offset;
  Property *to;

  for (guint i = 0; i < vtimezone->children->len; i++)
    {
      Component *c = g_ptr_array_index (vtimezone->children, i);
      Component **slot = g_str_equal (c->name, "STANDARD") ? &standard
                         : g_str_equal (c->name, "DAYLIGHT") ? &daylight : NULL;

      if (slot == NULL)
        continue;
      if (*slot == NULL || strcmp (latest_start (c), latest_start (*slot)) > 0)
        *slot = c;
      if (strcmp (latest_start (c), local) <= 0 &&
          (current == NULL || strcmp (latest_start (c), latest_start (current)) > 0))
        current = c;
      if (first == NULL || strcmp (latest_start (c), latest_start (first)) < 0)
        first = c;
    }

  if (standard != NULL && daylight != NULL &&
      (to = find_property (standard, "TZOFFSETTO")) != NULL &&
      parse_utc_offset (g_strstrip (to->value), &std_offset) &&
      (to = find_property (daylight, "TZOFFSETTO")) != NULL &&
      parse_utc_offset (g_strstrip (to->value), &dst_offset))
    {
      append_posix_offset (posix, std_offset);
      g_string_append (posix, "DST");
      append_posix_offset (posix, dst_offset);
      if (append_posix_rule (posix, daylight) && append_posix_rule (posix, standard))
        return g_time_zone_new_identifier (posix->str);
    }

  if (current == NULL)
    current = first;
  if (current == NULL || (to = find_property (current, "TZOFFSETTO")) == NULL ||
      !parse_utc_offset (g_strstrip (to->value), &offset))
    return NULL;

  return g_time_zone_new_offset (offset);
}

/* Returns: (transfer full): the zone named @tzid, for the local time @local */
static GTimeZone *
resolve_zone (Reader      *reader,
              const char  *tzid,
              const char  *local,
              guint        line,
              GError     **error)
{
  GTimeZone *zone = g_hash_table_lookup (reader->resolved, tzid);
  Component *vtimezone;

  if (zone != NULL)
    return g_time_zone_ref (zone);

  zone = zone_by_name (tzid);

  /* Names with a prefix: /mozilla.org/20070129_1/America/New_York, /Europe/Stockholm. */
  if (zone == NULL && strchr (tzid, '/') != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (tzid, "/", -1);
      guint n = g_strv_length (parts);

      for (guint keep = MIN (n, 3); zone == NULL && keep >= 1; keep--)
        {
          g_autofree char *tail = g_strjoinv ("/", parts + (n - keep));

          if (keep < n || tzid[0] == '/')
            zone = zone_by_name (tail);
        }
    }

  if (zone != NULL)
    {
      g_hash_table_insert (reader->resolved, g_strdup (tzid), g_time_zone_ref (zone));
      return zone;
    }

  vtimezone = g_hash_table_lookup (reader->timezones, tzid);
  if (vtimezone != NULL)
    zone = zone_from_vtimezone (vtimezone, local);

  if (zone == NULL)
    fail (error, VOC_ICAL_ERROR_TIME_ZONE, reader->name, line,
          _("the time zone “%s” is unknown and not defined in the file"), tzid);

  return zone;
}

static gboolean
all_digits (const char *text,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* DATE (YYYYMMDD: midnight where the event is) or DATE-TIME (YYYYMMDDTHHMMSS, with Z for UTC,
 * TZID for a zone, floating otherwise: local time). */
static GDateTime *
parse_time (Reader    *reader,
            Property  *property,
            gboolean  *is_date,
            GError   **error)
{
  g_autofree char *value = g_strstrip (g_strdup (property->value));
  const char *tzid = property_param (property, "TZID");
  const char *kind = property_param (property, "VALUE");
  gsize len = strlen (value);
  g_autoptr(GTimeZone) zone = NULL;
  int year, month, day, hour = 0, minute = 0, second = 0;
  gboolean utc = FALSE;
  GDateTime *time;

  *is_date = len == 8 || (kind != NULL && g_ascii_strcasecmp (kind, "DATE") == 0);

  if (len == 8 && all_digits (value, 8))
    ;
  else if ((len == 15 || len == 16) && all_digits (value, 8) && value[8] == 'T' &&
           all_digits (value + 9, 6) && (len == 15 || value[15] == 'Z') && !*is_date)
    {
      hour = (value[9] - '0') * 10 + (value[10] - '0');
      minute = (value[11] - '0') * 10 + (value[12] - '0');
      second = (value[13] - '0') * 10 + (value[14] - '0');
      utc = len == 16;
    }
  else
    {
      fail (error, VOC_ICAL_ERROR_INVALID, reader->name, property->line,
            _("%s “%.40s” is not a date or a time"), property->name, value);
      return NULL;
    }

  year = (value[0] - '0') * 1000 + (value[1] - '0') * 100 + (value[2] - '0') * 10 + (value[3] - '0');
  month = (value[4] - '0') * 10 + (value[5] - '0');
  day = (value[6] - '0') * 10 + (value[7] - '0');

  if (utc)
    zone = g_time_zone_new_utc ();
  else if (tzid != NULL)
    {
      zone = resolve_zone (reader, tzid, value, property->line, error);
      if (zone == NULL)
        return NULL;
    }
  else
    zone = g_time_zone_new_local ();

  /* Leap seconds (60) are read as the next second. */
  time = g_date_time_new (zone, year, month, day, hour, minute, MIN (second, 59));
  if (time == NULL || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 ||
      minute > 59 || second > 60)
    {
      g_clear_pointer (&time, g_date_time_unref);
      fail (error, VOC_ICAL_ERROR_INVALID, reader->name, property->line,
            _("%s “%.40s” is not a date or a time"), property->name, value);
      return NULL;
    }

  return time;
}

/* [+|-]P[nW] or [+|-]P[nD][T[nH][nM][nS]], in microseconds. */
static gboolean
parse_duration (const char *text,
                GTimeSpan  *span)
{
  const char *p = text;
  gboolean negative = FALSE;
  gboolean in_time = FALSE;
  gboolean any = FALSE;
  GTimeSpan total = 0;

  if (*p == '+' || *p == '-')
    negative = *p++ == '-';
  if (*p++ != 'P')
    return FALSE;

  while (*p != '\0')
    {
      char *end = NULL;
      guint64 n;

      if (*p == 'T' && !in_time)
        {
          in_time = TRUE;
          p++;
          continue;
        }

      if (!g_ascii_isdigit (*p))
        return FALSE;
      n = g_ascii_strtoull (p, &end, 10);
      if (end == p || n > 100000)
        return FALSE;
      p = end;

      switch (*p)
        {
        case 'W':
          if (in_time)
            return FALSE;
          total += n * 7 * G_TIME_SPAN_DAY;
          break;
        case 'D':
          if (in_time)
            return FALSE;
          total += n * G_TIME_SPAN_DAY;
          break;
        case 'H':
          if (!in_time)
            return FALSE;
          total += n * G_TIME_SPAN_HOUR;
          break;
        case 'M':
          if (!in_time)
            return FALSE;
          total += n * G_TIME_SPAN_MINUTE;
          break;
        case 'S':
          if (!in_time)
            return FALSE;
          total += n * G_TIME_SPAN_SECOND;
          break;
        default:
          return FALSE;
        }
      any = TRUE;
      p++;
    }

  if (!any)
    return FALSE;

  *span = negative ? -total : total;
  return TRUE;
}

static VocEventKind
guess_kind (const char *title)
{
  g_autofree char *folded = g_utf8_casefold (title, -1);

  if (strstr (folded, "phone screen") != NULL || strstr (folded, "screening") != NULL)
    return VOC_EVENT_KIND_PHONE_SCREEN;
  if (strstr (folded, "interview") != NULL)
    return VOC_EVENT_KIND_INTERVIEW;
  if (strstr (folded, "assessment") != NULL || strstr (folded, "take-home") != NULL)
    return VOC_EVENT_KIND_ASSESSMENT;
  if (strstr (folded, "deadline") != NULL)
    return VOC_EVENT_KIND_DEADLINE;
  if (strstr (folded, "offer") != NULL)
    return VOC_EVENT_KIND_OFFER_CALL;

  return VOC_EVENT_KIND_MEETING;
}

/* The reminders of an event, as minutes before its start; those after the start (or too
 * far before it) have no place in Vocation and are left out. */
static gboolean
read_alarms (Reader     *reader,
             Component  *event,
             GDateTime  *start,
             GDateTime  *end,
             GArray     *offsets,
             GError    **error)
{
  for (guint i = 0; i < event->children->len; i++)
    {
      Component *alarm = g_ptr_array_index (event->children, i);
      Property *trigger;
      GTimeSpan before;
      const char *kind;

      if (!g_str_equal (alarm->name, "VALARM"))
        continue;

      trigger = find_property (alarm, "TRIGGER");
      if (trigger == NULL)
        return fail (error, VOC_ICAL_ERROR_INVALID, reader->name, alarm->line,
                     _("the alarm has no TRIGGER"));

      kind = property_param (trigger, "VALUE");
      if (kind != NULL && g_ascii_strcasecmp (kind, "DATE-TIME") == 0)
        {
          gboolean is_date;
          g_autoptr(GDateTime) at = parse_time (reader, trigger, &is_date, error);

          if (at == NULL)
            return FALSE;
          before = g_date_time_difference (start, at);
        }
      else
        {
          const char *related = property_param (trigger, "RELATED");
          g_autofree char *value = g_strstrip (g_strdup (trigger->value));
          GTimeSpan span;

          if (!parse_duration (value, &span))
            return fail (error, VOC_ICAL_ERROR_INVALID, reader->name, trigger->line,
                         _("TRIGGER “%.40s” is not a duration"), value);

          before = -span;
          if (related != NULL && g_ascii_strcasecmp (related, "END") == 0 && end != NULL)
            before -= g_date_time_difference (end, start);
        }

      if (before >= 0 && before <= (GTimeSpan) VOC_REMINDER_OFFSET_MAX * G_TIME_SPAN_MINUTE)
        {
          gint64 minutes = before / G_TIME_SPAN_MINUTE;

          g_array_append_val (offsets, minutes);
        }
    }

  return TRUE;
}

static VocEvent *
read_event (Reader     *reader,
            Component  *component,
            GError    **error)
{
  g_autoptr(VocEvent) event = voc_event_new ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) invalid = NULL;
  g_autofree char *title = text_of (component, "SUMMARY");
  g_autofree char *location = text_of (component, "LOCATION");
  g_autofree char *notes = text_of (component, "DESCRIPTION");
  g_autofree char *uid = NULL;
  g_autofree char *offsets_json = NULL;
  Property *property;
  gboolean is_date = FALSE;

  property = find_property (component, "DTSTART");
  if (property == NULL)
    {
      fail (error, VOC_ICAL_ERROR_INVALID, reader->name, component->line,
            _("the event has no start (DTSTART)"));
      return NULL;
    }
  start = parse_time (reader, property, &is_date, error);
  if (start == NULL)
    return NULL;

  if ((property = find_property (component, "DTEND")) != NULL)
    {
      gboolean end_is_date;

      end = parse_time (reader, property, &end_is_date, error);
      if (end == NULL)
        return NULL;
    }
  else if ((property = find_property (component, "DURATION")) != NULL)
    {
      g_autofree char *value = g_strstrip (g_strdup (property->value));
      GTimeSpan span;

      if (!parse_duration (value, &span))
        {
          fail (error, VOC_ICAL_ERROR_INVALID, reader->name, property->line,
                _("DURATION “%.40s” is not a duration"), value);
          return NULL;
        }
      end = g_date_time_add (start, span);
    }
  else if (is_date)
    end = g_date_time_add_days (start, 1);

  if (end != NULL && g_date_time_compare (end, start) < 0)
    {
      fail (error, VOC_ICAL_ERROR_INVALID, reader->name, property->line,
            _("the event ends before it starts"));
      return NULL;
    }
  /* An event of no length (a deadline) is stored without an end. */
  if (end != NULL && g_date_time_equal (end, start))
    g_clear_pointer (&end, g_date_time_unref);

  if (!read_alarms (reader, component, start, end, offsets, error))
    return NULL;

  if ((property = find_property (component, "UID")) != NULL)
    uid = g_strstrip (g_strdup (property->value));

  voc_event_set_title (event, title != NULL ? title : _("Untitled event"));
  voc_event_set_kind (event, guess_kind (voc_event_get_title (event)));
  voc_event_set_starts_at (event, start);
  voc_event_set_ends_at (event, end);
  voc_event_set_location (event, location);
  voc_event_set_notes (event, notes);
  voc_event_set_ical_uid (event, uid != NULL && *uid != '\0' ? uid : NULL);

  if ((property = find_property (component, "URL")) != NULL ||
      (property = find_property (component, "CONFERENCE")) != NULL ||
      (property = find_property (component, "X-GOOGLE-CONFERENCE")) != NULL)
    {
      g_autofree char *url = g_strstrip (g_strdup (property->value));

      if (*url != '\0')
        voc_event_set_meeting_url (event, url);
    }

  if (offsets->len > 0)
    {
      offsets_json = voc_reminder_offsets_to_json ((gint64 *) (void *) offsets->data,
                                                   offsets->len);
      voc_event_set_reminder_offsets (event, offsets_json);
    }

  if (!voc_entity_validate (VOC_ENTITY (event), &invalid))
    {
      fail (error, VOC_ICAL_ERROR_INVALID, reader->name, component->line, "%s",
            invalid->message);
      return NULL;
    }

  return g_steal_pointer (&event);
}

static void
collect (Component *component,
         GPtrArray *events,
         GHashTable *timezones)
{
  if (g_str_equal (component->name, "VEVENT"))
    {
      g_ptr_array_add (events, component);
      return;
    }

  if (g_str_equal (component->name, "VTIMEZONE"))
    {
      Property *tzid = find_property (component, "TZID");

      if (tzid != NULL)
        g_hash_table_insert (timezones, g_strstrip (tzid->value), component);
      return;
    }

  if (g_str_equal (component->name, "VCALENDAR"))
    for (guint i = 0; i < component->children->len; i++)
      collect (g_ptr_array_index (component->children, i), events, timezones);
}

/**
 * voc_ical_read:
 * @data: the bytes of an iCalendar file
 * @name: the file's name, for messages
 *
 * Reads the events of a calendar, unsaved.
 *
 * Returns: (transfer container) (element-type VocEvent): the events, in the order of the
 *   file; %NULL with an error naming the file and the line when the file is broken or holds
 *   no event
 */
GPtrArray *
voc_ical_read (const char  *data,
               gsize        length,
               const char  *name,
               GError     **error)
{
  g_autoptr(GPtrArray) components = NULL;
  g_autoptr(GPtrArray) vevents = g_ptr_array_new ();
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) timezones = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) resolved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_time_zone_unref);
  g_autofree char *text = NULL;
  const char *end = NULL;
  Reader reader = { name, timezones, resolved };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (length > VOC_ICAL_MAX_SIZE)
    {
      fail (error, VOC_ICAL_ERROR_TOO_LARGE, name, 0,
            _("the file is larger than %d MB, too large for an invitation"),
            VOC_ICAL_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      guint line = 1;

      for (const char *p = data; p < end; p++)
        line += *p == '\n';
      fail (error, VOC_ICAL_ERROR_INVALID, name, line, _("the text is not UTF-8"));
      return NULL;
    }

  text = g_strndup (data, length);
  if (g_str_has_prefix (text, "\xEF\xBB\xBF"))
    memmove (text, text + 3, strlen (text + 3) + 1);

  components = parse_components (text, name, error);
  if (components == NULL)
    return NULL;

  for (guint i = 0; i < components->len; i++)
    collect (g_ptr_array_index (components, i), vevents, timezones);

  for (guint i = 0; i < vevents->len; i++)
    {
      Component *component = g_ptr_array_index (vevents, i);
      g_autofree char *status = text_of (component, "STATUS");
      VocEvent *event;

      /* A changed occurrence of a recurring event, or a cancelled one. */
      if (find_property (component, "RECURRENCE-ID") != NULL ||
          (status != NULL && g_ascii_strcasecmp (status, "CANCELLED") == 0))
        continue;

      event = read_event (&reader, component, error);
      if (event == NULL)
        return NULL;
      g_ptr_array_add (events, event);
    }

  if (events->len == 0)
    {
      fail (error, VOC_ICAL_ERROR_NO_EVENT, name, 0, _("the calendar holds no event"));
      return NULL;
    }

  return g_steal_pointer (&events);
}

/* Import and export as tasks */

typedef struct
{
  VocDatabase *database;
  GFile       *file;
  gint64       application_id;
  char        *name;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_object (&data->database);
  g_clear_object (&data->file);
  g_free (data->name);
  g_free (data);
}

static char *
display_name (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    return g_filename_display_name (path);

  return g_file_get_uri (file);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ImportData *data = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GError *error = NULL;
  GPtrArray *events;

  info = g_file_query_info (data->file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &error);
  if (info != NULL && g_file_info_get_size (info) > VOC_ICAL_MAX_SIZE)
    {
      fail (&error, VOC_ICAL_ERROR_TOO_LARGE, data->name, 0,
            _("the file is larger than %d MB, too large for an invitation"),
            VOC_ICAL_MAX_SIZE / (1024 * 1024));
      g_task_return_error (task, error);
      return;
    }

  if (info == NULL || !g_file_load_contents (data->file, cancellable, &contents, &length, NULL,
                                             &error))
    {
      g_prefix_error (&error, "%s: ", data->name);
      g_task_return_error (task, error);
      return;
    }

  events = voc_ical_read (contents, length, data->name, &error);
  if (events == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, events, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_read_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ImportData *data = g_task_get_task_data (task);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(VocPipelineRepository) repository = NULL;
  g_autoptr(GError) error = NULL;
  guint added = 0;

  events = g_task_propagate_pointer (G_TASK (result), &error);
  if (events == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The store belongs to the main thread: one transaction for every event of the file. */
  repository = voc_pipeline_repository_new (data->database);
  voc_repository_set_actor (VOC_REPOSITORY (repository), VOC_AUDIT_ACTOR_IMPORT);
  if (!voc_pipeline_repository_import_events (repository, events, data->application_id, &added,
                                              &error))
    {
      g_prefix_error (&error, "%s: ", data->name);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_int (task, events->len);
}

/**
 * voc_ical_import_async:
 * @application_id: the application the events belong to, or 0
 *
 * Reads an iCalendar file on a worker thread and stores its events in one transaction: all
 * or none. An event imported before (same UID) is updated, not added again.
 */
void
voc_ical_import_async (VocDatabase         *database,
                       GFile               *file,
                       gint64               application_id,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  ImportData *data;

  g_return_if_fail (VOC_IS_DATABASE (database));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (ImportData, 1);
  data->database = g_object_ref (database);
  data->file = g_object_ref (file);
  data->application_id = application_id;
  data->name = display_name (file);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_ical_import_async);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);

  worker = g_task_new (NULL, cancellable, on_read_cb, g_object_ref (task));
  g_task_set_source_tag (worker, voc_ical_import_async);
  g_task_set_task_data (worker, data, NULL);
  g_task_run_in_thread (worker, read_thread);
}

/**
 * voc_ical_import_finish:
 *
 * Returns: how many events the file held, 0 with an error naming the file
 */
guint
voc_ical_import_finish (GAsyncResult  *result,
                        GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);

  n = g_task_propagate_int (G_TASK (result), error);
  return n > 0 ? (guint) n : 0;
}

static void
on_written_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      g_autofree char *name = display_name (G_FILE (object));

      g_prefix_error (&error, "%s: ", name);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_int (task, GPOINTER_TO_INT (g_task_get_task_data (task)));
}

/**
 * voc_ical_export_async:
 *
 * Writes every event that has not ended into @file as iCalendar, replacing it.
 */
void
voc_ical_export_async (VocDatabase         *database,
                       GFile               *file,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(VocPipelineRepository) repository = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *text;

  g_return_if_fail (VOC_IS_DATABASE (database));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_ical_export_async);

  repository = voc_pipeline_repository_new (database);
  events = voc_pipeline_repository_dup_upcoming_events (repository, now, &error);
  if (events == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_set_task_data (task, GINT_TO_POINTER (events->len), NULL);
  text = voc_ical_write (events, now);
  bytes = g_bytes_new_take (text, strlen (text));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       cancellable, on_written_cb, g_object_ref (task));
}

/**
 * voc_ical_export_finish:
 *
 * Returns: how many events were written; 0 with an error naming the file
 */
guint
voc_ical_export_finish (GAsyncResult  *result,
                        GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, NULL), 0);

  n = g_task_propagate_int (G_TASK (result), error);
  return n > 0 ? (guint) n : 0;
}
