/* voc-ai-secrets.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-ai"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>
#include <string.h>

#include "voc-ai-secrets.h"

/*
 * API keys of AI providers, one per base URL, in the keyring through libsecret's asynchronous
 * password API. The attributes (service, base URL) are not encrypted and hold nothing secret.
 *
 * When no Secret Service answers, or the keyring is locked or refuses, the key is kept in this
 * object's memory for the run only, :session-only turns TRUE and :notice says so for the UI.
 * The key is never written to the database, to GSettings or to a log: no message of this
 * file contains it.
 */

#define SERVICE "ai-provider"

struct _VocAiSecrets
{
  GObject     parent_instance;

  GHashTable *session;       /* base URL → key, when the keyring is unavailable */
  gboolean    session_only;
  char       *notice;
};

G_DEFINE_FINAL_TYPE (VocAiSecrets, voc_ai_secrets, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SESSION_ONLY,
  PROP_NOTICE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  char *base_url;
  char *api_key;
} Op;

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    APPLICATION_ID, SECRET_SCHEMA_NONE,
    {
      { "service", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "base-url", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

static void
wipe_free (char *secret)
{
  if (secret != NULL)
    memset (secret, 0, strlen (secret));
  g_free (secret);
}

static void
op_free (Op *op)
{
  g_free (op->base_url);
  wipe_free (op->api_key);
  g_free (op);
}

/* The keyring could not be used: say why (never with the key) and keep keys in memory. */
static void
fall_back (VocAiSecrets *self,
           const GError *error)
{
  g_autofree char *notice = NULL;

  if (g_error_matches (error, SECRET_ERROR, SECRET_ERROR_IS_LOCKED))
    notice = g_strdup (_("The keyring is locked, so the API key is kept for this session only. "
                         "Unlock the keyring and enter the key again to keep it."));
  else
    notice = g_strdup (_("No keyring is available, so the API key is kept for this session "
                         "only and must be entered again next time."));
  g_debug ("Keyring unavailable (%s); keeping API keys in memory", error->message);

  if (g_strcmp0 (self->notice, notice) != 0)
    {
      g_free (self->notice);
      self->notice = g_steal_pointer (&notice);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTICE]);
    }
  if (!self->session_only)
    {
      self->session_only = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION_ONLY]);
    }
}

static void
on_store_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  VocAiSecrets *self = g_task_get_source_object (task);
  Op *op = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (secret_password_store_finish (result, &error))
    {
      /* A key kept in memory earlier is now safe in the keyring. */
      g_hash_table_remove (self->session, op->base_url);
      g_task_return_int (task, VOC_AI_KEY_KEYRING);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  fall_back (self, error);
  g_hash_table_replace (self->session, g_strdup (op->base_url), g_strdup (op->api_key));
  g_task_return_int (task, VOC_AI_KEY_SESSION);
}

static void
on_lookup_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  VocAiSecrets *self = g_task_get_source_object (task);
  Op *op = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  char *key;

  key = secret_password_lookup_finish (result, &error);
  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (error != NULL)
    fall_back (self, error);

  if (key != NULL)
    {
      char *copy = g_strdup (key);

      secret_password_free (key);
      g_task_set_task_data (task, GINT_TO_POINTER (VOC_AI_KEY_KEYRING), NULL);
      g_task_return_pointer (task, copy, (GDestroyNotify) wipe_free);
      return;
    }

  /* Nothing in the keyring (or no keyring): a key entered earlier in this run. */
  key = g_strdup (g_hash_table_lookup (self->session, op->base_url));
  g_task_set_task_data (task, GINT_TO_POINTER (key != NULL ? VOC_AI_KEY_SESSION
                                                           : VOC_AI_KEY_NONE), NULL);
  g_task_return_pointer (task, key, (GDestroyNotify) wipe_free);
}

static void
on_clear_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  secret_password_clear_finish (result, &error);
  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    /* Without a keyring there is nothing there to clear; the memory copy is gone already. */
    g_task_return_boolean (task, TRUE);
}

static void
voc_ai_secrets_finalize (GObject *object)
{
  VocAiSecrets *self = VOC_AI_SECRETS (object);

  g_hash_table_unref (self->session);
  g_free (self->notice);
  G_OBJECT_CLASS (voc_ai_secrets_parent_class)->finalize (object);
}

