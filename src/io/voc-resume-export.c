/* voc-resume-export.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Résumé export: templates, the JSON Resume → VocResumeDoc step shared by every format, the
 * JSON writer and the atomic file write. The formats themselves are in
 * voc-resume-export-pdf.c, -docx.c and -text.c.
 */

#define G_LOG_DOMAIN "voc-resume-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "voc-resume-export.h"
#include "voc-resume-export-private.h"

/* Written in chunks so that a cancellation is noticed during a large write. */
#define WRITE_CHUNK_SIZE (64 * 1024)

static const VocResumeStyle styles[] = {
  {
    .id = "classic",
    .name = N_("Classic"),
    .heading_family = "DejaVu Serif, Serif",
    .body_family = "DejaVu Serif, Serif",
    .name_size = 22.0,
    .label_size = 11.5,
    .contact_size = 8.5,
    .heading_size = 11.0,
    .title_size = 10.0,
    .body_size = 9.5,
    .line_spacing = 1.08,
    .margin_x = 58.0,
    .margin_top = 52.0,
    .margin_bottom = 52.0,
    .header_gap = 14.0,
    .section_gap = 15.0,
    .heading_gap = 7.0,
    .entry_gap = 9.0,
    .paragraph_gap = 2.5,
    .bullet_gap = 1.5,
    .bullet_hang = 12.0,
    .center_header = TRUE,
    .upper_headings = TRUE,
    .heading_rule = TRUE,
    .header_rule = FALSE,
    .italic_meta = TRUE,
    .bold_name = FALSE,
    .text_color = 0x1a1a1a,
    .muted_color = 0x4a4a4a,
    .accent_color = 0x1a1a1a,
    .link_color = 0x4a4a4a,
    .rule_color = 0x8a8a8a,
    .rule_width = 0.6,
    .header_rule_width = 0.0,
    .docx_heading_font = "Georgia",
    .docx_body_font = "Georgia",
    .docx_body_half_points = 20,
    .docx_name_half_points = 44,
    .docx_heading_half_points = 23,
    .docx_accent = "1A1A1A",
  },
  {
    .id = "modern",
    .name = N_("Modern"),
    .heading_family = "DejaVu Sans, Sans",
    .body_family = "DejaVu Sans, Sans",
    .name_size = 20.0,
    .label_size = 10.5,
    .contact_size = 8.0,
    .heading_size = 9.5,
    .title_size = 9.0,
    .body_size = 8.5,
    .line_spacing = 1.0,
    .margin_x = 46.0,
    .margin_top = 40.0,
    .margin_bottom = 40.0,
    .header_gap = 10.0,
    .section_gap = 11.0,
    .heading_gap = 4.0,
    .entry_gap = 6.5,
    .paragraph_gap = 2.0,
    .bullet_gap = 1.0,
    .bullet_hang = 10.0,
    .center_header = FALSE,
    .upper_headings = TRUE,
    .heading_rule = FALSE,
    .header_rule = TRUE,
    .italic_meta = FALSE,
    .bold_name = TRUE,
    .text_color = 0x222222,
    .muted_color = 0x555b61,
    .accent_color = 0x1c5d99,
    .link_color = 0x1c5d99,
    .rule_color = 0x1c5d99,
    .rule_width = 0.0,
    .header_rule_width = 2.0,
    .docx_heading_font = "Calibri",
    .docx_body_font = "Calibri",
    .docx_body_half_points = 20,
    .docx_name_half_points = 40,
    .docx_heading_half_points = 22,
    .docx_accent = "1C5D99",
  },
};

/* Templates ----------------------------------------------------------------------------------- */

const VocResumeStyle *
voc_resume_style_lookup (const char  *template_id,
                         GError     **error)
{
  if (template_id == NULL)
    template_id = VOC_RESUME_TEMPLATE_DEFAULT;

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (g_strcmp0 (styles[i].id, template_id) == 0)
      return &styles[i];

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("There is no résumé template called “%s”"), template_id);
  return NULL;
}

void
voc_resume_paper_size (VocPaper  paper,
                       double   *width,
                       double   *height)
{
  if (paper == VOC_PAPER_LETTER)
    {
      *width = 612.0;
      *height = 792.0;
    }
  else
    {
      *width = 595.0;
      *height = 842.0;
    }
}

/* Text ---------------------------------------------------------------------------------------- */

static gboolean
is_dropped_char (gunichar c)
{
  /* Control characters (C0, DEL, C1) and the non-characters: Pango would draw boxes for them
   * and XML 1.0 does not allow most of them. */
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
    return TRUE;
  if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF))
    return TRUE;
  return FALSE;
}

/* One line of clean text: valid UTF-8, no control characters, runs of white space (line
 * breaks included) folded into one space, trimmed. %NULL when nothing is left. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL || *text == '\0')
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '\v')
        {
          pending_space = out->len > 0;
          continue;
        }
      if (is_dropped_char (c))
        continue;
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/* Splits free text into paragraphs at its line breaks; blank lines are dropped. */
static void
add_paragraphs (GPtrArray  *paragraphs,
                const char *text)
{
  g_auto(GStrv) lines = NULL;

  if (text == NULL)
    return;

  lines = g_strsplit_set (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = clean_text (lines[i]);

      if (line != NULL)
        g_ptr_array_add (paragraphs, line);
    }
}

