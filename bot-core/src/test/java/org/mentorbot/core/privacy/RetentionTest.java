package org.mentorbot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.testing.TestCommunity;

/** Delivered messages keep only their key after the retention period, for everyone. */
class RetentionTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  private int withBody() {
    return c.count("SELECT COUNT(*) FROM outbox WHERE message <> ''");
  }

  @Test
  void deliveredBodiesArePurgedAfterSevenDaysAndTheKeysStay() {
    shown(c.mentor("ada", "signup mentor topics:java"));
    shown(c.mentor("ada", "export"));
    int rows = c.count("SELECT COUNT(*) FROM outbox");
    assertThat(rows).isPositive();
    assertThat(withBody()).isEqualTo(rows);

    c.clock.advance(Duration.ofDays(6));
    c.core.runDueWork();
    assertThat(withBody()).as("within the retention period").isEqualTo(rows);

    c.clock.advance(Duration.ofDays(1).plusMinutes(1));
    c.core.runDueWork();
    assertThat(withBody()).isZero();
    assertThat(c.count("SELECT COUNT(*) FROM outbox WHERE destination <> ''")).isZero();
    assertThat(c.strings("SELECT idempotency_key FROM outbox"))
        .anyMatch(k -> k.startsWith("export:ada:"));

    // De-duplication still holds: the same key is not sent again.
    assertThat(c.count("SELECT COUNT(*) FROM outbox")).isEqualTo(rows);
  }

  @Test
  void pendingMessagesAreNeverPurged() {
    c.gateway.thenRetryLater(
        new org.mentorbot.core.messaging.Destination.DirectMessage("ada"), Duration.ofDays(30));
    shown(c.mentor("ada", "export"));
    c.clock.advance(Duration.ofDays(8));
    c.core.runDueWork();
    assertThat(c.count("SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND message <> ''"))
        .isOne();
  }
}
