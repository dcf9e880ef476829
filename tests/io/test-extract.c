/* test-extract.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <poppler.h>

#include "io-test-util.h"
#include "voc-extract-private.h"

static VocExtracted *
extract_ok (GBytes     *bytes,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  VocExtracted *result = voc_extract_text (bytes, name, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_true (g_utf8_validate (result->text, -1, NULL));
  g_assert_true (result->original == bytes);
  g_assert_nonnull (result->hints);

  /* No control characters but line breaks, ever. */
  for (const char *p = result->text; *p != '\0'; p++)
    g_assert_true (*p == '\n' || (guchar) *p >= 0x20);

  return result;
}

static VocExtracted *
extract_string_ok (const char *text,
                   const char *name)
{
  g_autoptr(GBytes) bytes = test_bytes (text);

  return extract_ok (bytes, name);
}

static void
assert_bytes_error (GBytes         *bytes,
                    const char     *name,
                    VocImportError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = voc_extract_text (bytes, name, NULL, &error);

  g_assert_null (result);
  test_assert_import_error (error, code, name);
}

static const char *
hint (VocExtracted *extracted,
      const char   *key)
{
  return g_hash_table_lookup (extracted->hints, key);
}

/* Plain text ---------------------------------------------------------------------------------- */

static void
test_plain_text (void)
{
  g_autoptr(VocExtracted) result = NULL;

  result = extract_string_ok ("\xEF\xBB\xBF" "Senior Backend Engineer\r\n"
                              "\r\n"
                              "Acme   Corp is hiring.\tWe build\x07 things\xE2\x80\x8B.\r\n"
                              "Second\xC2\xA0line of the paragraph.   \r\n"
                              "\r\n"
                              "Requirements:\r\n"
                              "- Python\r\n"
                              "* Go\r\n"
                              "\xE2\x80\xA2 Rust\r\n"
                              "  with async\r\n"
                              "1. SQL\r\n"
                              "\r\n\r\n\r\n"
                              "Benefits \x1B[1mfollow\x1B[0m.\n",
                              "job.txt");

  g_assert_cmpstr (result->media_type, ==, "text/plain");
  g_assert_null (result->title);
  g_assert_cmpstr (result->text, ==,
                   "Senior Backend Engineer\n"
                   "\n"
                   "Acme Corp is hiring. We build things.\n"
                   "Second line of the paragraph.\n"
                   "\n"
                   "Requirements:\n"
                   "\n"
                   "- Python\n"
                   "- Go\n"
                   "- Rust with async\n"
                   "- SQL\n"
                   "\n"
                   "Benefits [1mfollow[0m.");
}

static void
test_plain_text_utf16 (void)
{
  const char *text = "Caf\xC3\xA9 \xE2\x98\x95 job\nLine two\n";
  g_autofree char *utf16 = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(VocExtracted) result = NULL;
  gsize len = 0;

  utf16 = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &len, NULL);
  g_assert_nonnull (utf16);
  g_byte_array_append (data, (const guint8 *) "\xFF\xFE", 2);
  g_byte_array_append (data, (const guint8 *) utf16, len);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&data));

  result = extract_ok (bytes, "utf16.txt");
  g_assert_cmpstr (result->text, ==, "Caf\xC3\xA9 \xE2\x98\x95 job\nLine two");
}

static void
test_plain_text_legacy (void)
{
  g_autoptr(VocExtracted) result = NULL;

  /* Windows-1252: é, curly quotes, the euro sign. */
  result = extract_string_ok ("Caf\xE9 \x93" "Engineer\x94 \x80" "50k\n", "legacy.txt");
  g_assert_cmpstr (result->text, ==,
                   "Caf\xC3\xA9 \xE2\x80\x9C" "Engineer\xE2\x80\x9D \xE2\x82\xAC" "50k");
}

static void
test_plain_text_ligatures (void)
{
  g_autoptr(VocExtracted) result = NULL;

  result = extract_string_ok ("Certi\xEF\xAC\x81" "cation in work\xEF\xAC\x82ow e\xCC\x81t\xC3\xA9",
                              "lig.txt");
  /* Ligatures spelled out, and the text in NFC (e + combining acute becomes é). */
  g_assert_cmpstr (result->text, ==, "Certification in workflow \xC3\xA9t\xC3\xA9");
}

/* Markdown ------------------------------------------------------------------------------------ */

static void
test_markdown (void)
{
  g_autoptr(VocExtracted) result = NULL;

  result = extract_string_ok ("# Staff Engineer\n"
                              "\n"
                              "**Acme** is _hiring_ a [Staff Engineer](https://acme.example/1) to\n"
                              "work on `snake_case` things.\n"
                              "\n"
                              "## Requirements ##\n"
                              "\n"
                              "* Rust or C++\n"
                              "- Kubernetes (k8s)\n"
                              "1. 5+ years\n"
                              "   experience\n"
                              "- [x] Done task\n"
                              "\n"
                              "Setext Heading\n"
                              "--------------\n"
                              "\n"
                              "| Skill | Level |\n"
                              "|-------|-------|\n"
                              "| Go    | Expert |\n"
                              "\n"
                              "> Quoted benefit\n"
                              "\n"
                              "```c\n"
                              "int x = 1;\n"
                              "```\n"
                              "\n"
                              "***\n"
                              "<!-- hidden -->\n"
                              "[ref]: https://example.com\n"
                              "Text with <b>inline</b> html and &amp; entity, 2*3, snake_case_name "
                              "and ![a logo](logo.png).\n"
                              "<!--\n"
                              "a comment over lines\n"
                              "-->\n",
                              "staff-engineer.md");

  g_assert_cmpstr (result->media_type, ==, "text/markdown");
  g_assert_cmpstr (result->text, ==,
                   "Staff Engineer\n"
                   "\n"
                   "Acme is hiring a Staff Engineer to\n"
                   "work on snake_case things.\n"
                   "\n"
                   "Requirements\n"
                   "\n"
                   "- Rust or C++\n"
                   "- Kubernetes (k8s)\n"
                   "- 5+ years experience\n"
                   "- Done task\n"
                   "\n"
                   "Setext Heading\n"
                   "\n"
                   "Skill | Level\n"
                   "Go | Expert\n"
                   "\n"
                   "Quoted benefit\n"
                   "\n"
                   "int x = 1;\n"
                   "\n"
                   "Text with inline html and & entity, 2*3, snake_case_name and a logo.");
}

