/* voc-fit-engine.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-fit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "voc-bm25.h"
#include "voc-fit-engine.h"
#include "voc-text.h"
#include "voc-vector.h"

/*
 * The fit engine: how well the candidate's library fits a posting, as a score from 0 to 100
 * that is the weighted mean of a few factors, each from 0 to 1 and each explainable on its
 * own:
 *
 *   required skills   share of the required skills the library has, each weighted by how
 *                     central it is in the posting (the parser's weight); a skill the library
 *                     lacks but has a related skill of (skill-relations.tsv: MySQL for
 *                     PostgreSQL) earns VOC_FIT_RELATED_CREDIT of its weight and stays missing
 *   nice-to-have      the same over the nice-to-have skills
 *   title             word overlap (Dice) of the posting's title with the candidate's target
 *                     roles, headline and job titles, the recent ones counting more
 *   seniority         the posting's level against the level the candidate's recent titles and
 *                     years of experience suggest
 *   evidence          for the matched skills: how many bullets prove each, and how recent
 *   location          remote mode and place against the candidate's place and preference
 *   salary            the posting's yearly pay against the candidate's floor (same currency)
 *   text similarity   cosine of the posting's and the library's local text vectors
 *
 * A factor that the posting or the library cannot inform (no salary given, unknown
 * seniority, no skills parsed, no bullets) is left out and the weights of the others are
 * renormalised, so the score still means "how well the known parts fit"; the result says
 * which were left out. Nothing divides by a sum that can be zero, and every value is clamped,
 * so a score is never NaN.
 *
 * Everything the score needs from the library is computed once when the library is sealed
 * (per skill: has it, how strongly proved, by which bullets), so scoring a posting costs a
 * pass over its skills and a few short comparisons: about a microsecond, which lets the whole
 * job list be rescored in the background in seconds.
 */

#define MONTHS_HALF_LIFE 36.0   /* a bullet's evidence halves every three years after it */
#define MAX_PROOF 3

static const double factor_weights[VOC_FIT_N_FACTORS] = {
  [VOC_FIT_FACTOR_REQUIRED_SKILLS] = 0.32,
  [VOC_FIT_FACTOR_NICE_SKILLS] = 0.06,
  [VOC_FIT_FACTOR_TITLE] = 0.16,
  [VOC_FIT_FACTOR_SENIORITY] = 0.09,
  [VOC_FIT_FACTOR_EVIDENCE] = 0.14,
  [VOC_FIT_FACTOR_LOCATION] = 0.07,
  [VOC_FIT_FACTOR_SALARY] = 0.06,
  [VOC_FIT_FACTOR_TEXT] = 0.10,
};

static const char * const factor_ids[VOC_FIT_N_FACTORS] = {
  "required_skills", "nice_to_have_skills", "title", "seniority", "evidence", "location",
  "salary", "text_similarity",
};

/* Seniority levels, in order; the model's nicks. */
static const char * const levels[] = {
  "intern", "junior", "mid", "senior", "lead", "principal", "executive",
};

typedef enum
{
  REMOTE_UNKNOWN,
  REMOTE_ON_SITE,
  REMOTE_HYBRID,
  REMOTE_REMOTE,
} RemoteMode;

typedef struct
{
  gint64   id;
  char    *uuid;
  gint64   experience_id;
  char    *text;
  GStrv    tags;         /* folded */
  int      importance;
  GArray  *skills;       /* guint: dictionary indices the text or the tags name */
  double   recency;      /* 1 for a current job, halving every three years after its end */
  double   end;          /* the end of its experience, in months since year 0 */
} Bullet;

typedef struct
{
  gint64   id;
  char    *title;
  GPtrArray *title_words;
  double   start;        /* months; -1 unknown */
  double   end;          /* months; today when current; -1 unknown */
  char    *description;
} Experience;

typedef struct
{
  GPtrArray *words;
  double     weight;
} TitleSet;

typedef struct
{
  guint8   has;          /* 0 no, 1 named somewhere, 2 proved by a bullet */
  float    strength;
  guint    related;      /* when has is 0: the related skill the library has best, + 1 */
  guint    proof[MAX_PROOF];   /* bullet indices + 1, best first */
} SkillState;

struct _VocFitLibrary
{
  VocSkillDictionary *dictionary;
  double      today;     /* months since year 0 */
  char        today_text[8];

  char       *headline;
  char       *summary;
  GStrv       target_roles;
  char       *location;
  RemoteMode  remote_preference;
  gint64      salary_min;
  gint64      salary_max;
  char       *currency;

  GArray     *experiences;   /* Experience */
  GArray     *bullets;       /* Bullet */
  GPtrArray  *listed;        /* skill names and keywords as written */
  GArray     *listed_years;  /* double, per listed skill name */
  GPtrArray  *texts;         /* education, certifications, projects, … */
  GPtrArray  *fingerprint_parts;

  /* Computed by seal. */
  gboolean    sealed;
  SkillState *skills;
  GArray     *titles;        /* TitleSet */
  GPtrArray  *location_words;
  int         level;         /* index in levels, -1 unknown */
  double      years;
  VocBm25    *bm25;
  float       vector[VOC_VECTOR_DIM];
  char       *fingerprint;
};

typedef struct
{
  guint    skill;
  gboolean required;
  gboolean nice_to_have;
  double   weight;
} PostingSkill;

struct _VocFitPosting
{
  char       *title;
  GPtrArray  *title_words;
  int         level;
  char       *location;
  GPtrArray  *location_words;
  RemoteMode  remote;
  gint64      yearly_min;
  gint64      yearly_max;
  char       *currency;
  GArray     *skills;        /* PostingSkill */
  char       *text;
  float      *vector;
};

/* Words that say how senior a title is rather than what the job is. */
static const struct
{
  const char *word;
  int         level;
} level_words[] = {
  { "intern", 0 }, { "internship", 0 }, { "trainee", 0 }, { "apprentice", 0 },
  { "junior", 1 }, { "jr", 1 }, { "graduate", 1 }, { "entry", 1 }, { "associate", 1 },
  { "mid", 2 }, { "intermediate", 2 },
  { "senior", 3 }, { "sr", 3 },
  { "lead", 4 }, { "staff", 4 }, { "manager", 4 },
  { "principal", 5 }, { "architect", 5 },
  { "head", 6 }, { "director", 6 }, { "vp", 6 }, { "chief", 6 }, { "cto", 6 }, { "cio", 6 },
  { "president", 6 },
};

/* Words of a title that say nothing about the job's subject. */
static const char * const title_noise[] = {
  "intern", "internship", "trainee", "apprentice", "junior", "jr", "graduate", "entry",
  "mid", "intermediate", "senior", "sr", "staff", "principal", "level", "ii", "iii", "iv",
  "remote", "hybrid", "contract", "permanent", "time", "full", "part", "fte", "m", "f", "d",
  "x", "w",
};

/* Different words for the same kind of job. */
static const struct
{
  const char *from;
  const char *to;
} title_synonyms[] = {
  { "developer", "engineer" }, { "programmer", "engineer" }, { "dev", "engineer" },
  { "engineering", "engineer" }, { "swe", "engineer" }, { "mgr", "manager" },
  { "management", "manager" }, { "science", "scientist" }, { "admin", "administrator" },
  { "administration", "administrator" }, { "analytic", "analyst" }, { "analysi", "analyst" },
  { "ops", "operation" }, { "frontend", "front" }, { "backend", "back" },
  { "fullstack", "full" }, { "ml", "machine" }, { "ai", "artificial" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (factor_ids) == VOC_FIT_N_FACTORS);

/* Helpers */

static double
clamp01 (double value)
{
  if (!isfinite (value) || value < 0)
    return 0;
  return value > 1 ? 1 : value;
}

/* A partial date ("2021", "2021-06", "2021-06-30") as months since year 0; -1 if absent. */
static double
date_months (const char *date)
{
  int year = 0, month = 6;

  if (date == NULL || strlen (date) < 4)
    return -1;
  if (sscanf (date, "%4d-%2d", &year, &month) < 1 || year < 1000)
    return -1;
  if (month < 1 || month > 12)
    month = 6;

  return year * 12.0 + (month - 1);
}

static int
level_from_nick (const char *nick)
{
  for (guint i = 0; nick != NULL && i < G_N_ELEMENTS (levels); i++)
    if (g_str_equal (nick, levels[i]))
      return i;

  return -1;
}

static RemoteMode
remote_from_nick (const char *nick)
{
  if (g_strcmp0 (nick, "remote") == 0)
    return REMOTE_REMOTE;
  if (g_strcmp0 (nick, "hybrid") == 0)
    return REMOTE_HYBRID;
  if (g_strcmp0 (nick, "on-site") == 0)
    return REMOTE_ON_SITE;
  return REMOTE_UNKNOWN;
}

static int
level_from_words (GPtrArray *words)
{
  int level = -1;

  for (guint i = 0; i < words->len; i++)
    for (guint k = 0; k < G_N_ELEMENTS (level_words); k++)
      if (g_str_equal (g_ptr_array_index (words, i), level_words[k].word))
        level = MAX (level, level_words[k].level);

  return level;
}

static gboolean
is_title_noise (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (title_noise); i++)
    if (g_str_equal (word, title_noise[i]))
      return TRUE;
  return FALSE;
}

