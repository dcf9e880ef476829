/* voc-json-resume.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-json-resume"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "voc-date.h"
#include "voc-json-resume.h"
#include "voc-repositories.h"

/*
 * The master resume to and from JSON Resume 1.2.1.
 *
 * Import maps what the library models (basics → profile, work → experiences with their
 * highlights as bullets, education, certificates, skills, projects, languages) and keeps
 * everything else, so that an export gives back every field:
 *
 *  - keys of an entry that the library has no column for go to the entity's `extra` JSON;
 *  - whole sections it has no table for (volunteer, awards, publications, interests,
 *    references, meta) go to the profile's `extra`;
 *  - an entry that lacks what the library requires (a job without a position or employer, a
 *    school without a name) is kept verbatim in the profile's `extra`, with its place in the
 *    section, rather than invented into shape.
 *
 * Older resumes (FRESH and JSON Resume 0.x) use other names for a few keys (`company`,
 * `website`, `picture`, `gpa`, a language's `level`); they are read and exported under the
 * 1.2.1 names. Empty strings count as absent.
 *
 * Everything an import writes is one transaction: a bad date in the last entry leaves the
 * library as it was.
 */

G_DEFINE_QUARK (voc-json-resume-error-quark, voc_json_resume_error)

#define UNPLACED "x-vocation-unplaced"

typedef struct
{
  const char          *name;       /* the file, for messages */
  VocResumeRepository *resume;
  VocRepository       *repo;
  JsonObject          *profile_extra;
  VocJsonResumeStats  *stats;
  GError             **error;
} Import;

static gboolean
fail (Import     *import,
      const char *path,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Import     *import,
      const char *path,
      const char *format,
      ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (import->error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID,
               "%s: %s: %s", import->name, path, reason);
  return FALSE;
}

/* A string member, or NULL when absent, null or empty; FALSE when it is something else. */
static gboolean
get_string (Import      *import,
            JsonObject  *object,
            const char  *path,
            const char  *key,
            const char **out)
{
  JsonNode *node = json_object_get_member (object, key);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (import, path, _("“%s” must be text"), key);

  *out = json_node_get_string (node);
  if (**out == '\0')
    *out = NULL;
  return TRUE;
}

/* The first of several names a key has had. */
static gboolean
get_string_alias (Import      *import,
                  JsonObject  *object,
                  const char  *path,
                  const char  *key,
                  const char  *alias,
                  const char **out)
{
  if (!get_string (import, object, path, key, out))
    return FALSE;
  if (*out == NULL && alias != NULL)
    return get_string (import, object, path, alias, out);
  return TRUE;
}

static gboolean
get_date (Import      *import,
          JsonObject  *object,
          const char  *path,
          const char  *key,
          const char **out)
{
  if (!get_string (import, object, path, key, out))
    return FALSE;

  if (*out != NULL && !voc_partial_date_is_valid (*out))
    return fail (import, path, _("“%s” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
                 *out);

  return TRUE;
}

/* An array member as JSON text (for the library's JSON columns), or NULL when absent. */
static gboolean
get_array_json (Import      *import,
                JsonObject  *object,
                const char  *path,
                const char  *key,
                char       **out)
{
  JsonNode *node = json_object_get_member (object, key);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (import, path, _("“%s” must be a list"), key);
  if (json_array_get_length (json_node_get_array (node)) == 0)
    return TRUE;

  *out = json_to_string (node, FALSE);
  return TRUE;
}

/* The members of @object not in @consumed, as JSON text, or NULL when there are none. Empty
 * strings are left out: they say nothing. */
static char *
leftovers (JsonObject         *object,
           const char * const *consumed)
{
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &value))
    {
      if (g_strv_contains (consumed, key))
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

/* Removes what says nothing: empty strings, and lists and objects left empty. Returns
 * whether anything is left of @node. */
static gboolean
prune_blank (JsonNode *node)
{
  if (JSON_NODE_HOLDS_VALUE (node))
    return json_node_get_value_type (node) != G_TYPE_STRING || *json_node_get_string (node) != '\0';

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = json_array_get_length (array); i > 0; i--)
        if (!prune_blank (json_array_get_element (array, i - 1)))
          json_array_remove_element (array, i - 1);
      return json_array_get_length (array) > 0;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        if (!prune_blank (json_object_get_member (object, l->data)))
          json_object_remove_member (object, l->data);
      return json_object_get_size (object) > 0;
    }

  return FALSE;
}

/* Whether an entry says anything at all: a template's blank entry ("company": "",
 * "highlights": [""]) does not. */
static gboolean
has_content (JsonObject *entry)
{
  g_autoptr(JsonNode) copy = json_node_init_object (json_node_alloc (), entry);
  g_autoptr(JsonNode) deep = json_node_copy (copy);

  return prune_blank (deep);
}

static gboolean
store (Import    *import,
       gpointer   entity)
{
  return voc_repository_insert (import->repo, entity, import->error);
}

/* An entry the library cannot hold as it is, kept with its place in its section. */
static void
keep_aside (Import     *import,
            const char *section,
            guint       index,
            JsonObject *entry)
{
  JsonObject *unplaced;
  JsonArray *list;
  JsonObject *item = json_object_new ();

  if (!json_object_has_member (import->profile_extra, UNPLACED))
    json_object_set_object_member (import->profile_extra, UNPLACED, json_object_new ());
  unplaced = json_object_get_object_member (import->profile_extra, UNPLACED);
  if (!json_object_has_member (unplaced, section))
    json_object_set_array_member (unplaced, section, json_array_new ());
  list = json_object_get_array_member (unplaced, section);

  json_object_set_int_member (item, "index", index);
  json_object_set_object_member (item, "entry", json_object_ref (entry));
  json_array_add_object_element (list, item);
  import->stats->kept_aside++;
}

