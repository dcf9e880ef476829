/* test-resume-export.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Résumé export. Every format is read back the way a recruiter's tools would read it — PDFs
 * with poppler (pdftotext, pdfinfo, pdffonts and poppler-glib), DOCX by unzipping it with
 * libarchive and parsing every part with libxml2 — and must give back all of the content in
 * reading order. The PDF tools are skipped, not failed, where poppler-utils is missing.
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <archive.h>
#include <archive_entry.h>
#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <pango/pangocairo.h>
#include <poppler.h>

#include "voc-resume-export.h"

/* Poppler declares autoptr cleanups only from 23.x; aliases keep these from clashing. */
typedef PopplerDocument TestPdfDocument;
typedef PopplerPage TestPdfPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdfDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdfPage, g_object_unref)

/* Fixtures ------------------------------------------------------------------------------------- */

/* A fictional person; nothing here comes from a real résumé. */
static const char resume_json[] =
  "{"
  "  \"basics\": {"
  "    \"name\": \"Ada Quintero\","
  "    \"label\": \"Staff Software Engineer\","
  "    \"email\": \"ada.quintero@example.org\","
  "    \"phone\": \"+44 20 7946 0321\","
  "    \"url\": \"https://ada.example.org\","
  "    \"summary\": \"Engineer who builds reliable data systems and mentors teams.\","
  "    \"location\": { \"address\": \"1 Example Row\", \"postalCode\": \"LS1 1AA\","
  "                    \"city\": \"Leeds\", \"region\": \"West Yorkshire\","
  "                    \"countryCode\": \"GB\" },"
  "    \"profiles\": ["
  "      { \"network\": \"GitHub\", \"username\": \"adaq\","
  "        \"url\": \"https://github.com/adaq\" },"
  "      { \"network\": \"LinkedIn\", \"username\": \"ada-quintero\","
  "        \"url\": \"https://www.linkedin.com/in/ada-quintero\" }"
  "    ]"
  "  },"
  "  \"work\": ["
  "    { \"name\": \"Northwind Analytics\", \"position\": \"Staff Software Engineer\","
  "      \"url\": \"https://northwind.example.com\", \"location\": \"Leeds\","
  "      \"startDate\": \"2021-03\","
  "      \"summary\": \"Owns the data platform of a forecasting company.\","
  "      \"highlights\": [ \"Cut nightly batch runtime from six hours to forty minutes\","
  "                        \"Led the migration of twelve services to a shared event bus\","
  "                        \"Mentored five engineers through promotion\" ] },"
  "    { \"name\": \"Fabrikam Logistics\", \"position\": \"Senior Engineer\","
  "      \"startDate\": \"2017-06-15\", \"endDate\": \"2021-02-28\","
  "      \"highlights\": [ \"Designed the routing engine used for two million parcels a day\","
  "                        \"Reduced cloud spend by thirty percent\" ] },"
  "    { \"name\": \"Contoso Labs\", \"position\": \"Software Engineer\","
  "      \"startDate\": \"2014\", \"endDate\": \"2017\","
  "      \"highlights\": [ \"Shipped the first offline mode of the field app\","
  "                        \"Wrote the test harness the team still uses\" ] }"
  "  ],"
  "  \"projects\": ["
  "    { \"name\": \"Tidepool\", \"description\": \"Open source tide prediction library\","
  "      \"highlights\": [ \"Adopted by three harbour authorities\" ],"
  "      \"startDate\": \"2019\", \"url\": \"https://tidepool.example.org\","
  "      \"roles\": [ \"Maintainer\" ], \"entity\": \"Tidepool Collective\","
  "      \"type\": \"library\", \"keywords\": [ \"Rust\", \"WebAssembly\" ] }"
  "  ],"
  "  \"education\": ["
  "    { \"institution\": \"University of Leeds\", \"url\": \"https://www.leeds.example.ac.uk\","
  "      \"area\": \"Computer Science\", \"studyType\": \"Bachelor of Science\","
  "      \"startDate\": \"2010-09\", \"endDate\": \"2014-06\", \"score\": \"First\","
  "      \"courses\": [ \"Distributed Systems\", \"Compilers\" ] }"
  "  ],"
  "  \"certificates\": ["
  "    { \"name\": \"Certified Kubernetes Administrator\", \"date\": \"2022-05-10\","
  "      \"issuer\": \"Cloud Native Computing Foundation\","
  "      \"url\": \"https://certs.example.org/cka\" }"
  "  ],"
  "  \"skills\": ["
  "    { \"name\": \"Backend\", \"level\": \"Expert\","
  "      \"keywords\": [ \"Rust\", \"Go\", \"PostgreSQL\" ] },"
  "    { \"name\": \"Infrastructure\", \"keywords\": [ \"Kubernetes\", \"Terraform\" ] }"
  "  ],"
  "  \"languages\": ["
  "    { \"language\": \"English\", \"fluency\": \"Native speaker\" },"
  "    { \"language\": \"Spanish\", \"fluency\": \"Professional\" }"
  "  ],"
  "  \"references\": [ { \"name\": \"Someone Else\", \"reference\": \"Private words\" } ],"
  "  \"meta\": { \"version\": \"v1.0.0\" }"
  "}";

/* Everything the fixture shows, in reading order. */
static const char *const expected_content[] = {
  "Ada Quintero",
  "Staff Software Engineer",
  "ada.quintero@example.org",
  "+44 20 7946 0321",
  "ada.example.org",
  "Leeds, West Yorkshire",
  "GitHub: adaq",
  "LinkedIn: ada-quintero",
  "Engineer who builds reliable data systems and mentors teams.",
  "Experience",
  "Staff Software Engineer",
  "Northwind Analytics",
  "Mar 2021 – Present",
  "Owns the data platform of a forecasting company.",
  "Cut nightly batch runtime from six hours to forty minutes",
  "Led the migration of twelve services to a shared event bus",
  "Mentored five engineers through promotion",
  "Senior Engineer",
  "Fabrikam Logistics",
  "Jun 2017 – Feb 2021",
  "Designed the routing engine used for two million parcels a day",
  "Reduced cloud spend by thirty percent",
  "Software Engineer",
  "Contoso Labs",
  "2014 – 2017",
  "Shipped the first offline mode of the field app",
  "Wrote the test harness the team still uses",
  "Projects",
  "Tidepool",
  "Maintainer",
  "2019 – Present",
  "Open source tide prediction library",
  "Adopted by three harbour authorities",
  "Rust, WebAssembly",
  "Education",
  "Bachelor of Science, Computer Science",
  "University of Leeds",
  "Sep 2010 – Jun 2014",
  "Grade: First",
  "Courses: Distributed Systems, Compilers",
  "Certifications",
  "Certified Kubernetes Administrator",
  "Cloud Native Computing Foundation",
  "May 2022",
  "Skills",
  "Backend",
  "Rust, Go, PostgreSQL",
  "Infrastructure",
  "Kubernetes, Terraform",
  "Languages",
  "English",
  "Native speaker",
  "Spanish",
  "Professional",
  NULL
};

