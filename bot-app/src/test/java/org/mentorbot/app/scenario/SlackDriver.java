package org.mentorbot.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.command.RateLimiter;
import org.mentorbot.core.roster.MemberZones;
import org.mentorbot.core.storage.Database;
import org.mentorbot.core.testing.MutableClock;
import org.mentorbot.slack.SlackBot;
import org.mentorbot.slack.SlackChatGateway;
import org.mentorbot.slack.SlackSettings;
import org.mentorbot.slack.fake.FakeSlack;
import org.mentorbot.slack.fake.SignedClient;

/**
 * The real Bolt app in HTTP mode on a free loopback port: each command is a signed slash-command
 * request with its text escaped the way Slack escapes it ({@code <@U9ADA|ada>}), each press a
 * signed {@code block_actions} payload; Web API calls go to {@link FakeSlack}. Members are {@code
 * U9<NAME>}; {@code mod} is a workspace admin.
 */
final class SlackDriver implements Driver {

  static final String SECRET = "scenario-signing-secret-0123456789";
  private static final String CHANNEL = "C9GENERAL";

  private final FakeSlack fake;
  private final Database db;
  private final MutableClock clock = new MutableClock(MentoringScenario.START);
  private final Transcript transcript = new Transcript();
  private final Identities ids = new Identities().channel("general", CHANNEL);
  private final SlackChatGateway gateway;
  private final MentorbotCore core;
  private final SlackBot bot;
  private final SignedClient client;
  private int requests;

  SlackDriver(Path dbFile) throws Exception {
    fake = new FakeSlack();
    for (String member : MentoringScenario.MEMBERS) {
      String id = "U9" + member.toUpperCase(Locale.ROOT);
      ids.member(member, id);
      fake.user(id, member, MentoringScenario.MODERATORS.contains(member));
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    SlackSettings settings =
        new SlackSettings(
            "xoxb-scenario-token-01",
            Optional.empty(),
            Optional.of(SECRET),
            port,
            "/slack/events",
            fake.apiUrl(),
            Optional.empty());
    db = Database.openFile(dbFile.toString());
    RecordingPorts ports = new RecordingPorts(transcript, ids, new MemberZones(db, clock), clock);
    gateway = new SlackChatGateway(settings);
    core =
        MentorbotCore.builder(db, ports.chat(gateway))
            .clock(clock)
            .rateLimiter(RateLimiter.unlimited())
            .build();
    bot = new SlackBot(settings, ports.commands(core.commands()));
    bot.start();
    client = new SignedClient(URI.create("http://127.0.0.1:" + port + "/slack/events"), SECRET);
  }

  @Override
  public void play(Step step) throws Exception {
    int before = transcript.size();
    if (step instanceof Step.Command command) {
      String user = ids.id(command.member());
      HttpResponse<String> response =
          client.slash(
              SignedClient.slashCommand(
                  "/" + command.root(),
                  // As Slack sends it with should_escape: true: <@U…|name>, &amp; &lt; &gt;
                  fake.escaped(ids.mentions(command.text())),
                  user,
                  CHANNEL,
                  fake.responseUrl("r" + ++requests)));
      assertThat(response.statusCode()).as(command.consoleLine()).isEqualTo(200);
      transcript.awaitMoreThan(before, "the reply to " + command.consoleLine());
    } else if (step instanceof Step.Press press) {
      String user = ids.id(press.member());
      assertThat(shownButtons(user))
          .as("Slack showed %s the button %s", press.member(), press.actionId())
          .anyMatch(blocks -> blocks.contains("\"" + press.actionId() + "\""));
      HttpResponse<String> response =
          client.interaction(
              blockAction(user, fake.responseUrl("r" + ++requests), press.actionId()));
      assertThat(response.statusCode()).isEqualTo(200);
      transcript.awaitMoreThan(before, "the answer to " + press);
    } else {
      clock.advance(((Step.Advance) step).by());
    }
    core.runDueWork();
  }

  /** The Block Kit of every message posted to {@code user}'s direct messages. */
  private List<String> shownButtons(String user) {
    return fake.calls("chat.postMessage").stream()
        .filter(c -> ("D" + user).equals(c.param("channel")))
        .map(c -> String.valueOf(c.param("blocks")))
        .toList();
  }

  private static Map<String, Object> blockAction(String user, String responseUrl, String action) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", "block_actions");
    p.put("team", Map.of("id", FakeSlack.TEAM_ID, "domain", "fake"));
    p.put(
        "user",
        Map.of(
            "id", user, "username", user.toLowerCase(Locale.ROOT), "team_id", FakeSlack.TEAM_ID));
    p.put("api_app_id", "A0APP");
    p.put("token", "legacy");
    p.put(
        "container",
        Map.of("type", "message", "message_ts", "1700000000.1", "channel_id", "D" + user));
    p.put("trigger_id", "trigger-" + System.nanoTime());
    p.put("channel", Map.of("id", "D" + user, "name", "directmessage"));
    p.put("response_url", responseUrl);
    p.put(
        "actions",
        List.of(
            Map.of(
                "action_id", action,
                "block_id", "b1",
                "value", action,
                "type", "button",
                "action_ts", "1700000001.1")));
    return p;
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
    gateway.close();
    db.close();
    fake.close();
  }
}
