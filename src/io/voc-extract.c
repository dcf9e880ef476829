/* voc-extract.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-extract"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <archive.h>
#include <archive_entry.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <poppler.h>

#include "voc-extract.h"
#include "voc-extract-private.h"

/* A ZIP part is read only when it is one of the few an importer needs; these caps bound what
 * reading them can cost, whatever the archive's headers claim. */
#define MAX_ZIP_PART_SIZE  ((gsize) 50 * 1024 * 1024)
#define MAX_ZIP_TOTAL_SIZE ((gsize) 50 * 1024 * 1024)
#define MAX_ZIP_ENTRIES    10000

/* How deep the JSON-LD search goes; real pages nest a JobPosting two or three levels down. */
#define MAX_JSON_DEPTH 12

#define W_NS        "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define W_STRICT_NS "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define MC_NS       "http://schemas.openxmlformats.org/markup-compatibility/2006"
#define DC_NS       "http://purl.org/dc/elements/1.1/"
#define TEXT_NS     "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define OFFICE_NS   "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define STYLE_NS    "urn:oasis:names:tc:opendocument:xmlns:style:1.0"

#define MEDIA_TYPE_DOCX "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
#define MEDIA_TYPE_ODT  "application/vnd.oasis.opendocument.text"

#define HTML_OPTIONS (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
                      HTML_PARSE_NOBLANKS)
/* No XML_PARSE_NOENT and no XML_PARSE_DTDLOAD: entities are never expanded from a DTD and
 * no DTD is ever loaded. Documents with a DOCTYPE are refused before they get here. */
#define XML_OPTIONS  (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

typedef struct archive VocArchive;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocArchive, archive_read_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextReader, xmlFreeTextReader)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_DEFINE_QUARK (voc-import-error-quark, voc_import_error)

static void
ensure_initialized (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      /* libxml2 sets up its globals lazily, which is only safe when the first call is not
       * made by two threads at once. */
      xmlInitParser ();

      /* GLib 2.74 leaks the MIME database g_content_type_guess() loaded when a later
       * g_content_type_get_description() sets the MIME folders for the first time; setting
       * them first avoids it. */
      (void) g_content_type_get_mime_dirs ();

      g_once_init_leave (&initialized, 1);
    }
}

static VocExtracted *
extracted_new (GBytes     *original,
               const char *media_type)
{
  VocExtracted *self = g_new0 (VocExtracted, 1);

  self->media_type = g_strdup (media_type);
  self->hints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->original = g_bytes_ref (original);
  return self;
}

void
voc_extracted_free (VocExtracted *extracted)
{
  if (extracted == NULL)
    return;

  g_free (extracted->text);
  g_free (extracted->media_type);
  g_free (extracted->title);
  g_clear_pointer (&extracted->hints, g_hash_table_unref);
  g_clear_pointer (&extracted->original, g_bytes_unref);
  g_free (extracted);
}

/* Text sink ---------------------------------------------------------------------------------
 *
 * Every format feeds its text into a sink, one block (paragraph, heading, list item) at a
 * time, so that the rules for whitespace, control characters and layout live in one place.
 * Inside a block, '\n' is a hard line break and all other whitespace is a plain space. */

typedef enum
{
  BLOCK_PARAGRAPH,
  BLOCK_HEADING,
  BLOCK_ITEM,
} BlockKind;

typedef struct
{
  GString   *out;
  GString   *block;
  GString   *scratch;
  BlockKind  kind;
  BlockKind  last_kind;
} TextSink;

static void
sink_init (TextSink *sink)
{
  sink->out = g_string_new (NULL);
  sink->block = g_string_new (NULL);
  sink->scratch = g_string_new (NULL);
  sink->kind = BLOCK_PARAGRAPH;
  sink->last_kind = BLOCK_PARAGRAPH;
}

static void
sink_clear (TextSink *sink)
{
  if (sink->out != NULL)
    g_string_free (sink->out, TRUE);
  if (sink->block != NULL)
    g_string_free (sink->block, TRUE);
  if (sink->scratch != NULL)
    g_string_free (sink->scratch, TRUE);
  memset (sink, 0, sizeof *sink);
}

typedef TextSink AutoTextSink;
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AutoTextSink, sink_clear)

/* Inline text: every kind of line end becomes a space, since only the structure of the
 * source decides where lines break. */
static void
sink_append_len (TextSink   *sink,
                 const char *text,
                 gsize       len)
{
  gsize start = sink->block->len;

  g_string_append_len (sink->block, text, len);
  for (gsize i = start; i < sink->block->len; i++)
    {
      char c = sink->block->str[i];

      if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v')
        sink->block->str[i] = ' ';
    }
}

static void
sink_append (TextSink   *sink,
             const char *text)
{
  if (text != NULL)
    sink_append_len (sink, text, strlen (text));
}

static void
sink_newline (TextSink *sink)
{
  g_string_append_c (sink->block, '\n');
}

static gboolean
is_invisible (gunichar c)
{
  switch (c)
    {
    case 0x00AD: /* soft hyphen */
    case 0x200B: /* zero width space */
    case 0x2060: /* word joiner */
    case 0xFEFF: /* byte order mark */
    case 0xFFF9: case 0xFFFA: case 0xFFFB: /* interlinear annotation */
    case 0xFFFE: case 0xFFFF:
      return TRUE;
    default:
      break;
    }

  /* Bidirectional embeddings and isolates can make text read differently from what it
   * holds, and say nothing a job description needs. */
  if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
    return TRUE;

  return g_unichar_iscntrl (c);
}

static gboolean
is_bullet_glyph (gunichar c)
{
  switch (c)
    {
    case 0x00B7: case 0x2022: case 0x2023: case 0x2043: case 0x2219:
    case 0x25A0: case 0x25A1: case 0x25AA: case 0x25AB: case 0x25C6: case 0x25C7:
    case 0x25CF: case 0x25E6: case 0x2756: case 0x27A2: case 0x27A4: case 0x2713: case 0x2714:
    /* Private-use code points that Symbol and Wingdings bullets become in PDFs and DOCX. */
    case 0xF076: case 0xF0A7: case 0xF0B7: case 0xF0D8: case 0xF0FC:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Appends @start..@end normalised: runs of whitespace collapsed to one space, the ends
 * trimmed, control and invisible characters dropped, typographic ligatures (common in PDF
 * text) spelled out so that words match. */
static void
normalise_line (GString    *dst,
                const char *start,
                const char *end)
{
  gsize line_start = dst->len;
  gboolean pending_space = FALSE;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          c = (guchar) *p;
          if (c == ' ')
            {
              pending_space = TRUE;
              continue;
            }
          if (c > 0x20 && c < 0x7F)
            {
              if (pending_space && dst->len > line_start)
                g_string_append_c (dst, ' ');
              pending_space = FALSE;
              g_string_append_c (dst, (char) c);
              continue;
            }
        }
      else
        c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          pending_space = TRUE;
          continue;
        }
      if (is_invisible (c))
        continue;

      /* Private-use code points are icon fonts (a phone, an envelope) and symbol-font
       * bullets; the bullets are kept as bullets, the icons say nothing in text. */
      if (c >= 0xE000 && c <= 0xF8FF)
        {
          if (!is_bullet_glyph (c))
            continue;
          c = 0x2022;
        }

      if (pending_space && dst->len > line_start)
        g_string_append_c (dst, ' ');
      pending_space = FALSE;

      switch (c)
        {
        case 0xFB00: g_string_append (dst, "ff"); break;
        case 0xFB01: g_string_append (dst, "fi"); break;
        case 0xFB02: g_string_append (dst, "fl"); break;
        case 0xFB03: g_string_append (dst, "ffi"); break;
        case 0xFB04: g_string_append (dst, "ffl"); break;
        case 0xFB05: case 0xFB06: g_string_append (dst, "st"); break;
        default: g_string_append_unichar (dst, c); break;
        }
    }
}

static void
sink_write (TextSink  *sink,
            BlockKind  kind,
            GString   *text)
{
  if (text->len == 0)
    return;

  if (sink->out->len > 0)
    {
      if (kind == BLOCK_ITEM && sink->last_kind == BLOCK_ITEM)
        g_string_append_c (sink->out, '\n');
      else
        g_string_append (sink->out, "\n\n");
    }
  if (kind == BLOCK_ITEM)
    g_string_append (sink->out, "- ");
  g_string_append_len (sink->out, text->str, text->len);
  sink->last_kind = kind;
  g_string_truncate (text, 0);
}

/* Writes the pending block to the output as sink->kind says, then starts a new paragraph.
 * An empty line inside the block (two <br> in a row, say) ends it there, and what follows
 * is a paragraph of its own. Returns whether the block held any text. */
static gboolean
sink_flush (TextSink *sink)
{
  GString *joined = sink->scratch;
  const char *p = sink->block->str;
  const char *end = p + sink->block->len;
  BlockKind kind = sink->kind;
  gboolean item_next_line = FALSE;
  gboolean wrote = FALSE;

  g_string_truncate (joined, 0);

  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize before = joined->len;
      gsize line_start;
      const char *line;
      gunichar first;

      if (nl == NULL)
        nl = end;

      if (before > 0)
        g_string_append_c (joined, kind == BLOCK_PARAGRAPH ? '\n' : ' ');
      line_start = joined->len;
      normalise_line (joined, p, nl);
      p = nl + 1;

      if (joined->len == line_start)
        {
          g_string_truncate (joined, before);
          if (before > 0)
            {
              sink_write (sink, kind, joined);
              wrote = TRUE;
              kind = BLOCK_PARAGRAPH;
            }
          continue;
        }

      /* Bullets typed as characters (in PDFs, and in documents where someone typed "• ")
       * become list items like real ones. A bullet alone on its line belongs to the next. */
      line = joined->str + line_start;
      first = g_utf8_get_char (line);
      if (is_bullet_glyph (first) && kind != BLOCK_HEADING)
        {
          const char *rest = g_utf8_next_char (line);

          if (*rest == '\0')
            {
              g_string_truncate (joined, before);
              item_next_line = TRUE;
              continue;
            }
          if (*rest == ' ')
            {
              gsize glyph_len = rest + 1 - line;

              g_string_erase (joined, line_start, glyph_len);
              if (kind == BLOCK_PARAGRAPH)
                g_string_insert (joined, line_start, "- ");
              else if (before > 0)
                g_string_insert_c (joined, line_start - 1, ';');   /* "a; b" in one item */
              item_next_line = FALSE;
              continue;
            }
        }

      if (item_next_line && kind == BLOCK_PARAGRAPH)
        g_string_insert (joined, line_start, "- ");
      item_next_line = FALSE;
    }

  g_string_truncate (sink->block, 0);
  sink->kind = BLOCK_PARAGRAPH;

  if (joined->len > 0)
    {
      sink_write (sink, kind, joined);
      wrote = TRUE;
    }

  return wrote;
}

