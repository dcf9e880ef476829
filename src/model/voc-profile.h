/* voc-profile.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_PROFILE (voc_profile_get_type ())
G_DECLARE_FINAL_TYPE (VocProfile, voc_profile, VOC, PROFILE, VocEntity)

VocProfile *voc_profile_new (void);
const char *   voc_profile_get_full_name          (VocProfile *self);
void           voc_profile_set_full_name          (VocProfile *self,
                                                   const char *full_name);
const char *   voc_profile_get_headline           (VocProfile *self);
void           voc_profile_set_headline           (VocProfile *self,
                                                   const char *headline);
const char *   voc_profile_get_email              (VocProfile *self);
void           voc_profile_set_email              (VocProfile *self,
                                                   const char *email);
const char *   voc_profile_get_phone              (VocProfile *self);
void           voc_profile_set_phone              (VocProfile *self,
                                                   const char *phone);
const char *   voc_profile_get_location           (VocProfile *self);
void           voc_profile_set_location           (VocProfile *self,
                                                   const char *location);
const char *   voc_profile_get_website            (VocProfile *self);
void           voc_profile_set_website            (VocProfile *self,
                                                   const char *website);
const char *   voc_profile_get_linkedin_url       (VocProfile *self);
void           voc_profile_set_linkedin_url       (VocProfile *self,
                                                   const char *linkedin_url);
const char *   voc_profile_get_github_url         (VocProfile *self);
void           voc_profile_set_github_url         (VocProfile *self,
                                                   const char *github_url);
const char *   voc_profile_get_links              (VocProfile *self);
void           voc_profile_set_links              (VocProfile *self,
                                                   const char *links);
const char *   voc_profile_get_summary            (VocProfile *self);
void           voc_profile_set_summary            (VocProfile *self,
                                                   const char *summary);
const char *   voc_profile_get_work_authorization (VocProfile *self);
void           voc_profile_set_work_authorization (VocProfile *self,
                                                   const char *work_authorization);
gint64         voc_profile_get_salary_min_cents   (VocProfile *self);
void           voc_profile_set_salary_min_cents   (VocProfile *self,
                                                   gint64 salary_min_cents);
gint64         voc_profile_get_salary_max_cents   (VocProfile *self);
void           voc_profile_set_salary_max_cents   (VocProfile *self,
                                                   gint64 salary_max_cents);
const char *   voc_profile_get_salary_currency    (VocProfile *self);
void           voc_profile_set_salary_currency    (VocProfile *self,
                                                   const char *salary_currency);
VocRemoteMode  voc_profile_get_remote_preference  (VocProfile *self);
void           voc_profile_set_remote_preference  (VocProfile *self,
                                                   VocRemoteMode remote_preference);
const char *   voc_profile_get_target_roles       (VocProfile *self);
void           voc_profile_set_target_roles       (VocProfile *self,
                                                   const char *target_roles);
gint64         voc_profile_get_daily_goal         (VocProfile *self);
void           voc_profile_set_daily_goal         (VocProfile *self,
                                                   gint64 daily_goal);

const char *voc_profile_get_extra (VocProfile *self);
void        voc_profile_set_extra (VocProfile *self,
                                   const char *extra);

G_END_DECLS
