-- 0008-ai-job-analysis.sql — Copyright 2026 The Vocation authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The AI analysis of a job posting (core priorities, must-have and nice-to-have
-- capabilities, clusters of skills, tone), cached by the SHA-256 of the posting text and the
-- model that wrote it, so that the same text is never sent twice. Keyed by text rather than
-- by posting: an edited posting is analysed again, and two copies of one text share a row.

CREATE TABLE ai_job_analysis (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  text_sha256 TEXT NOT NULL CHECK (length(text_sha256) = 64),
  model       TEXT NOT NULL CHECK (trim(model) <> ''),
  analysis    TEXT NOT NULL CHECK (json_valid(analysis)),
  run_id      INTEGER REFERENCES model_run (id) ON DELETE SET NULL,
  UNIQUE (text_sha256, model)
);

CREATE INDEX ai_job_analysis_run ON ai_job_analysis (run_id);
