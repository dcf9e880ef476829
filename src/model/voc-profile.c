/* voc-profile.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-profile"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "voc-profile.h"

/* The candidate: one row of identity, links, preferences and goals. */
struct _VocProfile
{
  VocEntity parent_instance;

  char          *full_name;
  char          *headline;
  char          *email;
  char          *phone;
  char          *location;
  char          *website;
  char          *linkedin_url;
  char          *github_url;
  char          *links;
  char          *summary;
  char          *work_authorization;
  gint64         salary_min_cents;
  gint64         salary_max_cents;
  char          *salary_currency;
  VocRemoteMode  remote_preference;
  char          *target_roles;
  gint64         daily_goal;
  char              *extra;
};

G_DEFINE_FINAL_TYPE (VocProfile, voc_profile, VOC_TYPE_ENTITY)

static gboolean
voc_profile_validate (VocEntity  *entity,
                      GError    **error)
{
  VocProfile *self = (VocProfile *) entity;

  if (self->salary_min_cents >= 0 && self->salary_max_cents >= 0 &&
      self->salary_max_cents < self->salary_min_cents)
    {
      g_set_error (error, VOC_ENTITY_ERROR, VOC_ENTITY_ERROR_INVALID,
                   "profile.salary_max_cents: %s", _("the maximum is below the minimum"));
      return FALSE;
    }

  return TRUE;
}

static void
voc_profile_class_init (VocProfileClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "profile");
  entity_class->validate = voc_profile_validate;

  voc_entity_class_add_string (entity_class, "full_name",
                               G_STRUCT_OFFSET (VocProfile, full_name),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "headline",
                               G_STRUCT_OFFSET (VocProfile, headline),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "email",
                               G_STRUCT_OFFSET (VocProfile, email),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "phone",
                               G_STRUCT_OFFSET (VocProfile, phone),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "location",
                               G_STRUCT_OFFSET (VocProfile, location),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "website",
                               G_STRUCT_OFFSET (VocProfile, website),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "linkedin_url",
                               G_STRUCT_OFFSET (VocProfile, linkedin_url),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "github_url",
                               G_STRUCT_OFFSET (VocProfile, github_url),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "links",
                               G_STRUCT_OFFSET (VocProfile, links),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_string (entity_class, "summary",
                               G_STRUCT_OFFSET (VocProfile, summary),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "work_authorization",
                               G_STRUCT_OFFSET (VocProfile, work_authorization),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "salary_min_cents",
                            G_STRUCT_OFFSET (VocProfile, salary_min_cents),
                            0, G_MAXINT64, -1, VOC_COLUMN_NULLABLE);
  voc_entity_class_add_int (entity_class, "salary_max_cents",
                            G_STRUCT_OFFSET (VocProfile, salary_max_cents),
                            0, G_MAXINT64, -1, VOC_COLUMN_NULLABLE);
  voc_entity_class_add_string (entity_class, "salary_currency",
                               G_STRUCT_OFFSET (VocProfile, salary_currency),
                               VOC_COLUMN_CURRENCY);
  voc_entity_class_add_enum (entity_class, "remote_preference",
                             G_STRUCT_OFFSET (VocProfile, remote_preference),
                             VOC_TYPE_REMOTE_MODE, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "target_roles",
                               G_STRUCT_OFFSET (VocProfile, target_roles),
                               VOC_COLUMN_JSON);
  voc_entity_class_add_int (entity_class, "daily_goal",
                            G_STRUCT_OFFSET (VocProfile, daily_goal),
                            0, 1000, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "extra",
                               G_STRUCT_OFFSET (VocProfile, extra),
                               VOC_COLUMN_JSON);
}

static void
voc_profile_init (VocProfile *self)
{
}

VocProfile *
voc_profile_new (void)
{
  return g_object_new (VOC_TYPE_PROFILE, NULL);
}

const char *
voc_profile_get_full_name (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->full_name;
}

void
voc_profile_set_full_name (VocProfile *self,
                           const char *full_name)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "full-name", full_name, NULL);
}

const char *
voc_profile_get_headline (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->headline;
}

void
voc_profile_set_headline (VocProfile *self,
                          const char *headline)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "headline", headline, NULL);
}

const char *
voc_profile_get_email (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->email;
}

void
voc_profile_set_email (VocProfile *self,
                       const char *email)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "email", email, NULL);
}

const char *
voc_profile_get_phone (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->phone;
}

void
voc_profile_set_phone (VocProfile *self,
                       const char *phone)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "phone", phone, NULL);
}

const char *
voc_profile_get_location (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->location;
}

void
voc_profile_set_location (VocProfile *self,
                          const char *location)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "location", location, NULL);
}

const char *
voc_profile_get_website (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->website;
}

void
voc_profile_set_website (VocProfile *self,
                         const char *website)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "website", website, NULL);
}

const char *
voc_profile_get_linkedin_url (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->linkedin_url;
}

void
voc_profile_set_linkedin_url (VocProfile *self,
                              const char *linkedin_url)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "linkedin-url", linkedin_url, NULL);
}

const char *
voc_profile_get_github_url (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->github_url;
}

void
voc_profile_set_github_url (VocProfile *self,
                            const char *github_url)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "github-url", github_url, NULL);
}

const char *
voc_profile_get_links (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->links;
}

void
voc_profile_set_links (VocProfile *self,
                       const char *links)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "links", links, NULL);
}

const char *
voc_profile_get_summary (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->summary;
}

void
voc_profile_set_summary (VocProfile *self,
                         const char *summary)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "summary", summary, NULL);
}

const char *
voc_profile_get_work_authorization (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->work_authorization;
}

void
voc_profile_set_work_authorization (VocProfile *self,
                                    const char *work_authorization)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "work-authorization", work_authorization, NULL);
}

gint64
voc_profile_get_salary_min_cents (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), 0);

  return self->salary_min_cents;
}

void
voc_profile_set_salary_min_cents (VocProfile *self,
                                  gint64 salary_min_cents)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "salary-min-cents", salary_min_cents, NULL);
}

gint64
voc_profile_get_salary_max_cents (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), 0);

  return self->salary_max_cents;
}

void
voc_profile_set_salary_max_cents (VocProfile *self,
                                  gint64 salary_max_cents)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "salary-max-cents", salary_max_cents, NULL);
}

const char *
voc_profile_get_salary_currency (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->salary_currency;
}

void
voc_profile_set_salary_currency (VocProfile *self,
                                 const char *salary_currency)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "salary-currency", salary_currency, NULL);
}

VocRemoteMode
voc_profile_get_remote_preference (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), 0);

  return self->remote_preference;
}

void
voc_profile_set_remote_preference (VocProfile *self,
                                   VocRemoteMode remote_preference)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "remote-preference", remote_preference, NULL);
}

const char *
voc_profile_get_target_roles (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->target_roles;
}

void
voc_profile_set_target_roles (VocProfile *self,
                              const char *target_roles)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "target-roles", target_roles, NULL);
}

gint64
voc_profile_get_daily_goal (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), 0);

  return self->daily_goal;
}

void
voc_profile_set_daily_goal (VocProfile *self,
                            gint64 daily_goal)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "daily-goal", daily_goal, NULL);
}

const char *
voc_profile_get_extra (VocProfile *self)
{
  g_return_val_if_fail (VOC_IS_PROFILE (self), NULL);

  return self->extra;
}

void
voc_profile_set_extra (VocProfile *self,
                       const char *extra)
{
  g_return_if_fail (VOC_IS_PROFILE (self));

  g_object_set (self, "extra", extra, NULL);
}
