/* voc-interview-question.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"

G_BEGIN_DECLS

#define VOC_TYPE_INTERVIEW_QUESTION (voc_interview_question_get_type ())
G_DECLARE_FINAL_TYPE (VocInterviewQuestion, voc_interview_question, VOC, INTERVIEW_QUESTION, VocEntity)

VocInterviewQuestion *voc_interview_question_new (void);
gint64       voc_interview_question_get_session_id (VocInterviewQuestion *self);
void         voc_interview_question_set_session_id (VocInterviewQuestion *self,
                                                    gint64 session_id);
const char * voc_interview_question_get_question   (VocInterviewQuestion *self);
void         voc_interview_question_set_question   (VocInterviewQuestion *self,
                                                    const char *question);
const char * voc_interview_question_get_answer     (VocInterviewQuestion *self);
void         voc_interview_question_set_answer     (VocInterviewQuestion *self,
                                                    const char *answer);
const char * voc_interview_question_get_feedback   (VocInterviewQuestion *self);
void         voc_interview_question_set_feedback   (VocInterviewQuestion *self,
                                                    const char *feedback);
gint64       voc_interview_question_get_score      (VocInterviewQuestion *self);
void         voc_interview_question_set_score      (VocInterviewQuestion *self,
                                                    gint64 score);
gint64       voc_interview_question_get_position   (VocInterviewQuestion *self);
void         voc_interview_question_set_position   (VocInterviewQuestion *self,
                                                    gint64 position);

G_END_DECLS