/* Dates --------------------------------------------------------------------------------------- */

static gboolean
parse_digits (const char *text,
              guint       n,
              int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }
  return TRUE;
}

/* JSON Resume dates: YYYY, YYYY-MM or YYYY-MM-DD. @month is 0 when absent. */
static gboolean
parse_partial_date (const char *text,
                    int        *year,
                    int        *month)
{
  gsize len = strlen (text);
  int day = 0;

  *month = 0;
  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  if (!parse_digits (text, 4, year) || *year < 1000)
    return FALSE;
  if (len == 4)
    return TRUE;
  if (text[4] != '-' || !parse_digits (text + 5, 2, month) || *month < 1 || *month > 12)
    return FALSE;
  if (len == 7)
    return TRUE;
  return text[7] == '-' && parse_digits (text + 8, 2, &day) && day >= 1 && day <= 31;
}

static const char *
month_abbreviation (int month)
{
  switch (month)
    {
    case 1: return C_("abbreviated month", "Jan");
    case 2: return C_("abbreviated month", "Feb");
    case 3: return C_("abbreviated month", "Mar");
    case 4: return C_("abbreviated month", "Apr");
    case 5: return C_("abbreviated month", "May");
    case 6: return C_("abbreviated month", "Jun");
    case 7: return C_("abbreviated month", "Jul");
    case 8: return C_("abbreviated month", "Aug");
    case 9: return C_("abbreviated month", "Sep");
    case 10: return C_("abbreviated month", "Oct");
    case 11: return C_("abbreviated month", "Nov");
    case 12: return C_("abbreviated month", "Dec");
    default: g_return_val_if_reached (NULL);
    }
}

/* "2020-01-15" and "2020-01" → "Jan 2020", "2019" → "2019". A date that does not parse is
 * shown as it was written: it is the user's own text. */
static char *
format_date (const char *date)
{
  g_autofree char *clean = clean_text (date);
  int year, month;

  if (clean == NULL)
    return NULL;
  if (!parse_partial_date (clean, &year, &month))
    return g_steal_pointer (&clean);
  if (month == 0)
    return g_strdup_printf ("%d", year);

  /* TRANSLATORS: a date on a résumé: abbreviated month, then year ("Jan 2020"). */
  return g_strdup_printf (C_("resume date", "%1$s %2$d"), month_abbreviation (month), year);
}

/* "Jan 2020 – Present", "2016 – 2019", or one date when both ends are the same. Without an
 * end date, an @open_ended range (a job, a degree) runs to the present. */
static char *
format_dates (const char *start,
              const char *end,
              gboolean    open_ended)
{
  g_autofree char *from = format_date (start);
  g_autofree char *to = format_date (end);

  if (from != NULL && to != NULL)
    {
      if (g_str_equal (from, to))
        return g_steal_pointer (&from);
      /* TRANSLATORS: a date range on a résumé ("Jan 2020 – Mar 2022"). */
      return g_strdup_printf (C_("resume date range", "%1$s – %2$s"), from, to);
    }
  if (from != NULL && open_ended)
    return g_strdup_printf (C_("resume date range", "%1$s – %2$s"), from,
                            C_("resume date range end", "Present"));
  if (from != NULL)
    return g_steal_pointer (&from);

  return g_steal_pointer (&to);
}

/* Links --------------------------------------------------------------------------------------- */

static gboolean
has_prefix_ci (const char *text,
               const char *prefix)
{
  return g_ascii_strncasecmp (text, prefix, strlen (prefix)) == 0;
}

/* A link target for text the user typed as a web address: http, https, ftp and mailto URIs
 * as they are, a bare "example.com/me" as https. Anything else (other schemes, text with
 * spaces or quotes) gets no link: a résumé never links to javascript: or file:. */
static char *
normalize_uri (const char *text)
{
  g_autofree char *clean = clean_text (text);

  if (clean == NULL)
    return NULL;

  for (const char *p = clean; *p != '\0'; p++)
    if (*p == ' ' || *p == '"' || *p == '<' || *p == '>' || *p == '\\' || *p == '`')
      return NULL;

  if (has_prefix_ci (clean, "http://") || has_prefix_ci (clean, "https://") ||
      has_prefix_ci (clean, "ftp://"))
    return clean[strcspn (clean, ":") + 3] != '\0' ? g_steal_pointer (&clean) : NULL;
  if (has_prefix_ci (clean, "mailto:"))
    return clean[7] != '\0' ? g_steal_pointer (&clean) : NULL;

  /* No scheme: a host name, perhaps with a path, and nothing that looks like another
   * scheme before it. */
  if (strchr (clean, '.') == NULL || strchr (clean, '@') != NULL ||
      strcspn (clean, ":") < strcspn (clean, "./") || clean[0] == '.' || clean[0] == '/')
    return NULL;

  return g_strconcat ("https://", clean, NULL);
}

