package org.mentorbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the example file and the docs from drifting away from the code. */
class DocumentedSettingsTest {
  // Tests run in the module folder.
  private static final Path EXAMPLE = Path.of("mentorbot.example.yml");
  private static final Path DOCS = Path.of("..", "docs", "configuration.md");
  private static final Pattern COMMENTED_KEY =
      Pattern.compile("(?m)^(\\s*)# ([a-z][A-Za-z]*: .+)$");
  private static final List<String> ENV_VARS =
      List.of(
          EnvVars.DISCORD_TOKEN,
          EnvVars.SLACK_BOT_TOKEN,
          EnvVars.SLACK_APP_TOKEN,
          EnvVars.SLACK_SIGNING_SECRET,
          EnvVars.MENTORBOT_DB,
          EnvVars.MENTORBOT_DB_USER,
          EnvVars.MENTORBOT_DB_PASSWORD,
          EnvVars.MENTORBOT_CONFIG);

  @TempDir Path dir;

  @Test
  void exampleFileIsValidAndEqualsTheDefaults() {
    assertThat(ConfigLoader.load(EXAMPLE, Map.of())).isEqualTo(MentorbotConfig.defaults());
  }

  @Test
  void exampleFileWithEveryOptionalKeyUncommentedIsValidAndSetsThemAll() throws Exception {
    String example = Files.readString(EXAMPLE);
    Matcher commented = COMMENTED_KEY.matcher(example);
    String uncommented = commented.replaceAll("$1$2");

    MentorbotConfig config =
        new Settings(dir)
            .load(uncommented, Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));

    assertThat(config.discord().applicationId()).isPresent();
    assertThat(config.discord().gatewayUrl()).isPresent();
    assertThat(config.discord().shards()).isPresent();
    assertThat(config.discord().matchChannel()).isPresent();
    assertThat(config.discord().announceChannel()).isPresent();
    assertThat(config.slack().moderatorGroup()).isPresent();
  }

  @Test
  void exampleFileShowsEveryKey() throws Exception {
    String uncommented = COMMENTED_KEY.matcher(Files.readString(EXAMPLE)).replaceAll("$1$2");
    for (String key : ConfigLoader.knownKeys()) {
      String[] parts = key.split("\\.", -1);
      String section = "(?m)^" + parts[0] + ":\\n(?:(?:  .*|\\s*)\\n)*?  " + parts[1] + ":";
      assertThat(uncommented).as(key).containsPattern(section);
    }
  }

  @Test
  void exampleFileNamesEveryEnvironmentVariable() throws Exception {
    assertThat(Files.readString(EXAMPLE)).contains(ENV_VARS);
  }

  @Test
  void docsHaveOneTableRowPerKeyAndVariable() throws Exception {
    String docs = Files.readString(DOCS);
    for (String key : ConfigLoader.knownKeys()) {
      assertThat(docs).as(key).contains("\n| `" + key + "` |");
    }
    for (String variable : ENV_VARS) {
      assertThat(docs).as(variable).contains("\n| `" + variable + "` (env) |");
    }
  }

  @Test
  void howToConfigureNamesEveryPlatformsVariablesAndTheConsole() {
    String help = MentorbotConfig.defaults().howToConfigure();

    assertThat(help)
        .contains("DISCORD_TOKEN=")
        .contains("Slack, Socket Mode")
        .contains("SLACK_APP_TOKEN=xapp-")
        .contains("Slack, HTTP mode (Slack sends requests to http://<this host>:3000/slack/events)")
        .contains("SLACK_SIGNING_SECRET=")
        .contains("`mentorbot console`: it needs no settings")
        .endsWith("\n");
    assertThat(help.lines().filter(line -> line.contains("SLACK_BOT_TOKEN=xoxb-"))).hasSize(2);
  }
}