static void
test_markdown_by_content (void)
{
  g_autoptr(VocExtracted) result = NULL;

  /* No .md name: the markup itself says Markdown. */
  result = extract_string_ok ("# Title\n\nSome **bold** text and a [link](http://x.example).\n",
                              "Pasted text");
  g_assert_cmpstr (result->media_type, ==, "text/markdown");
  g_assert_cmpstr (result->text, ==, "Title\n\nSome bold text and a link.");
}

static void
test_markdown_with_html_blocks (void)
{
  g_autoptr(VocExtracted) result = NULL;

  result = extract_string_ok ("# Role\n"
                              "\n"
                              "<dl class=\"summary\">\n"
                              "  <div class=\"row\">\n"
                              "    <dt class=\"key\">\n"
                              "      Grade\n"
                              "    </dt>\n"
                              "    <dd>SEO</dd>\n"
                              "  </div></dl>\n"
                              "\n"
                              "We are looking for someone.\n",
                              "role.md");
  g_assert_cmpstr (result->text, ==, "Role\n\nGrade\n\nSEO\n\nWe are looking for someone.");
}

/* HTML ---------------------------------------------------------------------------------------- */

static void
test_html (void)
{
  g_autoptr(VocExtracted) result = NULL;

  result = extract_string_ok (
    "<!DOCTYPE html>\n"
    "<html><head><title>  Senior   Engineer \xE2\x80\x93 Acme  </title>\n"
    "<style>body { color: red }</style>\n"
    "<script>var x = \"<p>not text</p>\";</script>\n"
    "</head>\n"
    "<body>\n"
    "<header><nav><a href=\"/\">Home</a> <a href=\"/jobs\">Jobs</a></nav>Site banner</header>\n"
    "<nav>Menu</nav>\n"
    "<div class=\"job\">\n"
    "<h1>Senior Engineer</h1>\n"
    "<p>We&rsquo;re hiring a <b>senior</b> <i>engineer</i> &amp; mentor.</p>\n"
    "<h2>Requirements</h2>\n"
    "<ul><li>Go</li><li>Rust<ul><li>async</li></ul></li><li><p>SQL</p></li>\n"
    "<li>\xE2\x80\xA2 Typed bullet<br>\xE2\x80\xA2 and another</li></ul>\n"
    "<p>Line one<br>Line two</p>\n"
    "<p>Para A<br><br>Para B</p>\n"
    "<table><tr><td>Salary</td><td>$100k</td></tr></table>\n"
    "<pre>code  line 1\nline 2</pre>\n"
    "<form><input value=\"x\"><button>Apply</button>Form text</form>\n"
    "<noscript>Enable JS</noscript>\n"
    "<div hidden>secret</div>\n"
    "<svg><text>svg text</text></svg>\n"
    "</div>\n"
    "<footer>\xC2\xA9 2026 Acme</footer>\n"
    "</body></html>\n",
    "page.html");

  g_assert_cmpstr (result->media_type, ==, "text/html");
  g_assert_cmpstr (result->title, ==, "Senior Engineer \xE2\x80\x93 Acme");
  g_assert_cmpuint (g_hash_table_size (result->hints), ==, 0);
  g_assert_cmpstr (result->text, ==,
                   "Senior Engineer\n"
                   "\n"
                   "We\xE2\x80\x99re hiring a senior engineer & mentor.\n"
                   "\n"
                   "Requirements\n"
                   "\n"
                   "- Go\n"
                   "- Rust\n"
                   "- async\n"
                   "- SQL\n"
                   "- Typed bullet; and another\n"
                   "\n"
                   "Line one\n"
                   "Line two\n"
                   "\n"
                   "Para A\n"
                   "\n"
                   "Para B\n"
                   "\n"
                   "Salary $100k\n"
                   "\n"
                   "code line 1\n"
                   "line 2");
}

static void
test_html_main (void)
{
  g_autoptr(VocExtracted) result = NULL;

  /* A header inside <main> is content (it holds the job title); the page's is not. */
  result = extract_string_ok ("<html><body><header>Banner</header>"
                              "<main><header><h1>Job Title</h1></header><p>Body text</p></main>"
                              "<aside>Related jobs</aside><footer>Foot</footer></body></html>",
                              "main.html");
  g_assert_cmpstr (result->text, ==, "Job Title\n\nBody text");
}

static void
test_html_sniffed (void)
{
  g_autoptr(VocExtracted) result = NULL;

  /* Named .txt, but the content is a web page. */
  result = extract_string_ok ("  <!-- saved from a browser -->\n<HTML><BODY><P>Hello</P><P>World"
                              "</BODY></HTML>",
                              "saved.txt");
  g_assert_cmpstr (result->media_type, ==, "text/html");
  g_assert_cmpstr (result->text, ==, "Hello\n\nWorld");
}

static void
test_html_json_ld (void)
{
  g_autoptr(VocExtracted) result = NULL;

  result = extract_string_ok (
    "<html><head><title>Job page</title>\n"
    "<script type=\"application/ld+json\">\n"
    "{ \"@context\": \"https://schema.org\", \"@type\": \"JobPosting\",\n"
    "  \"title\": \"Data Engineer\", \"datePosted\": \"2026-03-01\",\n"
    "  \"validThrough\": \"2026-04-30T00:00\",\n"
    "  \"employmentType\": [\"FULL_TIME\", \"CONTRACTOR\"],\n"
    "  \"hiringOrganization\": {\"@type\": \"Organization\", \"name\": \"Acme &amp; Co\",\n"
    "                         \"sameAs\": \"https://acme.example\"},\n"
    "  \"jobLocation\": {\"@type\": \"Place\", \"address\": {\"@type\": \"PostalAddress\",\n"
    "    \"addressLocality\": \"Berlin\", \"addressRegion\": \"BE\",\n"
    "    \"addressCountry\": \"DE\"}},\n"
    "  \"jobLocationType\": \"TELECOMMUTE\",\n"
    "  \"baseSalary\": {\"@type\": \"MonetaryAmount\", \"currency\": \"EUR\",\n"
    "    \"value\": {\"@type\": \"QuantitativeValue\", \"minValue\": 70000,\n"
    "              \"maxValue\": \"90,000\", \"unitText\": \"YEAR\"}},\n"
    "  \"url\": \"https://acme.example/jobs/42\",\n"
    "  \"description\":\n"
    "    \"<p>Build <b>pipelines</b>.</p><ul><li>Python</li><li>Airflow</li></ul>\"\n"
    "}\n"
    "</script></head><body><p>Page chrome text</p></body></html>\n",
    "job.html");

  g_assert_cmpstr (result->title, ==, "Job page");
  g_assert_cmpstr (result->text, ==, "Build pipelines.\n\n- Python\n- Airflow");
  g_assert_cmpstr (hint (result, "title"), ==, "Data Engineer");
  g_assert_cmpstr (hint (result, "company"), ==, "Acme & Co");
  g_assert_cmpstr (hint (result, "company_url"), ==, "https://acme.example");
  g_assert_cmpstr (hint (result, "location"), ==, "Berlin, BE, DE");
  g_assert_cmpstr (hint (result, "employment_type"), ==, "FULL_TIME, CONTRACTOR");
  g_assert_cmpstr (hint (result, "date_posted"), ==, "2026-03-01");
  g_assert_cmpstr (hint (result, "valid_through"), ==, "2026-04-30T00:00");
  g_assert_cmpstr (hint (result, "remote"), ==, "true");
  g_assert_cmpstr (hint (result, "salary_min"), ==, "70000");
  g_assert_cmpstr (hint (result, "salary_max"), ==, "90000");
  g_assert_cmpstr (hint (result, "salary_currency"), ==, "EUR");
  g_assert_cmpstr (hint (result, "salary_period"), ==, "YEAR");
  g_assert_cmpstr (hint (result, "url"), ==, "https://acme.example/jobs/42");
}

