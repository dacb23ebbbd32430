package org.mentorbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.slack.fake.ScriptedCore;
import org.mentorbot.slack.fake.SignedClient;

/**
 * Slash commands whose options name members and channels, sent over the wire exactly as Slack sends
 * them with {@code should_escape: true} ({@code <@U…|name>}, {@code <#C…|name>}, {@code
 * <!subteam^S…|@handle>}, <code>&amp;amp;</code>): the core receives ids, never names.
 */
class SlackEscapedOptionsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private ScriptedCore core;
  private HttpBotFixture slack;

  @BeforeEach
  void start() throws Exception {
    core = new ScriptedCore();
    slack = new HttpBotFixture(core, Duration.ofMillis(1500));
    slack.fake.user("U1", "Alice", false);
    slack.fake.user("U2BOB", "Bob", false);
    slack.fake.channel("C0ANN", "announcements");
    slack.fake.channel("C0MOD", "mods");
  }

  @AfterEach
  void stop() {
    core.release();
    slack.close();
  }

  /** What the core got for {@code /root text}, as text (escaped on the way, as Slack does). */
  private String sent(String command, String coreText) throws Exception {
    int before = core.calls().size();
    String escaped = slack.fake.escaped(coreText);
    assertThat(escaped).as("sent the way Slack escapes it").doesNotContain("<@U2BOB>");
    slack.client.slash(
        SignedClient.slashCommand(command, escaped, "U1", "C1", slack.fake.responseUrl("c")));
    List<ScriptedCore.Call> calls = core.calls();
    assertThat(calls).hasSize(before + 1);
    return calls.get(before).text();
  }

  @Test
  void everyMemberOptionReachesTheCoreAsTheMembersId() throws Exception {
    assertThat(sent("/mentor", "block <@U2BOB>")).isEqualTo("block <@U2BOB>");
    assertThat(sent("/mentor", "unblock <@U2BOB>")).isEqualTo("unblock <@U2BOB>");
    assertThat(sent("/mentor", "profile <@U2BOB>")).isEqualTo("profile <@U2BOB>");
    assertThat(sent("/mentor", "ask <@U2BOB> question:\"CV & <b>interviews</b>?\""))
        .isEqualTo("ask <@U2BOB> question:\"CV & <b>interviews</b>?\"");
    assertThat(sent("/mentor", "checkin met with:<@U2BOB> note:\"good\""))
        .isEqualTo("checkin met with:<@U2BOB> note:\"good\"");
    assertThat(sent("/mentor", "feedback <@U2BOB> rating:4 comment:\"kind & sharp\""))
        .isEqualTo("feedback <@U2BOB> rating:4 comment:\"kind & sharp\"");
    assertThat(sent("/round", "history <@U2BOB>")).isEqualTo("history <@U2BOB>");
  }

  @Test
  void channelAndGroupOptionsReachTheCoreAsIds() throws Exception {
    String config =
        sent("/mentor", "config announce-channel:<#C0ANN> mod-channel:<#C0MOD>")
            + " "
            + sentRaw("/mentor", "config moderator-role:<!subteam^S0MODS|@mentor-mods>");

    assertThat(config)
        .isEqualTo(
            "config announce-channel:<#C0ANN> mod-channel:<#C0MOD>"
                + " config moderator-role:<!subteam^S0MODS>");
  }

  private String sentRaw(String command, String slackText) throws Exception {
    int before = core.calls().size();
    slack.client.slash(
        SignedClient.slashCommand(command, slackText, "U1", "C1", slack.fake.responseUrl("c")));
    return core.calls().get(before).text();
  }

  @Test
  void aPlainNameFromAnOlderManifestIsLookedUpInTheWorkspace() throws Exception {
    slack.client.slash(
        SignedClient.slashCommand(
            "/mentor", "block @bob", "U1", "C1", slack.fake.responseUrl("c")));

    ScriptedCore.Call run = core.await("run", WAIT);
    assertThat(run.raw().sub()).isEqualTo("block");
    assertThat(run.raw().positionals()).containsExactly("<@U2BOB>");
    assertThat(slack.fake.calls("users.list")).hasSize(1);
  }

  @Test
  void aPlainNameNobodyHasIsRefusedAndTheCoreNeverSeesIt() throws Exception {
    String ack =
        slack
            .client
            .slash(
                SignedClient.slashCommand(
                    "/mentor", "block @troll", "U1", "C1", slack.fake.responseUrl("c")))
            .body();

    assertThat(ack).contains("no member called @troll").contains(":warning:");
    assertThat(core.calls()).isEmpty();
  }
}
