-- 0001-initial.sql — Copyright 2026 The Vocation authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The whole schema of DESIGN.md. A migration never changes once released: later versions add
-- files 0002-…, applied in order, each in one transaction.
--
-- Conventions: every table has id, a stable uuid, created_at and updated_at (UTC, fixed-width
-- ISO 8601 text so that text order is time order). Money is integer cents plus a three-letter
-- currency. Enums are text with a CHECK constraint listing the nicks of the matching GEnum in
-- src/model/voc-enums.h. Lists and free-form structures are JSON text.

CREATE TABLE profile (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  full_name   TEXT,
  headline    TEXT,
  email       TEXT,
  phone       TEXT,
  location    TEXT,
  website     TEXT,
  linkedin_url TEXT,
  github_url  TEXT,
  links       TEXT CHECK (links IS NULL OR json_valid(links)),
  summary     TEXT,
  work_authorization TEXT,
  salary_min_cents INTEGER CHECK (salary_min_cents IS NULL OR salary_min_cents >= 0),
  salary_max_cents INTEGER CHECK (salary_max_cents IS NULL OR salary_max_cents >= 0),
  salary_currency TEXT CHECK (salary_currency IS NULL OR salary_currency = '' OR (salary_currency GLOB '[A-Z][A-Z][A-Z]')),
  remote_preference TEXT NOT NULL DEFAULT 'unknown' CHECK (remote_preference IN ('unknown', 'on-site', 'hybrid', 'remote')),
  target_roles TEXT CHECK (target_roles IS NULL OR json_valid(target_roles)),
  daily_goal  INTEGER NOT NULL DEFAULT 0 CHECK (daily_goal >= 0 AND daily_goal <= 1000),
  CHECK (id = 1),
  CHECK (salary_max_cents IS NULL OR salary_min_cents IS NULL OR salary_max_cents >= salary_min_cents)
);

CREATE TABLE skill (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  name        TEXT NOT NULL CHECK (trim(name) <> ''),
  category    TEXT,
  level       TEXT NOT NULL DEFAULT 'unknown' CHECK (level IN ('unknown', 'beginner', 'intermediate', 'advanced', 'expert')),
  years       REAL CHECK (years IS NULL OR (years >= 0 AND years <= 80)),
  keywords    TEXT CHECK (keywords IS NULL OR json_valid(keywords)),
  position    INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0)
);

