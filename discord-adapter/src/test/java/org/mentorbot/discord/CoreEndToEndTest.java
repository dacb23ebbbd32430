package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.discord.fake.FakeDiscord.GUILD_ID;
import static org.mentorbot.discord.fake.FakeDiscord.dmChannelId;
import static org.mentorbot.discord.fake.FakeInteractions.integer;
import static org.mentorbot.discord.fake.FakeInteractions.string;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;
import org.mentorbot.discord.fake.FakeDiscord;
import org.mentorbot.discord.fake.FakeInteractions.Option;
import org.mentorbot.discord.fake.RecordedRequest;

/** The real core on in-memory SQLite behind the real JDA, against the fake Discord. */
class CoreEndToEndTest {
  @RegisterExtension static final FakeDiscord discord = new FakeDiscord();

  private static final AtomicInteger members = new AtomicInteger();
  private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
  private static Database database;
  private static MentorbotCore core;
  private static DiscordBot bot;

  // A database file, as in production: with WAL a read never fails beside a write (an in-memory
  // shared-cache database answers SQLITE_LOCKED to a read while another connection writes).
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws InterruptedException {
    database = Database.openFile(dir.resolve("e2e.db").toString());
    bot =
        new DiscordBot(
            new DiscordSettings(
                "fake-token-0123456789",
                discord.apiUrl(),
                Optional.of(discord.gatewayUrl()),
                List.of(GUILD_ID),
                Optional.empty(),
                Optional.of(FakeDiscord.MATCH_CHANNEL_ID)),
            // These tests read the first callback as the answer; deferral has its own tests
            // (InteractionLifecycleTest), so a loaded machine must not turn answers into deferrals.
            Duration.ofSeconds(30));
    core = MentorbotCore.builder(database, bot.chatGateway()).clock(clock).build();
    bot.start(core.commands());
  }

  @AfterAll
  static void stop() {
    bot.close();
    core.close();
    database.close();
  }

  @BeforeEach
  void forgetRequests() {
    discord.reset();
  }

  /** A fresh member per use, so tests do not share profiles. */
  private static String newMember() {
    return Long.toString(510_000_000_000_000_000L + members.incrementAndGet());
  }

  /**
   * The answer as an interaction callback. On a busy machine the core may take longer than the
   * deferral delay: then the answer is the edit of the (private) deferred placeholder.
   */
  private static DataObject slash(String user, String root, String sub, Option... options) {
    String id = discord.interactions().slash(user, List.of(), root, sub, options);
    DataObject callback = discord.awaitCallback(id).json();
    if (callback.getInt("type") != 5) {
      return callback;
    }
    DataObject edit =
        discord.await("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original").json();
    if (!edit.hasKey("flags")) {
      edit.put("flags", callback.getObject("data").getInt("flags", 0));
    }
    return DataObject.empty().put("type", 4).put("data", edit);
  }

  private static DataObject embed(DataObject callback) {
    return callback.getObject("data").getArray("embeds").getObject(0);
  }

  private static String fields(DataObject embed) {
    return embed.optArray("fields").orElseGet(DataArray::empty).stream(DataArray::getObject)
        .map(f -> f.getString("name") + ": " + f.getString("value"))
        .toList()
        .toString();
  }

  @Test
  void signupBySlashCommandThenProfileShowsIt() {
    String mentor = newMember();
    DataObject signedUp =
        slash(
            mentor,
            "mentor",
            "signup",
            string("role", "mentor"),
            string("topics", "java, kotlin"),
            integer("years", 8));
    assertThat(embed(signedUp).getString("description"))
        .contains("Welcome to the roster as a mentor");
    assertThat(signedUp.getObject("data").getInt("flags") & 64).as("private").isEqualTo(64);

    DataObject profile = slash(mentor, "mentor", "profile");
    assertThat(fields(embed(profile)))
        .contains("Mentors in: java, kotlin")
        .contains("Experience: 8 years");
  }

  @Test
  void signupFormCollectsTopicsAndSignsUp() {
    String mentee = newMember();
    DataObject form = slash(mentee, "mentor", "signup", string("role", "mentee"));
    assertThat(form.getInt("type")).isEqualTo(9);

    String submitted =
        discord
            .interactions()
            .modalSubmit(
                mentee,
                form.getObject("data").getString("custom_id"),
                Map.of("topics", "python", "goals", "get my first job", "years", "1"));
    DataObject answer = discord.awaitCallback(submitted).json();
    assertThat(embed(answer).getString("description"))
        .contains("Welcome to the roster as a mentee");
    assertThat(fields(embed(answer)))
        .contains("Wants to learn: python")
        .contains("Goals: get my first job");
  }

