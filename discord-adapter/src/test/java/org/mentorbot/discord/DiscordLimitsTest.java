package org.mentorbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.discord.fake.FakeDiscord.ALICE;
import static org.mentorbot.discord.fake.FakeDiscord.GENERAL_ID;
import static org.mentorbot.discord.fake.FakeDiscord.GUILD_ID;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.discord.fake.FakeDiscord;
import org.mentorbot.discord.fake.RecordedRequest;

/**
 * Every Discord limit, each guarded: the fake refuses what Discord refuses (400 Invalid Form Body,
 * see {@code DiscordRules}), so each test here fails without the guard it names.
 */
class DiscordLimitsTest {
  @RegisterExtension static final FakeDiscord discord = new FakeDiscord();

  private static final CommunityId GUILD = new CommunityId(Platform.DISCORD, GUILD_ID);
  private static final RecordingCore core = new RecordingCore();
  private static DiscordBot bot;
  private static ChatGateway gateway;

  @BeforeAll
  static void startBot() throws InterruptedException {
    bot = TestBots.start(discord, core, Duration.ofSeconds(1));
    gateway = bot.chatGateway();
  }

  @AfterAll
  static void stopBot() {
    bot.close();
  }

  @BeforeEach
  void reset() {
    discord.reset();
    core.reset();
  }

  /** A pair line as /round preview writes it: two mentions, a score and the reasons. */
  private static String pair(int i) {
    return "• <@"
        + (510_000_000_000_000_000L + i)
        + "> → <@"
        + (520_000_000_000_000_000L + i)
        + "> · score 87 · shares java, kotlin; 3 hours apart; 6 years more experience 🎯";
  }

  /** Round preview as the core builds it: 30 pairs shown, the rest counted. */
  private static Message preview(int pairs, int shown) {
    String lines =
        IntStream.range(0, Math.min(shown, pairs))
            .mapToObj(DiscordLimitsTest::pair)
            .collect(Collectors.joining("\n"));
    if (pairs > shown) {
      lines += "\n…and " + (pairs - shown) + " more";
    }
    return Message.builder("Round 4 would match these pairs if published now.")
        .title("Round 4 preview")
        .field("Pairs (mentor → mentee)", lines)
        .field("Unmatched", "none")
        .field("Quality", pairs + " of " + pairs + " mentees matched (100%)")
        .build();
  }

  private static List<DataObject> embeds(List<DataObject> messages) {
    List<DataObject> all = new ArrayList<>();
    for (DataObject m : messages) {
      m.optArray("embeds").ifPresent(a -> a.stream(DataArray::getObject).forEach(all::add));
    }
    return all;
  }

  private static String shown(List<DataObject> messages) {
    StringBuilder out = new StringBuilder();
    for (DataObject embed : embeds(messages)) {
      out.append(embed.getString("title", "")).append('\n');
      out.append(embed.getString("description", "")).append('\n');
      embed
          .optArray("fields")
          .ifPresent(
              f ->
                  f.stream(DataArray::getObject)
                      .forEach(
                          x ->
                              out.append(x.getString("name"))
                                  .append('\n')
                                  .append(x.getString("value"))
                                  .append('\n')));
    }
    return out.toString();
  }

  @Test
  void aPreviewOf300PairsLosesNoShownPairNorTheAndMoreLine() {
    assertThat(
            gateway.deliver(GUILD, new Destination.Channel(GENERAL_ID), preview(300, 30), "k-300"))
        .isInstanceOf(DeliveryResult.Delivered.class);

    assertThat(discord.refused()).isEmpty();
    String shown = shown(discord.created(GENERAL_ID));
    for (int i = 0; i < 30; i++) {
      assertThat(shown).contains(pair(i));
    }
    assertThat(shown).contains("…and 270 more").contains("300 of 300 mentees matched");
  }

