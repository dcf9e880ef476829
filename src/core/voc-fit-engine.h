/* voc-fit-engine.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "voc-jd-parser.h"
#include "voc-skills.h"

G_BEGIN_DECLS

/* Stored with every score. Bump it whenever a change to this engine can change a score; the
 * store then treats every stored fit as stale and rescoring recomputes them. */
#define VOC_FIT_SCORER_VERSION "fit-2"

typedef struct _VocFitLibrary VocFitLibrary;
typedef struct _VocFitPosting VocFitPosting;

typedef enum
{
  VOC_FIT_FACTOR_REQUIRED_SKILLS,
  VOC_FIT_FACTOR_NICE_SKILLS,
  VOC_FIT_FACTOR_TITLE,
  VOC_FIT_FACTOR_SENIORITY,
  VOC_FIT_FACTOR_EVIDENCE,
  VOC_FIT_FACTOR_LOCATION,
  VOC_FIT_FACTOR_SALARY,
  VOC_FIT_FACTOR_TEXT,
  VOC_FIT_N_FACTORS
} VocFitFactorKind;

/**
 * VocFitFactor:
 * @kind: which factor
 * @weight: its nominal weight (the weights of all factors add up to 1)
 * @share: the weight it had in this score: nominal weights renormalised over the available
 *   factors, 0 when not available
 * @value: how well the candidate does on it, 0 to 1
 * @available: whether the posting and the library say enough to compute it
 * @reason: (nullable): when not available, why, in a few translated words ("no salary in
 *   the posting"); a static string
 */
typedef struct
{
  VocFitFactorKind kind;
  double           weight;
  double           share;
  double           value;
  gboolean         available;
  const char      *reason;
} VocFitFactor;

/**
 * VocFitMatch:
 * @skill: the skill's index in the dictionary
 * @name: its canonical name (owned by the dictionary)
 * @required: the posting requires it (else it is a nice-to-have)
 * @weight: how central it is in the posting
 * @evidence: how well the library proves it, 0 to 1
 * @bullets: (element-type gint64): ids of the bullets that prove it, best first (at most 3)
 */
typedef struct
{
  guint       skill;
  const char *name;
  gboolean    required;
  double      weight;
  double      evidence;
  GArray     *bullets;
} VocFitMatch;

/**
 * VocFitRelated:
 * @skill: the posting's skill, which the library lacks
 * @name: its canonical name (owned by the dictionary)
 * @have: the related skill the library has (owned by the dictionary)
 * @required: the posting requires it (else it is a nice-to-have)
 * @weight: how central it is in the posting
 */
typedef struct
{
  guint       skill;
  const char *name;
  const char *have;
  gboolean    required;
  double      weight;
} VocFitRelated;

/* The share of a skill's weight that a related skill earns: some credit, never a match. */
#define VOC_FIT_RELATED_CREDIT 0.5

/**
 * VocFitResult:
 * @score: 0 to 100
 * @factors: every factor, in the order of #VocFitFactorKind
 * @matched: (element-type VocFitMatch): skills of the posting the library has, most central
 *   first
 * @missing_required: (element-type utf8): required skills the library lacks
 * @missing_nice: (element-type utf8): nice-to-have skills the library lacks
 * @related: (element-type VocFitRelated): missing skills (of either list) for which the
 *   library has a related skill, which earned them part of their weight
 * @rationale: a few plain sentences on why
 */
typedef struct
{
  int           score;
  VocFitFactor  factors[VOC_FIT_N_FACTORS];
  GArray       *matched;
  GPtrArray    *missing_required;
  GPtrArray    *missing_nice;
  char         *rationale;
  GArray       *related;
} VocFitResult;

/**
 * VocFitRankedBullet:
 * @id: the bullet's id
 * @uuid: (nullable): its uuid (owned by the library)
 * @experience_id: the experience it belongs to
 * @score: its relevance to the posting, 0 to 1
 * @bm25: its raw BM25 score against the posting's text
 * @skill_overlap: share of the posting's central skills it mentions, 0 to 1
 * @tag_overlap: 1 when one of its tags names a skill or a title word of the posting
 */
typedef struct
{
  gint64      id;
  const char *uuid;
  gint64      experience_id;
  double      score;
  double      bm25;
  double      skill_overlap;
  double      tag_overlap;
} VocFitRankedBullet;

/* The library: everything the candidate has, read once and shared (immutable once sealed). */
VocFitLibrary *voc_fit_library_new              (VocSkillDictionary  *dictionary,
                                                 const char          *today);
