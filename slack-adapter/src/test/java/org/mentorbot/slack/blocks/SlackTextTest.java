package org.mentorbot.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlackTextTest {

  @Test
  void broadcastMentionsCanNeverForm() {
    String rendered =
        SlackText.mrkdwn("hi <!channel> <!here> <!everyone> <!subteam^S123|@mods>", Set.of());

    assertThat(rendered)
        .doesNotContain("<!")
        .isEqualTo(
            "hi &lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; &lt;!subteam^S123|@mods&gt;");
  }

  @Test
  void onlyNamedMembersAreMentioned() {
    String rendered = SlackText.mrkdwn("<@U1> meets <@U2>", Set.of("U1"));

    assertThat(rendered).isEqualTo("<@U1> meets @U2");
    assertThat(SlackText.mrkdwn("<@U1> meets <@U2>", Set.of(), id -> "Bob <!here>"))
        .isEqualTo("@Bob &lt;!here&gt; meets @Bob &lt;!here&gt;");
  }

  @Test
  void mentionSyntaxSmuggledInsideAnotherTokenStaysEscaped() {
    String rendered = SlackText.mrkdwn("<@U1|<!channel>> and <<@U1>>", Set.of("U1"));

    assertThat(rendered).doesNotContain("<!channel>").doesNotContain("<<");
    assertThat(rendered).contains("&lt;<@U1>&gt;");
  }

  @Test
  void ampersandsAreEscapedSoEntitiesCannotBeForged() {
    assertThat(SlackText.escape("a &lt;!here&gt; b")).isEqualTo("a &amp;lt;!here&amp;gt; b");
  }

  @Test
  void channelLinksPassBecauseTheyPingNobody() {
    assertThat(SlackText.mrkdwn("see <#C0123>", Set.of())).isEqualTo("see <#C0123>");
  }

  @Test
  void truncationNeverSplitsAnEscapeOrMention() {
    String escaped = SlackText.mrkdwn("abcdefgh <@U12345>", Set.of("U12345"));

    String cut = SlackText.truncate(escaped, 14);

    assertThat(cut).isEqualTo("abcdefgh …").hasSizeLessThanOrEqualTo(14);
    assertThat(SlackText.truncate("ab &amp; cd", 6)).isEqualTo("ab …");
    assertThat(SlackText.truncate("short", 10)).isEqualTo("short");
  }

  @Test
  void timeTokensBecomeSlackDatesWithAUtcFallback() {
    String rendered =
        SlackText.mrkdwn(
            "meet <@U1> at "
                + org.mentorbot.core.messaging.TimeTokens.at(
                    java.time.Instant.parse("2026-12-10T18:00:00Z"))
                + " (<t:1796925600:R>), until <t:1796929200:t>",
            Set.of("U1"));

    assertThat(rendered)
        .isEqualTo(
            "meet <@U1> at <!date^1796925600^{date_short_pretty} {time}|Thu 10 Dec 18:00 UTC>"
                + " (<!date^1796925600^{ago}|Thu 10 Dec 18:00 UTC>),"
                + " until <!date^1796929200^{time}|Thu 10 Dec 19:00 UTC>");
  }

  @Test
  void onlyWellFormedTimeTokensPassEverythingElseIsEscaped() {
    assertThat(SlackText.mrkdwn("<t:1|<!here>:f> <t:12:F>", Set.of()))
        .doesNotContain("<!here>")
        .doesNotContain("<!date");
  }

  @Test
  void clippingNeverSplitsAnEmojiIntoHalves() {
    String cut = SlackText.truncate("ab😀cd", 4);

    assertThat(cut).isEqualTo("ab…");
    assertThat(MessageBlocks.plain("ab😀cd", 4)).isEqualTo("ab…");
    assertThat(SlackText.truncate("abc😀", 5)).isEqualTo("abc😀");
  }

  @Test
  void splittingKeepsEveryCharacterAndNeverCutsAMentionOrAnEmoji() {
    String text = "x".repeat(9) + "<@U12345>" + "😀".repeat(5) + "y".repeat(7);

    java.util.List<String> pieces = SlackText.split(text, 12);

    assertThat(String.join("", pieces)).isEqualTo(text);
    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(12));
    assertThat(pieces).anySatisfy(p -> assertThat(p).startsWith("<@U12345>"));
    assertThat(pieces)
        .allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
  }
}