/* How a link is written out: "example.com/me" for "https://example.com/me/". */
char *
voc_resume_display_uri (const char *uri)
{
  static const char *prefixes[] = { "https://", "http://", "mailto:", NULL };
  const char *start = uri;
  gsize len;

  for (guint i = 0; prefixes[i] != NULL; i++)
    if (has_prefix_ci (uri, prefixes[i]))
      {
        start = uri + strlen (prefixes[i]);
        break;
      }

  len = strlen (start);
  while (len > 1 && start[len - 1] == '/')
    len--;

  return g_strndup (start, len);
}

/* The document model -------------------------------------------------------------------------- */

static void
run_free (VocResumeRun *run)
{
  g_free (run->text);
  g_free (run->uri);
  g_free (run);
}

static void
entry_free (VocResumeEntry *entry)
{
  g_ptr_array_unref (entry->title);
  g_ptr_array_unref (entry->subtitle);
  g_free (entry->dates);
  g_free (entry->location);
  g_ptr_array_unref (entry->paragraphs);
  g_ptr_array_unref (entry->details);
  g_ptr_array_unref (entry->bullets);
  g_free (entry);
}

static void
section_free (VocResumeSection *section)
{
  g_free (section->title);
  g_ptr_array_unref (section->entries);
  g_free (section);
}

void
voc_resume_doc_free (VocResumeDoc *doc)
{
  if (doc == NULL)
    return;

  g_free (doc->name);
  g_free (doc->label);
  g_ptr_array_unref (doc->contacts);
  g_ptr_array_unref (doc->summary);
  g_ptr_array_unref (doc->sections);
  g_free (doc->title);
  g_free (doc->author);
  g_free (doc);
}

static GPtrArray *
runs_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) run_free);
}

/* Adds a run; takes @text, which may be %NULL (then nothing is added). */
static void
runs_add (GPtrArray         *runs,
          char              *text,
          const char        *uri,
          VocResumeRunStyle  style)
{
  VocResumeRun *run;

  if (text == NULL)
    return;

  run = g_new0 (VocResumeRun, 1);
  run->text = text;
  run->uri = g_strdup (uri);
  run->style = style;
  g_ptr_array_add (runs, run);
}

/* Like runs_add(), after a " · " separator when @runs already holds text. */
static void
runs_add_item (GPtrArray         *runs,
               char              *text,
               const char        *uri,
               VocResumeRunStyle  style)
{
  if (text == NULL)
    return;
  if (runs->len > 0)
    runs_add (runs, g_strdup (" · "), NULL, VOC_RESUME_RUN_REGULAR);
  runs_add (runs, text, uri, style);
}

/* "Jan 2020 – Present · Berlin": the line under an entry's title, or %NULL. */
char *
voc_resume_entry_meta (VocResumeEntry *entry)
{
  if (entry->dates != NULL && entry->location != NULL)
    return g_strconcat (entry->dates, " · ", entry->location, NULL);
  return g_strdup (entry->dates != NULL ? entry->dates : entry->location);
}

static VocResumeEntry *
entry_new (void)
{
  VocResumeEntry *entry = g_new0 (VocResumeEntry, 1);

  entry->title = runs_new ();
  entry->subtitle = runs_new ();
  entry->paragraphs = g_ptr_array_new_with_free_func (g_free);
  entry->details = g_ptr_array_new_with_free_func (g_free);
  entry->bullets = g_ptr_array_new_with_free_func (g_free);
  return entry;
}

/* JSON access: every member is optional and anything of the wrong type counts as absent. */