static void
test_html_json_ld_graph (void)
{
  g_autoptr(VocExtracted) result = NULL;

  result = extract_string_ok (
    "<html><head><script type=\"application/ld+json\">{\"@type\":\"Organization\",\"name\":\"X\"}"
    "</script><script type=\" Application/LD+JSON; charset=utf-8\">"
    "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Jobs\"},"
    "{\"@type\":[\"JobPosting\"],\"title\":\"Nurse\",\"hiringOrganization\":\"St Mary\","
    "\"jobLocation\":[{\"@type\":\"Place\",\"address\":\"London\"},{\"@type\":\"Place\","
    "\"address\":{\"addressLocality\":\"Leeds\",\"addressCountry\":{\"@type\":\"Country\","
    "\"name\":\"UK\"}}}],\"baseSalary\":{\"@type\":\"MonetaryAmount\",\"currency\":\"GBP\","
    "\"value\":{\"@type\":\"QuantitativeValue\",\"value\":18.5,\"unitText\":\"HOUR\"}},"
    "\"description\":\"&lt;p&gt;Care for patients&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Nights"
    "&lt;/li&gt;&lt;/ul&gt;\"}]}</script></head><body>Other text</body></html>",
    "graph.html");

  g_assert_cmpstr (result->text, ==, "Care for patients\n\n- Nights");
  g_assert_cmpstr (hint (result, "title"), ==, "Nurse");
  g_assert_cmpstr (hint (result, "company"), ==, "St Mary");
  g_assert_cmpstr (hint (result, "location"), ==, "London; Leeds, UK");
  g_assert_cmpstr (hint (result, "salary_min"), ==, "18.5");
  g_assert_cmpstr (hint (result, "salary_max"), ==, "18.5");
  g_assert_cmpstr (hint (result, "salary_currency"), ==, "GBP");
  g_assert_cmpstr (hint (result, "salary_period"), ==, "HOUR");
  g_assert_null (hint (result, "remote"));
  g_assert_null (hint (result, "company_url"));
}

static void
test_html_json_ld_array (void)
{
  g_autoptr(VocExtracted) result = NULL;

  /* A top-level array, and a raw line break inside a JSON string (invalid, but common). */
  result = extract_string_ok (
    "<html><head><script type=\"application/ld+json\">[{\"@type\":\"Organization\"},"
    "{\"@type\":\"https://schema.org/JobPosting\",\"title\":\"Array\nJob\","
    "\"description\":\"Plain text description.\\nSecond line.\"}]</script></head>"
    "<body><p>Body</p></body></html>",
    "array.html");

  g_assert_cmpstr (hint (result, "title"), ==, "Array Job");
  g_assert_cmpstr (result->text, ==, "Plain text description.\nSecond line.");
}

static void
test_html_json_ld_broken (void)
{
  g_autoptr(VocExtracted) result = NULL;

  result = extract_string_ok ("<html><head><script type=\"application/ld+json\">{not json"
                              "</script></head><body><p>Body text</p></body></html>",
                              "broken.html");
  g_assert_cmpuint (g_hash_table_size (result->hints), ==, 0);
  g_assert_cmpstr (result->text, ==, "Body text");
}

