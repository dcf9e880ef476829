/* voc-resume-merge.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-merge"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "voc-date.h"
#include "voc-json-resume.h"
#include "voc-repositories.h"
#include "voc-resume-merge.h"
#include "voc-resume-parser.h"
#include "voc-text.h"

/*
 * A resume read from a file (a reviewed draft, or a JSON Resume) brought into the master
 * library, in one transaction, without duplicating what the library has.
 *
 * An empty library takes the document whole through voc_json_resume_import(), which keeps
 * every field. A library that has a resume already is the master copy, which the user may
 * have corrected since, so a merge only adds:
 *
 *  - profile: a field the library leaves empty is filled; a field it has is kept;
 *  - work: an entry is the same experience when employer and title match (ignoring case,
 *    accents and punctuation) and, where both have one, the start dates agree (to the
 *    precision of the less precise one). The experience keeps its fields; its bullets gain
 *    the highlights it lacks (compared the same way). Other entries are new experiences,
 *    after the ones there;
 *  - education, certificates, skills, projects, languages: an entry whose name (and for
 *    schools, degree and field; for certificates, issuer) matches is left out; others are
 *    added after the ones there;
 *  - sections the library keeps whole (volunteering, awards, interests…): entries it does not
 *    have yet are appended;
 *  - the parser's `meta.warnings` are about the file, not the person: never stored.
 *
 * An entry that lacks what the library requires (a job without employer or title) is kept
 * aside in the profile, as voc_json_resume_import() does, so that nothing is lost.
 */

#define UNPLACED "x-vocation-unplaced"

typedef enum
{
  KIND_TEXT,
  KIND_DATE,
  KIND_LIST,
} FieldKind;

typedef struct
{
  const char *key;
  const char *alias;    /* an older name of the key */
  const char *column;
  FieldKind   kind;
} Field;

typedef struct
{
  const char   *section;
  GType       (*get_type) (void);
  const Field  *fields;
  guint         n_fields;
  const char   *required;     /* key an entry must have */
  const char   *match[3];     /* keys that tell two entries are the same */
  gboolean      positioned;
  guint         stats_offset;
} Section;

static const Field work_fields[] = {
  { "name", "company", "employer", KIND_TEXT },
  { "position", NULL, "title", KIND_TEXT },
  { "location", NULL, "location", KIND_TEXT },
  { "url", "website", "url", KIND_TEXT },
  { "startDate", NULL, "start_date", KIND_DATE },
  { "endDate", NULL, "end_date", KIND_DATE },
  { "summary", NULL, "description", KIND_TEXT },
};

static const Field education_fields[] = {
  { "institution", NULL, "institution", KIND_TEXT },
  { "area", NULL, "area", KIND_TEXT },
  { "studyType", NULL, "study_type", KIND_TEXT },
  { "startDate", NULL, "start_date", KIND_DATE },
  { "endDate", NULL, "end_date", KIND_DATE },
  { "score", "gpa", "score", KIND_TEXT },
  { "url", "website", "url", KIND_TEXT },
  { "courses", NULL, "courses", KIND_LIST },
};

static const Field certificate_fields[] = {
  { "name", NULL, "name", KIND_TEXT },
  { "date", NULL, "issued_on", KIND_DATE },
  { "issuer", NULL, "issuer", KIND_TEXT },
  { "url", NULL, "url", KIND_TEXT },
};

static const Field skill_fields[] = {
  { "name", NULL, "name", KIND_TEXT },
  { "keywords", NULL, "keywords", KIND_LIST },
};

static const Field project_fields[] = {
  { "name", NULL, "name", KIND_TEXT },
  { "description", NULL, "description", KIND_TEXT },
  { "url", NULL, "url", KIND_TEXT },
  { "startDate", NULL, "start_date", KIND_DATE },
  { "endDate", NULL, "end_date", KIND_DATE },
  { "entity", NULL, "entity", KIND_TEXT },
  { "type", NULL, "project_type", KIND_TEXT },
  { "highlights", NULL, "highlights", KIND_LIST },
  { "keywords", NULL, "keywords", KIND_LIST },
  { "roles", NULL, "roles", KIND_LIST },
};

static const Field language_fields[] = {
  { "language", NULL, "language", KIND_TEXT },
  { "fluency", "level", "fluency", KIND_TEXT },
};