static JsonNode *
get_member (JsonObject *object,
            const char *name)
{
  if (object == NULL || name == NULL || !json_object_has_member (object, name))
    return NULL;
  return json_object_get_member (object, name);
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* The clean text of @name, or of @legacy (the name older JSON Resume documents use) when
 * @name is missing or blank. */
static char *
dup_text (JsonObject *object,
          const char *name,
          const char *legacy)
{
  char *text = clean_text (get_string (object, name));

  if (text == NULL && legacy != NULL)
    text = clean_text (get_string (object, legacy));
  return text;
}

static char *
dup_uri (JsonObject *object,
         const char *name,
         const char *legacy)
{
  char *uri = normalize_uri (get_string (object, name));

  if (uri == NULL && legacy != NULL)
    uri = normalize_uri (get_string (object, legacy));
  return uri;
}

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
array_get_object (JsonArray *array,
                  guint      i)
{
  JsonNode *node = json_array_get_element (array, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* The clean, non-blank strings of an array member. */
static GPtrArray *
dup_strings (JsonObject *object,
             const char *name)
{
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  JsonArray *array = get_array (object, name);
  guint n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      char *text;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;
      text = clean_text (json_node_get_string (node));
      if (text != NULL)
        g_ptr_array_add (strings, text);
    }

  return strings;
}

/* Joins and frees @strings; %NULL when it is empty. */
static char *
join_strings (GPtrArray  *strings,
              const char *separator)
{
  char *joined = NULL;

  if (strings->len > 0)
    {
      g_ptr_array_add (strings, NULL);
      joined = g_strjoinv (separator, (char **) strings->pdata);
    }
  g_ptr_array_unref (strings);
  return joined;
}


static gboolean
entry_is_empty (VocResumeEntry *entry)
{
  return entry->title->len == 0 && entry->subtitle->len == 0 && entry->dates == NULL &&
         entry->location == NULL && entry->paragraphs->len == 0 && entry->details->len == 0 &&
         entry->bullets->len == 0;
}

/* An entry without a title shows its subtitle as the title. */
static void
entry_promote_subtitle (VocResumeEntry *entry)
{
  if (entry->title->len > 0 || entry->subtitle->len == 0)
    return;

  g_ptr_array_unref (entry->title);
  entry->title = g_steal_pointer (&entry->subtitle);
  entry->subtitle = runs_new ();
  ((VocResumeRun *) g_ptr_array_index (entry->title, 0))->style |= VOC_RESUME_RUN_BOLD;
}

/* Work and volunteering: the role in bold, then the organisation (linked). */
static VocResumeEntry *
build_position (JsonObject *item,
                const char *organization_member,
                const char *organization_legacy)
{
  VocResumeEntry *entry = entry_new ();
  g_autofree char *url = dup_uri (item, "url", "website");

  runs_add (entry->title, dup_text (item, "position", NULL), NULL, VOC_RESUME_RUN_BOLD);
  runs_add_item (entry->subtitle, dup_text (item, organization_member, organization_legacy), url,
                 VOC_RESUME_RUN_REGULAR);
  entry->location = dup_text (item, "location", NULL);
  entry->dates = format_dates (get_string (item, "startDate"), get_string (item, "endDate"),
                               TRUE);
  add_paragraphs (entry->paragraphs, get_string (item, "summary"));
  g_ptr_array_extend_and_steal (entry->bullets, dup_strings (item, "highlights"));
  entry_promote_subtitle (entry);
  return entry;
}

static VocResumeEntry *
build_project (JsonObject *item)
{
  VocResumeEntry *entry = entry_new ();
  g_autofree char *url = dup_uri (item, "url", "website");
  g_autofree char *keywords = join_strings (dup_strings (item, "keywords"), ", ");

  runs_add (entry->title, dup_text (item, "name", NULL), url, VOC_RESUME_RUN_BOLD);
  runs_add_item (entry->subtitle, join_strings (dup_strings (item, "roles"), ", "), NULL,
                 VOC_RESUME_RUN_REGULAR);
  runs_add_item (entry->subtitle, dup_text (item, "entity", NULL), NULL, VOC_RESUME_RUN_REGULAR);
  entry->dates = format_dates (get_string (item, "startDate"), get_string (item, "endDate"),
                               TRUE);
  add_paragraphs (entry->paragraphs, get_string (item, "description"));
  add_paragraphs (entry->paragraphs, get_string (item, "summary"));
  g_ptr_array_extend_and_steal (entry->bullets, dup_strings (item, "highlights"));
  if (keywords != NULL)
    g_ptr_array_add (entry->details, g_steal_pointer (&keywords));
  entry_promote_subtitle (entry);
  return entry;
}

static VocResumeEntry *
build_education (JsonObject *item)
{
  VocResumeEntry *entry = entry_new ();
  g_autofree char *url = dup_uri (item, "url", "website");
  g_autofree char *study_type = dup_text (item, "studyType", NULL);
  g_autofree char *area = dup_text (item, "area", NULL);
  g_autofree char *score = dup_text (item, "score", "gpa");
  g_autofree char *courses = join_strings (dup_strings (item, "courses"), ", ");
  char *degree = NULL;

  if (study_type != NULL && area != NULL)
    /* TRANSLATORS: a degree on a résumé: the type of study, then the subject
     * ("Bachelor of Science, Computer Science"). */
    degree = g_strdup_printf (C_("resume degree", "%1$s, %2$s"), study_type, area);
  else if (study_type != NULL)
    degree = g_steal_pointer (&study_type);
  else
    degree = g_steal_pointer (&area);

  runs_add (entry->title, degree, NULL, VOC_RESUME_RUN_BOLD);
  runs_add_item (entry->subtitle, dup_text (item, "institution", NULL), url,
                 VOC_RESUME_RUN_REGULAR);
  entry->dates = format_dates (get_string (item, "startDate"), get_string (item, "endDate"),
                               TRUE);
  if (score != NULL)
    /* TRANSLATORS: the grade or GPA of a degree on a résumé. */
    g_ptr_array_add (entry->details, g_strdup_printf (_("Grade: %s"), score));
  if (courses != NULL)
    /* TRANSLATORS: the list of courses of a degree on a résumé. */
    g_ptr_array_add (entry->details, g_strdup_printf (_("Courses: %s"), courses));
  entry_promote_subtitle (entry);
  return entry;
}

/* Certificates, awards and publications: a name, who gave or published it, one date. */
static VocResumeEntry *
build_dated_item (JsonObject *item,
                  const char *name_member,
                  const char *by_member,
                  const char *date_member)
{
  VocResumeEntry *entry = entry_new ();
  g_autofree char *url = dup_uri (item, "url", "website");

  runs_add (entry->title, dup_text (item, name_member, NULL), url, VOC_RESUME_RUN_BOLD);
  runs_add_item (entry->subtitle, dup_text (item, by_member, NULL), NULL,
                 VOC_RESUME_RUN_REGULAR);
  entry->dates = format_date (get_string (item, date_member));
  add_paragraphs (entry->paragraphs, get_string (item, "summary"));
  entry_promote_subtitle (entry);
  return entry;
}

/* One line of a list section: "Name (level): keyword, keyword". */
static VocResumeEntry *
build_list_line (JsonObject *item,
                 const char *level_member)
{
  VocResumeEntry *entry = entry_new ();
  g_autofree char *name = dup_text (item, "name", NULL);
  g_autofree char *level = level_member != NULL ? dup_text (item, level_member, NULL) : NULL;
  g_autofree char *keywords = join_strings (dup_strings (item, "keywords"), ", ");

  if (name != NULL)
    runs_add (entry->title, g_steal_pointer (&name), NULL, VOC_RESUME_RUN_BOLD);
  if (level != NULL)
    runs_add (entry->title, g_strdup_printf (entry->title->len > 0 ? " (%s)" : "%s", level),
              NULL, VOC_RESUME_RUN_REGULAR);
  if (keywords != NULL)
    runs_add (entry->title, g_strconcat (entry->title->len > 0 ? ": " : "", keywords, NULL),
              NULL, VOC_RESUME_RUN_REGULAR);
  return entry;
}

/* All languages on one line: "English (Native) · Spanish (Fluent)". */
static VocResumeEntry *
build_languages (JsonArray *array)
{
  VocResumeEntry *entry = entry_new ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item = array_get_object (array, i);
      g_autofree char *language = dup_text (item, "language", NULL);
      g_autofree char *fluency = dup_text (item, "fluency", "level");

      if (language != NULL)
        {
          runs_add_item (entry->title, g_steal_pointer (&language), NULL, VOC_RESUME_RUN_BOLD);
          if (fluency != NULL)
            runs_add (entry->title, g_strdup_printf (" (%s)", fluency), NULL,
                      VOC_RESUME_RUN_REGULAR);
        }
      else if (fluency != NULL)
        {
          runs_add_item (entry->title, g_steal_pointer (&fluency), NULL, VOC_RESUME_RUN_REGULAR);
        }
    }

  return entry;
}

typedef VocResumeEntry *(*BuildFunc) (JsonObject *item);

static VocResumeEntry *
build_work (JsonObject *item)
{
  return build_position (item, "name", "company");
}

static VocResumeEntry *
build_volunteer (JsonObject *item)
{
  return build_position (item, "organization", NULL);
}

static VocResumeEntry *
build_certificate (JsonObject *item)
{
  return build_dated_item (item, "name", "issuer", "date");
}

static VocResumeEntry *
build_award (JsonObject *item)
{
  return build_dated_item (item, "title", "awarder", "date");
}

static VocResumeEntry *
build_publication (JsonObject *item)
{
  return build_dated_item (item, "name", "publisher", "releaseDate");
}

static VocResumeEntry *
build_skill (JsonObject *item)
{
  return build_list_line (item, "level");
}

static VocResumeEntry *
build_interest (JsonObject *item)
{
  return build_list_line (item, NULL);
}

static void
add_section (VocResumeDoc         *doc,
             JsonObject           *resume,
             const char           *key,
             const char           *title,
             VocResumeSectionKind  kind,
             BuildFunc             build)
{
  JsonArray *array = get_array (resume, key);
  VocResumeSection *section;

  if (array == NULL)
    return;

  section = g_new0 (VocResumeSection, 1);
  section->key = key;
  section->title = g_strdup (title);
  section->kind = kind;
  section->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);

  if (build == NULL)
    g_ptr_array_add (section->entries, build_languages (array));
  else
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonObject *item = array_get_object (array, i);

        if (item != NULL)
          g_ptr_array_add (section->entries, build (item));
      }

  for (guint i = section->entries->len; i > 0; i--)
    if (entry_is_empty (g_ptr_array_index (section->entries, i - 1)))
      g_ptr_array_remove_index (section->entries, i - 1);

  if (section->entries->len == 0)
    section_free (section);
  else
    g_ptr_array_add (doc->sections, section);
}

