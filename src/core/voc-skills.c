/* voc-skills.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-skills"

#include "config.h"

#include <string.h>

#include "voc-skills.h"
#include "voc-text.h"

/*
 * The skills dictionary and the matcher. The dictionary is a TSV of canonical names,
 * categories and aliases (src/core/data/skills.tsv, compiled into the library). Matching is
 * on whole tokens: "react" is not found in "reactive", and "SQL" in "SQL/Python" is. Names
 * of several words match as a phrase, the longest phrase first, so "Apache Spark" is one
 * mention rather than "Spark" plus noise; a phrase never runs across a comma, a full stop or
 * a line break. Names of one or two characters (R, C, Go, UI, AI)
 * match only as written, case-sensitively, and not inside "R&D" or "C-suite".
 *
 * Written here rather than taken from a library: what is needed is a small phrase matcher
 * over folded tokens with these rules, which no Debian library offers; a regular expression
 * per skill would cost hundreds of passes over each text.
 */

typedef struct
{
  char  *name;
  char  *category;
} Skill;

typedef struct
{
  char   **tokens;     /* folded */
  guint    n_tokens;
  guint    skill;
  char    *exact;      /* for short names: the only accepted spelling */
} Phrase;

struct _VocSkillDictionary
{
  GArray     *skills;      /* Skill */
  GHashTable *by_first;    /* first folded token → GPtrArray of Phrase*, longest first */
  GHashTable *by_name;     /* folded name or alias → skill index + 1 */
  GPtrArray  *phrases;     /* owns the Phrase structs */
  GPtrArray  *related;     /* per skill: GArray of guint, or NULL; see add_relations */
};

typedef struct
{
  guint     start;
  guint     end;
  char     *folded;
  gboolean  break_before;  /* a comma, a full stop, a bracket or a line break before it */
} Token;

G_DEFINE_QUARK (voc-skills-error-quark, voc_skills_error)

static void
phrase_free (Phrase *phrase)
{
  g_strfreev (phrase->tokens);
  g_free (phrase->exact);
  g_free (phrase);
}

static void
skill_clear (Skill *skill)
{
  g_free (skill->name);
  g_free (skill->category);
}

static char *
fold_token (const char *start,
            gsize       len)
{
  gboolean ascii = TRUE;

  for (gsize i = 0; i < len; i++)
    if ((guchar) start[i] >= 0x80)
      ascii = FALSE;

  if (ascii)
    return g_ascii_strdown (start, len);
  else
    {
      g_autofree char *copy = g_strndup (start, len);

      return voc_text_fold (copy);
    }
}

/* Splits text into tokens: runs of letters and digits, with a trailing "+" or "#" kept
 * ("C++", "C#") and a leading "." kept when it starts a word (".NET"). */
static GArray *
tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  const char *p = text;

  gboolean pending_break = FALSE;

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);
      const char *start;

      if (!g_unichar_isalnum (c))
        {
          /* ".NET": a dot before a word, after a space or the start. */
          if (c == '.' && (p == text || g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p)))) &&
              p[1] != '\0' && g_unichar_isalnum (g_utf8_get_char (p + 1)))
            {
              start = p;
              p++;
            }
          else
            {
              /* A phrase does not run across punctuation: "Product, Analytics" is not
               * "Product analytics". A dot inside a name ("Node.js") does not break. */
              if (strchr (",;:()[]{}!?|\n\t", c) != NULL || c == 0x2022 || c == 0x2013 ||
                  c == 0x2014 || (c == '.' && (p[1] == '\0' || g_ascii_isspace (p[1]))))
                pending_break = TRUE;
              p = g_utf8_next_char (p);
              continue;
            }
        }
      else
        start = p;

      while (*p && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      while (*p == '+' || *p == '#')
        p++;

      {
        Token token;

        token.start = start - text;
        token.end = p - text;
        token.folded = fold_token (start, p - start);
        token.break_before = pending_break;
        pending_break = FALSE;
        g_array_append_val (tokens, token);
      }
    }

  return tokens;
}

static void
free_tokens (GArray *tokens)
{
  for (guint i = 0; i < tokens->len; i++)
    g_free (g_array_index (tokens, Token, i).folded);
  g_array_unref (tokens);
}

static int
compare_phrase_length (gconstpointer a,
                       gconstpointer b)
{
  const Phrase *pa = *(const Phrase **) a;
  const Phrase *pb = *(const Phrase **) b;

  return (int) pb->n_tokens - (int) pa->n_tokens;
}