static const Field profile_fields[] = {
  { "name", NULL, "full_name", KIND_TEXT },
  { "label", NULL, "headline", KIND_TEXT },
  { "email", NULL, "email", KIND_TEXT },
  { "phone", NULL, "phone", KIND_TEXT },
  { "url", "website", "website", KIND_TEXT },
  { "summary", NULL, "summary", KIND_TEXT },
  { "profiles", NULL, "links", KIND_LIST },
};

/* The sections the library models, other than work (which has bullets) and basics. */
static const Section sections[] = {
  { "education", voc_education_get_type, education_fields, G_N_ELEMENTS (education_fields),
    "institution", { "institution", "studyType", "area" }, TRUE,
    G_STRUCT_OFFSET (VocResumeMergeStats, education) },
  { "certificates", voc_certification_get_type, certificate_fields,
    G_N_ELEMENTS (certificate_fields), "name", { "name", "issuer", NULL }, FALSE,
    G_STRUCT_OFFSET (VocResumeMergeStats, certificates) },
  { "skills", voc_skill_get_type, skill_fields, G_N_ELEMENTS (skill_fields), "name",
    { "name", NULL, NULL }, TRUE, G_STRUCT_OFFSET (VocResumeMergeStats, skills) },
  { "projects", voc_project_get_type, project_fields, G_N_ELEMENTS (project_fields), "name",
    { "name", NULL, NULL }, TRUE, G_STRUCT_OFFSET (VocResumeMergeStats, projects) },
  { "languages", voc_language_get_type, language_fields, G_N_ELEMENTS (language_fields),
    "language", { "language", NULL, NULL }, TRUE,
    G_STRUCT_OFFSET (VocResumeMergeStats, languages) },
};

typedef struct
{
  const char          *name;
  VocResumeRepository *resume;
  VocRepository       *repo;
  VocProfile          *profile;
  JsonObject          *extra;       /* the profile's, edited */
  VocResumeMergeStats *stats;
  GError             **error;
} Merge;

static gboolean
fail (Merge      *merge,
      const char *path,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Merge      *merge,
      const char *path,
      const char *format,
      ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (merge->error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID,
               "%s: %s: %s", merge->name, path, reason);
  return FALSE;
}

/* The key two texts are compared by: folded, only letters and digits, single spaces. */
static char *
match_key (const char *text)
{
  g_autofree char *folded = voc_text_fold (text != NULL ? text : "");
  GString *key = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (space && key->len > 0)
            g_string_append_c (key, ' ');
          g_string_append_unichar (key, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }

  return g_string_free (key, FALSE);
}

static const Field *
find_field (const Field *fields,
            guint        n_fields,
            const char  *key)
{
  for (guint i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, key))
      return &fields[i];

  return NULL;
}

/* A string member under its name or its alias: NULL when absent, null or empty. */
static gboolean
get_text (Merge       *merge,
          JsonObject  *entry,
          const char  *path,
          const Field *field,
          const char **out)
{
  const char *keys[] = { field->key, field->alias };

  *out = NULL;
  for (guint k = 0; k < G_N_ELEMENTS (keys) && *out == NULL; k++)
    {
      JsonNode *node = keys[k] != NULL ? json_object_get_member (entry, keys[k]) : NULL;

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return fail (merge, path, _("“%s” must be text"), keys[k]);
      *out = json_node_get_string (node);
      if (**out == '\0')
        *out = NULL;
    }

  if (field->kind == KIND_DATE && *out != NULL && !voc_partial_date_is_valid (*out))
    return fail (merge, path, _("“%s” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
                 *out);

  return TRUE;
}

static gboolean
get_list (Merge       *merge,
          JsonObject  *entry,
          const char  *path,
          const Field *field,
          char       **out)
{
  JsonNode *node = json_object_get_member (entry, field->key);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (merge, path, _("“%s” must be a list"), field->key);
  if (json_array_get_length (json_node_get_array (node)) > 0)
    *out = json_to_string (node, FALSE);
  return TRUE;
}

/* The text of a field of an entry, for matching; NULL when absent or not text. */
static const char *
peek_text (JsonObject  *entry,
           const Field *field)
{
  const char *keys[] = { field->key, field->alias };

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      JsonNode *node = keys[k] != NULL ? json_object_get_member (entry, keys[k]) : NULL;

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_STRING &&
          *json_node_get_string (node) != '\0')
        return json_node_get_string (node);
    }

  return NULL;
}

