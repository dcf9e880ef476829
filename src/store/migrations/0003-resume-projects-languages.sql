-- 0003-resume-projects-languages.sql — Copyright 2026 The Vocation authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Projects and spoken languages join the master resume, and every part of it that JSON Resume
-- also describes gets an `extra` JSON object: the fields of an imported resume that the
-- library does not model (a work entry's url, a profile picture, volunteering, awards, …) are
-- kept there, so that export gives back everything import took in.

ALTER TABLE profile ADD COLUMN extra TEXT CHECK (extra IS NULL OR json_valid(extra));
ALTER TABLE experience ADD COLUMN url TEXT;
ALTER TABLE experience ADD COLUMN extra TEXT CHECK (extra IS NULL OR json_valid(extra));
ALTER TABLE education ADD COLUMN url TEXT;
ALTER TABLE education ADD COLUMN extra TEXT CHECK (extra IS NULL OR json_valid(extra));
ALTER TABLE certification ADD COLUMN extra TEXT CHECK (extra IS NULL OR json_valid(extra));
ALTER TABLE skill ADD COLUMN extra TEXT CHECK (extra IS NULL OR json_valid(extra));

CREATE TABLE project (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  name        TEXT NOT NULL CHECK (trim(name) <> ''),
  description TEXT,
  url         TEXT,
  start_date  TEXT
                CHECK (start_date IS NULL OR start_date GLOB '[12][0-9][0-9][0-9]' OR
                       start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR
                       start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  end_date    TEXT
                CHECK (end_date IS NULL OR end_date GLOB '[12][0-9][0-9][0-9]' OR
                       end_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR
                       end_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  highlights  TEXT CHECK (highlights IS NULL OR json_valid(highlights)),
  keywords    TEXT CHECK (keywords IS NULL OR json_valid(keywords)),
  roles       TEXT CHECK (roles IS NULL OR json_valid(roles)),
  entity      TEXT,
  project_type TEXT,
  position    INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
  extra       TEXT CHECK (extra IS NULL OR json_valid(extra)),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE TABLE language (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  language    TEXT NOT NULL CHECK (trim(language) <> ''),
  fluency     TEXT,
  position    INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
  extra       TEXT CHECK (extra IS NULL OR json_valid(extra))
);

CREATE UNIQUE INDEX language_name ON language (language COLLATE NOCASE);
CREATE INDEX project_position ON project (position);
CREATE INDEX experience_position ON experience (position);