/* The words of a title that say what the job is: folded, synonyms merged, levels and noise
 * dropped, each once. */
static GPtrArray *
title_words (const char *title,
             int        *level)
{
  g_autoptr(GPtrArray) all = voc_bm25_tokenize (title, FALSE);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  if (level != NULL)
    *level = level_from_words (all);

  for (guint i = 0; i < all->len; i++)
    {
      const char *word = g_ptr_array_index (all, i);

      for (guint k = 0; k < G_N_ELEMENTS (title_synonyms); k++)
        if (g_str_equal (word, title_synonyms[k].from))
          word = title_synonyms[k].to;

      if (is_title_noise (word) || voc_bm25_is_stop_word (word))
        continue;
      if (!g_ptr_array_find_with_equal_func (words, word, g_str_equal, NULL))
        g_ptr_array_add (words, g_strdup (word));
    }

  return words;
}

static double
dice (GPtrArray *a,
      GPtrArray *b)
{
  guint common = 0;

  if (a->len == 0 || b->len == 0)
    return 0;

  for (guint i = 0; i < a->len; i++)
    if (g_ptr_array_find_with_equal_func (b, g_ptr_array_index (a, i), g_str_equal, NULL))
      common++;

  return 2.0 * common / (a->len + b->len);
}

/* Words of a place that can tell two places apart. */
static GPtrArray *
location_words (const char *location)
{
  static const char * const generic[] = {
    "remote", "hybrid", "office", "onsite", "site", "based", "anywhere", "area", "greater",
    "metro", "region", "city", "home", "flexible", "countrywide", "nationwide",
  };
  g_autoptr(GPtrArray) all = voc_bm25_tokenize (location, TRUE);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < all->len; i++)
    {
      const char *word = g_ptr_array_index (all, i);
      gboolean skip = strlen (word) < 2;

      for (guint k = 0; !skip && k < G_N_ELEMENTS (generic); k++)
        skip = g_str_equal (word, generic[k]);
      if (!skip && !g_ptr_array_find_with_equal_func (words, word, g_str_equal, NULL))
        g_ptr_array_add (words, g_strdup (word));
    }

  return words;
}

static void
bullet_clear (Bullet *bullet)
{
  g_free (bullet->uuid);
  g_free (bullet->text);
  g_strfreev (bullet->tags);
  g_clear_pointer (&bullet->skills, g_array_unref);
}

static void
experience_clear (Experience *experience)
{
  g_free (experience->title);
  g_clear_pointer (&experience->title_words, g_ptr_array_unref);
  g_free (experience->description);
}

static void
title_set_clear (TitleSet *set)
{
  g_clear_pointer (&set->words, g_ptr_array_unref);
}

/* The library */

/**
 * voc_fit_library_new:
 * @dictionary: the skills dictionary postings are parsed with
 * @today: (nullable): the date recency is measured from (`YYYY-MM` or `YYYY-MM-DD`); %NULL
 *   for the current month. Only the month counts, so a score does not drift day by day.
 *
 * Returns: (transfer full): an empty library; add to it, then seal it
 */
VocFitLibrary *
voc_fit_library_new (VocSkillDictionary *dictionary,
                     const char         *today)
{
  VocFitLibrary *self = g_atomic_rc_box_new0 (VocFitLibrary);
  g_autofree char *now = NULL;

  if (today == NULL || date_months (today) < 0)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_now_utc ();

      now = g_date_time_format (dt, "%Y-%m");
      today = now;
    }

  self->dictionary = voc_skill_dictionary_ref (dictionary);
  self->today = date_months (today);
  g_strlcpy (self->today_text, today, sizeof self->today_text);
  self->remote_preference = REMOTE_UNKNOWN;
  self->salary_min = -1;
  self->salary_max = -1;
  self->level = -1;
  self->experiences = g_array_new (FALSE, TRUE, sizeof (Experience));
  g_array_set_clear_func (self->experiences, (GDestroyNotify) experience_clear);
  self->bullets = g_array_new (FALSE, TRUE, sizeof (Bullet));
  g_array_set_clear_func (self->bullets, (GDestroyNotify) bullet_clear);
  self->listed = g_ptr_array_new_with_free_func (g_free);
  self->listed_years = g_array_new (FALSE, FALSE, sizeof (double));
  self->texts = g_ptr_array_new_with_free_func (g_free);
  self->fingerprint_parts = g_ptr_array_new_with_free_func (g_free);
  self->titles = g_array_new (FALSE, TRUE, sizeof (TitleSet));
  g_array_set_clear_func (self->titles, (GDestroyNotify) title_set_clear);

  g_ptr_array_add (self->fingerprint_parts, g_strdup_printf ("today\x1f%s", self->today_text));

  return self;
}

VocFitLibrary *
voc_fit_library_ref (VocFitLibrary *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
library_clear (VocFitLibrary *self)
{
  voc_skill_dictionary_unref (self->dictionary);
  g_free (self->headline);
  g_free (self->summary);
  g_strfreev (self->target_roles);
  g_free (self->location);
  g_free (self->currency);
  g_array_unref (self->experiences);
  g_array_unref (self->bullets);
  g_ptr_array_unref (self->listed);
  g_array_unref (self->listed_years);
  g_ptr_array_unref (self->texts);
  g_ptr_array_unref (self->fingerprint_parts);
  g_free (self->skills);
  g_array_unref (self->titles);
  g_clear_pointer (&self->location_words, g_ptr_array_unref);
  voc_bm25_free (self->bm25);
  g_free (self->fingerprint);
}

void
voc_fit_library_unref (VocFitLibrary *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) library_clear);
}

static void
remember (VocFitLibrary *self,
          const char    *kind,
          ...)
{
  GString *part = g_string_new (kind);
  va_list args;
  const char *value;

  va_start (args, kind);
  while ((value = va_arg (args, const char *)) != (const char *) 1)
    {
      g_string_append_c (part, '\x1f');
      g_string_append (part, value != NULL ? value : "\x1e");
    }
  va_end (args);

  g_ptr_array_add (self->fingerprint_parts, g_string_free (part, FALSE));
}

#define END_PARTS ((const char *) 1)

void
voc_fit_library_set_profile (VocFitLibrary      *self,
                             const char         *headline,
                             const char         *summary,
                             const char * const *target_roles,
                             const char         *location,
                             const char         *remote_preference,
                             gint64              salary_min_cents,
                             gint64              salary_max_cents,
                             const char         *salary_currency)
{
  g_autofree char *roles = NULL;
  g_autofree char *salary = NULL;

  g_return_if_fail (!self->sealed);

  g_free (self->headline);
  self->headline = g_strdup (headline);
  g_free (self->summary);
  self->summary = g_strdup (summary);
  g_strfreev (self->target_roles);
  self->target_roles = g_strdupv ((char **) target_roles);
  g_free (self->location);
  self->location = g_strdup (location);
  self->remote_preference = remote_from_nick (remote_preference);
  self->salary_min = salary_min_cents;
  self->salary_max = salary_max_cents;
  g_free (self->currency);
  self->currency = g_strdup (salary_currency);

  roles = target_roles != NULL ? g_strjoinv ("\x1d", (char **) target_roles) : NULL;
  salary = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, salary_min_cents,
                            salary_max_cents);
  remember (self, "profile", headline, summary, roles, location, remote_preference, salary,
            salary_currency, END_PARTS);
}

