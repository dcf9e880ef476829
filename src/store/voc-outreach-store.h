/* voc-outreach-store.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-database.h"
#include "voc-model.h"

G_BEGIN_DECLS

/**
 * VocOutreachContext:
 * @application_id: the application the message is about
 * @posting_id: its posting
 * @company_id: the posting's company, or 0
 * @role: (nullable): the posting's title
 * @company: (nullable): the company's name
 * @posting_text: (nullable): the posting's text
 * @user_name: (nullable): the user's name, from the profile
 * @headline: (nullable): the user's headline
 * @highlights: the user's strongest bullets (most important first, at most three)
 *
 * What a message to a contact is written from.
 */
typedef struct
{
  gint64  application_id;
  gint64  posting_id;
  gint64  company_id;
  char   *role;
  char   *company;
  char   *posting_text;
  char   *user_name;
  char   *headline;
  GStrv   highlights;
} VocOutreachContext;

VocOutreachContext *voc_outreach_store_dup_context  (VocDatabase         *db,
                                                     gint64               application_id,
                                                     GError             **error);
void                voc_outreach_context_free       (VocOutreachContext  *context);
GPtrArray          *voc_outreach_store_list_contacts (VocDatabase        *db,
                                                     gint64               company_id,
                                                     GError             **error);
gboolean            voc_outreach_store_save_draft   (VocDatabase         *db,
                                                     VocOutreach         *message,
                                                     GError             **error);
gboolean            voc_outreach_store_mark_sent    (VocDatabase         *db,
                                                     VocOutreach         *message,
                                                     GDateTime           *sent_at,
                                                     gint64               approved_run_id,
                                                     GError             **error);
GPtrArray          *voc_outreach_store_list         (VocDatabase         *db,
                                                     gint64               application_id,
                                                     GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocOutreachContext, voc_outreach_context_free)

G_END_DECLS