static char *
column_text (VocEntity  *entity,
             const char *column)
{
  const VocColumn *c = voc_entity_class_find_column (VOC_ENTITY_GET_CLASS (entity), column);
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (c != NULL, NULL);

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (c->pspec));
  voc_entity_get_column_value (entity, c, &value);
  if (!G_VALUE_HOLDS_STRING (&value) || g_value_get_string (&value) == NULL ||
      *g_value_get_string (&value) == '\0')
    return NULL;
  return g_value_dup_string (&value);
}

static char *
entry_match_key (const Section *section,
                 JsonObject    *entry)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (section->match) && section->match[i] != NULL; i++)
    {
      const Field *field = find_field (section->fields, section->n_fields, section->match[i]);
      g_autofree char *part = match_key (peek_text (entry, field));

      g_string_append_printf (key, "%s\n", part);
    }

  return g_string_free (key, FALSE);
}

static char *
entity_match_key (const Section *section,
                  VocEntity     *entity)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (section->match) && section->match[i] != NULL; i++)
    {
      const Field *field = find_field (section->fields, section->n_fields, section->match[i]);
      g_autofree char *text = column_text (entity, field->column);
      g_autofree char *part = match_key (text);

      g_string_append_printf (key, "%s\n", part);
    }

  return g_string_free (key, FALSE);
}

/* The members of @entry that no field (nor @special) consumes, as JSON text, or NULL. */
static char *
leftovers (JsonObject         *entry,
           const Field        *fields,
           guint               n_fields,
           const char * const *special)
{
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  json_object_iter_init (&iter, entry);
  while (json_object_iter_next (&iter, &key, &value))
    {
      gboolean consumed = special != NULL && g_strv_contains (special, key);

      for (guint i = 0; i < n_fields && !consumed; i++)
        consumed = g_strcmp0 (fields[i].key, key) == 0 || g_strcmp0 (fields[i].alias, key) == 0;
      if (consumed)
        continue;
      if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING &&
          *json_node_get_string (value) == '\0')
        continue;
      json_object_set_member (extra, key, json_node_copy (value));
    }

  if (json_object_get_size (extra) == 0)
    return NULL;

  node = json_node_init_object (json_node_alloc (), extra);
  return json_to_string (node, FALSE);
}

/* Sets an entity's columns from an entry; FALSE when a member has the wrong type. */
static gboolean
fill_entity (Merge              *merge,
             VocEntity          *entity,
             JsonObject         *entry,
             const char         *path,
             const Field        *fields,
             guint               n_fields,
             const char * const *special)
{
  g_autofree char *extra = NULL;

  for (guint i = 0; i < n_fields; i++)
    {
      const char *text = NULL;
      g_autofree char *list = NULL;

      if (fields[i].kind == KIND_LIST)
        {
          if (!get_list (merge, entry, path, &fields[i], &list))
            return FALSE;
          text = list;
        }
      else if (!get_text (merge, entry, path, &fields[i], &text))
        return FALSE;

      if (!voc_entity_set_from_string (entity, fields[i].column, text, merge->error))
        return FALSE;
    }

  extra = leftovers (entry, fields, n_fields, special);
  return voc_entity_set_from_string (entity, "extra", extra, merge->error);
}

static gint64
next_position (GListModel *model)
{
  gint64 next = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(VocEntity) entity = g_list_model_get_item (model, i);
      g_autofree char *text = NULL;
      const VocColumn *c = voc_entity_class_find_column (VOC_ENTITY_GET_CLASS (entity),
                                                         "position");
      g_auto(GValue) value = G_VALUE_INIT;

      if (c == NULL)
        return 0;
      g_value_init (&value, G_TYPE_INT64);
      voc_entity_get_column_value (entity, c, &value);
      next = MAX (next, g_value_get_int64 (&value) + 1);
    }

  return next;
}

