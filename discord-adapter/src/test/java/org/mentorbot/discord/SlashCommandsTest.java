package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Catalogue;

/** The catalogue's translation to slash commands, the invite URL and settings validation. */
class SlashCommandsTest {

  private static DataObject command(String name) {
    return SlashCommands.fromCatalogue().stream()
        .filter(c -> c.getName().equals(name))
        .map(SlashCommandData::toData)
        .findFirst()
        .orElseThrow();
  }

  private static DataObject option(DataObject parent, String name) {
    return parent.getArray("options").stream(DataArray::getObject)
        .filter(o -> o.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no option " + name));
  }

  @Test
  void oneCommandPerRootWithEverySubcommandOfTheCatalogue() {
    assertThat(SlashCommands.fromCatalogue())
        .extracting(SlashCommandData::getName)
        .containsExactlyElementsOf(Catalogue.ROOTS);
    for (String root : Catalogue.ROOTS) {
      assertThat(
              command(root).getArray("options").stream(DataArray::getObject)
                  .map(o -> o.getString("name")))
          .containsExactlyElementsOf(Catalogue.ofRoot(root).stream().map(c -> c.sub()).toList());
    }
  }

  @Test
  void optionsAreTypedWithRangesChoicesAndPickers() {
    DataObject mentor = command("mentor");
    DataObject rating = option(option(mentor, "feedback"), "rating");
    assertThat(rating.getInt("type")).isEqualTo(4);
    assertThat(rating.getInt("min_value")).isEqualTo(1);
    assertThat(rating.getInt("max_value")).isEqualTo(5);
    assertThat(option(option(mentor, "feedback"), "user").getInt("type")).isEqualTo(6);
    DataObject config = option(mentor, "config");
    assertThat(option(config, "announce-channel").getInt("type")).isEqualTo(7);
    assertThat(option(config, "moderator-role").getInt("type")).isEqualTo(8);
    assertThat(option(option(mentor, "checkin"), "answer").getArray("choices").length())
        .isEqualTo(5);
    assertThat(option(option(mentor, "find"), "topic").getBoolean("autocomplete")).isTrue();
    assertThat(option(option(mentor, "ask"), "mentor").getBoolean("autocomplete"))
        .as("user options use Discord's member picker")
        .isFalse();
    assertThat(mentor.getArray("contexts").stream(DataArray::getString)).containsExactly("0");
  }

  private static List<String> choices(DataObject option) {
    return option.getArray("choices").stream(DataArray::getObject)
        .map(c -> c.getString("value"))
        .toList();
  }

  @Test
  void mentorshipCommandsAreTypedWithMemberPickersChoicesAndGoalNumberAutocomplete() {
    DataObject mentor = command("mentor");
    DataObject round = command("round");
    // Partners are USER options: Discord's member picker is their autocomplete.
    assertThat(option(option(mentor, "end"), "partner").getInt("type")).isEqualTo(6);
    assertThat(choices(option(option(mentor, "end"), "reason")))
        .containsExactly("goal-reached", "not-a-fit", "no-time", "other");
    assertThat(option(option(mentor, "goals"), "with").getInt("type")).isEqualTo(6);
    DataObject goal = option(mentor, "goal");
    assertThat(choices(option(goal, "action"))).containsExactly("add", "done", "drop");
    assertThat(option(goal, "goal").getInt("type")).isEqualTo(3);
    assertThat(option(goal, "goal").getBoolean("autocomplete"))
        .as("goal numbers are suggested as the member types")
        .isTrue();
    assertThat(option(goal, "with").getInt("type")).isEqualTo(6);
    assertThat(choices(option(option(mentor, "signup"), "format")))
        .containsExactly("short", "long", "both");
    assertThat(choices(option(option(mentor, "edit"), "format")))
        .containsExactly("short", "long", "both");
    assertThat(choices(option(option(round, "join"), "as"))).containsExactly("mentor", "mentee");
    assertThat(choices(option(option(round, "pairs"), "state")))
        .containsExactly("all", "stale", "need-help", "ending");
    assertThat(option(option(round, "pairs"), "page").getInt("type")).isEqualTo(4);
    DataObject pair = option(round, "pair");
    assertThat(option(pair, "mentor").getInt("type")).isEqualTo(6);
    assertThat(option(pair, "mentee").getInt("type")).isEqualTo(6);
    assertThat(choices(option(pair, "format"))).containsExactly("short", "long");
    assertThat(choices(option(pair, "force"))).containsExactly("yes");
    DataObject unpair = option(round, "unpair");
    assertThat(option(unpair, "a").getInt("type")).isEqualTo(6);
    assertThat(option(unpair, "note").getInt("type")).isEqualTo(3);
  }

  @Test
  void signupTopicsAreOptionalBecauseTheFormAsksForThem() {
    DataObject signup = option(command("mentor"), "signup");
    assertThat(option(signup, "role").getBoolean("required")).isTrue();
    assertThat(option(signup, "topics").getBoolean("required")).isFalse();
  }

  @Test
  void requiredOptionsComeFirstAsDiscordDemands() {
    for (SlashCommandData command : SlashCommands.fromCatalogue()) {
      for (DataObject sub :
          command.toData().getArray("options").stream(DataArray::getObject).toList()) {
        List<Boolean> required =
            sub.getArray("options").stream(DataArray::getObject)
                .map(o -> o.getBoolean("required"))
                .toList();
        int firstOptional = required.indexOf(false);
        assertThat(firstOptional < 0 || required.lastIndexOf(true) < firstOptional)
            .as(command.getName() + " " + sub.getString("name") + " " + required)
            .isTrue();
      }
    }
  }

  @Test
  void inviteUrlAsksForBotAndCommandScopesAndOnlyThePermissionsUsed() {
    String url = InviteUrl.forApplication("123456789012345678");
    long permissions = Long.parseLong(url.substring(url.indexOf("permissions=") + 12));
    assertThat(url)
        .startsWith("https://discord.com/oauth2/authorize?client_id=123456789012345678")
        .contains("scope=bot%20applications.commands");
    assertThat(Permission.getPermissions(permissions))
        .containsExactlyInAnyOrder(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS,
            Permission.CREATE_PRIVATE_THREADS,
            Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_ATTACH_FILES);
  }

  @Test
  void settingsRejectWhatCannotWork() {
    assertThatThrownBy(() -> DiscordSettings.of(" ")).hasMessageContaining("DISCORD_TOKEN");
    assertThatThrownBy(
            () ->
                new DiscordSettings(
                    "t",
                    null,
                    Optional.of("http://x"),
                    List.of(),
                    Optional.empty(),
                    Optional.empty()))
        .hasMessageContaining("gatewayUrl");
    assertThatThrownBy(
            () ->
                new DiscordSettings(
                    "t",
                    null,
                    Optional.empty(),
                    List.of("general"),
                    Optional.empty(),
                    Optional.empty()))
        .hasMessageContaining("dev guild id");
    assertThatThrownBy(
            () ->
                new DiscordSettings(
                    "t", null, Optional.empty(), List.of(), Optional.of(0), Optional.empty()))
        .hasMessageContaining("shards");
    assertThatThrownBy(
            () ->
                new DiscordSettings(
                    "t",
                    null,
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    Optional.of("my intros")))
        .hasMessageContaining("match channel");
    assertThat(
            new DiscordSettings(
                    "t",
                    null,
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    Optional.of("#intros"))
                .matchChannel())
        .contains("intros");
    assertThat(DiscordSettings.of("t").apiUrl()).isEqualTo("https://discord.com/api/v10/");
  }
}