static void
add_phrase (VocSkillDictionary *self,
            const char         *text,
            guint               skill)
{
  g_autoptr(GArray) tokens = tokenize (text);
  g_autofree char *key = voc_text_fold (text);
  GPtrArray *list;
  Phrase *phrase;

  if (tokens->len == 0)
    {
      g_array_unref (g_steal_pointer (&tokens));
      return;
    }

  if (!g_hash_table_contains (self->by_name, key))
    g_hash_table_insert (self->by_name, g_steal_pointer (&key), GUINT_TO_POINTER (skill + 1));

  phrase = g_new0 (Phrase, 1);
  phrase->n_tokens = tokens->len;
  phrase->tokens = g_new0 (char *, tokens->len + 1);
  for (guint i = 0; i < tokens->len; i++)
    phrase->tokens[i] = g_steal_pointer (&g_array_index (tokens, Token, i).folded);
  phrase->skill = skill;

  if (tokens->len == 1 && g_utf8_strlen (text, -1) <= 2)
    phrase->exact = g_strdup (text);

  g_ptr_array_add (self->phrases, phrase);

  list = g_hash_table_lookup (self->by_first, phrase->tokens[0]);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (self->by_first, g_strdup (phrase->tokens[0]), list);
    }
  g_ptr_array_add (list, phrase);
  g_ptr_array_sort (list, compare_phrase_length);
}

/**
 * voc_skill_dictionary_new_from_tsv:
 * @tsv: lines of `name<TAB>category<TAB>aliases separated by |<TAB>source`; `#` starts a
 *   comment line
 *
 * Returns: (transfer full): the dictionary, or %NULL with an error naming the bad line
 */
VocSkillDictionary *
voc_skill_dictionary_new_from_tsv (const char  *tsv,
                                   GError     **error)
{
  VocSkillDictionary *self;
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (tsv != NULL, NULL);

  self = g_atomic_rc_box_new0 (VocSkillDictionary);
  self->skills = g_array_new (FALSE, TRUE, sizeof (Skill));
  g_array_set_clear_func (self->skills, (GDestroyNotify) skill_clear);
  self->by_first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);
  self->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->phrases = g_ptr_array_new_with_free_func ((GDestroyNotify) phrase_free);
  self->related = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  lines = g_strsplit (tsv, "\n", -1);
  for (guint n = 0; lines[n] != NULL; n++)
    {
      g_auto(GStrv) fields = NULL;
      g_auto(GStrv) aliases = NULL;
      Skill skill;
      guint index;

      g_strchomp (lines[n]);
      if (lines[n][0] == '\0' || lines[n][0] == '#')
        continue;

      fields = g_strsplit (lines[n], "\t", -1);
      if (g_strv_length (fields) < 2 || *g_strstrip (fields[0]) == '\0')
        {
          g_set_error (error, VOC_SKILLS_ERROR, VOC_SKILLS_ERROR_INVALID,
                       "skills line %u: expected name<TAB>category<TAB>aliases<TAB>source",
                       n + 1);
          voc_skill_dictionary_unref (self);
          return NULL;
        }

      skill.name = g_strdup (fields[0]);
      skill.category = g_strdup (g_strstrip (fields[1]));
      index = self->skills->len;
      g_array_append_val (self->skills, skill);

      add_phrase (self, fields[0], index);
      if (fields[2] != NULL)
        {
          aliases = g_strsplit (fields[2], "|", -1);
          for (guint i = 0; aliases[i] != NULL; i++)
            if (*g_strstrip (aliases[i]) != '\0')
              add_phrase (self, aliases[i], index);
        }
    }

  return self;
}

VocSkillDictionary *
voc_skill_dictionary_ref (VocSkillDictionary *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
dictionary_clear (VocSkillDictionary *self)
{
  g_clear_pointer (&self->skills, g_array_unref);
  g_clear_pointer (&self->by_first, g_hash_table_unref);
  g_clear_pointer (&self->by_name, g_hash_table_unref);
  g_clear_pointer (&self->phrases, g_ptr_array_unref);
  g_clear_pointer (&self->related, g_ptr_array_unref);
}

void
voc_skill_dictionary_unref (VocSkillDictionary *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) dictionary_clear);
}

guint
voc_skill_dictionary_get_n_skills (VocSkillDictionary *self)
{
  return self->skills->len;
}