  @Test
  void aPreviewListingAll300PairsIsAttachedAsAFileWithEveryPair() {
    assertThat(
            gateway.deliver(
                GUILD, new Destination.Channel(GENERAL_ID), preview(300, 300), "k-300-all"))
        .isInstanceOf(DeliveryResult.Delivered.class);

    assertThat(discord.refused()).isEmpty();
    RecordedRequest first = discord.await("POST", "channels/" + GENERAL_ID + "/messages");
    assertThat(first.isMultipart()).isTrue();
    assertThat(first.body()).contains("filename=\"round-4-preview.txt\"");
    for (int i = 0; i < 300; i++) {
      assertThat(first.body()).contains(pair(i));
    }
    assertThat(shown(discord.created(GENERAL_ID))).contains("The rest is in the attached file");
  }

  @Test
  void aPreviewAsAnInteractionAnswerContinuesInFollowUps() {
    core.onRun = raw -> Reply.privately(preview(300, 30));
    String id = discord.interactions().slash(ALICE, List.of(), "round", "preview");
    discord.awaitCallback(id);
    String token = "token-" + id;
    discord.awaitCondition(
        () -> shown(answers(token, id)).contains("…and 270 more"), "the answer's last part");

    assertThat(discord.refused()).isEmpty();
    String shown = shown(answers(token, id));
    for (int i = 0; i < 30; i++) {
      assertThat(shown).contains(pair(i));
    }
  }

  private static List<DataObject> answers(String token, String id) {
    List<DataObject> all = new ArrayList<>();
    discord
        .requests("POST", "interactions/" + id + "/[^/]+/callback")
        .forEach(r -> r.json().optObject("data").ifPresent(all::add));
    // A slow answer (a busy machine) is deferred: its first part edits the placeholder.
    discord
        .requests("PATCH", "webhooks/\\d+/" + token + "/messages/@original")
        .forEach(r -> all.add(r.json()));
    discord.requests("POST", "webhooks/\\d+/" + token).forEach(r -> all.add(r.json()));
    return all;
  }

  @Test
  void aFiveThousandCharacterBioIsShownWhole() {
    StringBuilder bio = new StringBuilder();
    for (int i = 0; bio.length() < 5000; i++) {
      bio.append(i % 7 == 0 ? "🚀 " : "").append("word").append(i).append(' ');
    }
    String text = bio.toString().strip();
    core.onRun =
        raw ->
            Reply.privately(
                Message.builder("Your profile")
                    .title("Ada 👩‍💻")
                    .field("Mentors in", "java")
                    .field("Bio", text)
                    .build());
    String id = discord.interactions().slash(ALICE, List.of(), "mentor", "profile");
    discord.awaitCallback(id);
    String last = text.substring(text.lastIndexOf(' ') + 1);
    discord.awaitCondition(
        () -> shown(answers("token-" + id, id)).contains(last), "the bio's last part");

    assertThat(discord.refused()).isEmpty();
    String joined =
        embeds(answers("token-" + id, id)).stream()
            .flatMap(
                e -> e.optArray("fields").orElseGet(DataArray::empty).stream(DataArray::getObject))
            .filter(f -> f.getString("name").startsWith("Bio"))
            .map(f -> f.getString("value"))
            .collect(Collectors.joining(" "));
    assertThat(joined.replaceAll("\\s+", " ")).isEqualTo(text.replaceAll("\\s+", " "));
  }

  @Test
  void contentPingingManyMembersIsSplitAndEachPartAllowsOnlyWhomItNames() {
    Message.Builder message = Message.builder("Everyone in round 4 is matched.").title("Matched");
    for (int i = 0; i < 150; i++) {
      message.mention(Long.toString(530_000_000_000_000_000L + i));
    }
    assertThat(
            gateway.deliver(GUILD, new Destination.Channel(GENERAL_ID), message.build(), "k-pings"))
        .isInstanceOf(DeliveryResult.Delivered.class);

    assertThat(discord.refused()).isEmpty();
    List<DataObject> posted = discord.created(GENERAL_ID);
    assertThat(posted).hasSizeGreaterThan(1);
    int pinged = 0;
    for (DataObject m : posted) {
      String content = m.getString("content", "");
      List<String> allowed =
          m.getObject("allowed_mentions").optArray("users").orElseGet(DataArray::empty).stream(
                  DataArray::getString)
              .toList();
      assertThat(allowed).hasSizeLessThanOrEqualTo(100);
      allowed.forEach(u -> assertThat(content).contains("<@" + u + ">"));
      pinged += allowed.size();
    }
    assertThat(pinged).isEqualTo(150);
  }