CREATE TABLE experience (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  title       TEXT NOT NULL CHECK (trim(title) <> ''),
  employer    TEXT NOT NULL CHECK (trim(employer) <> ''),
  location    TEXT,
  start_date  TEXT
                CHECK (start_date IS NULL OR start_date GLOB '[12][0-9][0-9][0-9]' OR
                       start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR
                       start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  end_date    TEXT
                CHECK (end_date IS NULL OR end_date GLOB '[12][0-9][0-9][0-9]' OR
                       end_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR
                       end_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  employment_type TEXT NOT NULL DEFAULT 'unknown' CHECK (employment_type IN ('unknown', 'full-time', 'part-time', 'contract', 'freelance', 'internship', 'temporary', 'volunteer', 'other')),
  description TEXT,
  position    INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE TABLE engagement (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  experience_id INTEGER NOT NULL REFERENCES experience (id) ON DELETE CASCADE,
  client      TEXT NOT NULL CHECK (trim(client) <> ''),
  project     TEXT,
  engagement_type TEXT,
  date_label  TEXT,
  domain_tags TEXT CHECK (domain_tags IS NULL OR json_valid(domain_tags)),
  technology_tags TEXT CHECK (technology_tags IS NULL OR json_valid(technology_tags)),
  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  position    INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0)
);

CREATE TABLE bullet (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  experience_id INTEGER REFERENCES experience (id) ON DELETE CASCADE,
  engagement_id INTEGER REFERENCES engagement (id) ON DELETE CASCADE,
  text        TEXT NOT NULL CHECK (trim(text) <> ''),
  tags        TEXT CHECK (tags IS NULL OR json_valid(tags)),
  bullet_type TEXT NOT NULL DEFAULT 'achievement' CHECK (bullet_type IN ('achievement', 'responsibility', 'leadership', 'technical', 'other')),
  importance  INTEGER NOT NULL DEFAULT 3 CHECK (importance >= 1 AND importance <= 5),
  seniority   TEXT NOT NULL DEFAULT 'unknown' CHECK (seniority IN ('unknown', 'intern', 'junior', 'mid', 'senior', 'lead', 'principal', 'executive')),
  star_notes  TEXT,
  retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  use_count   INTEGER NOT NULL DEFAULT 0 CHECK (use_count >= 0),
  last_used_at TEXT,
  position    INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
  CHECK (experience_id IS NOT NULL OR engagement_id IS NOT NULL)
);

CREATE TABLE bullet_version (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  bullet_id   INTEGER NOT NULL REFERENCES bullet (id) ON DELETE CASCADE,
  text        TEXT NOT NULL CHECK (trim(text) <> ''),
  reason      TEXT,
  source      TEXT NOT NULL DEFAULT 'user' CHECK (source IN ('user', 'import', 'ai', 'tailor'))
);

CREATE TABLE education (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  institution TEXT NOT NULL CHECK (trim(institution) <> ''),
  area        TEXT,
  study_type  TEXT,
  start_date  TEXT
                CHECK (start_date IS NULL OR start_date GLOB '[12][0-9][0-9][0-9]' OR
                       start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR
                       start_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  end_date    TEXT
                CHECK (end_date IS NULL OR end_date GLOB '[12][0-9][0-9][0-9]' OR
                       end_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR
                       end_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  score       TEXT,
  courses     TEXT CHECK (courses IS NULL OR json_valid(courses)),
  position    INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
  CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE TABLE certification (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  name        TEXT NOT NULL CHECK (trim(name) <> ''),
  issuer      TEXT,
  issued_on   TEXT
                CHECK (issued_on IS NULL OR issued_on GLOB '[12][0-9][0-9][0-9]' OR
                       issued_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR
                       issued_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  expires_on  TEXT
                CHECK (expires_on IS NULL OR expires_on GLOB '[12][0-9][0-9][0-9]' OR
                       expires_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]' OR
                       expires_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  credential_id TEXT,
  url         TEXT,
  CHECK (expires_on IS NULL OR issued_on IS NULL OR expires_on >= issued_on)
);

CREATE TABLE company (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  name        TEXT NOT NULL CHECK (trim(name) <> ''),
  normalized_name TEXT NOT NULL CHECK (trim(normalized_name) <> ''),
  domain      TEXT,
  website     TEXT,
  industry    TEXT,
  size_label  TEXT,
  location    TEXT,
  notes       TEXT
);

CREATE TABLE contact (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  company_id  INTEGER REFERENCES company (id) ON DELETE SET NULL,
  full_name   TEXT NOT NULL CHECK (trim(full_name) <> ''),
  title       TEXT,
  email       TEXT,
  phone       TEXT,
  linkedin_url TEXT,
  notes       TEXT,
  deleted_at  TEXT
);

CREATE TABLE job_posting (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  company_id  INTEGER REFERENCES company (id) ON DELETE SET NULL,
  title       TEXT NOT NULL CHECK (trim(title) <> ''),
  location    TEXT,
  remote_mode TEXT NOT NULL DEFAULT 'unknown' CHECK (remote_mode IN ('unknown', 'on-site', 'hybrid', 'remote')),
  employment_type TEXT NOT NULL DEFAULT 'unknown' CHECK (employment_type IN ('unknown', 'full-time', 'part-time', 'contract', 'freelance', 'internship', 'temporary', 'volunteer', 'other')),
  seniority   TEXT NOT NULL DEFAULT 'unknown' CHECK (seniority IN ('unknown', 'intern', 'junior', 'mid', 'senior', 'lead', 'principal', 'executive')),
  salary_min_cents INTEGER CHECK (salary_min_cents IS NULL OR salary_min_cents >= 0),
  salary_max_cents INTEGER CHECK (salary_max_cents IS NULL OR salary_max_cents >= 0),
  salary_currency TEXT CHECK (salary_currency IS NULL OR salary_currency = '' OR (salary_currency GLOB '[A-Z][A-Z][A-Z]')),
  salary_period TEXT NOT NULL DEFAULT 'unknown' CHECK (salary_period IN ('unknown', 'hour', 'day', 'week', 'month', 'year')),
  source      TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'file', 'paste', 'url', 'greenhouse', 'lever', 'ashby', 'import')),
  source_id   TEXT,
  url         TEXT,
  fingerprint TEXT,
  sections    TEXT CHECK (sections IS NULL OR json_valid(sections)),
  skills      TEXT CHECK (skills IS NULL OR json_valid(skills)),
  analysis    TEXT CHECK (analysis IS NULL OR json_valid(analysis)),
  posted_at   TEXT,
  closes_at   TEXT,
  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  CHECK (salary_max_cents IS NULL OR salary_min_cents IS NULL OR salary_max_cents >= salary_min_cents),
  UNIQUE (source, source_id)
);

CREATE TABLE fit (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  posting_id  INTEGER NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
  resume_version_id INTEGER REFERENCES resume_version (id) ON DELETE SET NULL,
  score       INTEGER NOT NULL DEFAULT 0 CHECK (score >= 0 AND score <= 100),
  scorer_version TEXT NOT NULL CHECK (trim(scorer_version) <> ''),
  factors     TEXT CHECK (factors IS NULL OR json_valid(factors)),
  matched_skills TEXT CHECK (matched_skills IS NULL OR json_valid(matched_skills)),
  missing_skills TEXT CHECK (missing_skills IS NULL OR json_valid(missing_skills)),
  rationale   TEXT
);

CREATE TABLE resume_version (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  name        TEXT NOT NULL CHECK (trim(name) <> ''),
  kind        TEXT NOT NULL DEFAULT 'base' CHECK (kind IN ('base', 'variant', 'tailored')),
  parent_id   INTEGER REFERENCES resume_version (id) ON DELETE SET NULL,
  posting_id  INTEGER REFERENCES job_posting (id) ON DELETE SET NULL,
  rules       TEXT CHECK (rules IS NULL OR json_valid(rules)),
  sections    TEXT CHECK (sections IS NULL OR json_valid(sections)),
  frozen      INTEGER NOT NULL DEFAULT 0 CHECK (frozen IN (0, 1)),
  ats_score   INTEGER CHECK (ats_score IS NULL OR ats_score >= 0 AND ats_score <= 100),
  keywords    TEXT CHECK (keywords IS NULL OR json_valid(keywords)),
  diff        TEXT CHECK (diff IS NULL OR json_valid(diff))
);

CREATE TABLE document (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  application_id INTEGER REFERENCES job_application (id) ON DELETE SET NULL,
  posting_id  INTEGER REFERENCES job_posting (id) ON DELETE SET NULL,
  parent_id   INTEGER REFERENCES document (id) ON DELETE SET NULL,
  kind        TEXT NOT NULL DEFAULT 'notes' CHECK (kind IN ('notes', 'cover-letter', 'resume', 'research', 'prep')),
  title       TEXT NOT NULL CHECK (trim(title) <> ''),
  body        TEXT,
  format      TEXT NOT NULL DEFAULT 'markdown' CHECK (format IN ('markdown', 'text', 'html')),
  version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);

CREATE TABLE job_application (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  posting_id  INTEGER NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
  stage       TEXT NOT NULL DEFAULT 'prospect' CHECK (stage IN ('prospect', 'applied', 'screen', 'interview', 'offer', 'accepted', 'rejected', 'withdrawn')),
  resume_version_id INTEGER REFERENCES resume_version (id) ON DELETE SET NULL,
  cover_letter_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  source      TEXT,
  applied_at  TEXT,
  first_response_at TEXT,
  offer_at    TEXT,
  closed_at   TEXT,
  stage_changed_at TEXT,
  salary_offered_cents INTEGER CHECK (salary_offered_cents IS NULL OR salary_offered_cents >= 0),
  salary_currency TEXT CHECK (salary_currency IS NULL OR salary_currency = '' OR (salary_currency GLOB '[A-Z][A-Z][A-Z]')),
  notes       TEXT
);

CREATE TABLE stage_change (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  application_id INTEGER NOT NULL REFERENCES job_application (id) ON DELETE CASCADE,
  from_stage  TEXT CHECK (from_stage IS NULL OR from_stage IN ('prospect', 'applied', 'screen', 'interview', 'offer', 'accepted', 'rejected', 'withdrawn')),
  to_stage    TEXT NOT NULL DEFAULT 'prospect' CHECK (to_stage IN ('prospect', 'applied', 'screen', 'interview', 'offer', 'accepted', 'rejected', 'withdrawn')),
  changed_at  TEXT NOT NULL,
  note        TEXT
);

CREATE TABLE outreach (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  application_id INTEGER REFERENCES job_application (id) ON DELETE SET NULL,
  contact_id  INTEGER REFERENCES contact (id) ON DELETE SET NULL,
  channel     TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'linkedin', 'phone', 'message', 'in-person', 'other')),
  direction   TEXT NOT NULL DEFAULT 'outbound' CHECK (direction IN ('outbound', 'inbound')),
  status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'replied', 'no-response')),
  subject     TEXT,
  body        TEXT,
  sent_at     TEXT,
  response_at TEXT
);

