-- Asks (DESIGN §3, /mentor ask): a member asks one mentor for a one-off conversation.
-- An ask is 'open' until the mentor accepts or declines it, or it expires at expires_at.

CREATE TABLE ask (
    id           INTEGER PRIMARY KEY,
    community_id INTEGER NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    asker_id     TEXT    NOT NULL,
    mentor_id    TEXT    NOT NULL,
    question     TEXT    NOT NULL,
    state        TEXT    NOT NULL DEFAULT 'open'
                 CHECK (state IN ('open', 'accepted', 'declined', 'expired')),
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    answered_at  INTEGER,
    CHECK (asker_id <> mentor_id)
);

-- One open ask per asker and mentor; the command checks first, this is the guard behind it.
CREATE UNIQUE INDEX ask_one_open ON ask (community_id, asker_id, mentor_id) WHERE state = 'open';
CREATE INDEX ask_by_asker ON ask (community_id, asker_id, state);
CREATE INDEX ask_by_mentor ON ask (community_id, mentor_id, state);
