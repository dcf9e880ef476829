/* voc-interview-question.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-interview-question"

#include "config.h"

#include "voc-interview-question.h"

/* A question of a practice interview, with the answer and feedback. */
struct _VocInterviewQuestion
{
  VocEntity parent_instance;

  gint64  session_id;
  char   *question;
  char   *answer;
  char   *feedback;
  gint64  score;
  gint64  position;
};

G_DEFINE_FINAL_TYPE (VocInterviewQuestion, voc_interview_question, VOC_TYPE_ENTITY)

static void
voc_interview_question_class_init (VocInterviewQuestionClass *klass)
{
  VocEntityClass *entity_class = VOC_ENTITY_CLASS (klass);

  voc_entity_class_set_table (entity_class, "interview_question");

  voc_entity_class_add_reference (entity_class, "session_id",
                                  G_STRUCT_OFFSET (VocInterviewQuestion, session_id),
                                  "interview_session", VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "question",
                               G_STRUCT_OFFSET (VocInterviewQuestion, question),
                               VOC_COLUMN_REQUIRED);
  voc_entity_class_add_string (entity_class, "answer",
                               G_STRUCT_OFFSET (VocInterviewQuestion, answer),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_string (entity_class, "feedback",
                               G_STRUCT_OFFSET (VocInterviewQuestion, feedback),
                               VOC_COLUMN_DEFAULT);
  voc_entity_class_add_int (entity_class, "score",
                            G_STRUCT_OFFSET (VocInterviewQuestion, score),
                            0, 100, -1, VOC_COLUMN_NULLABLE);
  voc_entity_class_add_int (entity_class, "position",
                            G_STRUCT_OFFSET (VocInterviewQuestion, position),
                            0, G_MAXINT64, 0, VOC_COLUMN_DEFAULT);
}

static void
voc_interview_question_init (VocInterviewQuestion *self)
{
}

VocInterviewQuestion *
voc_interview_question_new (void)
{
  return g_object_new (VOC_TYPE_INTERVIEW_QUESTION, NULL);
}

gint64
voc_interview_question_get_session_id (VocInterviewQuestion *self)
{
  g_return_val_if_fail (VOC_IS_INTERVIEW_QUESTION (self), 0);

  return self->session_id;
}

void
voc_interview_question_set_session_id (VocInterviewQuestion *self,
                                       gint64 session_id)
{
  g_return_if_fail (VOC_IS_INTERVIEW_QUESTION (self));

  g_object_set (self, "session-id", session_id, NULL);
}

const char *
voc_interview_question_get_question (VocInterviewQuestion *self)
{
  g_return_val_if_fail (VOC_IS_INTERVIEW_QUESTION (self), NULL);

  return self->question;
}

void
voc_interview_question_set_question (VocInterviewQuestion *self,
                                     const char *question)
{
  g_return_if_fail (VOC_IS_INTERVIEW_QUESTION (self));

  g_object_set (self, "question", question, NULL);
}

const char *
voc_interview_question_get_answer (VocInterviewQuestion *self)
{
  g_return_val_if_fail (VOC_IS_INTERVIEW_QUESTION (self), NULL);

  return self->answer;
}

void
voc_interview_question_set_answer (VocInterviewQuestion *self,
                                   const char *answer)
{
  g_return_if_fail (VOC_IS_INTERVIEW_QUESTION (self));

  g_object_set (self, "answer", answer, NULL);
}

const char *
voc_interview_question_get_feedback (VocInterviewQuestion *self)
{
  g_return_val_if_fail (VOC_IS_INTERVIEW_QUESTION (self), NULL);

  return self->feedback;
}

void
voc_interview_question_set_feedback (VocInterviewQuestion *self,
                                     const char *feedback)
{
  g_return_if_fail (VOC_IS_INTERVIEW_QUESTION (self));

  g_object_set (self, "feedback", feedback, NULL);
}

gint64
voc_interview_question_get_score (VocInterviewQuestion *self)
{
  g_return_val_if_fail (VOC_IS_INTERVIEW_QUESTION (self), 0);

  return self->score;
}

void
voc_interview_question_set_score (VocInterviewQuestion *self,
                                  gint64 score)
{
  g_return_if_fail (VOC_IS_INTERVIEW_QUESTION (self));

  g_object_set (self, "score", score, NULL);
}

gint64
voc_interview_question_get_position (VocInterviewQuestion *self)
{
  g_return_val_if_fail (VOC_IS_INTERVIEW_QUESTION (self), 0);

  return self->position;
}

void
voc_interview_question_set_position (VocInterviewQuestion *self,
                                     gint64 position)
{
  g_return_if_fail (VOC_IS_INTERVIEW_QUESTION (self));

  g_object_set (self, "position", position, NULL);
}
