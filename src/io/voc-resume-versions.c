/* voc-resume-versions.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-versions"

#include "config.h"

#include "voc-json-resume.h"
#include "voc-repositories.h"
#include "voc-resume-versions.h"

/*
 * Resume variants and frozen versions. A variant is a `resume_version` of kind "variant"
 * whose `rules` select from the library; it has no copy of the text, so it cannot drift
 * from the library: compiling it always reads the library as it is. Freezing compiles it
 * once and keeps the result (`sections`, JSON Resume–shaped) as the exact document sent,
 * with what it leaves out of the base resume (`diff`) and where each highlight came from.
 */

/**
 * voc_resume_compile:
 * @variant: (nullable): a variant, or %NULL for the base resume
 * @sources: (out) (optional) (transfer full): the bullet each highlight came from
 *
 * Returns: (transfer full): the resume the variant's rules select, now
 */
JsonObject *
voc_resume_compile (VocDatabase       *database,
                    VocResumeVersion  *variant,
                    JsonObject       **sources,
                    GError           **error)
{
  const char *rules = variant != NULL ? voc_resume_version_get_rules (variant) : NULL;

  return voc_json_resume_export_with_rules (database, rules, sources, error);
}

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
 * Compiles the variant now and stores the result as a frozen `resume_version`: the exact
 * document sent, which later edits of the library do not change.
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
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
  g_autoptr(VocResumeVersion) version = voc_resume_version_new ();
  g_autoptr(JsonObject) compiled = NULL;
  g_autoptr(JsonObject) base = NULL;
  g_autoptr(JsonObject) sources = NULL;
  g_autoptr(JsonObject) diff = NULL;
  g_autofree char *sections = NULL;
  g_autofree char *diff_text = NULL;

  compiled = voc_resume_compile (database, variant, &sources, error);
  if (compiled == NULL)
    return NULL;
  base = voc_json_resume_export (database, error);
  if (base == NULL)
    return NULL;

  diff = voc_resume_diff (base, compiled);
  json_object_set_object_member (diff, "sources", json_object_ref (sources));
  sections = object_to_string (compiled);
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
