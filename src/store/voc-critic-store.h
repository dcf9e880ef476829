/* voc-critic-store.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-database.h"
#include "voc-model.h"

G_BEGIN_DECLS

VocCriticLog *voc_critic_store_log          (VocDatabase      *db,
                                             VocCriticTarget   target_kind,
                                             gint64            target_id,
                                             const char       *scores,
                                             const char       *issues,
                                             gint64            run_id,
                                             GError          **error);
GPtrArray    *voc_critic_store_list         (VocDatabase      *db,
                                             VocCriticTarget   target_kind,
                                             gint64            target_id,
                                             GError          **error);
GStrv         voc_critic_store_dup_library  (VocDatabase      *db,
                                             GError          **error);

G_END_DECLS
