/* voc-engagement.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_ENGAGEMENT (voc_engagement_get_type ())
G_DECLARE_FINAL_TYPE (VocEngagement, voc_engagement, VOC, ENGAGEMENT, VocEntity)

VocEngagement *voc_engagement_new (void);
gint64       voc_engagement_get_experience_id   (VocEngagement *self);
void         voc_engagement_set_experience_id   (VocEngagement *self,
                                                 gint64 experience_id);
const char * voc_engagement_get_client          (VocEngagement *self);
void         voc_engagement_set_client          (VocEngagement *self,
                                                 const char *client);
const char * voc_engagement_get_project         (VocEngagement *self);
void         voc_engagement_set_project         (VocEngagement *self,
                                                 const char *project);
const char * voc_engagement_get_engagement_type (VocEngagement *self);
void         voc_engagement_set_engagement_type (VocEngagement *self,
                                                 const char *engagement_type);
const char * voc_engagement_get_date_label      (VocEngagement *self);
void         voc_engagement_set_date_label      (VocEngagement *self,
                                                 const char *date_label);
const char * voc_engagement_get_domain_tags     (VocEngagement *self);
void         voc_engagement_set_domain_tags     (VocEngagement *self,
                                                 const char *domain_tags);
const char * voc_engagement_get_technology_tags (VocEngagement *self);
void         voc_engagement_set_technology_tags (VocEngagement *self,
                                                 const char *technology_tags);
gboolean     voc_engagement_get_confidential    (VocEngagement *self);
void         voc_engagement_set_confidential    (VocEngagement *self,
                                                 gboolean confidential);
gint64       voc_engagement_get_position        (VocEngagement *self);
void         voc_engagement_set_position        (VocEngagement *self,
                                                 gint64 position);

G_END_DECLS
