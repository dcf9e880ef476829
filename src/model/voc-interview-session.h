/* voc-interview-session.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_INTERVIEW_SESSION (voc_interview_session_get_type ())
G_DECLARE_FINAL_TYPE (VocInterviewSession, voc_interview_session, VOC, INTERVIEW_SESSION, VocEntity)

VocInterviewSession *voc_interview_session_new (void);
gint64            voc_interview_session_get_application_id (VocInterviewSession *self);
void              voc_interview_session_set_application_id (VocInterviewSession *self,
                                                            gint64 application_id);
const char *      voc_interview_session_get_title          (VocInterviewSession *self);
void              voc_interview_session_set_title          (VocInterviewSession *self,
                                                            const char *title);
VocInterviewKind  voc_interview_session_get_kind           (VocInterviewSession *self);
void              voc_interview_session_set_kind           (VocInterviewSession *self,
                                                            VocInterviewKind kind);
GDateTime *       voc_interview_session_get_started_at     (VocInterviewSession *self);
void              voc_interview_session_set_started_at     (VocInterviewSession *self,
                                                            GDateTime *started_at);
GDateTime *       voc_interview_session_get_ended_at       (VocInterviewSession *self);
void              voc_interview_session_set_ended_at       (VocInterviewSession *self,
                                                            GDateTime *ended_at);
const char *      voc_interview_session_get_notes          (VocInterviewSession *self);
void              voc_interview_session_set_notes          (VocInterviewSession *self,
                                                            const char *notes);
gint64            voc_interview_session_get_score          (VocInterviewSession *self);
void              voc_interview_session_set_score          (VocInterviewSession *self,
                                                            gint64 score);

G_END_DECLS
