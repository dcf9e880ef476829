-- 0004-posting-sort-indexes.sql — Copyright 2026 The Vocation authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The Jobs page sorts by every column in SQL; location and remote mode had no index, so
-- sorting 100,000 postings by them read the whole table (70–140 ms measured).

CREATE INDEX job_posting_location ON job_posting (location COLLATE NOCASE);
CREATE INDEX job_posting_remote ON job_posting (remote_mode);
