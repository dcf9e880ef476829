-- 0002-posting-yearly-salary.sql — Copyright 2026 The Vocation authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A posting's pay as stated (cents per salary_period) is kept for display; the same pay
-- normalised to a year lets the Jobs page filter and sort by salary with an index. A
-- company is also found by its web domain when an import names no company.

ALTER TABLE job_posting ADD COLUMN salary_yearly_min_cents INTEGER
  CHECK (salary_yearly_min_cents IS NULL OR salary_yearly_min_cents >= 0);
ALTER TABLE job_posting ADD COLUMN salary_yearly_max_cents INTEGER
  CHECK (salary_yearly_max_cents IS NULL OR salary_yearly_max_cents >= 0);

UPDATE job_posting
SET salary_yearly_min_cents = salary_min_cents * (CASE salary_period
      WHEN 'hour' THEN 2080 WHEN 'day' THEN 260 WHEN 'week' THEN 52 WHEN 'month' THEN 12
      ELSE 1 END),
    salary_yearly_max_cents = salary_max_cents * (CASE salary_period
      WHEN 'hour' THEN 2080 WHEN 'day' THEN 260 WHEN 'week' THEN 52 WHEN 'month' THEN 12
      ELSE 1 END)
WHERE salary_min_cents IS NOT NULL OR salary_max_cents IS NOT NULL;

CREATE INDEX job_posting_salary_yearly ON job_posting (salary_yearly_max_cents);
CREATE INDEX job_posting_source ON job_posting (source);
