/* voc-repository.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "voc-database.h"
#include "voc-entity.h"
#include "voc-entity-list.h"
#include "voc-enums.h"

G_BEGIN_DECLS

#define VOC_TYPE_REPOSITORY (voc_repository_get_type ())
G_DECLARE_DERIVABLE_TYPE (VocRepository, voc_repository, VOC, REPOSITORY, GObject)

struct _VocRepositoryClass
{
  GObjectClass parent_class;

  /*< private >*/
  gpointer padding[8];
};

void           voc_repository_class_add_type   (VocRepositoryClass  *klass,
                                                GType                entity_type);

VocDatabase   *voc_repository_get_database     (VocRepository       *self);
VocAuditActor  voc_repository_get_actor        (VocRepository       *self);
void           voc_repository_set_actor        (VocRepository       *self,
                                                VocAuditActor        actor);
gboolean       voc_repository_owns_type        (VocRepository       *self,
                                                GType                entity_type);

gboolean       voc_repository_insert           (VocRepository       *self,
                                                gpointer             entity,
                                                GError             **error);
gboolean       voc_repository_update           (VocRepository       *self,
                                                gpointer             entity,
                                                GError             **error);
gboolean       voc_repository_delete           (VocRepository       *self,
                                                gpointer             entity,
                                                GError             **error);
gpointer       voc_repository_find             (VocRepository       *self,
                                                GType                entity_type,
                                                gint64               id,
                                                GError             **error);
VocEntityList *voc_repository_list             (VocRepository       *self,
                                                GType                entity_type,
                                                const char          *order_by);
VocEntityList *voc_repository_list_where       (VocRepository       *self,
                                                GType                entity_type,
                                                const char          *where,
                                                const char          *order_by,
                                                const char          *text_param);
VocEntityList *voc_repository_search           (VocRepository       *self,
                                                GType                entity_type,
                                                const char          *text);
gint64         voc_repository_count            (VocRepository       *self,
                                                GType                entity_type,
                                                GError             **error);

G_END_DECLS
