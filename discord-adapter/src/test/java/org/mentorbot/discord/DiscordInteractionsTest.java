package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.discord.fake.FakeDiscord.ALICE;
import static org.mentorbot.discord.fake.FakeDiscord.BOB;
import static org.mentorbot.discord.fake.FakeDiscord.GENERAL_ID;
import static org.mentorbot.discord.fake.FakeDiscord.GUILD_ID;
import static org.mentorbot.discord.fake.FakeDiscord.MENTOR_ROLE_ID;
import static org.mentorbot.discord.fake.FakeDiscord.MODERATOR;
import static org.mentorbot.discord.fake.FakeDiscord.MOD_ROLE_ID;
import static org.mentorbot.discord.fake.FakeInteractions.channel;
import static org.mentorbot.discord.fake.FakeInteractions.integer;
import static org.mentorbot.discord.fake.FakeInteractions.role;
import static org.mentorbot.discord.fake.FakeInteractions.string;
import static org.mentorbot.discord.fake.FakeInteractions.user;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.Suggestion;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.discord.fake.FakeDiscord;

/** The real JDA against the fake Discord: interactions in, core calls, rendered answers out. */
class DiscordInteractionsTest {
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
  void invitesWithBotAndCommandScopes() {
    assertThat(bot.inviteUrl())
        .contains("client_id=" + FakeDiscord.APP_ID)
        .contains("scope=bot%20applications.commands");
  }

  @Test
  void slashCommandBecomesRawCommandWithMentionsAndPrivateReply() {
    String id =
        discord
            .interactions()
            .slash(
                ALICE,
                List.of(MENTOR_ROLE_ID),
                "mentor",
                "feedback",
                user("user", BOB),
                integer("rating", 5),
                string("comment", "great"));
    RecordingCore.Call call = core.next();
    RawCommand raw = (RawCommand) call.argument();
    assertThat(raw.root()).isEqualTo("mentor");
    assertThat(raw.sub()).isEqualTo("feedback");
    assertThat(raw.named())
        .containsEntry("user", "<@" + BOB + ">")
        .containsEntry("rating", "5")
        .containsEntry("comment", "great");
    assertThat(call.invocation().community())
        .isEqualTo(new CommunityId(Platform.DISCORD, GUILD_ID));
    assertThat(call.invocation().actor().userId()).isEqualTo(ALICE);
    assertThat(call.invocation().actor().platformModerator()).isFalse();
    assertThat(call.invocation().actor().groupIds()).containsExactly(MENTOR_ROLE_ID);
    assertThat(call.invocation().channelId()).contains(GENERAL_ID);

    DataObject callback = discord.awaitCallback(id).json();
    assertThat(callback.getInt("type")).isEqualTo(4);
    DataObject data = callback.getObject("data");
    assertThat(data.getInt("flags") & 64).as("ephemeral").isEqualTo(64);
    assertThat(data.getArray("embeds").getObject(0).getString("description"))
        .isEqualTo("ran feedback");
  }

  @Test
  void everyCommandFamilyReachesTheCoreWithTypedValuesAsText() {
    discord
        .interactions()
        .slash(
            MODERATOR,
            List.of(MOD_ROLE_ID),
            "mentor",
            "config",
            channel("announce-channel", GENERAL_ID),
            role("moderator-role", MOD_ROLE_ID),
            integer("cadence-days", 14));
    RecordingCore.Call config = core.next();
    assertThat(((RawCommand) config.argument()).named())
        .containsEntry("announce-channel", "<#" + GENERAL_ID + ">")
        .containsEntry("moderator-role", "<@&" + MOD_ROLE_ID + ">")
        .containsEntry("cadence-days", "14");
    assertThat(config.invocation().actor().platformModerator()).isTrue();

    discord
        .interactions()
        .slash(MODERATOR, List.of(MOD_ROLE_ID), "round", "open", string("kind", "mentorship"));
    assertThat((RawCommand) core.next().argument())
        .isEqualTo(new RawCommand("round", "open", List.of(), Map.of("kind", "mentorship")));

    discord
        .interactions()
        .slash(
            ALICE,
            List.of(),
            "officehours",
            "open",
            string("topic", "java"),
            integer("minutes", 30));
    assertThat((RawCommand) core.next().argument())
        .isEqualTo(
            new RawCommand(
                "officehours", "open", List.of(), Map.of("topic", "java", "minutes", "30")));

    discord
        .interactions()
        .slash(BOB, List.of(), "queue", "join", string("question", "how do I start?"));
    assertThat((RawCommand) core.next().argument())
        .isEqualTo(
            new RawCommand("queue", "join", List.of(), Map.of("question", "how do I start?")));
  }