static JsonObject *
entry_at (Merge      *merge,
          JsonArray  *array,
          const char *section,
          guint       i,
          char      **path)
{
  JsonNode *node = json_array_get_element (array, i);

  *path = g_strdup_printf ("%s[%u]", section, i);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (merge, *path, _("must be an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
get_section (Merge      *merge,
             JsonObject *resume,
             const char *name,
             JsonArray **out)
{
  JsonNode *node = json_object_get_member (resume, name);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (merge, name, _("must be a list"));
  *out = json_node_get_array (node);
  return TRUE;
}

/* An entry without what the library requires, kept in the profile as the importer does. */
static void
keep_aside (Merge      *merge,
            const char *section,
            guint       index,
            JsonObject *entry)
{
  JsonObject *unplaced;
  JsonObject *item = json_object_new ();

  if (!json_object_has_member (merge->extra, UNPLACED))
    json_object_set_object_member (merge->extra, UNPLACED, json_object_new ());
  unplaced = json_object_get_object_member (merge->extra, UNPLACED);
  if (!json_object_has_member (unplaced, section))
    json_object_set_array_member (unplaced, section, json_array_new ());

  json_object_set_int_member (item, "index", index);
  json_object_set_object_member (item, "entry", json_object_ref (entry));
  json_array_add_object_element (json_object_get_array_member (unplaced, section), item);
  merge->stats->other++;
}

/* Whether two partial dates agree to the precision of the less precise. */
static gboolean
dates_agree (const char *a,
             const char *b)
{
  gsize n;

  if (a == NULL || b == NULL)
    return TRUE;

  n = MIN (strlen (a), strlen (b));
  return strncmp (a, b, n) == 0;
}

static VocExperience *
find_experience (GListModel *experiences,
                 const char *employer,
                 const char *title,
                 const char *start)
{
  g_autofree char *employer_key = match_key (employer);
  g_autofree char *title_key = match_key (title);

  for (guint i = 0; i < g_list_model_get_n_items (experiences); i++)
    {
      g_autoptr(VocExperience) experience = g_list_model_get_item (experiences, i);
      g_autofree char *other_employer = match_key (voc_experience_get_employer (experience));
      g_autofree char *other_title = match_key (voc_experience_get_title (experience));

      if (g_str_equal (employer_key, other_employer) && g_str_equal (title_key, other_title) &&
          dates_agree (start, voc_experience_get_start_date (experience)))
        return g_steal_pointer (&experience);
    }

  return NULL;
}

static gboolean
merge_work (Merge      *merge,
            JsonObject *resume)
{
  static const char * const special[] = { "highlights", NULL };
  g_autoptr(GListModel) experiences = NULL;
  JsonArray *work;
  gint64 position;

  if (!get_section (merge, resume, "work", &work))
    return FALSE;
  if (work == NULL)
    return TRUE;

  experiences = G_LIST_MODEL (voc_repository_list_where (merge->repo, VOC_TYPE_EXPERIENCE, NULL,
                                                         "t.position", NULL));
  position = next_position (experiences);

  for (guint i = 0; i < json_array_get_length (work); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *entry = entry_at (merge, work, "work", i, &path);
      g_autoptr(VocExperience) experience = NULL;
      g_autoptr(GListModel) bullets = NULL;
      g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      const char *employer, *title, *start;
      JsonArray *highlights = NULL;
      gint64 bullet_position = 0;

      if (entry == NULL ||
          !get_text (merge, entry, path, &work_fields[0], &employer) ||
          !get_text (merge, entry, path, &work_fields[1], &title) ||
          !get_text (merge, entry, path, &work_fields[4], &start))
        return FALSE;

      if (json_object_has_member (entry, "highlights"))
        {
          JsonNode *node = json_object_get_member (entry, "highlights");

          if (!JSON_NODE_HOLDS_ARRAY (node))
            return fail (merge, path, _("“%s” must be a list"), "highlights");
          highlights = json_node_get_array (node);
        }

      if (employer == NULL || title == NULL)
        {
          keep_aside (merge, "work", g_list_model_get_n_items (experiences) + i, entry);
          continue;
        }

      experience = find_experience (experiences, employer, title, start);
      if (experience != NULL)
        {
          g_autofree char *where = g_strdup_printf ("t.experience_id = %" G_GINT64_FORMAT,
                                                    voc_entity_get_id (VOC_ENTITY (experience)));

          merge->stats->known++;
          bullets = G_LIST_MODEL (voc_repository_list_where (merge->repo, VOC_TYPE_BULLET, where,
                                                             "t.position", NULL));
          bullet_position = next_position (bullets);
          for (guint b = 0; b < g_list_model_get_n_items (bullets); b++)
            {
              g_autoptr(VocBullet) bullet = g_list_model_get_item (bullets, b);

              g_hash_table_add (known, match_key (voc_bullet_get_text (bullet)));
            }
        }
      else
        {
          experience = voc_experience_new ();
          if (!fill_entity (merge, VOC_ENTITY (experience), entry, path, work_fields,
                            G_N_ELEMENTS (work_fields), special))
            return FALSE;
          voc_experience_set_position (experience, position++);
          if (!voc_repository_insert (merge->repo, experience, merge->error))
            return FALSE;
          merge->stats->experiences++;
        }

      for (guint h = 0; highlights != NULL && h < json_array_get_length (highlights); h++)
        {
          JsonNode *node = json_array_get_element (highlights, h);
          g_autoptr(VocBullet) bullet = NULL;
          g_autofree char *key = NULL;

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            return fail (merge, path, _("highlight %u must be text"), h + 1);

          key = match_key (json_node_get_string (node));
          if (*key == '\0')
            continue;
          if (g_hash_table_contains (known, key))
            {
              merge->stats->known++;
              continue;
            }

          bullet = voc_bullet_new ();
          voc_bullet_set_experience_id (bullet, voc_entity_get_id (VOC_ENTITY (experience)));
          voc_bullet_set_text (bullet, json_node_get_string (node));
          voc_bullet_set_position (bullet, bullet_position++);
          if (!voc_repository_insert (merge->repo, bullet, merge->error))
            return FALSE;
          g_hash_table_add (known, g_steal_pointer (&key));
          merge->stats->bullets++;
        }
    }

  return TRUE;
}

static gboolean
merge_section (Merge         *merge,
               JsonObject    *resume,
               const Section *section)
{
  g_autoptr(GListModel) existing = NULL;
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const Field *required = find_field (section->fields, section->n_fields, section->required);
  gboolean skills = g_str_equal (section->section, "skills");
  JsonArray *list;
  gint64 position;
  guint *counter = G_STRUCT_MEMBER_P (merge->stats, section->stats_offset);

  if (!get_section (merge, resume, section->section, &list))
    return FALSE;
  if (list == NULL)
    return TRUE;

  existing = G_LIST_MODEL (voc_repository_list_where (merge->repo, section->get_type (), NULL,
                                                      section->positioned ? "t.position" : NULL,
                                                      NULL));
  position = section->positioned ? next_position (existing) : 0;
  for (guint i = 0; i < g_list_model_get_n_items (existing); i++)
    {
      g_autoptr(VocEntity) entity = g_list_model_get_item (existing, i);

      g_hash_table_add (known, entity_match_key (section, entity));
    }

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *entry = entry_at (merge, list, section->section, i, &path);
      g_autoptr(VocEntity) entity = NULL;
      g_autofree char *key = NULL;
      const char *name;

      if (entry == NULL || !get_text (merge, entry, path, required, &name))
        return FALSE;

      if (name == NULL)
        {
          keep_aside (merge, section->section, g_list_model_get_n_items (existing) + i, entry);
          continue;
        }

      key = entry_match_key (section, entry);
      if (g_hash_table_contains (known, key))
        {
          merge->stats->known++;
          continue;
        }

      entity = g_object_new (section->get_type (), NULL);
      if (!fill_entity (merge, entity, entry, path, section->fields, section->n_fields, NULL))
        return FALSE;
      if (skills)
        {
          static const char *levels[] = { "beginner", "intermediate", "advanced", "expert" };
          const char *level = "unknown";
          const char *written = json_object_get_string_member_with_default (entry, "level", "");

          for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
            if (g_ascii_strcasecmp (written, levels[l]) == 0)
              level = levels[l];
          /* The level as written ("Native") stays in extra, as the importer keeps it. */
          if (!voc_entity_set_from_string (entity, "level", level, merge->error))
            return FALSE;
        }
      if (section->positioned)
        g_object_set (entity, "position", position++, NULL);

      if (!voc_repository_insert (merge->repo, entity, merge->error))
        return FALSE;
      g_hash_table_add (known, g_steal_pointer (&key));
      (*counter)++;
    }

  return TRUE;
}

static gboolean
merge_basics (Merge      *merge,
              JsonObject *resume)
{
  static const char * const special[] = { "location", NULL };
  JsonNode *node = json_object_get_member (resume, "basics");
  JsonObject *basics;
  g_autofree char *rest = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (merge, "basics", _("must be an object"));
  basics = json_node_get_object (node);

  for (guint i = 0; i < G_N_ELEMENTS (profile_fields); i++)
    {
      const Field *field = &profile_fields[i];
      g_autofree char *have = column_text (VOC_ENTITY (merge->profile), field->column);
      g_autofree char *list = NULL;
      const char *text = NULL;

      if (field->kind == KIND_LIST)
        {
          if (!get_list (merge, basics, "basics", field, &list))
            return FALSE;
          text = list;
        }
      else if (!get_text (merge, basics, "basics", field, &text))
        return FALSE;

      if (have != NULL || text == NULL)
        continue;
      if (!voc_entity_set_from_string (VOC_ENTITY (merge->profile), field->column, text,
                                       merge->error))
        return FALSE;
      merge->stats->profile_fields++;
    }

  node = json_object_get_member (basics, "location");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      g_autofree char *text = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (merge, "basics.location", _("must be an object"));
      text = voc_json_resume_location_text (json_node_get_object (node));
      if (text != NULL && voc_profile_get_location (merge->profile) == NULL)
        {
          voc_profile_set_location (merge->profile, text);
          merge->stats->profile_fields++;
        }
    }

  /* Members the profile has no column for join those kept from before, without replacing. */
  rest = leftovers (basics, profile_fields, G_N_ELEMENTS (profile_fields), special);
  if (rest != NULL)
    {
      g_autoptr(JsonNode) rest_node = json_from_string (rest, NULL);
      JsonObjectIter iter;
      const char *key;
      JsonNode *value;
      JsonObject *kept;

      if (!json_object_has_member (merge->extra, "basics"))
        json_object_set_object_member (merge->extra, "basics", json_object_new ());
      kept = json_object_get_object_member (merge->extra, "basics");
      json_object_iter_init (&iter, json_node_get_object (rest_node));
      while (json_object_iter_next (&iter, &key, &value))
        if (!json_object_has_member (kept, key))
          json_object_set_member (kept, key, json_node_copy (value));
    }

  return TRUE;
}

static gboolean
array_contains (JsonArray *array,
                JsonNode  *node)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (json_node_equal (json_array_get_element (array, i), node))
      return TRUE;

  return FALSE;
}

