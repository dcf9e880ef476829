-- 0009-bullet-version-provenance.sql — Copyright 2026 The Vocation authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A bullet's text for one resume version only: an AI rewrite the user accepted while
-- tailoring a resume for a job. The master bullet keeps its text; the row says which resume
-- version uses the new text (resume_version_id) and which model run wrote it (model_run_id).
-- Rows without a resume version are the bullet's own earlier texts, as before.

ALTER TABLE bullet_version ADD COLUMN resume_version_id INTEGER
  REFERENCES resume_version (id) ON DELETE CASCADE;
ALTER TABLE bullet_version ADD COLUMN model_run_id INTEGER
  REFERENCES model_run (id) ON DELETE SET NULL;

CREATE INDEX bullet_version_resume_version ON bullet_version (resume_version_id);
CREATE INDEX bullet_version_model_run ON bullet_version (model_run_id);