static char *
format_location (JsonObject *location)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  char *part;

  if ((part = dup_text (location, "city", NULL)) != NULL)
    g_ptr_array_add (parts, part);
  if ((part = dup_text (location, "region", NULL)) != NULL)
    g_ptr_array_add (parts, part);
  else if ((part = dup_text (location, "countryCode", NULL)) != NULL)
    g_ptr_array_add (parts, part);

  /* A street address only when nothing shorter says where: a résumé rarely needs one, and
   * it is the first thing to leave out of a document sent to strangers. */
  if (parts->len == 0 && (part = dup_text (location, "address", NULL)) != NULL)
    g_ptr_array_add (parts, part);

  return join_strings (g_steal_pointer (&parts), ", ");
}

static void
add_contacts (VocResumeDoc *doc,
              JsonObject   *basics)
{
  JsonArray *profiles = get_array (basics, "profiles");
  char *email = dup_text (basics, "email", NULL);
  char *url = dup_uri (basics, "url", "website");

  if (email != NULL)
    {
      g_autofree char *mailto = g_strconcat ("mailto:", email, NULL);
      g_autofree char *uri = normalize_uri (mailto);

      runs_add (doc->contacts, email, uri, VOC_RESUME_RUN_REGULAR);
    }
  runs_add (doc->contacts, dup_text (basics, "phone", NULL), NULL, VOC_RESUME_RUN_REGULAR);
  if (url != NULL)
    runs_add (doc->contacts, voc_resume_display_uri (url), url, VOC_RESUME_RUN_REGULAR);
  runs_add (doc->contacts, format_location (get_object (basics, "location")), NULL,
            VOC_RESUME_RUN_REGULAR);

  for (guint i = 0; profiles != NULL && i < json_array_get_length (profiles); i++)
    {
      JsonObject *profile = array_get_object (profiles, i);
      g_autofree char *network = dup_text (profile, "network", NULL);
      g_autofree char *username = dup_text (profile, "username", NULL);
      g_autofree char *uri = dup_uri (profile, "url", NULL);
      char *text = NULL;

      if (network != NULL && username != NULL)
        /* TRANSLATORS: a social network profile on a résumé: network, then user name
         * ("GitHub: ada"). */
        text = g_strdup_printf (C_("resume profile", "%1$s: %2$s"), network, username);
      else if (uri != NULL)
        text = voc_resume_display_uri (uri);
      else if (username != NULL)
        text = g_steal_pointer (&username);
      else
        text = g_steal_pointer (&network);

      runs_add (doc->contacts, text, uri, VOC_RESUME_RUN_REGULAR);
    }

  g_free (url);
}