static const char *const section_headings[] = {
  "Experience", "Projects", "Education", "Certifications", "Skills", "Languages",
  "Volunteer", "Awards", "Publications", "Interests", NULL
};

static JsonNode *
parse_json (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonNode) root = parse_json (json);

  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_node_dup_object (root);
}

static JsonObject *
fixture_resume (void)
{
  return parse_object (resume_json);
}

static GBytes *
export_ok (JsonObject      *resume,
           VocResumeFormat  format,
           const char      *template_id,
           VocPaper         paper)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = voc_resume_export (resume, format, template_id, paper, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  char *text = len > 0 ? g_strndup (data, len) : g_strdup ("");

  g_assert_cmpuint (strlen (text), ==, len);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  return text;
}

/* Text in order -------------------------------------------------------------------------------- */

/* Case-folded with all white space removed: line breaks fall wherever a paragraph wraps, and
 * headings may be drawn in capitals. */
static char *
normalize (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Asserts that each of @needles occurs in @haystack after the one before it. */
static void
assert_in_order (const char        *haystack,
                 const char *const *needles,
                 const char        *what)
{
  g_autofree char *text = normalize (haystack);
  const char *position = text;

  for (guint i = 0; needles[i] != NULL; i++)
    {
      g_autofree char *needle = normalize (needles[i]);
      const char *found = strstr (position, needle);

      if (found == NULL)
        {
          g_test_message ("%s: “%s” is missing or out of order; the text is:\n%s", what,
                          needles[i], haystack);
          g_assert_nonnull (found);
        }
      position = found + strlen (needle);
    }
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_test_message ("“%s” is not in:\n%s", needle, haystack);
  g_assert_nonnull (strstr (haystack, needle));
}

/* Temporary files ------------------------------------------------------------------------------ */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("vocation-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = NULL;
  const char *name;

  g_chmod (dir, 0700);
  handle = g_dir_open (dir, 0, NULL);
  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_dir (path);
      else
        g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The names in @dir, sorted, joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* PDF tools ------------------------------------------------------------------------------------ */

/* Runs a poppler-utils tool on @pdf, with @args before the file name and @after after it;
 * returns its output, or %NULL (and the test skipped) when it is not installed. */
static char *
run_pdf_tool (const char *tool,
              GBytes     *pdf,
              const char *args,
              const char *after)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) split = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s (poppler-utils) is not installed", tool);

      g_test_skip (message);
      return NULL;
    }

  dir = make_temp_dir ();
  path = g_build_filename (dir, "resume.pdf", NULL);
  g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error);
  g_assert_no_error (error);

  g_ptr_array_add (argv, g_strdup (program));
  split = g_strsplit (args != NULL ? args : "", " ", -1);
  for (guint i = 0; split[i] != NULL; i++)
    if (*split[i] != '\0')
      g_ptr_array_add (argv, g_strdup (split[i]));
  g_ptr_array_add (argv, g_strdup (path));
  if (after != NULL)
    g_ptr_array_add (argv, g_strdup (after));
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_test_message ("%s failed: %s", tool, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_utf8_validate (out, -1, NULL));

  remove_dir (dir);
  return out;
}

static char *
pdf_to_text (GBytes *pdf)
{
  return run_pdf_tool ("pdftotext", pdf, "-enc UTF-8", "-");
}

/* The value of a "Key: value" line of pdfinfo. */
static char *
info_value (const char *info,
            const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, ":", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  return NULL;
}

static PopplerDocument *
open_pdf (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (pdf, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* The URIs of every link annotation, with the page each is on. */
static GPtrArray *
collect_links (PopplerDocument *document)
{
  GPtrArray *uris = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (document, i);
      GList *mapping = poppler_page_get_link_mapping (page);

      for (GList *l = mapping; l != NULL; l = l->next)
        {
          PopplerLinkMapping *link = l->data;

          if (link->action->type == POPPLER_ACTION_URI)
            g_ptr_array_add (uris, g_strdup (link->action->uri.uri));
        }
      poppler_page_free_link_mapping (mapping);
    }

  return uris;
}

static gboolean
has_string (GPtrArray  *strings,
            const char *string)
{
  return g_ptr_array_find_with_equal_func (strings, string, g_str_equal, NULL);
}

/* The link to @uri on @page covers where @text is drawn. */
static void
assert_link_over_text (PopplerPage *page,
                       const char  *uri,
                       const char  *text)
{
  GList *mapping = poppler_page_get_link_mapping (page);
  GList *found = poppler_page_find_text (page, text);
  gboolean covered = FALSE;

  g_assert_nonnull (found);
  for (GList *l = mapping; l != NULL; l = l->next)
    {
      PopplerLinkMapping *link = l->data;
      PopplerRectangle *rect = found->data;
      double cx = (rect->x1 + rect->x2) / 2;
      double cy = (rect->y1 + rect->y2) / 2;

      if (link->action->type != POPPLER_ACTION_URI || g_strcmp0 (link->action->uri.uri, uri) != 0)
        continue;
      covered = cx >= link->area.x1 && cx <= link->area.x2 &&
                cy >= MIN (link->area.y1, link->area.y2) &&
                cy <= MAX (link->area.y1, link->area.y2);
    }
  g_assert_true (covered);

  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
  poppler_page_free_link_mapping (mapping);
}

/* PDF ------------------------------------------------------------------------------------------ */

static void
check_pdf (const char *template_id,
           VocPaper    paper)
{
  g_autoptr(JsonObject) resume = fixture_resume ();
  g_autoptr(GBytes) pdf = export_ok (resume, VOC_RESUME_FORMAT_PDF, template_id, paper);
  g_autoptr(TestPdfDocument) document = open_pdf (pdf);
  g_autoptr(TestPdfPage) first_page = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) font_lines = NULL;
  double width, height;

  g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);

  /* Page size. */
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 1);
  g_assert_cmpuint (poppler_document_get_n_pages (document), ==,
                    voc_resume_layout_count_pages (resume, template_id, paper));
  first_page = poppler_document_get_page (document, 0);
  poppler_page_get_size (first_page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, paper == VOC_PAPER_A4 ? 595.0 : 612.0, 0.5);
  g_assert_cmpfloat_with_epsilon (height, paper == VOC_PAPER_A4 ? 842.0 : 792.0, 0.5);

  /* Links: the e-mail address, the web site, the profiles, over the text they belong to. */
  links = collect_links (document);
  g_assert_true (has_string (links, "mailto:ada.quintero@example.org"));
  g_assert_true (has_string (links, "https://ada.example.org"));
  g_assert_true (has_string (links, "https://github.com/adaq"));
  g_assert_true (has_string (links, "https://www.linkedin.com/in/ada-quintero"));
  g_assert_true (has_string (links, "https://northwind.example.com"));
  assert_link_over_text (first_page, "mailto:ada.quintero@example.org",
                         "ada.quintero@example.org");
  assert_link_over_text (first_page, "https://github.com/adaq", "GitHub: adaq");

  /* Metadata, through poppler-glib and pdfinfo. */
  {
    g_autofree char *title = poppler_document_get_title (document);
    g_autofree char *author = poppler_document_get_author (document);

    g_assert_cmpstr (title, ==, "Ada Quintero — Résumé");
    g_assert_cmpstr (author, ==, "Ada Quintero");
  }

  text = pdf_to_text (pdf);
  if (text == NULL)
    return;
  assert_in_order (text, expected_content, "pdftotext");
  /* References are other people's data and stay out of the documents. */
  g_assert_null (strstr (text, "Someone Else"));
  /* No ligature glyphs, no inserted hyphens: the words read back as written. */
  g_assert_null (strstr (text, "ﬁ"));

  info = run_pdf_tool ("pdfinfo", pdf, "-enc UTF-8", NULL);
  if (info == NULL)
    return;
  {
    g_autofree char *title = info_value (info, "Title");
    g_autofree char *author = info_value (info, "Author");

    g_assert_cmpstr (title, ==, "Ada Quintero — Résumé");
    g_assert_cmpstr (author, ==, "Ada Quintero");
  }

  /* Every font is embedded. */
  fonts = run_pdf_tool ("pdffonts", pdf, NULL, NULL);
  if (fonts == NULL)
    return;
  font_lines = g_strsplit (fonts, "\n", -1);
  g_assert_cmpuint (g_strv_length (font_lines), >=, 3);
  for (guint i = 2; font_lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      if (*g_strstrip (font_lines[i]) == '\0')
        continue;
      columns = g_strsplit_set (font_lines[i], " ", -1);
      for (guint j = 0; columns[j] != NULL; j++)
        if (*columns[j] != '\0')
          g_ptr_array_add (words, columns[j]);
      /* name, type, encoding, emb, sub, uni, object, ID: "emb" is fifth from the end. */
      g_assert_cmpuint (words->len, >=, 7);
      g_assert_cmpstr (g_ptr_array_index (words, words->len - 5), ==, "yes");
    }
}

