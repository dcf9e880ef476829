/* voc-resume-versions.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-versions"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "voc-json-resume.h"
#include "voc-repositories.h"
#include "voc-resume-export-private.h"
#include "voc-resume-versions.h"

/*
 * Resume variants and frozen versions. A variant is a `resume_version` of kind "variant"
 * whose `rules` select from the library; it has no copy of the text, so it cannot drift
 * from the library: compiling it always reads the library as it is. Freezing compiles it
 * once and keeps the result (`sections`, JSON Resume–shaped) as the exact document sent,
 * with what it leaves out of the base resume (`diff`) and where each highlight came from.
 */

static char *
entry_key (JsonObject *entry)
{
  return g_strdup_printf ("%s\n%s\n%s",
                          json_object_get_string_member_with_default (entry, "name", ""),
                          json_object_get_string_member_with_default (entry, "position", ""),
                          json_object_get_string_member_with_default (entry, "startDate", ""));
}

static void
add_change (JsonArray  *list,
            const char *section,
            JsonObject *entry,
            const char *highlight)
{
  JsonObject *change = json_object_new ();

  json_object_set_string_member (change, "section", section);
  if (entry != NULL)
    {
      json_object_set_string_member (change, "name",
                                     json_object_get_string_member_with_default (entry, "name", ""));
      json_object_set_string_member (change, "position",
                                     json_object_get_string_member_with_default (entry,
                                                                                 "position", ""));
    }
  if (highlight != NULL)
    json_object_set_string_member (change, "highlight", highlight);
  json_array_add_object_element (list, change);
}

static gboolean
array_has_string (JsonArray  *array,
                  const char *text)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), text) == 0)
      return TRUE;

  return FALSE;
}

static JsonArray *
highlights_of (JsonObject *entry)
{
  if (entry == NULL || !json_object_has_member (entry, "highlights"))
    return NULL;
  return json_object_get_array_member (entry, "highlights");
}

static int
compare_folded (gconstpointer a,
                gconstpointer b)
{
  g_autofree char *fa = g_utf8_casefold (*(const char **) a, -1);
  g_autofree char *fb = g_utf8_casefold (*(const char **) b, -1);
  int cmp = g_utf8_collate (fa, fb);

  return cmp != 0 ? cmp : strcmp (*(const char **) a, *(const char **) b);
}

/* Page budget ------------------------------------------------------------------------------- */

struct _VocResumeBuild
{
  JsonObject *resume;       /* compiled by the rules; fitted by voc_resume_build_fit() */
  JsonObject *sources;      /* "work[i].highlights[j]" → bullet uuid */
  GHashTable *importance;   /* bullet uuid → importance (1–5), as GINT_TO_POINTER */
  char       *template_id;
  VocPaper    paper;
  guint       page_budget;  /* 0: none */
  guint       n_pages;      /* 0 until fitted */
  GStrv       dropped;      /* the bullets the budget left out, the first dropped first */
};

/* A highlight that the page budget may drop. */
typedef struct
{
  guint       work;
  guint       index;
  gint64      importance;
  const char *end;          /* the role's end date, "9999" while current */
  const char *start;
  const char *uuid;
} Candidate;

/**
 * voc_resume_rules_get_layout:
 * @rules: (nullable): a variant's rules
 * @template_id: (out) (optional) (transfer full): `template`, or the default template
 * @paper: (out) (optional): `paper`, "a4" (the default) or "letter"
 * @page_budget: (out) (optional): `page_budget`, 1 or 2 pages, or 0 for none
 *
 * The members of a variant's rules that say how it is laid out, checked.
 *
 * Returns: %FALSE with an error that names the member when one is wrong
 */
