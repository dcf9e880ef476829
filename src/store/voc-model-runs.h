/* voc-model-runs.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-database.h"

G_BEGIN_DECLS

/**
 * VocModelRunRecord:
 * @purpose: what the call was for
 * @provider: (nullable): the provider's host
 * @model: (nullable): the model
 * @application_id: the application, or 0
 * @posting_id: the posting, or 0
 * @tokens_in: prompt tokens
 * @tokens_out: completion tokens
 * @latency_ms: wall time of the call, retries included
 * @outcome: "ok", "error", "cancelled", "refused" or "truncated"
 * @error: (nullable): the message of a failed call
 * @roles: (array length=n_io): the role of each recorded message
 * @contents: (array length=n_io): each message, secrets already removed
 * @n_io: how many messages
 *
 * One finished call to a model, written as a `model_run` row and its `model_io` rows.
 */
typedef struct
{
  const char         *purpose;
  const char         *provider;
  const char         *model;
  gint64              application_id;
  gint64              posting_id;
  gint64              tokens_in;
  gint64              tokens_out;
  gint64              latency_ms;
  const char         *outcome;
  const char         *error;
  const char * const *roles;
  const char * const *contents;
  guint               n_io;
} VocModelRunRecord;

/**
 * VocModelUsageGroup:
 * @VOC_MODEL_USAGE_BY_MONTH: one row per month (key "YYYY-MM") and model
 * @VOC_MODEL_USAGE_BY_APPLICATION: one row per application (key its id, "" for none) and model
 */
typedef enum
{
  VOC_MODEL_USAGE_BY_MONTH,
  VOC_MODEL_USAGE_BY_APPLICATION,
} VocModelUsageGroup;

typedef struct
{
  char   *key;
  char   *model;
  gint64  runs;
  gint64  tokens_in;
  gint64  tokens_out;
} VocModelUsageRow;

gint64     voc_model_runs_record (VocDatabase              *db,
                                  const VocModelRunRecord  *record,
                                  GError                  **error);
GPtrArray *voc_model_runs_usage  (VocDatabase              *db,
                                  VocModelUsageGroup        group,
                                  GError                  **error);
void       voc_model_usage_row_free (VocModelUsageRow      *row);

char      *voc_model_runs_lookup_analysis (VocDatabase     *db,
                                           const char      *text_sha256,
                                           const char      *model,
                                           GError         **error);
gboolean   voc_model_runs_store_analysis  (VocDatabase     *db,
                                           const char      *text_sha256,
                                           const char      *model,
                                           const char      *analysis,
                                           gint64           run_id,
                                           GError         **error);

/**
 * VocPrivacyFacts:
 * @contacts: (element-type VocPrivacyContact): the user's contacts, deleted ones too
 * @confidential_clients: clients of engagements marked confidential
 * @user_email: (nullable): the user's own e-mail address
 * @user_phone: (nullable): the user's own phone number
 * @user_address: (nullable): where the user lives, as the profile says
 *
 * What must not leave the machine as it is: the data an AI prompt is redacted against.
 */
typedef struct
{
  char *name;
  char *email;
  char *phone;
} VocPrivacyContact;

typedef struct
{
  GPtrArray *contacts;
  GStrv      confidential_clients;
  char      *user_email;
  char      *user_phone;
  char      *user_address;
} VocPrivacyFacts;

gint64     voc_model_runs_approve         (VocDatabase     *db,
                                           const char      *purpose,
                                           const char      *content,
                                           gint64           source_run_id,
                                           GError         **error);
GStrv      voc_model_runs_style_examples  (VocDatabase     *db,
                                           const char      *purpose,
                                           guint            limit,
                                           GError         **error);

VocPrivacyFacts *voc_model_runs_load_privacy (VocDatabase      *db,
                                              GError          **error);
void             voc_privacy_facts_free      (VocPrivacyFacts  *facts);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocPrivacyFacts, voc_privacy_facts_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocModelUsageRow, voc_model_usage_row_free)

G_END_DECLS