static void
voc_ai_secrets_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VocAiSecrets *self = VOC_AI_SECRETS (object);

  switch (prop_id)
    {
    case PROP_SESSION_ONLY:
      g_value_set_boolean (value, self->session_only);
      break;
    case PROP_NOTICE:
      g_value_set_string (value, self->notice);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_ai_secrets_class_init (VocAiSecretsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = voc_ai_secrets_finalize;
  object_class->get_property = voc_ai_secrets_get_property;

  /**
   * VocAiSecrets:session-only:
   *
   * Whether keys are kept in memory for this run because the keyring is unavailable.
   */
  properties[PROP_SESSION_ONLY] =
    g_param_spec_boolean ("session-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * VocAiSecrets:notice:
   *
   * A sentence for the UI that says why keys are kept for this session only, or %NULL.
   */
  properties[PROP_NOTICE] =
    g_param_spec_string ("notice", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
voc_ai_secrets_init (VocAiSecrets *self)
{
  self->session = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) wipe_free);
}

VocAiSecrets *
voc_ai_secrets_new (void)
{
  return g_object_new (VOC_TYPE_AI_SECRETS, NULL);
}

gboolean
voc_ai_secrets_get_session_only (VocAiSecrets *self)
{
  g_return_val_if_fail (VOC_IS_AI_SECRETS (self), FALSE);
  return self->session_only;
}

const char *
voc_ai_secrets_get_notice (VocAiSecrets *self)
{
  g_return_val_if_fail (VOC_IS_AI_SECRETS (self), NULL);
  return self->notice;
}

/**
 * voc_ai_secrets_store_async:
 * @self: the store
 * @base_url: the provider the key is for
 * @api_key: the key
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the key is stored
 * @user_data: data for @callback
 *
 * Stores the key in the keyring, or for this session only when the keyring is unavailable
 * (the finish function says which).
 */
void
voc_ai_secrets_store_async (VocAiSecrets        *self,
                            const char          *base_url,
                            const char          *api_key,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *label = NULL;
  Op *op;

  g_return_if_fail (VOC_IS_AI_SECRETS (self));
  g_return_if_fail (base_url != NULL && api_key != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_ai_secrets_store_async);
  op = g_new0 (Op, 1);
  op->base_url = g_strdup (base_url);
  op->api_key = g_strdup (api_key);
  g_task_set_task_data (task, op, (GDestroyNotify) op_free);

  /* TRANSLATORS: the label of the API key in the keyring (Seahorse shows it) */
  label = g_strdup_printf (_("Vocation AI provider key for %s"), base_url);
  secret_password_store (get_schema (), SECRET_COLLECTION_DEFAULT, label, api_key, cancellable,
                         on_store_cb, g_steal_pointer (&task),
                         "service", SERVICE, "base-url", base_url, NULL);
}

/**
 * voc_ai_secrets_store_finish:
 *
 * Returns: where the key is kept (#VOC_AI_KEY_KEYRING or #VOC_AI_KEY_SESSION), or
 *   #VOC_AI_KEY_NONE with @error set when cancelled
 */
VocAiKeyStorage
voc_ai_secrets_store_finish (VocAiSecrets  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  gssize storage;

  g_return_val_if_fail (g_task_is_valid (result, self), VOC_AI_KEY_NONE);

  storage = g_task_propagate_int (G_TASK (result), error);
  return storage < 0 ? VOC_AI_KEY_NONE : (VocAiKeyStorage) storage;
}

void
voc_ai_secrets_lookup_async (VocAiSecrets        *self,
                             const char          *base_url,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Op *op;

  g_return_if_fail (VOC_IS_AI_SECRETS (self));
  g_return_if_fail (base_url != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_ai_secrets_lookup_async);
  op = g_new0 (Op, 1);
  op->base_url = g_strdup (base_url);
  g_task_set_task_data (task, op, (GDestroyNotify) op_free);
  secret_password_lookup (get_schema (), cancellable, on_lookup_cb, g_steal_pointer (&task),
                          "service", SERVICE, "base-url", base_url, NULL);
}

/**
 * voc_ai_secrets_lookup_finish:
 * @self: the store
 * @result: the result
 * @storage: (out) (optional): where the key was found
 * @error: return location for an error (only cancellation)
 *
 * Returns: (transfer full) (nullable): the key, or %NULL when none is stored
 */
char *
voc_ai_secrets_lookup_finish (VocAiSecrets     *self,
                              GAsyncResult     *result,
                              VocAiKeyStorage  *storage,
                              GError          **error)
{
  gpointer data;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (storage != NULL)
    *storage = g_task_had_error (G_TASK (result)) ? VOC_AI_KEY_NONE
                                                  : (VocAiKeyStorage) GPOINTER_TO_INT (data);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
voc_ai_secrets_clear_async (VocAiSecrets        *self,
                            const char          *base_url,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (VOC_IS_AI_SECRETS (self));
  g_return_if_fail (base_url != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_ai_secrets_clear_async);
  g_hash_table_remove (self->session, base_url);
  secret_password_clear (get_schema (), cancellable, on_clear_cb, g_steal_pointer (&task),
                         "service", SERVICE, "base-url", base_url, NULL);
}

gboolean
voc_ai_secrets_clear_finish (VocAiSecrets  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
