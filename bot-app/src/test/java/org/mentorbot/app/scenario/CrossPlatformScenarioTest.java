package org.mentorbot.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One community, three front ends, the same outcome. The comparison is at the level the core
 * decides: its rows, its replies and the destinations it chose with what it sent there. How each
 * platform draws a destination (a Discord thread or a Slack group DM for an intro) is the adapters'
 * own tests' business; here a conversation is the core's {@code [dm @a @b]} on every platform.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(600)
class CrossPlatformScenarioTest {

  @TempDir static Path dir;

  private Transcript console;
  private Transcript slack;
  private Transcript discord;
  private Map<String, List<String>> consoleRows;
  private Map<String, List<String>> slackRows;
  private Map<String, List<String>> discordRows;

  @BeforeAll
  void playTheScenarioEverywhere() throws Exception {
    try (ConsoleDriver driver = new ConsoleDriver(dir.resolve("console.db"))) {
      play(driver);
      console = driver.transcript();
      consoleRows = driver.facts();
    }
    try (SlackDriver driver = new SlackDriver(dir.resolve("slack.db"))) {
      play(driver);
      slack = driver.transcript();
      slackRows = driver.facts();
    }
    try (DiscordDriver driver = new DiscordDriver(dir.resolve("discord.db"))) {
      play(driver);
      discord = driver.transcript();
      discordRows = driver.facts();
    }
  }

  private static void play(Driver driver) throws Exception {
    for (Step step : MentoringScenario.steps()) {
      driver.play(step);
    }
  }

  @Test
  void theConsoleRunOfTheScenarioDidWhatItSays() {
    Map<String, List<String>> seen = console.perRecipient();
    assertThat(String.join("\n", seen.get("reply @zed"))).contains("Mars/Olympus");
    assertThat(String.join("\n", seen.get("reply @kim"))).contains("@ada");
    assertThat(seen).containsKeys("dm @ada @kim", "dm @bob @liz");
    assertThat(consoleRows.get("member")).hasSize(4);
    assertThat(consoleRows.get("match_pair")).hasSize(2);
    assertThat(consoleRows.get("oh_entry")).hasSize(2);
    assertThat(consoleRows.get("ask")).singleElement().asString().contains("accepted");
  }

  @Test
  void slackLeavesTheSameRowsAsTheConsole() {
    assertThat(slackRows).isEqualTo(consoleRows);
  }

  @Test
  void discordLeavesTheSameRowsAsTheConsole() {
    assertThat(discordRows).isEqualTo(consoleRows);
  }

  @Test
  void slackMembersHearTheSameThingsInTheSameOrder() {
    assertThat(slack.perRecipient()).isEqualTo(console.perRecipient());
  }

  @Test
  void discordMembersHearTheSameThingsInTheSameOrder() {
    assertThat(discord.perRecipient()).isEqualTo(console.perRecipient());
  }
}
