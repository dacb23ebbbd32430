package org.mentorbot.core.officehours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.officehours.OfficeHoursFixture.dmsTo;
import static org.mentorbot.core.officehours.OfficeHoursFixture.postsIn;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Message;

/** Weekly office hours, driven by the clock from Monday 2 March 2026 09:00 UTC. */
class ScheduleTest {

  private OfficeHoursFixture f;

  @BeforeEach
  void setUp() {
    f = new OfficeHoursFixture();
    f.mentor("alice", "java");
    f.announceIn("general");
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private void at(String instant) {
    f.clock.set(Instant.parse(instant));
  }

  @Test
  void weeklySessionIsAnnouncedAheadOpenedAndClosedOnTime() {
    assertThat(f.say("alice", "officehours schedule wednesday time:18:00 minutes:60 topic:java"))
        .startsWith(
            "Weekly office hours set: every Wednesday at 18:00 (UTC) for 60 minutes on java.")
        .contains("The first is #1 (java) on Wed 4 Mar 18:00 UTC")
        .contains("announce it a day and 15 minutes ahead");
    assertThat(postsIn(f.deliver(), "general")).isEmpty();

    at("2026-03-03T17:59:59Z");
    assertThat(postsIn(f.deliver(), "general")).isEmpty();
    at("2026-03-03T18:00:00Z");
    assertThat(postsIn(f.deliver(), "general"))
        .singleElement()
        .extracting(Message::text)
        .asString()
        .isEqualTo(
            "<@alice> holds office hours #1 (java) tomorrow, Wed 4 Mar 18:00 UTC, for 60 minutes."
                + " Once it opens, join with `/queue join 1 question:\"...\"`.");

    at("2026-03-04T17:45:00Z");
    assertThat(postsIn(f.deliver(), "general"))
        .singleElement()
        .extracting(Message::text)
        .asString()
        .contains("#1 (java) in 15 minutes, at 18:00 UTC");
    assertThat(f.say("bob", "queue join 1 question:\"early\""))
        .startsWith("PROBLEM: Office hours #1 (java) haven't opened yet.");

    at("2026-03-04T18:00:00Z");
    var opened = f.deliver();
    assertThat(postsIn(opened, "general"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.text())
                  .contains("<@alice> is holding office hours #1 (java) now, until 19:00 UTC");
              assertThat(m.buttons())
                  .extracting(b -> b.actionId().replaceFirst(":.*", ""))
                  .containsExactly("oh-join", "oh-ics");
            });
    assertThat(dmsTo(opened, "alice"))
        .singleElement()
        .asString()
        .startsWith("Your office hours #1 (java) are open until 19:00 UTC.");
    assertThat(f.say("bob", "queue join 1 question:\"now\"")).contains("position 1 of 1");
    f.deliver();
    assertThat(f.say("carol", "officehours list"))
        .contains("• #2 (java) with <@alice>, Wed 11 Mar 18:00 UTC");

    at("2026-03-04T19:00:00Z");
    var closed = f.deliver();
    assertThat(dmsTo(closed, "bob"))
        .singleElement()
        .asString()
        .contains("The next one is #2 (java) with <@alice> on Wed 11 Mar 18:00 UTC");
    assertThat(dmsTo(closed, "alice"))
        .singleElement()
        .asString()
        .contains("reached their end time");

    at("2026-03-11T18:00:00Z");
    assertThat(postsIn(f.deliver(), "general"))
        .extracting(Message::text)
        .anySatisfy(t -> assertThat(t).contains("office hours #2 (java) now"));
    assertThat(f.say("carol", "officehours list"))
        .contains("#3 (java) with <@alice>, Wed 18 Mar 18:00 UTC");
  }

  @Test
  void timeIsReadInTheGivenZoneOrTheMentorsProfileZone() {
    assertThat(
            f.say("alice", "officehours schedule tuesday time:18:00 minutes:30 tz:Europe/Berlin"))
        .contains("(Europe/Berlin)")
        .contains("Tue 3 Mar 17:00 UTC"); // shown in the reader's zone (UTC here)
    f.mentor("zoe", "go tz:America/New_York");
    assertThat(f.say("zoe", "officehours schedule tuesday time:09:00 minutes:30"))
        .contains("Tue 3 Mar 14:00 UTC");
    at("2026-03-03T17:00:00Z"); // 18:00 in Berlin
    assertThat(postsIn(f.deliver(), "general"))
        .extracting(Message::text)
        .anySatisfy(t -> assertThat(t).contains("#1 now, until 17:30 UTC"));
  }