VocResumeDoc *
voc_resume_doc_new (JsonObject *resume)
{
  VocResumeDoc *doc = g_new0 (VocResumeDoc, 1);
  JsonObject *basics = get_object (resume, "basics");

  doc->contacts = runs_new ();
  doc->summary = g_ptr_array_new_with_free_func (g_free);
  doc->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);

  doc->name = dup_text (basics, "name", NULL);
  doc->label = dup_text (basics, "label", NULL);
  add_contacts (doc, basics);
  add_paragraphs (doc->summary, get_string (basics, "summary"));

  /* Reading order. References are left out on purpose: they are other people's personal
   * data, given on request; the JSON export keeps them. */
  add_section (doc, resume, "work", _("Experience"), VOC_RESUME_SECTION_ENTRIES, build_work);
  add_section (doc, resume, "projects", _("Projects"), VOC_RESUME_SECTION_ENTRIES,
               build_project);
  add_section (doc, resume, "education", _("Education"), VOC_RESUME_SECTION_ENTRIES,
               build_education);
  add_section (doc, resume, "certificates", _("Certifications"), VOC_RESUME_SECTION_ENTRIES,
               build_certificate);
  add_section (doc, resume, "skills", _("Skills"), VOC_RESUME_SECTION_LIST, build_skill);
  add_section (doc, resume, "languages", _("Languages"), VOC_RESUME_SECTION_LIST, NULL);
  add_section (doc, resume, "volunteer", _("Volunteer"), VOC_RESUME_SECTION_ENTRIES,
               build_volunteer);
  add_section (doc, resume, "awards", _("Awards"), VOC_RESUME_SECTION_ENTRIES, build_award);
  add_section (doc, resume, "publications", _("Publications"), VOC_RESUME_SECTION_ENTRIES,
               build_publication);
  add_section (doc, resume, "interests", _("Interests"), VOC_RESUME_SECTION_LIST,
               build_interest);

  if (doc->name != NULL)
    /* TRANSLATORS: the title of an exported résumé document; %s is the person's name. */
    doc->title = g_strdup_printf (_("%s — Résumé"), doc->name);
  else if (doc->label != NULL)
    doc->title = g_strdup (doc->label);
  else
    doc->title = g_strdup (_("Résumé"));
  doc->author = g_strdup (doc->name);

  return doc;
}

/* JSON ---------------------------------------------------------------------------------------- */

static GBytes *
write_json (JsonObject *resume)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonObject) empty = NULL;
  GString *out;

  if (resume == NULL)
    resume = empty = json_object_new ();

  json_node_set_object (root, resume);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  out = g_string_new (NULL);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');

  /* A parsed document is valid UTF-8, but one built in code need not be; JSON must be. The
   * bad bytes can only be inside strings, so replacing them keeps the structure. */
  if (!g_utf8_validate_len (out->str, out->len, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (out->str, out->len);

      g_string_assign (out, valid);
    }

  return g_string_free_to_bytes (out);
}

/* Writing a file ------------------------------------------------------------------------------ */

static void
set_write_error (GError     **error,
                 int          errsv,
                 const char  *display_name)
{
  if (errsv == ECANCELED)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                 _("Could not save “%s”: the export was cancelled"), display_name);
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                 /* TRANSLATORS: the first %s is a file name, the second the reason. */
                 _("Could not save “%s”: %s"), display_name, g_strerror (errsv));
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         len,
           GCancellable *cancellable,
           int          *errsv)
{
  while (len > 0)
    {
      gssize n;

      if (g_cancellable_is_cancelled (cancellable))
        {
          *errsv = ECANCELED;
          return FALSE;
        }

      n = write (fd, data, MIN (len, WRITE_CHUNK_SIZE));
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          *errsv = n < 0 ? errno : ENOSPC;
          return FALSE;
        }
      data += n;
      len -= n;
    }

  return TRUE;
}