static void
test_pdf_classic_a4 (void)
{
  check_pdf ("classic", VOC_PAPER_A4);
}

static void
test_pdf_classic_letter (void)
{
  check_pdf ("classic", VOC_PAPER_LETTER);
}

static void
test_pdf_modern_a4 (void)
{
  check_pdf ("modern", VOC_PAPER_A4);
}

static void
test_pdf_modern_letter (void)
{
  check_pdf ("modern", VOC_PAPER_LETTER);
}

static gboolean
is_heading_line (const char *line)
{
  for (guint i = 0; section_headings[i] != NULL; i++)
    if (g_ascii_strcasecmp (line, section_headings[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The last line of text on a page. */
static char *
last_line (PopplerPage *page)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = g_strv_length (lines); i > 0; i--)
    if (*g_strstrip (lines[i - 1]) != '\0')
      return g_strdup (lines[i - 1]);
  return g_strdup ("");
}

/* However long the summary before them, a heading never ends a page, the first entry (short
 * enough to be kept whole) is on the page of its heading, and an entry's title never ends a
 * page either. */
static void
test_pdf_keep_with_next (void)
{
  const char *templates[] = { "classic", "modern" };

  for (guint t = 0; t < G_N_ELEMENTS (templates); t++)
    for (guint n = 0; n < 64; n += 1)
      {
        g_autoptr(JsonObject) resume = fixture_resume ();
        JsonObject *basics = json_object_get_object_member (resume, "basics");
        g_autoptr(GString) summary = g_string_new (NULL);
        g_autoptr(GBytes) pdf = NULL;
        g_autoptr(TestPdfDocument) document = NULL;

        for (guint i = 0; i < n; i++)
          g_string_append_printf (summary, "Paragraph %u of the summary, one line long.\n", i);
        json_object_set_string_member (basics, "summary", summary->str);

        pdf = export_ok (resume, VOC_RESUME_FORMAT_PDF, templates[t], VOC_PAPER_A4);
        document = open_pdf (pdf);

        for (int p = 0; p < poppler_document_get_n_pages (document); p++)
          {
            g_autoptr(TestPdfPage) page = poppler_document_get_page (document, p);
            g_autofree char *last = last_line (page);
            g_autofree char *text = poppler_page_get_text (page);

            if (is_heading_line (last) || g_str_has_prefix (last, "Staff Software Engineer ·") ||
                g_str_has_prefix (last, "Senior Engineer ·"))
              g_test_message ("%s, %u paragraphs: page %d ends with “%s”", templates[t], n,
                              p + 1, last);
            g_assert_false (is_heading_line (last));
            g_assert_false (g_str_has_prefix (last, "Staff Software Engineer ·"));
            g_assert_false (g_str_has_prefix (last, "Senior Engineer ·"));

            if (strstr (text, "EXPERIENCE") != NULL)
              {
                assert_contains (text, "Northwind Analytics");
                assert_contains (text, "Mentored five engineers through promotion");
              }
          }
      }
}

/* A 100 KB summary flows over many pages, and nothing is lost. */
static void
test_pdf_huge_summary (void)
{
  g_autoptr(JsonObject) resume = fixture_resume ();
  JsonObject *basics = json_object_get_object_member (resume, "basics");
  g_autoptr(GString) summary = g_string_new ("Beginning of the summary.");
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(TestPdfDocument) document = NULL;
  g_autofree char *text = NULL;
  const char *order[] = { "Beginning of the summary.", "End of the summary.", "Experience",
                          "Wrote the test harness the team still uses", "Professional", NULL };
  gint64 start;
  guint n_pages;

  for (guint i = 0; summary->len < 100 * 1024; i++)
    g_string_append_printf (summary, " Sentence %u of a very long summary.", i);
  g_string_append (summary, " End of the summary.");
  json_object_set_string_member (basics, "summary", summary->str);

  start = g_get_monotonic_time ();
  pdf = export_ok (resume, VOC_RESUME_FORMAT_PDF, "classic", VOC_PAPER_A4);
  g_test_message ("100 KB summary: %.1f ms, %zu bytes",
                  (g_get_monotonic_time () - start) / 1000.0, g_bytes_get_size (pdf));

  document = open_pdf (pdf);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpuint (n_pages, >, 10);
  g_assert_cmpuint (n_pages, ==, voc_resume_layout_count_pages (resume, "classic", VOC_PAPER_A4));

  text = pdf_to_text (pdf);
  if (text == NULL)
    return;
  assert_in_order (text, order, "huge summary");
  assert_contains (text, "Sentence 1234 of a very long summary.");
}

/* A word longer than a line is broken, not drawn past the margin. */
static void
test_pdf_long_word (void)
{
  g_autoptr(JsonObject) resume = fixture_resume ();
  JsonObject *basics = json_object_get_object_member (resume, "basics");
  g_autofree char *word = g_strnfill (3000, 'x');
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(TestPdfDocument) document = NULL;

  json_object_set_string_member (basics, "summary", word);
  pdf = export_ok (resume, VOC_RESUME_FORMAT_PDF, "modern", VOC_PAPER_LETTER);
  document = open_pdf (pdf);

  for (int p = 0; p < poppler_document_get_n_pages (document); p++)
    {
      g_autoptr(TestPdfPage) page = poppler_document_get_page (document, p);
      PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      for (guint i = 0; i < n_rects; i++)
        g_assert_cmpfloat (rects[i].x2, <=, width - 20);
      g_free (rects);
    }
}

/* The preview draws what the PDF prints. */
static void
test_preview (void)
{
  g_autoptr(JsonObject) resume = fixture_resume ();
  guint n_templates;
  const VocResumeTemplate *templates = voc_resume_templates (&n_templates);

  for (guint t = 0; t < n_templates; t++)
    {
      guint n_pages = voc_resume_layout_count_pages (resume, templates[t].id, VOC_PAPER_A4);
      double width, height;
      cairo_surface_t *surface;
      cairo_t *cr;
      guint32 *pixels;
      int stride;
      guint dark = 0;

      g_assert_cmpuint (n_pages, >=, 1);
      voc_resume_paper_get_size (VOC_PAPER_A4, &width, &height);
      g_assert_cmpfloat (width, ==, 595.0);
      g_assert_cmpfloat (height, ==, 842.0);

      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
      cr = cairo_create (surface);
      cairo_scale (cr, 0.5, 0.5);
      voc_resume_layout_render_page (resume, templates[t].id, VOC_PAPER_A4, 0, cr);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_flush (surface);

      pixels = (guint32 *) cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface) / 4;
      /* The page is white; the name near the top is dark. */
      g_assert_cmphex (pixels[(421 - 2) * stride + 2] & 0xffffff, ==, 0xffffff);
      for (int y = 0; y < 60; y++)
        for (int x = 0; x < 298; x++)
          {
            guint32 pixel = pixels[y * stride + x];

            if (((pixel >> 16 & 0xff) + (pixel >> 8 & 0xff) + (pixel & 0xff)) / 3 < 0x80)
              dark++;
          }
      g_assert_cmpuint (dark, >, 50);

      /* A page past the end is blank, not a crash. */
      voc_resume_layout_render_page (resume, templates[t].id, VOC_PAPER_A4, n_pages + 3, cr);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* DOCX ----------------------------------------------------------------------------------------- */

static GHashTable *
unzip (GBytes *zip)
{
  GHashTable *parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_bytes_unref);
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;

  archive_read_support_format_zip (archive);
  g_assert_cmpint (archive_read_open_memory (archive, g_bytes_get_data (zip, NULL),
                                             g_bytes_get_size (zip)), ==, ARCHIVE_OK);
  while (archive_read_next_header (archive, &entry) == ARCHIVE_OK)
    {
      GByteArray *data = g_byte_array_new ();
      char buffer[8192];
      la_ssize_t n;

      while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
        g_byte_array_append (data, (guint8 *) buffer, n);
      g_assert_cmpint (n, ==, 0);
      g_assert_false (g_hash_table_contains (parts, archive_entry_pathname (entry)));
      g_hash_table_insert (parts, g_strdup (archive_entry_pathname (entry)),
                           g_byte_array_free_to_bytes (data));
    }
  archive_read_free (archive);

  return parts;
}

static xmlDoc *
parse_part (GHashTable *parts,
            const char *name)
{
  GBytes *bytes = g_hash_table_lookup (parts, name);
  xmlDoc *doc;

  if (bytes == NULL)
    g_test_message ("the DOCX has no %s", name);
  g_assert_nonnull (bytes);
  doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes), name,
                       "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    g_test_message ("%s is not well-formed XML", name);
  g_assert_nonnull (doc);
  return doc;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_strcmp0 ((const char *) node->name, name) == 0;
}

static char *
get_prop (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, BAD_CAST name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* Calls @func on every element of the tree under @node. */
static void
walk (xmlNode  *node,
      void    (*func) (xmlNode *, gpointer),
      gpointer  data)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE)
        func (node, data);
      walk (node->children, func, data);
    }
}