/**
 * voc_fit_library_add_skill:
 * @name: the skill as the user wrote it
 * @keywords: (nullable): other terms the user listed with it
 * @years: years of use, or a negative number when not said
 */
void
voc_fit_library_add_skill (VocFitLibrary      *self,
                           const char         *name,
                           const char * const *keywords,
                           double              years)
{
  g_autofree char *joined = keywords != NULL ? g_strjoinv ("\x1d", (char **) keywords) : NULL;
  g_autofree char *years_text = g_strdup_printf ("%.2f", years);

  g_return_if_fail (!self->sealed);

  if (name != NULL)
    {
      g_ptr_array_add (self->listed, g_strdup (name));
      g_array_append_val (self->listed_years, years);
    }
  for (guint i = 0; keywords != NULL && keywords[i] != NULL; i++)
    {
      double none = -1;

      g_ptr_array_add (self->listed, g_strdup (keywords[i]));
      g_array_append_val (self->listed_years, none);
    }
  remember (self, "skill", name, joined, years_text, END_PARTS);
}

/**
 * voc_fit_library_add_experience:
 * @end_date: (nullable): the end, %NULL for a current job
 */
void
voc_fit_library_add_experience (VocFitLibrary *self,
                                gint64         id,
                                const char    *title,
                                const char    *employer,
                                const char    *start_date,
                                const char    *end_date,
                                const char    *description)
{
  Experience experience = { 0 };
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_return_if_fail (!self->sealed);

  experience.id = id;
  experience.title = g_strdup (title);
  experience.start = date_months (start_date);
  experience.end = end_date != NULL ? date_months (end_date) : self->today;
  if (experience.end > self->today)
    experience.end = self->today;
  experience.description = g_strdup (description);
  g_array_append_val (self->experiences, experience);

  remember (self, "experience", id_text, title, employer, start_date, end_date, description,
            END_PARTS);
}

/**
 * voc_fit_library_add_bullet:
 * @uuid: (nullable): the bullet's uuid
 * @experience_id: the experience it belongs to, or 0
 * @tags: (nullable): its tags
 * @importance: 1 to 5
 */
void
voc_fit_library_add_bullet (VocFitLibrary      *self,
                            gint64              id,
                            const char         *uuid,
                            gint64              experience_id,
                            const char         *text,
                            const char * const *tags,
                            int                 importance)
{
  Bullet bullet = { 0 };
  GStrvBuilder *builder = g_strv_builder_new ();
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %d",
                                              id, experience_id, importance);
  g_autofree char *joined = tags != NULL ? g_strjoinv ("\x1d", (char **) tags) : NULL;

  g_return_if_fail (!self->sealed);

  bullet.id = id;
  bullet.uuid = g_strdup (uuid);
  bullet.experience_id = experience_id;
  bullet.text = g_strdup (text != NULL ? text : "");
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      g_autofree char *folded = voc_text_fold (tags[i]);

      g_strv_builder_add (builder, folded);
    }
  bullet.tags = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  bullet.importance = CLAMP (importance, 1, 5);
  g_array_append_val (self->bullets, bullet);

  remember (self, "bullet", id_text, uuid, text, joined, END_PARTS);
}

void
voc_fit_library_add_education (VocFitLibrary *self,
                               const char    *institution,
                               const char    *area,
                               const char    *study_type)
{
  g_return_if_fail (!self->sealed);

  g_ptr_array_add (self->texts, g_strjoin (" ", study_type != NULL ? study_type : "",
                                           area != NULL ? area : "", NULL));
  remember (self, "education", institution, area, study_type, END_PARTS);
}

void
voc_fit_library_add_certification (VocFitLibrary *self,
                                   const char    *name,
                                   const char    *issuer)
{
  g_return_if_fail (!self->sealed);

  g_ptr_array_add (self->texts, g_strdup (name != NULL ? name : ""));
  remember (self, "certification", name, issuer, END_PARTS);
}

/**
 * voc_fit_library_add_text:
 *
 * Adds other text of the resume (projects, courses) in which skills count as named, not
 * proved.
 */
void
voc_fit_library_add_text (VocFitLibrary *self,
                          const char    *text)
{
  g_return_if_fail (!self->sealed);

  g_ptr_array_add (self->texts, g_strdup (text != NULL ? text : ""));
  remember (self, "text", text, END_PARTS);
}

static void
mark_named (VocFitLibrary *self,
            const char    *text)
{
  g_autoptr(GArray) found = NULL;

  if (text == NULL || *text == '\0')
    return;

  found = voc_skill_dictionary_find (self->dictionary, text);
  for (guint i = 0; i < found->len; i++)
    {
      SkillState *state = &self->skills[g_array_index (found, VocSkillMatch, i).skill];

      state->has = MAX (state->has, 1);
    }
}

static void
add_title_set (VocFitLibrary *self,
               const char    *title,
               double         weight)
{
  TitleSet set;

  if (title == NULL)
    return;

  set.words = title_words (title, NULL);
  set.weight = weight;
  if (set.words->len == 0)
    {
      g_ptr_array_unref (set.words);
      return;
    }
  g_array_append_val (self->titles, set);
}

static const Experience *
find_experience (VocFitLibrary *self,
                 gint64         id)
{
  for (guint i = 0; i < self->experiences->len; i++)
    if (g_array_index (self->experiences, Experience, i).id == id)
      return &g_array_index (self->experiences, Experience, i);
  return NULL;
}

static int
compare_experience_end (gconstpointer a,
                        gconstpointer b)
{
  const Experience *ea = *(const Experience **) a, *eb = *(const Experience **) b;

  if (ea->end != eb->end)
    return ea->end > eb->end ? -1 : 1;
  return ea->id < eb->id ? -1 : ea->id > eb->id;
}

/* Years of experience: the union of the dated jobs, so that overlapping jobs count once. */
static double
total_years (GPtrArray *by_end)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  double months = 0, cur_start = -1, cur_end = -1;

  for (guint i = by_end->len; i-- > 0;)
    {
      const Experience *e = g_ptr_array_index (by_end, i);
      double span[2] = { e->start, e->end };

      if (e->start >= 0 && e->end >= e->start)
        g_array_append_vals (spans, span, 1);
    }

  /* Sort by start (insertion sort: a résumé has a handful of jobs). */
  for (guint i = 1; i < spans->len; i++)
    for (guint j = i; j > 0; j--)
      {
        double *a = (double *) (void *) spans->data + 2 * (j - 1);
        double *b = (double *) (void *) spans->data + 2 * j;

        if (a[0] <= b[0])
          break;
        for (guint k = 0; k < 2; k++)
          {
            double t = a[k];

            a[k] = b[k];
            b[k] = t;
          }
      }

  for (guint i = 0; i < spans->len; i++)
    {
      const double *s = (const double *) (const void *) spans->data + 2 * i;

      if (cur_end < 0 || s[0] > cur_end)
        {
          if (cur_end >= 0)
            months += cur_end - cur_start;
          cur_start = s[0];
          cur_end = s[1];
        }
      else if (s[1] > cur_end)
        cur_end = s[1];
    }
  if (cur_end >= 0)
    months += cur_end - cur_start;

  return months / 12.0;
}

static int
compare_proof (VocFitLibrary *self,
               guint          a,
               guint          b)
{
  const Bullet *ba = &g_array_index (self->bullets, Bullet, a);
  const Bullet *bb = &g_array_index (self->bullets, Bullet, b);

  if (ba->recency != bb->recency)
    return ba->recency > bb->recency ? -1 : 1;
  if (ba->importance != bb->importance)
    return ba->importance > bb->importance ? -1 : 1;
  return ba->id < bb->id ? -1 : ba->id > bb->id;
}

