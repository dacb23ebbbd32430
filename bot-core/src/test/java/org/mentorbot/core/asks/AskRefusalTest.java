package org.mentorbot.core.asks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.asks.AskFixture.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Reply;

/** Every refusal of {@code /mentor ask} explains itself and leaves no row, message or job. */
class AskRefusalTest {

  private static final String NOT_AVAILABLE_FIX = "See who is with `/mentor find <topic>`.";

  private AskFixture f;

  @BeforeEach
  void roster() {
    f = new AskFixture();
    f.mentor("bob", "java");
    f.mentee("amy", "java", "Get my first backend job");
    f.deliver();
  }

  @AfterEach
  void close() {
    f.close();
  }

  /** Runs the command, checks it was refused and that nothing at all changed. */
  private Reply.Problem refused(String userId, String text) {
    Map<String, List<Map<String, Object>>> before = f.snapshot();
    Reply.Problem problem = problem(f.run(userId, text));
    assertThat(f.snapshot()).isEqualTo(before);
    assertThat(f.deliver()).isEmpty();
    return problem;
  }

  private void assertNotAvailable(Reply.Problem p, String mentorId) {
    assertThat(p.problem()).isEqualTo("<@" + mentorId + "> isn't available for asks right now.");
    assertThat(p.fix()).isEqualTo(NOT_AVAILABLE_FIX);
  }

  @Test
  void askingYourselfIsRefused() {
    var p = refused("bob", "ask @bob question:\"hello me\"");
    assertThat(p.problem()).isEqualTo("You can't ask yourself.");
    assertThat(p.fix()).isEqualTo("Name a mentor — `/mentor find <topic>` lists them.");
  }

  @Test
  void askingSomeoneOffTheRosterIsRefused() {
    assertNotAvailable(refused("amy", "ask @zed question:\"hi\""), "zed");
  }

  @Test
  void askingAMenteeWhoIsNotAMentorIsRefused() {
    f.mentee("cat", "go", "Learn go");
    assertNotAvailable(refused("amy", "ask @cat question:\"hi\""), "cat");
  }

  @Test
  void askingAPausedMentorIsRefusedUntilTheirPauseEnds() {
    f.ok("bob", "pause until:2026-03-03");
    assertNotAvailable(refused("amy", "ask @bob question:\"hi\""), "bob");

    f.clock.advance(Duration.ofDays(2));
    assertThat(f.ok("amy", "ask @bob question:\"hi\"")).startsWith("Asked <@bob>.");
  }

  @Test
  void aBlockEitherWayLooksExactlyLikeNotAvailable() {
    f.mentor("carl", "java");
    f.ok("bob", "block @amy");
    f.ok("amy", "block @carl");
    f.mentor("dan", "java");
    f.ok("dan", "pause");

    Reply.Problem blockedByMentor = refused("amy", "ask @bob question:\"hi\"");
    Reply.Problem blockedByAsker = refused("amy", "ask @carl question:\"hi\"");
    Reply.Problem paused = refused("amy", "ask @dan question:\"hi\"");

    assertNotAvailable(blockedByMentor, "bob");
    assertNotAvailable(blockedByAsker, "carl");
    assertThat(blockedByMentor.fix()).isEqualTo(paused.fix());
    assertThat(blockedByMentor.problem().replace("bob", "dan")).isEqualTo(paused.problem());
  }

  @Test
  void aSecondOpenAskToTheSameMentorIsRefused() {
    f.ok("amy", "ask @bob question:\"first\"");
    f.deliver();
    f.clock.advance(Duration.ofHours(1));

    var p = refused("amy", "ask @bob question:\"second\"");

    assertThat(p.problem()).isEqualTo("You already have an open ask to <@bob>.");
    assertThat(p.fix())
        .isEqualTo("Wait for their answer; it expires Thu 5 Mar 09:00 UTC (in 3 days).");
  }

  @Test
  void theCapCountsOpenAsksAndNamesTheOldest() {
    for (String m : List.of("carl", "dan", "eve")) {
      f.mentor(m, "java");
    }
    f.ok("amy", "ask @carl question:\"one\"");
    f.clock.advance(Duration.ofHours(1));
    f.ok("amy", "ask @dan question:\"two\"");
    f.ok("amy", "ask @eve question:\"three\"");
    f.deliver();
    f.clock.advance(Duration.ofHours(1));

    var p = refused("amy", "ask @bob question:\"four\"");

    assertThat(p.problem())
        .isEqualTo("You have 3 open asks, the most one member may have here (3).");
    assertThat(p.fix())
        .isEqualTo(
            "Wait for an answer: your oldest, to <@carl>, expires Thu 5 Mar 09:00 UTC"
                + " (in 3 days).");

    // An answer frees a place.
    f.press("dan", "ask-decline:2");
    assertThat(f.ok("amy", "ask @bob question:\"four\"")).startsWith("Asked <@bob>.");
  }

  @Test
  void theCapFollowsTheCommunitysAskLimitAndTheAskersTimezone() {
    f.mentor("carl", "java");
    f.ok("amy", "edit tz:Asia/Tokyo");
    assertThat(
            AskFixture.shown(
                f.core
                    .commands()
                    .runText(AskFixture.moderator("mod"), "mentor", "config ask-limit:1")))
        .isNotBlank();
    f.ok("amy", "ask @carl question:\"one\"");
    f.deliver();

    var p = refused("amy", "ask @bob question:\"two\"");

    assertThat(p.problem())
        .isEqualTo("You have 1 open ask, the most one member may have here (1).");
    assertThat(p.fix())
        .isEqualTo(
            "Wait for an answer: your oldest, to <@carl>, expires Thu 5 Mar 18:00 Asia/Tokyo"
                + " (in 3 days).");
  }

  @Test
  void expiredAsksNoLongerCountAgainstTheCap() {
    f.ok("amy", "ask @bob question:\"one\"");
    f.clock.advance(Duration.ofDays(3));
    f.deliver();

    assertThat(f.ok("amy", "ask @bob question:\"again\"")).startsWith("Asked <@bob>.");
  }
}
