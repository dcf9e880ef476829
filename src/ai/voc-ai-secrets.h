/* voc-ai-secrets.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * VocAiKeyStorage:
 * @VOC_AI_KEY_NONE: no key is stored
 * @VOC_AI_KEY_KEYRING: the key is in the keyring
 * @VOC_AI_KEY_SESSION: no keyring answered (or it is locked): the key is kept in memory for
 *   this run only and is gone when Vocation quits
 */
typedef enum
{
  VOC_AI_KEY_NONE,
  VOC_AI_KEY_KEYRING,
  VOC_AI_KEY_SESSION,
} VocAiKeyStorage;

#define VOC_TYPE_AI_SECRETS (voc_ai_secrets_get_type ())
G_DECLARE_FINAL_TYPE (VocAiSecrets, voc_ai_secrets, VOC, AI_SECRETS, GObject)

VocAiSecrets    *voc_ai_secrets_new              (void);

gboolean         voc_ai_secrets_get_session_only (VocAiSecrets         *self);
const char      *voc_ai_secrets_get_notice       (VocAiSecrets         *self);

void             voc_ai_secrets_store_async      (VocAiSecrets         *self,
                                                  const char           *base_url,
                                                  const char           *api_key,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
VocAiKeyStorage  voc_ai_secrets_store_finish     (VocAiSecrets         *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
void             voc_ai_secrets_lookup_async     (VocAiSecrets         *self,
                                                  const char           *base_url,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
char            *voc_ai_secrets_lookup_finish    (VocAiSecrets         *self,
                                                  GAsyncResult         *result,
                                                  VocAiKeyStorage      *storage,
                                                  GError              **error);
void             voc_ai_secrets_clear_async      (VocAiSecrets         *self,
                                                  const char           *base_url,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean         voc_ai_secrets_clear_finish     (VocAiSecrets         *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);

G_END_DECLS