static gboolean
sink_block_is_empty (TextSink *sink)
{
  for (gsize i = 0; i < sink->block->len; i++)
    if (!g_ascii_isspace (sink->block->str[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_ascii (const char *text,
          gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) text[i] >= 0x80)
      return FALSE;
  return TRUE;
}

/* The finished text in NFC, so that an "é" typed one way matches an "é" typed the other. */
static char *
sink_finish (TextSink *sink)
{
  sink_flush (sink);

  if (is_ascii (sink->out->str, sink->out->len))
    return g_strndup (sink->out->str, sink->out->len);

  return g_utf8_normalize (sink->out->str, sink->out->len, G_NORMALIZE_NFC);
}

/* Small text helpers ------------------------------------------------------------------------ */

static const guint8 *
find_bytes (const guint8 *haystack,
            gsize         haystack_len,
            const char   *needle)
{
  gsize needle_len = strlen (needle);

  if (needle_len == 0 || haystack_len < needle_len)
    return NULL;

  for (gsize i = 0; i + needle_len <= haystack_len; i++)
    if (haystack[i] == (guint8) needle[0] && memcmp (haystack + i, needle, needle_len) == 0)
      return haystack + i;

  return NULL;
}

static gboolean
has_prefix_len (const char *text,
                gsize       len,
                const char *prefix)
{
  gsize prefix_len = strlen (prefix);

  return len >= prefix_len && memcmp (text, prefix, prefix_len) == 0;
}

static gboolean
has_prefix_len_ci (const char *text,
                   gsize       len,
                   const char *prefix)
{
  gsize prefix_len = strlen (prefix);

  return len >= prefix_len && g_ascii_strncasecmp (text, prefix, prefix_len) == 0;
}

/* Decodes the character reference or common named entity at @p (which points at '&').
 * Returns the number of bytes it spans, or 0 when it is not one. */
static gsize
decode_entity (const char *p,
               gsize       len,
               GString    *out)
{
  static const struct { const char *name; gunichar c; } named[] = {
    { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
    { "nbsp", 0x00A0 }, { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "hellip", 0x2026 },
    { "lsquo", 0x2018 }, { "rsquo", 0x2019 }, { "ldquo", 0x201C }, { "rdquo", 0x201D },
    { "bull", 0x2022 }, { "middot", 0x00B7 }, { "copy", 0x00A9 }, { "reg", 0x00AE },
    { "trade", 0x2122 }, { "euro", 0x20AC }, { "pound", 0x00A3 }, { "eacute", 0x00E9 },
  };
  gsize i = 1;

  if (len < 3 || p[0] != '&')
    return 0;

  if (p[1] == '#')
    {
      gunichar c = 0;
      gboolean hex = (len > 2 && (p[2] == 'x' || p[2] == 'X'));
      gsize digits = 0;

      i = hex ? 3 : 2;
      for (; i < len && digits < 8; i++, digits++)
        {
          int v = hex ? g_ascii_xdigit_value (p[i]) : g_ascii_digit_value (p[i]);

          if (v < 0)
            break;
          c = c * (hex ? 16 : 10) + v;
        }
      if (digits == 0 || i >= len || p[i] != ';')
        return 0;
      if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
      g_string_append_unichar (out, c);
      return i + 1;
    }

  for (gsize k = 0; k < G_N_ELEMENTS (named); k++)
    {
      gsize n = strlen (named[k].name);

      if (len >= n + 2 && memcmp (p + 1, named[k].name, n) == 0 && p[n + 1] == ';')
        {
          g_string_append_unichar (out, named[k].c);
          return n + 2;
        }
    }

  return 0;
}

static char *
decode_entities (const char *text)
{
  GString *out;
  gsize len;

  if (strchr (text, '&') == NULL)
    return g_strdup (text);

  len = strlen (text);
  out = g_string_sized_new (len);
  for (gsize i = 0; i < len;)
    {
      gsize n = text[i] == '&' ? decode_entity (text + i, len - i, out) : 0;

      if (n > 0)
        i += n;
      else
        g_string_append_c (out, text[i++]);
    }

  return g_string_free (out, FALSE);
}

/* One line of text, normalised; %NULL when nothing is left. */
static char *
normalise_single_line (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;

  out = g_string_new (NULL);
  normalise_line (out, text, text + strlen (text));
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }

  return g_string_free (out, FALSE);
}

/* Matches a list marker at the start of @line ("- ", "* ", "+ ", "• ", "1. ", "2) ") and
 * returns where the item's text starts, or %NULL. */
static const char *
match_list_marker (const char *line,
                   gboolean    ascii_markers)
{
  const char *p = line;
  gunichar c;

  while (*p == ' ' || *p == '\t')
    p++;

  if (ascii_markers && (*p == '-' || *p == '*' || *p == '+') && (p[1] == ' ' || p[1] == '\t'))
    return p + 2;

  if (g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (g_ascii_isdigit (*q) && q - p < 3)
        q++;
      if ((*q == '.' || *q == ')') && (q[1] == ' ' || q[1] == '\t'))
        return q + 2;
      return NULL;
    }

  if ((guchar) *p < 0x80)
    return NULL;

  c = g_utf8_get_char_validated (p, -1);
  if (c == 0x2013 || is_bullet_glyph (c))
    {
      const char *q = g_utf8_next_char (p);

      if (*q == ' ' || *q == '\t' || (*q != '\0' && c != 0x2013))
        return q;
    }

  return NULL;
}

/* Splits UTF-8 text into lines at LF, CRLF, CR and form feed, calling @func on each. */
typedef void (*LineFunc) (const char *line,
                          gpointer    user_data);

static void
foreach_line (const char *text,
              LineFunc    func,
              gpointer    user_data)
{
  GString *line = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      gsize n = strcspn (p, "\r\n\f");

      g_string_assign (line, "");
      g_string_append_len (line, p, n);
      func (line->str, user_data);
      p += n;
      if (*p == '\r' && p[1] == '\n')
        p += 2;
      else if (*p != '\0')
        p++;
    }

  g_string_free (line, TRUE);
}

/* Plain text --------------------------------------------------------------------------------
 *
 * Blank lines separate paragraphs; line breaks inside a paragraph are kept, since in plain
 * text (and in PDF text) they often carry meaning; marked lines become list items, and an
 * indented line after an item continues it. */

static void
plain_text_line (const char *line,
                 gpointer    user_data)
{
  TextSink *sink = user_data;
  const char *item;
  const char *p = line;

  while (*p == ' ' || *p == '\t')
    p++;

  if (*p == '\0')
    {
      sink_flush (sink);
      return;
    }

  item = match_list_marker (line, TRUE);
  if (item != NULL)
    {
      sink_flush (sink);
      sink->kind = BLOCK_ITEM;
      sink_append (sink, item);
      return;
    }

  if (sink->kind == BLOCK_ITEM)
    {
      if (p != line)
        {
          sink_append (sink, " ");
          sink_append (sink, p);
          return;
        }
      sink_flush (sink);
    }

  if (!sink_block_is_empty (sink))
    sink_newline (sink);
  sink_append (sink, line);
}

static void
feed_plain_text (TextSink   *sink,
                 const char *text)
{
  foreach_line (text, plain_text_line, sink);
  sink_flush (sink);
}

/* Markdown ----------------------------------------------------------------------------------
 *
 * Not a renderer: enough of CommonMark to keep the words and the structure (headings, list
 * items, paragraphs) and drop the markup (emphasis markers, link targets, inline HTML). */

static gboolean
is_word_byte (char c)
{
  return g_ascii_isalnum (c) || (guchar) c >= 0x80;
}

/* Finds the end of a link or image starting with '[' at @start: "[text](target)" or
 * "[text][ref]". Sets @text_end to the closing ']' and @after past the whole link. */
static gboolean
parse_markdown_link (const char *s,
                     gsize       len,
                     gsize       start,
                     gsize      *text_end,
                     gsize      *after)
{
  int depth = 0;
  gsize i;

  for (i = start; i < len; i++)
    {
      if (s[i] == '\\' && i + 1 < len)
        i++;
      else if (s[i] == '[')
        depth++;
      else if (s[i] == ']' && --depth == 0)
        break;
    }
  if (i >= len || i + 1 >= len)
    return FALSE;

  *text_end = i;
  if (s[i + 1] == '(')
    {
      int parens = 0;

      for (gsize j = i + 1; j < len; j++)
        {
          if (s[j] == '(')
            parens++;
          else if (s[j] == ')' && --parens == 0)
            {
              *after = j + 1;
              return TRUE;
            }
        }
    }
  else if (s[i + 1] == '[')
    {
      const char *close = memchr (s + i + 2, ']', len - i - 2);

      if (close != NULL)
        {
          *after = close - s + 1;
          return TRUE;
        }
    }

  return FALSE;
}

static void
markdown_inline (GString    *out,
                 const char *s,
                 gsize       len,
                 int         depth)
{
  gsize i = 0;

  while (i < len)
    {
      char c = s[i];

      if (c == '\\' && i + 1 < len && g_ascii_ispunct (s[i + 1]))
        {
          g_string_append_c (out, s[i + 1]);
          i += 2;
          continue;
        }

      if (c == '`')
        {
          gsize n = 0;
          const char *close = NULL;

          while (i + n < len && s[i + n] == '`')
            n++;
          for (gsize j = i + n; j + n <= len; j++)
            {
              gsize m = 0;

              while (j + m < len && s[j + m] == '`')
                m++;
              if (m == n)
                {
                  close = s + j;
                  break;
                }
              j += m;
            }
          if (close != NULL)
            {
              g_string_append_len (out, s + i + n, close - (s + i + n));
              i = close - s + n;
            }
          else
            {
              g_string_append_len (out, s + i, n);
              i += n;
            }
          continue;
        }

      if ((c == '[' || (c == '!' && i + 1 < len && s[i + 1] == '[')) && depth < 8)
        {
          gsize start = c == '!' ? i + 1 : i;
          gsize text_end, after;

          if (parse_markdown_link (s, len, start, &text_end, &after))
            {
              markdown_inline (out, s + start + 1, text_end - start - 1, depth + 1);
              i = after;
              continue;
            }
        }

      if (c == '<')
        {
          const char *gt = memchr (s + i, '>', len - i);
          gsize j = i + 1;

          if (has_prefix_len (s + i, len - i, "<!--"))
            {
              const char *close = g_strstr_len (s + i, len - i, "-->");

              i = close != NULL ? (gsize) (close - s) + 3 : len;
              continue;
            }
          if (gt != NULL && (has_prefix_len_ci (s + j, len - j, "http://") ||
                             has_prefix_len_ci (s + j, len - j, "https://") ||
                             has_prefix_len_ci (s + j, len - j, "mailto:")) &&
              memchr (s + j, ' ', gt - (s + j)) == NULL)
            {
              if (has_prefix_len_ci (s + j, len - j, "mailto:"))
                j += 7;
              g_string_append_len (out, s + j, gt - (s + j));
              i = gt - s + 1;
              continue;
            }
          if (j < len && s[j] == '/')
            j++;
          if (gt != NULL && j < len && g_ascii_isalpha (s[j]))
            {
              gsize name_start = j;

              while (j < len && (g_ascii_isalnum (s[j]) || s[j] == '-'))
                j++;
              if (j < len && (s[j] == ' ' || s[j] == '>' || s[j] == '/' || s[j] == '\t'))
                {
                  if (j - name_start == 2 && g_ascii_strncasecmp (s + name_start, "br", 2) == 0)
                    g_string_append_c (out, ' ');
                  i = gt - s + 1;
                  continue;
                }
            }
        }

      if (c == '&')
        {
          gsize n = decode_entity (s + i, len - i, out);

          if (n > 0)
            {
              i += n;
              continue;
            }
        }

      if (c == '*' || c == '_' || c == '~')
        {
          gsize n = 0;
          char prev = i > 0 ? s[i - 1] : ' ';
          char next;
          gboolean markup;

          while (i + n < len && s[i + n] == c)
            n++;
          next = i + n < len ? s[i + n] : ' ';

          if (g_ascii_isspace (prev) && g_ascii_isspace (next))
            markup = FALSE;
          else if (c == '_' && is_word_byte (prev) && is_word_byte (next))
            markup = FALSE;   /* snake_case */
          else if (c == '*' && g_ascii_isdigit (prev) && g_ascii_isdigit (next))
            markup = FALSE;   /* 2*3 */
          else if (c == '~')
            markup = (n == 2);
          else
            markup = (n <= 3);

          if (!markup)
            g_string_append_len (out, s + i, n);
          i += n;
          continue;
        }

      g_string_append_c (out, c);
      i++;
    }
}

typedef struct
{
  TextSink *sink;
  GString  *inline_buf;
  char      fence_char;
  gsize     fence_len;
  gboolean  in_comment;
} MarkdownState;

static gboolean
is_rule_line (const char *p,
              char        mark)
{
  int count = 0;

  for (; *p != '\0'; p++)
    {
      if (*p == mark)
        count++;
      else if (*p != ' ' && *p != '\t')
        return FALSE;
    }

  return count >= 3;
}

static gboolean
is_only_char (const char *p,
              char        mark)
{
  int count = 0;

  while (*p == mark)
    p++, count++;
  while (*p == ' ' || *p == '\t')
    p++;

  return count > 0 && *p == '\0';
}

static const char *
markdown_inline_text (MarkdownState *state,
                      const char    *text)
{
  g_string_truncate (state->inline_buf, 0);
  markdown_inline (state->inline_buf, text, strlen (text), 0);
  return state->inline_buf->str;
}

static gboolean
is_html_block_line (const char *p)
{
  static const char *const tags[] = {
    "address", "article", "aside", "blockquote", "details", "div", "dl", "dt", "dd",
    "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "td", "th", "thead", "tr", "ul",
  };

  if (*p != '<')
    return FALSE;
  p++;
  if (*p == '/')
    p++;

  for (gsize i = 0; i < G_N_ELEMENTS (tags); i++)
    {
      gsize n = strlen (tags[i]);

      if (g_ascii_strncasecmp (p, tags[i], n) == 0 &&
          (p[n] == '>' || p[n] == ' ' || p[n] == '/' || p[n] == '\0'))
        return TRUE;
    }

  return FALSE;
}

static void
markdown_table_row (MarkdownState *state,
                    const char    *line)
{
  g_auto(GStrv) cells = NULL;
  gboolean first = TRUE;
  const char *p = line;
  gsize len;

  /* The delimiter row under the header says nothing. */
  if (strspn (p, "|:- \t") == strlen (p))
    return;

  while (*p == '|' || *p == ' ')
    p++;
  len = strlen (p);
  while (len > 0 && (p[len - 1] == '|' || p[len - 1] == ' '))
    len--;

  {
    g_autofree char *row = g_strndup (p, len);

    cells = g_strsplit (row, "|", -1);
  }

  if (!sink_block_is_empty (state->sink))
    sink_newline (state->sink);
  for (guint i = 0; cells[i] != NULL; i++)
    {
      g_strstrip (cells[i]);
      if (*cells[i] == '\0')
        continue;
      if (!first)
        sink_append (state->sink, " | ");
      sink_append (state->sink, markdown_inline_text (state, cells[i]));
      first = FALSE;
    }
}

static void
markdown_line (const char *line,
               gpointer    user_data)
{
  MarkdownState *state = user_data;
  TextSink *sink = state->sink;
  const char *p = line;
  const char *item;
  int indent = 0;
  int level = 0;

  if (state->in_comment)
    {
      const char *close = strstr (line, "-->");

      if (close == NULL)
        return;
      state->in_comment = FALSE;
      p = line = close + 3;
    }

  while (*p == ' ' && indent < 4)
    p++, indent++;

  if (state->fence_len > 0)
    {
      gsize n = 0;

      while (p[n] == state->fence_char)
        n++;
      if (n >= state->fence_len && p[n + strspn (p + n, " \t")] == '\0')
        {
          state->fence_len = 0;
          sink_flush (sink);
          return;
        }
      if (!sink_block_is_empty (sink))
        sink_newline (sink);
      sink_append (sink, line);
      return;
    }

  /* Block quotes are kept as plain paragraphs. */
  while (*p == '>')
    {
      p++;
      if (*p == ' ')
        p++;
    }

  if (p[strspn (p, " \t")] == '\0')
    {
      sink_flush (sink);
      return;
    }

  if (has_prefix_len (p, strlen (p), "```") || has_prefix_len (p, strlen (p), "~~~"))
    {
      sink_flush (sink);
      state->fence_char = *p;
      state->fence_len = strspn (p, *p == '`' ? "`" : "~");
      return;
    }

  if (has_prefix_len (p, strlen (p), "<!--") && strstr (p, "-->") == NULL)
    {
      sink_flush (sink);
      state->in_comment = TRUE;
      return;
    }

  while (p[level] == '#' && level < 7)
    level++;
  if (level >= 1 && level <= 6 && (p[level] == ' ' || p[level] == '\t' || p[level] == '\0'))
    {
      g_autofree char *heading = g_strdup (p + level);
      gsize len = strlen (heading);

      /* Closing hashes ("## Skills ##") are markup too. */
      while (len > 0 && (heading[len - 1] == '#' || heading[len - 1] == ' '))
        heading[--len] = '\0';

      sink_flush (sink);
      sink->kind = BLOCK_HEADING;
      sink_append (sink, markdown_inline_text (state, heading));
      sink_flush (sink);
      return;
    }

  /* Setext headings underline a paragraph line with '=' or '-'. */
  if ((is_only_char (p, '=') || is_only_char (p, '-')) && sink->kind == BLOCK_PARAGRAPH &&
      !sink_block_is_empty (sink) && strchr (sink->block->str, '\n') == NULL)
    {
      sink->kind = BLOCK_HEADING;
      sink_flush (sink);
      return;
    }

  if (is_rule_line (p, '-') || is_rule_line (p, '*') || is_rule_line (p, '_'))
    {
      sink_flush (sink);
      return;
    }

  item = match_list_marker (p, TRUE);
  if (item != NULL)
    {
      while (*item == ' ' || *item == '\t')
        item++;
      if (item[0] == '[' && (item[1] == ' ' || item[1] == 'x' || item[1] == 'X') &&
          item[2] == ']' && item[3] == ' ')
        item += 4;

      sink_flush (sink);
      sink->kind = BLOCK_ITEM;
      sink_append (sink, markdown_inline_text (state, item));
      return;
    }

  if (*p == '|')
    {
      if (sink->kind == BLOCK_ITEM)
        sink_flush (sink);
      markdown_table_row (state, p);
      return;
    }

  /* Link reference definitions ("[1]: https://…") hold only a target. */
  if (*p == '[')
    {
      const char *close = strstr (p, "]:");

      if (close != NULL && memchr (p, ' ', close - p) == NULL)
        return;
    }

  if (is_html_block_line (p))
    {
      const char *text = markdown_inline_text (state, p);

      sink_flush (sink);
      sink_append (sink, text);
      sink_flush (sink);
      return;
    }

  {
    gsize len = strlen (p);
    /* A backslash at the end of a line is a hard break, which this keeps anyway. */
    g_autofree char *copy = g_strndup (p, len > 0 && p[len - 1] == '\\' ? len - 1 : len);

    /* A line break inside a list item continues the item. Inside a paragraph it is only a
     * soft break to a renderer, but job descriptions put one "Location: …" per line, and
     * that is worth keeping. */
    if (!sink_block_is_empty (sink))
      {
        const char *last = sink->block->str + sink->block->len - 1;

        if (sink->kind == BLOCK_ITEM)
          sink_append (sink, " ");
        else if (*last != '\n')
          sink_newline (sink);
      }
    sink_append (sink, markdown_inline_text (state, copy));
  }
}

static void
feed_markdown (TextSink   *sink,
               const char *text)
{
  MarkdownState state = { sink, g_string_new (NULL), 0, 0, FALSE };

  foreach_line (text, markdown_line, &state);
  sink_flush (sink);
  g_string_free (state.inline_buf, TRUE);
}

/* Whether plain text uses enough Markdown that reading it as Markdown loses nothing. */
static gboolean
looks_like_markdown (const char *text,
                     gsize       len)
{
  int score = 0;
  gsize scanned = 0;
  const char *p = text;

  while (scanned < len && scanned < 64 * 1024 && score < 4)
    {
      gsize n = strcspn (p, "\n");

      if (p[0] == '#')
        {
          int level = 0;

          while (p[level] == '#')
            level++;
          if (level <= 6 && p[level] == ' ')
            score += 2;
        }
      else if (has_prefix_len (p, n, "```"))
        score += 2;
      if (g_strstr_len (p, n, "](") != NULL)
        score++;
      if (g_strstr_len (p, n, "**") != NULL)
        score++;

      scanned += n + 1;
      p += n;
      if (*p == '\0')
        break;
      p++;
    }

  return score >= 3;
}

/* HTML --------------------------------------------------------------------------------------- */

enum
{
  TAG_SKIP    = 1 << 0,
  TAG_BLOCK   = 1 << 1,
  TAG_ITEM    = 1 << 2,
  TAG_HEADING = 1 << 3,
  TAG_BREAK   = 1 << 4,
  TAG_CELL    = 1 << 5,
  TAG_PRE     = 1 << 6,
  TAG_CHROME  = 1 << 7,
};

static GHashTable *
html_tag_table (void)
{
  static GHashTable *table = NULL;

  if (g_once_init_enter (&table))
    {
      static const struct { const char *name; guint flags; } tags[] = {
        /* Not text a reader sees, or the site's navigation rather than the page's content. */
        { "script", TAG_SKIP }, { "style", TAG_SKIP }, { "noscript", TAG_SKIP },
        { "nav", TAG_SKIP }, { "form", TAG_SKIP }, { "svg", TAG_SKIP },
        { "template", TAG_SKIP }, { "iframe", TAG_SKIP }, { "object", TAG_SKIP },
        { "embed", TAG_SKIP }, { "canvas", TAG_SKIP }, { "button", TAG_SKIP },
        { "select", TAG_SKIP }, { "textarea", TAG_SKIP }, { "head", TAG_SKIP },
        { "math", TAG_SKIP }, { "audio", TAG_SKIP }, { "video", TAG_SKIP },
        { "map", TAG_SKIP },
        { "header", TAG_BLOCK | TAG_CHROME }, { "footer", TAG_BLOCK | TAG_CHROME },
        { "address", TAG_BLOCK }, { "article", TAG_BLOCK }, { "aside", TAG_BLOCK },
        { "blockquote", TAG_BLOCK }, { "body", TAG_BLOCK }, { "caption", TAG_BLOCK },
        { "center", TAG_BLOCK }, { "dd", TAG_BLOCK }, { "details", TAG_BLOCK },
        { "dialog", TAG_BLOCK }, { "dir", TAG_BLOCK }, { "div", TAG_BLOCK },
        { "dl", TAG_BLOCK }, { "dt", TAG_BLOCK }, { "fieldset", TAG_BLOCK },
        { "figcaption", TAG_BLOCK }, { "figure", TAG_BLOCK }, { "hgroup", TAG_BLOCK },
        { "hr", TAG_BLOCK }, { "html", TAG_BLOCK }, { "legend", TAG_BLOCK },
        { "main", TAG_BLOCK }, { "menu", TAG_BLOCK }, { "ol", TAG_BLOCK },
        { "p", TAG_BLOCK }, { "section", TAG_BLOCK }, { "summary", TAG_BLOCK },
        { "table", TAG_BLOCK }, { "tbody", TAG_BLOCK }, { "thead", TAG_BLOCK },
        { "tfoot", TAG_BLOCK }, { "tr", TAG_BLOCK }, { "ul", TAG_BLOCK },
        { "pre", TAG_BLOCK | TAG_PRE },
        { "li", TAG_ITEM },
        { "h1", TAG_HEADING }, { "h2", TAG_HEADING }, { "h3", TAG_HEADING },
        { "h4", TAG_HEADING }, { "h5", TAG_HEADING }, { "h6", TAG_HEADING },
        { "br", TAG_BREAK },
        { "td", TAG_CELL }, { "th", TAG_CELL },
      };
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (gsize i = 0; i < G_N_ELEMENTS (tags); i++)
        g_hash_table_insert (t, (gpointer) tags[i].name, GUINT_TO_POINTER (tags[i].flags));

      g_once_init_leave (&table, t);
    }

  return table;
}

static guint
html_tag_flags (xmlNode *node)
{
  if (node->type != XML_ELEMENT_NODE || node->name == NULL)
    return 0;

  return GPOINTER_TO_UINT (g_hash_table_lookup (html_tag_table (), node->name));
}

static gboolean
node_name_is (xmlNode    *node,
              const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->name != NULL &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

typedef struct
{
  TextSink sink;
  int      pre_depth;
  int      heading_depth;
  gboolean item_pending;
} HtmlWalk;

static void
html_flush (HtmlWalk *walk)
{
  if (walk->heading_depth > 0)
    walk->sink.kind = BLOCK_HEADING;
  else if (walk->item_pending)
    walk->sink.kind = BLOCK_ITEM;
  else
    walk->sink.kind = BLOCK_PARAGRAPH;

  if (sink_flush (&walk->sink) && walk->heading_depth == 0)
    walk->item_pending = FALSE;
}

/* A <header> or <footer> of the page is its banner and legal small print; one inside an
 * article or section belongs to the content (it often holds the job title). */
static gboolean
is_page_chrome (xmlNode *node)
{
  for (xmlNode *p = node->parent; p != NULL; p = p->parent)
    if (node_name_is (p, "article") || node_name_is (p, "main") || node_name_is (p, "section"))
      return FALSE;

  return TRUE;
}

/* Returns whether to walk into @node's children. */
static gboolean
html_enter (HtmlWalk *walk,
            xmlNode  *node)
{
  guint flags;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      const char *text = (const char *) node->content;

      if (text == NULL)
        return FALSE;
      if (walk->pre_depth > 0)
        {
          const char *p = text;

          while (*p != '\0')
            {
              gsize n = strcspn (p, "\n");

              sink_append_len (&walk->sink, p, n);
              p += n;
              if (*p == '\n')
                {
                  sink_newline (&walk->sink);
                  p++;
                }
            }
        }
      else
        sink_append (&walk->sink, text);
      return FALSE;
    }

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  flags = html_tag_flags (node);
  if ((flags & TAG_SKIP) || xmlHasProp (node, BAD_CAST "hidden") != NULL)
    return FALSE;
  if ((flags & TAG_CHROME) && is_page_chrome (node))
    return FALSE;

  if (flags & TAG_BREAK)
    {
      sink_newline (&walk->sink);
      return FALSE;
    }
  if (flags & (TAG_BLOCK | TAG_ITEM | TAG_HEADING))
    html_flush (walk);
  if (flags & TAG_ITEM)
    walk->item_pending = TRUE;
  if (flags & TAG_HEADING)
    walk->heading_depth++;
  if (flags & TAG_PRE)
    walk->pre_depth++;
  if (flags & TAG_CELL)
    sink_append (&walk->sink, " ");

  return TRUE;
}

static void
html_leave (HtmlWalk *walk,
            xmlNode  *node)
{
  guint flags = html_tag_flags (node);

  if (flags & (TAG_BLOCK | TAG_ITEM | TAG_HEADING))
    html_flush (walk);
  if (flags & TAG_ITEM)
    walk->item_pending = FALSE;
  if (flags & TAG_HEADING)
    walk->heading_depth--;
  if (flags & TAG_PRE)
    walk->pre_depth--;
  if (flags & TAG_CELL)
    sink_append (&walk->sink, " ");
}

/* Walks without recursion, so that a page nested ten thousand levels deep costs no stack. */
static char *
html_node_text (xmlNode *root)
{
  HtmlWalk walk = { { 0 }, 0, 0, FALSE };
  xmlNode *node = root;
  char *text;

  sink_init (&walk.sink);

  while (node != NULL)
    {
      if (html_enter (&walk, node))
        {
          if (node->children != NULL)
            {
              node = node->children;
              continue;
            }
          html_leave (&walk, node);
        }

      while (node != root && node->next == NULL)
        {
          node = node->parent;
          html_leave (&walk, node);
        }
      if (node == root)
        break;
      node = node->next;
    }

  text = sink_finish (&walk.sink);
  sink_clear (&walk.sink);
  return text;
}

static xmlNode *
next_node (xmlNode  *node,
           xmlNode  *root,
           gboolean  descend)
{
  if (descend && node->children != NULL)
    return node->children;

  while (node != root && node->next == NULL)
    node = node->parent;

  return node == root ? NULL : node->next;
}

static xmlNode *
find_element (xmlNode    *root,
              const char *name)
{
  for (xmlNode *node = root; node != NULL;)
    {
      if (node_name_is (node, name))
        return node;
      node = next_node (node, root, !node_name_is (node, "svg"));
    }

  return NULL;
}

static char *
html_title (xmlNode *root)
{
  xmlNode *title = find_element (root, "title");
  xmlChar *content;
  char *result;

  if (title == NULL)
    return NULL;

  content = xmlNodeGetContent (title);
  result = normalise_single_line ((const char *) content);
  xmlFree (content);
  return result;
}

static htmlDocPtr
parse_html (const char *data,
            gsize       len,
            const char *encoding)
{
  if (len > G_MAXINT)
    return NULL;

  return htmlReadMemory (data, (int) len, NULL, encoding, HTML_OPTIONS);
}

static char *
html_fragment_text (const char *html)
{
  g_autoptr(xmlDoc) doc = parse_html (html, strlen (html), "UTF-8");
  xmlNode *root;

  if (doc == NULL || (root = xmlDocGetRootElement (doc)) == NULL)
    return g_strdup ("");

  return html_node_text (root);
}

static gboolean
looks_like_markup (const char *text)
{
  return strstr (text, "<p") != NULL || strstr (text, "<li") != NULL ||
         strstr (text, "<br") != NULL || strstr (text, "</") != NULL;
}

/* A JobPosting's description is HTML, sometimes escaped once more ("&lt;p&gt;"), and now and
 * then plain text with line breaks. */
static char *
description_text (const char *description)
{
  g_autofree char *text = NULL;

  if (strchr (description, '<') == NULL && strstr (description, "&lt;") == NULL)
    {
      g_auto(AutoTextSink) sink = { 0 };
      g_autofree char *decoded = decode_entities (description);

      sink_init (&sink);
      feed_plain_text (&sink, decoded);
      return sink_finish (&sink);
    }

  text = html_fragment_text (description);
  if (looks_like_markup (text))
    {
      g_autofree char *again = html_fragment_text (text);

      g_free (text);
      text = g_steal_pointer (&again);
    }

  return g_steal_pointer (&text);
}

/* JSON-LD ------------------------------------------------------------------------------------ */

static gboolean
type_is_job_posting (const char *type)
{
  return type != NULL && (g_str_equal (type, "JobPosting") ||
                          g_str_has_suffix (type, "/JobPosting") ||
                          g_str_equal (type, "schema:JobPosting"));
}

static gboolean
is_job_posting (JsonObject *object)
{
  JsonNode *type = json_object_get_member (object, "@type");

  if (type == NULL)
    return FALSE;

  if (JSON_NODE_HOLDS_VALUE (type))
    return type_is_job_posting (json_node_get_string (type));

  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) &&
              type_is_job_posting (json_node_get_string (element)))
            return TRUE;
        }
    }

  return FALSE;
}