gboolean
voc_resume_rules_get_layout (const char  *rules,
                             char       **template_id,
                             VocPaper    *paper,
                             guint       *page_budget,
                             GError     **error)
{
  g_autoptr(JsonNode) node = NULL;
  const char *id = VOC_RESUME_TEMPLATE_DEFAULT;
  VocPaper size = VOC_PAPER_A4;
  gint64 budget = 0;

  if (rules != NULL)
    {
      JsonObject *object;
      JsonNode *member;

      node = json_from_string (rules, NULL);
      if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID,
                       _("rules: must be a JSON object"));
          return FALSE;
        }
      object = json_node_get_object (node);

      if ((member = json_object_get_member (object, "template")) != NULL)
        {
          if (!JSON_NODE_HOLDS_VALUE (member) ||
              json_node_get_value_type (member) != G_TYPE_STRING ||
              voc_resume_style_lookup (json_node_get_string (member), NULL) == NULL)
            {
              g_set_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID,
                           _("rules.template: must name a résumé template"));
              return FALSE;
            }
          id = json_node_get_string (member);
        }

      if ((member = json_object_get_member (object, "paper")) != NULL)
        {
          const char *nick = JSON_NODE_HOLDS_VALUE (member) &&
                             json_node_get_value_type (member) == G_TYPE_STRING
                               ? json_node_get_string (member) : NULL;

          if (g_strcmp0 (nick, "a4") == 0)
            size = VOC_PAPER_A4;
          else if (g_strcmp0 (nick, "letter") == 0)
            size = VOC_PAPER_LETTER;
          else
            {
              g_set_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID,
                           _("rules.paper: must be “a4” or “letter”"));
              return FALSE;
            }
        }

      if ((member = json_object_get_member (object, "page_budget")) != NULL &&
          !JSON_NODE_HOLDS_NULL (member))
        {
          if (!JSON_NODE_HOLDS_VALUE (member) ||
              json_node_get_value_type (member) != G_TYPE_INT64 ||
              json_node_get_int (member) < 0 ||
              json_node_get_int (member) > VOC_RESUME_MAX_PAGE_BUDGET)
            {
              g_set_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID,
                           _("rules.page_budget: must be 1 or 2 pages, or 0 for no limit"));
              return FALSE;
            }
          budget = json_node_get_int (member);
        }
    }

  if (template_id != NULL)
    *template_id = g_strdup (id);
  if (paper != NULL)
    *paper = size;
  if (page_budget != NULL)
    *page_budget = (guint) budget;

  return TRUE;
}

/**
 * voc_resume_library_dup_tags:
 *
 * Every tag of the library's bullets that are not retired, once (the first spelling seen),
 * sorted without regard to case: what a variant's tag rules can name.
 *
 * Returns: (transfer full): the tags
 */
char **
voc_resume_library_dup_tags (VocDatabase *database)
{
  g_autoptr(VocResumeRepository) resume = voc_resume_repository_new (database);
  g_autoptr(VocEntityList) bullets = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);

  bullets = voc_repository_list_where (VOC_REPOSITORY (resume), VOC_TYPE_BULLET,
                                       "t.retired = 0", "t.id", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (bullets)); i++)
    {
      g_autoptr(VocBullet) bullet = g_list_model_get_item (G_LIST_MODEL (bullets), i);
      g_autoptr(JsonNode) node = NULL;
      JsonArray *array;

      if (voc_bullet_get_tags (bullet) == NULL)
        continue;
      node = json_from_string (voc_bullet_get_tags (bullet), NULL);
      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
        continue;
      array = json_node_get_array (node);
      for (guint t = 0; t < json_array_get_length (array); t++)
        {
          JsonNode *element = json_array_get_element (array, t);
          g_autofree char *folded = NULL;
          const char *tag;

          if (!JSON_NODE_HOLDS_VALUE (element) ||
              json_node_get_value_type (element) != G_TYPE_STRING)
            continue;
          tag = json_node_get_string (element);
          if (tag == NULL || *tag == '\0')
            continue;
          folded = g_utf8_casefold (tag, -1);
          if (g_hash_table_contains (seen, folded))
            continue;
          g_hash_table_add (seen, g_steal_pointer (&folded));
          g_ptr_array_add (tags, g_strdup (tag));
        }
    }

  g_ptr_array_sort (tags, compare_folded);
  g_ptr_array_add (tags, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&tags), FALSE);
}

