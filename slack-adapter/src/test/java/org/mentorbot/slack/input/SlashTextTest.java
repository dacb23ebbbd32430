package org.mentorbot.slack.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.RawCommand;

/** Member and channel options as Slack sends them, escaped or (older manifests) as plain names. */
class SlashTextTest {

  private static final Map<String, List<String>> WORKSPACE =
      Map.of("bob", List.of("U0BOB"), "sam", List.of("U0SAM1", "U0SAM2"));

  private int lookups;

  private final SlashText input =
      new SlashText(
          name -> {
            lookups++;
            return WORKSPACE.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
          });

  private String asText(String root, String slackText) {
    CommandInput read = input.read(root, slackText);
    assertThat(read).isInstanceOf(CommandInput.Text.class);
    return ((CommandInput.Text) read).text();
  }

  private RawCommand resolved(String root, String slackText) {
    CommandInput read = input.read(root, slackText);
    assertThat(read).isInstanceOf(CommandInput.Resolved.class);
    return ((CommandInput.Resolved) read).command();
  }

  private String refused(String root, String slackText) {
    CommandInput read = input.read(root, slackText);
    assertThat(read).isInstanceOf(CommandInput.Refused.class);
    return ((CommandInput.Refused) read).problem().text();
  }

  @Test
  void everyMemberAndChannelOptionArrivesAsAnIdWhenSlackEscapesIt() {
    assertThat(asText("mentor", "block <@U0BOB|bob>")).isEqualTo("block <@U0BOB>");
    assertThat(asText("mentor", "unblock <@U0BOB|bob>")).isEqualTo("unblock <@U0BOB>");
    assertThat(asText("mentor", "profile <@U0BOB|bob>")).isEqualTo("profile <@U0BOB>");
    assertThat(asText("mentor", "ask <@U0BOB|bob> question:\"CV &amp; interviews?\""))
        .isEqualTo("ask <@U0BOB> question:\"CV & interviews?\"");
    assertThat(asText("mentor", "checkin met with:<@U0BOB|bob> note:\"went well\""))
        .isEqualTo("checkin met with:<@U0BOB> note:\"went well\"");
    assertThat(asText("mentor", "feedback <@U0BOB|bob> rating:5"))
        .isEqualTo("feedback <@U0BOB> rating:5");
    assertThat(asText("round", "history <@U0BOB|bob>")).isEqualTo("history <@U0BOB>");
    assertThat(
            asText(
                "mentor",
                "config announce-channel:<#C0ANN|announcements> mod-channel:<#C0MOD|mods>"
                    + " moderator-role:<!subteam^S0MODS|@mentor-mods>"))
        .isEqualTo(
            "config announce-channel:<#C0ANN> mod-channel:<#C0MOD>"
                + " moderator-role:<!subteam^S0MODS>");
    assertThat(lookups).as("escaped ids need no lookup").isZero();
  }

  @Test
  void aPlainNameFromAnOlderManifestIsResolvedThroughTheWorkspace() {
    RawCommand block = resolved("mentor", "block @bob");
    RawCommand checkin = resolved("mentor", "checkin met with:@Bob");

    assertThat(block.sub()).isEqualTo("block");
    assertThat(block.positionals()).containsExactly("<@U0BOB>");
    assertThat(checkin.positionals()).containsExactly("met");
    assertThat(checkin.named()).containsEntry("with", "<@U0BOB>");
  }

  @Test
  void aPlainNameNobodyHasIsRefusedNeverStoredAsAnId() {
    assertThat(refused("mentor", "block @troll"))
        .contains("no member called @troll")
        .contains("nothing was changed");
    assertThat(refused("mentor", "feedback @troll rating:1")).contains("@troll");
  }

  @Test
  void anAmbiguousPlainNameIsRefused() {
    assertThat(refused("mentor", "profile @sam")).contains("2 members are called @sam");
  }

  @Test
  void aPlainChannelNameIsRefusedBecauseSlackDidNotSayWhichChannel() {
    assertThat(refused("mentor", "config announce-channel:#general"))
        .contains("#general")
        .contains("should_escape: true");
  }

  @Test
  void plainNamesInFreeTextAndWhatTheCoreWillRefuseAnywayPassThrough() {
    assertThat(asText("mentor", "ask <@U0BOB|bob> question:\"ask @troll too\""))
        .isEqualTo("ask <@U0BOB> question:\"ask @troll too\"");
    assertThat(asText("mentor", "block @everyone")).isEqualTo("block @everyone");
    assertThat(asText("mentor", "block")).isEqualTo("block");
    assertThat(asText("mentor", "nonsense @bob")).isEqualTo("nonsense @bob");
    assertThat(asText("mentor", "ask \"unclosed")).isEqualTo("ask \"unclosed");
    assertThat(asText("mentor", "config moderator-role:@mentor-mods"))
        .isEqualTo("config moderator-role:@mentor-mods");
    assertThat(lookups).isZero();
  }

  @Test
  void aDirectoryThatCannotBeAskedRefusesInsteadOfGuessing() {
    SlashText offline =
        new SlashText(
            name -> {
              throw new IllegalStateException("users.list: ratelimited");
            });

    CommandInput read = offline.read("mentor", "block @bob");

    assertThat(read).isInstanceOf(CommandInput.Refused.class);
    assertThat(((CommandInput.Refused) read).problem().text()).contains("could not look up @bob");
  }
}