/* Sections the library has no table for: their new entries join the ones kept. */
static void
merge_kept_sections (Merge      *merge,
                     JsonObject *resume)
{
  static const char *modelled[] = {
    "basics", "work", "education", "certificates", "skills", "projects", "languages", "meta",
  };
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  json_object_iter_init (&iter, resume);
  while (json_object_iter_next (&iter, &key, &value))
    {
      JsonNode *have;

      if (g_strv_contains (modelled, key))
        continue;

      have = json_object_get_member (merge->extra, key);
      if (have == NULL || !JSON_NODE_HOLDS_ARRAY (have) || !JSON_NODE_HOLDS_ARRAY (value))
        {
          if (have == NULL)
            {
              json_object_set_member (merge->extra, key, json_node_copy (value));
              merge->stats->other += JSON_NODE_HOLDS_ARRAY (value)
                                       ? json_array_get_length (json_node_get_array (value)) : 1;
            }
          continue;
        }

      for (guint i = 0; i < json_array_get_length (json_node_get_array (value)); i++)
        {
          JsonNode *element = json_array_get_element (json_node_get_array (value), i);

          if (array_contains (json_node_get_array (have), element))
            merge->stats->known++;
          else
            {
              json_array_add_element (json_node_get_array (have), json_node_copy (element));
              merge->stats->other++;
            }
        }
    }
}