/* A JobPosting can be the top-level object, one of an array, inside "@graph", or the
 * "mainEntity" of a WebPage: search every object breadth by depth. */
static JsonObject *
find_job_posting (JsonNode *node,
                  int       depth)
{
  if (node == NULL || depth > MAX_JSON_DEPTH)
    return NULL;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonObjectIter iter;
      JsonNode *member;

      if (is_job_posting (object))
        return object;

      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, NULL, &member))
        {
          JsonObject *found = find_job_posting (member, depth + 1);

          if (found != NULL)
            return found;
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *found = find_job_posting (json_array_get_element (array, i), depth + 1);

          if (found != NULL)
            return found;
        }
    }

  return NULL;
}

static char *
format_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == (double) (gint64) value && value > -1e15 && value < 1e15)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);

  return g_strdup (g_ascii_dtostr (buf, sizeof buf, value));
}

/* A string or number as text; for an object, its "name" (Organization, Country); for an
 * array, its first element that gives one. */
static char *
json_node_dup_text (JsonNode *node)
{
  if (node == NULL)
    return NULL;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          {
            g_autofree char *decoded = decode_entities (json_node_get_string (node));

            return normalise_single_line (decoded);
          }
        if (type == G_TYPE_INT64)
          return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
        if (type == G_TYPE_DOUBLE)
          return format_number (json_node_get_double (node));
        if (type == G_TYPE_BOOLEAN)
          return g_strdup (json_node_get_boolean (node) ? "true" : "false");
        return NULL;
      }

    case JSON_NODE_OBJECT:
      return json_node_dup_text (json_object_get_member (json_node_get_object (node), "name"));

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            char *text = json_node_dup_text (json_array_get_element (array, i));

            if (text != NULL)
              return text;
          }
        return NULL;
      }

    case JSON_NODE_NULL:
    default:
      return NULL;
    }
}