static char *
json_string_array (GPtrArray *strings)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < strings->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (strings, i));
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/**
 * voc_resume_build_new:
 * @variant: (nullable): a variant, or %NULL for the base resume
 *
 * Compiles @variant from the library as it is now, before its page budget. Reads the
 * database: call it on the thread that owns it.
 *
 * Returns: (transfer full): the build, or %NULL with an error about the rules
 */
VocResumeBuild *
voc_resume_build_new (VocDatabase       *database,
                      VocResumeVersion  *variant,
                      GError           **error)
{
  const char *rules = variant != NULL ? voc_resume_version_get_rules (variant) : NULL;
  g_autoptr(VocResumeBuild) self = g_new0 (VocResumeBuild, 1);
  g_autoptr(VocResumeRepository) repository = NULL;
  g_autoptr(VocEntityList) bullets = NULL;
  g_autoptr(GPtrArray) uuids = g_ptr_array_new ();
  g_autofree char *uuids_json = NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  g_return_val_if_fail (VOC_IS_DATABASE (database), NULL);

  self->importance = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!voc_resume_rules_get_layout (rules, &self->template_id, &self->paper, &self->page_budget,
                                    error))
    return NULL;

  self->resume = voc_json_resume_export_with_rules (database, rules, &self->sources, error);
  if (self->resume == NULL)
    return NULL;

  if (self->page_budget == 0)
    return g_steal_pointer (&self);

  /* How important each highlight's bullet is, for the budget. */
  json_object_iter_init (&iter, self->sources);
  while (json_object_iter_next (&iter, &key, &value))
    g_ptr_array_add (uuids, (gpointer) json_node_get_string (value));
  uuids_json = json_string_array (uuids);
  repository = voc_resume_repository_new (database);
  bullets = voc_repository_list_where (VOC_REPOSITORY (repository), VOC_TYPE_BULLET,
                                       "t.uuid IN (SELECT value FROM json_each (?1))", "t.id",
                                       uuids_json);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (bullets)); i++)
    {
      g_autoptr(VocBullet) bullet = g_list_model_get_item (G_LIST_MODEL (bullets), i);

      g_hash_table_insert (self->importance, g_strdup (voc_entity_get_uuid (VOC_ENTITY (bullet))),
                           GINT_TO_POINTER ((int) voc_bullet_get_importance (bullet)));
    }

  return g_steal_pointer (&self);
}

void
voc_resume_build_free (VocResumeBuild *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->resume, json_object_unref);
  g_clear_pointer (&self->sources, json_object_unref);
  g_clear_pointer (&self->importance, g_hash_table_unref);
  g_clear_pointer (&self->template_id, g_free);
  g_clear_pointer (&self->dropped, g_strfreev);
  g_free (self);
}

static JsonArray *
work_of (JsonObject *resume)
{
  JsonNode *node = json_object_get_member (resume, "work");

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* The order in which the budget drops highlights: the least important first; among equals,
 * those of the older role (by end, then start); then the later one in its role. */
static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;
  int cmp;

  if (ca->importance != cb->importance)
    return ca->importance < cb->importance ? -1 : 1;
  if ((cmp = strcmp (ca->end, cb->end)) != 0)
    return cmp;
  if ((cmp = strcmp (ca->start, cb->start)) != 0)
    return cmp;
  if (ca->index != cb->index)
    return ca->index > cb->index ? -1 : 1;
  if (ca->work != cb->work)
    return ca->work > cb->work ? -1 : 1;
  return 0;
}

/* The candidates in the order they go: first every highlight but the one each role keeps
 * longest, then those last ones, so that a role keeps a highlight while that can fit. */