/* Writes @bytes next to @path under a temporary name, flushes it to disk and renames it over
 * @path, so that @path holds either its old contents or all of the new ones, whatever fails
 * (a read-only folder, a full disk, a cancellation). g_file_replace_contents() does not
 * promise that: it writes a new file in place, and overwrites an existing one in place when
 * it cannot create a file next to it. */
static gboolean
write_local_file (const char    *path,
                  const char    *display_name,
                  GBytes        *bytes,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *temp_path = NULL;
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);
  struct stat st;
  gboolean exists;
  int errsv = 0;
  int fd;

  /* Replace what a symbolic link points to, not the link. */
  target = realpath (path, NULL);
  if (target == NULL)
    target = g_strdup (path);

  exists = g_stat (target, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Could not save “%s”: it is a folder"), display_name);
      return FALSE;
    }

  dir = g_path_get_dirname (target);
  temp_path = g_build_filename (dir, ".vocation-export-XXXXXX", NULL);
  fd = g_mkstemp_full (temp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_write_error (error, errno, display_name);
      return FALSE;
    }

  /* An overwritten file keeps its permissions. */
  if (exists && S_ISREG (st.st_mode))
    fchmod (fd, st.st_mode & 07777);

  if (!write_all (fd, data, len, cancellable, &errsv))
    goto fail;
  if (fsync (fd) != 0)
    {
      errsv = errno;
      goto fail;
    }
  if (close (fd) != 0)
    {
      fd = -1;
      errsv = errno;
      goto fail;
    }
  fd = -1;

  if (g_cancellable_is_cancelled (cancellable))
    {
      errsv = ECANCELED;
      goto fail;
    }
  if (g_rename (temp_path, target) != 0)
    {
      errsv = errno;
      goto fail;
    }

  return TRUE;

fail:
  if (fd >= 0)
    close (fd);
  g_unlink (temp_path);
  if (errsv != 0)
    set_write_error (error, errsv, display_name);
  return FALSE;
}

/* Public API ---------------------------------------------------------------------------------- */

/**
 * voc_resume_templates:
 * @n: (out): the number of templates
 *
 * Returns: (array length=n) (transfer none): the résumé templates, "classic" first
 */
const VocResumeTemplate *
voc_resume_templates (guint *n)
{
  static VocResumeTemplate templates[G_N_ELEMENTS (styles)];
  static gsize initialized = 0;

  g_return_val_if_fail (n != NULL, NULL);

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
        {
          templates[i].id = styles[i].id;
          templates[i].name = g_dgettext (GETTEXT_PACKAGE, styles[i].name);
        }
      g_once_init_leave (&initialized, 1);
    }

  *n = G_N_ELEMENTS (templates);
  return templates;
}

/**
 * voc_resume_format_from_filename:
 * @filename: a file name or path
 * @format: (out): where to store the format
 *
 * Picks the export format from the file name's extension, in any case: `.pdf`, `.docx`,
 * `.md` or `.markdown`, `.txt`, `.json`.
 *
 * Returns: %TRUE when the extension names a format
 */
gboolean
voc_resume_format_from_filename (const char      *filename,
                                 VocResumeFormat *format)
{
  static const struct
  {
    const char      *extension;
    VocResumeFormat  format;
  } extensions[] = {
    { ".pdf", VOC_RESUME_FORMAT_PDF },
    { ".docx", VOC_RESUME_FORMAT_DOCX },
    { ".md", VOC_RESUME_FORMAT_MARKDOWN },
    { ".markdown", VOC_RESUME_FORMAT_MARKDOWN },
    { ".txt", VOC_RESUME_FORMAT_TEXT },
    { ".json", VOC_RESUME_FORMAT_JSON },
  };
  const char *dot;

  g_return_val_if_fail (format != NULL, FALSE);

  if (filename == NULL)
    return FALSE;

  dot = strrchr (filename, '.');
  if (dot == NULL || strchr (dot, '/') != NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_ascii_strcasecmp (dot, extensions[i].extension) == 0)
      {
        *format = extensions[i].format;
        return TRUE;
      }

  return FALSE;
}

/**
 * voc_resume_export:
 * @resume: (nullable): a JSON Resume 1.2.1 document
 * @format: the output format
 * @template_id: (nullable): a template id from voc_resume_templates(), or %NULL for the
 *   default; only PDF and DOCX look different, but an unknown id is an error for every format
 * @paper: the page size of PDF and DOCX
 * @error: return location for a #GError
 *
 * Renders @resume. Every member is optional and a member of the wrong type counts as absent,
 * so any object (or none) gives a document with whatever it holds. JSON output is @resume
 * itself, pretty-printed. Runs for some milliseconds: call it from a worker thread.
 *
 * Returns: (transfer full): the file contents, or %NULL with @error set
 * (%G_IO_ERROR_INVALID_ARGUMENT for an unknown template)
 */
