/* json-resume-util.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <string.h>

/* A JSON Resume as it should come back from the library: empty strings, lists and objects
 * dropped (they say nothing), and the older key names of the modelled sections under their
 * JSON Resume 1.2.1 names. */
static inline void
normalize_json_resume_node (JsonNode   *node,
                            const char *section)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        normalize_json_resume_node (json_array_get_element (array, i), section);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);
      static const char *renames[][3] = {
        { "work", "company", "name" }, { "work", "website", "url" },
        { "basics", "website", "url" }, { "basics", "picture", "image" },
        { "education", "gpa", "score" }, { "education", "website", "url" },
        { "languages", "level", "fluency" },
      };

      for (GList *l = members; l != NULL; l = l->next)
        {
          /* A copy: removing the member frees the object's own key. */
          g_autofree char *key = g_strdup (l->data);
          JsonNode *child = json_object_get_member (object, key);
          gboolean top = section == NULL;

          normalize_json_resume_node (child, top ? key : section);

          if ((JSON_NODE_HOLDS_VALUE (child) &&
               json_node_get_value_type (child) == G_TYPE_STRING &&
               *json_node_get_string (child) == '\0') ||
              (JSON_NODE_HOLDS_ARRAY (child) &&
               json_array_get_length (json_node_get_array (child)) == 0) ||
              (JSON_NODE_HOLDS_OBJECT (child) &&
               json_object_get_size (json_node_get_object (child)) == 0))
            {
              json_object_remove_member (object, key);
              continue;
            }

          for (guint r = 0; !top && r < G_N_ELEMENTS (renames); r++)
            if (g_str_equal (section, renames[r][0]) && g_str_equal (key, renames[r][1]) &&
                !json_object_has_member (object, renames[r][2]))
              {
                json_object_set_member (object, renames[r][2], json_node_copy (child));
                json_object_remove_member (object, key);
                break;
              }
        }
    }

  /* Arrays of empty things became arrays of nothing: drop the empties. */
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = json_array_get_length (array); i > 0; i--)
        {
          JsonNode *child = json_array_get_element (array, i - 1);

          if ((JSON_NODE_HOLDS_OBJECT (child) &&
               json_object_get_size (json_node_get_object (child)) == 0) ||
              (JSON_NODE_HOLDS_VALUE (child) &&
               json_node_get_value_type (child) == G_TYPE_STRING &&
               *json_node_get_string (child) == '\0'))
            json_array_remove_element (array, i - 1);
        }
    }
}

static inline void
normalize_json_resume (JsonNode *root)
{
  JsonObject *object = json_node_get_object (root);

  /* The schema reference is not resume content. */
  json_object_remove_member (object, "$schema");
  normalize_json_resume_node (root, NULL);
}