static void
collect_text_cb (xmlNode  *node,
                 gpointer  data)
{
  GString *text = data;

  if (is_element (node, "t"))
    {
      xmlChar *content = xmlNodeGetContent (node);

      g_string_append (text, (const char *) content);
      xmlFree (content);
    }
  else if (is_element (node, "tab"))
    g_string_append_c (text, '\t');
  else if (is_element (node, "p") && text->len > 0)
    g_string_append_c (text, '\n');
}

static void
collect_attr_cb (xmlNode  *node,
                 gpointer  data)
{
  GPtrArray *values = data;
  const char *element = g_ptr_array_index (values, 0);
  const char *attr = g_ptr_array_index (values, 1);

  if (is_element (node, element))
    {
      char *value = get_prop (node, attr);

      if (value != NULL)
        g_ptr_array_add (values, value);
    }
}

/* The values of @attr on every @element, as a list. */
static GPtrArray *
collect_attr (xmlDoc     *doc,
              const char *element,
              const char *attr)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (values, g_strdup (element));
  g_ptr_array_add (values, g_strdup (attr));
  walk (xmlDocGetRootElement (doc), collect_attr_cb, values);
  g_ptr_array_remove_range (values, 0, 2);
  return values;
}

/* Every part parses, every part has a content type, every relationship resolves. */
static void
check_docx_package (GHashTable *parts)
{
  g_autoptr(GPtrArray) part_names = g_ptr_array_new ();
  xmlDoc *types = parse_part (parts, "[Content_Types].xml");
  g_autoptr(GPtrArray) overrides = collect_attr (types, "Override", "PartName");
  g_autoptr(GPtrArray) defaults = collect_attr (types, "Default", "Extension");
  GHashTableIter iter;
  const char *name;

  g_hash_table_iter_init (&iter, parts);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
    {
      g_autofree char *part_name = g_strconcat ("/", name, NULL);
      const char *extension = strrchr (name, '.');
      xmlDoc *doc = parse_part (parts, name);

      xmlFreeDoc (doc);
      if (g_str_equal (name, "[Content_Types].xml"))
        continue;
      if (!has_string (overrides, part_name) &&
          (extension == NULL || !has_string (defaults, extension + 1)))
        g_test_message ("no content type for %s", name);
      g_assert_true (has_string (overrides, part_name) ||
                     (extension != NULL && has_string (defaults, extension + 1)));
    }
  /* Overrides name parts that exist. */
  for (guint i = 0; i < overrides->len; i++)
    g_assert_true (g_hash_table_contains (parts, (char *) g_ptr_array_index (overrides, i) + 1));
  xmlFreeDoc (types);

  /* Package relationships. */
  {
    xmlDoc *rels = parse_part (parts, "_rels/.rels");
    g_autoptr(GPtrArray) targets = collect_attr (rels, "Relationship", "Target");

    g_assert_true (has_string (targets, "word/document.xml"));
    g_assert_true (has_string (targets, "docProps/core.xml"));
    for (guint i = 0; i < targets->len; i++)
      g_assert_true (g_hash_table_contains (parts, g_ptr_array_index (targets, i)));
    xmlFreeDoc (rels);
  }

  /* Document relationships: parts next to the document, links to the outside. */
  {
    xmlDoc *rels = parse_part (parts, "word/_rels/document.xml.rels");
    xmlDoc *document = parse_part (parts, "word/document.xml");
    g_autoptr(GPtrArray) used = collect_attr (document, "hyperlink", "id");
    g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

    for (xmlNode *node = xmlDocGetRootElement (rels)->children; node != NULL; node = node->next)
      {
        g_autofree char *id = NULL;
        g_autofree char *target = NULL;
        g_autofree char *mode = NULL;

        if (!is_element (node, "Relationship"))
          continue;
        id = get_prop (node, "Id");
        target = get_prop (node, "Target");
        mode = get_prop (node, "TargetMode");
        g_assert_nonnull (id);
        g_assert_nonnull (target);
        g_assert_false (has_string (ids, id));
        g_ptr_array_add (ids, g_strdup (id));
        if (g_strcmp0 (mode, "External") == 0)
          {
            g_assert_true (g_str_has_prefix (target, "https://") ||
                           g_str_has_prefix (target, "mailto:"));
          }
        else
          {
            g_autofree char *path = g_strconcat ("word/", target, NULL);

            g_assert_true (g_hash_table_contains (parts, path));
          }
      }
    for (guint i = 0; i < used->len; i++)
      g_assert_true (has_string (ids, g_ptr_array_index (used, i)));

    xmlFreeDoc (document);
    xmlFreeDoc (rels);
  }
}

