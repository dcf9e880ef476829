/* voc-project.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"

G_BEGIN_DECLS

#define VOC_TYPE_PROJECT (voc_project_get_type ())
G_DECLARE_FINAL_TYPE (VocProject, voc_project, VOC, PROJECT, VocEntity)

VocProject *voc_project_new (void);
const char * voc_project_get_name         (VocProject *self);
void         voc_project_set_name         (VocProject *self,
                                           const char *name);
const char * voc_project_get_description  (VocProject *self);
void         voc_project_set_description  (VocProject *self,
                                           const char *description);
const char * voc_project_get_url          (VocProject *self);
void         voc_project_set_url          (VocProject *self,
                                           const char *url);
const char * voc_project_get_start_date   (VocProject *self);
void         voc_project_set_start_date   (VocProject *self,
                                           const char *start_date);
const char * voc_project_get_end_date     (VocProject *self);
void         voc_project_set_end_date     (VocProject *self,
                                           const char *end_date);
const char * voc_project_get_highlights   (VocProject *self);
void         voc_project_set_highlights   (VocProject *self,
                                           const char *highlights);
const char * voc_project_get_keywords     (VocProject *self);
void         voc_project_set_keywords     (VocProject *self,
                                           const char *keywords);
const char * voc_project_get_roles        (VocProject *self);
void         voc_project_set_roles        (VocProject *self,
                                           const char *roles);
const char * voc_project_get_entity       (VocProject *self);
void         voc_project_set_entity       (VocProject *self,
                                           const char *entity);
const char * voc_project_get_project_type (VocProject *self);
void         voc_project_set_project_type (VocProject *self,
                                           const char *project_type);
gint64       voc_project_get_position     (VocProject *self);
void         voc_project_set_position     (VocProject *self,
                                           gint64 position);
const char * voc_project_get_extra        (VocProject *self);
void         voc_project_set_extra        (VocProject *self,
                                           const char *extra);

G_END_DECLS
