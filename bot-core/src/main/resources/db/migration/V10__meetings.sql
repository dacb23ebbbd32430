-- Meetings of a mentorship (docs/meetings.md): proposals, scheduled meetings and their invites,
-- and the mentee's agenda. Times are epoch milliseconds.

CREATE TABLE meeting (
    id            ${id_pk},
    community_id  BIGINT  NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    mentorship_id BIGINT  NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,
    -- The mentorship's round when the meeting was proposed, for per-round stats.
    round_id      BIGINT  REFERENCES match_round (id) ON DELETE SET NULL,
    state         TEXT    NOT NULL
                  CHECK (state IN ('proposed', 'scheduled', 'declined', 'cancelled')),
    starts_at     BIGINT  NOT NULL,
    minutes       INTEGER NOT NULL CHECK (minutes BETWEEN 15 AND 240),
    proposed_by   TEXT    NOT NULL,
    -- A proposed new time for a scheduled meeting, until the others accept or refuse it.
    move_to       BIGINT,
    move_minutes  INTEGER,
    move_by       TEXT,
    -- The invite's SEQUENCE: raised by every change the members' calendars must follow.
    sequence      INTEGER NOT NULL DEFAULT 0,
    created_at    BIGINT  NOT NULL,
    scheduled_at  BIGINT,
    updated_at    BIGINT  NOT NULL
);
CREATE INDEX meeting_by_mentorship ON meeting (mentorship_id, state);
CREATE INDEX meeting_by_round ON meeting (community_id, round_id);

-- What the mentee wants from a meeting; read by the pair only.
CREATE TABLE meeting_agenda (
    meeting_id   BIGINT  PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    community_id BIGINT  NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    user_id      TEXT    NOT NULL,
    text         TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL
);
CREATE INDEX meeting_agenda_by_user ON meeting_agenda (community_id, user_id);
