-- Match rounds (DESIGN §3, §4; docs/rounds.md): a round, who joined it, the pairs it made, the
-- mentees it left unmatched, and a community's monthly schedule. Times are epoch milliseconds.

CREATE TABLE match_round (
    id               INTEGER PRIMARY KEY,
    community_id     INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    number           INTEGER NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('mentorship', 'peer-circles', 'reverse')),
    state            TEXT    NOT NULL DEFAULT 'open'
                     CHECK (state IN ('open', 'published', 'cancelled', 'closed')),
    opened_at        INTEGER NOT NULL,
    signup_closes_at INTEGER NOT NULL,
    match_at         INTEGER NOT NULL,
    published_at     INTEGER,
    -- The moderator's user id, 'schedule' for automatic rounds, NULL after the opener's forget-me.
    opened_by        TEXT,
    -- Fixed when the round opens, so preview and publish break ties the same way.
    seed             INTEGER NOT NULL,
    UNIQUE (community_id, number)
);
-- At most one round of a community takes sign-ups at a time, even with two moderators racing.
CREATE UNIQUE INDEX match_round_one_open ON match_round (community_id) WHERE state = 'open';

CREATE TABLE round_participant (
    round_id  INTEGER NOT NULL REFERENCES match_round (id) ON DELETE CASCADE,
    user_id   TEXT    NOT NULL,
    role      TEXT    NOT NULL CHECK (role IN ('mentor', 'mentee', 'peer')),
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (round_id, user_id, role)
);

-- One row per published pair; check-ins build on it (nudges, meet state, feedback).
CREATE TABLE match_pair (
    id           INTEGER PRIMARY KEY,
    round_id     INTEGER NOT NULL REFERENCES match_round (id) ON DELETE CASCADE,
    community_id INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    mentor_id    TEXT    NOT NULL,
    mentee_id    TEXT    NOT NULL,
    score        INTEGER NOT NULL,
    -- The engine's reasons, one sentence per line.
    reasons      TEXT    NOT NULL,
    state        TEXT    NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'ended')),
    created_at   INTEGER NOT NULL,
    ended_at     INTEGER,
    UNIQUE (round_id, mentor_id, mentee_id)
);
CREATE INDEX match_pair_mentor ON match_pair (community_id, mentor_id, state);
CREATE INDEX match_pair_mentee ON match_pair (community_id, mentee_id, state);

-- Peer-circle rounds: which circle each peer is in (circles have no mentor, so no pair rows).
CREATE TABLE round_circle (
    round_id  INTEGER NOT NULL REFERENCES match_round (id) ON DELETE CASCADE,
    circle_no INTEGER NOT NULL,
    user_id   TEXT    NOT NULL,
    PRIMARY KEY (round_id, user_id)
);

-- Mentees a published round left without a mentor; they are waitlisted for the next round.
CREATE TABLE round_unmatched (
    round_id  INTEGER NOT NULL REFERENCES match_round (id) ON DELETE CASCADE,
    mentee_id TEXT    NOT NULL,
    cause     TEXT    NOT NULL,
    reason    TEXT    NOT NULL,
    PRIMARY KEY (round_id, mentee_id)
);

-- Automatic monthly rounds: match on day_of_month at match_time (zone), sign-up opens
-- signup_days before. next_match_at is the occurrence whose jobs are pending.
CREATE TABLE round_schedule (
    community_id  INTEGER PRIMARY KEY REFERENCES community (id) ON DELETE CASCADE,
    day_of_month  INTEGER NOT NULL CHECK (day_of_month BETWEEN 1 AND 28),
    match_time    TEXT    NOT NULL,
    zone          TEXT    NOT NULL,
    signup_days   INTEGER NOT NULL CHECK (signup_days BETWEEN 1 AND 27),
    enabled       INTEGER NOT NULL DEFAULT 1,
    next_match_at INTEGER,
    updated_at    INTEGER NOT NULL
);