CREATE TABLE event (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  application_id INTEGER REFERENCES job_application (id) ON DELETE CASCADE,
  candidate_id INTEGER REFERENCES candidate (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL DEFAULT 'interview' CHECK (kind IN ('interview', 'phone-screen', 'assessment', 'deadline', 'offer-call', 'meeting', 'other')),
  title       TEXT NOT NULL CHECK (trim(title) <> ''),
  starts_at   TEXT NOT NULL,
  ends_at     TEXT,
  location    TEXT,
  meeting_url TEXT,
  notes       TEXT,
  reminder_offsets TEXT CHECK (reminder_offsets IS NULL OR json_valid(reminder_offsets)),
  ical_uid    TEXT,
  CHECK (ends_at IS NULL OR ends_at > starts_at)
);

CREATE TABLE task (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  application_id INTEGER REFERENCES job_application (id) ON DELETE CASCADE,
  title       TEXT NOT NULL CHECK (trim(title) <> ''),
  kind        TEXT NOT NULL DEFAULT 'follow-up' CHECK (kind IN ('follow-up', 'research', 'prep', 'apply', 'referral', 'thank-you', 'other')),
  priority    INTEGER NOT NULL DEFAULT 1 CHECK (priority >= 0 AND priority <= 3),
  due_at      TEXT,
  done_at     TEXT,
  snoozed_until TEXT,
  suggested   INTEGER NOT NULL DEFAULT 0 CHECK (suggested IN (0, 1)),
  rule        TEXT,
  notes       TEXT
);

CREATE TABLE notification (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  kind        TEXT NOT NULL DEFAULT 'task-due' CHECK (kind IN ('task-due', 'event-reminder', 'new-jobs', 'other')),
  entity      TEXT NOT NULL CHECK (trim(entity) <> ''),
  entity_id   INTEGER NOT NULL DEFAULT 0 CHECK (entity_id >= 0),
  fire_at     TEXT NOT NULL,
  sent_at     TEXT,
  dismissed_at TEXT,
  title       TEXT NOT NULL CHECK (trim(title) <> ''),
  body        TEXT,
  UNIQUE (entity, entity_id, fire_at)
);

CREATE TABLE saved_search (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  name        TEXT NOT NULL CHECK (trim(name) <> ''),
  query       TEXT,
  filters     TEXT CHECK (filters IS NULL OR json_valid(filters)),
  sources     TEXT CHECK (sources IS NULL OR json_valid(sources)),
  schedule    TEXT NOT NULL DEFAULT 'manual' CHECK (schedule IN ('manual', 'hourly', 'daily', 'weekly')),
  last_run_at TEXT,
  enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))
);