static JsonArray *
get_section (Import     *import,
             JsonObject *root,
             const char *section,
             gboolean   *ok)
{
  JsonNode *node = json_object_get_member (root, section);

  *ok = TRUE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      *ok = fail (import, section, _("must be a list"));
      return NULL;
    }
  return json_node_get_array (node);
}

static JsonObject *
get_entry (Import     *import,
           JsonArray  *array,
           const char *section,
           guint       i,
           char      **path,
           gboolean   *ok)
{
  JsonNode *node = json_array_get_element (array, i);

  *path = g_strdup_printf ("%s[%u]", section, i);
  *ok = TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      *ok = fail (import, *path, _("must be an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
import_work (Import     *import,
             JsonObject *root)
{
  static const char * const consumed[] = {
    "name", "company", "position", "location", "url", "website", "startDate", "endDate",
    "summary", "highlights", NULL,
  };
  guint slot = 0;   /* place among the entries that say something */
  gboolean ok;
  JsonArray *work = get_section (import, root, "work", &ok);

  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *entry = get_entry (import, work, "work", i, &path, &ok);
      const char *name, *position, *location, *url, *start, *end, *summary;
      g_autoptr(VocExperience) experience = NULL;
      g_autofree char *extra = NULL;
      JsonArray *highlights = NULL;

      if (!ok ||
          !get_string_alias (import, entry, path, "name", "company", &name) ||
          !get_string (import, entry, path, "position", &position) ||
          !get_string (import, entry, path, "location", &location) ||
          !get_string_alias (import, entry, path, "url", "website", &url) ||
          !get_date (import, entry, path, "startDate", &start) ||
          !get_date (import, entry, path, "endDate", &end) ||
          !get_string (import, entry, path, "summary", &summary))
        return FALSE;

      if (json_object_has_member (entry, "highlights"))
        {
          JsonNode *node = json_object_get_member (entry, "highlights");

          if (!JSON_NODE_HOLDS_ARRAY (node))
            return fail (import, path, _("“%s” must be a list"), "highlights");
          highlights = json_node_get_array (node);
        }

      if (name == NULL || position == NULL)
        {
          if (has_content (entry))
            keep_aside (import, "work", slot++, entry);
          continue;
        }

      experience = voc_experience_new ();
      voc_experience_set_employer (experience, name);
      voc_experience_set_title (experience, position);
      voc_experience_set_location (experience, location);
      voc_experience_set_url (experience, url);
      voc_experience_set_start_date (experience, start);
      voc_experience_set_end_date (experience, end);
      voc_experience_set_description (experience, summary);
      voc_experience_set_position (experience, slot++);
      extra = leftovers (entry, consumed);
      voc_experience_set_extra (experience, extra);
      if (!store (import, experience))
        return FALSE;
      import->stats->experiences++;

      for (guint h = 0; highlights != NULL && h < json_array_get_length (highlights); h++)
        {
          JsonNode *node = json_array_get_element (highlights, h);
          g_autoptr(VocBullet) bullet = NULL;

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            return fail (import, path, _("highlight %u must be text"), h + 1);
          if (*json_node_get_string (node) == '\0')
            continue;

          bullet = voc_bullet_new ();
          voc_bullet_set_experience_id (bullet, voc_entity_get_id (VOC_ENTITY (experience)));
          voc_bullet_set_text (bullet, json_node_get_string (node));
          voc_bullet_set_position (bullet, h);
          if (!store (import, bullet))
            return FALSE;
          import->stats->bullets++;
        }
    }

  return ok;
}

static gboolean
import_education (Import     *import,
                  JsonObject *root)
{
  static const char * const consumed[] = {
    "institution", "area", "studyType", "startDate", "endDate", "score", "gpa", "courses",
    "url", "website", NULL,
  };
  guint slot = 0;   /* place among the entries that say something */
  gboolean ok;
  JsonArray *list = get_section (import, root, "education", &ok);

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *entry = get_entry (import, list, "education", i, &path, &ok);
      const char *institution, *area, *type, *start, *end, *score, *url;
      g_autofree char *courses = NULL;
      g_autofree char *extra = NULL;
      g_autoptr(VocEducation) education = NULL;

      if (!ok ||
          !get_string (import, entry, path, "institution", &institution) ||
          !get_string (import, entry, path, "area", &area) ||
          !get_string (import, entry, path, "studyType", &type) ||
          !get_date (import, entry, path, "startDate", &start) ||
          !get_date (import, entry, path, "endDate", &end) ||
          !get_string_alias (import, entry, path, "score", "gpa", &score) ||
          !get_string_alias (import, entry, path, "url", "website", &url) ||
          !get_array_json (import, entry, path, "courses", &courses))
        return FALSE;

      if (institution == NULL)
        {
          if (has_content (entry))
            keep_aside (import, "education", slot++, entry);
          continue;
        }

      education = voc_education_new ();
      voc_education_set_institution (education, institution);
      voc_education_set_area (education, area);
      voc_education_set_study_type (education, type);
      voc_education_set_start_date (education, start);
      voc_education_set_end_date (education, end);
      voc_education_set_score (education, score);
      voc_education_set_url (education, url);
      voc_education_set_courses (education, courses);
      voc_education_set_position (education, slot++);
      extra = leftovers (entry, consumed);
      voc_education_set_extra (education, extra);
      if (!store (import, education))
        return FALSE;
      import->stats->education++;
    }

  return ok;
}

static gboolean
import_certificates (Import     *import,
                     JsonObject *root)
{
  static const char * const consumed[] = { "name", "date", "issuer", "url", NULL };
  guint slot = 0;   /* place among the entries that say something */
  gboolean ok;
  JsonArray *list = get_section (import, root, "certificates", &ok);

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *entry = get_entry (import, list, "certificates", i, &path, &ok);
      const char *name, *date, *issuer, *url;
      g_autofree char *extra = NULL;
      g_autoptr(VocCertification) certificate = NULL;

      if (!ok ||
          !get_string (import, entry, path, "name", &name) ||
          !get_date (import, entry, path, "date", &date) ||
          !get_string (import, entry, path, "issuer", &issuer) ||
          !get_string (import, entry, path, "url", &url))
        return FALSE;

      if (name == NULL)
        {
          if (has_content (entry))
            keep_aside (import, "certificates", slot++, entry);
          continue;
        }

      certificate = voc_certification_new ();
      voc_certification_set_name (certificate, name);
      voc_certification_set_issued_on (certificate, date);
      voc_certification_set_issuer (certificate, issuer);
      voc_certification_set_url (certificate, url);
      extra = leftovers (entry, consumed);
      voc_certification_set_extra (certificate, extra);
      if (!store (import, certificate))
        return FALSE;
      slot++;
      import->stats->certificates++;
    }

  return ok;
}

