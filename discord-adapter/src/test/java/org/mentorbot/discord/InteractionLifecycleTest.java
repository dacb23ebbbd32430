package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.discord.fake.FakeDiscord.ALICE;
import static org.mentorbot.discord.fake.FakeDiscord.GUILD_ID;
import static org.mentorbot.discord.fake.FakeDiscord.MODERATOR;
import static org.mentorbot.discord.fake.FakeDiscord.MOD_ROLE_ID;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.discord.fake.FakeDiscord;
import org.mentorbot.discord.fake.RecordedRequest;

/** Slow answers, direct-message buttons and a dropped gateway connection, on the real JDA. */
class InteractionLifecycleTest {
  @RegisterExtension static final FakeDiscord discord = new FakeDiscord();

  private static final RecordingCore core = new RecordingCore();
  private static DiscordBot bot;

  @BeforeAll
  static void startBot() throws InterruptedException {
    bot = TestBots.start(discord, core, Duration.ofMillis(300));
  }

  @AfterAll
  static void stopBot() {
    bot.close();
  }

  @BeforeEach
  void resetCore() {
    discord.reset();
    core.reset();
  }

  @Test
  void slowCommandIsDeferredThenTheOriginalIsEditedAndAPublicAnswerFollows() {
    core.gate = new CountDownLatch(1);
    core.onRun = raw -> Reply.publicly(Message.of("Published 12 matches."));
    String id = discord.interactions().slash(MODERATOR, List.of(MOD_ROLE_ID), "round", "publish");
    DataObject deferral = discord.awaitCallback(id).json();
    assertThat(deferral.getInt("type")).as("deferred channel message").isEqualTo(5);
    assertThat(deferral.getObject("data").getInt("flags") & 64).isEqualTo(64);
    core.gate.countDown();

    String token = "token-" + id;
    RecordedRequest edit = discord.await("PATCH", "webhooks/\\d+/" + token + "/messages/@original");
    assertThat(edit.json().getString("content")).contains("posted below");
    RecordedRequest followUp = discord.await("POST", "webhooks/\\d+/" + token);
    DataObject posted = followUp.json();
    assertThat(posted.getInt("flags", 0) & 64).isZero();
    assertThat(posted.getArray("embeds").getObject(0).getString("description"))
        .isEqualTo("Published 12 matches.");
  }

  /**
   * Kills the mutation that drops {@code PendingReply.answerDeferred}'s {@code !isPublic} branch.
   */
  @Test
  void slowPrivateAnswerReplacesThePrivatePlaceholderAndIsNeverPostedPublicly() {
    core.gate = new CountDownLatch(1);
    core.onRun = raw -> Reply.privately("Your confidential note was saved.");
    String id = discord.interactions().slash(ALICE, List.of(), "mentor", "checkin");
    DataObject deferral = discord.awaitCallback(id).json();
    assertThat(deferral.getInt("type")).isEqualTo(5);
    assertThat(deferral.getObject("data").getInt("flags") & 64)
        .as("placeholder private")
        .isEqualTo(64);
    core.gate.countDown();

    String token = "token-" + id;
    RecordedRequest edit = discord.await("PATCH", "webhooks/\\d+/" + token + "/messages/@original");
    assertThat(edit.json().getArray("embeds").getObject(0).getString("description"))
        .as("the private answer replaces the private placeholder")
        .isEqualTo("Your confidential note was saved.");
    // Anything posted after the edit would be a follow-up; the next interaction's answer marks
    // the point by which it would have been sent.
    String later = discord.interactions().slash(ALICE, List.of(), "queue", "position");
    core.next();
    core.next();
    discord.awaitCallback(later);
    assertThat(discord.requests("POST", "webhooks/\\d+/" + token))
        .as("no public follow-up")
        .isEmpty();
  }

  @Test
  void keepsServingInteractionsAfterTheGatewayDropsTheConnection() {
    int before = discord.resumes() + discord.identifies();
    discord.dropGatewayConnection();
    discord.awaitCondition(
        () -> discord.resumes() + discord.identifies() > before && discord.gatewayConnected(),
        "JDA to reconnect");

    String id = discord.interactions().slash(ALICE, List.of(), "queue", "position");
    assertThat(((RawCommand) core.next().argument()).sub()).isEqualTo("position");
    assertThat(discord.awaitCallback(id).json().getInt("type")).isEqualTo(4);
  }

  @Test
  void buttonUnderADirectMessageActsInTheGuildItNamesWithTheMembersFacts() {
    core.onPress = actionId -> Reply.privately("Thanks for checking in.");
    String id =
        discord.interactions().directMessageButton(MODERATOR, "dm:" + GUILD_ID + ":checkin:met:7");
    RecordingCore.Call call = core.next();
    assertThat(call.argument()).isEqualTo("checkin:met:7");
    assertThat(call.invocation().community())
        .isEqualTo(new CommunityId(Platform.DISCORD, GUILD_ID));
    assertThat(call.invocation().actor().userId()).isEqualTo(MODERATOR);
    assertThat(call.invocation().actor().platformModerator()).isTrue();
    assertThat(call.invocation().actor().groupIds()).containsExactly(MOD_ROLE_ID);
    assertThat(
            discord
                .awaitCallback(id)
                .json()
                .getObject("data")
                .getArray("embeds")
                .getObject(0)
                .getString("description"))
        .isEqualTo("Thanks for checking in.");

    discord.interactions().directMessageButton(ALICE, "ask:accept:3");
    RecordingCore.Call plain = core.next();
    assertThat(plain.argument()).as("the bot's only guild is assumed").isEqualTo("ask:accept:3");
    assertThat(plain.invocation().community().externalId()).isEqualTo(GUILD_ID);
    assertThat(plain.invocation().actor().platformModerator()).isFalse();
  }
}
