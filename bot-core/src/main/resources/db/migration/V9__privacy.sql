-- Privacy and confidential routing (issue 12; docs/privacy.md). Times are epoch milliseconds.

-- Members the bot has seen acting as moderators (platform facts at their last command). When a
-- community has no moderators' channel, confidential alerts go to each of them by direct message.
-- A member seen without moderator rights is removed again, so a demoted moderator stops getting them.
CREATE TABLE known_moderator (
    community_id BIGINT NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    user_id      TEXT   NOT NULL,
    seen_at      BIGINT NOT NULL,
    PRIMARY KEY (community_id, user_id)
);

-- What a forget-me prompt offered, and until when. The confirm button carries only a random token;
-- the authority to erase is this row, so a forged or replayed button id erases nothing.
CREATE TABLE forget_offer (
    community_id BIGINT NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    user_id      TEXT   NOT NULL,
    token        TEXT   NOT NULL,
    expires_at   BIGINT NOT NULL,
    PRIMARY KEY (community_id, user_id)
);

-- Delivered and undeliverable outbox rows keep only their idempotency key once the retention
-- period has passed; this finds the rows whose bodies are due to be purged.
CREATE INDEX outbox_finished ON outbox (state, delivered_at);