static JsonObject *
json_member_object (JsonObject *object,
                    const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    node = json_array_get_element (json_node_get_array (node), 0);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static char *
json_member_text (JsonObject *object,
                  const char *member)
{
  if (object == NULL)
    return NULL;

  return json_node_dup_text (json_object_get_member (object, member));
}

static void
set_hint (GHashTable *hints,
          const char *key,
          char       *value)
{
  if (value == NULL || *value == '\0')
    {
      g_free (value);
      return;
    }

  g_hash_table_replace (hints, g_strdup (key), value);
}

/* "50,000" and "50000.00" are the same number; keep what cannot be read as one as it is. */
static char *
normalise_amount (char *text)
{
  g_autoptr(GString) digits = NULL;
  char *end = NULL;
  double value;

  if (text == NULL)
    return NULL;

  digits = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    if (*p != ',' && *p != ' ')
      g_string_append_c (digits, *p);

  value = g_ascii_strtod (digits->str, &end);
  if (digits->len == 0 || end == NULL || *end != '\0' || value < 0)
    return text;

  g_free (text);
  return format_number (value);
}

static char *
place_text (JsonNode *place)
{
  JsonObject *object;
  JsonNode *address;
  g_autoptr(GPtrArray) parts = NULL;
  static const char *const fields[] = { "addressLocality", "addressRegion", "addressCountry" };

  if (place == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (place))
    return json_node_dup_text (place);

  object = json_node_get_object (place);
  address = json_object_get_member (object, "address");
  if (address == NULL || !JSON_NODE_HOLDS_OBJECT (address))
    return address != NULL ? json_node_dup_text (address) : json_member_text (object, "name");

  parts = g_ptr_array_new_with_free_func (g_free);
  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      char *part = json_member_text (json_node_get_object (address), fields[i]);
      gboolean seen = FALSE;

      for (guint k = 0; part != NULL && k < parts->len; k++)
        seen |= g_str_equal (part, g_ptr_array_index (parts, k));
      if (part != NULL && !seen)
        g_ptr_array_add (parts, part);
      else
        g_free (part);
    }
  if (parts->len == 0)
    return json_member_text (object, "name");

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

static char *
location_text (JsonNode *node)
{
  g_autoptr(GString) joined = NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return place_text (node);

  joined = g_string_new (NULL);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *place = place_text (json_array_get_element (array, i));

      if (place == NULL)
        continue;
      if (joined->len > 0)
        g_string_append (joined, "; ");
      g_string_append (joined, place);
    }

  return joined->len > 0 ? g_string_free (g_steal_pointer (&joined), FALSE) : NULL;
}

static char *
joined_strings (JsonNode *node)
{
  g_autoptr(GString) joined = NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return json_node_dup_text (node);

  joined = g_string_new (NULL);
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *text = json_node_dup_text (json_array_get_element (array, i));

      if (text == NULL)
        continue;
      if (joined->len > 0)
        g_string_append (joined, ", ");
      g_string_append (joined, text);
    }

  return joined->len > 0 ? g_string_free (g_steal_pointer (&joined), FALSE) : NULL;
}

static gboolean
node_mentions (JsonNode   *node,
               const char *value)
{
  g_autofree char *text = joined_strings (node);

  return text != NULL && strstr (text, value) != NULL;
}

static char *
salary_period (const char *unit)
{
  static const struct { const char *in; const char *out; } units[] = {
    { "HOUR", "HOUR" }, { "HOURLY", "HOUR" }, { "DAY", "DAY" }, { "DAILY", "DAY" },
    { "WEEK", "WEEK" }, { "WEEKLY", "WEEK" }, { "MONTH", "MONTH" }, { "MONTHLY", "MONTH" },
    { "YEAR", "YEAR" }, { "YEARLY", "YEAR" }, { "ANNUAL", "YEAR" }, { "ANNUALLY", "YEAR" },
  };

  if (unit == NULL)
    return NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_ascii_strcasecmp (unit, units[i].in) == 0)
      return g_strdup (units[i].out);

  return NULL;
}

static void
read_salary (JsonObject *posting,
             GHashTable *hints)
{
  JsonObject *salary = json_member_object (posting, "baseSalary");
  JsonNode *value_node;
  JsonObject *value = NULL;
  g_autofree char *unit = NULL;

  if (salary == NULL)
    {
      /* Some pages give a bare number. */
      set_hint (hints, "salary_min", normalise_amount (json_member_text (posting, "baseSalary")));
      set_hint (hints, "salary_currency", json_member_text (posting, "salaryCurrency"));
      return;
    }

  set_hint (hints, "salary_currency", json_member_text (salary, "currency"));
  if (!g_hash_table_contains (hints, "salary_currency"))
    set_hint (hints, "salary_currency", json_member_text (posting, "salaryCurrency"));

  value_node = json_object_get_member (salary, "value");
  if (value_node != NULL && JSON_NODE_HOLDS_OBJECT (value_node))
    value = json_node_get_object (value_node);

  if (value != NULL)
    {
      char *exact = normalise_amount (json_member_text (value, "value"));

      set_hint (hints, "salary_min", normalise_amount (json_member_text (value, "minValue")));
      set_hint (hints, "salary_max", normalise_amount (json_member_text (value, "maxValue")));
      if (exact != NULL && !g_hash_table_contains (hints, "salary_min"))
        set_hint (hints, "salary_min", g_strdup (exact));
      if (exact != NULL && !g_hash_table_contains (hints, "salary_max"))
        set_hint (hints, "salary_max", g_strdup (exact));
      g_free (exact);
      unit = json_member_text (value, "unitText");
    }
  else if (value_node != NULL)
    {
      set_hint (hints, "salary_min", normalise_amount (json_node_dup_text (value_node)));
      set_hint (hints, "salary_max", normalise_amount (json_node_dup_text (value_node)));
    }

  if (unit == NULL)
    unit = json_member_text (salary, "unitText");
  set_hint (hints, "salary_period", salary_period (unit));
}