VocFitLibrary *voc_fit_library_ref              (VocFitLibrary       *self);
void           voc_fit_library_unref            (VocFitLibrary       *self);
void           voc_fit_library_set_profile      (VocFitLibrary       *self,
                                                 const char          *headline,
                                                 const char          *summary,
                                                 const char * const  *target_roles,
                                                 const char          *location,
                                                 const char          *remote_preference,
                                                 gint64               salary_min_cents,
                                                 gint64               salary_max_cents,
                                                 const char          *salary_currency);
void           voc_fit_library_add_skill        (VocFitLibrary       *self,
                                                 const char          *name,
                                                 const char * const  *keywords,
                                                 double               years);
void           voc_fit_library_add_experience   (VocFitLibrary       *self,
                                                 gint64               id,
                                                 const char          *title,
                                                 const char          *employer,
                                                 const char          *start_date,
                                                 const char          *end_date,
                                                 const char          *description);
void           voc_fit_library_add_bullet       (VocFitLibrary       *self,
                                                 gint64               id,
                                                 const char          *uuid,
                                                 gint64               experience_id,
                                                 const char          *text,
                                                 const char * const  *tags,
                                                 int                  importance);
void           voc_fit_library_add_education    (VocFitLibrary       *self,
                                                 const char          *institution,
                                                 const char          *area,
                                                 const char          *study_type);
void           voc_fit_library_add_certification (VocFitLibrary      *self,
                                                 const char          *name,
                                                 const char          *issuer);
void           voc_fit_library_add_text         (VocFitLibrary       *self,
                                                 const char          *text);
void           voc_fit_library_seal             (VocFitLibrary       *self);
gboolean       voc_fit_library_is_sealed        (VocFitLibrary       *self);
const char    *voc_fit_library_get_fingerprint  (VocFitLibrary       *self);
guint          voc_fit_library_get_n_bullets    (VocFitLibrary       *self);
gboolean       voc_fit_library_has_skill        (VocFitLibrary       *self,
                                                 guint                skill);
VocSkillDictionary *voc_fit_library_get_dictionary (VocFitLibrary    *self);
const float   *voc_fit_library_get_vector       (VocFitLibrary       *self);

/* The posting, as parsed. */
VocFitPosting *voc_fit_posting_new              (const char          *title,
                                                 const char          *seniority,
                                                 const char          *location,
                                                 const char          *remote_mode,
                                                 gint64               yearly_min_cents,
                                                 gint64               yearly_max_cents,
                                                 const char          *currency);
VocFitPosting *voc_fit_posting_new_from_parse   (VocJdParse          *parse);
void           voc_fit_posting_free             (VocFitPosting       *self);
void           voc_fit_posting_add_skill        (VocFitPosting       *self,
                                                 guint                skill,
                                                 gboolean             required,
                                                 gboolean             nice_to_have,
                                                 double               weight);
gboolean       voc_fit_posting_add_skills_json  (VocFitPosting       *self,
                                                 VocSkillDictionary  *dictionary,
                                                 const char          *json,
                                                 GError             **error);
void           voc_fit_posting_set_text         (VocFitPosting       *self,
                                                 const char          *text);
const char    *voc_fit_posting_get_text         (VocFitPosting       *self);
const char    *voc_fit_posting_get_title        (VocFitPosting       *self);
void           voc_fit_posting_set_vector       (VocFitPosting       *self,
                                                 const float         *vector);
const float   *voc_fit_posting_get_vector       (VocFitPosting       *self);
guint          voc_fit_posting_get_n_skills     (VocFitPosting       *self);
guint          voc_fit_posting_get_skill        (VocFitPosting       *self,
                                                 guint                i,
                                                 gboolean            *required,
                                                 double              *weight);

/* Scoring. */
VocFitResult  *voc_fit_score                    (VocFitLibrary       *library,
                                                 VocFitPosting       *posting);
void           voc_fit_result_free              (VocFitResult        *result);
const char    *voc_fit_result_get_related_have  (VocFitResult        *result,
                                                 const char          *name);
char          *voc_fit_result_dup_skill_label   (VocFitResult        *result,
                                                 const char          *name);
const char    *voc_fit_factor_get_id            (VocFitFactorKind     kind);
const char    *voc_fit_factor_get_label         (VocFitFactorKind     kind);
char          *voc_fit_result_dup_factors_json  (VocFitResult        *result);
char          *voc_fit_result_dup_matched_json  (VocFitResult        *result);
char          *voc_fit_result_dup_missing_json  (VocFitResult        *result);

GArray        *voc_fit_rank_bullets             (VocFitLibrary       *library,
                                                 VocFitPosting       *posting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocFitLibrary, voc_fit_library_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocFitPosting, voc_fit_posting_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocFitResult, voc_fit_result_free)

G_END_DECLS
