/* voc-fit-tailor.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-fit"

#include "config.h"

#include <math.h>
#include <string.h>

#include "voc-fit-tailor.h"

/*
 * Tailoring a resume for a posting, without AI: from the compiled base resume, keep in each
 * job the bullets most relevant to the posting, most relevant first, within a page budget.
 * Only highlights are chosen and ordered; every job stays, with its title, employer, place
 * and dates exactly as compiled, and every kept line carries the uuid of the bullet it came
 * from.
 *
 * The choice, in three passes over the highlights scored by voc_fit_rank_bullets() (a job's
 * bullets count a little less the older the job):
 *   1. for each of the posting's skills, most central first, that only a highlight shows,
 *      the best highlight showing it — so tailoring never loses a keyword the base had when
 *      the budget allows keeping it;
 *   2. the best highlight of every job that has none yet;
 *   3. the rest, best first, while they fit.
 * Lines are estimated from characters per line, which is what a budget in pages needs.
 */

typedef struct
{
  guint    work;       /* index of the job */
  guint    index;      /* index of the highlight in the base */
  char    *text;
  char    *uuid;
  double   score;
  guint    lines;
  GArray  *skills;     /* guint */
  gboolean chosen;
} Candidate;

static void
candidate_clear (Candidate *c)
{
  g_free (c->text);
  g_free (c->uuid);
  g_clear_pointer (&c->skills, g_array_unref);
}

void
voc_fit_tailored_free (VocFitTailored *tailored)
{
  if (tailored == NULL)
    return;

  g_clear_pointer (&tailored->resume, json_object_unref);
  g_clear_pointer (&tailored->sources, json_object_unref);
  g_clear_pointer (&tailored->ats_before, voc_ats_report_free);
  g_clear_pointer (&tailored->ats_after, voc_ats_report_free);
  g_free (tailored);
}