  @Test
  void autocompleteAndFindUseTheRoster() {
    String mentor = newMember();
    slash(mentor, "mentor", "signup", string("role", "mentor"), string("topics", "rust"));

    String asking = newMember();
    String query = discord.interactions().autocomplete(asking, "mentor", "find", "topic", "ru");
    DataArray choices = discord.awaitCallback(query).json().getObject("data").getArray("choices");
    assertThat(choices.stream(DataArray::getObject).map(c -> c.getString("value")))
        .contains("rust");

    DataObject found = slash(asking, "mentor", "find", string("topic", "rust"));
    assertThat(embed(found).getString("title")).isEqualTo("Mentors for rust");
    assertThat(embed(found).getString("description")).contains("<@" + mentor + ">");
    assertThat(found.getObject("data").getObject("allowed_mentions").getArray("parse").length())
        .isZero();
    assertThat(found.getObject("data").getObject("allowed_mentions").hasKey("users"))
        .as("a listing pings nobody")
        .isFalse();
  }

  @Test
  void helpListsTheCommands() {
    DataObject help = slash(newMember(), "mentor", "help");
    assertThat(embed(help).getString("title")).isEqualTo("mentorbot commands");
    assertThat(embed(help).toString()).contains("/mentor signup");
  }

  @Test
  void forgetMeAsksWithButtonsAndTheConfirmButtonErases() {
    String member = newMember();
    slash(member, "mentor", "signup", string("role", "mentor"), string("topics", "go"));
    DataObject ask = slash(member, "mentor", "forget-me");
    List<DataObject> buttons =
        ask.getObject("data").getArray("components").getObject(0).getArray("components").stream(
                DataArray::getObject)
            .toList();
    assertThat(buttons)
        .extracting(b -> b.getString("label"))
        .containsExactly("Erase everything", "Keep my data");

    String cancel = discord.interactions().button(member, buttons.get(1).getString("custom_id"));
    assertThat(embed(discord.awaitCallback(cancel).json()).getString("description"))
        .isEqualTo("Nothing was erased.");

    // Keep withdraws the offer, so its Erase button has expired; a new prompt offers a new one.
    String stale = discord.interactions().button(member, buttons.get(0).getString("custom_id"));
    assertThat(embed(discord.awaitCallback(stale).json()).getString("description"))
        .isEqualTo("That button has expired.");
    DataObject again = slash(member, "mentor", "forget-me");
    String erase =
        again
            .getObject("data")
            .getArray("components")
            .getObject(0)
            .getArray("components")
            .getObject(0)
            .getString("custom_id");
    String confirm = discord.interactions().button(member, erase);
    assertThat(embed(discord.awaitCallback(confirm).json()).getString("description"))
        .startsWith("Done.");
    assertThat(embed(slash(member, "mentor", "profile")).toString()).doesNotContain("Mentors in");
  }

  @Test
  void exportArrivesAsADirectMessageWithTheJsonFile() {
    String member = newMember();
    slash(member, "mentor", "signup", string("role", "mentor"), string("topics", "scala"));
    assertThat(embed(slash(member, "mentor", "export")).getString("description"))
        .contains("direct message");

    core.runDueWork();
    assertThat(discord.await("POST", "users/@me/channels").json().getString("recipient_id"))
        .isEqualTo(member);
    RecordedRequest dm = discord.await("POST", "channels/" + dmChannelId(member) + "/messages");
    assertThat(dm.isMultipart()).isTrue();
    assertThat(dm.body()).contains("scala");
    assertThat(dm.json().getObject("allowed_mentions").getArray("parse").length()).isZero();
  }

  @Test
  void rateLimitedDirectMessageIsSentAfterRetryAfter() {
    String member = newMember();
    slash(
        member,
        "mentor",
        "signup",
        string("role", "mentee"),
        string("topics", "css"),
        string("goals", "layouts"));
    String messages = "channels/" + dmChannelId(member) + "/messages";
    discord.rateLimitNext("POST", messages, 30);
    slash(member, "mentor", "export");

    core.runDueWork();
    assertThat(discord.requests("POST", messages)).hasSize(1);

    clock.advance(Duration.ofSeconds(31));
    core.runDueWork();
    assertThat(discord.requests("POST", messages)).as("sent again, once").hasSize(2);
    clock.advance(Duration.ofMinutes(10));
    core.runDueWork();
    assertThat(discord.requests("POST", messages)).as("not sent twice").hasSize(2);
  }
}
