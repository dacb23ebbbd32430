package org.mentorbot.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code mentorbot run} refuses to start, with exit code 2, when there is nothing or wrong to run.
 */
class RunCommandExitTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, Path config) {
    RunCommand command = new RunCommand(new PrintStream(err, true, StandardCharsets.UTF_8), env);
    return new CommandLine(command).execute("--config", config.toString());
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withNoPlatformConfiguredItSaysWhatToSetAndExitsWithTwo() throws Exception {
    Path config = Files.writeString(dir.resolve("mentorbot.yml"), "database:\n  path: x.db\n");

    int exit = run(Map.of(), config);

    assertThat(exit).isEqualTo(2);
    assertThat(err())
        .contains("No chat platform is configured")
        .contains("DISCORD_TOKEN=")
        .contains("SLACK_BOT_TOKEN=xoxb-")
        .contains("SLACK_SIGNING_SECRET=")
        .contains("mentorbot console");
    assertThat(dir.resolve("x.db")).as("nothing was opened").doesNotExist();
  }

  @Test
  void aBrokenConfigPrintsEveryProblemAndExitsWithTwo() throws Exception {
    Path config =
        Files.writeString(
            dir.resolve("mentorbot.yml"),
            """
            discord:
              shards: 0
            slack:
              mode: carrier-pigeon
              port: 70000
            community:
              askLimit: 99
              colour: blue
            """);

    int exit = run(Map.of("DISCORD_TOKEN", "fake-token-0123456789"), config);

    assertThat(exit).isEqualTo(2);
    assertThat(err())
        .contains("discord.shards")
        .contains("slack.mode")
        .contains("slack.port")
        .contains("community.askLimit")
        .contains("community.colour")
        .doesNotContain("fake-token-0123456789");
  }

  @Test
  void aTokenWrittenIntoTheFileIsRefusedWithoutEchoingIt() throws Exception {
    Path config =
        Files.writeString(
            dir.resolve("mentorbot.yml"), "slack:\n  botToken: xoxb-secret-in-file-42\n");

    int exit = run(Map.of(), config);

    assertThat(exit).isEqualTo(2);
    assertThat(err()).contains("slack.botToken").contains("SLACK_BOT_TOKEN");
    assertThat(err()).doesNotContain("xoxb-secret-in-file-42");
  }

  @Test
  void aLibraryMissingFromTheJarIsOneLineThatSaysToRebuild() {
    String line =
        RunCommand.rootCause(
            new IllegalStateException(
                "Slack did not start",
                new NoClassDefFoundError("org/java_websocket/client/WebSocketClient")));

    assertThat(line)
        .isEqualTo(
            "Slack did not start (NoClassDefFoundError: org/java_websocket/client/WebSocketClient);"
                + " a library is missing from the jar or has the wrong version: rebuild it");
  }
}
