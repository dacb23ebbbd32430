package org.mentorbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentorbot.core.schedule.ScheduleFixture.GUILD;
import static org.mentorbot.core.schedule.ScheduleFixture.SETTINGS;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.MutableClock;
import org.mentorbot.core.testing.RecordingChatGateway;
import org.mentorbot.core.testing.SimulatedCrash;

/**
 * Kills the bot at each dangerous point (in-process, with an {@link Error} standing for the process
 * dying), restarts it on the same SQLite file with new instances, and counts what every recipient
 * got. The platform (the recording gateway) outlives the bot, as a real one does.
 */
class CrashRestartTest {

  private static final List<String> MEMBERS = List.of("ana", "ben", "cy", "dee", "eli");

  @TempDir Path dir;

  private final MutableClock clock = MutableClock.startingMonday();
  private final RecordingChatGateway platform = new RecordingChatGateway();

  private Incarnation boot(List<? extends JobHandler> handlers) {
    return new Incarnation(dir.resolve("bot.db"), clock, platform, SETTINGS, handlers);
  }

  private static Destination dm(String member) {
    return new Destination.DirectMessage(member);
  }

  /** What a round publish does: one welcome per member, keyed so a retry stores nothing new. */
  private static void publishWelcomes(Incarnation bot) {
    bot.database.writeVoid(
        h -> {
          for (String member : MEMBERS) {
            bot.outbox.enqueue(
                h, GUILD, dm(member), Message.of("welcome " + member), "welcome:" + member);
          }
        });
  }

  private Map<String, Integer> receivedPerMember() {
    Map<String, Integer> counts = new TreeMap<>();
    MEMBERS.forEach(m -> counts.put(m, platform.deliveredTo(dm(m)).size()));
    return counts;
  }

  @Test
  void aCrashAfterThePlatformAcceptedResendsExactlyThatMessageOnce() {
    Incarnation first = boot(List.of());
    publishWelcomes(first);
    platform.thenCrashAfterAccepting(dm("cy"));

    assertThatThrownBy(first.dispatcher::drain).isInstanceOf(SimulatedCrash.class);
    assertThat(receivedPerMember())
        .containsExactlyEntriesOf(
            new TreeMap<>(Map.of("ana", 1, "ben", 1, "cy", 1, "dee", 0, "eli", 0)));

    Incarnation second = boot(List.of());
    publishWelcomes(second); // the feature's own retry: same keys, nothing new
    assertThat(second.count("SELECT COUNT(*) FROM outbox")).isEqualTo(5);
    // The dead process's lease still holds the unsent rows: nobody may touch them yet.
    assertThat(second.dispatcher.drain()).isZero();
    clock.advance(SETTINGS.lease());
    second.dispatcher.drain();

    assertThat(receivedPerMember())
        .containsExactlyEntriesOf(
            new TreeMap<>(Map.of("ana", 1, "ben", 1, "cy", 2, "dee", 1, "eli", 1)));
    assertThat(second.count("SELECT COUNT(*) FROM outbox WHERE state = 'delivered'")).isEqualTo(5);
    second.close();
  }

  @Test
  void aCrashBeforeSendingLosesNothingAndDuplicatesNothing() {
    Incarnation first = boot(List.of());
    publishWelcomes(first);
    platform.thenCrashBeforeSending(dm("cy"));

    assertThatThrownBy(first.dispatcher::drain).isInstanceOf(SimulatedCrash.class);

    Incarnation second = boot(List.of());
    clock.advance(SETTINGS.lease());
    second.dispatcher.drain();

    assertThat(receivedPerMember()).allSatisfy((member, count) -> assertThat(count).isEqualTo(1));
    assertThat(platform.texts())
        .containsExactly("welcome ana", "welcome ben", "welcome cy", "welcome dee", "welcome eli");
    second.close();
  }

  @Test
  void aCrashInsideTheEnqueuingTransactionLeavesNoMessageAndTheRetrySendsOne() {
    Incarnation first = boot(List.of());
    assertThatThrownBy(
            () ->
                first.database.writeVoid(
                    h -> {
                      first.outbox.enqueue(h, GUILD, dm("ana"), Message.of("hi"), "hi:ana");
                      throw new SimulatedCrash("before commit");
                    }))
        .isInstanceOf(SimulatedCrash.class);

    Incarnation second = boot(List.of());
    assertThat(second.count("SELECT COUNT(*) FROM outbox")).isZero();
    second.database.writeVoid(
        h -> second.outbox.enqueue(h, GUILD, dm("ana"), Message.of("hi"), "hi:ana"));
    second.dispatcher.drain();

    assertThat(platform.texts()).containsExactly("hi");
    second.close();
  }

  /** A round publish as a job: intros and follow-up reminders, then the crash before commit. */
  private static final class PublishHandler implements JobHandler {
    private final AtomicBoolean crashOnce = new AtomicBoolean();
    private Incarnation bot;

    @Override
    public String kind() {
      return "publish";
    }

    @Override
    public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
      for (int pair = 0; pair < 2; pair++) {
        List<String> members = MEMBERS.subList(pair * 2, pair * 2 + 2);
        bot.outbox.enqueue(
            tx,
            community,
            new Destination.Conversation(members),
            Message.of("intro " + members),
            "intro:" + payload + ":" + pair);
        bot.jobs.schedule(
            tx,
            community,
            "remind",
            String.valueOf(pair),
            dueAt.plus(Duration.ofDays(2)),
            "remind:" + payload + ":" + pair);
      }
      if (crashOnce.getAndSet(false)) {
        throw new SimulatedCrash("after the job's effects, before its commit");
      }
    }
  }

  @Test
  void aCrashBetweenAJobsEffectsAndItsCommitRunsItAgainWithEffectsOnce() {
    PublishHandler publish = new PublishHandler();
    publish.crashOnce.set(true);
    Incarnation first = boot(List.of(publish));
    publish.bot = first;
    first.database.writeVoid(
        h -> first.jobs.schedule(h, GUILD, "publish", "round1", clock.instant(), "publish:round1"));

    assertThatThrownBy(first.runner::drain).isInstanceOf(SimulatedCrash.class);
    assertThat(first.count("SELECT COUNT(*) FROM outbox")).isZero();
    assertThat(first.count("SELECT COUNT(*) FROM job")).isEqualTo(1);

    Incarnation second = boot(List.of(publish));
    publish.bot = second;
    assertThat(second.runner.drain()).isZero(); // the dead run's lease holds
    clock.advance(SETTINGS.lease());
    assertThat(second.runner.drain()).isEqualTo(1);
    second.dispatcher.drain();

    Destination pair0 = new Destination.Conversation(List.of("ana", "ben"));
    Destination pair1 = new Destination.Conversation(List.of("cy", "dee"));
    assertThat(platform.deliveredTo(pair0)).hasSize(1);
    assertThat(platform.deliveredTo(pair1)).hasSize(1);
    assertThat(platform.delivered()).hasSize(2);
    assertThat(second.count("SELECT COUNT(*) FROM job WHERE kind = 'remind' AND state = 'pending'"))
        .isEqualTo(2);
    assertThat(second.count("SELECT COUNT(*) FROM job WHERE kind = 'publish' AND state = 'done'"))
        .isEqualTo(1);
    second.close();
  }
}