static void
read_job_posting (JsonObject *posting,
                  GHashTable *hints,
                  char      **description)
{
  JsonObject *organization = json_member_object (posting, "hiringOrganization");
  JsonNode *location;
  char *title;
  g_autofree char *raw_description = NULL;

  title = json_member_text (posting, "title");
  if (title == NULL)
    title = json_member_text (posting, "name");
  set_hint (hints, "title", title);

  if (organization != NULL)
    {
      char *company_url = json_member_text (organization, "sameAs");

      set_hint (hints, "company", json_member_text (organization, "name"));
      if (company_url == NULL)
        company_url = json_member_text (organization, "url");
      set_hint (hints, "company_url", company_url);
    }
  else
    set_hint (hints, "company", json_member_text (posting, "hiringOrganization"));

  location = json_object_get_member (posting, "jobLocation");
  if (location == NULL)
    location = json_object_get_member (posting, "applicantLocationRequirements");
  set_hint (hints, "location", location_text (location));

  set_hint (hints, "employment_type",
            joined_strings (json_object_get_member (posting, "employmentType")));
  set_hint (hints, "date_posted", json_member_text (posting, "datePosted"));
  set_hint (hints, "valid_through", json_member_text (posting, "validThrough"));
  if (node_mentions (json_object_get_member (posting, "jobLocationType"), "TELECOMMUTE"))
    set_hint (hints, "remote", g_strdup ("true"));
  set_hint (hints, "url", json_member_text (posting, "url"));
  read_salary (posting, hints);

  if (json_object_has_member (posting, "description"))
    {
      JsonNode *node = json_object_get_member (posting, "description");

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        *description = description_text (json_node_get_string (node));
    }
}

static JsonNode *
parse_json_lenient (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autofree char *cleaned = NULL;

  if (json_parser_load_from_data (parser, text, -1, NULL))
    return json_parser_steal_root (parser);

  /* Real pages put raw line breaks and tabs inside JSON strings, which JSON forbids; outside
   * strings they are whitespace anyway, so turning them into spaces loses nothing. */
  cleaned = g_strdup (text);
  for (char *p = cleaned; *p != '\0'; p++)
    if ((guchar) *p < 0x20)
      *p = ' ';

  if (json_parser_load_from_data (parser, cleaned, -1, NULL))
    return json_parser_steal_root (parser);

  return NULL;
}

static gboolean
is_json_ld_script (xmlNode *node)
{
  xmlChar *type;
  gboolean result;

  if (!node_name_is (node, "script"))
    return FALSE;

  type = xmlGetProp (node, BAD_CAST "type");
  if (type == NULL)
    return FALSE;

  result = g_ascii_strncasecmp (g_strstrip ((char *) type), "application/ld+json", 19) == 0;
  xmlFree (type);
  return result;
}

/* Fills @hints from the first JobPosting in the page's JSON-LD; returns its description as
 * text, or %NULL. */
static char *
read_json_ld (xmlNode    *root,
              GHashTable *hints)
{
  for (xmlNode *node = root; node != NULL; node = next_node (node, root, TRUE))
    {
      g_autoptr(JsonNode) json = NULL;
      xmlChar *content;
      JsonObject *posting;
      char *description = NULL;

      if (!is_json_ld_script (node))
        continue;

      content = xmlNodeGetContent (node);
      if (content != NULL)
        json = parse_json_lenient ((const char *) content);
      xmlFree (content);

      if (json == NULL)
        {
          g_debug ("Ignoring a JSON-LD script that is not JSON");
          continue;
        }

      posting = find_job_posting (json, 0);
      if (posting == NULL)
        continue;

      read_job_posting (posting, hints, &description);
      return description;
    }

  return NULL;
}

static VocExtracted *
extract_html (GBytes      *bytes,
              const char  *data,
              gsize        len,
              const char  *encoding,
              const char  *name,
              GError     **error)
{
  g_autoptr(VocExtracted) result = extracted_new (bytes, "text/html");
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *description = NULL;
  g_autofree char *text = NULL;
  xmlNode *root;
  xmlNode *content;

  doc = parse_html (data, len, encoding);
  if (doc == NULL || (root = xmlDocGetRootElement (doc)) == NULL)
    {
      g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_NO_TEXT,
                   /* Translators: %s is a file name or a web address */
                   _("“%s” is a web page without any readable text"), name);
      return NULL;
    }

  result->title = html_title (root);
  description = read_json_ld (root, result->hints);

  /* The page's <main> is its content without the site around it, when the page says so. */
  content = find_element (root, "main");
  if (content != NULL)
    text = html_node_text (content);
  if (text == NULL || *text == '\0')
    {
      xmlNode *body = find_element (root, "body");

      g_free (text);
      text = html_node_text (body != NULL ? body : root);
    }

  if (description != NULL && *description != '\0')
    {
      g_free (text);
      text = g_steal_pointer (&description);
    }

  if (*text == '\0')
    {
      g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_NO_TEXT,
                   _("“%s” is a web page without any readable text"), name);
      return NULL;
    }

  result->text = g_steal_pointer (&text);
  return g_steal_pointer (&result);
}

static void
set_encrypted_error (GError     **error,
                     const char  *name)
{
  g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_ENCRYPTED,
               _("“%s” is protected with a password; save a copy without the password and "
                 "import that"), name);
}

/* PDF ---------------------------------------------------------------------------------------- */

/* PDF text comes as lines, in reading order, without the layout that says which lines go
 * together. The position of each character gives it back: a line that starts at the text of
 * the list item above it continues that item, and a gap taller than a line starts a new
 * paragraph. */
typedef struct
{
  TextSink *sink;
  gboolean  in_item;
  double    item_text_x;
  double    last_bottom;
  double    last_height;
} PdfLayout;

static void
pdf_layout_line (PdfLayout              *layout,
                 const char             *line,
                 const PopplerRectangle *first,
                 const PopplerRectangle *text_start)
{
  TextSink *sink = layout->sink;
  const char *item;
  double height = first->y2 - first->y1;
  const char *p = line;

  while (*p == ' ' || *p == '\t')
    p++;
  if (*p == '\0')
    return;

  if (layout->last_height > 0 && first->y1 - layout->last_bottom > 0.9 * layout->last_height)
    {
      sink_flush (sink);
      layout->in_item = FALSE;
    }
  layout->last_bottom = first->y2;
  layout->last_height = height;

  item = match_list_marker (line, TRUE);
  if (item != NULL)
    {
      sink_flush (sink);
      sink->kind = BLOCK_ITEM;
      sink_append (sink, item);
      layout->in_item = TRUE;
      layout->item_text_x = text_start->x1;
      return;
    }

  if (layout->in_item)
    {
      if (first->x1 >= layout->item_text_x - 1.5)
        {
          GString *block = sink->block;

          /* "deploy-" + "ment": a word broken at the end of the line. */
          while (*line == ' ')
            line++;
          if (block->len >= 2 && block->str[block->len - 1] == '-' &&
              g_ascii_isalpha (block->str[block->len - 2]) && g_ascii_islower (*line))
            g_string_truncate (block, block->len - 1);
          else
            sink_append (sink, " ");
          sink_append (sink, line);
          return;
        }
      sink_flush (sink);
      layout->in_item = FALSE;
    }

  if (!sink_block_is_empty (sink))
    sink_newline (sink);
  sink_append (sink, line);
}

static void
feed_pdf_page (TextSink         *sink,
               const char       *text,
               PopplerRectangle *rects,
               guint             n_rects)
{
  PdfLayout layout = { sink, FALSE, 0, 0, 0 };
  g_autoptr(GString) line = g_string_new (NULL);
  const char *p = text;
  guint index = 0;

  /* Without one rectangle per character, the layout cannot be trusted. */
  if (rects == NULL || (glong) n_rects != g_utf8_strlen (text, -1))
    {
      foreach_line (text, plain_text_line, sink);
      sink_flush (sink);
      return;
    }

  while (*p != '\0')
    {
      gsize n = strcspn (p, "\n");
      guint line_index = index;
      guint text_index;
      const char *item;

      g_string_truncate (line, 0);
      g_string_append_len (line, p, n);

      /* Where the text of a list item starts, past its marker and the space after it. */
      item = match_list_marker (line->str, TRUE);
      if (item != NULL)
        while (*item == ' ' || *item == '\t')
          item++;
      text_index = line_index + (item != NULL ? g_utf8_strlen (line->str, item - line->str) : 0);
      index += g_utf8_strlen (p, n);

      if (n > 0)
        pdf_layout_line (&layout, line->str, &rects[MIN (line_index, n_rects - 1)],
                         &rects[MIN (text_index, n_rects - 1)]);

      p += n;
      if (*p == '\n')
        {
          p++;
          index++;
        }
    }

  sink_flush (sink);
}

/* Poppler declares no autoptr cleanups before 23.x, and declaring them here would clash
 * with the ones newer releases have: the document and its pages are released by hand. */
static gboolean
pdf_document_text (PopplerDocument  *document,
                   TextSink         *sink,
                   GCancellable     *cancellable,
                   GError          **error)
{
  int n_pages = poppler_document_get_n_pages (document);

  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page;
      PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      char *page_text;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      page = poppler_document_get_page (document, i);
      if (page == NULL)
        continue;
      page_text = poppler_page_get_text (page);
      if (page_text != NULL && !g_utf8_validate (page_text, -1, NULL))
        {
          char *valid = g_utf8_make_valid (page_text, -1);

          g_free (page_text);
          page_text = valid;
        }
      if (page_text != NULL && !poppler_page_get_text_layout (page, &rects, &n_rects))
        g_clear_pointer (&rects, g_free);
      g_object_unref (page);

      if (page_text != NULL)
        feed_pdf_page (sink, page_text, rects, n_rects);
      g_free (page_text);
      g_clear_pointer (&rects, g_free);
    }

  return TRUE;
}

static VocExtracted *
extract_pdf (GBytes        *bytes,
             const char    *name,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(VocExtracted) result = extracted_new (bytes, "application/pdf");
  g_autoptr(GError) local_error = NULL;
  g_auto(AutoTextSink) sink = { 0 };
  g_autofree char *title = NULL;
  PopplerDocument *document;
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);
  gsize tail = MIN (len, 1024);
  gboolean ok;

  /* Poppler rebuilds a cut-off file from what is left and hands out the pages it finds, so a
   * partial download would import as a shorter job. A PDF ends with %%EOF; like Acrobat,
   * accept it anywhere in the last kilobyte. */
  if (find_bytes (data + len - tail, tail, "%%EOF") == NULL)
    {
      g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_DAMAGED,
                   _("“%s” is a damaged PDF: the file is incomplete"), name);
      return NULL;
    }

  document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        set_encrypted_error (error, name);
      else
        g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_DAMAGED,
                     _("“%s” is a damaged PDF: %s"), name, local_error->message);
      return NULL;
    }

  sink_init (&sink);
  ok = pdf_document_text (document, &sink, cancellable, error);
  title = poppler_document_get_title (document);
  g_object_unref (document);
  if (!ok)
    return NULL;

  result->text = sink_finish (&sink);
  if (*result->text == '\0')
    {
      g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_NO_TEXT,
                   _("“%s” is a scanned PDF without text"), name);
      return NULL;
    }

  result->title = normalise_single_line (title);
  return g_steal_pointer (&result);
}

/* ZIP documents ----------------------------------------------------------------------------- */

typedef struct
{
  GBytes   *document_xml;   /* DOCX: word/document.xml */
  GBytes   *styles_xml;     /* DOCX: word/styles.xml */
  GBytes   *core_xml;       /* DOCX: docProps/core.xml */
  GBytes   *content_xml;    /* ODT: content.xml */
  GBytes   *meta_xml;       /* ODT: meta.xml */
  GBytes   *mimetype;       /* ODT: mimetype */
  gboolean  looks_like_ooxml;
} ZipParts;

