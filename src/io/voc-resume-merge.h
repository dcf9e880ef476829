/* voc-resume-merge.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "voc-database.h"

G_BEGIN_DECLS

/**
 * VocResumeMergeStats:
 * @whole: the library was empty and took the document whole (every field kept)
 * @profile_fields: profile fields that were empty and were filled
 * @experiences: experiences added
 * @bullets: bullets added, to new experiences or to ones already in the library
 * @education: schools added
 * @certificates: certificates added
 * @skills: skills added
 * @projects: projects added
 * @languages: languages added
 * @other: entries of sections the library keeps whole (volunteering, awards…) added
 * @known: entries and bullets left out because the library has them already
 *
 * What voc_resume_merge() did.
 */
typedef struct
{
  gboolean whole;
  guint    profile_fields;
  guint    experiences;
  guint    bullets;
  guint    education;
  guint    certificates;
  guint    skills;
  guint    projects;
  guint    languages;
  guint    other;
  guint    known;
} VocResumeMergeStats;

gboolean  voc_resume_merge             (VocDatabase          *database,
                                        JsonObject           *resume,
                                        const char           *name,
                                        VocResumeMergeStats  *stats,
                                        GError              **error);
char     *voc_resume_merge_stats_describe (const VocResumeMergeStats *stats);

gboolean    voc_resume_looks_like_json (GBytes               *bytes);
JsonObject *voc_resume_read_draft      (GBytes               *bytes,
                                        const char           *name,
                                        GCancellable         *cancellable,
                                        GError              **error);

G_END_DECLS
