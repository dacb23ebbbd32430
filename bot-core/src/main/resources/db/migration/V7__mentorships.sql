-- Mentorships (DESIGN §5; docs/mentorships.md): the relationship a round or a moderator creates,
-- with its own lifecycle. A round's match_pair rows stay what the round made (history, repeat
-- window, scores); a mentorship is what runs afterwards, and only its own lifecycle ends it.
-- Times are epoch milliseconds.

CREATE TABLE mentorship (
    id             ${id_pk},
    community_id   BIGINT  NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL CHECK (kind IN ('pair', 'circle')),
    format         TEXT    NOT NULL CHECK (format IN ('short', 'long')),
    -- The round that made it; NULL for a moderator's /round pair (or once the round is gone).
    round_id       BIGINT  REFERENCES match_round (id) ON DELETE SET NULL,
    -- A circle's named topic.
    topic          TEXT,
    state          TEXT    NOT NULL DEFAULT 'active'
                   CHECK (state IN ('active', 'ending', 'ended')),
    started_at     BIGINT  NOT NULL,
    planned_end_at BIGINT  NOT NULL,
    -- 1 for the first term; each "both Continue" adds one.
    terms          INTEGER NOT NULL DEFAULT 1,
    -- 'round' or 'moderator'.
    created_by     TEXT    NOT NULL,
    end_reason     TEXT    CHECK (end_reason IN ('goal-reached', 'term-completed', 'ended-early',
                                                 'blocked-left', 'unpaired')),
    -- For ended-early: not-a-fit, no-time or other. The note is for moderators only.
    end_detail     TEXT,
    end_note       TEXT,
    ended_at       BIGINT,
    -- The moderator who pressed "I'll take it" on an alert about it.
    handled_by     TEXT
);
CREATE INDEX mentorship_by_state ON mentorship (community_id, state);

CREATE TABLE mentorship_member (
    mentorship_id BIGINT  NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,
    community_id  BIGINT  NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    user_id       TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('mentor', 'mentee', 'peer')),
    -- The member's answer to "continue for another term?" in the current term.
    choice        TEXT    CHECK (choice IN ('continue', 'wrap-up')),
    PRIMARY KEY (mentorship_id, user_id)
);
CREATE INDEX mentorship_member_by_user ON mentorship_member (community_id, user_id);

-- The mentorship's goals, seen by its members only; stats count them, never their text.
CREATE TABLE mentorship_goal (
    mentorship_id BIGINT  NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    text          TEXT    NOT NULL,
    state         TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dropped')),
    created_at    BIGINT  NOT NULL,
    closed_at     BIGINT,
    PRIMARY KEY (mentorship_id, number)
);

-- Existing pairs become mentorships with the same ids, so check-in rows keep pointing at them.
-- A pair still active (its round not closed, no later round published) is a short mentorship
-- ending when its round would have closed; every other pair is ended.
INSERT INTO mentorship (id, community_id, kind, format, round_id, state, started_at,
                        planned_end_at, terms, created_by, end_reason, ended_at)
SELECT p.id, p.community_id, 'pair', 'short', p.round_id,
       CASE WHEN p.state = 'active' THEN 'active' ELSE 'ended' END,
       p.created_at,
       COALESCE((SELECT MIN(j.due_at) FROM job j WHERE j.community_id = p.community_id
                   AND j.kind = 'round-close' AND j.payload = CAST(p.round_id AS TEXT)),
                p.created_at + 2592000000),
       1, 'round',
       CASE WHEN p.state = 'active' THEN NULL
            WHEN EXISTS (SELECT 1 FROM checkin_answer a WHERE a.pair_id = p.id
                           AND a.answer = 'end') THEN 'ended-early'
            ELSE 'term-completed' END,
       CASE WHEN p.state = 'active' THEN NULL ELSE COALESCE(p.ended_at, p.created_at) END
FROM match_pair p;

INSERT INTO mentorship_member (mentorship_id, community_id, user_id, role)
SELECT id, community_id, mentor_id, 'mentor' FROM match_pair;
INSERT INTO mentorship_member (mentorship_id, community_id, user_id, role)
SELECT id, community_id, mentee_id, 'mentee' FROM match_pair;

-- A running mentorship starts with the mentee's profile goals as its one goal.
INSERT INTO mentorship_goal (mentorship_id, number, text, created_at)
SELECT p.id, 1, m.goals, p.created_at FROM match_pair p
JOIN member m ON m.community_id = p.community_id AND m.user_id = p.mentee_id
WHERE p.state = 'active' AND m.goals IS NOT NULL AND m.goals <> '';

