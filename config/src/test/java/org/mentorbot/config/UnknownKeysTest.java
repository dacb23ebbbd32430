package org.mentorbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnknownKeysTest {
  @TempDir Path dir;
  Settings settings;

  @BeforeEach
  void setUp() {
    settings = new Settings(dir);
  }

  @Test
  void misspeltKeyIsReportedWithTheNearestKnownKey() {
    assertThat(settings.problems("discord:\n  shard: 2\n"))
        .containsExactly(
            new ConfigProblem("discord.shard", "unknown key; did you mean discord.shards?"));
  }

  @Test
  void swappedLettersStillFindTheKey() {
    assertThat(settings.problems("community:\n  dayStrat: \"08:00\"\n"))
        .containsExactly(
            new ConfigProblem(
                "community.dayStrat", "unknown key; did you mean community.dayStart?"));
  }

  @Test
  void otherSpellingsOfAKeyPointToTheCamelCaseOne() {
    assertThat(settings.problems("community:\n  cadence_days: 7\n  no-show-minutes: 3\n"))
        .containsExactly(
            new ConfigProblem(
                "community.cadence_days", "unknown key; did you mean community.cadenceDays?"),
            new ConfigProblem(
                "community.no-show-minutes", "unknown key; did you mean community.noShowMinutes?"));
  }

  @Test
  void unknownKeyIsReportedAlongsideAnInvalidValueInTheSameSection() {
    assertThat(settings.problems("discord:\n  shards: 0\n  devGuild: [\"1\"]\n"))
        .containsExactly(
            new ConfigProblem("discord.shards", "must be 1..64, was 0"),
            new ConfigProblem("discord.devGuild", "unknown key; did you mean discord.devGuilds?"));
  }

  @Test
  void misspeltSectionIsReportedWithTheNearestSection() {
    assertThat(settings.problems("comunity:\n  cadenceDays: 7\n"))
        .containsExactly(new ConfigProblem("comunity", "unknown key; did you mean community?"));
  }

  @Test
  void keyInTheWrongSectionListsTheKeysThatAreThere() {
    assertThat(settings.problems("database:\n  moderators: [mod]\n"))
        .containsExactly(
            new ConfigProblem(
                "database.moderators", "unknown key; known keys here: path, url, retentionDays"));
  }

  @Test
  void unknownKeyThatLooksLikeASecretSaysSecretsBelongInTheEnvironment() {
    ConfigException failure = settings.failure("slack:\n  clientSecret: hunter2\n");

    assertThat(failure.problems())
        .containsExactly(
            new ConfigProblem(
                "slack.clientSecret",
                "unknown key, and it looks like a secret: secrets belong in environment variables,"
                    + " never in the settings file"));
    assertThat(failure.getMessage()).doesNotContain("hunter2");
  }

  @Test
  void tokenInTheFileIsRejectedWithoutEchoingIt() {
    ConfigException failure =
        settings.failure(
            """
            discord:
              token: MTIz.discord-secret
            slack:
              botToken: xoxb-file-secret
              appToken: xapp-file-secret
              signingSecret: file-signing-secret
            """,
            Map.of("DISCORD_TOKEN", "env-token"));

    assertThat(failure.problems())
        .extracting(ConfigProblem::key)
        .containsExactly(
            "discord.token", "slack.botToken", "slack.appToken", "slack.signingSecret");
    assertThat(failure.problems().get(0).message())
        .isEqualTo(
            "secrets must not be written in the settings file; remove this line and set the"
                + " environment variable DISCORD_TOKEN instead");
    assertThat(failure.problems().get(3).message()).endsWith("SLACK_SIGNING_SECRET instead");
    assertThat(failure.getMessage()).doesNotContain("secret-").doesNotContain("file-secret");
  }
}
