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
import org.mentorbot.discord.fake.FakeInteractions;
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

  /** The custom ids of a message's buttons, row by row. */
  private static List<String> buttonIds(DataObject message) {
    return message.optArray("components").orElseGet(DataArray::empty).stream(DataArray::getObject)
        .flatMap(row -> row.getArray("components").stream(DataArray::getObject))
        .map(b -> b.getString("custom_id"))
        .toList();
  }

  private static DataObject answerTo(String interactionId) {
    DataObject callback = discord.awaitCallback(interactionId).json();
    assertThat(callback.getInt("type")).as("answered at once, not deferred").isEqualTo(4);
    assertThat(callback.getObject("data").getInt("flags", 0) & 64).as("private").isEqualTo(64);
    return callback;
  }

  @Test
  void officeHoursJoinButtonAsksForTheQuestionInAModalAndTheSubmissionJoinsTheQueue() {
    String mod = newMember();
    String id =
        discord
            .interactions()
            .slash(
                mod,
                List.of(FakeDiscord.MOD_ROLE_ID),
                "mentor",
                "config",
                FakeInteractions.channel("announce-channel", FakeDiscord.GENERAL_ID));
    assertThat(discord.awaitCallback(id).json().toString()).contains("announce");
    String mentor = newMember();
    slash(mentor, "mentor", "signup", string("role", "mentor"), string("topics", "jdbc"));
    slash(mentor, "officehours", "open", string("topic", "jdbc"));
    core.runDueWork();
    DataObject announcement =
        discord
            .await(
                r ->
                    r.is("POST", "channels/" + FakeDiscord.GENERAL_ID + "/messages")
                        && r.body().contains("oh-join:"),
                "the office-hours announcement")
            .json();
    String join =
        buttonIds(announcement).stream().filter(b -> b.startsWith("oh-join:")).findFirst().get();
    Integer number =
        database.read(
            h ->
                h.createQuery("SELECT number FROM oh_session WHERE owner_id = :o")
                    .bind("o", mentor)
                    .mapTo(Integer.class)
                    .one());

    // Pressing Join answers with a modal (callback type 9) within Discord's limits.
    String member = newMember();
    DataObject callback = discord.awaitCallback(discord.interactions().button(member, join)).json();
    assertThat(callback.getInt("type")).as("a modal").isEqualTo(9);
    DataObject modal = callback.getObject("data");
    assertThat(modal.getString("custom_id"))
        .isEqualTo("mentorbot:form:queue:join?session=" + number);
    assertThat(modal.getString("title")).isEqualTo("Join office hours #" + number);
    DataArray parts = modal.getArray("components");
    assertThat(parts.getObject(0).getString("content"))
        .contains("Nobody is waiting yet")
        .contains("Only the mentors hosting this queue see your question");
    DataObject input = parts.getObject(1).getObject("component");
    assertThat(input.getString("custom_id")).isEqualTo("question");
    assertThat(input.getInt("max_length")).isEqualTo(500);
    assertThat(input.getBoolean("required")).isTrue();
    assertThat(discord.refused()).as("Discord would take the modal").isEmpty();
    assertThat(countEntries(member)).as("pressing alone joins nobody").isZero();

    // Submitting it, as Discord sends a MODAL_SUBMIT, joins the queue with the question.
    String question = "How do I close a ResultSet in a stream?";
    DataObject joined =
        answerTo(
            discord
                .interactions()
                .modalSubmit(member, modal.getString("custom_id"), Map.of("question", question)));
    assertThat(embed(joined).getString("description"))
        .contains("You're in the queue for #" + number + " (jdbc)");
    List<String> stored =
        database.read(
            h ->
                h.createQuery("SELECT question FROM oh_entry WHERE user_id = :u")
                    .bind("u", member)
                    .mapTo(String.class)
                    .list());
    assertThat(stored).containsExactly(question);
    core.runDueWork();
    RecordedRequest toMentor =
        discord.await(
            r -> r.is("POST", "channels/" + dmChannelId(mentor) + "/messages"),
            "the mentor's first-person DM");
    assertThat(toMentor.body()).contains(question);
    assertThat(
            discord.requests().stream()
                .filter(r -> r.body().contains("ResultSet"))
                .map(RecordedRequest::path))
        .as("the question reaches the mentor's DM and nowhere else")
        .allMatch(p -> p.equals("channels/" + dmChannelId(mentor) + "/messages"));

    // Refusals are private answers and change nothing: the same member again, by button and by
    // a second submission of the form; a paused queue.
    assertThat(embed(answerTo(discord.interactions().button(member, join))).toString())
        .contains("You are already in the queue");
    assertThat(
            embed(
                    answerTo(
                        discord
                            .interactions()
                            .modalSubmit(
                                member, modal.getString("custom_id"), Map.of("question", "again"))))
                .toString())
        .contains("You are already in the queue");
    slash(mentor, "officehours", "pause");
    String late = newMember();
    assertThat(embed(answerTo(discord.interactions().button(late, join))).toString())
        .contains("are not taking new people right now");
    assertThat(
            embed(
                    answerTo(
                        discord
                            .interactions()
                            .modalSubmit(
                                late, modal.getString("custom_id"), Map.of("question", "q"))))
                .toString())
        .contains("are not taking new people right now");
    assertThat(countEntries(member)).isOne();
    assertThat(countEntries(late)).isZero();
  }

  private static int countEntries(String user) {
    Integer n =
        database.read(
            h ->
                h.createQuery("SELECT COUNT(*) FROM oh_entry WHERE user_id = :u")
                    .bind("u", user)
                    .mapTo(Integer.class)
                    .one());
    return n;
  }

  @Test
  void roundButtonsWorkFromTheInvitationDmAndTheModeratorsSignupClosedNotice() {
    String mod = newMember();
    String configured =
        discord
            .interactions()
            .slash(
                mod,
                List.of(FakeDiscord.MOD_ROLE_ID),
                "mentor",
                "config",
                FakeInteractions.channel("announce-channel", FakeDiscord.GENERAL_ID));
    discord.awaitCallback(configured);
    String mentor = newMember();
    slash(
        mentor,
        "mentor",
        "signup",
        string("role", "mentor"),
        string("topics", "elm"),
        integer("years", 9));
    String mentee = newMember();
    slash(
        mentee,
        "mentor",
        "signup",
        string("role", "mentee"),
        string("topics", "elm"),
        string("goals", "ship an elm app"),
        integer("years", 1));
    String opened =
        discord
            .interactions()
            .slash(mod, List.of(FakeDiscord.MOD_ROLE_ID), "round", "open", integer("days", 2));
    assertThat(discord.awaitCallback(opened).json().toString()).contains("Round");
    core.runDueWork();

    // Each member's invitation DM carries Join; pressed in the DM (no guild), as Discord sends it.
    for (String member : List.of(mentor, mentee)) {
      DataObject invitation =
          discord
              .await(
                  r ->
                      r.is("POST", "channels/" + dmChannelId(member) + "/messages")
                          && r.body().contains("round-join:"),
                  "the round invitation to " + member)
              .json();
      String join =
          buttonIds(invitation).stream()
              .filter(b -> b.contains("round-join:"))
              .findFirst()
              .orElseThrow();
      assertThat(join).as("a DM button names its server").startsWith("dm:" + GUILD_ID + ":");
      DataObject joined = answerTo(discord.interactions().directMessageButton(member, join));
      assertThat(embed(joined).getString("description")).contains("You joined round");
    }
    Long roundId =
        database.read(
            h ->
                h.createQuery("SELECT id FROM match_round WHERE state = 'open'")
                    .mapTo(Long.class)
                    .one());
    List<String> joinedIds =
        database.read(
            h ->
                h.createQuery(
                        "SELECT user_id || ':' || role FROM round_participant WHERE round_id = :r"
                            + " ORDER BY role")
                    .bind("r", roundId)
                    .mapTo(String.class)
                    .list());
    assertThat(joinedIds).containsExactly(mentee + ":mentee", mentor + ":mentor");

    // Sign-up closes: the moderators get the counts with Preview / Publish in the channel.
    clock.advance(Duration.ofDays(2).plusMinutes(1));
    core.runDueWork();
    DataObject notice =
        discord
            .await(
                r ->
                    r.is("POST", "channels/" + FakeDiscord.GENERAL_ID + "/messages")
                        && r.body().contains("round-publish:"),
                "the sign-up closed notice")
            .json();
    List<String> buttons = buttonIds(notice);
    assertThat(buttons).containsExactly("round-preview:" + roundId, "round-publish:" + roundId);
    assertThat(notice.toString()).contains("1 mentor and 1 mentee joined");

    DataObject preview =
        answerTo(
            discord.interactions().button(mod, List.of(FakeDiscord.MOD_ROLE_ID), buttons.get(0)));
    assertThat(preview.toString()).contains("<@" + mentor + ">").contains("<@" + mentee + ">");
    DataObject refused = answerTo(discord.interactions().button(mentee, buttons.get(1)));
    assertThat(refused.toString()).contains("Only moderators can run");
    DataObject published =
        answerTo(
            discord.interactions().button(mod, List.of(FakeDiscord.MOD_ROLE_ID), buttons.get(1)));
    assertThat(embed(published).toString()).contains("is published");
    DataObject again =
        answerTo(
            discord.interactions().button(mod, List.of(FakeDiscord.MOD_ROLE_ID), buttons.get(1)));
    assertThat(again.toString()).contains("already published");
    List<String> pairs =
        database.read(
            h ->
                h.createQuery(
                        "SELECT mentor_id || ':' || mentee_id FROM match_pair WHERE round_id = :r")
                    .bind("r", roundId)
                    .mapTo(String.class)
                    .list());
    assertThat(pairs).containsExactly(mentor + ":" + mentee);
    assertThat(discord.refused()).isEmpty();
  }
}