static void
test_docx (void)
{
  const char *templates[] = { "classic", "modern" };

  for (guint t = 0; t < G_N_ELEMENTS (templates); t++)
    {
      g_autoptr(JsonObject) resume = fixture_resume ();
      g_autoptr(GBytes) docx = export_ok (resume, VOC_RESUME_FORMAT_DOCX, templates[t],
                                          t == 0 ? VOC_PAPER_A4 : VOC_PAPER_LETTER);
      g_autoptr(GHashTable) parts = unzip (docx);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GPtrArray) styles_ids = NULL;
      g_autoptr(GPtrArray) paragraph_styles = NULL;
      g_autoptr(GPtrArray) page_width = NULL;
      xmlDoc *document, *styles, *numbering, *core;

      g_assert_cmpmem (g_bytes_get_data (docx, NULL), 2, "PK", 2);
      check_docx_package (parts);

      /* The links, as relationships to the outside. */
      {
        xmlDoc *rels = parse_part (parts, "word/_rels/document.xml.rels");
        g_autoptr(GPtrArray) targets = collect_attr (rels, "Relationship", "Target");

        g_assert_true (has_string (targets, "mailto:ada.quintero@example.org"));
        g_assert_true (has_string (targets, "https://github.com/adaq"));
        g_assert_true (has_string (targets, "https://northwind.example.com"));
        xmlFreeDoc (rels);
      }

      /* The text, in order. */
      document = parse_part (parts, "word/document.xml");
      walk (xmlDocGetRootElement (document), collect_text_cb, text);
      assert_in_order (text->str, expected_content, "document.xml");
      g_assert_null (strstr (text->str, "Someone Else"));

      /* Headings and bullets are styled paragraphs. */
      paragraph_styles = collect_attr (document, "pStyle", "val");
      g_assert_true (has_string (paragraph_styles, "Title"));
      g_assert_true (has_string (paragraph_styles, "Heading1"));
      g_assert_true (has_string (paragraph_styles, "Heading2"));
      g_assert_true (has_string (paragraph_styles, "ListBullet"));
      page_width = collect_attr (document, "pgSz", "w");
      g_assert_cmpuint (page_width->len, ==, 1);
      g_assert_cmpstr (g_ptr_array_index (page_width, 0), ==, t == 0 ? "11900" : "12240");
      xmlFreeDoc (document);

      styles = parse_part (parts, "word/styles.xml");
      styles_ids = collect_attr (styles, "style", "styleId");
      g_assert_true (has_string (styles_ids, "Normal"));
      g_assert_true (has_string (styles_ids, "Title"));
      g_assert_true (has_string (styles_ids, "Heading1"));
      g_assert_true (has_string (styles_ids, "Heading2"));
      g_assert_true (has_string (styles_ids, "ListBullet"));
      xmlFreeDoc (styles);

      numbering = parse_part (parts, "word/numbering.xml");
      {
        g_autoptr(GPtrArray) formats = collect_attr (numbering, "numFmt", "val");
        g_autoptr(GPtrArray) nums = collect_attr (numbering, "num", "numId");

        g_assert_true (has_string (formats, "bullet"));
        g_assert_true (has_string (nums, "1"));
      }
      xmlFreeDoc (numbering);

      core = parse_part (parts, "docProps/core.xml");
      {
        g_autoptr(GString) core_text = g_string_new (NULL);

        walk (xmlDocGetRootElement (core), collect_text_cb, core_text);
        for (xmlNode *node = xmlDocGetRootElement (core)->children; node; node = node->next)
          if (node->type == XML_ELEMENT_NODE)
            {
              xmlChar *content = xmlNodeGetContent (node);

              g_string_append_printf (core_text, "%s=%s\n", node->name, content);
              xmlFree (content);
            }
        assert_contains (core_text->str, "title=Ada Quintero — Résumé\n");
        assert_contains (core_text->str, "creator=Ada Quintero\n");
      }
      xmlFreeDoc (core);

    }
}

/* Markdown, text, JSON ------------------------------------------------------------------------- */

