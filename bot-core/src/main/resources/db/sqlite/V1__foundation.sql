-- Foundation: communities, their settings, the roster, and the durable outbox and job table.
-- Times are epoch milliseconds (INTEGER) so the SQL stays portable to PostgreSQL.

CREATE TABLE community (
    id          INTEGER PRIMARY KEY,
    platform    TEXT    NOT NULL,
    external_id TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (platform, external_id)
);

CREATE TABLE community_setting (
    community_id INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    value        TEXT    NOT NULL,
    PRIMARY KEY (community_id, name)
);

CREATE TABLE topic_alias (
    community_id INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    alias        TEXT    NOT NULL,
    topic        TEXT    NOT NULL,
    PRIMARY KEY (community_id, alias)
);

CREATE TABLE member (
    community_id INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    user_id      TEXT    NOT NULL,
    display_name TEXT    NOT NULL,
    is_mentor    INTEGER NOT NULL DEFAULT 0,
    is_mentee    INTEGER NOT NULL DEFAULT 0,
    goals        TEXT,
    years        INTEGER,
    timezone     TEXT,
    capacity     INTEGER NOT NULL DEFAULT 1,
    bio          TEXT,
    format       TEXT,
    paused       INTEGER NOT NULL DEFAULT 0,
    paused_until TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (community_id, user_id)
);

CREATE TABLE member_topic (
    community_id INTEGER NOT NULL,
    user_id      TEXT    NOT NULL,
    role         TEXT    NOT NULL CHECK (role IN ('mentor', 'mentee')),
    topic        TEXT    NOT NULL,
    PRIMARY KEY (community_id, user_id, role, topic),
    FOREIGN KEY (community_id, user_id) REFERENCES member (community_id, user_id) ON DELETE CASCADE
);
CREATE INDEX member_topic_by_topic ON member_topic (community_id, role, topic);

CREATE TABLE member_language (
    community_id INTEGER NOT NULL,
    user_id      TEXT    NOT NULL,
    language     TEXT    NOT NULL,
    PRIMARY KEY (community_id, user_id, language),
    FOREIGN KEY (community_id, user_id) REFERENCES member (community_id, user_id) ON DELETE CASCADE
);

-- Blocks outlive the blocker's profile on purpose only until forget-me, which erases them.
CREATE TABLE member_block (
    community_id INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    blocker_id   TEXT    NOT NULL,
    blocked_id   TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (community_id, blocker_id, blocked_id)
);

-- Every outbound message is a row before it is sent (DESIGN §6).
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    community_id    INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    idempotency_key TEXT    NOT NULL,
    destination     TEXT    NOT NULL,
    message         TEXT    NOT NULL,
    state           TEXT    NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'delivered', 'undeliverable')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_by      TEXT,
    claimed_until   INTEGER,
    last_error      TEXT,
    created_at      INTEGER NOT NULL,
    delivered_at    INTEGER,
    UNIQUE (community_id, idempotency_key)
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);

-- Every future action is a row with a due time (DESIGN §6).
CREATE TABLE job (
    id            INTEGER PRIMARY KEY,
    community_id  INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL,
    payload       TEXT    NOT NULL,
    dedupe_key    TEXT    NOT NULL,
    due_at        INTEGER NOT NULL,
    state         TEXT    NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'done', 'failed', 'cancelled')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    claimed_by    TEXT,
    claimed_until INTEGER,
    last_error    TEXT,
    created_at    INTEGER NOT NULL,
    done_at       INTEGER,
    UNIQUE (community_id, dedupe_key)
);
CREATE INDEX job_due ON job (state, due_at);