static void
add_proof (VocFitLibrary *self,
           SkillState    *state,
           guint          bullet)
{
  guint slot = bullet + 1;

  for (guint i = 0; i < MAX_PROOF; i++)
    {
      if (state->proof[i] == slot)
        return;
      if (state->proof[i] == 0 || compare_proof (self, bullet, state->proof[i] - 1) < 0)
        {
          for (guint k = MAX_PROOF - 1; k > i; k--)
            state->proof[k] = state->proof[k - 1];
          state->proof[i] = slot;
          return;
        }
    }
}

/**
 * voc_fit_library_seal:
 *
 * Computes what scoring needs. The library cannot change afterwards and may be shared
 * between threads.
 */
void
voc_fit_library_seal (VocFitLibrary *self)
{
  guint n_skills = voc_skill_dictionary_get_n_skills (self->dictionary);
  g_autoptr(GPtrArray) by_end = g_ptr_array_new ();
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree double *sums = NULL;
  GString *all_text = g_string_new (NULL);
  int title_level = -1;

  g_return_if_fail (!self->sealed);

  self->skills = g_new0 (SkillState, n_skills);
  sums = g_new0 (double, n_skills);

  /* Skills the user lists, and where the resume names one in passing. */
  for (guint i = 0; i < self->listed->len; i++)
    {
      const char *name = g_ptr_array_index (self->listed, i);
      int skill = voc_skill_dictionary_lookup (self->dictionary, name);

      if (skill >= 0)
        {
          double years = g_array_index (self->listed_years, double, i);

          self->skills[skill].has = MAX (self->skills[skill].has, 1);
          /* A listed skill with years of use is some evidence, never as much as a bullet. */
          sums[skill] += years > 0 ? MIN (years, 10) / 20.0 : 0.1;
        }
      else
        mark_named (self, name);
      g_string_append_printf (all_text, "%s\n", name);
    }
  mark_named (self, self->headline);
  mark_named (self, self->summary);
  for (guint i = 0; i < self->texts->len; i++)
    mark_named (self, g_ptr_array_index (self->texts, i));
  for (guint i = 0; i < self->experiences->len; i++)
    {
      Experience *e = &g_array_index (self->experiences, Experience, i);

      mark_named (self, e->title);
      mark_named (self, e->description);
      g_ptr_array_add (by_end, e);
      g_string_append_printf (all_text, "%s\n", e->title != NULL ? e->title : "");
    }

  /* Bullets prove skills, the recent ones more. */
  self->bm25 = voc_bm25_new ();
  for (guint i = 0; i < self->bullets->len; i++)
    {
      Bullet *bullet = &g_array_index (self->bullets, Bullet, i);
      const Experience *e = find_experience (self, bullet->experience_id);
      g_autoptr(GArray) found = voc_skill_dictionary_find (self->dictionary, bullet->text);

      bullet->end = e != NULL && e->end >= 0 ? e->end : self->today;
      bullet->recency = pow (0.5, MAX (0, self->today - bullet->end) / MONTHS_HALF_LIFE);
      bullet->skills = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint k = 0; k < found->len; k++)
        g_array_append_val (bullet->skills, g_array_index (found, VocSkillMatch, k).skill);
      for (guint t = 0; bullet->tags[t] != NULL; t++)
        {
          int skill = voc_skill_dictionary_lookup (self->dictionary, bullet->tags[t]);
          guint s = skill;

          if (skill >= 0)
            {
              gboolean seen = FALSE;

              for (guint k = 0; k < bullet->skills->len; k++)
                seen |= g_array_index (bullet->skills, guint, k) == s;
              if (!seen)
                g_array_append_val (bullet->skills, s);
            }
        }

      for (guint k = 0; k < bullet->skills->len; k++)
        {
          guint skill = g_array_index (bullet->skills, guint, k);

          self->skills[skill].has = 2;
          sums[skill] += bullet->recency * (0.8 + 0.1 * (bullet->importance - 3));
          add_proof (self, &self->skills[skill], i);
        }

      voc_bm25_add (self->bm25, bullet->text);
      g_string_append_printf (all_text, "%s\n", bullet->text);
    }

  /* Two recent bullets make a skill well proved (strength 0.86); one old one barely. */
  for (guint s = 0; s < n_skills; s++)
    self->skills[s].strength = (float) clamp01 (1.0 - exp (-sums[s]));

  /* For each skill the library lacks, the related skill it has best (the first named in the
   * relations file among equals), so that scoring needs no search. */
  for (guint s = 0; s < n_skills; s++)
    {
      guint n_related = 0;
      const guint *related = voc_skill_dictionary_get_related (self->dictionary, s, &n_related);

      for (guint k = 0; k < n_related && self->skills[s].has == 0; k++)
        {
          const SkillState *other = &self->skills[related[k]];
          guint best = self->skills[s].related;

          if (other->has > 0 &&
              (best == 0 || other->strength > self->skills[best - 1].strength))
            self->skills[s].related = related[k] + 1;
        }
    }

  /* Titles: what the user aims for, then what they have been, the recent ones first. */
  g_ptr_array_sort (by_end, compare_experience_end);
  for (guint i = 0; self->target_roles != NULL && self->target_roles[i] != NULL; i++)
    add_title_set (self, self->target_roles[i], 1.0);
  add_title_set (self, self->headline, 0.9);
  for (guint i = 0; i < by_end->len; i++)
    {
      Experience *e = g_ptr_array_index (by_end, i);
      int level = -1;

      e->title_words = title_words (e->title, &level);
      add_title_set (self, e->title, i == 0 ? 1.0 : i == 1 ? 0.9 : 0.75);
      /* The level of the most recent titles that say one. */
      if (title_level < 0 && level >= 0 && i < 2)
        title_level = level;
    }

  self->location_words = location_words (self->location);
  self->years = total_years (by_end);
  if (by_end->len > 0 && self->years > 0)
    {
      int years_level = self->years < 2 ? 1 : self->years < 5 ? 2 : self->years < 9 ? 3 : 4;

      /* A title says more than years; years can still lift a modest title. */
      self->level = title_level >= 0 ? MAX (title_level, years_level - 1) : years_level;
    }
  else
    self->level = title_level;

  g_string_append (all_text, self->summary != NULL ? self->summary : "");
  voc_vector_embed (all_text->str, self->vector);
  g_string_free (all_text, TRUE);

  for (guint i = 0; i < self->fingerprint_parts->len; i++)
    {
      const char *part = g_ptr_array_index (self->fingerprint_parts, i);

      g_checksum_update (checksum, (const guchar *) part, -1);
      g_checksum_update (checksum, (const guchar *) "\n", 1);
    }
  self->fingerprint = g_strdup (g_checksum_get_string (checksum));
  self->sealed = TRUE;
}

gboolean
voc_fit_library_is_sealed (VocFitLibrary *self)
{
  return self->sealed;
}

/**
 * voc_fit_library_get_fingerprint:
 *
 * Returns: a digest of everything added (and of the month measured from): equal
 *   fingerprints score every posting the same
 */
const char *
voc_fit_library_get_fingerprint (VocFitLibrary *self)
{
  g_return_val_if_fail (self->sealed, NULL);

  return self->fingerprint;
}

guint
voc_fit_library_get_n_bullets (VocFitLibrary *self)
{
  return self->bullets->len;
}

gboolean
voc_fit_library_has_skill (VocFitLibrary *self,
                           guint          skill)
{
  g_return_val_if_fail (self->sealed, FALSE);

  return skill < voc_skill_dictionary_get_n_skills (self->dictionary) &&
         self->skills[skill].has > 0;
}

VocSkillDictionary *
voc_fit_library_get_dictionary (VocFitLibrary *self)
{
  return self->dictionary;
}

/**
 * voc_fit_library_get_vector:
 *
 * Returns: (array fixed-size=384): the text vector of the whole library
 */
const float *
voc_fit_library_get_vector (VocFitLibrary *self)
{
  g_return_val_if_fail (self->sealed, NULL);

  return self->vector;
}

/* The posting */