static guint
text_lines (const char *text,
            guint       indent)
{
  gsize chars = text != NULL ? g_utf8_strlen (text, -1) : 0;

  if (chars == 0)
    return 0;
  return (guint) ((chars + indent + VOC_FIT_TAILOR_CHARS_PER_LINE - 1) /
                  VOC_FIT_TAILOR_CHARS_PER_LINE);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Lines of everything but the highlights of jobs. */
static guint
fixed_lines (JsonObject *resume)
{
  JsonObjectIter iter;
  const char *section;
  JsonNode *value;
  guint lines = 0;

  json_object_iter_init (&iter, resume);
  while (json_object_iter_next (&iter, &section, &value))
    {
      JsonArray *list;

      if (g_str_equal (section, "basics") && JSON_NODE_HOLDS_OBJECT (value))
        {
          /* Name, headline, contact line, then the summary. */
          lines += 3 + text_lines (member_string (json_node_get_object (value), "summary"), 0);
          continue;
        }
      if (!JSON_NODE_HOLDS_ARRAY (value) || g_str_equal (section, "meta"))
        continue;

      list = json_node_get_array (value);
      if (json_array_get_length (list) == 0)
        continue;
      lines += 2;  /* the section's heading and the space before it */

      for (guint i = 0; i < json_array_get_length (list); i++)
        {
          JsonNode *node = json_array_get_element (list, i);
          JsonObject *entry;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            {
              lines++;
              continue;
            }
          entry = json_node_get_object (node);

          if (g_str_equal (section, "skills") || g_str_equal (section, "languages") ||
              g_str_equal (section, "interests") || g_str_equal (section, "certificates"))
            lines++;
          else if (g_str_equal (section, "work"))
            lines += 2 + text_lines (member_string (entry, "summary"), 0);
          else
            {
              JsonArray *highlights = member_array (entry, "highlights");

              lines += 2 + text_lines (member_string (entry, "summary"), 0) +
                       text_lines (member_string (entry, "description"), 0);
              for (guint h = 0; highlights != NULL && h < json_array_get_length (highlights); h++)
                lines += text_lines (json_array_get_string_element (highlights, h), 2);
            }
        }
    }

  return lines;
}

/**
 * voc_fit_tailor_count_lines:
 *
 * Returns: the estimated printed lines of a resume
 */
guint
voc_fit_tailor_count_lines (JsonObject *resume)
{
  guint lines = fixed_lines (resume);
  JsonArray *work = member_array (resume, "work");

  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      JsonArray *highlights = member_array (json_array_get_object_element (work, i),
                                            "highlights");

      for (guint h = 0; highlights != NULL && h < json_array_get_length (highlights); h++)
        lines += text_lines (json_array_get_string_element (highlights, h), 2);
    }

  return lines;
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = *(const Candidate **) a, *cb = *(const Candidate **) b;

  if (ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;
  if (ca->work != cb->work)
    return ca->work < cb->work ? -1 : 1;
  return ca->index < cb->index ? -1 : ca->index > cb->index;
}

static gboolean
has_skill (const Candidate *c,
           guint            skill)
{
  for (guint i = 0; i < c->skills->len; i++)
    if (g_array_index (c->skills, guint, i) == skill)
      return TRUE;
  return FALSE;
}

static gboolean
choose (Candidate *c,
        guint     *used,
        guint      budget)
{
  if (c->chosen || *used + c->lines > budget)
    return FALSE;

  c->chosen = TRUE;
  *used += c->lines;
  return TRUE;
}

/**
 * voc_fit_tailor:
 * @library: a sealed library (the bullets' tags and skills)
 * @base: the compiled base resume
 * @base_sources: (nullable): the uuid of the bullet of each highlight of @base
 * @pages: the page budget (1 or 2 are usual)
 *
 * Returns: (transfer full): the tailored resume, where its lines came from, and the ATS
 *   match before and after
 */
VocFitTailored *
voc_fit_tailor (VocFitLibrary *library,
                VocFitPosting *posting,
                JsonObject    *base,
                JsonObject    *base_sources,
                double         pages)
{
  VocSkillDictionary *dictionary = voc_fit_library_get_dictionary (library);
  VocFitTailored *tailored = g_new0 (VocFitTailored, 1);
  g_autoptr(GArray) ranked = voc_fit_rank_bullets (library, posting);
  g_autoptr(GHashTable) score_by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(JsonNode) copy = NULL;
  g_autoptr(JsonObject) without = NULL;
  g_autoptr(VocAtsReport) fixed_report = NULL;
  JsonArray *work;
  guint budget, used;
  double allowed = isfinite (pages) && pages > 0 ? pages : 1;

  g_array_set_clear_func (candidates, (GDestroyNotify) candidate_clear);

  for (guint i = 0; i < ranked->len; i++)
    {
      VocFitRankedBullet *r = &g_array_index (ranked, VocFitRankedBullet, i);

      if (r->uuid != NULL)
        g_hash_table_insert (score_by_uuid, (gpointer) r->uuid, &r->score);
    }

  /* A deep copy: the facts of every job are kept as compiled, only highlights change. */
  {
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), base);

    copy = json_node_copy (node);
    tailored->resume = json_object_ref (json_node_get_object (copy));
  }
  tailored->sources = json_object_new ();
  tailored->ats_before = voc_ats_report_new (posting, dictionary, base);

  work = member_array (tailored->resume, "work");
  for (guint w = 0; work != NULL && w < json_array_get_length (work); w++)
    {
      JsonObject *entry = json_array_get_object_element (work, w);
      JsonArray *highlights = entry != NULL ? member_array (entry, "highlights") : NULL;
      /* Jobs come most recent first; an older job's bullet counts a little less. */
      double age = MAX (0.6, 1.0 - 0.1 * w);

      for (guint h = 0; highlights != NULL && h < json_array_get_length (highlights); h++)
        {
          g_autofree char *key = g_strdup_printf ("work[%u].highlights[%u]", w, h);
          const char *uuid = base_sources != NULL
                               ? json_object_get_string_member_with_default (base_sources, key,
                                                                             NULL)
                               : NULL;
          const double *score = uuid != NULL ? g_hash_table_lookup (score_by_uuid, uuid) : NULL;
          const char *text = json_array_get_string_element (highlights, h);
          g_autoptr(GArray) found = voc_skill_dictionary_find (dictionary, text);
          Candidate c = { 0 };

          if (text == NULL)
            continue;

          c.work = w;
          c.index = h;
          c.text = g_strdup (text);
          c.uuid = g_strdup (uuid);
          c.score = (score != NULL ? *score : 0) * age;
          c.lines = text_lines (text, 2);
          c.skills = g_array_new (FALSE, FALSE, sizeof (guint));
          for (guint k = 0; k < found->len; k++)
            g_array_append_val (c.skills, g_array_index (found, VocSkillMatch, k).skill);
          g_array_append_val (candidates, c);
        }
      if (entry != NULL)
        json_object_remove_member (entry, "highlights");
    }

  /* What the resume shows without any highlight. */
  without = json_object_ref (tailored->resume);
  fixed_report = voc_ats_report_new (posting, dictionary, without);

  budget = (guint) (allowed * VOC_FIT_TAILOR_LINES_PER_PAGE);
  used = fixed_lines (tailored->resume);
  tailored->line_budget = budget;

  for (guint i = 0; i < candidates->len; i++)
    g_ptr_array_add (order, &g_array_index (candidates, Candidate, i));
  g_ptr_array_sort (order, compare_candidates);

  /* 1. Keywords only highlights show: a greedy cover, the highlight that shows the most
   * central weight not yet shown first (ties to the more relevant one). */
  {
    guint n = voc_fit_posting_get_n_skills (posting);
    g_autofree gboolean *needed = g_new0 (gboolean, MAX (n, 1));
    g_autofree gboolean *tried = g_new0 (gboolean, MAX (order->len, 1));

    for (guint s = 0; s < n; s++)
      {
        const char *name = voc_skill_dictionary_get_name (dictionary,
                                                          voc_fit_posting_get_skill (posting, s,
                                                                                     NULL, NULL));

        needed[s] = TRUE;
        for (guint i = 0; i < fixed_report->items->len; i++)
          {
            VocAtsItem *item = &g_array_index (fixed_report->items, VocAtsItem, i);

            if (item->kind == VOC_ATS_HARD_SKILL && item->found && g_str_equal (item->term, name))
              needed[s] = FALSE;
          }
      }

    for (;;)
      {
        double best_gain = 0;
        guint best = G_MAXUINT;

        for (guint i = 0; i < order->len; i++)
          {
            Candidate *c = g_ptr_array_index (order, i);
            double gain = 0;

            if (c->chosen || tried[i])
              continue;
            for (guint s = 0; s < n; s++)
              {
                double weight;
                guint skill = voc_fit_posting_get_skill (posting, s, NULL, &weight);

                if (needed[s] && has_skill (c, skill))
                  gain += weight;
              }
            if (gain > best_gain)
              {
                best_gain = gain;
                best = i;
              }
          }
        if (best == G_MAXUINT)
          break;

        tried[best] = TRUE;
        if (choose (g_ptr_array_index (order, best), &used, budget))
          for (guint s = 0; s < n; s++)
            if (has_skill (g_ptr_array_index (order, best),
                           voc_fit_posting_get_skill (posting, s, NULL, NULL)))
              needed[s] = FALSE;
      }
  }

  /* 2. The best of each job. */
  for (guint w = 0; work != NULL && w < json_array_get_length (work); w++)
    {
      gboolean has_one = FALSE;

      for (guint i = 0; i < order->len && !has_one; i++)
        {
          Candidate *c = g_ptr_array_index (order, i);

          has_one = c->work == w && c->chosen;
        }
      for (guint i = 0; i < order->len && !has_one; i++)
        {
          Candidate *c = g_ptr_array_index (order, i);

          if (c->work == w)
            {
              choose (c, &used, budget);
              has_one = TRUE;
            }
        }
    }

  /* 3. The rest, best first. */
  for (guint i = 0; i < order->len; i++)
    choose (g_ptr_array_index (order, i), &used, budget);

  for (guint w = 0; work != NULL && w < json_array_get_length (work); w++)
    {
      JsonObject *entry = json_array_get_object_element (work, w);
      JsonArray *highlights = json_array_new ();

      for (guint i = 0; i < order->len; i++)
        {
          Candidate *c = g_ptr_array_index (order, i);

          if (c->work != w)
            continue;
          if (!c->chosen)
            {
              tailored->n_dropped++;
              continue;
            }
          if (c->uuid != NULL)
            {
              g_autofree char *key = g_strdup_printf ("work[%u].highlights[%u]", w,
                                                      json_array_get_length (highlights));

              json_object_set_string_member (tailored->sources, key, c->uuid);
            }
          json_array_add_string_element (highlights, c->text);
          tailored->n_kept++;
        }

      if (entry == NULL || json_array_get_length (highlights) == 0)
        json_array_unref (highlights);
      else
        json_object_set_array_member (entry, "highlights", highlights);
    }

  tailored->lines_used = voc_fit_tailor_count_lines (tailored->resume);
  tailored->ats_after = voc_ats_report_new (posting, dictionary, tailored->resume);

  return tailored;
}