const char *
voc_skill_dictionary_get_name (VocSkillDictionary *self,
                               guint               skill)
{
  g_return_val_if_fail (skill < self->skills->len, NULL);

  return g_array_index (self->skills, Skill, skill).name;
}

const char *
voc_skill_dictionary_get_category (VocSkillDictionary *self,
                                   guint               skill)
{
  g_return_val_if_fail (skill < self->skills->len, NULL);

  return g_array_index (self->skills, Skill, skill).category;
}

/**
 * voc_skill_dictionary_lookup:
 *
 * Returns: the index of the skill with that name or alias (case-insensitive), or -1
 */
int
voc_skill_dictionary_lookup (VocSkillDictionary *self,
                             const char         *name)
{
  g_autofree char *key = voc_text_fold (name);
  gpointer value = g_hash_table_lookup (self->by_name, key != NULL ? key : "");

  return value != NULL ? (int) GPOINTER_TO_UINT (value) - 1 : -1;
}

/* A short name must stand alone: not "R" of "R&D", not "C" of "C-suite", not "s" of "it's".
 * A slash separates ("UI/UX", "AI/ML", "C/C++"). */
static gboolean
short_name_stands_alone (const char *text,
                         const Token *token)
{
  static const char joiners[] = "&'-";

  if (token->start > 0 && strchr (joiners, text[token->start - 1]) != NULL)
    return FALSE;
  if (text[token->end] != '\0' && strchr (joiners, text[token->end]) != NULL)
    return FALSE;
  /* "’" (U+2019) as an apostrophe */
  if (token->start >= 3 && memcmp (text + token->start - 3, "\xe2\x80\x99", 3) == 0)
    return FALSE;

  return TRUE;
}

static gboolean
phrase_matches (const Phrase *phrase,
                const char   *text,
                GArray       *tokens,
                guint         at)
{
  if (at + phrase->n_tokens > tokens->len)
    return FALSE;

  for (guint k = 1; k < phrase->n_tokens; k++)
    if (g_array_index (tokens, Token, at + k).break_before ||
        !g_str_equal (g_array_index (tokens, Token, at + k).folded, phrase->tokens[k]))
      return FALSE;

  if (phrase->exact != NULL)
    {
      const Token *token = &g_array_index (tokens, Token, at);

      if (token->end - token->start != strlen (phrase->exact) ||
          memcmp (text + token->start, phrase->exact, token->end - token->start) != 0 ||
          !short_name_stands_alone (text, token))
        return FALSE;
    }

  return TRUE;
}

/**
 * voc_skill_dictionary_find:
 *
 * Finds the skills a text mentions.
 *
 * Returns: (transfer full) (element-type VocSkillMatch): one entry per skill, in order of
 *   first mention
 */
GArray *
voc_skill_dictionary_find (VocSkillDictionary *self,
                           const char         *text)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (VocSkillMatch));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GArray *tokens;

  if (text == NULL)
    return matches;

  tokens = tokenize (text);
  for (guint i = 0; i < tokens->len; )
    {
      const Token *token = &g_array_index (tokens, Token, i);
      GPtrArray *candidates = g_hash_table_lookup (self->by_first, token->folded);
      const Phrase *found = NULL;

      for (guint c = 0; candidates != NULL && c < candidates->len && found == NULL; c++)
        if (phrase_matches (g_ptr_array_index (candidates, c), text, tokens, i))
          found = g_ptr_array_index (candidates, c);

      if (found == NULL)
        {
          i++;
          continue;
        }

      {
        gpointer slot = g_hash_table_lookup (seen, GUINT_TO_POINTER (found->skill + 1));

        if (slot == NULL)
          {
            VocSkillMatch match = { found->skill, 1, token->start };

            g_array_append_val (matches, match);
            g_hash_table_insert (seen, GUINT_TO_POINTER (found->skill + 1),
                                 GUINT_TO_POINTER (matches->len));
          }
        else
          g_array_index (matches, VocSkillMatch, GPOINTER_TO_UINT (slot) - 1).count++;
      }

      i += found->n_tokens;
    }

  free_tokens (tokens);
  return matches;
}

static void
relate (VocSkillDictionary *self,
        guint               skill,
        guint               other)
{
  GArray *list;

  if (self->related->len < self->skills->len)
    g_ptr_array_set_size (self->related, self->skills->len);
  list = g_ptr_array_index (self->related, skill);
  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_ptr_array_index (self->related, skill) = list;
    }
  for (guint i = 0; i < list->len; i++)
    if (g_array_index (list, guint, i) == other)
      return;
  g_array_append_val (list, other);
}