CREATE TABLE integration_account (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  provider    TEXT NOT NULL DEFAULT 'google' CHECK (provider IN ('google', 'microsoft', 'other')),
  account_label TEXT NOT NULL CHECK (trim(account_label) <> ''),
  scopes      TEXT CHECK (scopes IS NULL OR json_valid(scopes)),
  expires_at  TEXT,
  status      TEXT NOT NULL DEFAULT 'connected' CHECK (status IN ('connected', 'expired', 'revoked', 'error')),
  UNIQUE (provider, account_label)
);

CREATE TABLE model_run (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  purpose     TEXT NOT NULL CHECK (trim(purpose) <> ''),
  provider    TEXT,
  model       TEXT,
  application_id INTEGER REFERENCES job_application (id) ON DELETE SET NULL,
  posting_id  INTEGER REFERENCES job_posting (id) ON DELETE SET NULL,
  tokens_in   INTEGER NOT NULL DEFAULT 0 CHECK (tokens_in >= 0),
  tokens_out  INTEGER NOT NULL DEFAULT 0 CHECK (tokens_out >= 0),
  latency_ms  INTEGER NOT NULL DEFAULT 0 CHECK (latency_ms >= 0),
  cost_microcents INTEGER NOT NULL DEFAULT 0 CHECK (cost_microcents >= 0),
  outcome     TEXT NOT NULL DEFAULT 'ok' CHECK (outcome IN ('ok', 'error', 'cancelled', 'refused', 'truncated')),
  error       TEXT
);