static void
test_markdown (void)
{
  g_autoptr(JsonObject) resume = fixture_resume ();
  g_autoptr(GBytes) bytes = export_ok (resume, VOC_RESUME_FORMAT_MARKDOWN, NULL, VOC_PAPER_A4);
  g_autofree char *text = bytes_to_string (bytes);

  assert_in_order (text, expected_content, "Markdown");
  g_assert_true (g_str_has_prefix (text, "# Ada Quintero\n"));
  assert_contains (text, "\n## Experience\n");
  assert_contains (text, "\n### Staff Software Engineer · [Northwind Analytics]"
                         "(https://northwind.example.com)\n");
  assert_contains (text, "\n- Cut nightly batch runtime from six hours to forty minutes\n");
  assert_contains (text, "[ada.quintero@example.org](mailto:ada.quintero@example.org)");
  assert_contains (text, "[GitHub: adaq](https://github.com/adaq)");
  assert_contains (text, "*Mar 2021 – Present · Leeds*");
  g_assert_true (g_str_has_suffix (text, "\n"));
  g_assert_null (strstr (text, "\n\n\n"));
  g_assert_null (strstr (text, "Someone Else"));
}

static void
test_text (void)
{
  g_autoptr(JsonObject) resume = fixture_resume ();
  g_autoptr(GBytes) bytes = export_ok (resume, VOC_RESUME_FORMAT_TEXT, "modern", VOC_PAPER_A4);
  g_autofree char *text = bytes_to_string (bytes);

  assert_in_order (text, expected_content, "text");
  g_assert_true (g_str_has_prefix (text, "Ada Quintero\n============\n"));
  assert_contains (text, "\nExperience\n----------\n");
  assert_contains (text, "\n- Mentored five engineers through promotion\n");
  assert_contains (text, "GitHub: adaq <https://github.com/adaq>");
  /* No markup. */
  g_assert_null (strstr (text, "**"));
  g_assert_null (strstr (text, "]("));
  g_assert_null (strstr (text, "#"));
  g_assert_null (strstr (text, "\n\n\n"));
}

static void
test_json (void)
{
  g_autoptr(JsonObject) resume = fixture_resume ();
  g_autoptr(JsonNode) original = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GBytes) bytes = export_ok (resume, VOC_RESUME_FORMAT_JSON, "modern", VOC_PAPER_A4);
  g_autofree char *text = bytes_to_string (bytes);
  g_autoptr(JsonNode) round_trip = parse_json (text);

  json_node_set_object (original, resume);
  g_assert_true (json_node_equal (original, round_trip));
  /* Pretty-printed. */
  assert_contains (text, "\n  \"basics\" : {\n");
  g_assert_true (g_str_has_suffix (text, "}\n"));
}

/* API ------------------------------------------------------------------------------------------ */

static void
test_templates (void)
{
  guint n = 0;
  const VocResumeTemplate *templates = voc_resume_templates (&n);
  gboolean classic = FALSE, modern = FALSE;

  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpstr (templates[0].id, ==, VOC_RESUME_TEMPLATE_DEFAULT);
  for (guint i = 0; i < n; i++)
    {
      g_assert_nonnull (templates[i].name);
      g_assert_cmpstr (templates[i].name, !=, "");
      classic |= g_str_equal (templates[i].id, "classic");
      modern |= g_str_equal (templates[i].id, "modern");
    }
  g_assert_true (classic && modern);
  /* The same array every time. */
  g_assert_true (voc_resume_templates (&n) == templates);
}

