/* voc-fit-ats.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-fit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "voc-bm25.h"
#include "voc-fit-ats.h"

/*
 * The keyword report applicant tracking systems and recruiters' tools make: which of the
 * posting's hard skills, its job title, the education and the certifications it asks for a
 * given resume (a compiled variant, JSON Resume–shaped) contains, and the share found.
 *
 * Hard skills are the posting's skills from the dictionary other than soft skills, matched
 * through aliases as everywhere else. The title is found when the resume has its words in
 * that order, levels ("Senior") aside. Education is the lowest degree the posting names
 * (a bachelor's, a master's, a doctorate, or just "a degree"); the resume has it when one of
 * its degrees is at least that. Certifications come from a short list of the ones postings
 * most often ask for, found by name in the resume.
 */

typedef struct
{
  const char *phrase;   /* as the tokenizer yields it */
  const char *label;
} Certification;

static const Certification certifications[] = {
  { "aws certified", "AWS Certified" },
  { "azure certified", "Azure certification" },
  { "google cloud certified", "Google Cloud certification" },
  { "professional cloud architect", "Google Professional Cloud Architect" },
  { "cka", "Certified Kubernetes Administrator (CKA)" },
  { "certified kubernete administrator", "Certified Kubernetes Administrator (CKA)" },
  { "ckad", "Certified Kubernetes Application Developer (CKAD)" },
  { "terraform associate", "HashiCorp Terraform Associate" },
  { "pmp", "PMP" },
  { "project management professional", "PMP" },
  { "prince2 practitioner", "PRINCE2 Practitioner" },
  { "certified scrum master", "Certified ScrumMaster (CSM)" },
  { "csm", "Certified ScrumMaster (CSM)" },
  { "psm", "Professional Scrum Master (PSM)" },
  { "cissp", "CISSP" },
  { "cism", "CISM" },
  { "cisa", "CISA" },
  { "ceh", "CEH" },
  { "oscp", "OSCP" },
  { "comptia security+", "CompTIA Security+" },
  { "security+", "CompTIA Security+" },
  { "ccna", "CCNA" },
  { "ccnp", "CCNP" },
  { "cpa", "CPA" },
  { "acca", "ACCA" },
  { "cima", "CIMA" },
  { "cfa", "CFA" },
  { "chartered accountant", "Chartered Accountant" },
  { "six sigma", "Six Sigma" },
  { "salesforce certified", "Salesforce certification" },
  { "databrick certified", "Databricks certification" },
  { "snowflake certified", "Snowflake certification" },
  { "tableau certified", "Tableau certification" },
  { "registered nurse", "Registered Nurse" },
};

static const char * const level_words[] = {
  "intern", "junior", "jr", "graduate", "mid", "senior", "sr", "lead", "staff", "principal",
  "head", "i", "ii", "iii", "iv",
};

static void
item_clear (VocAtsItem *item)
{
  g_free (item->term);
}

void
voc_ats_report_free (VocAtsReport *report)
{
  if (report == NULL)
    return;

  g_array_unref (report->items);
  g_free (report);
}

const char *
voc_ats_kind_to_string (VocAtsKind kind)
{
  switch (kind)
    {
    case VOC_ATS_HARD_SKILL:    return "hard_skill";
    case VOC_ATS_JOB_TITLE:     return "job_title";
    case VOC_ATS_EDUCATION:     return "education";
    case VOC_ATS_CERTIFICATION: return "certification";
    default:                    g_return_val_if_reached (NULL);
    }
}

static void
collect_text (JsonNode   *node,
              const char *key,
              GString    *out)
{
  static const char * const skip[] = { "url", "email", "phone", "image", "picture", "network",
                                       "username", "countryCode", "postalCode" };

  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (skip); i++)
    if (g_str_equal (key, skip[i]))
      return;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *member;
      JsonNode *value;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &member, &value))
        collect_text (value, member, out);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_text (json_array_get_element (array, i), key, out);
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      g_string_append (out, json_node_get_string (node));
      /* A line break keeps phrases from running across fields. */
      g_string_append_c (out, '\n');
    }
}

/**
 * voc_ats_resume_text:
 *
 * Returns: (transfer full): every text of a JSON Resume document (not addresses, phone
 *   numbers or links), one field a line
 */
char *
voc_ats_resume_text (JsonObject *resume)
{
  GString *text = g_string_new (NULL);
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), resume);

  collect_text (node, NULL, text);
  return g_string_free (text, FALSE);
}