CREATE TABLE model_io (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  run_id      INTEGER NOT NULL REFERENCES model_run (id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL DEFAULT 0 CHECK (seq >= 0),
  role        TEXT NOT NULL DEFAULT 'system' CHECK (role IN ('system', 'user', 'assistant', 'tool')),
  content     TEXT,
  UNIQUE (run_id, seq)
);

CREATE TABLE critic_log (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  target_kind TEXT NOT NULL DEFAULT 'resume-version' CHECK (target_kind IN ('resume-version', 'document')),
  target_id   INTEGER NOT NULL DEFAULT 0 CHECK (target_id >= 0),
  iteration   INTEGER NOT NULL DEFAULT 1 CHECK (iteration >= 1),
  scores      TEXT CHECK (scores IS NULL OR json_valid(scores)),
  issues      TEXT CHECK (issues IS NULL OR json_valid(issues)),
  run_id      INTEGER REFERENCES model_run (id) ON DELETE SET NULL
);

CREATE TABLE approved_output (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  purpose     TEXT NOT NULL CHECK (trim(purpose) <> ''),
  content     TEXT NOT NULL CHECK (trim(content) <> ''),
  source_run_id INTEGER REFERENCES model_run (id) ON DELETE SET NULL,
  rating      INTEGER NOT NULL DEFAULT 0 CHECK (rating >= 0 AND rating <= 5)
);

CREATE TABLE cv_batch (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  name        TEXT NOT NULL CHECK (trim(name) <> ''),
  posting_id  INTEGER REFERENCES job_posting (id) ON DELETE SET NULL,
  folder      TEXT,
  status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'cancelled', 'failed'))
);

