-- 0007-posting-order-indexes.sql — Copyright 2026 The Vocation authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Every order of the Jobs page from an index, so that listing 100,000 postings never sorts
-- them (voc-job-query.c writes the ORDER BY clauses these indexes answer, and a test checks
-- the plans). Postings without the value sorted by come last in both directions: SQLite
-- puts NULL first going up and last going down, so the ascending orders lead with an
-- "is missing" key and the descending ones read the plain index backwards.

-- Location, A to Z, places not stated last (Z to A reads job_posting_location backwards).
CREATE INDEX job_posting_location_known ON job_posting (location IS NULL, location COLLATE NOCASE);

-- Remote mode from the office to home and back; "not stated" last both ways.
CREATE INDEX job_posting_remote_up ON job_posting (
  CASE remote_mode WHEN 'on-site' THEN 1 WHEN 'hybrid' THEN 2 WHEN 'remote' THEN 3 ELSE 4 END);
CREATE INDEX job_posting_remote_down ON job_posting (
  CASE remote_mode WHEN 'on-site' THEN 1 WHEN 'hybrid' THEN 2 WHEN 'remote' THEN 3 END);

-- Salary: amounts in different currencies are not comparable and no rate is known, so the
-- postings group by currency (A to Z going up, Z to A going down) and sort by the top of the
-- yearly range within it (the bottom when only that is stated); no salary last both ways.
CREATE INDEX job_posting_salary_up ON job_posting (
  COALESCE(salary_yearly_max_cents, salary_yearly_min_cents) IS NULL, salary_currency,
  COALESCE(salary_yearly_max_cents, salary_yearly_min_cents));
CREATE INDEX job_posting_salary_down ON job_posting (
  COALESCE(salary_yearly_max_cents, salary_yearly_min_cents) IS NOT NULL, salary_currency,
  COALESCE(salary_yearly_max_cents, salary_yearly_min_cents));

-- Best match first weighs where a word is found: in the title far more than in the body of
-- the description, then the company and the place.
INSERT INTO job_posting_fts (job_posting_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0, 1.0)');