static void
zip_parts_clear (ZipParts *parts)
{
  g_clear_pointer (&parts->document_xml, g_bytes_unref);
  g_clear_pointer (&parts->styles_xml, g_bytes_unref);
  g_clear_pointer (&parts->core_xml, g_bytes_unref);
  g_clear_pointer (&parts->content_xml, g_bytes_unref);
  g_clear_pointer (&parts->meta_xml, g_bytes_unref);
  g_clear_pointer (&parts->mimetype, g_bytes_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ZipParts, zip_parts_clear)

static GBytes **
zip_part_slot (ZipParts   *parts,
               const char *path)
{
  static const struct { const char *path; gsize offset; } slots[] = {
    { "word/document.xml", G_STRUCT_OFFSET (ZipParts, document_xml) },
    { "word/styles.xml", G_STRUCT_OFFSET (ZipParts, styles_xml) },
    { "docProps/core.xml", G_STRUCT_OFFSET (ZipParts, core_xml) },
    { "content.xml", G_STRUCT_OFFSET (ZipParts, content_xml) },
    { "meta.xml", G_STRUCT_OFFSET (ZipParts, meta_xml) },
    { "mimetype", G_STRUCT_OFFSET (ZipParts, mimetype) },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (slots); i++)
    if (g_ascii_strcasecmp (path, slots[i].path) == 0)
      return G_STRUCT_MEMBER_P (parts, slots[i].offset);

  return NULL;
}

static void
set_zip_bomb_error (GError     **error,
                    const char  *name)
{
  g_autofree char *cap = g_format_size_full (MAX_ZIP_PART_SIZE, G_FORMAT_SIZE_IEC_UNITS);

  g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_ZIP_BOMB,
               _("“%s” unpacks to more than %s; it was refused as a possible zip bomb"),
               name, cap);
}

static void
set_archive_error (GError        **error,
                   const char     *name,
                   struct archive *archive)
{
  const char *reason = archive_error_string (archive);

  g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_DAMAGED,
               _("“%s” is a damaged document: %s"), name,
               reason != NULL ? reason : _("the ZIP archive cannot be read"));
}

/* Reads the parts an importer needs, counting every byte as it comes out of the
 * decompressor: the sizes in the headers are the archive's claim, not a fact. */
static gboolean
read_zip_parts (GBytes        *bytes,
                const char    *name,
                ZipParts      *parts,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(VocArchive) archive = archive_read_new ();
  g_autofree guint8 *buffer = g_malloc (64 * 1024);
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);
  gsize total = 0;
  guint n_entries = 0;

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, data, len) != ARCHIVE_OK)
    {
      set_archive_error (error, name, archive);
      return FALSE;
    }

  for (;;)
    {
      struct archive_entry *entry = NULL;
      g_autoptr(GByteArray) part = NULL;
      const char *path;
      GBytes **slot;
      int r;

      r = archive_read_next_header (archive, &entry);
      if (r == ARCHIVE_EOF)
        break;
      if (r < ARCHIVE_WARN)
        {
          set_archive_error (error, name, archive);
          return FALSE;
        }

      if (++n_entries > MAX_ZIP_ENTRIES)
        {
          g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_ZIP_BOMB,
                       _("“%s” holds more than %d files; it was refused as a possible zip "
                         "bomb"), name, MAX_ZIP_ENTRIES);
          return FALSE;
        }

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      path = archive_entry_pathname (entry);
      if (path == NULL)
        continue;
      if (g_str_has_prefix (path, "word/") || g_str_equal (path, "[Content_Types].xml"))
        parts->looks_like_ooxml = TRUE;

      slot = zip_part_slot (parts, path);
      if (slot == NULL || *slot != NULL || archive_entry_filetype (entry) != AE_IFREG)
        continue;

      if (archive_entry_is_encrypted (entry))
        {
          set_encrypted_error (error, name);
          return FALSE;
        }

      /* A declared size over the cap is refused at once; a smaller one proves nothing. */
      if (archive_entry_size_is_set (entry) &&
          (guint64) archive_entry_size (entry) > MAX_ZIP_PART_SIZE)
        {
          g_debug ("%s: %s declares %" G_GINT64_FORMAT " bytes", name, path,
                   (gint64) archive_entry_size (entry));
          set_zip_bomb_error (error, name);
          return FALSE;
        }

      part = g_byte_array_new ();
      for (;;)
        {
          la_ssize_t n = archive_read_data (archive, buffer, 64 * 1024);

          if (n == 0)
            break;
          if (n < 0)
            {
              if (archive_read_has_encrypted_entries (archive) > 0)
                set_encrypted_error (error, name);
              else
                set_archive_error (error, name, archive);
              return FALSE;
            }

          total += n;
          if (part->len + (gsize) n > MAX_ZIP_PART_SIZE || total > MAX_ZIP_TOTAL_SIZE)
            {
              g_debug ("%s: %s unpacks to more than it may", name, path);
              set_zip_bomb_error (error, name);
              return FALSE;
            }
          g_byte_array_append (part, buffer, n);

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
        }

      *slot = g_byte_array_free_to_bytes (g_steal_pointer (&part));
    }

  return TRUE;
}

/* XML parts ----------------------------------------------------------------------------------
 *
 * Read with libxml2's streaming reader: no tree in memory, no network, no DTD. A DOCTYPE is
 * refused outright: Office and OpenDocument files never have one, and it is the door to
 * entity expansion tricks ("billion laughs"). */

static gboolean
xml_has_doctype (GBytes *xml)
{
  gsize len;
  const char *p = g_bytes_get_data (xml, &len);
  const char *end = p + len;
  g_autoptr(GString) ascii = NULL;
  gboolean windowed = FALSE;
  int high = -1;

  /* A prolog in UTF-16 (with a byte order mark or without) is scanned through its ASCII
   * characters, which is all the markup looked for here needs. */
  if (len >= 2 && (guchar) p[0] == 0xFF && (guchar) p[1] == 0xFE)
    high = 1, p += 2, len -= 2;
  else if (len >= 2 && (guchar) p[0] == 0xFE && (guchar) p[1] == 0xFF)
    high = 0, p += 2, len -= 2;
  else if (len >= 4 && memcmp (p, "<\0?\0", 4) == 0)
    high = 1;
  else if (len >= 4 && memcmp (p, "\0<\0?", 4) == 0)
    high = 0;

  if (high >= 0)
    {
      gsize n_chars = MIN (len / 2, 32 * 1024);

      ascii = g_string_sized_new (n_chars);
      for (gsize i = 0; i < n_chars; i++)
        {
          guchar hi = p[2 * i + high];
          guchar lo = p[2 * i + 1 - high];

          g_string_append_c (ascii, hi == 0 && lo != 0 && lo < 0x80 ? (char) lo : '?');
        }
      windowed = n_chars < len / 2;
      p = ascii->str;
      end = p + ascii->len;
    }
  else if (len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  while (p < end)
    {
      if (g_ascii_isspace (*p))
        p++;
      else if (has_prefix_len (p, end - p, "<?"))
        {
          const guint8 *close = find_bytes ((const guint8 *) p, end - p, "?>");

          if (close == NULL)
            return windowed;
          p = (const char *) close + 2;
        }
      else if (has_prefix_len (p, end - p, "<!--"))
        {
          const guint8 *close = find_bytes ((const guint8 *) p, end - p, "-->");

          if (close == NULL)
            return windowed;
          p = (const char *) close + 3;
        }
      else
        return has_prefix_len (p, end - p, "<!DOCTYPE");
    }

  /* A prolog longer than the window is no Office file's: refuse it rather than guess. */
  return windowed;
}

static void
set_doctype_error (GError     **error,
                   const char  *name)
{
  g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_DAMAGED,
               _("“%s” is a damaged document: it declares a document type, which Word and "
                 "OpenDocument files never do"), name);
}

typedef struct
{
  xmlTextReader *reader;
  char          *message;
} XmlInput;

static void
on_xml_error_cb (void        *user_data,
                 xmlErrorPtr  xml_error)
{
  XmlInput *input = user_data;

  if (input->message == NULL && xml_error != NULL && xml_error->message != NULL)
    input->message = g_strchomp (g_strdup (xml_error->message));
}

static gboolean
xml_input_open (XmlInput    *input,
                GBytes      *xml,
                const char  *name,
                GError     **error)
{
  gsize len;
  const char *data = g_bytes_get_data (xml, &len);

  memset (input, 0, sizeof *input);

  if (xml_has_doctype (xml))
    {
      set_doctype_error (error, name);
      return FALSE;
    }

  input->reader = xmlReaderForMemory (data, (int) len, NULL, NULL, XML_OPTIONS);
  if (input->reader == NULL)
    {
      g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_DAMAGED,
                   _("“%s” is a damaged document: its XML cannot be read"), name);
      return FALSE;
    }
  xmlTextReaderSetStructuredErrorHandler (input->reader, on_xml_error_cb, input);

  return TRUE;
}

