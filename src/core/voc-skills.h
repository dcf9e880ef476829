/* voc-skills.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _VocSkillDictionary VocSkillDictionary;

/**
 * VocSkillMatch:
 * @skill: the skill's index in the dictionary
 * @count: how often the text mentions it
 * @first_offset: byte offset of the first mention
 */
typedef struct
{
  guint skill;
  guint count;
  guint first_offset;
} VocSkillMatch;

#define VOC_SKILLS_ERROR (voc_skills_error_quark ())

typedef enum
{
  VOC_SKILLS_ERROR_INVALID,
} VocSkillsError;

GQuark              voc_skills_error_quark            (void);

VocSkillDictionary *voc_skill_dictionary_new_from_tsv (const char          *tsv,
                                                       GError             **error);
VocSkillDictionary *voc_skill_dictionary_get_default  (void);
VocSkillDictionary *voc_skill_dictionary_ref          (VocSkillDictionary  *self);
void                voc_skill_dictionary_unref        (VocSkillDictionary  *self);

guint               voc_skill_dictionary_get_n_skills (VocSkillDictionary  *self);
const char         *voc_skill_dictionary_get_name     (VocSkillDictionary  *self,
                                                       guint                skill);
const char         *voc_skill_dictionary_get_category (VocSkillDictionary  *self,
                                                       guint                skill);
int                 voc_skill_dictionary_lookup       (VocSkillDictionary  *self,
                                                       const char          *name);
GArray             *voc_skill_dictionary_find         (VocSkillDictionary  *self,
                                                       const char          *text);
gboolean            voc_skill_dictionary_add_relations (VocSkillDictionary *self,
                                                        const char         *tsv,
                                                        GError            **error);
const guint        *voc_skill_dictionary_get_related  (VocSkillDictionary  *self,
                                                       guint                skill,
                                                       guint               *n_related);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocSkillDictionary, voc_skill_dictionary_unref)

G_END_DECLS