static GArray *
drop_order (VocResumeBuild *self,
            guint          *n_first)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GArray *order = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GArray) last = g_array_new (FALSE, FALSE, sizeof (Candidate));
  JsonArray *work = work_of (self->resume);

  for (guint w = 0; work != NULL && w < json_array_get_length (work); w++)
    {
      JsonObject *entry = json_array_get_object_element (work, w);
      JsonArray *highlights = highlights_of (entry);
      const char *end = json_object_get_string_member_with_default (entry, "endDate", "9999");
      const char *start = json_object_get_string_member_with_default (entry, "startDate", "");

      for (guint h = 0; highlights != NULL && h < json_array_get_length (highlights); h++)
        {
          g_autofree char *key = g_strdup_printf ("work[%u].highlights[%u]", w, h);
          const char *uuid = json_object_get_string_member_with_default (self->sources, key,
                                                                         NULL);
          Candidate candidate = { w, h, 0, end, start, uuid };

          if (uuid == NULL)
            continue;
          candidate.importance = GPOINTER_TO_INT (g_hash_table_lookup (self->importance, uuid));
          g_array_append_val (all, candidate);
        }
    }

  g_array_sort (all, compare_candidates);

  /* The last candidate of each role in the sorted order is the one it keeps longest. */
  for (guint i = all->len; i > 0; i--)
    {
      Candidate *candidate = &g_array_index (all, Candidate, i - 1);
      gboolean seen = FALSE;

      for (guint j = 0; j < last->len && !seen; j++)
        seen = g_array_index (last, Candidate, j).work == candidate->work;
      if (!seen)
        g_array_append_val (last, *candidate);
    }
  for (guint i = 0; i < all->len; i++)
    {
      Candidate *candidate = &g_array_index (all, Candidate, i);
      gboolean kept = FALSE;

      for (guint j = 0; j < last->len && !kept; j++)
        kept = g_array_index (last, Candidate, j).work == candidate->work &&
               g_array_index (last, Candidate, j).index == candidate->index;
      if (!kept)
        g_array_append_val (order, *candidate);
    }
  *n_first = order->len;
  g_array_sort (last, compare_candidates);
  g_array_append_vals (order, last->data, last->len);

  return order;
}

/* The resume without the first @n candidates of @order, and the sources renumbered to match. */
static JsonObject *
without (VocResumeBuild  *self,
         GArray          *order,
         guint            n,
         JsonObject     **sources)
{
  /* A new document that shares everything but the highlights with the old one (JSON-GLib
   * copies nodes shallowly; nothing else is changed). */
  JsonObject *resume = json_object_new ();
  JsonObject *renumbered = json_object_new ();
  JsonArray *old_work = work_of (self->resume);
  JsonArray *work = old_work != NULL ? json_array_new () : NULL;
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;

  json_object_iter_init (&iter, self->resume);
  while (json_object_iter_next (&iter, &member, &value))
    if (work != NULL && g_str_equal (member, "work"))
      json_object_set_array_member (resume, member, work);
    else
      json_object_set_member (resume, member, json_node_copy (value));

  for (guint w = 0; work != NULL && w < json_array_get_length (old_work); w++)
    {
      JsonObject *old_entry = json_array_get_object_element (old_work, w);
      JsonObject *entry = json_object_new ();
      JsonArray *highlights = highlights_of (old_entry);
      JsonArray *kept = json_array_new ();

      json_object_iter_init (&iter, old_entry);
      while (json_object_iter_next (&iter, &member, &value))
        if (!g_str_equal (member, "highlights"))
          json_object_set_member (entry, member, json_node_copy (value));
      json_array_add_object_element (work, entry);

      for (guint h = 0; highlights != NULL && h < json_array_get_length (highlights); h++)
        {
          g_autofree char *key = g_strdup_printf ("work[%u].highlights[%u]", w, h);
          gboolean drop = FALSE;

          for (guint i = 0; i < n && !drop; i++)
            drop = g_array_index (order, Candidate, i).work == w &&
                   g_array_index (order, Candidate, i).index == h;
          if (drop)
            continue;

          if (json_object_has_member (self->sources, key))
            {
              g_autofree char *new_key = g_strdup_printf ("work[%u].highlights[%u]", w,
                                                          json_array_get_length (kept));

              json_object_set_string_member (renumbered, new_key,
                                             json_object_get_string_member (self->sources, key));
            }
          json_array_add_element (kept, json_node_copy (json_array_get_element (highlights, h)));
        }

      /* The role itself (title, employer, dates) always stays. */
      if (json_array_get_length (kept) > 0)
        json_object_set_array_member (entry, "highlights", kept);
      else
        json_array_unref (kept);
    }

  if (sources != NULL)
    *sources = renumbered;
  else
    json_object_unref (renumbered);

  return resume;
}

