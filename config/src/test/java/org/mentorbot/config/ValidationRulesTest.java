package org.mentorbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule, broken on its own, yields exactly one problem: its key and a clear message. */
class ValidationRulesTest {
  @TempDir Path dir;

  static Stream<Arguments> rules() {
    return Stream.of(
        rule("database:\n  path: \"a\\0b\"", "database.path", "is not a valid file path"),
        rule(
            "discord:\n  applicationId: app-1",
            "discord.applicationId",
            "must be a Discord id (digits only, e.g. 123456789012345678), was 'app-1'"),
        rule(
            "discord:\n  applicationId: \"99999999999999999999\"",
            "discord.applicationId",
            "must be a Discord id"),
        rule(
            "discord:\n  apiUrl: discord.com/api",
            "discord.apiUrl",
            "must be an absolute http or https URL like https://host/path, was 'discord.com/api/'"),
        rule("discord:\n  apiUrl: \"http://bad host/\"", "discord.apiUrl", "is not a valid URL"),
        rule(
            "discord:\n  gatewayUrl: https://gateway.discord.gg",
            "discord.gatewayUrl",
            "must be an absolute ws or wss URL like wss://host/path, was 'https://gateway.discord.gg'"),
        rule("discord:\n  devGuilds: [\"12a\"]", "discord.devGuilds[0]", "must be a Discord id"),
        rule("discord:\n  devGuilds: [\"123\", \"123\"]", "discord.devGuilds", "lists '123' twice"),
        rule("discord:\n  shards: 0", "discord.shards", "must be 1..64, was 0"),
        rule("discord:\n  shards: 65", "discord.shards", "must be 1..64, was 65"),
        rule("discord:\n  shards: 2.5", "discord.shards", "must be a whole number, was '2.5'"),
        rule(
            "discord:\n  shards: 99999999999",
            "discord.shards",
            "must be a whole number, was '99999999999'"),
        rule(
            "discord:\n  matchChannel: \"#intros\"",
            "discord.matchChannel",
            "write the name without its leading #, was '#intros'"),
        rule(
            "discord:\n  announceChannel: big news",
            "discord.announceChannel",
            "must be one word of at most 100 characters like announcements, was 'big news'"),
        rule(
            "slack:\n  mode: websocket",
            "slack.mode",
            "must be one of auto, socket, http, was 'websocket'"),
        rule("slack:\n  port: 0", "slack.port", "must be 1..65535, was 0"),
        rule("slack:\n  port: 65536", "slack.port", "must be 1..65535, was 65536"),
        rule(
            "slack:\n  path: slack/events",
            "slack.path",
            "must be a URL path starting with /, was 'slack/events'"),
        rule("slack:\n  path: /slack?x=1", "slack.path", "must be a URL path starting with /"),
        rule(
            "slack:\n  apiUrl: ftp://slack.com/api/",
            "slack.apiUrl",
            "must be an absolute http or https URL"),
        rule(
            "slack:\n  moderatorGroup: \"@mods\"",
            "slack.moderatorGroup",
            "write the name without its leading @, was '@mods'"),
        rule("community:\n  cadenceDays: 61", "community.cadenceDays", "must be 3..60, was 61"),
        rule("community:\n  repeatWindow: -1", "community.repeatWindow", "must be 0..24, was -1"),
        rule("community:\n  maxTzHours: 13", "community.maxTzHours", "must be 0..12, was 13"),
        rule("community:\n  minYearsAhead: 21", "community.minYearsAhead", "must be 0..20, was 21"),
        rule(
            "community:\n  dayStart: \"9am\"",
            "community.dayStart",
            "must be a time of day as HH:MM (24-hour clock), was '9am'"),
        rule(
            "community:\n  dayEnd: \"24:00\"",
            "community.dayEnd",
            "must be a time of day as HH:MM (24-hour clock), was '24:00'"),
        rule(
            "community:\n  dayStart: \"20:00\"",
            "community.dayEnd",
            "must be after dayStart (20:00), was 20:00"),
        rule("community:\n  queueLimit: 0", "community.queueLimit", "must be 1..10, was 0"),
        rule("community:\n  askLimit: 11", "community.askLimit", "must be 1..10, was 11"),
        rule(
            "community:\n  askExpiryHours: 0", "community.askExpiryHours", "must be 1..720, was 0"),
        rule("community:\n  noShowMinutes: 61", "community.noShowMinutes", "must be 1..60, was 61"),
        rule("community:\n  reminderDays: 0", "community.reminderDays", "must be 1..14, was 0"),
        rule("community:\n  shortWeeks: 27", "community.shortWeeks", "must be 1..26, was 27"),
        rule(
            "community:\n  shortWeeks: 1\n  reminderDays: 7",
            "community.reminderDays",
            "must be less than shortWeeks in days (7), was 7"),
        rule(
            "community:\n  topicAliases: [js]",
            "community.topicAliases",
            "must be a mapping of key: value lines, was a list"),
        rule(
            "community:\n  topicAliases:\n    JS: javascript",
            "community.topicAliases.JS",
            "must be lower-case, was 'JS'; write 'js'"),
        rule(
            "community:\n  topicAliases:\n    js: JavaScript",
            "community.topicAliases.js",
            "must be lower-case, was 'JavaScript'; write 'javascript'"),
        rule(
            "community:\n  topicAliases:\n    js: \"\"",
            "community.topicAliases.js",
            "has no value"),
        rule(
            "community:\n  topicAliases:\n    go: go",
            "community.topicAliases.go",
            "maps a topic to itself; remove it"),
        rule(
            "community:\n  topicAliases:\n    js: ecmascript\n    ecmascript: javascript",
            "community.topicAliases.js",
            "points to 'ecmascript', which is itself an alias; point it to 'javascript'"),
        rule(
            "console:\n  moderators: [\"@mod\"]",
            "console.moderators[0]",
            "must be a user name without @ (letters, digits, . _ -; at most 32), was '@mod'"),
        rule("console:\n  moderators: [mod, mod]", "console.moderators", "lists 'mod' twice"),
        rule(
            "console:\n  moderators: mod",
            "console.moderators",
            "must be a list like [a, b], was 'mod'"));
  }

  private static Arguments rule(String yaml, String key, String message) {
    return Arguments.of(yaml, key, message);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("rules")
  void brokenRuleNamesItsKeyAndSaysWhatIsWrong(String yaml, String key, String message) {
    assertThat(new Settings(dir).problems(yaml + "\n"))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.key()).isEqualTo(key);
              assertThat(problem.message()).startsWith(message);
            });
  }
}
