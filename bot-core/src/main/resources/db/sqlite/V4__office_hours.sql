-- Office hours (DESIGN §3): weekly rules, sessions with their hosts, and queue entries.
-- Times are epoch milliseconds. Positions are never stored: a member's place is their rank among
-- the waiting entries by join sequence, so leaving never leaves a gap.

CREATE TABLE oh_schedule (
    id           INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    mentor_id    TEXT    NOT NULL,
    mentor_name  TEXT    NOT NULL,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time   TEXT    NOT NULL,
    zone         TEXT    NOT NULL,
    minutes      INTEGER NOT NULL,
    topic        TEXT,
    created_at   INTEGER NOT NULL,
    UNIQUE (community_id, mentor_id, weekday)
);

CREATE TABLE oh_session (
    id           INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    owner_id     TEXT    NOT NULL,
    owner_name   TEXT    NOT NULL,
    topic        TEXT,
    topic_key    TEXT,
    capacity     INTEGER NOT NULL,
    zone         TEXT    NOT NULL,
    state        TEXT    NOT NULL CHECK (state IN ('scheduled', 'open', 'closed')),
    schedule_id  INTEGER REFERENCES oh_schedule (id) ON DELETE SET NULL,
    starts_at    INTEGER NOT NULL,
    ends_at      INTEGER NOT NULL,
    opened_at    INTEGER,
    closed_at    INTEGER,
    broadcasts   INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    UNIQUE (community_id, number),
    UNIQUE (schedule_id, starts_at)
);
CREATE INDEX oh_session_by_state ON oh_session (community_id, state);

-- Several mentors may serve one shared topic queue; each is a host of the session.
CREATE TABLE oh_host (
    session_id   INTEGER NOT NULL REFERENCES oh_session (id) ON DELETE CASCADE,
    user_id      TEXT    NOT NULL,
    display_name TEXT    NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1,
    joined_at    INTEGER NOT NULL,
    PRIMARY KEY (session_id, user_id)
);

CREATE TABLE oh_entry (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES oh_session (id) ON DELETE CASCADE,
    community_id INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    user_id      TEXT    NOT NULL,
    question     TEXT    NOT NULL,
    seq          INTEGER NOT NULL,
    state        TEXT    NOT NULL
                 CHECK (state IN ('waiting', 'called', 'served', 'no_show', 'left', 'dropped')),
    next_told    INTEGER NOT NULL DEFAULT 0,
    joined_at    INTEGER NOT NULL,
    called_at    INTEGER,
    called_by    TEXT,
    present_at   INTEGER,
    done_at      INTEGER,
    UNIQUE (session_id, seq)
);
-- One open entry per member per session, even if two writers race.
CREATE UNIQUE INDEX oh_entry_one_open ON oh_entry (session_id, user_id)
    WHERE state IN ('waiting', 'called');
CREATE INDEX oh_entry_by_member ON oh_entry (community_id, user_id, state);