  @Test
  void settingTheSameWeekdayAgainReplacesTheRule() {
    f.say("alice", "officehours schedule wednesday time:18:00 minutes:60");
    f.say("alice", "officehours schedule wednesday time:20:00 minutes:30 topic:java");
    String list = f.say("alice", "officehours list");
    assertThat(list)
        .contains("• #2 (java) with <@alice>, Wed 4 Mar 20:00 UTC")
        .doesNotContain("18:00");
    assertThat(list).contains("every Wednesday at 20:00 UTC, 30 minutes on java");
    at("2026-03-04T20:00:00Z");
    assertThat(postsIn(f.deliver(), "general"))
        .extracting(Message::text)
        .noneMatch(t -> t.contains("18:00") || t.contains("#1"))
        .anySatisfy(t -> assertThat(t).contains("#2 (java) now, until 20:30 UTC"));
    assertThat(f.say("bob", "queue join 1 question:\"x\""))
        .startsWith("PROBLEM: Office hours #1 are closed.");
  }

  @Test
  void occurrenceMissedWhileDownIsReportedAndTheNextIsPlanned() {
    f.say("alice", "officehours schedule wednesday time:18:00 minutes:60");
    f.deliver();
    at("2026-03-05T09:00:00Z"); // the bot was down from Tuesday to Thursday
    var out = f.deliver();
    assertThat(dmsTo(out, "alice"))
        .contains(
            "Your scheduled office hours #1 did not open because I was offline at its start time."
                + " The next is #2 on Wed 11 Mar 18:00 UTC.");
    assertThat(postsIn(out, "general"))
        .extracting(Message::text)
        .noneMatch(t -> t.contains("now, until") || t.contains("coming up"))
        .contains(
            "Office hours #1 with <@alice> (Wed 4 Mar 18:00 UTC) are not taking place."
                + " The next is #2 on Wed 11 Mar 18:00 UTC.");
    assertThat(f.say("alice", "officehours list"))
        .contains("#2 with <@alice>, Wed 11 Mar 18:00 UTC");
  }

  @Test
  void scheduledSessionDoesNotOpenWhileTheMentorHasAnotherOpen() {
    f.say("alice", "officehours schedule monday time:10:00 minutes:30");
    f.say("alice", "officehours open minutes:120");
    at("2026-03-02T10:00:00Z");
    assertThat(dmsTo(f.deliver(), "alice"))
        .contains(
            "Your scheduled office hours #1 did not open because you already had #2 open."
                + " The next is #3 on Mon 9 Mar 10:00 UTC.");
  }

  @Test
  void withoutAnAnnounceChannelTheMentorIsToldHowToSetOne() {
    try (OfficeHoursFixture bare = new OfficeHoursFixture()) {
      bare.mentor("alice", "java");
      assertThat(bare.say("alice", "officehours schedule friday time:12:00 minutes:30"))
          .contains("won't be announced until a moderator sets an announce channel")
          .contains("/mentor config announce-channel:#channel");
    }
  }

  @Test
  void badScheduleInputIsRefused() {
    assertThat(f.say("alice", "officehours schedule someday time:18:00 minutes:60"))
        .startsWith("PROBLEM:");
    assertThat(f.say("alice", "officehours schedule monday time:25:00 minutes:60"))
        .startsWith("PROBLEM:");
    assertThat(f.say("alice", "officehours schedule monday time:10:00 minutes:2"))
        .startsWith("PROBLEM:");
    assertThat(f.say("bob", "officehours schedule monday time:10:00 minutes:30"))
        .startsWith("PROBLEM: Only mentors hold office hours");
    assertThat(f.rows("oh_schedule")).isZero();
    assertThat(f.rows("oh_session")).isZero();
  }

  @Test
  void eachSessionOffersACalendarFileWithAStableUid() throws Exception {
    f.say("alice", "officehours schedule wednesday time:18:00 minutes:60 topic:java");
    String list = f.say("carol", "officehours list");
    assertThat(list).contains("• #1 (java) with <@alice>, Wed 4 Mar 18:00 UTC");

    var reply =
        f.core
            .commands()
            .press(
                org.mentorbot.core.command.Invocation.of(
                    OfficeHoursFixture.COMMUNITY,
                    new org.mentorbot.core.command.Actor(
                        "carol", "carol", false, java.util.Set.of())),
                "oh-ics:1");

    var message = ((org.mentorbot.core.command.Reply.Shown) reply).message();
    var file = message.attachment().orElseThrow();
    assertThat(file.fileName()).isEqualTo("officehours-1.ics");
    String ics = new String(file.content(), java.nio.charset.StandardCharsets.UTF_8);
    var calendar =
        new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
    net.fortuna.ical4j.model.Component event =
        calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT).get(0);
    assertThat(
            event
                .<net.fortuna.ical4j.model.Property>getProperty("DTSTART")
                .orElseThrow()
                .getValue())
        .isEqualTo("20260304T180000Z");
    assertThat(
            event
                .<net.fortuna.ical4j.model.Property>getProperty("DURATION")
                .orElseThrow()
                .getValue())
        .isEqualTo("PT1H");
    assertThat(event.<net.fortuna.ical4j.model.Property>getProperty("UID").orElseThrow().getValue())
        .isEqualTo("officehours-1-console-test@mentorbot");
  }
}
