-- Unmet demand (issue 11): how often `/mentor find <topic>` found no available mentor, per topic.
-- Counts only: no member id is stored (a member's repeats within a day are not counted again,
-- best effort, in memory). `/mentor stats` lists topics that still have no mentor on the roster.

CREATE TABLE topic_demand (
    community_id BIGINT  NOT NULL REFERENCES community (id) ON DELETE CASCADE,
    topic        TEXT    NOT NULL,
    searches     INTEGER NOT NULL,
    first_at     BIGINT  NOT NULL,
    last_at      BIGINT  NOT NULL,
    PRIMARY KEY (community_id, topic)
);
