-- Unmet demand counted in members (issue 11): `/mentor stats` says "4 members looked for rust",
-- so each member who looked for a topic nobody mentors is one row, however often they searched.
-- The member id is personal data: `/mentor export` lists the member's own topics and
-- `/mentor forget-me` deletes their rows (and a topic row only they had asked for). Searches
-- counted before V14 have no member rows and are not shown as members.

CREATE TABLE topic_demand_member (
    community_id BIGINT NOT NULL,
    topic        TEXT   NOT NULL,
    user_id      TEXT   NOT NULL,
    first_at     BIGINT NOT NULL,
    last_at      BIGINT NOT NULL,
    PRIMARY KEY (community_id, topic, user_id),
    FOREIGN KEY (community_id, topic) REFERENCES topic_demand (community_id, topic) ON DELETE CASCADE
);