static const char *
skill_level_nick (const char *level)
{
  static const char *nicks[] = { "beginner", "intermediate", "advanced", "expert" };

  for (guint i = 0; level != NULL && i < G_N_ELEMENTS (nicks); i++)
    if (g_ascii_strcasecmp (level, nicks[i]) == 0)
      return nicks[i];

  return "unknown";
}

static gboolean
import_skills (Import     *import,
               JsonObject *root)
{
  static const char * const consumed[] = { "name", "keywords", NULL };
  guint slot = 0;   /* place among the entries that say something */
  gboolean ok;
  JsonArray *list = get_section (import, root, "skills", &ok);

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *entry = get_entry (import, list, "skills", i, &path, &ok);
      const char *name, *level;
      g_autofree char *keywords = NULL;
      g_autofree char *extra = NULL;
      g_autoptr(VocSkill) skill = NULL;

      if (!ok ||
          !get_string (import, entry, path, "name", &name) ||
          !get_string (import, entry, path, "level", &level) ||
          !get_array_json (import, entry, path, "keywords", &keywords))
        return FALSE;

      if (name == NULL)
        {
          if (has_content (entry))
            keep_aside (import, "skills", slot++, entry);
          continue;
        }

      skill = voc_skill_new ();
      voc_skill_set_name (skill, name);
      voc_skill_set_keywords (skill, keywords);
      voc_skill_set_position (skill, slot++);
      if (!voc_entity_set_from_string (VOC_ENTITY (skill), "level", skill_level_nick (level),
                                       import->error))
        return FALSE;
      /* The level as written ("Master", "Native") stays in extra; the enum is the
       * library's own scale. */
      extra = leftovers (entry, consumed);
      voc_skill_set_extra (skill, extra);
      if (!store (import, skill))
        return FALSE;
      import->stats->skills++;
    }

  return ok;
}

static gboolean
import_projects (Import     *import,
                 JsonObject *root)
{
  static const char * const consumed[] = {
    "name", "description", "url", "startDate", "endDate", "highlights", "keywords", "roles",
    "entity", "type", NULL,
  };
  guint slot = 0;   /* place among the entries that say something */
  gboolean ok;
  JsonArray *list = get_section (import, root, "projects", &ok);

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *entry = get_entry (import, list, "projects", i, &path, &ok);
      const char *name, *description, *url, *start, *end, *entity, *type;
      g_autofree char *highlights = NULL, *keywords = NULL, *roles = NULL, *extra = NULL;
      g_autoptr(VocProject) project = NULL;

      if (!ok ||
          !get_string (import, entry, path, "name", &name) ||
          !get_string (import, entry, path, "description", &description) ||
          !get_string (import, entry, path, "url", &url) ||
          !get_date (import, entry, path, "startDate", &start) ||
          !get_date (import, entry, path, "endDate", &end) ||
          !get_string (import, entry, path, "entity", &entity) ||
          !get_string (import, entry, path, "type", &type) ||
          !get_array_json (import, entry, path, "highlights", &highlights) ||
          !get_array_json (import, entry, path, "keywords", &keywords) ||
          !get_array_json (import, entry, path, "roles", &roles))
        return FALSE;

      if (name == NULL)
        {
          if (has_content (entry))
            keep_aside (import, "projects", slot++, entry);
          continue;
        }

      project = voc_project_new ();
      voc_project_set_name (project, name);
      voc_project_set_description (project, description);
      voc_project_set_url (project, url);
      voc_project_set_start_date (project, start);
      voc_project_set_end_date (project, end);
      voc_project_set_entity (project, entity);
      voc_project_set_project_type (project, type);
      voc_project_set_highlights (project, highlights);
      voc_project_set_keywords (project, keywords);
      voc_project_set_roles (project, roles);
      voc_project_set_position (project, slot++);
      extra = leftovers (entry, consumed);
      voc_project_set_extra (project, extra);
      if (!store (import, project))
        return FALSE;
      import->stats->projects++;
    }

  return ok;
}