CREATE TABLE candidate (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  batch_id    INTEGER NOT NULL REFERENCES cv_batch (id) ON DELETE CASCADE,
  display_name TEXT NOT NULL CHECK (trim(display_name) <> ''),
  file_name   TEXT,
  file_sha256 TEXT,
  text        TEXT,
  score       INTEGER CHECK (score IS NULL OR score >= 0 AND score <= 100),
  matched_skills TEXT CHECK (matched_skills IS NULL OR json_valid(matched_skills)),
  missing_skills TEXT CHECK (missing_skills IS NULL OR json_valid(missing_skills)),
  status      TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'shortlisted', 'rejected', 'interviewing', 'hired'))
);

CREATE TABLE candidate_entity (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  candidate_id INTEGER NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL DEFAULT 'name' CHECK (kind IN ('name', 'email', 'phone', 'url', 'location', 'skill', 'employer', 'title', 'education')),
  value       TEXT NOT NULL CHECK (trim(value) <> '')
);

CREATE TABLE interview_session (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  application_id INTEGER REFERENCES job_application (id) ON DELETE CASCADE,
  title       TEXT NOT NULL CHECK (trim(title) <> ''),
  kind        TEXT NOT NULL DEFAULT 'behavioral' CHECK (kind IN ('behavioral', 'technical', 'system-design', 'case', 'mixed')),
  started_at  TEXT,
  ended_at    TEXT,
  notes       TEXT,
  score       INTEGER CHECK (score IS NULL OR score >= 0 AND score <= 100)
);

CREATE TABLE interview_question (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  session_id  INTEGER NOT NULL REFERENCES interview_session (id) ON DELETE CASCADE,
  question    TEXT NOT NULL CHECK (trim(question) <> ''),
  answer      TEXT,
  feedback    TEXT,
  score       INTEGER CHECK (score IS NULL OR score >= 0 AND score <= 100),
  position    INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0)
);

CREATE TABLE learning_resource (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  title       TEXT NOT NULL CHECK (trim(title) <> ''),
  url         TEXT,
  skill       TEXT,
  kind        TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'course', 'video', 'book', 'exercise', 'other')),
  status      TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in-progress', 'done')),
  application_id INTEGER REFERENCES job_application (id) ON DELETE SET NULL
);

CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  actor       TEXT NOT NULL DEFAULT 'user' CHECK (actor IN ('user', 'system', 'import', 'ai', 'sync')),
  action      TEXT NOT NULL DEFAULT 'create' CHECK (action IN ('create', 'update', 'delete')),
  entity      TEXT NOT NULL CHECK (trim(entity) <> ''),
  entity_id   INTEGER NOT NULL DEFAULT 0 CHECK (entity_id >= 0),
  before      TEXT CHECK (before IS NULL OR json_valid(before)),
  after       TEXT CHECK (after IS NULL OR json_valid(after))
);

CREATE TABLE user_event (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (trim(kind) <> ''),
  payload     TEXT CHECK (payload IS NULL OR json_valid(payload)),
  occurred_at TEXT NOT NULL
);
-- The long text of a posting lives apart from the rows that lists scan: listing 100k postings
-- was 13× faster with the bodies in their own table. One row per posting.
CREATE TABLE job_posting_text (
  posting_id          INTEGER PRIMARY KEY REFERENCES job_posting (id) ON DELETE CASCADE,
  raw_text            TEXT,
  clean_text          TEXT,
  original            BLOB,
  original_sha256     TEXT CHECK (original_sha256 IS NULL OR length(original_sha256) = 64),
  original_media_type TEXT
);

-- Unique guards.
CREATE UNIQUE INDEX skill_name ON skill (name COLLATE NOCASE);
CREATE UNIQUE INDEX job_posting_fingerprint ON job_posting (fingerprint);
CREATE UNIQUE INDEX job_application_posting ON job_application (posting_id);
CREATE UNIQUE INDEX task_suggestion ON task (application_id, rule) WHERE rule IS NOT NULL;

