package org.mentorbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.community.SettingKey;

class ConfigLoaderTest {
  @TempDir Path dir;
  Settings settings;

  @BeforeEach
  void setUp() {
    settings = new Settings(dir);
  }

  @Test
  void missingFileAtDefaultPathGivesDefaults() {
    assertThat(ConfigLoader.DEFAULT_PATH).doesNotExist(); // the module folder has no settings
    MentorbotConfig config = ConfigLoader.load(null, Map.of());

    assertThat(config).isEqualTo(MentorbotConfig.defaults());
    assertThat(config.database().path()).isEqualTo(Path.of("data/mentorbot.db"));
    assertThat(config.discord().apiUrl()).isEqualTo(URI.create("https://discord.com/api/v10/"));
    assertThat(config.slack().port()).isEqualTo(3000);
    assertThat(config.slack().path()).isEqualTo("/slack/events");
    assertThat(config.slack().apiUrl()).isEqualTo(URI.create("https://slack.com/api/"));
    assertThat(config.community().text(SettingKey.CADENCE_DAYS)).isEqualTo("14");
    assertThat(config.community().topicAliases())
        .containsEntry("js", "javascript")
        .containsEntry("node.js", "nodejs")
        .hasSize(12);
    assertThat(config.console().moderators()).containsExactly("mod");
    assertThat(config.platforms()).isEmpty();
  }

  @Test
  void missingFileNamedExplicitlyIsAProblem() {
    Path missing = dir.resolve("nope.yml");
    ConfigException failure =
        catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(missing, Map.of()));