static gboolean
import_languages (Import     *import,
                  JsonObject *root)
{
  static const char * const consumed[] = { "language", "fluency", "level", NULL };
  guint slot = 0;   /* place among the entries that say something */
  gboolean ok;
  JsonArray *list = get_section (import, root, "languages", &ok);

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *entry = get_entry (import, list, "languages", i, &path, &ok);
      const char *language, *fluency;
      g_autofree char *extra = NULL;
      g_autoptr(VocLanguage) item = NULL;

      if (!ok ||
          !get_string (import, entry, path, "language", &language) ||
          !get_string_alias (import, entry, path, "fluency", "level", &fluency))
        return FALSE;

      if (language == NULL)
        {
          if (has_content (entry))
            keep_aside (import, "languages", slot++, entry);
          continue;
        }

      item = voc_language_new ();
      voc_language_set_language (item, language);
      voc_language_set_fluency (item, fluency);
      voc_language_set_position (item, slot++);
      extra = leftovers (entry, consumed);
      voc_language_set_extra (item, extra);
      if (!store (import, item))
        return FALSE;
      import->stats->languages++;
    }

  return ok;
}

/**
 * voc_json_resume_location_text:
 * @location: a JSON Resume `location` object
 *
 * Returns: (transfer full) (nullable): "city, region, countryCode" with the empty parts left
 *   out, or %NULL when all are empty
 */
char *
voc_json_resume_location_text (JsonObject *location)
{
  static const char *keys[] = { "city", "region", "countryCode" };
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *value = json_object_get_string_member_with_default (location, keys[i], "");

      if (*value != '\0')
        g_ptr_array_add (parts, (gpointer) value);
    }

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

static gboolean
import_basics (Import     *import,
               JsonObject *root,
               VocProfile *profile)
{
  static const char * const consumed[] = {
    "name", "label", "email", "phone", "url", "website", "summary", "profiles", NULL,
  };
  JsonNode *node = json_object_get_member (root, "basics");
  JsonObject *basics;
  const char *name, *label, *email, *phone, *url, *summary;
  g_autofree char *profiles = NULL;
  g_autofree char *extra = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (import, "basics", _("must be an object"));
  basics = json_node_get_object (node);

  if (!get_string (import, basics, "basics", "name", &name) ||
      !get_string (import, basics, "basics", "label", &label) ||
      !get_string (import, basics, "basics", "email", &email) ||
      !get_string (import, basics, "basics", "phone", &phone) ||
      !get_string_alias (import, basics, "basics", "url", "website", &url) ||
      !get_string (import, basics, "basics", "summary", &summary) ||
      !get_array_json (import, basics, "basics", "profiles", &profiles))
    return FALSE;

  if (json_object_has_member (basics, "location"))
    {
      JsonNode *location = json_object_get_member (basics, "location");

      if (!JSON_NODE_HOLDS_OBJECT (location) && !JSON_NODE_HOLDS_NULL (location))
        return fail (import, "basics.location", _("must be an object"));
      if (JSON_NODE_HOLDS_OBJECT (location))
        {
          g_autofree char *text = voc_json_resume_location_text (json_node_get_object (location));

          voc_profile_set_location (profile, text);
        }
    }

  voc_profile_set_full_name (profile, name);
  voc_profile_set_headline (profile, label);
  voc_profile_set_email (profile, email);
  voc_profile_set_phone (profile, phone);
  voc_profile_set_website (profile, url);
  voc_profile_set_summary (profile, summary);
  voc_profile_set_links (profile, profiles);

  extra = leftovers (basics, consumed);
  if (extra != NULL)
    json_object_set_member (import->profile_extra, "basics", json_from_string (extra, NULL));

  return TRUE;
}

/* Sections the library has no table for, kept whole. */
static void
keep_sections (Import     *import,
               JsonObject *root)
{
  static const char *modelled[] = {
    "basics", "work", "education", "certificates", "skills", "projects", "languages",
  };
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  json_object_iter_init (&iter, root);
  while (json_object_iter_next (&iter, &key, &value))
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (modelled); i++)
        known = known || g_str_equal (key, modelled[i]);
      if (!known)
        json_object_set_member (import->profile_extra, key, json_node_copy (value));
    }
}

/**
 * voc_json_resume_import:
 * @root: the parsed JSON Resume document
 * @name: the file name, for messages
 * @stats: (out caller-allocates) (optional): what was added
 *
 * Adds a JSON Resume to the master resume in one transaction: the profile takes the
 * resume's basics, and its sections are added.
 *
 * Returns: %FALSE with a %VOC_JSON_RESUME_ERROR naming the file and the JSON path, or an
 *   error of the store; then nothing was written
 */