/* Whether @haystack has the words of @needle in a row. */
static gboolean
has_sequence (GPtrArray *haystack,
              GPtrArray *needle)
{
  if (needle->len == 0)
    return FALSE;

  for (guint i = 0; i + needle->len <= haystack->len; i++)
    {
      guint k = 0;

      while (k < needle->len &&
             g_str_equal (g_ptr_array_index (haystack, i + k), g_ptr_array_index (needle, k)))
        k++;
      if (k == needle->len)
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_phrase (GPtrArray  *words,
            const char *phrase)
{
  g_autoptr(GPtrArray) needle = voc_bm25_tokenize (phrase, FALSE);

  return has_sequence (words, needle);
}

/* The core of a title: before a dash, bar, comma or bracket, without its level. */
static GPtrArray *
title_core (const char *title)
{
  g_autofree char *head = g_strdup (title != NULL ? title : "");
  g_autoptr(GPtrArray) words = NULL;
  GPtrArray *core = g_ptr_array_new_with_free_func (g_free);
  static const char * const cuts[] = { " - ", " – ", " — ", "|", ",", "(", "/" };

  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      char *at = strstr (head, cuts[i]);

      if (at != NULL && at != head)
        *at = '\0';
    }

  words = voc_bm25_tokenize (head, FALSE);
  for (guint i = 0; i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);
      gboolean level = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (level_words); k++)
        level |= g_str_equal (word, level_words[k]);
      if (!level)
        g_ptr_array_add (core, g_strdup (word));
    }

  return core;
}

/* The degree a text names: 3 doctorate, 2 master's, 1 bachelor's or "a degree", 0 none.
 * With @lowest, the lowest named ("a bachelor's or master's" asks for a bachelor's);
 * otherwise the highest (what a resume holds). */
static int
degree_level (GPtrArray *words,
              gboolean   lowest)
{
  int found = 0;
  gboolean generic = FALSE;

  for (guint i = 0; i < words->len; i++)
    {
      const char *w = g_ptr_array_index (words, i);
      const char *next = i + 1 < words->len ? g_ptr_array_index (words, i + 1) : "";
      int level = 0;

      if (g_str_equal (w, "phd") || g_str_equal (w, "doctorate") || g_str_equal (w, "doctoral") ||
          (g_str_equal (w, "ph") && g_str_equal (next, "d")))
        level = 3;
      else if (g_str_equal (w, "msc") || g_str_equal (w, "mba") || g_str_equal (w, "meng") ||
               (g_str_equal (w, "master") &&
                (g_str_equal (next, "s") || g_str_equal (next, "degree") ||
                 g_str_equal (next, "of") || g_str_equal (next, "in"))))
        level = 2;
      else if (g_str_equal (w, "bsc") || g_str_equal (w, "beng") || g_str_equal (w, "bachelor"))
        level = 1;
      else if (g_str_equal (w, "degree") || g_str_equal (w, "undergraduate"))
        generic = TRUE;

      if (level > 0)
        found = found == 0 ? level : lowest ? MIN (found, level) : MAX (found, level);
    }

  /* "A degree" alone asks for any degree; "a Master's degree" for a master's. */
  return found == 0 && generic ? 1 : found;
}

static void
add_item (VocAtsReport *report,
          VocAtsKind    kind,
          const char   *term,
          gboolean      found)
{
  VocAtsItem item = { kind, g_strdup (term), found };

  for (guint i = 0; i < report->items->len; i++)
    {
      VocAtsItem *other = &g_array_index (report->items, VocAtsItem, i);

      if (other->kind == kind && g_str_equal (other->term, term))
        {
          g_free (item.term);
          return;
        }
    }

  g_array_append_val (report->items, item);
  report->n_found += found;
}

/**
 * voc_ats_report_new:
 * @resume: a compiled resume (JSON Resume)
 *
 * Returns: (transfer full): which of the posting's keywords the resume has
 */
