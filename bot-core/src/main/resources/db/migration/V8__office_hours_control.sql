-- Office-hours control (issue 11): occurrences of weekly rules a mentor skips, and queues paused
-- by their host (no new joins, the people waiting are still served). Times are epoch ms.

CREATE TABLE oh_skip (
    schedule_id BIGINT NOT NULL REFERENCES oh_schedule (id) ON DELETE CASCADE,
    local_date  TEXT   NOT NULL,
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (schedule_id, local_date)
);

ALTER TABLE oh_session ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
