package org.mentorbot.core.officehours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.officehours.OfficeHoursFixture.dmsTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Destination;

class StatsAndPrivacyTest {

  private OfficeHoursFixture f;

  @BeforeEach
  void setUp() {
    f = new OfficeHoursFixture();
    f.mentor("alice", "java");
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private OfficeHoursStats.Summary stats(Instant since) {
    return f.db.read(h -> OfficeHoursStats.forCommunity(h, communityId(h), since));
  }

  private long communityId(org.jdbi.v3.core.Handle h) {
    return h.createQuery("SELECT id FROM community WHERE external_id = 'test'")
        .mapTo(Long.class)
        .one();
  }

  @Test
  void statsCountServedNoShowsAndMeanTimesPerSession() {
    Instant start = f.clock.instant();
    f.say("alice", "officehours open topic:java");
    f.say("bob", "queue join 1 question:\"b\"");
    f.advance(Duration.ofMinutes(2));
    f.say("carol", "queue join 1 question:\"c\"");
    f.say("dan", "queue join 1 question:\"d\"");
    f.say("alice", "officehours next"); // bob waited 2 min
    f.advance(Duration.ofMinutes(6));
    f.say("alice", "officehours next"); // bob served 6 min; carol waited 6 min
    f.advance(Duration.ofMinutes(5));
    f.deliver(); // carol never answers: skipped
    f.say("alice", "officehours next"); // dan waited 11 min
    f.advance(Duration.ofMinutes(10));
    f.say("alice", "officehours close"); // dan served 10 min

    OfficeHoursStats.Summary s = stats(start);
    assertThat(s.sessions()).isEqualTo(1);
    assertThat(s.served()).isEqualTo(2);
    assertThat(s.noShows()).isEqualTo(1);
    assertThat(s.meanWait()).contains(Duration.ofMinutes(19).dividedBy(3));
    assertThat(s.meanService()).contains(Duration.ofMinutes(8));
    assertThat(s.perSession())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.number()).isEqualTo(1);
              assertThat(x.mentorId()).isEqualTo("alice");
              assertThat(x.topic()).contains("java");
              assertThat(x.served()).isEqualTo(2);
              assertThat(x.noShows()).isEqualTo(1);
            });
    assertThat(stats(f.clock.instant()).sessions()).isZero();
    assertThat(stats(f.clock.instant()).meanWait()).isEqualTo(Optional.empty());
  }

  @Test
  void exportHoldsMyEntriesSessionsAndSchedules() {
    f.say("alice", "officehours open topic:java");
    f.say("alice", "officehours schedule friday time:12:00 minutes:30");
    f.say("bob", "queue join 1 question:\"how do generics work\"");
    f.say("bob", "mentor export");
    f.say("alice", "mentor export");
    f.deliver();
    assertThat(export("bob")).contains("officeHours").contains("how do generics work");
    assertThat(export("alice"))
        .contains("sessionsHeld")
        .contains("weeklySchedules")
        .contains("FRIDAY");
  }

  private String export(String user) {
    return f.gateway.deliveredTo(new Destination.DirectMessage(user)).stream()
        .map(
            m ->
                m.text()
                    + m.attachment()
                        .map(a -> new String(a.content(), java.nio.charset.StandardCharsets.UTF_8))
                        .orElse(""))
        .filter(t -> t.contains("officeHours"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no export for " + user + ": " + f.gateway.texts()));
  }

  @Test
  void forgetMeErasesAMembersEntriesAndTellsTheNextPerson() {
    f.say("alice", "officehours open topic:java");
    f.say("bob", "queue join 1 question:\"secret question\"");
    f.say("carol", "queue join 1 question:\"c\"");
    f.deliver();
    forget("bob");
    String stored =
        f.db.read(
            h ->
                String.join(
                    ",",
                    h.createQuery("SELECT user_id || ':' || question FROM oh_entry")
                        .mapTo(String.class)
                        .list()));
    assertThat(stored).doesNotContain("bob").doesNotContain("secret");
    assertThat(f.say("carol", "queue position")).contains("position 1 of 1");
    assertThat(dmsTo(f.deliver(), "carol"))
        .anySatisfy(t -> assertThat(t).startsWith("You're next"));
  }

  @Test
  void forgetMeClosesAMentorsSessionAndCallsOffTheirSchedule() {
    f.say("alice", "officehours open topic:java");
    f.say("alice", "officehours schedule friday time:12:00 minutes:30");
    f.say("bob", "queue join 1 question:\"b\"");
    f.deliver();
    forget("alice");
    assertThat(dmsTo(f.deliver(), "bob"))
        .anySatisfy(t -> assertThat(t).startsWith("Sorry — office hours #1"));
    assertThat(f.rows("oh_schedule")).isZero();
    String owners =
        f.db.read(
            h ->
                String.join(
                    ",",
                    h.createQuery("SELECT owner_id || ':' || state FROM oh_session")
                        .mapTo(String.class)
                        .list()));
    assertThat(owners).doesNotContain("alice").doesNotContain("scheduled");
    f.clock.set(Instant.parse("2026-03-06T12:00:00Z"));
    f.deliver();
    assertThat(f.say("bob", "officehours list")).startsWith("No office hours are open or planned.");
  }

  private void forget(String user) {
    var reply =
        f.core
            .commands()
            .runText(
                org.mentorbot.core.command.Invocation.of(
                    OfficeHoursFixture.COMMUNITY, org.mentorbot.core.command.Actor.member(user)),
                "mentor",
                "forget-me");
    String action =
        ((org.mentorbot.core.command.Reply.Shown) reply).message().buttons().get(0).actionId();
    OfficeHoursFixture.expectOk(
        f.core
            .commands()
            .press(
                org.mentorbot.core.command.Invocation.of(
                    OfficeHoursFixture.COMMUNITY, org.mentorbot.core.command.Actor.member(user)),
                action));
  }
}