  @Test
  void publicReplyIsVisibleAndPingsOnlyNamedMembers() {
    core.onRun =
        raw ->
            Reply.publicly(
                Message.builder("Welcome <@" + BOB + ">! @everyone <@&" + MOD_ROLE_ID + ">")
                    .title("Round open")
                    .field("Sign-up", "7 days")
                    .button(Button.primary("Join", "round:join:1"))
                    .mention(BOB)
                    .build());
    String id = discord.interactions().slash(MODERATOR, List.of(MOD_ROLE_ID), "round", "open");
    DataObject data = discord.awaitCallback(id).json().getObject("data");
    assertThat(data.getInt("flags", 0) & 64).as("ephemeral").isZero();
    assertThat(data.getString("content")).isEqualTo("<@" + BOB + ">");
    DataObject allowed = data.getObject("allowed_mentions");
    assertThat(allowed.getArray("parse").length()).isZero();
    assertThat(allowed.getArray("users").stream(DataArray::getString)).containsExactly(BOB);
    assertThat(allowed.hasKey("roles")).isFalse();
    DataObject embed = data.getArray("embeds").getObject(0);
    assertThat(embed.getString("title")).isEqualTo("Round open");
    assertThat(embed.getArray("fields").getObject(0).getString("name")).isEqualTo("Sign-up");
    DataObject button =
        data.getArray("components").getObject(0).getArray("components").getObject(0);
    assertThat(button.getString("custom_id")).isEqualTo("round:join:1");
    assertThat(button.getString("label")).isEqualTo("Join");
  }

  @Test
  void problemIsPrivateWithWhatWentWrongAndHowToFixIt() {
    core.onRun = raw -> Reply.problem("Rating must be 1-5, got 9.", "Use rating:1 to rating:5.");
    String id = discord.interactions().slash(ALICE, List.of(), "mentor", "matches");
    DataObject data = discord.awaitCallback(id).json().getObject("data");
    assertThat(data.getInt("flags") & 64).isEqualTo(64);
    DataObject embed = data.getArray("embeds").getObject(0);
    assertThat(embed.getString("description")).isEqualTo("Rating must be 1-5, got 9.");
    assertThat(embed.getArray("fields").getObject(0).getString("value"))
        .isEqualTo("Use rating:1 to rating:5.");
    assertThat(data.getObject("allowed_mentions").getArray("parse").length()).isZero();
  }

  @Test
  void buttonPressSendsItsActionIdToTheCore() {
    core.onPress = actionId -> Reply.privately("You joined.");
    String id = discord.interactions().button(BOB, "round:join:42");
    RecordingCore.Call call = core.next();
    assertThat(call.kind()).isEqualTo("press");
    assertThat(call.argument()).isEqualTo("round:join:42");
    assertThat(call.invocation().actor().userId()).isEqualTo(BOB);
    assertThat(
            discord
                .awaitCallback(id)
                .json()
                .getObject("data")
                .getArray("embeds")
                .getObject(0)
                .getString("description"))
        .isEqualTo("You joined.");
  }

  @Test
  void signupWithoutTopicsOpensTheFormAndItsSubmissionSignsUp() {
    String id =
        discord
            .interactions()
            .slash(
                ALICE,
                List.of(),
                "mentor",
                "signup",
                string("role", "mentee"),
                integer("years", 2));
    DataObject callback = discord.awaitCallback(id).json();
    assertThat(callback.getInt("type")).as("modal").isEqualTo(9);
    DataObject modal = callback.getObject("data");
    assertThat(modal.getString("custom_id")).isEqualTo("mentorbot:signup:mentee");
    assertThat(modal.toString()).contains("\"custom_id\":\"topics\"").contains("\"value\":\"2\"");
    assertThat(core.calls).as("nothing ran before the form was sent").isEmpty();

    discord
        .interactions()
        .modalSubmit(
            ALICE,
            "mentorbot:signup:mentee",
            Map.of("topics", "java, career", "goals", "land a first job", "years", "2", "tz", " "));
    RawCommand raw = (RawCommand) core.next().argument();
    assertThat(raw)
        .isEqualTo(
            new RawCommand(
                "mentor",
                "signup",
                List.of(),
                Map.of(
                    "role",
                    "mentee",
                    "topics",
                    "java, career",
                    "goals",
                    "land a first job",
                    "years",
                    "2")));
  }

  @Test
  void autocompleteOffersTheCoresSuggestions() {
    core.suggestions =
        List.of(
            new Suggestion("Java (3 mentors)", "java"), new Suggestion("JavaScript", "javascript"));
    String id = discord.interactions().autocomplete(ALICE, "mentor", "find", "topic", "ja");
    assertThat(core.next().argument()).isEqualTo(List.of("mentor", "find", "topic", "ja"));
    DataObject callback = discord.awaitCallback(id).json();
    assertThat(callback.getInt("type")).isEqualTo(8);
    DataArray choices = callback.getObject("data").getArray("choices");
    assertThat(
            choices.stream(DataArray::getObject)
                .map(c -> c.getString("name") + "=" + c.getString("value")))
        .containsExactly("Java (3 mentors)=java", "JavaScript=javascript");
  }
}