static guint
pages_without (VocResumeBuild *self,
               GArray         *order,
               guint           n)
{
  g_autoptr(JsonObject) resume = without (self, order, n, NULL);

  return voc_resume_layout_count_pages (resume, self->template_id, self->paper);
}

/**
 * voc_resume_build_fit:
 *
 * Lays the document out with the variant's template and paper and, when it has a page
 * budget and does not fit, drops highlights until it does: the least important first, then
 * those of older roles. A role's title, employer and dates always stay, and each role keeps
 * at least one highlight unless the budget cannot be met otherwise; when even no highlights
 * at all cannot fit, each role keeps that one and the document stays over budget (see
 * voc_resume_build_get_n_pages()). Deterministic. Only lays out: safe on any thread, one
 * thread at a time.
 *
 * Returns: the number of pages after fitting
 */
guint
voc_resume_build_fit (VocResumeBuild *self)
{
  g_autoptr(GArray) order = NULL;
  g_autoptr(JsonObject) fitted = NULL;
  g_autoptr(JsonObject) sources = NULL;
  GStrvBuilder *dropped;
  guint n_first = 0;
  guint lo, hi;

  g_return_val_if_fail (self != NULL, 0);

  if (self->n_pages > 0)
    return self->n_pages;

  self->n_pages = voc_resume_layout_count_pages (self->resume, self->template_id, self->paper);
  if (self->page_budget == 0 || self->n_pages <= self->page_budget)
    return self->n_pages;

  order = drop_order (self, &n_first);
  if (order->len == 0)
    return self->n_pages;

  /* Fewer highlights never take more pages, so the fewest to drop is found by bisection:
   * the smallest n with pages (n) within the budget, in the first phase if that fits, else
   * in the second. */
  if (n_first > 0 && pages_without (self, order, n_first) <= self->page_budget)
    {
      lo = 1;
      hi = n_first;
    }
  else if (n_first < order->len && pages_without (self, order, order->len) <= self->page_budget)
    {
      lo = n_first + 1;
      hi = order->len;
    }
  else
    {
      lo = hi = n_first;
    }

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (pages_without (self, order, mid) <= self->page_budget)
        hi = mid;
      else
        lo = mid + 1;
    }

  if (lo == 0)
    return self->n_pages;

  fitted = without (self, order, lo, &sources);
  dropped = g_strv_builder_new ();
  for (guint i = 0; i < lo; i++)
    g_strv_builder_add (dropped, g_array_index (order, Candidate, i).uuid);
  g_clear_pointer (&self->dropped, g_strfreev);
  self->dropped = g_strv_builder_end (dropped);
  g_strv_builder_unref (dropped);

  /* The candidates point into the old document: done with them before it goes. */
  g_clear_pointer (&order, g_array_unref);
  g_clear_pointer (&self->resume, json_object_unref);
  g_clear_pointer (&self->sources, json_object_unref);
  self->resume = g_steal_pointer (&fitted);
  self->sources = g_steal_pointer (&sources);
  self->n_pages = voc_resume_layout_count_pages (self->resume, self->template_id, self->paper);

  return self->n_pages;
}

