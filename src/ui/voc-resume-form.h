/* voc-resume-form.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "voc-entity.h"

G_BEGIN_DECLS

/**
 * VocResumeFieldKind:
 * @VOC_RESUME_FIELD_TEXT: one line of text
 * @VOC_RESUME_FIELD_LONG_TEXT: several lines (a summary, a bullet)
 * @VOC_RESUME_FIELD_DATE: a partial date, typed as "2020-03", "03/2020" or "Mar 2020"
 * @VOC_RESUME_FIELD_ENUM: one of the values of the column's enum
 * @VOC_RESUME_FIELD_INT: a whole number in the column's range
 * @VOC_RESUME_FIELD_DOUBLE: a number, empty for none
 * @VOC_RESUME_FIELD_LIST: a JSON array of strings, typed separated by commas
 * @VOC_RESUME_FIELD_AMOUNT: money in cents, typed as "60000" or "62.5k"
 * @VOC_RESUME_FIELD_CURRENCY: a three-letter currency code
 */
typedef enum
{
  VOC_RESUME_FIELD_TEXT,
  VOC_RESUME_FIELD_LONG_TEXT,
  VOC_RESUME_FIELD_DATE,
  VOC_RESUME_FIELD_ENUM,
  VOC_RESUME_FIELD_INT,
  VOC_RESUME_FIELD_DOUBLE,
  VOC_RESUME_FIELD_LIST,
  VOC_RESUME_FIELD_AMOUNT,
  VOC_RESUME_FIELD_CURRENCY,
} VocResumeFieldKind;

typedef const char *(*VocResumeFormatFunc) (int value);

/* Writes the edited copy; returns FALSE with an error (which may name a field) to keep the
 * form open. */
typedef gboolean (*VocResumeFormSaveFunc) (VocEntity  *copy,
                                           gpointer    user_data,
                                           GError    **error);

#define VOC_TYPE_RESUME_FORM (voc_resume_form_get_type ())
G_DECLARE_FINAL_TYPE (VocResumeForm, voc_resume_form, VOC, RESUME_FORM, AdwWindow)

VocResumeForm *voc_resume_form_new            (GtkWidget             *parent,
                                               const char            *title,
                                               VocEntity             *entity,
                                               VocResumeFormSaveFunc  save,
                                               gpointer               user_data,
                                               GDestroyNotify         destroy);
void           voc_resume_form_add_group      (VocResumeForm         *self,
                                               const char            *title,
                                               const char            *description);
GtkWidget     *voc_resume_form_add_field      (VocResumeForm         *self,
                                               const char            *column,
                                               const char            *label,
                                               VocResumeFieldKind     kind);
GtkWidget     *voc_resume_form_add_enum       (VocResumeForm         *self,
                                               const char            *column,
                                               const char            *label,
                                               VocResumeFormatFunc    format,
                                               const char            *unknown_label);
GtkWidget     *voc_resume_form_add_list       (VocResumeForm         *self,
                                               const char            *column,
                                               const char            *label,
                                               const char * const    *completions);
void           voc_resume_form_add_info       (VocResumeForm         *self,
                                               const char            *label,
                                               const char            *text);
void           voc_resume_form_start          (VocResumeForm         *self);

VocEntity     *voc_resume_form_get_copy       (VocResumeForm         *self);
gboolean       voc_resume_form_get_valid      (VocResumeForm         *self);
GtkWidget     *voc_resume_form_get_editable   (VocResumeForm         *self,
                                               const char            *column);
const char    *voc_resume_form_get_message    (VocResumeForm         *self);
gboolean       voc_resume_form_save           (VocResumeForm         *self,
                                               GError               **error);

G_END_DECLS