/**
 * voc_fit_posting_new:
 * @seniority: (nullable): a nick of #VocSeniority, or %NULL
 * @remote_mode: (nullable): a nick of #VocRemoteMode, or %NULL
 * @yearly_min_cents: the yearly pay's lower bound, -1 when not said
 * @yearly_max_cents: the upper bound, -1 when not said
 *
 * Returns: (transfer full): a posting without skills; add them
 */
VocFitPosting *
voc_fit_posting_new (const char *title,
                     const char *seniority,
                     const char *location,
                     const char *remote_mode,
                     gint64      yearly_min_cents,
                     gint64      yearly_max_cents,
                     const char *currency)
{
  VocFitPosting *self = g_new0 (VocFitPosting, 1);
  int title_level = -1;

  self->title = g_strdup (title);
  self->title_words = title_words (title, &title_level);
  self->level = level_from_nick (seniority);
  /* An unknown seniority may still be said by the title ("Senior …"). */
  if (self->level < 0 && title_level >= 0 && title_level != 4)
    self->level = title_level;
  self->location = g_strdup (location);
  self->location_words = location_words (location);
  self->remote = remote_from_nick (remote_mode);
  self->yearly_min = yearly_min_cents;
  self->yearly_max = yearly_max_cents;
  self->currency = g_strdup (currency);
  self->skills = g_array_new (FALSE, FALSE, sizeof (PostingSkill));

  return self;
}

/**
 * voc_fit_posting_new_from_parse:
 *
 * Returns: (transfer full): the posting a parse describes, with its skills and text
 */
VocFitPosting *
voc_fit_posting_new_from_parse (VocJdParse *parse)
{
  VocFitPosting *self = voc_fit_posting_new (parse->title, parse->seniority, parse->location,
                                             parse->remote_mode, parse->yearly_min_cents,
                                             parse->yearly_max_cents, parse->salary_currency);

  for (guint i = 0; i < parse->skills->len; i++)
    {
      VocJdSkill *skill = &g_array_index (parse->skills, VocJdSkill, i);

      voc_fit_posting_add_skill (self, skill->skill, skill->required, skill->nice_to_have,
                                 skill->weight);
    }
  voc_fit_posting_set_text (self, parse->clean_text);

  return self;
}

void
voc_fit_posting_free (VocFitPosting *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_ptr_array_unref (self->title_words);
  g_free (self->location);
  g_ptr_array_unref (self->location_words);
  g_free (self->currency);
  g_array_unref (self->skills);
  g_free (self->text);
  g_free (self->vector);
  g_free (self);
}

/**
 * voc_fit_posting_add_skill:
 * @skill: the skill's index in the dictionary
 * @weight: how central it is; values of 0 or less count as 1
 */
void
voc_fit_posting_add_skill (VocFitPosting *self,
                           guint          skill,
                           gboolean       required,
                           gboolean       nice_to_have,
                           double         weight)
{
  PostingSkill entry = { skill, required, nice_to_have && !required,
                         isfinite (weight) && weight > 0 ? weight : 1.0 };

  for (guint i = 0; i < self->skills->len; i++)
    if (g_array_index (self->skills, PostingSkill, i).skill == skill)
      return;

  g_array_append_val (self->skills, entry);
}

/**
 * voc_fit_posting_add_skills_json:
 * @json: a posting's `skills` column: `[{"name", "required", "nice_to_have", "weight"}]`
 *
 * Skills the dictionary no longer knows are skipped.
 *
 * Returns: whether @json was such a list
 */
gboolean
voc_fit_posting_add_skills_json (VocFitPosting       *self,
                                 VocSkillDictionary  *dictionary,
                                 const char          *json,
                                 GError             **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonArray *array;

  if (json == NULL || *json == '\0')
    return TRUE;

  root = json_from_string (json, &local_error);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                   "posting skills: expected a JSON list of skills%s%s",
                   local_error != NULL ? ": " : "",
                   local_error != NULL ? local_error->message : "");
      return FALSE;
    }

  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      const char *name;
      int skill;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      name = json_object_get_string_member_with_default (object, "name", NULL);
      skill = name != NULL ? voc_skill_dictionary_lookup (dictionary, name) : -1;
      if (skill < 0)
        continue;

      voc_fit_posting_add_skill (self, skill,
                                 json_object_get_boolean_member_with_default (object, "required",
                                                                              FALSE),
                                 json_object_get_boolean_member_with_default (object,
                                                                              "nice_to_have",
                                                                              FALSE),
                                 json_object_get_double_member_with_default (object, "weight",
                                                                             1.0));
    }

  return TRUE;
}

void
voc_fit_posting_set_text (VocFitPosting *self,
                          const char    *text)
{
  g_free (self->text);
  self->text = g_strdup (text);
}

const char *
voc_fit_posting_get_text (VocFitPosting *self)
{
  return self->text;
}

const char *
voc_fit_posting_get_title (VocFitPosting *self)
{
  return self->title;
}

/**
 * voc_fit_posting_set_vector:
 * @vector: (nullable) (array fixed-size=384): the posting's text vector
 */
void
voc_fit_posting_set_vector (VocFitPosting *self,
                            const float   *vector)
{
  g_clear_pointer (&self->vector, g_free);
  if (vector != NULL)
    self->vector = g_memdup2 (vector, sizeof (float) * VOC_VECTOR_DIM);
}

const float *
voc_fit_posting_get_vector (VocFitPosting *self)
{
  return self->vector;
}

guint
voc_fit_posting_get_n_skills (VocFitPosting *self)
{
  return self->skills->len;
}

/**
 * voc_fit_posting_get_skill:
 * @required: (out) (optional): whether it is required
 * @weight: (out) (optional): how central it is
 *
 * Returns: the dictionary index of the posting's @i-th skill
 */
guint
voc_fit_posting_get_skill (VocFitPosting *self,
                           guint          i,
                           gboolean      *required,
                           double        *weight)
{
  const PostingSkill *skill = &g_array_index (self->skills, PostingSkill, i);

  if (required != NULL)
    *required = skill->required;
  if (weight != NULL)
    *weight = skill->weight;
  return skill->skill;
}

/* Scoring */

const char *
voc_fit_factor_get_id (VocFitFactorKind kind)
{
  g_return_val_if_fail (kind < VOC_FIT_N_FACTORS, NULL);

  return factor_ids[kind];
}

