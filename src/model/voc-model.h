/* voc-model.h
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Every entity class of the data model, for code that uses many of them. */
#include "voc-entity.h"
#include "voc-enums.h"
#include "voc-enum-types.h"
#include "voc-approved-output.h"
#include "voc-audit-entry.h"
#include "voc-bullet-version.h"
#include "voc-bullet.h"
#include "voc-candidate-entity.h"
#include "voc-candidate.h"
#include "voc-certification.h"
#include "voc-company.h"
#include "voc-contact.h"
#include "voc-critic-log.h"
#include "voc-cv-batch.h"
#include "voc-document.h"
#include "voc-education.h"
#include "voc-engagement.h"
#include "voc-event.h"
#include "voc-experience.h"
#include "voc-fit.h"
#include "voc-integration-account.h"
#include "voc-interview-question.h"
#include "voc-interview-session.h"
#include "voc-job-application.h"
#include "voc-job-posting.h"
#include "voc-language.h"
#include "voc-learning-resource.h"
#include "voc-model-io.h"
#include "voc-model-run.h"
#include "voc-notification.h"
#include "voc-outreach.h"
#include "voc-profile.h"
#include "voc-project.h"
#include "voc-resume-version.h"
#include "voc-saved-search.h"
#include "voc-skill.h"
#include "voc-stage-change.h"
#include "voc-task.h"
#include "voc-user-event.h"