static void
test_content_type_hint (void)
{
  g_autoptr(GBytes) html = test_bytes ("Hello <b>there</b>,\nreader");
  g_autoptr(GBytes) plain = test_bytes ("<p>Raw</p>");
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) as_html = NULL;
  g_autoptr(VocExtracted) as_plain = NULL;

  /* What a web server says decides between HTML and text when the bytes do not. */
  as_html = voc_extract_text_full (html, "http://x.example/", "text/html", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (as_html->media_type, ==, "text/html");
  g_assert_cmpstr (as_html->text, ==, "Hello there, reader");

  as_plain = voc_extract_text_full (plain, "http://x.example/", "text/plain", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (as_plain->media_type, ==, "text/plain");
  g_assert_cmpstr (as_plain->text, ==, "<p>Raw</p>");
}

static void
test_html_deep (void)
{
  g_autoptr(GString) html = g_string_new ("<html><body>");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = NULL;

  for (int i = 0; i < 100000; i++)
    g_string_append (html, "<div><span>");
  g_string_append (html, "deep");
  for (int i = 0; i < 100000; i++)
    g_string_append (html, "</span></div>");
  g_string_append (html, "</body></html>");
  bytes = g_bytes_new (html->str, html->len);

  /* Whatever libxml2 makes of it, nothing overflows. */
  result = voc_extract_text (bytes, "deep.html", NULL, &error);
  g_assert_true (result != NULL || error != NULL);
}

/* DOCX and ODT -------------------------------------------------------------------------------- */

#define W_DOC_OPEN \
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" \
  "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " \
  "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>"
#define W_DOC_CLOSE "<w:sectPr/></w:body></w:document>"

#define CONTENT_TYPES \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" \
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" \
  "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-" \
  "officedocument.wordprocessingml.document.main+xml\"/></Types>"

static GBytes *
make_docx (const char *document_xml,
           const char *core_xml)
{
  TestZip *zip = test_zip_new ();

  test_zip_add (zip, "[Content_Types].xml", CONTENT_TYPES);
  test_zip_add (zip, "word/document.xml", document_xml);
  test_zip_add (zip, "word/styles.xml",
                "<w:styles "
                "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\">"
                "<w:name w:val=\"heading 1\"/></w:style>"
                "<w:style w:type=\"paragraph\" w:styleId=\"Standard\"><w:name w:val=\"Normal\"/>"
                "</w:style></w:styles>");
  if (core_xml != NULL)
    test_zip_add (zip, "docProps/core.xml", core_xml);

  return test_zip_finish (zip);
}

static const char *docx_document =
  W_DOC_OPEN
  "<w:p><w:pPr><w:pStyle w:val=\"berschrift1\"/></w:pPr><w:r><w:t>Product Manager</w:t></w:r></w:p>"
  "<w:p><w:r><w:t xml:space=\"preserve\">We are </w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
  "<w:t>Acme</w:t></w:r><w:r><w:t>.</w:t><w:tab/><w:t>Tabbed</w:t><w:br/><w:t>Next line</w:t>"
  "</w:r></w:p>"
  "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs>"
  "<w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Requirements</w:t></w:r></w:p>"
  "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
  "<w:r><w:t>Roadmaps</w:t></w:r></w:p>"
  "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
  "<w:r><w:t>Stake</w:t></w:r><w:r><w:t>holders</w:t></w:r></w:p>"
  "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr></w:pPr>"
  "<w:r><w:t>Not a list</w:t></w:r></w:p>"
  "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:t>Choice text</w:t></mc:Choice>"
  "<mc:Fallback><w:t>Fallback text</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"
  "<w:p><w:r><w:delText>deleted</w:delText><w:instrText>HYPERLINK</w:instrText><w:t>Kept</w:t>"
  "</w:r></w:p>"
  "<w:p><w:r><w:t>Item typed by hand:</w:t><w:br/><w:t>\xE2\x80\xA2 Figma</w:t></w:r></w:p>"
  "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell A</w:t></w:r></w:p></w:tc>"
  "<w:tc><w:p><w:r><w:t>Cell B</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
  "<w:p/>"
  W_DOC_CLOSE;

static void
test_docx (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(VocExtracted) result = NULL;

  bytes = make_docx (docx_document,
                     "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas."
                     "openxmlformats.org/package/2006/metadata/core-properties\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title> PM  role "
                     "</dc:title></cp:coreProperties>");
  result = extract_ok (bytes, "pm.docx");

  g_assert_cmpstr (result->media_type, ==,
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  g_assert_cmpstr (result->title, ==, "PM role");
  g_assert_cmpstr (result->text, ==,
                   "Product Manager\n"
                   "\n"
                   "We are Acme. Tabbed\n"
                   "Next line\n"
                   "\n"
                   "Requirements\n"
                   "\n"
                   "- Roadmaps\n"
                   "- Stakeholders\n"
                   "\n"
                   "Not a list\n"
                   "\n"
                   "Choice text\n"
                   "\n"
                   "Kept\n"
                   "\n"
                   "Item typed by hand:\n"
                   "- Figma\n"
                   "\n"
                   "Cell A\n"
                   "\n"
                   "Cell B");
}

static GBytes *
make_odt (const char *mimetype,
          const char *content_xml)
{
  TestZip *zip = test_zip_new ();

  test_zip_add (zip, "mimetype", mimetype);
  test_zip_add (zip, "content.xml", content_xml);
  test_zip_add (zip, "meta.xml",
                "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:"
                "office:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta>"
                "<dc:title>Designer</dc:title></office:meta></office:document-meta>");
  test_zip_add (zip, "META-INF/manifest.xml", "<manifest/>");

  return test_zip_finish (zip);
}

static void
test_odt (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(VocExtracted) result = NULL;

  bytes = make_odt ("application/vnd.oasis.opendocument.text",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" office:version=\"1.3\">"
    "<office:automatic-styles><style:style style:name=\"P1\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Title\"/></office:automatic-styles>"
    "<office:body><office:text>"
    "<text:tracked-changes><text:changed-region><text:deletion><text:p>Deleted para</text:p>"
    "</text:deletion></text:changed-region></text:tracked-changes>"
    "<text:sequence-decls><text:sequence-decl text:display-outline-level=\"0\" "
    "text:name=\"Illustration\"/></text:sequence-decls>"
    "<text:p text:style-name=\"P1\">Designer Role</text:p>"
    "<text:h text:outline-level=\"1\">About us</text:h>"
    "<text:p>We <text:span text:style-name=\"T1\">design</text:span> things.<text:tab/>Tabbed"
    "<text:line-break/>New line<text:s text:c=\"3\"/>spaced<office:annotation><text:p>A comment"
    "</text:p></office:annotation></text:p>"
    "<text:list><text:list-item><text:p>Figma</text:p></text:list-item>"
    "<text:list-item><text:p>Research</text:p><text:list><text:list-item><text:p>Interviews"
    "</text:p></text:list-item></text:list></text:list-item></text:list>"
    "<text:p/>"
    "<text:p>Last<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>"
    "Footnote</text:p></text:note-body></text:note> paragraph.</text:p>"
    "</office:text></office:body></office:document-content>");
  result = extract_ok (bytes, "designer.odt");

  g_assert_cmpstr (result->media_type, ==, "application/vnd.oasis.opendocument.text");
  g_assert_cmpstr (result->title, ==, "Designer");
  g_assert_cmpstr (result->text, ==,
                   "Designer Role\n"
                   "\n"
                   "About us\n"
                   "\n"
                   "We design things. Tabbed\n"
                   "New line spaced\n"
                   "\n"
                   "- Figma\n"
                   "- Research\n"
                   "- Interviews\n"
                   "\n"
                   "Last paragraph.");
}

/* PDF ----------------------------------------------------------------------------------------- */

static void
draw_job_pdf (cairo_t *cr,
              int      page)
{
  cairo_text_extents_t bullet;

  if (page == 1)
    {
      test_pdf_text (cr, 72, 100, "Page two text");
      return;
    }

  /* Drawn out of order: the text must still come out top to bottom. */
  test_pdf_text (cr, 72, 200, "Second paragraph line");
  test_pdf_text (cr, 72, 100, "Staff Engineer");

  test_pdf_text (cr, 72, 300, "\xE2\x80\xA2 Builds reliable services in Rust and");
  cairo_text_extents (cr, "\xE2\x80\xA2 ", &bullet);
  /* A wrapped item: its second line starts where the item's text does. */
  test_pdf_text (cr, 72 + bullet.x_advance, 314, "Go for millions of users");
  test_pdf_text (cr, 72, 328, "\xE2\x80\xA2 Second item");
  test_pdf_text (cr, 72, 342, "After the list");
}

static void
test_pdf (void)
{
  g_autoptr(GBytes) bytes = test_pdf_new (draw_job_pdf, 2, "Staff Engineer PDF");
  g_autoptr(VocExtracted) result = extract_ok (bytes, "staff.pdf");

  g_assert_cmpstr (result->media_type, ==, "application/pdf");
  g_assert_cmpstr (result->title, ==, "Staff Engineer PDF");
  g_assert_cmpstr (result->text, ==,
                   "Staff Engineer\n"
                   "\n"
                   "Second paragraph line\n"
                   "\n"
                   "- Builds reliable services in Rust and Go for millions of users\n"
                   "- Second item\n"
                   "\n"
                   "After the list\n"
                   "\n"
                   "Page two text");
}

static void
draw_rectangle (cairo_t *cr,
                int      page)
{
  cairo_rectangle (cr, 100, 100, 300, 400);
  cairo_fill (cr);
}

static void
test_pdf_no_text (void)
{
  g_autoptr(GBytes) bytes = test_pdf_new (draw_rectangle, 1, NULL);

  assert_bytes_error (bytes, "report.pdf", VOC_IMPORT_ERROR_NO_TEXT);
}

static void
test_pdf_truncated (void)
{
  g_autoptr(GBytes) whole = test_pdf_new (draw_job_pdf, 2, NULL);
  g_autoptr(GBytes) half = g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) / 2);

  assert_bytes_error (half, "half.pdf", VOC_IMPORT_ERROR_DAMAGED);
}