/* Returns: (transfer none): the document, fitted once voc_resume_build_fit() ran */
JsonObject *
voc_resume_build_get_resume (VocResumeBuild *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->resume;
}

/* Returns: (transfer none): for every highlight, the uuid of its bullet */
JsonObject *
voc_resume_build_get_sources (VocResumeBuild *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->sources;
}

const char *
voc_resume_build_get_template_id (VocResumeBuild *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->template_id;
}

VocPaper
voc_resume_build_get_paper (VocResumeBuild *self)
{
  g_return_val_if_fail (self != NULL, VOC_PAPER_A4);

  return self->paper;
}

guint
voc_resume_build_get_page_budget (VocResumeBuild *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->page_budget;
}

/* Returns: the pages of the PDF export, or 0 before voc_resume_build_fit() */
guint
voc_resume_build_get_n_pages (VocResumeBuild *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_pages;
}

/* Returns: (transfer none) (nullable): the uuids of the bullets the budget dropped */
const char * const *
voc_resume_build_get_dropped (VocResumeBuild *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->dropped;
}

/**
 * voc_resume_compile:
 * @variant: (nullable): a variant, or %NULL for the base resume
 * @sources: (out) (optional) (transfer full): the bullet each highlight came from
 *
 * Compiles the variant and fits it to its page budget. Lays the document out when there is
 * a budget: in the application, use a #VocResumeBuild and fit it in a worker thread.
 *
 * Returns: (transfer full): the resume the variant's rules select, now
 */
JsonObject *
voc_resume_compile (VocDatabase       *database,
                    VocResumeVersion  *variant,
                    JsonObject       **sources,
                    GError           **error)
{
  g_autoptr(VocResumeBuild) build = voc_resume_build_new (database, variant, error);

  if (build == NULL)
    return NULL;

  if (build->page_budget > 0)
    voc_resume_build_fit (build);

  if (sources != NULL)
    *sources = json_object_ref (build->sources);
  return json_object_ref (build->resume);
}


/**
 * voc_resume_diff:
 *
 * What a version changes from the base: sections and jobs left out, highlights left out or
 * added (a tailored version may rephrase them).
 *
 * Returns: (transfer full): `{"removed": [...], "added": [...]}`
 */
JsonObject *
voc_resume_diff (JsonObject *base,
                 JsonObject *version)
{
  JsonObject *diff = json_object_new ();
  JsonArray *removed = json_array_new ();
  JsonArray *added = json_array_new ();
  g_autoptr(GHashTable) version_work = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              NULL);
  g_autoptr(GList) sections = json_object_get_members (base);
  JsonArray *work;

  for (GList *l = sections; l != NULL; l = l->next)
    if (!json_object_has_member (version, l->data))
      add_change (removed, l->data, NULL, NULL);

  work = json_object_has_member (version, "work") ? json_object_get_array_member (version, "work")
                                                  : NULL;
  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      JsonObject *entry = json_array_get_object_element (work, i);

      g_hash_table_insert (version_work, entry_key (entry), entry);
    }

  work = json_object_has_member (base, "work") ? json_object_get_array_member (base, "work")
                                               : NULL;
  for (guint i = 0; work != NULL && json_object_has_member (version, "work") &&
                    i < json_array_get_length (work); i++)
    {
      JsonObject *entry = json_array_get_object_element (work, i);
      g_autofree char *key = entry_key (entry);
      JsonObject *other = g_hash_table_lookup (version_work, key);
      JsonArray *base_highlights = highlights_of (entry);
      JsonArray *other_highlights = highlights_of (other);

      if (other == NULL)
        {
          add_change (removed, "work", entry, NULL);
          continue;
        }

      for (guint h = 0; base_highlights != NULL && h < json_array_get_length (base_highlights); h++)
        {
          const char *text = json_array_get_string_element (base_highlights, h);

          if (!array_has_string (other_highlights, text))
            add_change (removed, "work", entry, text);
        }
      for (guint h = 0; other_highlights != NULL && h < json_array_get_length (other_highlights); h++)
        {
          const char *text = json_array_get_string_element (other_highlights, h);

          if (!array_has_string (base_highlights, text))
            add_change (added, "work", entry, text);
        }
    }

  json_object_set_array_member (diff, "removed", removed);
  json_object_set_array_member (diff, "added", added);
  return diff;
}