static void
xml_input_clear (XmlInput *input)
{
  g_clear_pointer (&input->reader, xmlFreeTextReader);
  g_clear_pointer (&input->message, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (XmlInput, xml_input_clear)

static void
set_xml_error (GError     **error,
               const char  *name,
               XmlInput    *input)
{
  g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_DAMAGED,
               _("“%s” is a damaged document: its XML is not well-formed (%s)"), name,
               input->message != NULL ? input->message : "?");
}

static gboolean
reader_is (xmlTextReader *reader,
           const char    *ns,
           const char    *local)
{
  const xmlChar *node_ns = xmlTextReaderConstNamespaceUri (reader);
  const xmlChar *node_local = xmlTextReaderConstLocalName (reader);

  return node_ns != NULL && node_local != NULL &&
         g_str_equal ((const char *) node_ns, ns) &&
         g_str_equal ((const char *) node_local, local);
}

static gboolean
reader_is_w (xmlTextReader *reader,
             const char    *local)
{
  return reader_is (reader, W_NS, local) || reader_is (reader, W_STRICT_NS, local);
}

static char *
reader_dup_attribute (xmlTextReader *reader,
                      const char    *local,
                      const char    *ns)
{
  xmlChar *value = xmlTextReaderGetAttributeNs (reader, BAD_CAST local, BAD_CAST ns);
  char *result;

  if (value == NULL)
    return NULL;

  result = g_strdup ((const char *) value);
  xmlFree (value);
  return result;
}

static char *
reader_dup_w_val (xmlTextReader *reader)
{
  char *value = reader_dup_attribute (reader, "val", W_NS);

  if (value == NULL)
    value = reader_dup_attribute (reader, "val", W_STRICT_NS);
  return value;
}

/* The dc:title of docProps/core.xml or meta.xml. Metadata that cannot be read costs only the
 * title, except for a DOCTYPE, which is refused everywhere. */
static gboolean
read_dc_title (GBytes      *xml,
               const char  *name,
               char       **title,
               GError     **error)
{
  g_auto(XmlInput) input = { 0 };

  *title = NULL;
  if (xml == NULL)
    return TRUE;

  if (!xml_input_open (&input, xml, name, error))
    return FALSE;

  while (xmlTextReaderRead (input.reader) == 1)
    {
      int type = xmlTextReaderNodeType (input.reader);

      if (type == XML_READER_TYPE_DOCUMENT_TYPE)
        {
          set_doctype_error (error, name);
          return FALSE;
        }
      if (type == XML_READER_TYPE_ELEMENT && reader_is (input.reader, DC_NS, "title"))
        {
          xmlChar *value = xmlTextReaderReadString (input.reader);

          *title = normalise_single_line ((const char *) value);
          xmlFree (value);
          break;
        }
    }

  return TRUE;
}

/* DOCX style ids are localised ("berschrift1" in a German Word), their names are not
 * ("heading 1"): map ids to what their paragraphs are. */
static GHashTable *
read_docx_styles (GBytes      *xml,
                  const char  *name,
                  GError     **error)
{
  g_autoptr(GHashTable) styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(XmlInput) input = { 0 };
  g_autofree char *style_id = NULL;

  if (xml == NULL)
    return g_steal_pointer (&styles);
  if (!xml_input_open (&input, xml, name, error))
    return NULL;

  while (xmlTextReaderRead (input.reader) == 1)
    {
      int type = xmlTextReaderNodeType (input.reader);

      if (type == XML_READER_TYPE_DOCUMENT_TYPE)
        {
          set_doctype_error (error, name);
          return NULL;
        }
      if (type != XML_READER_TYPE_ELEMENT)
        continue;

      if (reader_is_w (input.reader, "style"))
        {
          g_free (style_id);
          style_id = reader_dup_attribute (input.reader, "styleId", W_NS);
          if (style_id == NULL)
            style_id = reader_dup_attribute (input.reader, "styleId", W_STRICT_NS);
        }
      else if (style_id != NULL && reader_is_w (input.reader, "name"))
        {
          g_autofree char *style_name = reader_dup_w_val (input.reader);
          g_autofree char *lower = style_name != NULL ? g_ascii_strdown (style_name, -1) : NULL;

          if (lower == NULL)
            continue;
          if (g_str_has_prefix (lower, "heading") || g_str_equal (lower, "title"))
            g_hash_table_insert (styles, g_strdup (style_id), GINT_TO_POINTER (BLOCK_HEADING));
          else if (g_str_has_prefix (lower, "list bullet") ||
                   g_str_has_prefix (lower, "list number"))
            g_hash_table_insert (styles, g_strdup (style_id), GINT_TO_POINTER (BLOCK_ITEM));
        }
    }

  /* Malformed styles cost only the headings. */
  return g_steal_pointer (&styles);
}

static BlockKind
docx_style_kind (GHashTable *styles,
                 const char *style_id)
{
  gpointer kind;

  if (style_id == NULL)
    return BLOCK_PARAGRAPH;
  if (g_hash_table_lookup_extended (styles, style_id, NULL, &kind))
    return GPOINTER_TO_INT (kind);
  if (g_ascii_strncasecmp (style_id, "Heading", 7) == 0 ||
      g_ascii_strcasecmp (style_id, "Title") == 0)
    return BLOCK_HEADING;

  return BLOCK_PARAGRAPH;
}

static gboolean
walk_docx (GBytes        *xml,
           GHashTable    *styles,
           TextSink      *sink,
           const char    *name,
           GCancellable  *cancellable,
           GError       **error)
{
  g_auto(XmlInput) input = { 0 };
  BlockKind kind = BLOCK_PARAGRAPH;
  gboolean in_text = FALSE;
  gboolean skip = FALSE;
  int run_depth = 0;
  guint n_nodes = 0;
  int r;

  if (!xml_input_open (&input, xml, name, error))
    return FALSE;

  while ((r = skip ? xmlTextReaderNext (input.reader) : xmlTextReaderRead (input.reader)) == 1)
    {
      xmlTextReader *reader = input.reader;
      int type = xmlTextReaderNodeType (reader);

      skip = FALSE;

      if ((++n_nodes & 0xFFF) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (type == XML_READER_TYPE_DOCUMENT_TYPE)
        {
          set_doctype_error (error, name);
          return FALSE;
        }

      if (type == XML_READER_TYPE_ELEMENT)
        {
          gboolean empty = xmlTextReaderIsEmptyElement (reader);

          /* Alternate content comes twice, the second time for old readers; moved-from
           * text is shown deleted. */
          if (reader_is (reader, MC_NS, "Fallback") || reader_is_w (reader, "moveFrom"))
            {
              skip = !empty;
              continue;
            }

          if (reader_is_w (reader, "p"))
            {
              if (!sink_block_is_empty (sink))
                {
                  sink->kind = kind;
                  sink_flush (sink);
                }
              kind = BLOCK_PARAGRAPH;
            }
          else if (reader_is_w (reader, "pStyle"))
            {
              g_autofree char *style = reader_dup_w_val (reader);
              BlockKind style_kind = docx_style_kind (styles, style);

              if (style_kind != BLOCK_PARAGRAPH)
                kind = style_kind;
            }
          else if (reader_is_w (reader, "numPr"))
            {
              if (kind != BLOCK_HEADING)
                kind = BLOCK_ITEM;
            }
          else if (reader_is_w (reader, "numId"))
            {
              g_autofree char *id = reader_dup_w_val (reader);

              /* numId 0 switches numbering off. */
              if (id != NULL && g_str_equal (id, "0") && kind == BLOCK_ITEM)
                kind = BLOCK_PARAGRAPH;
            }
          else if (reader_is_w (reader, "outlineLvl"))
            {
              g_autofree char *level = reader_dup_w_val (reader);

              if (level != NULL && atoi (level) < 9)
                kind = BLOCK_HEADING;
            }
          else if (reader_is_w (reader, "r"))
            {
              if (!empty)
                run_depth++;
            }
          else if (reader_is_w (reader, "t"))
            in_text = !empty;
          else if (run_depth > 0 && (reader_is_w (reader, "tab") || reader_is_w (reader, "ptab")))
            sink_append (sink, " ");
          else if (run_depth > 0 && (reader_is_w (reader, "br") || reader_is_w (reader, "cr")))
            sink_newline (sink);
          else if (run_depth > 0 && reader_is_w (reader, "noBreakHyphen"))
            sink_append (sink, "-");
        }
      else if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (reader_is_w (reader, "p"))
            {
              sink->kind = kind;
              sink_flush (sink);
              kind = BLOCK_PARAGRAPH;
            }
          else if (reader_is_w (reader, "r"))
            run_depth = MAX (run_depth - 1, 0);
          else if (reader_is_w (reader, "t"))
            in_text = FALSE;
        }
      else if (in_text && (type == XML_READER_TYPE_TEXT ||
                           type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                           type == XML_READER_TYPE_CDATA))
        sink_append (sink, (const char *) xmlTextReaderConstValue (reader));
    }

  if (r < 0)
    {
      set_xml_error (error, name, &input);
      return FALSE;
    }

  sink_flush (sink);
  return TRUE;
}

static gboolean
odt_skipped_element (xmlTextReader *reader)
{
  static const char *const text_elements[] = {
    "note", "tracked-changes", "table-of-content", "illustration-index", "table-index",
    "object-index", "user-index", "alphabetical-index", "bibliography", "sequence-decls",
    "variable-decls", "user-field-decls",
  };

  if (reader_is (reader, OFFICE_NS, "annotation") || reader_is (reader, OFFICE_NS, "forms"))
    return TRUE;

  for (gsize i = 0; i < G_N_ELEMENTS (text_elements); i++)
    if (reader_is (reader, TEXT_NS, text_elements[i]))
      return TRUE;

  return FALSE;
}

static gboolean
walk_odt (GBytes        *xml,
          TextSink      *sink,
          const char    *name,
          GCancellable  *cancellable,
          GError       **error)
{
  g_auto(XmlInput) input = { 0 };
  g_autoptr(GHashTable) title_styles = NULL;
  gboolean item_pending = FALSE;
  gboolean skip = FALSE;
  int text_depth = 0;
  guint n_nodes = 0;
  int r;

  if (!xml_input_open (&input, xml, name, error))
    return FALSE;

  title_styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (title_styles, g_strdup ("Title"));

  while ((r = skip ? xmlTextReaderNext (input.reader) : xmlTextReaderRead (input.reader)) == 1)
    {
      xmlTextReader *reader = input.reader;
      int type = xmlTextReaderNodeType (reader);

      skip = FALSE;

      if ((++n_nodes & 0xFFF) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (type == XML_READER_TYPE_DOCUMENT_TYPE)
        {
          set_doctype_error (error, name);
          return FALSE;
        }

      if (type == XML_READER_TYPE_ELEMENT)
        {
          gboolean empty = xmlTextReaderIsEmptyElement (reader);
          gboolean heading = reader_is (reader, TEXT_NS, "h");

          if (odt_skipped_element (reader))
            {
              skip = !empty;
              continue;
            }

          /* LibreOffice writes a title as a paragraph in the "Title" style, or in an
           * automatic style derived from it. */
          if (reader_is (reader, STYLE_NS, "style"))
            {
              g_autofree char *style_name = reader_dup_attribute (reader, "name", STYLE_NS);
              g_autofree char *parent = reader_dup_attribute (reader, "parent-style-name",
                                                              STYLE_NS);

              if (style_name != NULL && parent != NULL &&
                  g_hash_table_contains (title_styles, parent))
                g_hash_table_add (title_styles, g_steal_pointer (&style_name));
            }
          else if (heading || reader_is (reader, TEXT_NS, "p"))
            {
              g_autofree char *style = reader_dup_attribute (reader, "style-name", TEXT_NS);

              if (!sink_block_is_empty (sink))
                sink_flush (sink);

              if (heading || (style != NULL && g_hash_table_contains (title_styles, style)))
                sink->kind = BLOCK_HEADING;
              else if (item_pending)
                sink->kind = BLOCK_ITEM;
              else
                sink->kind = BLOCK_PARAGRAPH;
              item_pending = FALSE;

              if (!empty)
                text_depth++;
            }
          else if (reader_is (reader, TEXT_NS, "list-item"))
            item_pending = !empty;
          else if (text_depth > 0 && (reader_is (reader, TEXT_NS, "s") ||
                                      reader_is (reader, TEXT_NS, "tab")))
            sink_append (sink, " ");
          else if (text_depth > 0 && reader_is (reader, TEXT_NS, "line-break"))
            sink_newline (sink);
        }
      else if (type == XML_READER_TYPE_END_ELEMENT)
        {
          if (reader_is (reader, TEXT_NS, "h") || reader_is (reader, TEXT_NS, "p"))
            {
              BlockKind kind = sink->kind;

              sink_flush (sink);
              text_depth = MAX (text_depth - 1, 0);
              /* After a paragraph nested in another (a text box), carry on with the outer
               * one as a plain paragraph. */
              if (text_depth > 0 && kind == BLOCK_HEADING)
                sink->kind = BLOCK_PARAGRAPH;
            }
          else if (reader_is (reader, TEXT_NS, "list-item"))
            item_pending = FALSE;
        }
      else if (text_depth > 0 && (type == XML_READER_TYPE_TEXT ||
                                  type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                                  type == XML_READER_TYPE_CDATA))
        sink_append (sink, (const char *) xmlTextReaderConstValue (reader));
    }

  if (r < 0)
    {
      set_xml_error (error, name, &input);
      return FALSE;
    }

  sink_flush (sink);
  return TRUE;
}

static VocExtracted *
extract_zip_document (GBytes        *bytes,
                      const char    *name,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_auto(ZipParts) parts = { 0 };
  g_auto(AutoTextSink) sink = { 0 };
  g_autoptr(VocExtracted) result = NULL;
  g_autofree char *mimetype = NULL;
  gboolean ok;

  if (!read_zip_parts (bytes, name, &parts, cancellable, error))
    return NULL;

  if (parts.mimetype != NULL)
    {
      gsize len;
      const char *data = g_bytes_get_data (parts.mimetype, &len);

      mimetype = g_strstrip (g_strndup (data, len));
    }

  sink_init (&sink);

  if (parts.document_xml != NULL)
    {
      g_autoptr(GHashTable) styles = read_docx_styles (parts.styles_xml, name, error);

      if (styles == NULL)
        return NULL;

      result = extracted_new (bytes, MEDIA_TYPE_DOCX);
      ok = walk_docx (parts.document_xml, styles, &sink, name, cancellable, error) &&
           read_dc_title (parts.core_xml, name, &result->title, error);
    }
  else if (parts.content_xml != NULL &&
           (mimetype == NULL || g_str_has_prefix (mimetype, MEDIA_TYPE_ODT)))
    {
      result = extracted_new (bytes, MEDIA_TYPE_ODT);
      ok = walk_odt (parts.content_xml, &sink, name, cancellable, error) &&
           read_dc_title (parts.meta_xml, name, &result->title, error);
    }
  else if (parts.looks_like_ooxml && mimetype == NULL)
    {
      g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_DAMAGED,
                   _("“%s” is a damaged Word document: its main part (word/document.xml) is "
                     "missing"), name);
      return NULL;
    }
  else
    {
      g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is a ZIP archive, not a Word (DOCX) or OpenDocument (ODT) text "
                     "document"), name);
      return NULL;
    }

  if (!ok)
    return NULL;

  result->text = sink_finish (&sink);
  if (*result->text == '\0')
    {
      g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_NO_TEXT,
                   _("“%s” is a document without any text"), name);
      return NULL;
    }

  return g_steal_pointer (&result);
}

/* Detection ---------------------------------------------------------------------------------- */

static const char *
skip_ascii_space (const char *p,
                  const char *end)
{
  while (p < end && g_ascii_isspace (*p))
    p++;
  return p;
}

/* Roughly the WHATWG sniffing rule: markup that only HTML starts with, after white space,
 * comments and an XML declaration; or an <html> or <body> tag near the top. */
static gboolean
sniff_html (const char *data,
            gsize       len)
{
  static const char *const starts[] = {
    "<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<h1", "<div",
    "<font", "<table", "<a", "<style", "<title", "<b", "<br", "<p", "<meta", "<link",
    "<section", "<article", "<main", "<ul", "<ol", "<span",
  };
  const char *end = data + MIN (len, 4096);
  const char *p = skip_ascii_space (data, end);

  for (;;)
    {
      const char *close;

      if (has_prefix_len (p, end - p, "<!--"))
        close = g_strstr_len (p, end - p, "-->");
      else if (has_prefix_len (p, end - p, "<?"))
        close = g_strstr_len (p, end - p, "?>");
      else
        break;

      if (close == NULL)
        return FALSE;
      p = skip_ascii_space (close + (*close == '-' ? 3 : 2), end);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      gsize n = strlen (starts[i]);

      if (has_prefix_len_ci (p, end - p, starts[i]) && (gsize) (end - p) > n &&
          (p[n] == ' ' || p[n] == '>' || p[n] == '/' || p[n] == '\t' || p[n] == '\n' ||
           p[n] == '\r'))
        return TRUE;
    }

  for (const char *q = data; q + 6 <= data + MIN (len, 1024); q++)
    if (*q == '<' && (has_prefix_len_ci (q, 6, "<html>") || has_prefix_len_ci (q, 6, "<html ") ||
                      has_prefix_len_ci (q, 6, "<body>") || has_prefix_len_ci (q, 6, "<body ")))
      return TRUE;

  return FALSE;
}

