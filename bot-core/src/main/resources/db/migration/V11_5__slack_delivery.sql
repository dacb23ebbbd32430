-- Slack deliveries in flight (SqlDeliveryJournal). A row is written before chat.postMessage and
-- removed once Slack answered; a row left behind by a crash makes the retry look for the message's
-- idempotency key in the conversation's history before posting again.
CREATE TABLE slack_delivery (
  team_id TEXT NOT NULL,
  idempotency_key TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  PRIMARY KEY (team_id, idempotency_key)
);