static gboolean
library_is_empty (VocResumeRepository  *resume,
                  VocProfile           *profile,
                  gboolean             *empty,
                  GError              **error)
{
  GType types[] = {
    VOC_TYPE_EXPERIENCE, VOC_TYPE_EDUCATION, VOC_TYPE_CERTIFICATION, VOC_TYPE_SKILL,
    VOC_TYPE_PROJECT, VOC_TYPE_LANGUAGE,
  };

  /* A profile with anything in it (an e-mail typed in Vocation) is not replaced whole. */
  *empty = voc_profile_get_location (profile) == NULL && voc_profile_get_extra (profile) == NULL;
  for (guint i = 0; i < G_N_ELEMENTS (profile_fields) && *empty; i++)
    {
      g_autofree char *text = column_text (VOC_ENTITY (profile), profile_fields[i].column);

      *empty = text == NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (types) && *empty; i++)
    {
      g_autoptr(GError) local_error = NULL;
      gint64 count = voc_repository_count (VOC_REPOSITORY (resume), types[i], &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      *empty = count == 0;
    }

  return TRUE;
}

/* The document without what is about the file rather than the person. */
static JsonNode *
without_warnings (JsonObject *resume)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), resume);
  JsonNode *copy = json_node_copy (node);
  JsonObject *root = json_node_get_object (copy);

  if (json_object_has_member (root, "meta") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "meta")))
    {
      JsonObject *meta = json_object_get_object_member (root, "meta");

      json_object_remove_member (meta, "warnings");
      if (json_object_get_size (meta) == 0)
        json_object_remove_member (root, "meta");
    }

  return copy;
}