const char *
voc_fit_factor_get_label (VocFitFactorKind kind)
{
  switch (kind)
    {
    case VOC_FIT_FACTOR_REQUIRED_SKILLS: return _("Required skills");
    case VOC_FIT_FACTOR_NICE_SKILLS:     return _("Nice-to-have skills");
    case VOC_FIT_FACTOR_TITLE:           return _("Job title");
    case VOC_FIT_FACTOR_SENIORITY:       return _("Seniority");
    case VOC_FIT_FACTOR_EVIDENCE:        return _("Evidence");
    case VOC_FIT_FACTOR_LOCATION:        return _("Location");
    case VOC_FIT_FACTOR_SALARY:          return _("Salary");
    case VOC_FIT_FACTOR_TEXT:            return _("Text similarity");
    case VOC_FIT_N_FACTORS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
add_related (VocFitLibrary      *library,
             const PostingSkill *ps,
             const char         *name,
             const SkillState   *state,
             VocFitResult       *result)
{
  VocFitRelated related;

  related.skill = ps->skill;
  related.name = name;
  related.have = voc_skill_dictionary_get_name (library->dictionary, state->related - 1);
  related.required = ps->required;
  related.weight = ps->weight;
  g_array_append_val (result->related, related);
}

static void
match_clear (VocFitMatch *match)
{
  g_clear_pointer (&match->bullets, g_array_unref);
}

static void
set_factor (VocFitResult     *result,
            VocFitFactorKind  kind,
            gboolean          available,
            double            value)
{
  result->factors[kind].available = available;
  result->factors[kind].value = available ? clamp01 (value) : 0;
}

static void
score_skills (VocFitLibrary *library,
              VocFitPosting *posting,
              VocFitResult  *result)
{
  double req_total = 0, req_have = 0, nice_total = 0, nice_have = 0;
  double ev_total = 0, ev_sum = 0;
  guint n_skills = voc_skill_dictionary_get_n_skills (library->dictionary);

  for (guint i = 0; i < posting->skills->len; i++)
    {
      const PostingSkill *ps = &g_array_index (posting->skills, PostingSkill, i);
      const SkillState *state = ps->skill < n_skills ? &library->skills[ps->skill] : NULL;
      const char *name = ps->skill < n_skills
                           ? voc_skill_dictionary_get_name (library->dictionary, ps->skill)
                           : NULL;
      /* A skill that is neither required nor nice-to-have (mentioned in passing) counts
       * among the nice-to-haves, with its small weight. */
      gboolean required = ps->required;

      if (name == NULL)
        continue;

      if (required)
        req_total += ps->weight;
      else
        nice_total += ps->weight;

      if (state != NULL && state->has > 0)
        {
          VocFitMatch match = { 0 };

          if (required)
            req_have += ps->weight;
          else
            nice_have += ps->weight;

          ev_total += ps->weight;
          ev_sum += ps->weight * state->strength;

          match.skill = ps->skill;
          match.name = name;
          match.required = required;
          match.weight = ps->weight;
          match.evidence = state->strength;
          match.bullets = g_array_new (FALSE, FALSE, sizeof (gint64));
          for (guint k = 0; k < MAX_PROOF && state->proof[k] != 0; k++)
            g_array_append_val (match.bullets,
                                g_array_index (library->bullets, Bullet, state->proof[k] - 1).id);
          g_array_append_val (result->matched, match);
        }
      else
        {
          /* Missing; a related skill earns part of the weight, and is said. */
          if (state != NULL && state->related != 0)
            {
              if (required)
                req_have += VOC_FIT_RELATED_CREDIT * ps->weight;
              else
                nice_have += VOC_FIT_RELATED_CREDIT * ps->weight;
              add_related (library, ps, name, state, result);
            }
          g_ptr_array_add (required ? result->missing_required : result->missing_nice,
                           g_strdup (name));
        }
    }

  set_factor (result, VOC_FIT_FACTOR_REQUIRED_SKILLS, req_total > 0,
              req_total > 0 ? req_have / req_total : 0);
  set_factor (result, VOC_FIT_FACTOR_NICE_SKILLS, nice_total > 0,
              nice_total > 0 ? nice_have / nice_total : 0);
  /* Evidence is about the matched skills: without any, or without bullets, it says nothing
   * that coverage does not already say. */
  set_factor (result, VOC_FIT_FACTOR_EVIDENCE, ev_total > 0 && library->bullets->len > 0,
              ev_total > 0 ? ev_sum / ev_total : 0);
}

static double
score_title (VocFitLibrary *library,
             VocFitPosting *posting,
             gboolean      *available)
{
  double best = 0;

  *available = posting->title_words->len > 0 && library->titles->len > 0;
  for (guint i = 0; *available && i < library->titles->len; i++)
    {
      const TitleSet *set = &g_array_index (library->titles, TitleSet, i);

      best = MAX (best, set->weight * dice (posting->title_words, set->words));
    }

  return best;
}

static double
score_seniority (VocFitLibrary *library,
                 VocFitPosting *posting,
                 gboolean      *available)
{
  int diff;

  *available = posting->level >= 0 && library->level >= 0;
  if (!*available)
    return 0;

  /* A step up is a stretch a hiring manager may take; a step down is often seen as
   * overqualified, a little less of a worry. */
  diff = posting->level - library->level;
  switch (diff)
    {
    case 0:  return 1.0;
    case 1:  return 0.7;
    case -1: return 0.8;
    case 2:  return 0.3;
    case -2: return 0.45;
    default: return 0.1;
    }
}

static double
score_location (VocFitLibrary *library,
                VocFitPosting *posting,
                gboolean      *available)
{
  GPtrArray *mine = library->location_words;
  RemoteMode pref = library->remote_preference;
  double place = -1;

  /* How close the places are: same first word (the city) 1, another shared word (region,
   * country) 0.6, none 0; -1 when either place is not known. */
  if (mine->len > 0 && posting->location_words->len > 0)
    {
      place = 0;
      if (g_str_equal (g_ptr_array_index (mine, 0), g_ptr_array_index (posting->location_words, 0)))
        place = 1;
      else
        for (guint i = 0; i < posting->location_words->len && place == 0; i++)
          if (g_ptr_array_find_with_equal_func (mine, g_ptr_array_index (posting->location_words, i),
                                                g_str_equal, NULL))
            place = 0.6;
    }

  *available = TRUE;
  switch (posting->remote)
    {
    case REMOTE_REMOTE:
      return pref == REMOTE_ON_SITE ? 0.7 : 1.0;

    case REMOTE_HYBRID:
      if (place >= 0)
        return (0.2 + 0.8 * place) * (pref == REMOTE_REMOTE ? 0.7 : 1.0);
      if (pref != REMOTE_UNKNOWN)
        return pref == REMOTE_REMOTE ? 0.5 : 0.8;
      break;

    case REMOTE_ON_SITE:
      if (place >= 0)
        return place * (pref == REMOTE_REMOTE ? 0.5 : 1.0);
      if (pref != REMOTE_UNKNOWN)
        return pref == REMOTE_REMOTE ? 0.2 : 0.7;
      break;

    case REMOTE_UNKNOWN:
    default:
      if (place >= 0)
        return 0.2 + 0.8 * place;
      break;
    }

  *available = FALSE;
  return 0;
}

static double
score_salary (VocFitLibrary *library,
              VocFitPosting *posting,
              gboolean      *available)
{
  gint64 top = posting->yearly_max >= 0 ? posting->yearly_max : posting->yearly_min;
  double floor;

  *available = FALSE;
  if (top <= 0 || (library->salary_min <= 0 && library->salary_max <= 0))
    return 0;
  /* No exchange rates offline: pay in another currency is not compared. */
  if (posting->currency == NULL || library->currency == NULL ||
      g_ascii_strcasecmp (posting->currency, library->currency) != 0)
    return 0;

  *available = TRUE;
  floor = library->salary_min > 0 ? library->salary_min : 0.9 * library->salary_max;
  if (top >= floor)
    return 1.0;

  /* 90 % of the floor scores 0.7, two thirds of it nothing. */
  return clamp01 (1.0 - 3.0 * (1.0 - top / floor));
}

static double
score_text (VocFitLibrary *library,
            VocFitPosting *posting,
            gboolean      *available)
{
  double cosine;

  *available = posting->vector != NULL && library->bullets->len > 0;
  if (!*available)
    return 0;

  /* Hashed vectors of related texts land around 0.3–0.5, of unrelated ones below 0.1. */
  cosine = voc_vector_cosine (library->vector, posting->vector);
  return clamp01 ((cosine - 0.08) / 0.35);
}

/* Why the factors that are not available are not: what the posting or the library lacks,
 * checked in the order the factor functions check it. */
static void
set_reasons (VocFitLibrary *library,
             VocFitPosting *posting,
             VocFitResult  *result)
{
  VocFitFactor *f = result->factors;
  gint64 top = posting->yearly_max >= 0 ? posting->yearly_max : posting->yearly_min;

  if (!f[VOC_FIT_FACTOR_REQUIRED_SKILLS].available)
    f[VOC_FIT_FACTOR_REQUIRED_SKILLS].reason = posting->skills->len == 0
      ? _("no skills found in the posting")
      : _("the posting names no required skills");
  if (!f[VOC_FIT_FACTOR_NICE_SKILLS].available)
    f[VOC_FIT_FACTOR_NICE_SKILLS].reason = posting->skills->len == 0
      ? _("no skills found in the posting")
      : _("the posting names no nice-to-have skills");
  if (!f[VOC_FIT_FACTOR_EVIDENCE].available)
    f[VOC_FIT_FACTOR_EVIDENCE].reason = library->bullets->len == 0
      ? _("no bullets in your resume")
      : _("none of the posting’s skills is in your resume");
  if (!f[VOC_FIT_FACTOR_TITLE].available)
    f[VOC_FIT_FACTOR_TITLE].reason = posting->title_words->len == 0
      ? _("no job title in the posting")
      : _("no job titles in your resume");
  if (!f[VOC_FIT_FACTOR_SENIORITY].available)
    f[VOC_FIT_FACTOR_SENIORITY].reason = posting->level < 0
      ? _("the posting does not say the seniority")
      : _("your resume does not show a seniority");
  if (!f[VOC_FIT_FACTOR_LOCATION].available)
    f[VOC_FIT_FACTOR_LOCATION].reason = posting->location_words->len == 0 &&
                                        posting->remote == REMOTE_UNKNOWN
      ? _("no place or remote mode in the posting")
      : _("no location or remote preference in your profile");
  if (!f[VOC_FIT_FACTOR_SALARY].available)
    {
      if (top <= 0)
        f[VOC_FIT_FACTOR_SALARY].reason = _("no salary in the posting");
      else if (library->salary_min <= 0 && library->salary_max <= 0)
        f[VOC_FIT_FACTOR_SALARY].reason = _("no salary range in your profile");
      else
        f[VOC_FIT_FACTOR_SALARY].reason = _("the pay is in another currency than yours");
    }
  if (!f[VOC_FIT_FACTOR_TEXT].available)
    f[VOC_FIT_FACTOR_TEXT].reason = library->bullets->len == 0
      ? _("no bullets in your resume")
      : _("the posting has no text");
}

static char *
join_names (GPtrArray *names,
            guint      max)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < names->len && i < max; i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (names, i));
    }
  if (names->len > max)
    g_string_append (text, ", …");

  return g_string_free (text, FALSE);
}

