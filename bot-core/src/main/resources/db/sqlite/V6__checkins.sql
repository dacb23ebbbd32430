-- Check-ins (DESIGN §5; docs/checkins.md): the state of every published pair's nudges, the answers
-- members gave, end-of-round feedback, and mentees who get priority in the next round.
-- Times are epoch milliseconds.

-- One row per published pair. asked = the last check-in occurrence sent (0 = none yet);
-- answered = the occurrence the latest answer belongs to; misses = missed or "not yet" check-ins
-- in a row; planned = how many check-in occurrences were scheduled at publish.
CREATE TABLE checkin_pair (
    pair_id      INTEGER PRIMARY KEY REFERENCES match_pair (id) ON DELETE CASCADE,
    community_id INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    round_id     INTEGER NOT NULL REFERENCES match_round (id) ON DELETE CASCADE,
    state        TEXT    NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'ended')),
    planned      INTEGER NOT NULL,
    asked        INTEGER NOT NULL DEFAULT 0,
    answered     INTEGER NOT NULL DEFAULT -1,
    last_answer  TEXT,
    answered_at  INTEGER,
    misses       INTEGER NOT NULL DEFAULT 0,
    escalated    INTEGER NOT NULL DEFAULT 0,
    met          INTEGER NOT NULL DEFAULT 0,
    started_at   INTEGER NOT NULL,
    ended_at     INTEGER
);
CREATE INDEX checkin_pair_round ON checkin_pair (community_id, round_id, state);

-- Every answer, from buttons or /mentor checkin; occurrence is the check-in it answered.
CREATE TABLE checkin_answer (
    id           INTEGER PRIMARY KEY,
    pair_id      INTEGER NOT NULL REFERENCES checkin_pair (pair_id) ON DELETE CASCADE,
    community_id INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    user_id      TEXT    NOT NULL,
    answer       TEXT    NOT NULL
                 CHECK (answer IN ('met', 'scheduled', 'not-yet', 'need-help', 'end')),
    note         TEXT,
    occurrence   INTEGER NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX checkin_answer_user ON checkin_answer (community_id, user_id);

-- Confidential feedback: one per pair and giver (a second replaces the first). Moderators see
-- aggregates and the text of flagged comments only.
CREATE TABLE checkin_feedback (
    pair_id      INTEGER NOT NULL REFERENCES match_pair (id) ON DELETE CASCADE,
    community_id INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    round_id     INTEGER NOT NULL REFERENCES match_round (id) ON DELETE CASCADE,
    from_id      TEXT    NOT NULL,
    about_id     TEXT    NOT NULL,
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment      TEXT,
    flagged      INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (pair_id, from_id)
);
CREATE INDEX checkin_feedback_about ON checkin_feedback (community_id, about_id);

-- Mentees of stale pairs: the next round's planner treats them like waitlisted mentees.
CREATE TABLE mentee_priority (
    community_id INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    user_id      TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (community_id, user_id)
);