gboolean
voc_json_resume_import (VocDatabase         *database,
                        JsonNode            *root,
                        const char          *name,
                        VocJsonResumeStats  *stats,
                        GError             **error)
{
  g_autoptr(VocResumeRepository) resume = NULL;
  g_autoptr(VocProfile) profile = NULL;
  g_autoptr(JsonObject) profile_extra = json_object_new ();
  g_autoptr(JsonNode) extra_node = NULL;
  g_autofree char *extra = NULL;
  VocJsonResumeStats local_stats = { 0 };
  Import import;
  JsonObject *object;

  g_return_val_if_fail (VOC_IS_DATABASE (database), FALSE);

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID,
                   _("%s: a JSON Resume is a JSON object"), name);
      return FALSE;
    }
  object = json_node_get_object (root);

  resume = voc_resume_repository_new (database);
  voc_repository_set_actor (VOC_REPOSITORY (resume), VOC_AUDIT_ACTOR_IMPORT);

  import.name = name;
  import.resume = resume;
  import.repo = VOC_REPOSITORY (resume);
  import.profile_extra = profile_extra;
  import.stats = stats != NULL ? stats : &local_stats;
  import.error = error;
  memset (import.stats, 0, sizeof *import.stats);

  if (!voc_database_begin (database, error))
    return FALSE;

  profile = voc_resume_repository_dup_profile (resume, error);
  if (profile == NULL ||
      !import_basics (&import, object, profile) ||
      !import_work (&import, object) ||
      !import_education (&import, object) ||
      !import_certificates (&import, object) ||
      !import_skills (&import, object) ||
      !import_projects (&import, object) ||
      !import_languages (&import, object))
    goto failed;

  keep_sections (&import, object);
  if (json_object_get_size (profile_extra) > 0)
    {
      extra_node = json_node_init_object (json_node_alloc (), profile_extra);
      extra = json_to_string (extra_node, FALSE);
    }
  voc_profile_set_extra (profile, extra);

  if (!voc_repository_update (VOC_REPOSITORY (resume), profile, error) ||
      !voc_database_commit (database, error))
    goto failed;

  return TRUE;

failed:
  voc_database_rollback (database);
  return FALSE;
}

/**
 * voc_json_resume_import_file:
 *
 * Reads, parses and imports a JSON Resume file (see voc_json_resume_import()).
 */
gboolean
voc_json_resume_import_file (VocDatabase         *database,
                             GFile               *file,
                             VocJsonResumeStats  *stats,
                             GCancellable        *cancellable,
                             GError             **error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *contents = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", name,
                   local_error->message);
      return FALSE;
    }

  if (length == 0 || !json_parser_load_from_data (parser, contents, length, &local_error))
    {
      g_set_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID,
                   _("%s is not valid JSON: %s"), name,
                   local_error != NULL ? local_error->message : _("the file is empty"));
      return FALSE;
    }

  return voc_json_resume_import (database, json_parser_get_root (parser), name, stats, error);
}

/* Export. */

static void
set_string (JsonObject *object,
            const char *key,
            const char *value)
{
  if (value != NULL && *value != '\0')
    json_object_set_string_member (object, key, value);
}

static void
set_json (JsonObject *object,
          const char *key,
          const char *json)
{
  JsonNode *node;

  if (json == NULL)
    return;
  node = json_from_string (json, NULL);
  if (node != NULL)
    json_object_set_member (object, key, node);
}

/* The fields kept in extra, back in the entry (those the library models win). */
static void
merge_extra (JsonObject *object,
             const char *extra)
{
  g_autoptr(JsonNode) node = extra != NULL ? json_from_string (extra, NULL) : NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &key, &value))
    if (!json_object_has_member (object, key))
      json_object_set_member (object, key, json_node_copy (value));
}

static GListModel *
list_of (VocResumeRepository *resume,
         GType                type,
         const char          *where)
{
  return G_LIST_MODEL (voc_repository_list_where (VOC_REPOSITORY (resume), type, where,
                                                  "t.position", NULL));
}

/* Entries kept aside at import go back at their places. */
static void
place_unplaced (JsonObject *root,
                JsonObject *extra,
                const char *section)
{
  JsonObject *unplaced;
  JsonArray *entries, *list;

  if (extra == NULL || !json_object_has_member (extra, UNPLACED))
    return;
  unplaced = json_object_get_object_member (extra, UNPLACED);
  if (!json_object_has_member (unplaced, section))
    return;
  entries = json_object_get_array_member (unplaced, section);

  if (!json_object_has_member (root, section))
    json_object_set_array_member (root, section, json_array_new ());
  list = json_object_get_array_member (root, section);

  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *item = json_array_get_object_element (entries, i);
      guint index = json_object_get_int_member (item, "index");
      JsonNode *entry = json_object_get_member (item, "entry");
      g_autoptr(GList) elements = json_array_get_elements (list);
      g_autoptr(JsonArray) rebuilt = json_array_new ();
      guint at = 0;

      for (GList *l = elements; l != NULL; l = l->next, at++)
        {
          if (at == index)
            json_array_add_element (rebuilt, json_node_copy (entry));
          json_array_add_element (rebuilt, json_node_copy (l->data));
        }
      if (index >= at)
        json_array_add_element (rebuilt, json_node_copy (entry));
      json_object_set_array_member (root, section, json_array_ref (rebuilt));
      list = rebuilt;
    }
}

/**
 * voc_json_resume_export:
 *
 * The master resume as a JSON Resume 1.2.1 document: every experience with its bullets
 * (retired ones left out) as highlights, and everything kept from imports.
 *
 * Returns: (transfer full): the document
 */
/* A variant's rules, checked. */
typedef struct
{
  gboolean has_experiences;
  gint64   bullets_per_role;   /* 0: all */
  GStrv    sections;           /* NULL: all */
} Rules;