-- Foreign keys, so that cascades and SET NULL do not scan whole tables.
CREATE INDEX engagement_experience ON engagement (experience_id);
CREATE INDEX bullet_experience ON bullet (experience_id);
CREATE INDEX bullet_engagement ON bullet (engagement_id);
CREATE INDEX bullet_version_bullet ON bullet_version (bullet_id);
CREATE INDEX contact_company ON contact (company_id);
CREATE INDEX job_posting_company ON job_posting (company_id);
CREATE INDEX fit_posting ON fit (posting_id);
CREATE INDEX fit_resume_version ON fit (resume_version_id);
CREATE INDEX resume_version_parent ON resume_version (parent_id);
CREATE INDEX resume_version_posting ON resume_version (posting_id);
CREATE INDEX document_application ON document (application_id);
CREATE INDEX document_posting ON document (posting_id);
CREATE INDEX document_parent ON document (parent_id);
CREATE INDEX job_application_resume_version ON job_application (resume_version_id);
CREATE INDEX job_application_cover_letter ON job_application (cover_letter_id);
CREATE INDEX stage_change_application ON stage_change (application_id, changed_at);
CREATE INDEX outreach_application ON outreach (application_id);
CREATE INDEX outreach_contact ON outreach (contact_id);
CREATE INDEX event_application ON event (application_id);
CREATE INDEX event_candidate ON event (candidate_id);
CREATE INDEX task_application ON task (application_id);
CREATE INDEX model_run_application ON model_run (application_id);
CREATE INDEX model_run_posting ON model_run (posting_id);
CREATE INDEX critic_log_run ON critic_log (run_id);
CREATE INDEX approved_output_run ON approved_output (source_run_id);
CREATE INDEX cv_batch_posting ON cv_batch (posting_id);
CREATE INDEX candidate_batch ON candidate (batch_id);
CREATE INDEX candidate_entity_candidate ON candidate_entity (candidate_id);
CREATE INDEX interview_session_application ON interview_session (application_id);
CREATE INDEX interview_question_session ON interview_question (session_id);
CREATE INDEX learning_resource_application ON learning_resource (application_id);