static void
test_pdf_garbage (void)
{
  g_autoptr(GBytes) bytes = test_bytes ("%PDF-1.7\nthis is not a PDF at all\n%%EOF\n");

  assert_bytes_error (bytes, "fake.pdf", VOC_IMPORT_ERROR_DAMAGED);
}

/* RC4, for the standard security handler of PDF 1.1 (revision 2, 40-bit keys). */
static void
rc4 (const guint8 *key,
     gsize         key_len,
     const guint8 *in,
     guint8       *out,
     gsize         len)
{
  guint8 s[256];
  guint8 j = 0;

  for (int i = 0; i < 256; i++)
    s[i] = i;
  for (int i = 0; i < 256; i++)
    {
      guint8 t;

      j += s[i] + key[i % key_len];
      t = s[i], s[i] = s[j], s[j] = t;
    }

  j = 0;
  for (gsize n = 0, i = 0; n < len; n++)
    {
      guint8 t;

      i = (i + 1) & 0xFF;
      j += s[i];
      t = s[i], s[i] = s[j], s[j] = t;
      out[n] = in[n] ^ s[(guint8) (s[i] + s[j])];
    }
}

static const guint8 pdf_padding[32] = {
  0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
  0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
};

static void
pad_password (const char *password,
              guint8      out[32])
{
  gsize len = MIN (strlen (password), 32);

  memcpy (out, password, len);
  memcpy (out + len, pdf_padding, 32 - len);
}

static void
md5 (GChecksum *checksum,
     guint8     out[16])
{
  gsize len = 16;

  g_checksum_get_digest (checksum, out, &len);
}

static void
append_hex (GString      *out,
            const guint8 *data,
            gsize         len)
{
  g_string_append_c (out, '<');
  for (gsize i = 0; i < len; i++)
    g_string_append_printf (out, "%02X", data[i]);
  g_string_append_c (out, '>');
}

/* A one-page PDF protected with the user password "secret", made the way PDF 1.1 writers
 * do (Algorithms 3.2 to 3.4 of the PDF reference). No tool is needed to build it. */
