/* voc-ai-json.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-ai"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "voc-ai-client.h"
#include "voc-ai-json.h"

/*
 * JSON from a model, read tolerantly, and checked against a JSON schema.
 *
 * json-glib has no schema validator, so this is a small one for the subset our schemas use:
 * `type` (a name or a list of names), `properties`, `required`, `additionalProperties: false`,
 * `items` and `enum`. Anything else in a schema is ignored, so a schema must not rely on it.
 */

static JsonNode *
parse (const char  *text,
       gssize       len)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (!json_parser_load_from_data (parser, text, len, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return json_node_copy (root);
}

/* The first balanced {…} in text that parses, skipping braces inside strings. */
static JsonNode *
find_object (const char *text)
{
  for (const char *start = strchr (text, '{'); start != NULL; start = strchr (start + 1, '{'))
    {
      int depth = 0;
      gboolean in_string = FALSE;

      for (const char *p = start; *p != '\0'; p++)
        {
          if (in_string)
            {
              if (*p == '\\' && p[1] != '\0')
                p++;
              else if (*p == '"')
                in_string = FALSE;
            }
          else if (*p == '"')
            in_string = TRUE;
          else if (*p == '{')
            depth++;
          else if (*p == '}' && --depth == 0)
            {
              JsonNode *node = parse (start, p - start + 1);

              if (node != NULL)
                return node;
              break;
            }
        }
    }
  return NULL;
}

/**
 * voc_ai_json_extract:
 * @text: what a model answered
 * @error: return location for a #VOC_AI_ERROR_MALFORMED error
 *
 * Reads a JSON object from an answer: the whole text, else the inside of a ``` fence, else
 * the first balanced object in the text (models asked for JSON in the prompt often wrap it
 * in prose or fences).
 *
 * Returns: (transfer full): the object
 */
JsonNode *
voc_ai_json_extract (const char  *text,
                     GError     **error)
{
  JsonNode *node;
  const char *fence;

  if (text == NULL || *text == '\0')
    {
      g_set_error_literal (error, VOC_AI_ERROR, VOC_AI_ERROR_MALFORMED,
                           _("The model gave an empty answer where JSON was expected"));
      return NULL;
    }

  if ((node = parse (text, -1)) != NULL)
    return node;

  fence = strstr (text, "```");
  if (fence != NULL)
    {
      const char *body = strchr (fence, '\n');
      const char *end = body != NULL ? strstr (body, "```") : NULL;

      if (end != NULL && (node = parse (body + 1, end - body - 1)) != NULL)
        return node;
    }

  if ((node = find_object (text)) != NULL)
    return node;

  g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_MALFORMED,
               _("The model’s answer is not valid JSON: “%.60s%s”"), text,
               strlen (text) > 60 ? "…" : "");
  return NULL;
}

static const char *
node_type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "array";
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "string";
    case G_TYPE_BOOLEAN:
      return "boolean";
    case G_TYPE_INT64:
      return "integer";
    default:
      return "number";
    }
}

static gboolean
type_matches (const char *wanted,
              JsonNode   *value)
{
  const char *actual = node_type_name (value);

  if (g_str_equal (wanted, actual))
    return TRUE;
  /* An integer is a number; 3.0 is an integer in JSON Schema. */
  if (g_str_equal (wanted, "number") && g_str_equal (actual, "integer"))
    return TRUE;
  if (g_str_equal (wanted, "integer") && g_str_equal (actual, "number"))
    {
      double d = json_node_get_double (value);

      return d == (double) (gint64) d;
    }
  return FALSE;
}

