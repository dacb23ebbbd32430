package org.mentorbot.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.problem;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.*;
import org.mentorbot.core.testing.TestCommunity;

class CommandRouterTest {

  private final TestCommunity community = new TestCommunity();

  @AfterEach
  void close() {
    community.close();
  }

  private Reply runAs(Actor actor, String root, String text) {
    return community
        .core
        .commands()
        .runText(new Invocation(TestCommunity.ID, actor, Optional.empty()), root, text);
  }

  @Test
  void membersCannotRunModeratorCommands() {
    assertThat(problem(community.mentor("alice", "config cadence-days:7")))
        .contains("Only moderators can run `/mentor config`");
  }

  @Test
  void platformModeratorsMayRunModeratorCommands() {
    Actor admin = new Actor("boss", "Boss", true, Set.of());
    assertThat(shown(runAs(admin, "mentor", "config cadence-days:7"))).contains("cadence-days 7");
  }

  @Test
  void membersOfTheConfiguredModeratorRoleAreModerators() {
    community.mentor("mod", "config moderator-role:<@&900>");
    Actor helper = new Actor("helper", "Helper", false, Set.of("900"));
    Actor other = new Actor("other", "Other", false, Set.of("901"));
    assertThat(shown(runAs(helper, "mentor", "config"))).contains("Community settings");
    assertThat(problem(runAs(other, "mentor", "config"))).contains("Only moderators");
  }

  @Test
  void authorizationIsCheckedBeforeOptions() {
    // A member probing a moderator command learns nothing about its options.
    assertThat(problem(community.run("alice", "round", "open kind:nonsense")))
        .contains("Only moderators");
  }

  @Test
  void unknownSubcommandSuggestsTheNearest() {
    assertThat(problem(community.mentor("alice", "sigup mentor")))
        .contains("Did you mean `/mentor signup`?");
  }

  @Test
  void unknownRootListsTheCommands() {
    assertThat(problem(community.run("alice", "mentr", "help")))
        .contains("/mentor, /round, /officehours and /queue");
  }

  @Test
  void emptyCommandShowsHelpForThatRoot() {
    assertThat(shown(community.run("alice", "queue", "")))
        .contains("/queue join")
        .doesNotContain("/mentor signup");
  }

  @Test
  void helpHidesModeratorCommandsFromMembers() {
    assertThat(shown(community.mentor("alice", "help")))
        .contains("/mentor signup")
        .doesNotContain("/round publish");
    assertThat(shown(community.mentor("mod", "help"))).contains("/round publish");
  }

  @Test
  void helpForOneCommandShowsUsageAndOptions() {
    assertThat(shown(community.mentor("alice", "help signup")))
        .contains("Usage: /mentor signup mentor|mentee topics:a,b")
        .contains("capacity: How many mentees at once");
    assertThat(shown(community.mentor("mod", "help round open"))).contains("Usage: /round open");
    assertThat(problem(community.mentor("alice", "help nonsense")))
        .contains("There is no command `nonsense`");
  }

  @Test
  void unknownButtonsAreExplained() {
    assertThat(problem(community.press("alice", "nope:1"))).contains("That button has expired");
  }

  @Test
  void rateLimiterRefusesFloodsPerMember() {
    var clock =
        new org.mentorbot.core.testing.MutableClock(
            java.time.Instant.parse("2026-01-05T09:00:00Z"));
    RateLimiter limiter = new RateLimiter(clock, 3, java.time.Duration.ofSeconds(1));
    Invocation alice = TestCommunity.as("alice");
    Invocation bob = TestCommunity.as("bob");
    assertThat(limiter.tryAcquire(alice)).isTrue();
    assertThat(limiter.tryAcquire(alice)).isTrue();
    assertThat(limiter.tryAcquire(alice)).isTrue();
    assertThat(limiter.tryAcquire(alice)).isFalse();
    assertThat(limiter.tryAcquire(bob)).isTrue();
    clock.advance(java.time.Duration.ofSeconds(1));
    assertThat(limiter.tryAcquire(alice)).isTrue();
  }
}