static GBytes *
make_encrypted_pdf (void)
{
  static const guint8 id[16] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
  const gint32 permissions = -44;
  guint8 user[32], owner[32], digest[16], key[5], o[32], u[32], p_le[4];
  g_autoptr(GChecksum) checksum = NULL;
  g_autoptr(GString) pdf = g_string_new ("%PDF-1.4\n");
  gsize offsets[5];
  gsize xref;

  pad_password ("secret", user);
  pad_password ("owner-secret", owner);

  checksum = g_checksum_new (G_CHECKSUM_MD5);
  g_checksum_update (checksum, owner, 32);
  md5 (checksum, digest);
  rc4 (digest, 5, user, o, 32);

  for (int i = 0; i < 4; i++)
    p_le[i] = ((guint32) permissions >> (8 * i)) & 0xFF;
  g_checksum_reset (checksum);
  g_checksum_update (checksum, user, 32);
  g_checksum_update (checksum, o, 32);
  g_checksum_update (checksum, p_le, 4);
  g_checksum_update (checksum, id, 16);
  md5 (checksum, digest);
  memcpy (key, digest, 5);
  rc4 (key, 5, pdf_padding, u, 32);

  offsets[1] = pdf->len;
  g_string_append (pdf, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
  offsets[2] = pdf->len;
  g_string_append (pdf, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
  offsets[3] = pdf->len;
  g_string_append (pdf, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\n"
                        "endobj\n");
  offsets[4] = pdf->len;
  g_string_append (pdf, "4 0 obj\n<< /Filter /Standard /V 1 /R 2 /O ");
  append_hex (pdf, o, 32);
  g_string_append (pdf, " /U ");
  append_hex (pdf, u, 32);
  g_string_append_printf (pdf, " /P %d >>\nendobj\n", permissions);

  xref = pdf->len;
  g_string_append (pdf, "xref\n0 5\n0000000000 65535 f \n");
  for (int i = 1; i < 5; i++)
    g_string_append_printf (pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", offsets[i]);
  g_string_append (pdf, "trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [");
  append_hex (pdf, id, 16);
  append_hex (pdf, id, 16);
  g_string_append_printf (pdf, "] >>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n", xref);

  return g_bytes_new (pdf->str, pdf->len);
}

static void
test_pdf_encrypted (void)
{
  g_autoptr(GBytes) bytes = make_encrypted_pdf ();
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;

  /* It is a real encrypted PDF: the password opens it. */
  document = poppler_document_new_from_bytes (bytes, "secret", &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  g_object_unref (document);

  assert_bytes_error (bytes, "locked.pdf", VOC_IMPORT_ERROR_ENCRYPTED);
}

/* Bad input ----------------------------------------------------------------------------------- */

static void
test_bad_empty (void)
{
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr(GBytes) blank = test_bytes (" \r\n\t\n   \n");

  assert_bytes_error (empty, "empty.txt", VOC_IMPORT_ERROR_EMPTY);
  assert_bytes_error (blank, "blank.txt", VOC_IMPORT_ERROR_EMPTY);
}

static void
test_bad_garbage (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 data[4096];
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) no_nuls = NULL;

  for (gsize i = 0; i < sizeof data; i++)
    data[i] = g_rand_int_range (rand, 0, 256);
  bytes = g_bytes_new (data, sizeof data);
  assert_bytes_error (bytes, "garbage.bin", VOC_IMPORT_ERROR_UNSUPPORTED);

  /* Without NUL bytes, the Latin-1 reading of it is refused for its control characters. */
  for (gsize i = 0; i < sizeof data; i++)
    data[i] = g_rand_int_range (rand, 1, 256);
  no_nuls = g_bytes_new (data, sizeof data);
  assert_bytes_error (no_nuls, "noise.txt", VOC_IMPORT_ERROR_UNSUPPORTED);
}

static void
test_bad_known_types (void)
{
  static const guint8 png[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
    0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89,
  };
  g_autoptr(GBytes) png_bytes = g_bytes_new_static (png, sizeof png);
  g_autoptr(GBytes) rtf = test_bytes ("{\\rtf1\\ansi Senior engineer}");
  g_autoptr(GBytes) svg = test_bytes ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/"
                                      "2000/svg\"><text>Hi</text></svg>");
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = NULL;

  result = voc_extract_text (png_bytes, "photo.txt", NULL, &error);
  g_assert_null (result);
  test_assert_import_error (error, VOC_IMPORT_ERROR_UNSUPPORTED, "photo.txt");
  g_assert_nonnull (strstr (error->message, "PNG"));

  assert_bytes_error (rtf, "cv.rtf", VOC_IMPORT_ERROR_UNSUPPORTED);
  assert_bytes_error (svg, "drawing.svg", VOC_IMPORT_ERROR_UNSUPPORTED);
}

static void
test_bad_too_large (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 (VOC_EXTRACT_MAX_SIZE + 1),
                                              VOC_EXTRACT_MAX_SIZE + 1);

  assert_bytes_error (bytes, "huge.txt", VOC_IMPORT_ERROR_TOO_LARGE);
}

static void
test_bad_html_no_text (void)
{
  g_autoptr(GBytes) bytes = test_bytes ("<!DOCTYPE html><html><head><title>Empty</title>"
                                        "<script>track()</script></head><body><nav>Home</nav>"
                                        "<div>   </div><form>Search</form></body></html>");

  assert_bytes_error (bytes, "empty.html", VOC_IMPORT_ERROR_NO_TEXT);
}

/* Patches the uncompressed sizes a ZIP declares (local headers, data descriptors and the
 * central directory) down to @size, leaving the compressed data as it is. */
static GBytes *
zip_lie_about_sizes (GBytes  *bytes,
                     guint32  size)
{
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);
  g_autofree guint8 *copy = g_memdup2 (data, len);
  guint8 le[4] = { size & 0xFF, (size >> 8) & 0xFF, (size >> 16) & 0xFF, size >> 24 };
  guint patched = 0;

  for (gsize i = 0; i + 30 <= len; i++)
    {
      if (memcmp (copy + i, "PK\003\004", 4) == 0 && memcmp (copy + i + 22, "\0\0\0\0", 4) != 0)
        memcpy (copy + i + 22, le, 4), patched++;
      else if (memcmp (copy + i, "PK\007\010", 4) == 0)
        memcpy (copy + i + 12, le, 4), patched++;
      else if (memcmp (copy + i, "PK\001\002", 4) == 0)
        memcpy (copy + i + 24, le, 4), patched++;
    }
  g_assert_cmpuint (patched, >, 0);

  return g_bytes_new (copy, len);
}

static GBytes *
make_zip_bomb (void)
{
  TestZip *zip = test_zip_new ();

  test_zip_add (zip, "[Content_Types].xml", CONTENT_TYPES);
  test_zip_add_sized (zip, "word/document.xml", (gsize) 60 * 1024 * 1024);
  return test_zip_finish (zip);
}

static void
test_bad_zip_bomb (void)
{
  g_autoptr(GBytes) bomb = make_zip_bomb ();
  g_autoptr(GBytes) liar = NULL;

  /* 60 MiB of zeros packs into well under a megabyte. */
  g_assert_cmpuint (g_bytes_get_size (bomb), <, 1024 * 1024);
  assert_bytes_error (bomb, "bomb.docx", VOC_IMPORT_ERROR_ZIP_BOMB);

  /* The same bomb claiming to unpack to a kilobyte: the bytes are counted as they come. */
  liar = zip_lie_about_sizes (bomb, 1000);
  assert_bytes_error (liar, "liar.docx", VOC_IMPORT_ERROR_ZIP_BOMB);
}

static void
test_bad_zip_entries (void)
{
  TestZip *zip = test_zip_new ();
  g_autoptr(GBytes) bytes = NULL;

  test_zip_add (zip, "word/document.xml", W_DOC_OPEN "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
                                          W_DOC_CLOSE);
  for (int i = 0; i < 10001; i++)
    {
      char path[32];

      g_snprintf (path, sizeof path, "word/media/f%05d.txt", i);
      test_zip_add (zip, path, "x");
    }
  bytes = test_zip_finish (zip);

  assert_bytes_error (bytes, "many.docx", VOC_IMPORT_ERROR_ZIP_BOMB);
}