static const char *
level_label (int level)
{
  switch (level)
    {
    case 0: return C_("seniority", "intern");
    case 1: return C_("seniority", "junior");
    case 2: return C_("seniority", "mid-level");
    case 3: return C_("seniority", "senior");
    case 4: return C_("seniority", "lead");
    case 5: return C_("seniority", "principal");
    case 6: return C_("seniority", "executive");
    default: return C_("seniority", "unknown");
    }
}

static void
append_skill_label (GString      *text,
                    VocFitResult *result,
                    const char   *name)
{
  const char *have = voc_fit_result_get_related_have (result, name);

  if (have == NULL)
    g_string_append (text, name);
  else
    /* TRANSLATORS: a skill the resume lacks, and a related skill it has */
    g_string_append_printf (text, _("%s (related: you have %s)"), name, have);
}

static char *
build_rationale (VocFitLibrary *library,
                 VocFitPosting *posting,
                 VocFitResult  *result)
{
  GString *text = g_string_new (NULL);
  guint n_required = 0, n_required_have = 0;
  g_autoptr(GPtrArray) left_out = g_ptr_array_new ();
  const VocFitFactor *f = result->factors;

  for (guint i = 0; i < result->matched->len; i++)
    n_required_have += g_array_index (result->matched, VocFitMatch, i).required;
  n_required = n_required_have + result->missing_required->len;

  if (n_required > 0)
    {
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "You have %u of the %u required skill.",
                                           "You have %u of the %u required skills.",
                                           n_required),
                              n_required_have, n_required);
      if (result->missing_required->len > 0)
        {
          GString *names = g_string_new (NULL);
          guint n = result->missing_required->len;

          /* The first three, each with the related skill the library has if any. */
          for (guint i = 0; i < n && i < 3; i++)
            {
              if (i > 0)
                g_string_append (names, ", ");
              append_skill_label (names, result,
                                  g_ptr_array_index (result->missing_required, i));
            }
          if (n > 3)
            g_string_append (names, ", …");

          g_string_append_c (text, ' ');
          g_string_append_printf (text, _("Missing: %s."), names->str);
          g_string_free (names, TRUE);
        }
    }
  else if (posting->skills->len == 0)
    g_string_append (text, _("No skills were found in the posting."));
  else
    g_string_append (text, _("The posting names no required skills."));

  if (f[VOC_FIT_FACTOR_EVIDENCE].available && f[VOC_FIT_FACTOR_EVIDENCE].value < 0.4)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("Few recent bullets show the matched skills."));
    }

  if (f[VOC_FIT_FACTOR_TITLE].available && posting->title != NULL)
    {
      g_string_append_c (text, ' ');
      if (f[VOC_FIT_FACTOR_TITLE].value >= 0.6)
        g_string_append_printf (text, _("Your titles match “%s”."), posting->title);
      else if (f[VOC_FIT_FACTOR_TITLE].value < 0.25)
        g_string_append_printf (text, _("Your titles differ from “%s”."), posting->title);
      else
        g_string_append_printf (text, _("Your titles are close to “%s”."), posting->title);
    }

  if (f[VOC_FIT_FACTOR_SENIORITY].available && f[VOC_FIT_FACTOR_SENIORITY].value < 1.0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("The role is %s; your experience reads as %s."),
                              level_label (posting->level), level_label (library->level));
    }

  if (f[VOC_FIT_FACTOR_LOCATION].available && f[VOC_FIT_FACTOR_LOCATION].value < 0.5)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("The place or remote mode does not suit you well."));
    }

  if (f[VOC_FIT_FACTOR_SALARY].available && f[VOC_FIT_FACTOR_SALARY].value < 1.0)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("The pay is below your minimum."));
    }

  for (guint k = 0; k < VOC_FIT_N_FACTORS; k++)
    if (!f[k].available)
      g_ptr_array_add (left_out, (gpointer) voc_fit_factor_get_label (k));
  if (left_out->len > 0)
    {
      g_autofree char *names = join_names (left_out, VOC_FIT_N_FACTORS);
      g_autofree char *lower = g_utf8_strdown (names, -1);

      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Not counted, for lack of information: %s."), lower);
    }

  return g_string_free (text, FALSE);
}

/**
 * voc_fit_score:
 * @library: a sealed library
 *
 * Scores one posting. Deterministic: the same library and posting give the same result.
 *
 * Returns: (transfer full): the score, its factors, matched and missing skills, rationale
 */
VocFitResult *
voc_fit_score (VocFitLibrary *library,
               VocFitPosting *posting)
{
  VocFitResult *result = g_new0 (VocFitResult, 1);
  double total = 0, sum = 0;
  gboolean available;
  double value;

  g_return_val_if_fail (library->sealed, result);

  result->matched = g_array_new (FALSE, TRUE, sizeof (VocFitMatch));
  g_array_set_clear_func (result->matched, (GDestroyNotify) match_clear);
  result->missing_required = g_ptr_array_new_with_free_func (g_free);
  result->missing_nice = g_ptr_array_new_with_free_func (g_free);
  result->related = g_array_new (FALSE, TRUE, sizeof (VocFitRelated));

  for (guint k = 0; k < VOC_FIT_N_FACTORS; k++)
    {
      result->factors[k].kind = k;
      result->factors[k].weight = factor_weights[k];
    }

  score_skills (library, posting, result);
  value = score_title (library, posting, &available);
  set_factor (result, VOC_FIT_FACTOR_TITLE, available, value);
  value = score_seniority (library, posting, &available);
  set_factor (result, VOC_FIT_FACTOR_SENIORITY, available, value);
  value = score_location (library, posting, &available);
  set_factor (result, VOC_FIT_FACTOR_LOCATION, available, value);
  value = score_salary (library, posting, &available);
  set_factor (result, VOC_FIT_FACTOR_SALARY, available, value);
  value = score_text (library, posting, &available);
  set_factor (result, VOC_FIT_FACTOR_TEXT, available, value);
  set_reasons (library, posting, result);

  for (guint k = 0; k < VOC_FIT_N_FACTORS; k++)
    if (result->factors[k].available)
      total += factor_weights[k];
  for (guint k = 0; k < VOC_FIT_N_FACTORS; k++)
    {
      VocFitFactor *f = &result->factors[k];

      f->share = f->available && total > 0 ? factor_weights[k] / total : 0;
      sum += f->share * f->value;
    }

  result->score = (int) CLAMP (lround (100.0 * clamp01 (sum)), 0, 100);
  result->rationale = build_rationale (library, posting, result);

  return result;
}