static void
test_format_from_filename (void)
{
  const struct
  {
    const char      *name;
    gboolean         known;
    VocResumeFormat  format;
  } cases[] = {
    { "cv.pdf", TRUE, VOC_RESUME_FORMAT_PDF },
    { "/home/ada/Documents/CV.PDF", TRUE, VOC_RESUME_FORMAT_PDF },
    { "cv.docx", TRUE, VOC_RESUME_FORMAT_DOCX },
    { "cv.md", TRUE, VOC_RESUME_FORMAT_MARKDOWN },
    { "cv.Markdown", TRUE, VOC_RESUME_FORMAT_MARKDOWN },
    { "cv.txt", TRUE, VOC_RESUME_FORMAT_TEXT },
    { "resume.json", TRUE, VOC_RESUME_FORMAT_JSON },
    { "cv.doc", FALSE, 0 },
    { "cv.pdf.bak", FALSE, 0 },
    { "cv", FALSE, 0 },
    { "folder.pdf/cv", FALSE, 0 },
    { "", FALSE, 0 },
    { NULL, FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      VocResumeFormat format = 99;

      g_assert_cmpint (voc_resume_format_from_filename (cases[i].name, &format), ==,
                       cases[i].known);
      if (cases[i].known)
        g_assert_cmpint (format, ==, cases[i].format);
      else
        g_assert_cmpint (format, ==, 99);
    }
}

/* Bad input ------------------------------------------------------------------------------------ */

static const VocResumeFormat all_formats[] = {
  VOC_RESUME_FORMAT_PDF, VOC_RESUME_FORMAT_DOCX, VOC_RESUME_FORMAT_MARKDOWN,
  VOC_RESUME_FORMAT_TEXT, VOC_RESUME_FORMAT_JSON,
};

/* Exports @resume in every format and template; returns the PDF's text (or %NULL). */
static char *
export_everything (JsonObject *resume)
{
  char *text = NULL;
  guint n;
  const VocResumeTemplate *templates = voc_resume_templates (&n);

  for (guint t = 0; t < n; t++)
    for (guint f = 0; f < G_N_ELEMENTS (all_formats); f++)
      {
        g_autoptr(GBytes) bytes = export_ok (resume, all_formats[f], templates[t].id,
                                             t % 2 ? VOC_PAPER_LETTER : VOC_PAPER_A4);

        if (all_formats[f] == VOC_RESUME_FORMAT_DOCX)
          {
            g_autoptr(GHashTable) parts = unzip (bytes);

            check_docx_package (parts);
          }
        else if (all_formats[f] == VOC_RESUME_FORMAT_PDF)
          {
            g_autoptr(TestPdfDocument) document = open_pdf (bytes);

            g_assert_cmpint (poppler_document_get_n_pages (document), >=, 1);
            if (t == 0)
              text = pdf_to_text (bytes);
          }
        else
          {
            g_autofree char *string = bytes_to_string (bytes);
          }
      }

  return text;
}

static void
test_bad_empty (void)
{
  g_autoptr(JsonObject) empty = json_object_new ();
  g_autoptr(GBytes) json = export_ok (NULL, VOC_RESUME_FORMAT_JSON, NULL, VOC_PAPER_A4);
  g_autoptr(GBytes) markdown = export_ok (empty, VOC_RESUME_FORMAT_MARKDOWN, NULL, VOC_PAPER_A4);
  g_autofree char *null_text = export_everything (NULL);
  g_autofree char *empty_text = export_everything (empty);

  g_assert_cmpmem (g_bytes_get_data (json, NULL), g_bytes_get_size (json), "{}\n", 3);
  g_assert_cmpuint (g_bytes_get_size (markdown), ==, 0);
  g_assert_cmpuint (voc_resume_layout_count_pages (NULL, NULL, VOC_PAPER_A4), ==, 1);
  g_assert_cmpuint (voc_resume_layout_count_pages (empty, "modern", VOC_PAPER_LETTER), ==, 1);
}

/* Members of the wrong type are ignored; blank strings count as absent. */
static void
test_bad_types (void)
{
  g_autoptr(JsonObject) resume = parse_object (
    "{ \"basics\": { \"name\": 42, \"label\": [\"x\"], \"email\": null, \"phone\": true,"
    "               \"url\": {\"a\": 1}, \"summary\": 3.5, \"location\": \"Leeds\","
    "               \"profiles\": [ 1, null, \"x\", { \"network\": 5, \"url\": 7 },"
    "                             { \"username\": \"only-a-user\" } ] },"
    "  \"work\": { \"not\": \"an array\" },"
    "  \"projects\": [ null, 3, [], { \"name\": \"   \" } ],"
    "  \"education\": [ { \"institution\": \"Kept College\", \"startDate\": 2019,"
    "                     \"courses\": \"not a list\", \"score\": 4 } ],"
    "  \"skills\": [ 1, \"x\", null,"
    "              { \"name\": true, \"keywords\": [ 1, \"Rust\", null, \"\" ] } ],"
    "  \"languages\": [ { \"language\": { }, \"fluency\": \"Fluent\" } ],"
    "  \"certificates\": \"nope\","
    "  \"volunteer\": [ { \"organization\": \"Food Bank\", \"highlights\": [ [\"nested\"],"
    "                   \"Sorted parcels\" ] } ],"
    "  \"awards\": [ { \"title\": \"\", \"date\": \"2020-13-45\" } ],"
    "  \"meta\": 7 }");
  g_autofree char *text = export_everything (resume);
  const char *order[] = { "only-a-user", "Education", "Kept College", "Skills", "Rust",
                          "Fluent", "Volunteer", "Food Bank", "Sorted parcels", "Awards",
                          "2020-13-45", NULL };

  if (text == NULL)
    return;
  assert_in_order (text, order, "bad types");
  g_assert_null (strstr (text, "42"));
  g_assert_null (strstr (text, "Projects"));
  g_assert_null (strstr (text, "PROJECTS"));
  g_assert_null (strstr (text, "nested"));
}

/* Invalid UTF-8, control characters and markup-like text come out as plain, valid text. */
static void
test_bad_text (void)
{
  g_autoptr(JsonObject) resume = json_object_new ();
  g_autoptr(JsonObject) basics = json_object_new ();
  g_autoptr(GBytes) markdown = NULL;
  g_autoptr(GBytes) docx = NULL;
  g_autofree char *text = NULL;
  g_autofree char *md = NULL;
  const char *order[] = { "<b>Ada</b> & Co", "<span foreground=\"red\">", "Line one two three",
                          NULL };

  json_object_set_string_member (basics, "name", "<b>Ada</b> & Co");
  json_object_set_string_member (basics, "label", "Bad \xff\xfe UTF-8 \xc3");
  json_object_set_string_member (basics, "summary", "Line\x01 one\x0btwo\x1b three\x7f");
  json_object_set_string_member (basics, "phone", "<span foreground=\"red\">");
  json_object_set_string_member (basics, "url", "javascript:alert(1)");
  json_object_set_object_member (resume, "basics", g_steal_pointer (&basics));

  text = export_everything (resume);
  if (text != NULL)
    assert_in_order (text, order, "bad text");

  markdown = export_ok (resume, VOC_RESUME_FORMAT_MARKDOWN, NULL, VOC_PAPER_A4);
  md = bytes_to_string (markdown);
  assert_contains (md, "# \\<b\\>Ada\\</b\\> & Co\n");
  g_assert_null (strstr (md, "javascript"));

  /* No link for anything but http(s) and mailto:. */
  {
    g_autoptr(GBytes) pdf = export_ok (resume, VOC_RESUME_FORMAT_PDF, NULL, VOC_PAPER_A4);
    g_autoptr(TestPdfDocument) document = open_pdf (pdf);
    g_autoptr(GPtrArray) links = collect_links (document);

    g_assert_cmpuint (links->len, ==, 0);
  }

  docx = export_ok (resume, VOC_RESUME_FORMAT_DOCX, NULL, VOC_PAPER_A4);
  {
    g_autoptr(GHashTable) parts = unzip (docx);
    g_autoptr(GString) doc_text = g_string_new (NULL);
    xmlDoc *document = parse_part (parts, "word/document.xml");

    walk (xmlDocGetRootElement (document), collect_text_cb, doc_text);
    assert_in_order (doc_text->str, order, "bad text DOCX");
    xmlFreeDoc (document);
  }
}

static void
test_bad_template (void)
{
  g_autoptr(JsonObject) resume = fixture_resume ();

  for (guint f = 0; f < G_N_ELEMENTS (all_formats); f++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = voc_resume_export (resume, all_formats[f], "baroque",
                                                   VOC_PAPER_A4, &error);

      g_assert_null (bytes);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      assert_contains (error->message, "“baroque”");
    }
}

/* Writing files -------------------------------------------------------------------------------- */

static void
test_file_write (void)
{
  g_autoptr(JsonObject) resume = fixture_resume ();
  g_autofree char *dir = make_temp_dir ();
  const char *names[] = { "cv.pdf", "cv.docx", "cv.md", "cv.txt", "cv.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize len;
      VocResumeFormat format;

      g_assert_true (voc_resume_format_from_filename (names[i], &format));
      g_assert_true (voc_resume_export_to_file (resume, file, format, "modern", VOC_PAPER_A4,
                                                NULL, &error));
      g_assert_no_error (error);
      g_file_get_contents (path, &contents, &len, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (len, >, 0);

      if (format == VOC_RESUME_FORMAT_MARKDOWN || format == VOC_RESUME_FORMAT_TEXT ||
          format == VOC_RESUME_FORMAT_JSON)
        {
          g_autoptr(GBytes) expected = export_ok (resume, format, "modern", VOC_PAPER_A4);

          g_assert_cmpmem (contents, len, g_bytes_get_data (expected, NULL),
                           g_bytes_get_size (expected));
        }
    }

  /* Only the files: no temporary file is left behind. */
  {
    g_autofree char *listing = list_dir (dir);

    g_assert_cmpstr (listing, ==, "cv.docx cv.json cv.md cv.pdf cv.txt");
  }

  /* An overwritten file keeps its permissions. */
  {
    g_autofree char *path = g_build_filename (dir, "cv.md", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;
    GStatBuf st;

    g_assert_cmpint (g_chmod (path, 0640), ==, 0);
    g_assert_true (voc_resume_export_to_file (resume, file, VOC_RESUME_FORMAT_MARKDOWN, NULL,
                                              VOC_PAPER_A4, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  }

  remove_dir (dir);
}

static void
assert_write_fails (JsonObject      *resume,
                    const char      *path,
                    VocResumeFormat  format,
                    const char      *template_id,
                    GCancellable    *cancellable,
                    int              code)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (path);

  g_assert_false (voc_resume_export_to_file (resume, file, format, template_id, VOC_PAPER_A4,
                                             cancellable, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  if (code >= 0)
    g_assert_error (error, G_IO_ERROR, code);
  /* The message names the file. */
  assert_contains (error->message, basename);
}

/* A folder the user cannot write to: an error that names the file, and no file. */
static void
test_file_read_only_folder (void)
{
  g_autoptr(JsonObject) resume = fixture_resume ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *target = NULL;

  if (geteuid () == 0)
    {
      /* Root writes into read-only folders; a path under a regular file fails for anyone. */
      g_autofree char *blocker = g_build_filename (dir, "not-a-folder", NULL);
      g_autoptr(GError) error = NULL;

      g_file_set_contents (blocker, "x", 1, &error);
      g_assert_no_error (error);
      target = g_build_filename (blocker, "cv.pdf", NULL);
      assert_write_fails (resume, target, VOC_RESUME_FORMAT_PDF, NULL, NULL, -1);
      g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
      {
        g_autofree char *listing = list_dir (dir);

        g_assert_cmpstr (listing, ==, "not-a-folder");
      }
    }
  else
    {
      g_autofree char *listing = NULL;

      target = g_build_filename (dir, "cv.pdf", NULL);
      g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
      assert_write_fails (resume, target, VOC_RESUME_FORMAT_PDF, NULL, NULL,
                          G_IO_ERROR_PERMISSION_DENIED);
      listing = list_dir (dir);
      g_assert_cmpstr (listing, ==, "");
    }

  remove_dir (dir);
}

/* An export that fails — an unknown template, a cancellation, a disk that fills up — leaves
 * the file that was there as it was, and nothing else. */
static void
test_file_failure_keeps_old (void)
{
  g_autoptr(JsonObject) resume = fixture_resume ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "cv.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  struct rlimit saved, small;
  void (*saved_handler) (int);

  g_file_set_contents (path, "old résumé", -1, &error);
  g_assert_no_error (error);

  assert_write_fails (resume, path, VOC_RESUME_FORMAT_PDF, "baroque", NULL,
                      G_IO_ERROR_INVALID_ARGUMENT);

  g_cancellable_cancel (cancellable);
  assert_write_fails (resume, path, VOC_RESUME_FORMAT_PDF, NULL, cancellable,
                      G_IO_ERROR_CANCELLED);

  /* A full disk, as the kernel reports it for anyone (root too): files may not grow past a
   * few kilobytes while the PDF is written. */
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small = saved;
  small.rlim_cur = 4096;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) write_error = NULL;
    gboolean ok = voc_resume_export_to_file (resume, file, VOC_RESUME_FORMAT_PDF, NULL,
                                             VOC_PAPER_A4, NULL, &write_error);

    g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
    signal (SIGXFSZ, saved_handler);
    g_assert_false (ok);
    g_test_message ("%s", write_error->message);
    g_assert_error (write_error, G_IO_ERROR, (int) g_io_error_from_errno (EFBIG));
    assert_contains (write_error->message, "cv.pdf");
  }

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "old résumé");
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "cv.pdf");

  remove_dir (dir);
}

/* Speed ---------------------------------------------------------------------------------------- */

/* The issue asks for a two-page PDF in under 100 ms; logged, not asserted, since sanitizers
 * and loaded machines run far slower. */
static void
test_speed (void)
{
  g_autoptr(JsonObject) resume = fixture_resume ();
  JsonObject *basics = json_object_get_object_member (resume, "basics");
  g_autoptr(GString) summary = g_string_new (NULL);

  /* Half a page more than one page. */
  for (guint i = 0; voc_resume_layout_count_pages (resume, NULL, VOC_PAPER_A4) < 2; i++)
    {
      g_string_append_printf (summary, "Paragraph %u of a summary that takes the résumé to two "
                              "pages, written out to a full line of text.\n", i);
      json_object_set_string_member (basics, "summary", summary->str);
    }
  for (guint i = 0; i < 20; i++)
    g_string_append_printf (summary, "Another paragraph, %u.\n", i);
  json_object_set_string_member (basics, "summary", summary->str);
  g_assert_cmpuint (voc_resume_layout_count_pages (resume, NULL, VOC_PAPER_A4), ==, 2);

  for (guint i = 0; i < 3; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) pdf = export_ok (resume, VOC_RESUME_FORMAT_PDF, NULL, VOC_PAPER_A4);

      g_test_message ("two-page PDF, run %u: %.1f ms", i + 1,
                      (g_get_monotonic_time () - start) / 1000.0);
    }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/resume-export/templates", test_templates);
  g_test_add_func ("/resume-export/format-from-filename", test_format_from_filename);
  g_test_add_func ("/resume-export/pdf/classic-a4", test_pdf_classic_a4);
  g_test_add_func ("/resume-export/pdf/classic-letter", test_pdf_classic_letter);
  g_test_add_func ("/resume-export/pdf/modern-a4", test_pdf_modern_a4);
  g_test_add_func ("/resume-export/pdf/modern-letter", test_pdf_modern_letter);
  g_test_add_func ("/resume-export/pdf/keep-with-next", test_pdf_keep_with_next);
  g_test_add_func ("/resume-export/pdf/huge-summary", test_pdf_huge_summary);
  g_test_add_func ("/resume-export/pdf/long-word", test_pdf_long_word);
  g_test_add_func ("/resume-export/preview", test_preview);
  g_test_add_func ("/resume-export/docx", test_docx);
  g_test_add_func ("/resume-export/markdown", test_markdown);
  g_test_add_func ("/resume-export/text", test_text);
  g_test_add_func ("/resume-export/json", test_json);
  g_test_add_func ("/resume-export/bad/empty", test_bad_empty);
  g_test_add_func ("/resume-export/bad/types", test_bad_types);
  g_test_add_func ("/resume-export/bad/text", test_bad_text);
  g_test_add_func ("/resume-export/bad/template", test_bad_template);
  g_test_add_func ("/resume-export/file/write", test_file_write);
  g_test_add_func ("/resume-export/file/read-only-folder", test_file_read_only_folder);
  g_test_add_func ("/resume-export/file/failure-keeps-old", test_file_failure_keeps_old);
  g_test_add_func ("/resume-export/speed", test_speed);

  ret = g_test_run ();

  /* Pango, cairo and fontconfig keep font caches for the life of the process; empty them so
   * that LeakSanitizer sees only real leaks. */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();
  xmlCleanupParser ();

  return ret;
}
