-- The feedback figure last shown for each round (docs/stats.md): it changes only when at least
-- five new ratings arrived and the change cannot single out any rating, so comparing two
-- consecutive reports never reveals one member's rating.
CREATE TABLE stats_release (
    round_id    BIGINT  NOT NULL PRIMARY KEY REFERENCES match_round (id) ON DELETE CASCADE,
    ratings     INTEGER NOT NULL,
    band        INTEGER NOT NULL CHECK (band BETWEEN 1 AND 4),
    released_at BIGINT  NOT NULL
);
