package org.mentorbot.core.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.testing.TestCommunity;

class RoundDataTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  private void matched() {
    c.mentor("ada", "signup mentor topics:java years:10");
    c.mentor("kim", "signup mentee topics:java years:2 goals:\"grow\"");
    c.mentor("sam", "signup mentee topics:java years:2 goals:\"grow\"");
    c.run("mod", "round", "open");
    List.of("ada", "kim", "sam").forEach(u -> c.run(u, "round", "join"));
    c.run("mod", "round", "publish");
  }

  @Test
  void exportHasTheMembersRoundsPairsAndWaitlistRows() {
    matched();
    String waiting =
        c.count("SELECT COUNT(*) FROM round_unmatched WHERE mentee_id = 'kim'") == 1
            ? "kim"
            : "sam";
    c.mentor(waiting, "export");
    String json =
        c.gateway.deliveredTo(new Destination.DirectMessage(waiting)).stream()
            .map(
                m ->
                    m.attachment()
                        .map(a -> new String(a.content(), java.nio.charset.StandardCharsets.UTF_8))
                        .orElse(m.text()))
            .reduce("", String::concat);
    assertThat(json)
        .contains("\"rounds\"")
        .contains("\"role\" : \"mentee\"")
        .contains("\"unmatched\" : {\n      \"1\"");
  }

  @Test
  void forgetMeErasesParticipationAndPairs() {
    matched();
    var ask = (org.mentorbot.core.command.Reply.Shown) c.mentor("ada", "forget-me");
    c.press("ada", ask.message().buttons().get(0).actionId());
    assertThat(c.count("SELECT COUNT(*) FROM round_participant WHERE user_id = 'ada'")).isZero();
    assertThat(c.count("SELECT COUNT(*) FROM match_pair")).isZero();
  }

  @Test
  void overviewListsCurrentMatches() {
    matched();
    String pairedMentee = c.strings("SELECT mentee_id FROM match_pair").get(0);
    assertThat(TestCommunity.flatten(c.core.commands().overview(TestCommunity.as("ada"))))
        .contains("Check-ins: • mentor of <@" + pairedMentee + ">: no check-in yet");
  }
}
