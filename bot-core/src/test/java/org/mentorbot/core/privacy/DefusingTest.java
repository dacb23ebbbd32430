package org.mentorbot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.problem;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.TestCommunity;
import org.mentorbot.core.text.SafeText;

/** Member text never pings many people, not even in refusals (issue 12, items 4 and 10). */
class DefusingTest {

  /** What would ping many people on Discord or Slack if it reached them unchanged. */
  static final Pattern MASS =
      Pattern.compile(
          "@(everyone|here|channel)\\b|<!(channel|here|everyone|subteam)|<@&",
          Pattern.CASE_INSENSITIVE);

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"@everyone", "@here", "<!channel>", "<!subteam^S1>", "<@&123>", "@Here."})
  void refusalsThatQuoteTheInputDefuseMassMentions(String mention) {
    String refusal = problem(c.mentor("kim", "export " + mention));
    assertThat(refusal).doesNotContainPattern(MASS);
    String unknown = problem(c.mentor("kim", mention));
    assertThat(unknown).doesNotContainPattern(MASS);
    String help = problem(c.mentor("kim", "help " + mention));
    assertThat(help).doesNotContainPattern(MASS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"@channel", "@here.", "@everyone", "@Everyone_", "@-here-"})
  void massMentionNamesAreNotMembers(String name) {
    shown(c.mentor("kim", "signup mentee topics:java goals:x"));
    assertThat(problem(c.mentor("kim", "block " + name))).contains("must be one member");
    assertThat(c.count("SELECT COUNT(*) FROM member_block")).isZero();
  }

  @Test
  void aMaskedLinkInABioIsShownAsTextNotAsALink() {
    shown(
        c.mentor(
            "ada",
            "signup mentor topics:java bio:\"[Free Nitro](https://evil.example) and more\""));
    String profile = shown(c.mentor("sam", "profile @ada"));
    assertThat(profile).contains("https://evil.example").doesNotContain("](");
  }

  @Test
  void everyMessageDefusesMassMentionsWhateverAFeaturePutInIt() {
    Message m =
        Message.builder("hi @everyone <!here> <@&1> <@42>")
            .title("@here")
            .field("@channel", "x")
            .build();
    assertThat(TestCommunity.flatten(m)).doesNotContainPattern(MASS).contains("<@42>");
    assertThat(SafeText.defuseMassMentions(m.text())).isEqualTo(m.text());
  }

  @Test
  void memberMentionsInMemberTextCannotPing() {
    shown(c.mentor("ada", "signup mentor topics:java bio:\"ping <@U123> please\""));
    String profile = shown(c.mentor("sam", "profile @ada"));
    assertThat(profile).doesNotContain("<@U123>").doesNotContainPattern(MASS);
  }

  @Test
  void aliasesAreValidatedLikeTopics() {
    assertThat(problem(c.mentor("mod", "config alias:\"j s=java script!!\"")))
        .contains("written like topics");
    assertThat(problem(c.mentor("mod", "config alias:a=" + "x".repeat(41))))
        .contains("up to 40 characters");
  }

  @Test
  void aliasesCannotFormLoopsOrChains() {
    shown(c.mentor("mod", "config alias:java=rust"));
    assertThat(problem(c.mentor("mod", "config alias:rust=java"))).contains("is itself an alias");
    assertThat(problem(c.mentor("mod", "config alias:kotlin=java"))).contains("is itself an alias");
    assertThat(problem(c.mentor("mod", "config alias:rust=go")))
        .contains("is already the topic that `java` stands for");
    assertThat(c.strings("SELECT alias || '=' || topic FROM topic_alias"))
        .containsExactly("java=rust");
  }

  @Test
  void helpForAModeratorCommandTellsAMemberOnlyThatItIsForModerators() {
    String help = shown(c.mentor("kim", "help config"));
    assertThat(help)
        .contains("is for moderators")
        .doesNotContain("cadence")
        .doesNotContain("Usage");
    assertThat(shown(c.mentor("kim", "help round publish"))).doesNotContain("Usage");
    assertThat(shown(c.mentor("mod", "help config"))).contains("Usage").contains("cadence");
  }

  @Test
  void alertsToModeratorsNeverPingEveryoneEither() {
    shown(c.mentor("mod", "config"));
    shown(c.mentor("ada", "signup mentor topics:java years:10"));
    shown(c.mentor("sam", "signup mentee topics:java years:1 goals:x"));
    shown(c.run("mod", "round", "open"));
    shown(c.run("ada", "round", "join"));
    shown(c.run("sam", "round", "join"));
    shown(c.run("mod", "round", "publish"));
    // The grammar refuses a mass mention outright; a defused one is stored and sent defused.
    assertThat(problem(c.mentor("sam", "checkin need-help note:\"@everyone help\"")))
        .doesNotContainPattern(MASS);
    shown(c.mentor("sam", "checkin need-help note:\"@​everyone help\""));
    assertThat(c.gateway.deliveredTo(new Destination.DirectMessage("mod")))
        .extracting(TestCommunity::flatten)
        .allSatisfy(t -> assertThat(t).doesNotContainPattern(MASS));
  }
}