static void
test_bad_docx_doctype (void)
{
  static const char *billion_laughs =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE lolz [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
  static const char *external_entity =
    "<!-- a comment first -->\n"
    "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
  g_autoptr(GBytes) laughs = make_docx (billion_laughs, NULL);
  g_autoptr(GBytes) xxe = make_docx (external_entity, NULL);
  g_autoptr(GBytes) in_core = NULL;
  g_autoptr(GBytes) utf16 = NULL;
  g_autofree char *utf16_xml = NULL;
  gsize utf16_len = 0;
  GString *with_bom;
  gdouble elapsed;

  g_test_timer_start ();
  assert_bytes_error (laughs, "laughs.docx", VOC_IMPORT_ERROR_DAMAGED);
  elapsed = g_test_timer_elapsed ();
  g_assert_cmpfloat (elapsed, <, 2.0);

  assert_bytes_error (xxe, "xxe.docx", VOC_IMPORT_ERROR_DAMAGED);

  /* In the metadata too. */
  in_core = make_docx (docx_document,
                       "<!DOCTYPE x [<!ENTITY t SYSTEM \"file:///etc/passwd\">]>"
                       "<cp:coreProperties xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                       "xmlns:cp=\"urn:x\"><dc:title>&t;</dc:title></cp:coreProperties>");
  assert_bytes_error (in_core, "core.docx", VOC_IMPORT_ERROR_DAMAGED);

  /* In UTF-16, where a byte scan cannot see it, the reader still refuses it. */
  utf16_xml = g_convert (billion_laughs + strlen ("<?xml version=\"1.0\"?>\n"), -1,
                         "UTF-16LE", "UTF-8", NULL, &utf16_len, NULL);
  g_assert_nonnull (utf16_xml);
  with_bom = g_string_new_len ("\xFF\xFE", 2);
  g_string_append_len (with_bom, utf16_xml, utf16_len);
  g_string_append_len (with_bom, "\0", 1);
  {
    TestZip *zip = test_zip_new ();
    struct archive_entry *entry = archive_entry_new ();

    archive_entry_set_pathname (entry, "word/document.xml");
    archive_entry_set_filetype (entry, AE_IFREG);
    archive_entry_set_perm (entry, 0644);
    archive_entry_set_size (entry, with_bom->len - 1);
    g_assert_cmpint (archive_write_header (zip->archive, entry), ==, ARCHIVE_OK);
    g_assert_cmpint (archive_write_data (zip->archive, with_bom->str, with_bom->len - 1), ==,
                     (la_ssize_t) with_bom->len - 1);
    archive_entry_free (entry);
    utf16 = test_zip_finish (zip);
  }
  g_string_free (with_bom, TRUE);
  assert_bytes_error (utf16, "utf16.docx", VOC_IMPORT_ERROR_DAMAGED);
}

static void
test_bad_zip_not_a_document (void)
{
  TestZip *zip = test_zip_new ();
  g_autoptr(GBytes) plain_zip = NULL;
  g_autoptr(GBytes) no_main = NULL;
  g_autoptr(GBytes) spreadsheet = NULL;

  test_zip_add (zip, "readme.txt", "Just a zip");
  plain_zip = test_zip_finish (zip);
  assert_bytes_error (plain_zip, "archive.zip", VOC_IMPORT_ERROR_UNSUPPORTED);

  zip = test_zip_new ();
  test_zip_add (zip, "[Content_Types].xml", CONTENT_TYPES);
  test_zip_add (zip, "word/styles.xml", "<styles/>");
  no_main = test_zip_finish (zip);
  assert_bytes_error (no_main, "broken.docx", VOC_IMPORT_ERROR_DAMAGED);

  spreadsheet = make_odt ("application/vnd.oasis.opendocument.spreadsheet",
                          "<office:document-content/>");
  assert_bytes_error (spreadsheet, "sheet.ods", VOC_IMPORT_ERROR_UNSUPPORTED);
}

static void
test_bad_docx_truncated (void)
{
  g_autoptr(GBytes) whole = make_docx (docx_document, NULL);
  g_autoptr(GBytes) part = g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) * 3 / 5);

  assert_bytes_error (part, "cut.docx", VOC_IMPORT_ERROR_DAMAGED);
}

