-- 0005-fit-inputs-vectors.sql — Copyright 2026 The Vocation authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Fit scores know what they were computed from: a digest of the library, the posting and the
-- scorer version, so that rescoring recomputes exactly the stale ones. One score per posting
-- for the library (resume_version_id NULL) and one per posting and resume version; the Jobs
-- page lists postings by score with an index.
--
-- Local text vectors (384 float32, little-endian) of bullets and postings live beside their
-- rows, as the bodies of postings do, so that the rows lists scan stay small. `version` names
-- the vectoriser; a vector of another version is computed again.

ALTER TABLE fit ADD COLUMN inputs_sha256 TEXT
  CHECK (inputs_sha256 IS NULL OR length(inputs_sha256) = 64);

DELETE FROM fit WHERE id NOT IN
  (SELECT max(id) FROM fit GROUP BY posting_id, coalesce(resume_version_id, 0));
CREATE UNIQUE INDEX fit_posting_version ON fit (posting_id, coalesce(resume_version_id, 0));
CREATE INDEX fit_score ON fit (score DESC, posting_id) WHERE resume_version_id IS NULL;

CREATE TABLE bullet_vector (
  bullet_id   INTEGER PRIMARY KEY REFERENCES bullet (id) ON DELETE CASCADE,
  version     TEXT NOT NULL CHECK (trim(version) <> ''),
  text_sha256 TEXT NOT NULL CHECK (length(text_sha256) = 64),
  vector      BLOB NOT NULL CHECK (length(vector) = 1536)
);

CREATE TABLE posting_vector (
  posting_id  INTEGER PRIMARY KEY REFERENCES job_posting (id) ON DELETE CASCADE,
  version     TEXT NOT NULL CHECK (trim(version) <> ''),
  text_sha256 TEXT NOT NULL CHECK (length(text_sha256) = 64),
  vector      BLOB NOT NULL CHECK (length(vector) = 1536)
);
