package org.mentorbot.slack;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which deliveries began and did not finish, so a retry can tell "posted before a crash"
 * from "never posted". {@link SlackChatGateway} notes each outbox key before posting and forgets it
 * once Slack answered; a key still noted when it comes again means the process (or another
 * instance) died mid-delivery, and only then does the gateway search the conversation's history for
 * the key before posting. The journal must outlive the process, so production uses {@link
 * SqlDeliveryJournal} on the bot's database.
 */
public interface DeliveryJournal {

  /**
   * Notes that delivery of {@code key} in {@code team} begins at {@code now}; returns when an
   * earlier attempt began if one never finished.
   */
  Optional<Instant> begin(String team, String key, Instant now);

  /** Slack answered (delivered, refused or rate-limited): nothing is in doubt any more. */
  void finish(String team, String key);

  /** A journal that lives as long as the gateway: enough for tests and the benchmark. */
  static DeliveryJournal inMemory() {
    Map<String, Instant> begun = new ConcurrentHashMap<>();
    return new DeliveryJournal() {
      @Override
      public Optional<Instant> begin(String team, String key, Instant now) {
        return Optional.ofNullable(begun.putIfAbsent(team + "\n" + key, now));
      }

      @Override
      public void finish(String team, String key) {
        begun.remove(team + "\n" + key);
      }
    };
  }
}