void
voc_fit_result_free (VocFitResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->matched, g_array_unref);
  g_clear_pointer (&result->missing_required, g_ptr_array_unref);
  g_clear_pointer (&result->missing_nice, g_ptr_array_unref);
  g_clear_pointer (&result->related, g_array_unref);
  g_free (result->rationale);
  g_free (result);
}

/**
 * voc_fit_result_get_related_have:
 * @name: a missing skill's name
 *
 * Returns: (nullable): the name of the related skill the library has, which earned @name
 *   part of its weight; %NULL when there is none
 */
const char *
voc_fit_result_get_related_have (VocFitResult *result,
                                 const char   *name)
{
  for (guint i = 0; result->related != NULL && i < result->related->len; i++)
    {
      const VocFitRelated *related = &g_array_index (result->related, VocFitRelated, i);

      if (g_strcmp0 (related->name, name) == 0)
        return related->have;
    }
  return NULL;
}

/**
 * voc_fit_result_dup_skill_label:
 * @name: a missing skill's name
 *
 * Returns: (transfer full): @name, followed by the related skill the library has if any:
 *   “Kotlin (related: you have Java)”
 */
char *
voc_fit_result_dup_skill_label (VocFitResult *result,
                                const char   *name)
{
  GString *text = g_string_new (NULL);

  append_skill_label (text, result, name);
  return g_string_free (text, FALSE);
}

static char *
builder_to_string (JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

/**
 * voc_fit_result_dup_factors_json:
 *
 * Returns: (transfer full): `[{"id", "label", "weight", "share", "value", "available"}]`
 */
char *
voc_fit_result_dup_factors_json (VocFitResult *result)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint k = 0; k < VOC_FIT_N_FACTORS; k++)
    {
      const VocFitFactor *f = &result->factors[k];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, factor_ids[k]);
      json_builder_set_member_name (builder, "weight");
      json_builder_add_double_value (builder, f->weight);
      json_builder_set_member_name (builder, "share");
      json_builder_add_double_value (builder, round (f->share * 1e4) / 1e4);
      json_builder_set_member_name (builder, "value");
      json_builder_add_double_value (builder, round (f->value * 1e4) / 1e4);
      json_builder_set_member_name (builder, "available");
      json_builder_add_boolean_value (builder, f->available);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return builder_to_string (builder);
}

/**
 * voc_fit_result_dup_matched_json:
 *
 * Returns: (transfer full): `[{"name", "required", "weight", "evidence", "bullets": [ids]}]`
 */
char *
voc_fit_result_dup_matched_json (VocFitResult *result)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < result->matched->len; i++)
    {
      const VocFitMatch *m = &g_array_index (result->matched, VocFitMatch, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, m->name);
      json_builder_set_member_name (builder, "required");
      json_builder_add_boolean_value (builder, m->required);
      json_builder_set_member_name (builder, "weight");
      json_builder_add_double_value (builder, m->weight);
      json_builder_set_member_name (builder, "evidence");
      json_builder_add_double_value (builder, round (m->evidence * 1e4) / 1e4);
      json_builder_set_member_name (builder, "bullets");
      json_builder_begin_array (builder);
      for (guint k = 0; k < m->bullets->len; k++)
        json_builder_add_int_value (builder, g_array_index (m->bullets, gint64, k));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return builder_to_string (builder);
}

/**
 * voc_fit_result_dup_missing_json:
 *
 * Returns: (transfer full): `{"required": [names], "nice_to_have": [names], "related":
 *   [{"name", "have", "required"}]}`: the missing skills, and those of them for which the
 *   library has a related skill
 */
char *
voc_fit_result_dup_missing_json (VocFitResult *result)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GPtrArray *lists[] = { result->missing_required, result->missing_nice };
  const char *keys[] = { "required", "nice_to_have" };

  json_builder_begin_object (builder);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      json_builder_set_member_name (builder, keys[l]);
      json_builder_begin_array (builder);
      for (guint i = 0; i < lists[l]->len; i++)
        json_builder_add_string_value (builder, g_ptr_array_index (lists[l], i));
      json_builder_end_array (builder);
    }
  json_builder_set_member_name (builder, "related");
  json_builder_begin_array (builder);
  for (guint i = 0; i < result->related->len; i++)
    {
      const VocFitRelated *related = &g_array_index (result->related, VocFitRelated, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, related->name);
      json_builder_set_member_name (builder, "have");
      json_builder_add_string_value (builder, related->have);
      json_builder_set_member_name (builder, "required");
      json_builder_add_boolean_value (builder, related->required);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return builder_to_string (builder);
}

/* Ranking */

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const VocFitRankedBullet *ra = a, *rb = b;

  if (ra->score != rb->score)
    return ra->score > rb->score ? -1 : 1;
  return ra->id < rb->id ? -1 : ra->id > rb->id;
}

/**
 * voc_fit_rank_bullets:
 * @library: a sealed library
 *
 * Ranks every bullet by relevance to the posting: BM25 of its text against the posting's
 * text (and title), normalised by the best bullet (60 %), the share of the posting's most
 * central skill weight it mentions (30 %), and a tag naming one of the posting's skills or
 * title words (10 %). Ties go to the lower id, so the order is always the same.
 *
 * Returns: (transfer full) (element-type VocFitRankedBullet): every bullet, best first
 */
GArray *
voc_fit_rank_bullets (VocFitLibrary *library,
                      VocFitPosting *posting)
{
  guint n = library->bullets->len;
  GArray *ranked = g_array_sized_new (FALSE, TRUE, sizeof (VocFitRankedBullet), n);
  g_autofree double *bm25 = g_new0 (double, MAX (n, 1));
  g_autofree char *query = NULL;
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  double best_bm25 = 0, top_weight = 0;

  g_return_val_if_fail (library->sealed, ranked);

  /* The title is said twice: it is the shortest summary of what the job is. */
  query = g_strjoin ("\n", posting->title != NULL ? posting->title : "",
                     posting->title != NULL ? posting->title : "",
                     posting->text != NULL ? posting->text : "", NULL);
  voc_bm25_score (library->bm25, query, bm25);
  for (guint i = 0; i < n; i++)
    best_bm25 = MAX (best_bm25, bm25[i]);

  for (guint i = 0; i < posting->skills->len; i++)
    {
      const PostingSkill *ps = &g_array_index (posting->skills, PostingSkill, i);
      double *slot = g_new (double, 1);

      *slot = ps->weight;
      g_hash_table_insert (wanted, GUINT_TO_POINTER (ps->skill + 1), slot);
      top_weight = MAX (top_weight, ps->weight);
    }

  for (guint i = 0; i < n; i++)
    {
      const Bullet *bullet = &g_array_index (library->bullets, Bullet, i);
      VocFitRankedBullet r = { 0 };
      double overlap = 0;

      r.id = bullet->id;
      r.uuid = bullet->uuid;
      r.experience_id = bullet->experience_id;
      r.bm25 = bm25[i];

      for (guint k = 0; k < bullet->skills->len; k++)
        {
          double *w = g_hash_table_lookup (wanted,
                                           GUINT_TO_POINTER (g_array_index (bullet->skills, guint,
                                                                            k) + 1));

          if (w != NULL)
            overlap += *w;
        }
      r.skill_overlap = top_weight > 0 ? clamp01 (overlap / top_weight) : 0;

      for (guint t = 0; bullet->tags[t] != NULL && r.tag_overlap == 0; t++)
        {
          int skill = voc_skill_dictionary_lookup (library->dictionary, bullet->tags[t]);

          if ((skill >= 0 && g_hash_table_contains (wanted, GUINT_TO_POINTER (skill + 1))) ||
              g_ptr_array_find_with_equal_func (posting->title_words, bullet->tags[t],
                                                g_str_equal, NULL))
            r.tag_overlap = 1;
        }

      r.score = clamp01 (0.6 * (best_bm25 > 0 ? bm25[i] / best_bm25 : 0) +
                         0.3 * r.skill_overlap + 0.1 * r.tag_overlap);
      g_array_append_val (ranked, r);
    }

  g_array_sort (ranked, compare_ranked);
  return ranked;
}