static gboolean
merge_into (Merge      *merge,
            JsonObject *resume)
{
  if (!merge_basics (merge, resume) || !merge_work (merge, resume))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (!merge_section (merge, resume, &sections[i]))
      return FALSE;

  merge_kept_sections (merge, resume);
  return TRUE;
}

/**
 * voc_resume_merge:
 * @resume: a JSON Resume–shaped document: a reviewed draft, or a JSON Resume file's root
 * @name: the file name, for messages
 * @stats: (out caller-allocates) (optional): what was added
 *
 * Brings a resume into the master library in one transaction: whole into an empty library,
 * else merged without duplicating entries or bullets the library has (see the top of this
 * file for the rules).
 *
 * Returns: %FALSE with a %VOC_JSON_RESUME_ERROR naming the file and the JSON path, or an
 *   error of the store; then nothing was written
 */
gboolean
voc_resume_merge (VocDatabase          *database,
                  JsonObject           *resume,
                  const char           *name,
                  VocResumeMergeStats  *stats,
                  GError              **error)
{
  g_autoptr(VocResumeRepository) repository = NULL;
  g_autoptr(VocProfile) profile = NULL;
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(JsonNode) extra_node = NULL;
  g_autofree char *extra = NULL;
  VocResumeMergeStats local_stats = { 0 };
  gboolean empty = FALSE;
  Merge merge = { 0 };

  g_return_val_if_fail (VOC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (resume != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (stats == NULL)
    stats = &local_stats;
  memset (stats, 0, sizeof *stats);

  repository = voc_resume_repository_new (database);
  voc_repository_set_actor (VOC_REPOSITORY (repository), VOC_AUDIT_ACTOR_IMPORT);
  document = without_warnings (resume);

  if (!voc_database_begin (database, error))
    return FALSE;

  profile = voc_resume_repository_dup_profile (repository, error);
  if (profile == NULL || !library_is_empty (repository, profile, &empty, error))
    goto failed;

  if (empty)
    {
      VocJsonResumeStats whole = { 0 };

      if (!voc_json_resume_import (database, document, name, &whole, error))
        goto failed;

      stats->whole = TRUE;
      stats->experiences = whole.experiences;
      stats->bullets = whole.bullets;
      stats->education = whole.education;
      stats->certificates = whole.certificates;
      stats->skills = whole.skills;
      stats->projects = whole.projects;
      stats->languages = whole.languages;
      stats->other = whole.kept_aside;
    }
  else
    {
      if (voc_profile_get_extra (profile) != NULL)
        extra_node = json_from_string (voc_profile_get_extra (profile), NULL);
      if (extra_node == NULL || !JSON_NODE_HOLDS_OBJECT (extra_node))
        {
          g_clear_pointer (&extra_node, json_node_unref);
          extra_node = json_node_init_object (json_node_alloc (), json_object_new ());
          json_object_unref (json_node_get_object (extra_node));
        }

      merge.name = name;
      merge.resume = repository;
      merge.repo = VOC_REPOSITORY (repository);
      merge.profile = profile;
      merge.extra = json_node_get_object (extra_node);
      merge.stats = stats;
      merge.error = error;

      if (!merge_into (&merge, json_node_get_object (document)))
        goto failed;

      if (json_object_get_size (merge.extra) > 0)
        extra = json_to_string (extra_node, FALSE);
      voc_profile_set_extra (profile, extra);
      if (!voc_repository_update (merge.repo, profile, error))
        goto failed;
    }

  if (!voc_database_commit (database, error))
    goto failed;

  return TRUE;

failed:
  voc_database_rollback (database);
  memset (stats, 0, sizeof *stats);
  return FALSE;
}

static void
add_part (GPtrArray  *parts,
          guint       count,
          const char *format)
{
  if (count > 0)
    g_ptr_array_add (parts, g_strdup_printf (format, count));
}

/**
 * voc_resume_merge_stats_describe:
 *
 * What a merge added, as a phrase for the user: "3 experiences, 17 bullets, 2 schools".
 *
 * Returns: (transfer full): the phrase; "nothing new" when nothing was added
 */
char *
voc_resume_merge_stats_describe (const VocResumeMergeStats *stats)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  add_part (parts, stats->experiences,
            ngettext ("%u experience", "%u experiences", stats->experiences));
  add_part (parts, stats->bullets, ngettext ("%u bullet", "%u bullets", stats->bullets));
  add_part (parts, stats->education,
            ngettext ("%u school", "%u schools", stats->education));
  add_part (parts, stats->certificates,
            ngettext ("%u certificate", "%u certificates", stats->certificates));
  add_part (parts, stats->skills, ngettext ("%u skill", "%u skills", stats->skills));
  add_part (parts, stats->projects, ngettext ("%u project", "%u projects", stats->projects));
  add_part (parts, stats->languages,
            ngettext ("%u language", "%u languages", stats->languages));
  add_part (parts, stats->other,
            ngettext ("%u other entry", "%u other entries", stats->other));
  add_part (parts, stats->profile_fields,
            ngettext ("%u profile field", "%u profile fields", stats->profile_fields));
  add_part (parts, stats->known,
            ngettext ("%u already in the library", "%u already in the library",
                      stats->known));

  if (parts->len == 0)
    return g_strdup (_("nothing new"));

  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: the separator of "3 experiences, 17 bullets" */
  return g_strjoinv (C_("list", ", "), (char **) parts->pdata);
}

/**
 * voc_resume_looks_like_json:
 *
 * Whether a file's bytes are JSON (an object) rather than a document to read the text of:
 * told by the content, never by the name.
 */
gboolean
voc_resume_looks_like_json (GBytes *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  gsize i = 0;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;

  return i < len && data[i] == '{';
}

/**
 * voc_resume_read_draft:
 * @bytes: a resume file's contents
 * @name: the file's name, for messages
 *
 * Reads a resume file into a JSON Resume–shaped draft to review: a JSON Resume as it is, any
 * other document (PDF, DOCX, ODT, Markdown, text) through voc_extract_text() and
 * voc_resume_parse_file_contents(). Blocks: call it from a worker thread.
 *
 * Returns: (transfer full): the draft, or %NULL with an error whose message names the file
 */
JsonObject *
voc_resume_read_draft (GBytes        *bytes,
                       const char    *name,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(VocExtracted) extracted = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *draft;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (voc_resume_looks_like_json (bytes))
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);
      JsonNode *root;

      if (!json_parser_load_from_data (parser, data, len, &local_error))
        {
          g_set_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID,
                       _("%s is not valid JSON: %s"), name, local_error->message);
          return NULL;
        }
      root = json_parser_get_root (parser);
      if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
        {
          g_set_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID,
                       _("%s: a JSON Resume is a JSON object"), name);
          return NULL;
        }
      return json_object_ref (json_node_get_object (root));
    }

  extracted = voc_extract_text (bytes, name, cancellable, error);
  if (extracted == NULL)
    return NULL;

  draft = voc_resume_parse_file_contents (extracted, &local_error);
  if (draft == NULL)
    {
      /* TRANSLATORS: a file name, then why it cannot be read as a resume */
      g_set_error (error, local_error->domain, local_error->code, _("%s: %s"), name,
                   local_error->message);
      return NULL;
    }

  return draft;
}