static gboolean
string_list_ok (JsonObject  *rules,
                const char  *key,
                GError     **error)
{
  JsonNode *node = json_object_get_member (rules, key);

  if (node == NULL)
    return TRUE;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (element) ||
              json_node_get_value_type (element) != G_TYPE_STRING)
            goto bad;
        }
      return TRUE;
    }

bad:
  g_set_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID,
               _("rules.%s: must be a list of text"), key);
  return FALSE;
}

static gboolean
parse_rules (const char  *text,
             Rules       *rules,
             GError     **error)
{
  static const char *lists[] = { "include_tags", "exclude_tags", "experiences", "sections" };
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) json_error = NULL;
  JsonObject *object;

  memset (rules, 0, sizeof *rules);
  if (text == NULL)
    return TRUE;

  node = json_from_string (text, &json_error);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID,
                   _("rules: must be a JSON object"));
      return FALSE;
    }
  object = json_node_get_object (node);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (!string_list_ok (object, lists[i], error))
      return FALSE;

  if (json_object_has_member (object, "bullets_per_role"))
    {
      JsonNode *n = json_object_get_member (object, "bullets_per_role");

      if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64 ||
          json_node_get_int (n) < 0)
        {
          g_set_error (error, VOC_JSON_RESUME_ERROR, VOC_JSON_RESUME_ERROR_INVALID,
                       _("rules.bullets_per_role: must be a whole number, 0 for all"));
          return FALSE;
        }
      rules->bullets_per_role = json_node_get_int (n);
    }

  rules->has_experiences = json_object_has_member (object, "experiences") &&
                           json_array_get_length (json_object_get_array_member (object,
                                                                                "experiences")) > 0;
  if (json_object_has_member (object, "sections"))
    {
      JsonArray *array = json_object_get_array_member (object, "sections");
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_strv_builder_add (builder, json_array_get_string_element (array, i));
      rules->sections = g_strv_builder_end (builder);
      g_strv_builder_unref (builder);
    }

  return TRUE;
}

static int
compare_bullet_position (gconstpointer a,
                         gconstpointer b)
{
  gint64 pa = voc_bullet_get_position (*(VocBullet **) a);
  gint64 pb = voc_bullet_get_position (*(VocBullet **) b);

  return pa < pb ? -1 : pa > pb;
}

/* The bullets of an experience a variant keeps: by tag (the rules are ?1, read by SQLite's
 * JSON functions), the most important first when only some fit, then shown in their order. */
static GPtrArray *
select_bullets (VocResumeRepository *resume,
                VocExperience       *experience,
                const char          *rules_text,
                const Rules         *rules)
{
  g_autofree char *where = NULL;
  g_autoptr(GListModel) bullets = NULL;
  GPtrArray *chosen = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 id = voc_entity_get_id (VOC_ENTITY (experience));

  where = g_strdup_printf ("t.retired = 0 AND (t.experience_id = %" G_GINT64_FORMAT " OR "
                           "t.engagement_id IN (SELECT id FROM engagement WHERE "
                           "experience_id = %" G_GINT64_FORMAT "))%s", id, id,
                           rules_text == NULL ? "" :
                           " AND (coalesce (json_array_length (?1, '$.include_tags'), 0) = 0 OR"
                           "  EXISTS (SELECT 1 FROM json_each (t.tags) tag, "
                           "          json_each (?1, '$.include_tags') want"
                           "          WHERE lower (tag.value) = lower (want.value)))"
                           " AND NOT EXISTS (SELECT 1 FROM json_each (t.tags) tag, "
                           "          json_each (?1, '$.exclude_tags') skip"
                           "          WHERE lower (tag.value) = lower (skip.value))");
  bullets = G_LIST_MODEL (voc_repository_list_where (VOC_REPOSITORY (resume), VOC_TYPE_BULLET,
                                                     where, rules->bullets_per_role > 0
                                                       ? "t.importance DESC, t.position"
                                                       : "t.position",
                                                     rules_text));

  for (guint b = 0; b < g_list_model_get_n_items (bullets); b++)
    {
      if (rules->bullets_per_role > 0 && b >= rules->bullets_per_role)
        break;
      g_ptr_array_add (chosen, g_list_model_get_item (bullets, b));
    }

  if (rules->bullets_per_role > 0)
    g_ptr_array_sort (chosen, compare_bullet_position);

  return chosen;
}

JsonObject *
voc_json_resume_export (VocDatabase  *database,
                        GError      **error)
{
  return voc_json_resume_export_with_rules (database, NULL, NULL, error);
}

/**
 * voc_json_resume_export_with_rules:
 * @rules: (nullable): a variant's rules, JSON: `include_tags`, `exclude_tags` (bullets'
 *   tags), `experiences` (uuids), `bullets_per_role` (the most important; 0 for all),
 *   `sections` (JSON Resume section names to keep)
 * @sources: (out) (optional) (transfer full): for every highlight, the uuid of the bullet it
 *   came from, keyed `work[i].highlights[j]`
 *
 * The master resume compiled by a variant's rules: a variant is a rule, not a copy, so it
 * always shows the library as it is now.
 *
 * Returns: (transfer full): the document, or %NULL with an error about the rules
 */
