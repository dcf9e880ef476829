/* voc-interview-session.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-interview-session"

#include "config.h"

#include "voc-interview-session.h"

/* A practice interview. */
struct _VocInterviewSession
{
  VocEntity parent_instance;

  gint64            application_id;
  char             *title;
  VocInterviewKind  kind;
  GDateTime        *started_at;
  GDateTime        *ended_at;
  char             *notes;
  gint64            score;
};

G_DEFINE_FINAL_TYPE (VocInterviewSession, voc_interview_session, VOC_TYPE_ENTITY)

static void
voc_interview_session_class_init (VocInterviewSessionClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "interview_session");

  voc_entity_class_add_reference (entity_class, "application_id",
                                  G_STRUCT_OFFSET (VocInterviewSession, application_id),
                                  "job_application", VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "title",
                               G_STRUCT_OFFSET (VocInterviewSession, title),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_enum (entity_class, "kind",
                             G_STRUCT_OFFSET (VocInterviewSession, kind),
                             VOC_TYPE_INTERVIEW_KIND, 0, VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "started_at",
                                  G_STRUCT_OFFSET (VocInterviewSession, started_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_date_time (entity_class, "ended_at",
                                  G_STRUCT_OFFSET (VocInterviewSession, ended_at),
                                  VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "notes",
                               G_STRUCT_OFFSET (VocInterviewSession, notes),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "score",
                            G_STRUCT_OFFSET (VocInterviewSession, score),
                            0, 100, -1, VOC_COLUMN_NULLABLE);
}

static void
voc_interview_session_init (VocInterviewSession *self)
{
}

VocInterviewSession *
voc_interview_session_new (void)
{
  return g_object_new (VOC_TYPE_INTERVIEW_SESSION, NULL);
}

gint64
voc_interview_session_get_application_id (VocInterviewSession *self)
{
  g_return_val_if_fail (VOC_IS_INTERVIEW_SESSION (self), 0);

  return self->application_id;
}

void
voc_interview_session_set_application_id (VocInterviewSession *self,
                                          gint64 application_id)
{
  g_return_if_fail (VOC_IS_INTERVIEW_SESSION (self));

  g_object_set (self, "application-id", application_id, NULL);
}

const char *
voc_interview_session_get_title (VocInterviewSession *self)
{
  g_return_val_if_fail (VOC_IS_INTERVIEW_SESSION (self), NULL);

  return self->title;
}

void
voc_interview_session_set_title (VocInterviewSession *self,
                                 const char *title)
{
  g_return_if_fail (VOC_IS_INTERVIEW_SESSION (self));

  g_object_set (self, "title", title, NULL);
}

VocInterviewKind
voc_interview_session_get_kind (VocInterviewSession *self)
{
  g_return_val_if_fail (VOC_IS_INTERVIEW_SESSION (self), 0);

  return self->kind;
}

void
voc_interview_session_set_kind (VocInterviewSession *self,
                                VocInterviewKind kind)
{
  g_return_if_fail (VOC_IS_INTERVIEW_SESSION (self));

  g_object_set (self, "kind", kind, NULL);
}

GDateTime *
voc_interview_session_get_started_at (VocInterviewSession *self)
{
  g_return_val_if_fail (VOC_IS_INTERVIEW_SESSION (self), NULL);

  return self->started_at;
}

void
voc_interview_session_set_started_at (VocInterviewSession *self,
                                      GDateTime *started_at)
{
  g_return_if_fail (VOC_IS_INTERVIEW_SESSION (self));

  g_object_set (self, "started-at", started_at, NULL);
}

GDateTime *
voc_interview_session_get_ended_at (VocInterviewSession *self)
{
  g_return_val_if_fail (VOC_IS_INTERVIEW_SESSION (self), NULL);

  return self->ended_at;
}

void
voc_interview_session_set_ended_at (VocInterviewSession *self,
                                    GDateTime *ended_at)
{
  g_return_if_fail (VOC_IS_INTERVIEW_SESSION (self));

  g_object_set (self, "ended-at", ended_at, NULL);
}

const char *
voc_interview_session_get_notes (VocInterviewSession *self)
{
  g_return_val_if_fail (VOC_IS_INTERVIEW_SESSION (self), NULL);

  return self->notes;
}

void
voc_interview_session_set_notes (VocInterviewSession *self,
                                 const char *notes)
{
  g_return_if_fail (VOC_IS_INTERVIEW_SESSION (self));

  g_object_set (self, "notes", notes, NULL);
}

gint64
voc_interview_session_get_score (VocInterviewSession *self)
{
  g_return_val_if_fail (VOC_IS_INTERVIEW_SESSION (self), 0);

  return self->score;
}

void
voc_interview_session_set_score (VocInterviewSession *self,
                                 gint64 score)
{
  g_return_if_fail (VOC_IS_INTERVIEW_SESSION (self));

  g_object_set (self, "score", score, NULL);
}
