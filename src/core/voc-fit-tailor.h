/* voc-fit-tailor.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "voc-fit-ats.h"
#include "voc-fit-engine.h"

G_BEGIN_DECLS

/* An estimate of a printed page of the resume templates, for the page budget. */
#define VOC_FIT_TAILOR_LINES_PER_PAGE 48
#define VOC_FIT_TAILOR_CHARS_PER_LINE 95

/**
 * VocFitTailored:
 * @resume: the tailored resume (JSON Resume)
 * @sources: for every highlight, the uuid of the bullet it came from, keyed
 *   `work[i].highlights[j]` (as voc_resume_compile() gives them)
 * @ats_before: the ATS report of the base resume
 * @ats_after: the ATS report of the tailored resume
 * @line_budget: lines the page budget allows
 * @lines_used: lines the tailored resume is estimated to take
 * @n_kept: highlights kept
 * @n_dropped: highlights of the base left out
 */
typedef struct
{
  JsonObject   *resume;
  JsonObject   *sources;
  VocAtsReport *ats_before;
  VocAtsReport *ats_after;
  guint         line_budget;
  guint         lines_used;
  guint         n_kept;
  guint         n_dropped;
} VocFitTailored;

VocFitTailored *voc_fit_tailor             (VocFitLibrary   *library,
                                            VocFitPosting   *posting,
                                            JsonObject      *base,
                                            JsonObject      *base_sources,
                                            double           pages);
void            voc_fit_tailored_free      (VocFitTailored  *tailored);
guint           voc_fit_tailor_count_lines (JsonObject      *resume);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VocFitTailored, voc_fit_tailored_free)

G_END_DECLS