-- Their end of term: the Continue / Wrap up question two days before (the default reminder
-- days), and the end itself. The round-close job no longer ends anything.
INSERT INTO job (community_id, kind, payload, dedupe_key, due_at, created_at)
SELECT community_id, 'mentorship-ask', CAST(id AS TEXT) || ':1',
       'mentorship-ask:' || CAST(id AS TEXT) || ':1', planned_end_at - 172800000, started_at
FROM mentorship WHERE state = 'active';
INSERT INTO job (community_id, kind, payload, dedupe_key, due_at, created_at)
SELECT community_id, 'mentorship-term', CAST(id AS TEXT) || ':1',
       'mentorship-term:' || CAST(id AS TEXT) || ':1', planned_end_at, started_at
FROM mentorship WHERE state = 'active';

-- Check-ins now belong to mentorships (pairs and circles, from rounds or moderators): the three
-- check-in tables are rebuilt so their keys reference mentorship. pair_id keeps its name and
-- values (the mentorship's id); round_id may be NULL; feedback about a circle has no about_id.
DROP INDEX checkin_pair_round;
DROP INDEX checkin_answer_user;
DROP INDEX checkin_feedback_about;
ALTER TABLE checkin_answer RENAME TO checkin_answer_v6;
ALTER TABLE checkin_feedback RENAME TO checkin_feedback_v6;
ALTER TABLE checkin_pair RENAME TO checkin_pair_v6;

CREATE TABLE checkin_pair (
    pair_id      BIGINT  PRIMARY KEY REFERENCES mentorship (id) ON DELETE CASCADE,
    community_id BIGINT  NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    round_id     BIGINT  REFERENCES match_round (id) ON DELETE SET NULL,
    state        TEXT    NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'ended')),
    planned      INTEGER NOT NULL,
    asked        INTEGER NOT NULL DEFAULT 0,
    answered     INTEGER NOT NULL DEFAULT -1,
    last_answer  TEXT,
    answered_at  BIGINT,
    misses       INTEGER NOT NULL DEFAULT 0,
    escalated    INTEGER NOT NULL DEFAULT 0,
    met          INTEGER NOT NULL DEFAULT 0,
    started_at   BIGINT  NOT NULL,
    ended_at     BIGINT
);
CREATE INDEX checkin_pair_round ON checkin_pair (community_id, round_id, state);

CREATE TABLE checkin_answer (
    id           ${id_pk},
    pair_id      BIGINT  NOT NULL REFERENCES checkin_pair (pair_id) ON DELETE CASCADE,
    community_id BIGINT  NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    user_id      TEXT    NOT NULL,
    answer       TEXT    NOT NULL
                 CHECK (answer IN ('met', 'scheduled', 'not-yet', 'need-help', 'end')),
    note         TEXT,
    occurrence   INTEGER NOT NULL,
    created_at   BIGINT  NOT NULL
);
CREATE INDEX checkin_answer_user ON checkin_answer (community_id, user_id);

CREATE TABLE checkin_feedback (
    pair_id      BIGINT  NOT NULL REFERENCES mentorship (id) ON DELETE CASCADE,
    community_id BIGINT  NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    round_id     BIGINT  REFERENCES match_round (id) ON DELETE SET NULL,
    from_id      TEXT    NOT NULL,
    -- The partner; NULL when the feedback is about a whole circle.
    about_id     TEXT,
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment      TEXT,
    flagged      INTEGER NOT NULL DEFAULT 0,
    created_at   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL,
    PRIMARY KEY (pair_id, from_id)
);
CREATE INDEX checkin_feedback_about ON checkin_feedback (community_id, about_id);

INSERT INTO checkin_pair (pair_id, community_id, round_id, state, planned, asked, answered,
                          last_answer, answered_at, misses, escalated, met, started_at, ended_at)
SELECT pair_id, community_id, round_id, state, planned, asked, answered, last_answer,
       answered_at, misses, escalated, met, started_at, ended_at
FROM checkin_pair_v6;
INSERT INTO checkin_answer (id, pair_id, community_id, user_id, answer, note, occurrence,
                            created_at)
SELECT id, pair_id, community_id, user_id, answer, note, occurrence, created_at
FROM checkin_answer_v6;
INSERT INTO checkin_feedback (pair_id, community_id, round_id, from_id, about_id, rating,
                              comment, flagged, created_at, updated_at)
SELECT pair_id, community_id, round_id, from_id, about_id, rating, comment, flagged,
       created_at, updated_at
FROM checkin_feedback_v6;

DROP TABLE checkin_answer_v6;
DROP TABLE checkin_feedback_v6;
DROP TABLE checkin_pair_v6;