static void
test_bad_docx_malformed (void)
{
  g_autoptr(GBytes) bytes = make_docx (W_DOC_OPEN "<w:p><w:r><w:t>Unclosed</w:r></w:p>", NULL);

  assert_bytes_error (bytes, "malformed.docx", VOC_IMPORT_ERROR_DAMAGED);
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = test_bytes ("Some text");
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = NULL;

  g_cancellable_cancel (cancellable);
  result = voc_extract_text (bytes, "text.txt", cancellable, &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* Files --------------------------------------------------------------------------------------- */

typedef struct
{
  char *dir;
} TestDir;

static void
test_dir_setup (TestDir       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("vocation-extract-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
test_dir_teardown (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        g_rmdir (path);
      else
        g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
on_extracted_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
  g_main_context_wakeup (NULL);
}

static VocExtracted *
extract_file (const char  *path,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  voc_extract_file_async (file, NULL, on_extracted_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return voc_extract_file_finish (result, error);
}

static void
test_file_async (TestDir       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "job.md", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = NULL;

  g_assert_true (g_file_set_contents (path, "# Job\n\n- Rust\n", -1, NULL));
  result = extract_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (result->text, ==, "Job\n\n- Rust");
  g_assert_cmpstr (result->media_type, ==, "text/markdown");
}

/* Bytes this process has read through system calls, from /proc; -1 where there is none. */
static gint64
read_bytes_so_far (void)
{
  g_autofree char *io = NULL;
  const char *rchar;

  if (!g_file_get_contents ("/proc/self/io", &io, NULL, NULL))
    return -1;
  rchar = strstr (io, "rchar: ");
  return rchar != NULL ? g_ascii_strtoll (rchar + 7, NULL, 10) : -1;
}

static void
test_file_too_large (TestDir       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "huge.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = NULL;
  gint64 before, after;
  int fd;

  /* 60 MiB without writing them: a sparse file. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 60 * 1024 * 1024), ==, 0);
  g_close (fd, NULL);

  before = read_bytes_so_far ();
  result = extract_file (path, &error);
  after = read_bytes_so_far ();

  g_assert_null (result);
  test_assert_import_error (error, VOC_IMPORT_ERROR_TOO_LARGE, "huge.txt");
  if (before >= 0 && after >= 0)
    g_assert_cmpint (after - before, <, 1024 * 1024);
}

static void
test_file_missing (TestDir       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = extract_file (path, &error);

  g_assert_null (result);
  test_assert_import_error (error, VOC_IMPORT_ERROR_NOT_FOUND, "missing.txt");
}

static void
test_file_empty_and_folder (TestDir       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "empty.docx", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "folder", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VocExtracted) result = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  result = extract_file (path, &error);
  g_assert_null (result);
  test_assert_import_error (error, VOC_IMPORT_ERROR_EMPTY, "empty.docx");
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  result = extract_file (folder, &error);
  g_assert_null (result);
  test_assert_import_error (error, VOC_IMPORT_ERROR_UNSUPPORTED, "folder");
}

/* Throughput (only with -m perf) -------------------------------------------------------------- */

static const char *perf_words[] = {
  "design", "build", "operate", "services", "Python", "Kubernetes", "PostgreSQL", "teams",
  "customers", "reliable", "scalable", "mentor", "review", "observability", "incidents",
  "roadmap", "stakeholders", "data", "pipelines", "security",
};

static void
perf_sentence (GString *out,
               GRand   *rand,
               int      words)
{
  for (int i = 0; i < words; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, perf_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (perf_words))]);
    }
  g_string_append_c (out, '.');
}

/* A posting of about 5 KB in the given format. */
static GBytes *
perf_document (const char *format,
               GRand      *rand)
{
  gboolean html = g_str_equal (format, "html");
  gboolean md = g_str_equal (format, "md");
  GString *out = g_string_new (html ? "<!DOCTYPE html><html><head><title>Job</title>"
                                      "<script>var x = 1;</script></head><body><nav>Menu</nav>"
                                      "<main>" : "");

  for (int section = 0; section < 5; section++)
    {
      g_string_append (out, html ? "<h2>" : md ? "## " : "");
      perf_sentence (out, rand, 3);
      g_string_append (out, html ? "</h2>\n<p>" : "\n\n");
      perf_sentence (out, rand, 40);
      g_string_append (out, html ? "</p>\n<ul>" : "\n\n");
      for (int item = 0; item < 6; item++)
        {
          g_string_append (out, html ? "<li>" : md ? "* **" : "- ");
          perf_sentence (out, rand, 12);
          g_string_append (out, html ? "</li>" : md ? "**\n" : "\n");
        }
      g_string_append (out, html ? "</ul>\n" : "\n");
    }
  if (html)
    g_string_append (out, "</main><footer>Footer</footer></body></html>");

  return g_string_free_to_bytes (out);
}

static void
test_perf (gconstpointer data)
{
  const char *format = data;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autofree char *name = g_strdup_printf ("posting.%s", format);
  const guint n = 2000;
  gsize total = 0;
  double elapsed;

  if (!g_test_perf ())
    {
      g_test_skip ("Throughput is measured with -m perf");
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      GBytes *bytes = perf_document (format, rand);

      total += g_bytes_get_size (bytes);
      g_ptr_array_add (documents, bytes);
    }

  g_test_timer_start ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(VocExtracted) result = voc_extract_text (g_ptr_array_index (documents, i), name,
                                                         NULL, &error);

      g_assert_no_error (error);
    }
  elapsed = g_test_timer_elapsed ();

  g_test_maximized_result (n / elapsed, "%s: %.0f files/s (%.1f KB each, %.1f MB/s)", format,
                           n / elapsed, total / 1024.0 / n, total / elapsed / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/extract/text/plain", test_plain_text);
  g_test_add_func ("/extract/text/utf16", test_plain_text_utf16);
  g_test_add_func ("/extract/text/legacy", test_plain_text_legacy);
  g_test_add_func ("/extract/text/ligatures", test_plain_text_ligatures);
  g_test_add_func ("/extract/markdown/basic", test_markdown);
  g_test_add_func ("/extract/markdown/by-content", test_markdown_by_content);
  g_test_add_func ("/extract/markdown/html-blocks", test_markdown_with_html_blocks);
  g_test_add_func ("/extract/html/basic", test_html);
  g_test_add_func ("/extract/html/main", test_html_main);
  g_test_add_func ("/extract/html/sniffed", test_html_sniffed);
  g_test_add_func ("/extract/html/json-ld", test_html_json_ld);
  g_test_add_func ("/extract/html/json-ld-graph", test_html_json_ld_graph);
  g_test_add_func ("/extract/html/json-ld-array", test_html_json_ld_array);
  g_test_add_func ("/extract/html/json-ld-broken", test_html_json_ld_broken);
  g_test_add_func ("/extract/html/deep", test_html_deep);
  g_test_add_func ("/extract/html/content-type-hint", test_content_type_hint);
  g_test_add_func ("/extract/docx", test_docx);
  g_test_add_func ("/extract/odt", test_odt);
  g_test_add_func ("/extract/pdf/text", test_pdf);
  g_test_add_func ("/extract/bad/empty", test_bad_empty);
  g_test_add_func ("/extract/bad/garbage", test_bad_garbage);
  g_test_add_func ("/extract/bad/known-types", test_bad_known_types);
  g_test_add_func ("/extract/bad/too-large", test_bad_too_large);
  g_test_add_func ("/extract/bad/html-no-text", test_bad_html_no_text);
  g_test_add_func ("/extract/bad/pdf-no-text", test_pdf_no_text);
  g_test_add_func ("/extract/bad/pdf-truncated", test_pdf_truncated);
  g_test_add_func ("/extract/bad/pdf-garbage", test_pdf_garbage);
  g_test_add_func ("/extract/bad/pdf-encrypted", test_pdf_encrypted);
  g_test_add_func ("/extract/bad/zip-bomb", test_bad_zip_bomb);
  g_test_add_func ("/extract/bad/zip-entries", test_bad_zip_entries);
  g_test_add_func ("/extract/bad/docx-doctype", test_bad_docx_doctype);
  g_test_add_func ("/extract/bad/zip-not-a-document", test_bad_zip_not_a_document);
  g_test_add_func ("/extract/bad/docx-truncated", test_bad_docx_truncated);
  g_test_add_func ("/extract/bad/docx-malformed", test_bad_docx_malformed);
  g_test_add_func ("/extract/cancelled", test_cancelled);
  g_test_add ("/extract/file/async", TestDir, NULL,
              test_dir_setup, test_file_async, test_dir_teardown);
  g_test_add ("/extract/file/too-large", TestDir, NULL,
              test_dir_setup, test_file_too_large, test_dir_teardown);
  g_test_add ("/extract/file/missing", TestDir, NULL,
              test_dir_setup, test_file_missing, test_dir_teardown);
  g_test_add ("/extract/file/empty-and-folder", TestDir, NULL,
              test_dir_setup, test_file_empty_and_folder, test_dir_teardown);
  g_test_add_data_func ("/extract/perf/txt", "txt", test_perf);
  g_test_add_data_func ("/extract/perf/md", "md", test_perf);
  g_test_add_data_func ("/extract/perf/html", "html", test_perf);

  ret = g_test_run ();
  test_pdf_shutdown ();

  return ret;
}