JsonObject *
voc_json_resume_export_with_rules (VocDatabase  *database,
                                   const char   *rules_text,
                                   JsonObject  **sources,
                                   GError      **error)
{
  Rules rules;
  g_autoptr(VocResumeRepository) resume = voc_resume_repository_new (database);
  g_autoptr(VocProfile) profile = NULL;
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonNode) extra_node = NULL;
  JsonObject *extra = NULL;
  JsonObject *basics = json_object_new ();
  g_autoptr(GListModel) experiences = NULL;
  g_autoptr(GListModel) education = NULL;
  g_autoptr(GListModel) certificates = NULL;
  g_autoptr(GListModel) skills = NULL;
  g_autoptr(GListModel) projects = NULL;
  g_autoptr(GListModel) languages = NULL;

  g_autoptr(JsonObject) provenance = json_object_new ();

  if (!parse_rules (rules_text, &rules, error))
    {
      json_object_unref (basics);
      return NULL;
    }

  profile = voc_resume_repository_dup_profile (resume, error);
  if (profile == NULL)
    {
      json_object_unref (basics);
      g_strfreev (rules.sections);
      return NULL;
    }

  if (voc_profile_get_extra (profile) != NULL)
    {
      extra_node = json_from_string (voc_profile_get_extra (profile), NULL);
      if (extra_node != NULL && JSON_NODE_HOLDS_OBJECT (extra_node))
        extra = json_node_get_object (extra_node);
    }

  /* Sections kept whole, first, so that the document keeps their order of keys roughly. */
  if (extra != NULL)
    {
      JsonObjectIter iter;
      const char *key;
      JsonNode *value;

      json_object_iter_init (&iter, extra);
      while (json_object_iter_next (&iter, &key, &value))
        if (!g_str_equal (key, "basics") && !g_str_equal (key, UNPLACED))
          json_object_set_member (root, key, json_node_copy (value));
    }

  set_string (basics, "name", voc_profile_get_full_name (profile));
  set_string (basics, "label", voc_profile_get_headline (profile));
  set_string (basics, "email", voc_profile_get_email (profile));
  set_string (basics, "phone", voc_profile_get_phone (profile));
  set_string (basics, "url", voc_profile_get_website (profile));
  set_string (basics, "summary", voc_profile_get_summary (profile));
  set_json (basics, "profiles", voc_profile_get_links (profile));
  if (extra != NULL && json_object_has_member (extra, "basics"))
    {
      JsonObject *kept = json_object_get_object_member (extra, "basics");
      JsonObjectIter iter;
      const char *key;
      JsonNode *value;

      json_object_iter_init (&iter, kept);
      while (json_object_iter_next (&iter, &key, &value))
        {
          /* A location edited in Vocation since the import replaces the imported one. */
          if (g_str_equal (key, "location") && JSON_NODE_HOLDS_OBJECT (value))
            {
              g_autofree char *text = voc_json_resume_location_text (json_node_get_object (value));

              if (g_strcmp0 (text, voc_profile_get_location (profile)) != 0)
                continue;
            }
          if (!json_object_has_member (basics, key))
            json_object_set_member (basics, g_str_equal (key, "picture") ? "image" : key,
                                    json_node_copy (value));
        }
    }
  if (!json_object_has_member (basics, "location") && voc_profile_get_location (profile) != NULL)
    {
      JsonObject *location = json_object_new ();

      json_object_set_string_member (location, "city", voc_profile_get_location (profile));
      json_object_set_object_member (basics, "location", location);
    }
  json_object_set_object_member (root, "basics", basics);

  if (rules.has_experiences)
    experiences = G_LIST_MODEL (voc_repository_list_where (VOC_REPOSITORY (resume),
                                                           VOC_TYPE_EXPERIENCE,
                                                           "t.uuid IN (SELECT value FROM "
                                                           "json_each (?1, '$.experiences'))",
                                                           "t.position", rules_text));
  else
    experiences = list_of (resume, VOC_TYPE_EXPERIENCE, NULL);
  if (g_list_model_get_n_items (experiences) > 0)
    {
      JsonArray *work = json_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (experiences); i++)
        {
          g_autoptr(VocExperience) experience = g_list_model_get_item (experiences, i);
          g_autoptr(GPtrArray) bullets = select_bullets (resume, experience, rules_text, &rules);
          JsonObject *entry = json_object_new ();

          set_string (entry, "name", voc_experience_get_employer (experience));
          set_string (entry, "position", voc_experience_get_title (experience));
          set_string (entry, "location", voc_experience_get_location (experience));
          set_string (entry, "url", voc_experience_get_url (experience));
          set_string (entry, "startDate", voc_experience_get_start_date (experience));
          set_string (entry, "endDate", voc_experience_get_end_date (experience));
          set_string (entry, "summary", voc_experience_get_description (experience));
          if (bullets->len > 0)
            {
              JsonArray *highlights = json_array_new ();

              for (guint b = 0; b < bullets->len; b++)
                {
                  VocBullet *bullet = g_ptr_array_index (bullets, b);
                  g_autofree char *key = g_strdup_printf ("work[%u].highlights[%u]",
                                                          json_array_get_length (work), b);

                  json_array_add_string_element (highlights, voc_bullet_get_text (bullet));
                  json_object_set_string_member (provenance, key,
                                                 voc_entity_get_uuid (VOC_ENTITY (bullet)));
                }
              json_object_set_array_member (entry, "highlights", highlights);
            }
          merge_extra (entry, voc_experience_get_extra (experience));
          json_array_add_object_element (work, entry);
        }
      json_object_set_array_member (root, "work", work);
    }
  place_unplaced (root, extra, "work");

  education = list_of (resume, VOC_TYPE_EDUCATION, NULL);
  if (g_list_model_get_n_items (education) > 0)
    {
      JsonArray *list = json_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (education); i++)
        {
          g_autoptr(VocEducation) item = g_list_model_get_item (education, i);
          JsonObject *entry = json_object_new ();

          set_string (entry, "institution", voc_education_get_institution (item));
          set_string (entry, "url", voc_education_get_url (item));
          set_string (entry, "area", voc_education_get_area (item));
          set_string (entry, "studyType", voc_education_get_study_type (item));
          set_string (entry, "startDate", voc_education_get_start_date (item));
          set_string (entry, "endDate", voc_education_get_end_date (item));
          set_string (entry, "score", voc_education_get_score (item));
          set_json (entry, "courses", voc_education_get_courses (item));
          merge_extra (entry, voc_education_get_extra (item));
          json_array_add_object_element (list, entry);
        }
      json_object_set_array_member (root, "education", list);
    }
  place_unplaced (root, extra, "education");

  certificates = G_LIST_MODEL (voc_repository_list (VOC_REPOSITORY (resume),
                                                    VOC_TYPE_CERTIFICATION, NULL));
  if (g_list_model_get_n_items (certificates) > 0)
    {
      JsonArray *list = json_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (certificates); i++)
        {
          g_autoptr(VocCertification) item = g_list_model_get_item (certificates, i);
          JsonObject *entry = json_object_new ();

          set_string (entry, "name", voc_certification_get_name (item));
          set_string (entry, "date", voc_certification_get_issued_on (item));
          set_string (entry, "issuer", voc_certification_get_issuer (item));
          set_string (entry, "url", voc_certification_get_url (item));
          merge_extra (entry, voc_certification_get_extra (item));
          json_array_add_object_element (list, entry);
        }
      json_object_set_array_member (root, "certificates", list);
    }
  place_unplaced (root, extra, "certificates");

  skills = list_of (resume, VOC_TYPE_SKILL, NULL);
  if (g_list_model_get_n_items (skills) > 0)
    {
      JsonArray *list = json_array_new ();
      g_autoptr(GEnumClass) levels = g_type_class_ref (VOC_TYPE_SKILL_LEVEL);

      for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
        {
          g_autoptr(VocSkill) item = g_list_model_get_item (skills, i);
          JsonObject *entry = json_object_new ();
          VocSkillLevel level = voc_skill_get_level (item);

          set_string (entry, "name", voc_skill_get_name (item));
          merge_extra (entry, voc_skill_get_extra (item));
          if (!json_object_has_member (entry, "level") && level != VOC_SKILL_LEVEL_UNKNOWN)
            {
              g_autofree char *text = g_strdup (g_enum_get_value (levels, level)->value_nick);

              text[0] = g_ascii_toupper (text[0]);
              json_object_set_string_member (entry, "level", text);
            }
          set_json (entry, "keywords", voc_skill_get_keywords (item));
          json_array_add_object_element (list, entry);
        }
      json_object_set_array_member (root, "skills", list);
    }
  place_unplaced (root, extra, "skills");

  projects = list_of (resume, VOC_TYPE_PROJECT, NULL);
  if (g_list_model_get_n_items (projects) > 0)
    {
      JsonArray *list = json_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
        {
          g_autoptr(VocProject) item = g_list_model_get_item (projects, i);
          JsonObject *entry = json_object_new ();

          set_string (entry, "name", voc_project_get_name (item));
          set_string (entry, "description", voc_project_get_description (item));
          set_string (entry, "url", voc_project_get_url (item));
          set_string (entry, "startDate", voc_project_get_start_date (item));
          set_string (entry, "endDate", voc_project_get_end_date (item));
          set_json (entry, "highlights", voc_project_get_highlights (item));
          set_json (entry, "keywords", voc_project_get_keywords (item));
          set_json (entry, "roles", voc_project_get_roles (item));
          set_string (entry, "entity", voc_project_get_entity (item));
          set_string (entry, "type", voc_project_get_project_type (item));
          merge_extra (entry, voc_project_get_extra (item));
          json_array_add_object_element (list, entry);
        }
      json_object_set_array_member (root, "projects", list);
    }
  place_unplaced (root, extra, "projects");

  languages = list_of (resume, VOC_TYPE_LANGUAGE, NULL);
  if (g_list_model_get_n_items (languages) > 0)
    {
      JsonArray *list = json_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (languages); i++)
        {
          g_autoptr(VocLanguage) item = g_list_model_get_item (languages, i);
          JsonObject *entry = json_object_new ();

          set_string (entry, "language", voc_language_get_language (item));
          set_string (entry, "fluency", voc_language_get_fluency (item));
          merge_extra (entry, voc_language_get_extra (item));
          json_array_add_object_element (list, entry);
        }
      json_object_set_array_member (root, "languages", list);
    }
  place_unplaced (root, extra, "languages");

  /* What was kept from an import may hold blanks (templates are full of ""); JSON Resume
   * has no use for them and its date patterns refuse them. */
  {
    g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), root);

    prune_blank (node);
  }

  /* A variant shows only the sections it names (the person's basics always). */
  if (rules.sections != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (root);

      for (GList *l = members; l != NULL; l = l->next)
        if (!g_str_equal (l->data, "basics") &&
            !g_strv_contains ((const char * const *) rules.sections, l->data))
          json_object_remove_member (root, l->data);
    }
  g_strfreev (rules.sections);

  if (sources != NULL)
    *sources = g_steal_pointer (&provenance);

  return g_steal_pointer (&root);
}
