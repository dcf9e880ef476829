-- 0006-pipeline-tasks.sql — Copyright 2026 The Vocation authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The pipeline engine: tasks are deleted softly (so that a deletion can be undone and a rule
-- does not suggest again a task the user threw away), a stage change that goes against the
-- usual order is flagged, and a suggested task exists once per rule key (the key names the
-- application or event, so it is unique by itself; the index of 0001 on (application_id, rule)
-- lets two tasks without an application share a key).

ALTER TABLE task ADD COLUMN deleted_at TEXT;
ALTER TABLE stage_change ADD COLUMN unusual INTEGER NOT NULL DEFAULT 0 CHECK (unusual IN (0, 1));

CREATE UNIQUE INDEX task_rule ON task (rule) WHERE rule IS NOT NULL;