    assertThat(failure.problems())
        .containsExactly(new ConfigProblem(missing.toString(), "no such file"));
  }

  @Test
  void emptyFileGivesDefaults() {
    assertThat(settings.load("# nothing set yet\n")).isEqualTo(MentorbotConfig.defaults());
  }

  @Test
  void readsEveryKeyOfAFullFile() {
    MentorbotConfig config =
        settings.load(
            """
            database:
              path: /var/lib/mentorbot/bot.db
            discord:
              applicationId: "112233445566778899"
              apiUrl: http://127.0.0.1:8080/api
              gatewayUrl: ws://127.0.0.1:8081
              devGuilds: ["123456789012345678", 223456789012345678]
              shards: 4
              shardIds: 2-3
              matchChannel: intros
              announceChannel: news
            slack:
              mode: http
              port: 8088
              path: /hooks/slack
              apiUrl: http://127.0.0.1:9090/api/
              moderatorGroup: mentor-mods
            community:
              cadenceDays: 7
              repeatWindow: 0
              maxTzHours: 12
              minYearsAhead: 3
              dayStart: "8:30"
              dayEnd: "18:15"
              queueLimit: 4
              askLimit: 5
              askExpiryHours: 24
              noShowMinutes: 10
              reminderDays: 3
              shortWeeks: 10
              longMonths: 3
              autoPublish: false
              topicAliases:
                rs: rust
            console:
              moderators: [alice, "bob.smith"]
            """,
            Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s3cr3t"));

    assertThat(config.database().path()).isEqualTo(Path.of("/var/lib/mentorbot/bot.db"));
    assertThat(config.discord().shardIdList()).containsExactly(2, 3);
    assertThat(config.discord())
        .isEqualTo(
            new DiscordConfig(
                Optional.empty(),
                Optional.of("112233445566778899"),
                URI.create("http://127.0.0.1:8080/api/"),
                Optional.of(URI.create("ws://127.0.0.1:8081")),
                List.of("123456789012345678", "223456789012345678"),
                OptionalInt.of(4),
                Optional.of("2-3"),
                Optional.of("intros"),
                Optional.of("news")));
    assertThat(config.slack())
        .isEqualTo(
            new SlackConfig(
                SlackMode.HTTP,
                Optional.of(new Secret("xoxb-1")),
                Optional.empty(),
                Optional.of(new Secret("s3cr3t")),
                8088,
                "/hooks/slack",
                URI.create("http://127.0.0.1:9090/api/"),
                Optional.of("mentor-mods")));
    CommunitySettings community = config.communitySettings(Platform.CONSOLE);
    assertThat(community.cadenceDays()).isEqualTo(7);
    assertThat(community.repeatWindow()).isZero();
    assertThat(community.maxTzHours()).isEqualTo(12);
    assertThat(community.minYearsAhead()).isEqualTo(3);
    assertThat(community.dayStart()).isEqualTo(LocalTime.of(8, 30));
    assertThat(community.dayEnd()).isEqualTo(LocalTime.of(18, 15));
    assertThat(community.queueLimit()).isEqualTo(4);
    assertThat(community.askLimit()).isEqualTo(5);
    assertThat(community.askExpiryHours()).isEqualTo(24);
    assertThat(community.noShowMinutes()).isEqualTo(10);
    assertThat(community.reminderDays()).isEqualTo(3);
    assertThat(community.shortWeeks()).isEqualTo(10);
    assertThat(community.longMonths()).isEqualTo(3);
    assertThat(community.autoPublish()).isFalse();
    assertThat(community.topicAliases()).isEqualTo(Map.of("rs", "rust"));
    assertThat(config.console().moderators()).containsExactly("alice", "bob.smith");
    assertThat(config.platforms()).containsExactly(Platform.SLACK);
  }

  @Test
  void queueLimitAndAskLimitReachTheCoreUnderTheirOwnNames() {
    // Two settings of the same type and range: a swap in the config-to-core mapping would pass
    // every range check, so only distinct values catch it.
    CommunitySettings core =
        settings
            .load("community:\n  queueLimit: 4\n  askLimit: 9\n")
            .communitySettings(Platform.DISCORD);

    assertThat(core.queueLimit()).isEqualTo(4);
    assertThat(core.askLimit()).isEqualTo(9);
  }

  @Test
  void everySettingOfTheTableCanBeGivenInTheFileUnderItsCamelCaseName() {
    StringBuilder yaml = new StringBuilder("community:\n");
    for (SettingKey key : SettingKey.values()) {
      key.configName().ifPresent(name -> yaml.append("  ").append(name).append(": \"x\"\n"));
    }
    ConfigException failure =
        catchThrowableOfType(ConfigException.class, () -> settings.load(yaml.toString()));

    // Each one was read (and refused), none was an unknown key.
    assertThat(failure.problems())
        .extracting(ConfigProblem::message)
        .noneMatch(m -> m.startsWith("unknown key"))
        .hasSize(
            (int)
                java.util.Arrays.stream(SettingKey.values())
                    .filter(k -> k.configName().isPresent())
                    .count());
  }

  @Test
  void environmentOverridesTheDatabasePath() {
    MentorbotConfig config =
        settings.load("database:\n  path: from-file.db\n", Map.of("MENTORBOT_DB", "/tmp/env.db"));

    assertThat(config.database().path()).isEqualTo(Path.of("/tmp/env.db"));
  }

  @Test
  void databaseUrlNamesPostgresWithCredentialsFromTheEnvironment() {
    MentorbotConfig config =
        settings.load(
            "database:\n  url: jdbc:postgresql://db.internal:5432/mentorbot\n",
            Map.of("MENTORBOT_DB_USER", "bot", "MENTORBOT_DB_PASSWORD", "s3cret"));

    assertThat(config.database().isPostgres()).isTrue();
    assertThat(config.database().location())
        .isEqualTo("jdbc:postgresql://db.internal:5432/mentorbot");
    assertThat(config.database().user()).contains("bot");
    assertThat(config.database().password()).contains(new Secret("s3cret"));
    assertThat(config.toString()).doesNotContain("s3cret");
  }

  @Test
  void environmentDatabaseMayBeAUrl() {
    MentorbotConfig config =
        settings.load(
            "database:\n  path: from-file.db\n",
            Map.of("MENTORBOT_DB", "jdbc:postgresql://localhost/mentorbot"));

    assertThat(config.database().isPostgres()).isTrue();
  }

  @Test
  void databaseUrlProblemsAreNamedAndChangeNothing() {
    assertThat(
            settings.failure("database:\n  url: jdbc:postgresql://h/m?password=oops\n").problems())
        .extracting(ConfigProblem::key, ConfigProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "database.url",
                "must not carry the password; remove it from the URL and set the environment"
                    + " variable MENTORBOT_DB_PASSWORD"));
    assertThat(settings.failure("database:\n  url: jdbc:mysql://h/m\n").problems())
        .extracting(ConfigProblem::message)
        .containsExactly(
            "must be a jdbc:postgresql://host:5432/name URL or a SQLite file, was a jdbc:mysql"
                + " URL");
  }

  @Test
  void databaseUrlWinsOverThePath() {
    MentorbotConfig config =
        settings.load("database:\n  path: a.db\n  url: jdbc:postgresql://h/m\n");

    assertThat(config.database().location()).isEqualTo("jdbc:postgresql://h/m");
  }

  @Test
  void commandLineDatabaseReplacesOnlyTheDatabase() {
    MentorbotConfig loaded = settings.load("community:\n  cadenceDays: 21\n");

    MentorbotConfig config = loaded.withDatabasePath(Path.of("demo.db"));

    assertThat(config.database().path()).isEqualTo(Path.of("demo.db"));
    assertThat(config.community()).isEqualTo(loaded.community());
  }

  @Test
  void communitySettingsForTheCoreCarryEachPlatformsDefaults() {
    MentorbotConfig config =
        settings.load(
            """
            discord:
              matchChannel: intros
              announceChannel: news
            slack:
              moderatorGroup: mods
            community:
              cadenceDays: 9
              askExpiryHours: 48
              noShowMinutes: 7
            """);

    CommunitySettings discord = config.communitySettings(Platform.DISCORD);
    assertThat(discord.matchChannel()).contains("intros");
    assertThat(discord.announceChannel()).contains("news");
    assertThat(discord.moderatorRole()).isEmpty();
    assertThat(discord.cadenceDays()).isEqualTo(9);
    assertThat(discord.askExpiryHours()).isEqualTo(48);
    assertThat(discord.noShowMinutes()).isEqualTo(7);
    assertThat(discord.topicAliases()).isEqualTo(CommunityDefaults.DEFAULT_TOPIC_ALIASES);
    CommunitySettings slack = config.communitySettings(Platform.SLACK);
    assertThat(slack.moderatorRole()).contains("mods");
    assertThat(slack.matchChannel()).isEmpty();
    CommunitySettings console = config.communitySettings(Platform.CONSOLE);
    assertThat(console.announceChannel()).isEmpty();
    assertThat(console.moderatorRole()).isEmpty();
    assertThat(console.dayStart()).isEqualTo(LocalTime.of(9, 0));
  }

  @Test
  void environmentNamesTheSettingsFileWhenNoneIsGiven() {
    Path file = settings.write("community:\n  cadenceDays: 21\n");

    MentorbotConfig config = ConfigLoader.load(null, Map.of("MENTORBOT_CONFIG", file.toString()));

    assertThat(config.communitySettings(Platform.CONSOLE).cadenceDays()).isEqualTo(21);
  }

  @Test
  void settingsFileNamedInTheEnvironmentMustExist() {
    String missing = dir.resolve("gone.yml").toString();
    ConfigException failure =
        catchThrowableOfType(
            ConfigException.class,
            () -> ConfigLoader.load(null, Map.of("MENTORBOT_CONFIG", missing)));

    assertThat(failure.problems()).extracting(ConfigProblem::key).containsExactly(missing);
  }

  @Test
  void blankEnvironmentVariablesCountAsUnset() {
    MentorbotConfig config =
        settings.load(
            "", Map.of("DISCORD_TOKEN", "  ", "SLACK_BOT_TOKEN", "", "MENTORBOT_DB", " "));

    assertThat(config).isEqualTo(MentorbotConfig.defaults());
  }

  @Test
  void tokensComeFromTheEnvironment() {
    MentorbotConfig config =
        settings.load(
            "",
            Map.of(
                "DISCORD_TOKEN",
                " discord-secret\n",
                "SLACK_BOT_TOKEN",
                "xoxb-a",
                "SLACK_APP_TOKEN",
                "xapp-b"));

    assertThat(config.discord().token()).contains(new Secret("discord-secret"));
    assertThat(config.discord().enabled()).isTrue();
    assertThat(config.slack().activeMode()).isEqualTo(SlackMode.SOCKET);
    assertThat(config.platforms()).containsExactly(Platform.DISCORD, Platform.SLACK);
  }

  @Test
  void reportsEveryProblemAtOnceInOneReadableMessage() {
    ConfigException failure =
        settings.failure(
            """
            discord:
              shards: 0
              devGuilds: [abc]
            slack:
              port: 70000
            community:
              cadenceDays: 2
              dayStart: "21:00"
            console:
              moderators: []
            """);

    assertThat(failure.problems())
        .containsExactlyInAnyOrder(
            new ConfigProblem("discord.shards", "must be 1..64, was 0"),
            new ConfigProblem(
                "discord.devGuilds[0]",
                "must be a Discord id (digits only, e.g. 123456789012345678), was 'abc'"),
            new ConfigProblem("slack.port", "must be 1..65535, was 70000"),
            new ConfigProblem("community.cadenceDays", "must be 3..60, was 2"),
            new ConfigProblem("community.dayEnd", "must be after dayStart (21:00), was 20:00"),
            new ConfigProblem(
                "console.moderators", "must name at least one user, or nobody can open rounds"));
    assertThat(failure.getMessage())
        .startsWith("Invalid settings (")
        .contains("6 problems:\n  - ")
        .contains("\n  - discord.shards: must be 1..64, was 0")
        .contains("\n  - slack.port: must be 1..65535, was 70000");
  }

  @Test
  void shardIdsSplitTheShardsAcrossProcessesAndAreChecked() {
    assertThat(settings.load("discord:\n  shards: 8\n  shardIds: 0-3\n").discord().shardIdList())
        .containsExactly(0, 1, 2, 3);
    assertThat(settings.load("discord:\n  shards: 8\n  shardIds: 1,5-6\n").discord().shardIdList())
        .containsExactly(1, 5, 6);
    assertThat(settings.problems("discord:\n  shardIds: 0-3\n"))
        .containsExactly(
            new ConfigProblem(
                "discord.shardIds",
                "needs discord.shards, the total number of shards, e.g. shards: 8"));
    assertThat(settings.problems("discord:\n  shards: 8\n  shardIds: 6-9\n"))
        .containsExactly(
            new ConfigProblem("discord.shardIds", "shard 8 does not exist: shards are 0..7"));
    assertThat(settings.problems("discord:\n  shards: 8\n  shardIds: 0-2,2\n"))
        .containsExactly(new ConfigProblem("discord.shardIds", "names a shard twice: '0-2,2'"));
    assertThat(settings.problems("discord:\n  shards: 8\n  shardIds: three\n"))
        .containsExactly(
            new ConfigProblem(
                "discord.shardIds", "must be shard numbers like 0-3 or 0,2,4, was 'three'"));
  }

  @Test
  void wrongTypeIsReportedAndTheOtherChecksStillRun() {
    assertThat(
            settings.problems(
                """
                discord:
                  shards: many
                  devGuilds: 123456789012345678
                community: 5
                console:
                  moderators: [[a]]
                slack:
                  port: 0
                """))
        .containsExactlyInAnyOrder(
            new ConfigProblem("discord.shards", "must be a whole number, was 'many'"),
            new ConfigProblem(
                "discord.devGuilds", "must be a list like [a, b], was '123456789012345678'"),
            new ConfigProblem(
                "community", "must be a mapping: its keys indented on the lines below it"),
            new ConfigProblem("console.moderators[0]", "must be a single value, not a list"),
            new ConfigProblem(
                "console.moderators", "must name at least one user, or nobody can open rounds"),
            new ConfigProblem("slack.port", "must be 1..65535, was 0"));
  }

  @Test
  void emptyValueIsAProblemBecauseAHashStartsAComment() {
    List<ConfigProblem> problems = settings.problems("discord:\n  matchChannel: #intros\n");

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("discord.matchChannel");
              assertThat(p.message()).contains("has no value").contains("quote it");
            });
  }

  @Test
  void invalidYamlGivesItsPositionButNotTheLine() {
    ConfigException failure = settings.failure("slack:\n  mode: auto\n  oops: xoxb-pasted: here\n");

    assertThat(failure.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).endsWith(".yml");
              assertThat(p.message()).startsWith("is not valid YAML at line 3, column");
            });
    assertThat(failure.getMessage()).doesNotContain("xoxb-pasted");
  }

  @Test
  void duplicateKeyIsAProblem() {
    assertThat(settings.problems("community:\n  cadenceDays: 7\n  cadenceDays: 9\n"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("Duplicate field 'cadenceDays'"));
  }

  @Test
  void fileMustBeAMapping() {
    assertThat(settings.problems("- discord\n- slack\n"))
        .containsExactly(
            new ConfigProblem(
                "(file)", "must be a mapping of sections like `discord:` and `slack:`"));
  }

  @Test
  void knownKeysListsEverySettingButNoSecret() {
    assertThat(ConfigLoader.knownKeys())
        .contains(
            "database.path", "database.url", "discord.shards", "discord.shardIds", "slack.mode")
        .contains("community.topicAliases")
        .contains("console.moderators")
        .doesNotContain("discord.token", "slack.botToken", "discord", "slack")
        .contains("community.autoPublish", "community.shortWeeks", "community.longMonths")
        .doesNotContain("community.roundLengthDays")
        .contains("database.retentionDays")
        .hasSize(32);
  }

  @Test
  void directoryInsteadOfFileIsAProblem() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder.yml"));
    ConfigException failure =
        catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(folder, Map.of()));

    assertThat(failure.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message()).isEqualTo("is a folder; name the settings file inside it"));
  }
}
