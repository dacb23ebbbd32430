package org.mentorbot.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.problem;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.testing.TestCommunity;

/**
 * Help that helps: usage from every root's {@code help}, a clear word about quotes when a value
 * with spaces was not quoted, what happens after signing up, and {@code /mentor find} that finds
 * nobody counted as demand for {@code /mentor stats}.
 */
class HelpThatHelpsTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  @Test
  void everyRootsHelpShowsOneCommandsUsage() {
    assertThat(shown(c.run("mod", "round", "help open")))
        .startsWith("/round open")
        .contains("Usage: /round open")
        .contains("days:");
    assertThat(shown(c.run("ada", "officehours", "help schedule")))
        .contains("Usage: /officehours schedule");
    assertThat(shown(c.run("ada", "queue", "help join"))).contains("Usage: /queue join");
    assertThat(shown(c.mentor("mod", "help round open"))).contains("Usage: /round open");
    assertThat(shown(c.run("ada", "round", "help"))).contains("/round join");
    assertThat(problem(c.run("ada", "round", "help nonsense")))
        .contains("There is no command `round nonsense`");
  }

  @Test
  void anUnquotedValueWithSpacesIsToldToUseQuotesAndNothingIsSaved() {
    assertThat(
            problem(c.mentor("kim", "signup mentee topics:java goals:Get a frontend internship")))
        .contains("A value with spaces needs double quotes (`goals:`)")
        .contains("Write it as goals:\"Get a frontend internship\".");
    assertThat(problem(c.mentor("kim", "signup mentee topics:java, go goals:\"x\"")))
        .contains("double quotes (`topics:`)")
        .contains("topics:\"java, go\"");
    assertThat(c.count("SELECT COUNT(*) FROM member")).isZero();
    // A stray word with nothing to belong to keeps the plain message.
    assertThat(problem(c.mentor("kim", "pause soon"))).contains("does not take `soon` there");
  }

  @Test
  void aNewMembersSignUpReplySaysWhatHappensNext() {
    assertThat(shown(c.mentor("kim", "signup mentee topics:java goals:\"grow\"")))
        .contains("What happens next: when a match round opens I DM you a Join button")
        .contains("`/mentor find <topic>`");
    assertThat(shown(c.mentor("ada", "signup mentor topics:java years:9")))
        .contains("What happens next")
        .contains("`/officehours open`");
  }

  @Test
  void findThatFindsNoMentorCountsTheMembersWhoLookedPerTopicForStats() {
    c.mentor("ada", "signup mentor topics:java years:9");
    assertThat(shown(c.mentor("kim", "find rust")))
        .contains("No available mentors for `rust`")
        .contains("I noted that you looked");
    c.mentor("kim", "find rust"); // the same member again: one member
    c.mentor("kim", "find rust");
    c.mentor("sam", "find Rust");
    c.mentor("lee", "find go");
    c.mentor("lee", "find java"); // found ada: no demand
    c.clock.set(Instant.parse("2026-03-03T10:00:00Z"));
    c.mentor("max", "find rust");

    assertThat(
            c.strings(
                "SELECT topic || ':' || COUNT(*) FROM topic_demand_member GROUP BY topic"
                    + " ORDER BY topic"))
        .containsExactly("go:1", "rust:3");
    assertThat(shown(c.mentor("mod", "stats")))
        .as("members, not searches: kim looked three times")
        .contains(
            "Wanted, no mentor: 3 members looked for rust; no mentor (last Tue 2026-03-03)\n"
                + "1 member looked for go; no mentor (last Mon 2026-03-02)");

    c.mentor("bob", "signup mentor topics:rust years:9");
    assertThat(shown(c.mentor("mod", "stats")))
        .doesNotContain("for rust")
        .contains("1 member looked for go");
  }

  @Test
  void theDemandAMemberLeftIsInTheirExportAndGoesWithForgetMe() {
    c.mentor("kim", "find rust");
    c.mentor("kim", "find elixir");
    c.mentor("sam", "find rust");

    assertThat(c.strings("SELECT topic FROM topic_demand_member WHERE user_id = 'kim'"))
        .containsExactlyInAnyOrder("rust", "elixir");
    c.mentor("kim", "signup mentee topics:java goals:\"learn\"");
    c.mentor("kim", "export");
    String json =
        new String(
            c.deliveries()
                .get(c.deliveries().size() - 1)
                .message()
                .attachment()
                .orElseThrow()
                .content(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).contains("\"lookedForWithoutMentor\" : [ \"elixir\", \"rust\" ]");

    Reply ask = c.mentor("kim", "forget-me");
    assertThat(shown(c.press("kim", ((Reply.Shown) ask).message().buttons().get(0).actionId())))
        .contains("has been erased");

    assertThat(c.strings("SELECT topic || ':' || user_id FROM topic_demand_member"))
        .as("kim's rows are gone; sam's stay")
        .containsExactly("rust:sam");
    assertThat(c.strings("SELECT topic FROM topic_demand ORDER BY topic"))
        .as("a topic only kim looked for is kim's own words")
        .containsExactly("rust");
    assertThat(shown(c.mentor("mod", "stats"))).contains("1 member looked for rust");
  }
}