GBytes *
voc_resume_export (JsonObject       *resume,
                   VocResumeFormat   format,
                   const char       *template_id,
                   VocPaper          paper,
                   GError          **error)
{
  g_autoptr(VocResumeDoc) doc = NULL;
  const VocResumeStyle *style;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  style = voc_resume_style_lookup (template_id, error);
  if (style == NULL)
    return NULL;

  if (paper != VOC_PAPER_A4 && paper != VOC_PAPER_LETTER)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Unknown paper size %d"), (int) paper);
      return NULL;
    }

  if (format == VOC_RESUME_FORMAT_JSON)
    return write_json (resume);

  doc = voc_resume_doc_new (resume);

  switch (format)
    {
    case VOC_RESUME_FORMAT_PDF:
      return voc_resume_write_pdf (doc, style, paper, error);
    case VOC_RESUME_FORMAT_DOCX:
      return voc_resume_write_docx (doc, style, paper, error);
    case VOC_RESUME_FORMAT_MARKDOWN:
      return voc_resume_write_markdown (doc);
    case VOC_RESUME_FORMAT_TEXT:
      return voc_resume_write_text (doc);
    case VOC_RESUME_FORMAT_JSON:
    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Unknown résumé format %d"), (int) format);
      return NULL;
    }
}

/**
 * voc_resume_export_to_file:
 * @resume: (nullable): a JSON Resume 1.2.1 document
 * @file: where to write
 * @format: the output format (see voc_resume_format_from_filename())
 * @template_id: (nullable): a template id, or %NULL for the default
 * @paper: the page size of PDF and DOCX
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Exports @resume and replaces @file with the result atomically: the new contents go to a
 * temporary file in the same folder that is renamed over @file only once it is complete and
 * on disk. On any failure @file keeps its old contents (or still does not exist) and no
 * temporary file is left. Error messages name the file. Blocks: call it from a worker thread.
 *
 * Returns: %TRUE on success
 */
gboolean
voc_resume_export_to_file (JsonObject       *resume,
                           GFile            *file,
                           VocResumeFormat   format,
                           const char       *template_id,
                           VocPaper          paper,
                           GCancellable     *cancellable,
                           GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display_name = g_file_get_parse_name (file);

  if (g_cancellable_is_cancelled (cancellable))
    {
      set_write_error (error, ECANCELED, display_name);
      return FALSE;
    }

  bytes = voc_resume_export (resume, format, template_id, paper, error);
  if (bytes == NULL)
    {
      g_prefix_error (error, _("Could not save “%s”: "), display_name);
      return FALSE;
    }

  path = g_file_get_path (file);
  if (path != NULL)
    return write_local_file (path, display_name, bytes, cancellable, error);

  /* Not a local file (a GVfs location): GIO's own replace is the best there is. */
  if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                cancellable, error))
    {
      g_prefix_error (error, _("Could not save “%s”: "), display_name);
      return FALSE;
    }

  return TRUE;
}

/**
 * voc_resume_paper_get_size:
 * @paper: a paper size
 * @width: (out): the page width in points
 * @height: (out): the page height in points
 *
 * The page size that voc_resume_layout_render_page() draws on, for the preview.
 */
void
voc_resume_paper_get_size (VocPaper  paper,
                           double   *width,
                           double   *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  voc_resume_paper_size (paper, width, height);
}

/**
 * voc_resume_layout_count_pages:
 * @resume: (nullable): a JSON Resume 1.2.1 document
 * @template_id: (nullable): a template id from voc_resume_templates(), or %NULL
 * @paper: the page size
 *
 * Returns: the number of pages of the PDF export, at least 1
 */
guint
voc_resume_layout_count_pages (JsonObject *resume,
                               const char *template_id,
                               VocPaper    paper)
{
  g_autoptr(VocResumeDoc) doc = NULL;
  const VocResumeStyle *style = voc_resume_style_lookup (template_id, NULL);

  g_return_val_if_fail (style != NULL, 0);

  doc = voc_resume_doc_new (resume);
  return voc_resume_pdf_count_pages (doc, style, paper);
}

/**
 * voc_resume_layout_render_page:
 * @resume: (nullable): a JSON Resume 1.2.1 document
 * @template_id: (nullable): a template id from voc_resume_templates(), or %NULL
 * @paper: the page size
 * @page: the page, from 0
 * @cr: where to draw
 *
 * Draws page @page of the PDF export onto @cr, exactly as it prints: a white page of
 * voc_resume_paper_get_size() points at the origin of @cr's user space. Scale @cr to zoom.
 */
void
voc_resume_layout_render_page (JsonObject *resume,
                               const char *template_id,
                               VocPaper    paper,
                               guint       page,
                               cairo_t    *cr)
{
  g_autoptr(VocResumeDoc) doc = NULL;
  const VocResumeStyle *style = voc_resume_style_lookup (template_id, NULL);

  g_return_if_fail (style != NULL);
  g_return_if_fail (cr != NULL);

  doc = voc_resume_doc_new (resume);
  voc_resume_pdf_render_page (doc, style, paper, page, cr);
}