static gboolean
name_has_suffix (const char *name,
                 const char *suffix)
{
  gsize name_len, suffix_len;

  if (name == NULL)
    return FALSE;

  name_len = strlen (name);
  suffix_len = strlen (suffix);
  return name_len >= suffix_len && g_ascii_strcasecmp (name + name_len - suffix_len, suffix) == 0;
}

/* The file name only chooses between flavours of text (Markdown or plain): what the bytes
 * are is always decided by the bytes. */
static gboolean
name_says_markdown (const char *name)
{
  return name_has_suffix (name, ".md") || name_has_suffix (name, ".markdown") ||
         name_has_suffix (name, ".mdown") || name_has_suffix (name, ".mkd");
}

static void
set_unsupported_error (GError       **error,
                       const char    *name,
                       const guint8  *data,
                       gsize          len)
{
  gboolean uncertain = TRUE;
  g_autofree char *type = g_content_type_guess (NULL, data, MIN (len, 16 * 1024), &uncertain);
  g_autofree char *description = NULL;

  if (!uncertain && type != NULL && !g_content_type_is_unknown (type) &&
      !g_content_type_equals (type, "application/octet-stream"))
    description = g_content_type_get_description (type);

  if (description != NULL)
    g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_UNSUPPORTED,
                 /* Translators: the second %s is a kind of file, such as "PNG image" */
                 _("“%s” is not a document Vocation can read (%s)"), name, description);
  else
    g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_UNSUPPORTED,
                 _("“%s” is not a document Vocation can read: it holds binary data, not text"),
                 name);
}

/* Text in a legacy 8-bit encoding: what the web server said, then Windows-1252 (which most
 * "Latin-1" text really is), then Latin-1, which accepts any byte. */
static char *
convert_legacy (const char *data,
                gsize       len,
                const char *charset)
{
  const char *candidates[] = { charset, "WINDOWS-1252", "ISO-8859-1" };

  for (gsize i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      char *converted;

      if (candidates[i] == NULL)
        continue;
      converted = g_convert (data, len, "UTF-8", candidates[i], NULL, NULL, NULL);
      if (converted != NULL && g_utf8_validate (converted, -1, NULL))
        return converted;
      g_free (converted);
    }

  return NULL;
}

/* Text is mostly letters; binary data read as Latin-1 is about a fifth control characters. */
static gboolean
looks_like_binary (const char *text)
{
  gsize total = 0, bad = 0;

  for (const char *p = text; *p != '\0' && total < 64 * 1024; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      total++;
      if ((g_unichar_iscntrl (c) && !g_unichar_isspace (c)) || c == 0xFFFD)
        bad++;
    }

  /* A stray escape sequence or two (copied from a terminal) does not make text binary. */
  return bad * 20 > total || (bad > 32 && bad * 100 > total);
}

static gboolean
is_xml_type (const char *type)
{
  return type != NULL && (g_content_type_is_a (type, "application/xml") ||
                          g_str_has_suffix (type, "+xml"));
}

static VocExtracted *
extract_textual (GBytes        *bytes,
                 const char    *name,
                 const char    *content_type,
                 const char    *charset,
                 GError       **error)
{
  g_autoptr(VocExtracted) result = NULL;
  g_auto(AutoTextSink) sink = { 0 };
  g_autofree char *converted = NULL;
  gsize len;
  const guint8 *raw = g_bytes_get_data (bytes, &len);
  const char *data = (const char *) raw;
  gboolean utf8;
  gboolean html;
  gboolean markdown;

  if (len >= 2 && ((raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF)))
    {
      const char *from = raw[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      gsize written = 0;

      converted = g_convert (data + 2, len - 2, "UTF-8", from, NULL, &written, NULL);
      if (converted == NULL)
        {
          g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_DAMAGED,
                       _("“%s” is damaged: it starts as UTF-16 text but is not"), name);
          return NULL;
        }
      data = converted;
      len = written;
      utf8 = TRUE;
    }
  else
    {
      if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
        data += 3, len -= 3;
      utf8 = g_utf8_validate (data, len, NULL);
    }

  if (!utf8 && memchr (data, '\0', len) != NULL)
    {
      set_unsupported_error (error, name, raw, g_bytes_get_size (bytes));
      return NULL;
    }

  if (has_prefix_len (data, len, "{\\rtf"))
    {
      g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_UNSUPPORTED,
                   _("“%s” is an RTF document, which Vocation cannot read; save it as DOCX, "
                     "ODT or PDF"), name);
      return NULL;
    }

  if (content_type != NULL)
    html = g_str_equal (content_type, "text/html") ||
           g_str_equal (content_type, "application/xhtml+xml") ||
           (!g_str_equal (content_type, "text/plain") && sniff_html (data, len));
  else
    html = !name_says_markdown (name) && sniff_html (data, len);

  if (html)
    return extract_html (bytes, data, len, utf8 ? "UTF-8" : charset, name, error);

  if (!utf8)
    {
      char *legacy = convert_legacy (data, len, charset);

      if (legacy == NULL)
        {
          set_unsupported_error (error, name, raw, g_bytes_get_size (bytes));
          return NULL;
        }
      g_free (converted);
      converted = legacy;
      data = converted;
      len = strlen (converted);
    }
  else if (converted == NULL)
    {
      /* The sink wants a NUL-terminated string. */
      converted = g_strndup (data, len);
      data = converted;
    }

  if (looks_like_binary (data))
    {
      set_unsupported_error (error, name, raw, g_bytes_get_size (bytes));
      return NULL;
    }

  /* XML that is not a web page (a feed, an SVG image, a spreadsheet) would import as a heap
   * of markup. */
  if (*skip_ascii_space (data, data + len) == '<')
    {
      g_autofree char *type = g_content_type_guess (NULL, raw, MIN (g_bytes_get_size (bytes),
                                                                    16 * 1024), NULL);

      if (is_xml_type (type))
        {
          set_unsupported_error (error, name, raw, g_bytes_get_size (bytes));
          return NULL;
        }
    }

  markdown = (content_type != NULL && g_str_equal (content_type, "text/markdown")) ||
             name_says_markdown (name) || looks_like_markdown (data, len);

  result = extracted_new (bytes, markdown ? "text/markdown" : "text/plain");
  sink_init (&sink);
  if (markdown)
    feed_markdown (&sink, data);
  else
    feed_plain_text (&sink, data);
  result->text = sink_finish (&sink);

  if (*result->text == '\0')
    {
      g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_EMPTY,
                   _("“%s” has no text, only blank space"), name);
      return NULL;
    }

  return g_steal_pointer (&result);
}

static gboolean
has_pdf_signature (const guint8 *data,
                   gsize         len)
{
  const char *p = skip_ascii_space ((const char *) data, (const char *) data + MIN (len, 1024));

  return has_prefix_len (p, len - (p - (const char *) data), "%PDF-");
}

VocExtracted *
voc_extract_text_full (GBytes        *bytes,
                       const char    *name,
                       const char    *content_type,
                       const char    *charset,
                       GCancellable  *cancellable,
                       GError       **error)
{
  gsize len;
  const guint8 *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_initialized ();

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  data = g_bytes_get_data (bytes, &len);
  if (len == 0)
    {
      g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_EMPTY,
                   _("“%s” is empty"), name);
      return NULL;
    }
  if (len > VOC_EXTRACT_MAX_SIZE)
    {
      g_autofree char *cap = g_format_size_full (VOC_EXTRACT_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large: Vocation reads documents of up to %s"), name, cap);
      return NULL;
    }

  if (has_pdf_signature (data, len))
    return extract_pdf (bytes, name, cancellable, error);

  if (len >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    return extract_zip_document (bytes, name, cancellable, error);

  return extract_textual (bytes, name, content_type, charset, error);
}

/**
 * voc_extract_text:
 * @bytes: the document
 * @name: the file name or web address, used in error messages
 * @cancellable: (nullable): a #GCancellable
 * @error: a #GError in the %VOC_IMPORT_ERROR domain, or %G_IO_ERROR_CANCELLED
 *
 * Gets the text out of a job description: plain text, Markdown, HTML, PDF, DOCX or ODT,
 * told apart by their content. May take a while for large PDFs: call it from a worker
 * thread, or use voc_extract_file_async().
 *
 * Returns: (transfer full): the text and what was found next to it, or %NULL with @error set
 */
VocExtracted *
voc_extract_text (GBytes        *bytes,
                  const char    *name,
                  GCancellable  *cancellable,
                  GError       **error)
{
  return voc_extract_text_full (bytes, name, NULL, NULL, cancellable, error);
}

/* Files -------------------------------------------------------------------------------------- */

static char *
file_display_name (GFile     *file,
                   GFileInfo *info)
{
  g_autofree char *basename = NULL;

  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME))
    return g_strdup (g_file_info_get_display_name (info));

  basename = g_file_get_basename (file);
  if (basename != NULL)
    return g_filename_display_name (basename);

  return g_file_get_parse_name (file);
}

static void
set_file_error (GError     **error,
                GError      *io_error,
                const char  *name)
{
  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_NOT_FOUND,
                 _("“%s” does not exist"), name);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (io_error));
  else
    g_set_error (error, io_error->domain, io_error->code,
                 _("“%s” cannot be read: %s"), name, io_error->message);
}

static void
set_too_large_error (GError     **error,
                     const char  *name)
{
  g_autofree char *cap = g_format_size_full (VOC_EXTRACT_MAX_SIZE, G_FORMAT_SIZE_IEC_UNITS);

  g_set_error (error, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_TOO_LARGE,
               _("“%s” is too large: Vocation reads documents of up to %s"), name, cap);
}

static GBytes *
read_capped (GFile         *file,
             const char    *name,
             goffset        size_hint,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  g_autoptr(GError) local_error = NULL;
  guint8 chunk[64 * 1024];

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      set_file_error (error, local_error, name);
      return NULL;
    }

  buffer = g_byte_array_sized_new ((guint) CLAMP (size_hint, 0, (goffset) VOC_EXTRACT_MAX_SIZE));
  for (;;)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk,
                                      cancellable, &local_error);

      if (n < 0)
        {
          set_file_error (error, local_error, name);
          return NULL;
        }
      if (n == 0)
        break;

      /* The size was checked before reading, but a file can grow, and a device or a pipe
       * has no size at all. */
      if (buffer->len + (gsize) n > VOC_EXTRACT_MAX_SIZE)
        {
          set_too_large_error (error, name);
          return NULL;
        }
      g_byte_array_append (buffer, chunk, n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

static void
extract_file_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  GError *error = NULL;
  VocExtracted *result;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  name = file_display_name (file, info);
  if (info == NULL)
    {
      set_file_error (&error, local_error, name);
      g_task_return_error (task, error);
      return;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_task_return_new_error (task, VOC_IMPORT_ERROR, VOC_IMPORT_ERROR_UNSUPPORTED,
                               _("“%s” is a folder, not a document"), name);
      return;
    }

  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      (guint64) g_file_info_get_size (info) > VOC_EXTRACT_MAX_SIZE)
    {
      set_too_large_error (&error, name);
      g_task_return_error (task, error);
      return;
    }

  bytes = read_capped (file, name, g_file_info_get_size (info), cancellable, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  result = voc_extract_text (bytes, name, cancellable, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) voc_extracted_free);
}

/**
 * voc_extract_file_async:
 * @file: the document
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the text is out, or it failed
 * @user_data: data for @callback
 *
 * Reads @file and gets its text in a worker thread, as voc_extract_text() does. Files over
 * %VOC_EXTRACT_MAX_SIZE are refused from their size, without reading them.
 */
void
voc_extract_file_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_extract_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, extract_file_thread);
}

/**
 * voc_extract_file_finish:
 * @result: the result given to the callback
 * @error: a #GError in the %VOC_IMPORT_ERROR domain, a %G_IO_ERROR for a file that cannot
 *   be read (with the file name in the message), or %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full): the text and what was found next to it, or %NULL with @error set
 */
VocExtracted *
voc_extract_file_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == voc_extract_file_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
