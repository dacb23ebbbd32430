package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorbot.core.schedule.ScheduleFixture.ALICE;
import static org.mentorbot.core.schedule.ScheduleFixture.GUILD;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Message;

class SqlOutboxTest {

  private final ScheduleFixture f =
      new ScheduleFixture(org.mentorbot.core.testing.TestDatabase.fresh());
  private final AtomicInteger wakes = new AtomicInteger();
  private final SqlOutbox outbox =
      new SqlOutbox(f.communities, f.codec, f.clock, wakes::incrementAndGet);

  @AfterEach
  void close() {
    f.database.close();
  }

  @Test
  void storesOneRowPerIdempotencyKeyAndCommunity() {
    CommunityId other = new CommunityId(Platform.SLACK, "T1");
    f.database.writeVoid(
        h -> {
          outbox.enqueue(h, GUILD, ALICE, Message.of("first"), "intro:1");
          outbox.enqueue(h, GUILD, ALICE, Message.of("again"), "intro:1");
          outbox.enqueue(h, other, ALICE, Message.of("other community"), "intro:1");
        });
    f.database.writeVoid(h -> outbox.enqueue(h, GUILD, ALICE, Message.of("later"), "intro:1"));

    assertThat(f.count("SELECT COUNT(*) FROM outbox")).isEqualTo(2);
    List<String> texts =
        f.strings("SELECT message FROM outbox ORDER BY id").stream()
            .map(f.codec::decodeMessage)
            .map(Message::text)
            .toList();
    assertThat(texts).containsExactly("first", "other community");
  }

  @Test
  void wakesTheDispatcherOnlyAfterACommitThatStoredSomething() {
    f.database.writeVoid(
        h -> {
          outbox.enqueue(h, GUILD, ALICE, Message.of("hi"), "k1");
          assertThat(wakes).hasValue(0);
        });
    assertThat(wakes).hasValue(1);

    f.database.writeVoid(h -> outbox.enqueue(h, GUILD, ALICE, Message.of("dup"), "k1"));
    assertThat(wakes).hasValue(1);
  }

  @Test
  void aRolledBackCauseLeavesNoMessage() {
    assertThatThrownBy(
            () ->
                f.database.writeVoid(
                    h -> {
                      outbox.enqueue(h, GUILD, ALICE, Message.of("hi"), "k1");
                      throw new IllegalStateException("the feature failed");
                    }))
        .hasMessage("the feature failed");

    assertThat(f.count("SELECT COUNT(*) FROM outbox")).isZero();
    assertThat(wakes).hasValue(0);
  }

  @Test
  void rejectsBlankOrOverlongKeysAndStoresNothing() {
    assertThatThrownBy(
            () -> f.database.writeVoid(h -> outbox.enqueue(h, GUILD, ALICE, Message.of("x"), " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idempotency key must be 1-200 characters");
    assertThatThrownBy(
            () ->
                f.database.writeVoid(
                    h -> outbox.enqueue(h, GUILD, ALICE, Message.of("x"), "k".repeat(201))))
        .hasMessageContaining("got 201");
    assertThat(f.count("SELECT COUNT(*) FROM outbox")).isZero();
  }
}