/**
 * voc_skill_dictionary_add_relations:
 * @tsv: lines of `family<TAB>canonical names separated by |`; `#` starts a comment line
 *
 * Adds families of related skills (src/core/data/skill-relations.tsv): every member of a
 * family is related to every other. Call it before the dictionary is shared. Nothing is
 * added when a line is bad.
 *
 * Returns: %FALSE with an error naming the line and the name when a line has fewer than two
 *   members or names a skill the dictionary does not have (by its canonical name)
 */
gboolean
voc_skill_dictionary_add_relations (VocSkillDictionary  *self,
                                    const char          *tsv,
                                    GError             **error)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint) * 2);

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (tsv != NULL, FALSE);

  lines = g_strsplit (tsv, "\n", -1);
  for (guint n = 0; lines[n] != NULL; n++)
    {
      g_auto(GStrv) fields = NULL;
      g_auto(GStrv) names = NULL;
      g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));

      g_strchomp (lines[n]);
      if (lines[n][0] == '\0' || lines[n][0] == '#')
        continue;

      fields = g_strsplit (lines[n], "\t", -1);
      if (g_strv_length (fields) != 2)
        {
          g_set_error (error, VOC_SKILLS_ERROR, VOC_SKILLS_ERROR_INVALID,
                       "skill relations line %u: expected family<TAB>skill|skill|…", n + 1);
          return FALSE;
        }

      names = g_strsplit (fields[1], "|", -1);
      for (guint i = 0; names[i] != NULL; i++)
        {
          const char *name = g_strstrip (names[i]);
          int skill = voc_skill_dictionary_lookup (self, name);
          guint s = skill;

          if (skill < 0 || g_ascii_strcasecmp (voc_skill_dictionary_get_name (self, s), name) != 0)
            {
              g_set_error (error, VOC_SKILLS_ERROR, VOC_SKILLS_ERROR_INVALID,
                           "skill relations line %u: “%s” is not the name of a skill in the "
                           "dictionary", n + 1, name);
              return FALSE;
            }
          g_array_append_val (members, s);
        }
      if (members->len < 2)
        {
          g_set_error (error, VOC_SKILLS_ERROR, VOC_SKILLS_ERROR_INVALID,
                       "skill relations line %u: a family needs two skills or more", n + 1);
          return FALSE;
        }

      for (guint i = 0; i < members->len; i++)
        for (guint k = 0; k < members->len; k++)
          {
            guint pair[2] = { g_array_index (members, guint, i),
                              g_array_index (members, guint, k) };

            if (pair[0] != pair[1])
              g_array_append_vals (pairs, pair, 1);
          }
    }

  /* Only once every line is good. */
  for (guint i = 0; i < pairs->len; i++)
    {
      const guint *pair = (const guint *) (const void *) pairs->data + 2 * i;

      relate (self, pair[0], pair[1]);
    }

  return TRUE;
}

/**
 * voc_skill_dictionary_get_related:
 * @n_related: (out): how many
 *
 * Returns: (array length=n_related) (nullable): the skills related to @skill, in the order
 *   the relations file first names them; %NULL when there are none
 */
const guint *
voc_skill_dictionary_get_related (VocSkillDictionary *self,
                                  guint               skill,
                                  guint              *n_related)
{
  GArray *list = skill < self->related->len ? g_ptr_array_index (self->related, skill) : NULL;

  g_return_val_if_fail (n_related != NULL, NULL);

  *n_related = list != NULL ? list->len : 0;
  return list != NULL ? (const guint *) (const void *) list->data : NULL;
}

/**
 * voc_skill_dictionary_get_default:
 *
 * Returns: (transfer none): the dictionary that ships with Vocation (derived in part from
 *   O*NET; see src/core/data/README.md for the attribution), with its related skills
 */
VocSkillDictionary *
voc_skill_dictionary_get_default (void)
{
  static VocSkillDictionary *dictionary;
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      extern const char voc_skills_tsv[];
      extern const char voc_skill_relations_tsv[];
      g_autoptr(GError) error = NULL;

      dictionary = voc_skill_dictionary_new_from_tsv (voc_skills_tsv, &error);
      if (dictionary == NULL ||
          !voc_skill_dictionary_add_relations (dictionary, voc_skill_relations_tsv, &error))
        g_error ("The built-in skills dictionary is broken: %s", error->message);
      g_once_init_leave (&initialized, 1);
    }

  return dictionary;
}