  @Test
  void anEmbedOver6000CharactersContinuesInTheNextMessage() {
    Message.Builder message = Message.builder("x".repeat(4000)).title("Stats");
    for (int i = 0; i < 5; i++) {
      message.field("Part " + i, ("line " + i + "\n").repeat(140));
    }
    assertThat(
            gateway.deliver(GUILD, new Destination.Channel(GENERAL_ID), message.build(), "k-6000"))
        .isInstanceOf(DeliveryResult.Delivered.class);

    assertThat(discord.refused()).isEmpty();
    List<DataObject> posted = discord.created(GENERAL_ID);
    assertThat(posted).hasSize(2);
    assertThat(embeds(posted).get(1).getString("title")).isEqualTo("Stats (continued)");
  }

  @Test
  void twoButtonsWithOneActionIdBecomeOneAndThirtyButtonsAllArrive() {
    Message.Builder message = Message.builder("Pick a slot").title("Office hours");
    message.button(Button.primary("Join", "oh-join:1"));
    message.button(Button.secondary("Join too", "oh-join:1"));
    for (int i = 0; i < 30; i++) {
      message.button(
          Button.secondary("Slot " + i + " " + "long label ".repeat(10), "oh-slot:" + i));
    }
    assertThat(
            gateway.deliver(
                GUILD, new Destination.Channel(GENERAL_ID), message.build(), "k-buttons"))
        .isInstanceOf(DeliveryResult.Delivered.class);

    assertThat(discord.refused()).isEmpty();
    List<String> ids = new ArrayList<>();
    for (DataObject m : discord.created(GENERAL_ID)) {
      m.optArray("components")
          .ifPresent(
              rows ->
                  rows.stream(DataArray::getObject)
                      .flatMap(r -> r.getArray("components").stream(DataArray::getObject))
                      .forEach(b -> ids.add(b.getString("custom_id"))));
    }
    assertThat(ids).hasSize(31).doesNotHaveDuplicates().contains("oh-join:1", "oh-slot:29");
  }

  @Test
  void aMessageThatCannotBeRenderedIsUndeliverableWithTheReason() {
    Message broken =
        Message.builder("Your export")
            .attachment(new Attachment(" ", "text/plain", new byte[1]))
            .build();

    DeliveryResult result =
        gateway.deliver(GUILD, new Destination.Channel(GENERAL_ID), broken, "k-x");

    assertThat(result).isInstanceOf(DeliveryResult.Undeliverable.class);
    assertThat(((DeliveryResult.Undeliverable) result).reason())
        .startsWith("The message cannot be shown on Discord");
    assertThat(discord.requests("POST", "channels/\\d+/messages")).isEmpty();
  }

  @Test
  void aSlowAnswerDiscordRefusesIsReplacedByAnApologyNotLeftThinking() {
    core.gate = new java.util.concurrent.CountDownLatch(1);
    String id = discord.interactions().slash(ALICE, List.of(), "mentor", "profile");
    assertThat(discord.awaitCallback(id).json().getInt("type")).as("deferred").isEqualTo(5);
    discord.failNext("PATCH", "webhooks/\\d+/[^/]+/messages/@original", 400, 50035, "Invalid");
    core.gate.countDown();

    RecordedRequest apology =
        discord.await(
            r ->
                r.is("PATCH", "webhooks/\\d+/token-" + id + "/messages/@original")
                    && r.body().contains("Something went wrong showing the answer"),
            "the apology");
    assertThat(apology.json().getString("content")).contains("try again");
  }
}