-- The queries the pages run: newest first, by name, by stage, what is due.
CREATE INDEX job_posting_created ON job_posting (created_at);
CREATE INDEX job_posting_title ON job_posting (title COLLATE NOCASE);
CREATE INDEX company_normalized_name ON company (normalized_name);
CREATE INDEX company_name ON company (name COLLATE NOCASE);
CREATE INDEX company_domain ON company (domain);
CREATE INDEX job_application_stage ON job_application (stage, updated_at);
CREATE INDEX job_application_updated ON job_application (updated_at);
CREATE INDEX experience_dates ON experience (end_date, start_date);
CREATE INDEX event_starts ON event (starts_at);
CREATE INDEX task_due ON task (due_at) WHERE done_at IS NULL;
CREATE INDEX notification_due ON notification (fire_at) WHERE sent_at IS NULL;
CREATE INDEX model_run_created ON model_run (created_at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_created ON audit_log (created_at);
CREATE INDEX user_event_occurred ON user_event (occurred_at);

-- Full-text search over postings, companies, contacts, bullets and documents. Each index is
-- an ordinary FTS5 table whose rowid is the entity's id, kept in sync by the triggers below,
-- so that every write path (repositories, cascades, SET NULL) updates it in the same
-- transaction.
CREATE VIRTUAL TABLE job_posting_fts USING fts5 (
  title, company, location, body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE company_fts USING fts5 (
  name, domain, industry, notes, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE contact_fts USING fts5 (
  full_name, title, email, notes, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE bullet_fts USING fts5 (
  text, tags, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE document_fts USING fts5 (
  title, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER job_posting_fts_insert AFTER INSERT ON job_posting BEGIN
  INSERT INTO job_posting_fts (rowid, title, company, location, body)
  VALUES (new.id, new.title, (SELECT name FROM company WHERE id = new.company_id), new.location,
          (SELECT clean_text FROM job_posting_text WHERE posting_id = new.id));
END;
CREATE TRIGGER job_posting_fts_update AFTER UPDATE OF title, company_id, location ON job_posting
BEGIN
  UPDATE job_posting_fts
  SET title = new.title,
      company = (SELECT name FROM company WHERE id = new.company_id),
      location = new.location
  WHERE rowid = new.id;
END;
CREATE TRIGGER job_posting_fts_delete AFTER DELETE ON job_posting BEGIN
  DELETE FROM job_posting_fts WHERE rowid = old.id;
END;
CREATE TRIGGER job_posting_text_fts_insert AFTER INSERT ON job_posting_text BEGIN
  UPDATE job_posting_fts SET body = new.clean_text WHERE rowid = new.posting_id;
END;
CREATE TRIGGER job_posting_text_fts_update AFTER UPDATE OF clean_text ON job_posting_text BEGIN
  UPDATE job_posting_fts SET body = new.clean_text WHERE rowid = new.posting_id;
END;

CREATE TRIGGER company_fts_insert AFTER INSERT ON company BEGIN
  INSERT INTO company_fts (rowid, name, domain, industry, notes)
  VALUES (new.id, new.name, new.domain, new.industry, new.notes);
END;
CREATE TRIGGER company_fts_update AFTER UPDATE OF name, domain, industry, notes ON company BEGIN
  UPDATE company_fts
  SET name = new.name, domain = new.domain, industry = new.industry, notes = new.notes
  WHERE rowid = new.id;
END;
CREATE TRIGGER company_fts_delete AFTER DELETE ON company BEGIN
  DELETE FROM company_fts WHERE rowid = old.id;
END;
CREATE TRIGGER company_name_job_posting_fts AFTER UPDATE OF name ON company BEGIN
  UPDATE job_posting_fts SET company = new.name
  WHERE rowid IN (SELECT id FROM job_posting WHERE company_id = new.id);
END;

-- A soft-deleted contact leaves the index.
CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO contact_fts (rowid, full_name, title, email, notes)
  VALUES (new.id, new.full_name, new.title, new.email, new.notes);
END;
CREATE TRIGGER contact_fts_update AFTER UPDATE ON contact BEGIN
  DELETE FROM contact_fts WHERE rowid = old.id;
  INSERT INTO contact_fts (rowid, full_name, title, email, notes)
  SELECT new.id, new.full_name, new.title, new.email, new.notes WHERE new.deleted_at IS NULL;
END;
CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN
  DELETE FROM contact_fts WHERE rowid = old.id;
END;

CREATE TRIGGER bullet_fts_insert AFTER INSERT ON bullet BEGIN
  INSERT INTO bullet_fts (rowid, text, tags) VALUES (new.id, new.text, new.tags);
END;
CREATE TRIGGER bullet_fts_update AFTER UPDATE OF text, tags ON bullet BEGIN
  UPDATE bullet_fts SET text = new.text, tags = new.tags WHERE rowid = new.id;
END;
CREATE TRIGGER bullet_fts_delete AFTER DELETE ON bullet BEGIN
  DELETE FROM bullet_fts WHERE rowid = old.id;
END;

CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
  INSERT INTO document_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER document_fts_update AFTER UPDATE OF title, body ON document BEGIN
  UPDATE document_fts SET title = new.title, body = new.body WHERE rowid = new.id;
END;
CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN
  DELETE FROM document_fts WHERE rowid = old.id;
END;

-- The one profile row exists from the start, so that reading it never writes.
INSERT INTO profile (id, uuid, created_at, updated_at)
VALUES (1,
        lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||
              substr(hex(randomblob(2)), 2) || '-' ||
              substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) ||
              '-' || hex(randomblob(6))),
        strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'),
        strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'));