VocAtsReport *
voc_ats_report_new (VocFitPosting      *posting,
                    VocSkillDictionary *dictionary,
                    JsonObject         *resume)
{
  VocAtsReport *report = g_new0 (VocAtsReport, 1);
  g_autofree char *text = voc_ats_resume_text (resume);
  g_autoptr(GArray) found = voc_skill_dictionary_find (dictionary, text);
  g_autoptr(GHashTable) have = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) resume_words = voc_bm25_tokenize (text, FALSE);
  g_autoptr(GPtrArray) posting_words = voc_bm25_tokenize (voc_fit_posting_get_text (posting),
                                                          FALSE);
  g_autoptr(GPtrArray) core = title_core (voc_fit_posting_get_title (posting));
  g_autoptr(GPtrArray) education_words = NULL;
  GString *education = g_string_new (NULL);
  int wanted_degree;

  report->items = g_array_new (FALSE, TRUE, sizeof (VocAtsItem));
  g_array_set_clear_func (report->items, (GDestroyNotify) item_clear);

  for (guint i = 0; i < found->len; i++)
    g_hash_table_add (have, GUINT_TO_POINTER (g_array_index (found, VocSkillMatch, i).skill + 1));

  /* Hard skills, most central first. */
  for (guint i = 0; i < voc_fit_posting_get_n_skills (posting); i++)
    {
      guint skill = voc_fit_posting_get_skill (posting, i, NULL, NULL);

      if (g_strcmp0 (voc_skill_dictionary_get_category (dictionary, skill), "soft") == 0)
        continue;
      add_item (report, VOC_ATS_HARD_SKILL, voc_skill_dictionary_get_name (dictionary, skill),
                g_hash_table_contains (have, GUINT_TO_POINTER (skill + 1)));
    }

  /* The job title. */
  if (core->len > 0)
    {
      GString *term = g_string_new (NULL);

      for (guint i = 0; i < core->len; i++)
        g_string_append_printf (term, "%s%s", i > 0 ? " " : "",
                                (char *) g_ptr_array_index (core, i));
      add_item (report, VOC_ATS_JOB_TITLE, term->str, has_sequence (resume_words, core));
      g_string_free (term, TRUE);
    }

  /* Education. */
  wanted_degree = degree_level (posting_words, TRUE);
  if (wanted_degree > 0)
    {
      const char *labels[] = { NULL, _("Bachelor’s degree"), _("Master’s degree"),
                               _("Doctorate") };
      JsonArray *list = json_object_has_member (resume, "education")
                          ? json_object_get_array_member (resume, "education") : NULL;
      gboolean generic = !has_phrase (posting_words, "bachelor") &&
                         !has_phrase (posting_words, "bsc") && wanted_degree == 1;

      for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
        {
          JsonObject *entry = json_array_get_object_element (list, i);

          g_string_append_printf (education, "%s %s\n",
                                  json_object_get_string_member_with_default (entry, "studyType",
                                                                              ""),
                                  json_object_get_string_member_with_default (entry, "area", ""));
        }
      education_words = voc_bm25_tokenize (education->str, FALSE);
      /* An education entry with a study type but no recognised level still is a degree. */
      add_item (report, VOC_ATS_EDUCATION, generic ? _("Degree") : labels[wanted_degree],
                MAX (degree_level (education_words, FALSE),
                     list != NULL && json_array_get_length (list) > 0 && generic ? 1 : 0) >=
                  wanted_degree);
    }
  g_string_free (education, TRUE);

  /* Certifications. */
  for (guint i = 0; i < G_N_ELEMENTS (certifications); i++)
    if (has_phrase (posting_words, certifications[i].phrase))
      {
        gboolean have_it = FALSE;

        for (guint k = 0; k < G_N_ELEMENTS (certifications) && !have_it; k++)
          if (g_str_equal (certifications[k].label, certifications[i].label))
            have_it = has_phrase (resume_words, certifications[k].phrase);
        add_item (report, VOC_ATS_CERTIFICATION, certifications[i].label, have_it);
      }

  report->match_rate = report->items->len > 0
                         ? (int) (100.0 * report->n_found / report->items->len + 0.5) : -1;

  return report;
}

/**
 * voc_ats_report_dup_raisers:
 * @library: the whole library
 *
 * What would raise the match: the posting's hard skills that the resume the report was made
 * for lacks but the library has elsewhere (in a bullet the variant left out, a listed skill).
 *
 * Returns: (transfer full) (element-type utf8): their canonical names, most central first
 */
GPtrArray *
voc_ats_report_dup_raisers (VocAtsReport  *report,
                            VocFitLibrary *library)
{
  VocSkillDictionary *dictionary = voc_fit_library_get_dictionary (library);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < report->items->len; i++)
    {
      const VocAtsItem *item = &g_array_index (report->items, VocAtsItem, i);
      int skill;

      if (item->kind != VOC_ATS_HARD_SKILL || item->found)
        continue;
      skill = voc_skill_dictionary_lookup (dictionary, item->term);
      if (skill >= 0 && voc_fit_library_has_skill (library, skill))
        g_ptr_array_add (names, g_strdup (item->term));
    }

  return names;
}

/**
 * voc_ats_report_dup_json:
 *
 * Returns: (transfer full): `{"match_rate", "found", "total", "items": [{"kind", "term",
 *   "found"}]}`; `match_rate` is null when the posting asks for nothing
 */
char *
voc_ats_report_dup_json (VocAtsReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "match_rate");
  if (report->match_rate >= 0)
    json_builder_add_int_value (builder, report->match_rate);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "found");
  json_builder_add_int_value (builder, report->n_found);
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, report->items->len);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->items->len; i++)
    {
      const VocAtsItem *item = &g_array_index (report->items, VocAtsItem, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, voc_ats_kind_to_string (item->kind));
      json_builder_set_member_name (builder, "term");
      json_builder_add_string_value (builder, item->term);
      json_builder_set_member_name (builder, "found");
      json_builder_add_boolean_value (builder, item->found);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}
