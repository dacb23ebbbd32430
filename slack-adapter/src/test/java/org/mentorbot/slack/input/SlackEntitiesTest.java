package org.mentorbot.slack.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackEntitiesTest {

  @Test
  void escapedMembersChannelsAndGroupsBecomeTheCoresIds() {
    assertThat(SlackEntities.toCore("block <@U0123ABC|ada>")).isEqualTo("block <@U0123ABC>");
    assertThat(SlackEntities.toCore("config announce-channel:<#C0456|general>"))
        .isEqualTo("config announce-channel:<#C0456>");
    assertThat(SlackEntities.toCore("config moderator-role:<!subteam^S0789|@mentor-mods>"))
        .isEqualTo("config moderator-role:<!subteam^S0789>");
    assertThat(SlackEntities.toCore("profile <@W0ENTERPRISE>"))
        .isEqualTo("profile <@W0ENTERPRISE>");
  }

  @Test
  void theMembersOwnCharactersAreDecodedOnceAndNeverBecomeEntities() {
    assertThat(SlackEntities.toCore("ask <@U1|ada> question:\"a &lt; b &amp;&amp; c &gt; d\""))
        .isEqualTo("ask <@U1> question:\"a < b && c > d\"");
    assertThat(SlackEntities.toCore("note:&amp;lt;b&amp;gt;")).isEqualTo("note:&lt;b&gt;");
    // typed by hand, "<@U9|x>" arrives escaped: it stays the member's text, not an entity with |x
    assertThat(SlackEntities.toCore("&lt;@U9|x&gt;")).isEqualTo("<@U9|x>");
  }

  @Test
  void linksBecomeTheirAddressAndBroadcastsStayRecognisable() {
    assertThat(SlackEntities.toCore("bio:\"see <https://example.com/a?b=1&amp;c=2|example.com>\""))
        .isEqualTo("bio:\"see https://example.com/a?b=1&c=2\"");
    assertThat(SlackEntities.toCore("<mailto:ada@example.com|ada@example.com>"))
        .isEqualTo("ada@example.com");
    assertThat(SlackEntities.toCore("hi <!here> and <!channel>"))
        .isEqualTo("hi <!here> and <!channel>");
    assertThat(SlackEntities.toCore("at <!date^1700000000^{date}|Nov 14>")).isEqualTo("at Nov 14");
  }

  @Test
  void textWithoutEntitiesIsUnchanged() {
    assertThat(SlackEntities.toCore("signup mentor topics:java,c++ years:8"))
        .isEqualTo("signup mentor topics:java,c++ years:8");
    assertThat(SlackEntities.toCore(null)).isEmpty();
  }
}
