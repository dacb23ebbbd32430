package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.discord.fake.FakeDiscord.APP_ID;
import static org.mentorbot.discord.fake.FakeDiscord.GUILD_ID;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.discord.fake.FakeDiscord;
import org.mentorbot.discord.fake.RecordedRequest;

/** Slash commands are registered globally and per dev guild, and only when they changed. */
class CommandRegistrationTest {
  @RegisterExtension static final FakeDiscord discord = new FakeDiscord();

  private static final String GLOBAL = "applications/" + APP_ID + "/commands";
  private static final String GUILD =
      "applications/" + APP_ID + "/guilds/" + GUILD_ID + "/commands";

  @BeforeEach
  void nothingRegisteredYet() {
    discord.setCommands(GLOBAL, DataArray.empty());
    discord.setCommands(GUILD, DataArray.empty());
    discord.reset();
  }

  private void runBotOnce() throws InterruptedException {
    DiscordBot bot =
        new DiscordBot(
            new DiscordSettings(
                "fake-token-0123456789",
                discord.apiUrl(),
                Optional.of(discord.gatewayUrl()),
                List.of(GUILD_ID),
                Optional.empty(),
                Optional.empty()),
            Duration.ofSeconds(1));
    try {
      bot.start(new RecordingCore());
    } finally {
      bot.close();
    }
  }

  @Test
  void registersOnceAndSkipsUnchangedCommandsOnRestart() throws InterruptedException {
    runBotOnce();
    List<RecordedRequest> firstPuts = discord.requests("PUT", ".*commands");
    assertThat(firstPuts)
        .extracting(RecordedRequest::path)
        .containsExactlyInAnyOrder(GLOBAL, GUILD);
    for (RecordedRequest put : firstPuts) {
      assertThat(
              DataArray.fromJson(put.body()).stream(DataArray::getObject)
                  .map(c -> c.getString("name")))
          .containsExactlyInAnyOrder("mentor", "round", "officehours", "queue");
    }

    discord.reset();
    runBotOnce();
    assertThat(discord.requests("GET", ".*commands")).hasSize(2);
    assertThat(discord.requests("PUT", ".*commands")).as("nothing changed, nothing sent").isEmpty();
  }

  @Test
  void overwritesOnlyTheScopeWhoseCommandsDiffer() throws InterruptedException {
    runBotOnce();
    DataArray outdated = DataArray.empty();
    outdated.add(
        DataObject.empty()
            .put("id", "600000000000000009")
            .put("application_id", APP_ID)
            .put("name", "mentor")
            .put("description", "an old version")
            .put("type", 1));
    discord.setCommands(GLOBAL, outdated);

    discord.reset();
    runBotOnce();
    assertThat(discord.requests("PUT", ".*commands"))
        .extracting(RecordedRequest::path)
        .containsExactly(GLOBAL);
  }

  @Test
  void aRefusedRegistrationIsLoggedAndTheBotStillStarts() throws InterruptedException {
    discord.failNext("PUT", GLOBAL, 403, 50001, "Missing Access");
    runBotOnce();
    assertThat(discord.requests("PUT", ".*commands"))
        .extracting(RecordedRequest::path)
        .containsExactlyInAnyOrder(GLOBAL, GUILD);
    assertThat(discord.requests("GET", "users/@me")).isNotEmpty();
  }
}
