package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.testing.TestCommunity;

/**
 * The {@code AND state = 'open'} guard of the publish/cancel UPDATE (issue 17): a round that has
 * already left the open state is never moved again, so a late or repeated publish (or a cancel
 * racing it) can neither republish nor cancel a published round, nor move its publish time.
 */
class PublishGuardTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  @Test
  void aPublishedRoundIsNeverMovedAgainByTheGuardedUpdate() {
    c.mentor("ada", "signup mentor topics:java years:10");
    c.mentor("kim", "signup mentee topics:java years:2 goals:\"lead\"");
    c.run("mod", "round", "open");
    List.of("ada", "kim").forEach(u -> c.run(u, "round", "join"));
    TestCommunity.shown(c.run("mod", "round", "publish"));
    long roundId = c.count("SELECT id FROM match_round");
    List<String> before = c.strings("SELECT state || ':' || published_at FROM match_round");
    c.clock.advance(Duration.ofHours(1));

    RoundStore store = new RoundStore();
    boolean cancelled =
        c.db.write(h -> store.moveIfOpen(h, roundId, RoundState.CANCELLED, c.clock.instant()));
    boolean republished =
        c.db.write(h -> store.moveIfOpen(h, roundId, RoundState.PUBLISHED, c.clock.instant()));

    assertThat(cancelled).isFalse();
    assertThat(republished).isFalse();
    assertThat(c.strings("SELECT state || ':' || published_at FROM match_round"))
        .isEqualTo(before)
        .singleElement()
        .asString()
        .startsWith("published:");
  }
}