static char *
object_to_string (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  return json_to_string (node, FALSE);
}

/**
 * voc_resume_freeze:
 * @variant: (nullable): the variant to freeze, or %NULL for the base resume
 * @name: the version's name ("Sent to Globex, 23 Nov")
 * @posting_id: the posting it was sent for, or 0
 *
 * Compiles the variant now (with its page budget) and stores the result as a frozen
 * `resume_version`: the exact document sent, which later edits of the library do not change.
 *
 * Returns: (transfer full): the stored version
 */
VocResumeVersion *
voc_resume_freeze (VocDatabase       *database,
                   VocResumeVersion  *variant,
                   const char        *name,
                   gint64             posting_id,
                   GError           **error)
{
  g_autoptr(VocResumeBuild) build = voc_resume_build_new (database, variant, error);

  if (build == NULL)
    return NULL;

  /* Without a budget there is nothing to lay out. */
  if (build->page_budget > 0)
    voc_resume_build_fit (build);
  return voc_resume_freeze_build (database, variant, build, name, posting_id, error);
}

/**
 * voc_resume_freeze_build:
 * @variant: (nullable): the variant @build was compiled from, or %NULL for the base resume
 * @build: the variant compiled and fitted, as shown to the user
 * @name: the version's name
 * @posting_id: the posting it was sent for, or 0
 *
 * Stores @build as a frozen `resume_version`, like voc_resume_freeze(), without laying it
 * out again: what the user saw is what is kept. Reads the base resume and writes one row.
 *
 * Returns: (transfer full): the stored version
 */
VocResumeVersion *
voc_resume_freeze_build (VocDatabase       *database,
                         VocResumeVersion  *variant,
                         VocResumeBuild    *build,
                         const char        *name,
                         gint64             posting_id,
                         GError           **error)
{
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
  g_autoptr(VocResumeVersion) version = voc_resume_version_new ();
  g_autoptr(JsonObject) base = NULL;
  g_autoptr(JsonObject) diff = NULL;
  g_autofree char *sections = NULL;
  g_autofree char *diff_text = NULL;

  g_return_val_if_fail (build != NULL, NULL);

  base = voc_json_resume_export (database, error);
  if (base == NULL)
    return NULL;

  diff = voc_resume_diff (base, build->resume);
  json_object_set_object_member (diff, "sources", json_object_ref (build->sources));
  sections = object_to_string (build->resume);
  diff_text = object_to_string (diff);

  voc_resume_version_set_name (version, name);
  voc_resume_version_set_kind (version, variant != NULL ? voc_resume_version_get_kind (variant)
                                                        : VOC_RESUME_KIND_BASE);
  voc_resume_version_set_parent_id (version, variant != NULL
                                               ? voc_entity_get_id (VOC_ENTITY (variant)) : 0);
  voc_resume_version_set_posting_id (version, posting_id);
  voc_resume_version_set_rules (version, variant != NULL ? voc_resume_version_get_rules (variant)
                                                         : NULL);
  voc_resume_version_set_sections (version, sections);
  voc_resume_version_set_diff (version, diff_text);
  voc_resume_version_set_frozen (version, TRUE);

  if (!voc_repository_insert (VOC_REPOSITORY (pipeline), version, error))
    return NULL;

  return g_steal_pointer (&version);
}