static gboolean
validate (JsonObject *schema,
          JsonNode   *value,
          const char *path,
          GError    **error)
{
  JsonNode *type = json_object_get_member (schema, "type");

  if (type != NULL)
    {
      gboolean ok = FALSE;
      g_autoptr(GString) names = g_string_new (NULL);

      if (JSON_NODE_HOLDS_ARRAY (type))
        {
          JsonArray *types = json_node_get_array (type);

          for (guint i = 0; i < json_array_get_length (types); i++)
            {
              const char *name = json_array_get_string_element (types, i);

              ok = ok || (name != NULL && type_matches (name, value));
              g_string_append_printf (names, "%s%s", i > 0 ? " or " : "", name);
            }
        }
      else if (json_node_get_value_type (type) == G_TYPE_STRING)
        {
          ok = type_matches (json_node_get_string (type), value);
          g_string_append (names, json_node_get_string (type));
        }
      else
        ok = TRUE;

      if (!ok)
        {
          g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_INVALID_OUTPUT,
                       _("The model’s answer does not match the schema: %s should be %s, not %s"),
                       path, names->str, node_type_name (value));
          return FALSE;
        }
    }

  if (json_object_has_member (schema, "enum"))
    {
      JsonArray *values = json_object_get_array_member (schema, "enum");
      gboolean found = FALSE;

      for (guint i = 0; values != NULL && i < json_array_get_length (values) && !found; i++)
        found = json_node_equal (json_array_get_element (values, i), value);
      if (!found)
        {
          g_autofree char *text = json_to_string (value, FALSE);

          g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_INVALID_OUTPUT,
                       _("The model’s answer does not match the schema: %s is %s, which is not "
                         "one of the allowed values"), path, text);
          return FALSE;
        }
    }

  if (JSON_NODE_HOLDS_OBJECT (value))
    {
      JsonObject *object = json_node_get_object (value);
      JsonObject *properties = NULL;
      JsonNode *additional = json_object_get_member (schema, "additionalProperties");

      if (json_object_has_member (schema, "properties"))
        properties = json_object_get_object_member (schema, "properties");

      if (json_object_has_member (schema, "required"))
        {
          JsonArray *required = json_object_get_array_member (schema, "required");

          for (guint i = 0; required != NULL && i < json_array_get_length (required); i++)
            {
              const char *name = json_array_get_string_element (required, i);

              if (name != NULL && !json_object_has_member (object, name))
                {
                  g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_INVALID_OUTPUT,
                               _("The model’s answer does not match the schema: %s has no “%s”"),
                               path, name);
                  return FALSE;
                }
            }
        }

      {
        g_autoptr(GList) members = json_object_get_members (object);

        for (GList *l = members; l != NULL; l = l->next)
          {
            const char *name = l->data;
            g_autofree char *child_path = g_strdup_printf ("%s.%s", path, name);

            if (properties != NULL && json_object_has_member (properties, name))
              {
                JsonNode *sub = json_object_get_member (properties, name);

                if (JSON_NODE_HOLDS_OBJECT (sub) &&
                    !validate (json_node_get_object (sub), json_object_get_member (object, name),
                               child_path, error))
                  return FALSE;
              }
            else if (additional != NULL && JSON_NODE_HOLDS_VALUE (additional) &&
                     !json_node_get_boolean (additional))
              {
                g_set_error (error, VOC_AI_ERROR, VOC_AI_ERROR_INVALID_OUTPUT,
                             _("The model’s answer does not match the schema: %s is not expected"),
                             child_path);
                return FALSE;
              }
          }
      }
    }

  if (JSON_NODE_HOLDS_ARRAY (value) && json_object_has_member (schema, "items"))
    {
      JsonNode *items = json_object_get_member (schema, "items");
      JsonArray *array = json_node_get_array (value);

      for (guint i = 0; JSON_NODE_HOLDS_OBJECT (items) && i < json_array_get_length (array); i++)
        {
          g_autofree char *child_path = g_strdup_printf ("%s[%u]", path, i);

          if (!validate (json_node_get_object (items), json_array_get_element (array, i),
                         child_path, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * voc_ai_json_schema_validate:
 * @schema: a JSON schema (the subset described at the top of this file)
 * @value: the value to check
 * @error: return location for a #VOC_AI_ERROR_INVALID_OUTPUT error naming the path
 *
 * Returns: whether @value matches @schema
 */
gboolean
voc_ai_json_schema_validate (JsonNode  *schema,
                             JsonNode  *value,
                             GError   **error)
{
  g_return_val_if_fail (schema != NULL && JSON_NODE_HOLDS_OBJECT (schema), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  return validate (json_node_get_object (schema), value, "$", error);
}

/**
 * voc_ai_json_parse_schema:
 * @text: a schema as JSON text (a literal in the program)
 *
 * Returns: (transfer full): the schema; a programming error if @text is not a JSON object
 */
JsonNode *
voc_ai_json_parse_schema (const char *text)
{
  JsonNode *node = parse (text, -1);

  g_assert (node != NULL);
  return node;
}
