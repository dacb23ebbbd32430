-- Durable work, second step (DESIGN §6; docs/durability.md).

-- A job's retry time is kept apart from due_at, so a handler always sees when its job was meant
-- to run, however often it was retried.
ALTER TABLE job ADD COLUMN retry_at INTEGER;

-- Jobs of one coalesce group stand for "the latest state of one thing" (the nudge for one pair):
-- when several of a group are overdue at once (the bot was down), only the newest runs.
ALTER TABLE job ADD COLUMN coalesce_group TEXT;
CREATE INDEX job_coalesce ON job (community_id, coalesce_group, state);

-- The dispatcher sends only the oldest pending message of each destination, so one recipient's
-- messages arrive in order even when one of them waits for a rate limit.
CREATE INDEX outbox_destination ON outbox (community_id, destination, state, id);
