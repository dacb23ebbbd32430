package org.mentorbot.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.OptionSpec;
import org.mentorbot.core.command.OptionType;
import org.mentorbot.core.command.RateLimiter;
import org.mentorbot.core.command.RawCommand;
import org.mentorbot.core.command.TextGrammar;
import org.mentorbot.core.roster.MemberZones;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;
import org.mentorbot.discord.DiscordBot;
import org.mentorbot.discord.DiscordSettings;
import org.mentorbot.discord.fake.FakeDiscord;
import org.mentorbot.discord.fake.FakeInteractions;
import org.mentorbot.discord.fake.FakeInteractions.Option;
import org.mentorbot.discord.fake.RecordedRequest;

/**
 * The real JDA bot against {@link FakeDiscord}: each command is an INTERACTION_CREATE with typed
 * options (the step's text split by the core's {@link TextGrammar}, each value typed as the {@link
 * Catalogue} declares it, as Discord's client would send it), each press a component interaction on
 * the button the bot really posted. Members are snowflakes; {@code mod} has the moderator role.
 */
final class DiscordDriver implements Driver {

  private static final Pattern CUSTOM_ID = Pattern.compile("\"custom_id\":\"([^\"]+)\"");

  private final FakeDiscord discord = new FakeDiscord();
  private final Database db;
  private final MutableClock clock = new MutableClock(MentoringScenario.START);
  private final Transcript transcript = new Transcript();
  private final Identities ids = new Identities().channel("general", FakeDiscord.GENERAL_ID);
  private final MentorbotCore core;
  private final DiscordBot bot;

  DiscordDriver(Path dbFile) throws Exception {
    discord.start();
    long next = 520_000_000_000_000_001L;
    for (String member : MentoringScenario.MEMBERS) {
      String id = Long.toString(next++);
      ids.member(member, id, "u" + id);
    }
    bot =
        new DiscordBot(
            new DiscordSettings(
                "fake-token-0123456789",
                discord.apiUrl(),
                Optional.of(discord.gatewayUrl()),
                List.of(FakeDiscord.GUILD_ID),
                Optional.empty(),
                Optional.of(FakeDiscord.MATCH_CHANNEL_ID)),
            Duration.ofSeconds(2));
    db = Database.openFile(dbFile.toString());
    RecordingPorts ports = new RecordingPorts(transcript, ids, new MemberZones(db, clock), clock);
    core =
        MentorbotCore.builder(db, ports.chat(bot.chatGateway()))
            .clock(clock)
            .rateLimiter(RateLimiter.unlimited())
            .build();
    bot.start(ports.commands(core.commands()));
  }

  @Override
  public void play(Step step) {
    int before = transcript.size();
    if (step instanceof Step.Command command) {
      String user = ids.id(command.member());
      List<String> roles =
          MentoringScenario.MODERATORS.contains(command.member())
              ? List.of(FakeDiscord.MOD_ROLE_ID)
              : List.of();
      RawCommand raw = TextGrammar.parse(command.root(), ids.mentions(command.text()));
      String id =
          discord
              .interactions()
              .slash(user, roles, raw.root(), raw.sub(), options(raw).toArray(new Option[0]));
      discord.awaitCallback(id);
      awaitReply(before, command.consoleLine());
    } else if (step instanceof Step.Press press) {
      String user = ids.id(press.member());
      String dm = "channels/" + FakeDiscord.dmChannelId(user) + "/messages";
      Optional<String> customId =
          discord.requests("POST", dm).stream()
              .map(RecordedRequest::body)
              .flatMap(body -> customIds(body).stream())
              .filter(c -> c.equals(press.actionId()) || c.endsWith(":" + press.actionId()))
              .findFirst();
      assertThat(customId).as("Discord showed %s the button %s", press.member(), press).isPresent();
      String id = discord.interactions().directMessageButton(user, customId.get());
      discord.awaitCallback(id);
      awaitReply(before, press.toString());
    } else {
      clock.advance(((Step.Advance) step).by());
    }
    core.runDueWork();
  }

  private void awaitReply(int before, String what) {
    try {
      transcript.awaitMoreThan(before, "the answer to " + what);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Discord's typed options for a command the scenario wrote as text. */
  static List<Option> options(RawCommand raw) {
    CommandSpec spec = Catalogue.get(raw.root(), raw.sub());
    List<Option> options = new ArrayList<>();
    List<OptionSpec> positionals = spec.positionals();
    for (int i = 0; i < raw.positionals().size(); i++) {
      options.add(typed(positionals.get(i), raw.positionals().get(i)));
    }
    for (Map.Entry<String, String> named : raw.named().entrySet()) {
      OptionSpec option =
          spec.option(named.getKey())
              .orElseThrow(() -> new IllegalArgumentException("no option " + named.getKey()));
      options.add(typed(option, named.getValue()));
    }
    return options;
  }

  private static Option typed(OptionSpec spec, String value) {
    if (spec.type() == OptionType.USER) {
      return FakeInteractions.user(spec.name(), value.replaceAll("[<@!>]", ""));
    }
    if (spec.type() == OptionType.INTEGER) {
      return FakeInteractions.integer(spec.name(), Long.parseLong(value));
    }
    return FakeInteractions.string(spec.name(), value);
  }

  private static List<String> customIds(String body) {
    List<String> found = new ArrayList<>();
    Matcher m = CUSTOM_ID.matcher(body);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Override
  public Transcript transcript() {
    return transcript;
  }

  @Override
  public Map<String, List<String>> facts() {
    return DatabaseFacts.of(db, ids);
  }

  @Override
  public void close() {
    bot.close();
    core.close();
    db.close();
    discord.stop();
  }
}
