-- What an adapter noted about a delivery in progress, so a retry continues it instead of starting
-- over: e.g. the Discord intro thread created for an outbox row (name 'thread'), reused when adding
-- the members or posting the intro has to be tried again. Keyed by the outbox row's idempotency
-- key (unique per community). Times are epoch milliseconds; notes older than 30 days are dropped.
CREATE TABLE delivery_note (
    platform        TEXT   NOT NULL,
    community       TEXT   NOT NULL,
    idempotency_key TEXT   NOT NULL,
    name            TEXT   NOT NULL,
    value           TEXT   NOT NULL,
    created_at      BIGINT NOT NULL,
    PRIMARY KEY (platform, community, idempotency_key, name)
);
CREATE INDEX delivery_note_age ON delivery_note (created_at);
