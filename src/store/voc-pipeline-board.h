/* voc-pipeline-board.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity-list.h"
#include "voc-repositories.h"

G_BEGIN_DECLS

/**
 * VocCardFacts:
 * @fit_score: the latest fit score of the application's posting, or -1 when none is stored
 * @next_step: (nullable): the title of the next open task or coming event
 * @next_at: (nullable): when that step is due or starts
 *
 * What a card on the board shows besides the application's own columns.
 */
typedef struct
{
  int        fit_score;
  char      *next_step;
  GDateTime *next_at;
} VocCardFacts;

void               voc_card_facts_clear                        (VocCardFacts           *facts);

VocEntityList     *voc_pipeline_repository_list_stage          (VocPipelineRepository  *self,
                                                                VocStage                stage);
gboolean           voc_pipeline_repository_get_card_facts      (VocPipelineRepository  *self,
                                                                gint64                  application_id,
                                                                GDateTime              *now,
                                                                VocCardFacts           *facts,
                                                                GError                **error);
VocJobApplication *voc_pipeline_repository_create_application  (VocPipelineRepository  *self,
                                                                gint64                  posting_id,
                                                                gboolean               *created,
                                                                GError                **error);
VocEntityList     *voc_pipeline_repository_list_due_tasks       (VocPipelineRepository  *self,
                                                                GDateTime              *until);
VocEntityList     *voc_pipeline_repository_list_events_between (VocPipelineRepository  *self,
                                                                GDateTime              *from,
                                                                GDateTime              *until);
gint64             voc_pipeline_repository_count_applied_since (VocPipelineRepository  *self,
                                                                GDateTime              *since,
                                                                GError                **error);
GPtrArray         *voc_pipeline_repository_dup_related         (VocPipelineRepository  *self,
                                                                GType                   entity_type,
                                                                gint64                  application_id,
                                                                GError                **error);

G_END_DECLS
