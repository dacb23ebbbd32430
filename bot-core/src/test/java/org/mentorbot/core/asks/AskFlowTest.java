package org.mentorbot.core.asks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.asks.AskFixture.problem;
import static org.mentorbot.core.asks.AskFixture.shown;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.RecordingChatGateway.Delivery;

class AskFlowTest {

  private AskFixture f;

  @BeforeEach
  void roster() {
    f = new AskFixture();
    f.ok("bob", "signup mentor topics:java,go tz:Europe/Berlin");
    f.mentee("amy", "java", "Get my first backend job");
    f.deliver();
  }

  @AfterEach
  void close() {
    f.close();
  }

  private void amyAsksBob() {
    assertThat(f.ok("amy", "ask @bob question:\"How do I prepare for interviews?\""))
        .isEqualTo(
            "Asked <@bob>. They get your question with Accept / Decline, and I'll tell you their"
                + " answer. If they haven't answered by Thu 5 Mar 09:00 UTC (in 3 days), the ask"
                + " expires.");
  }

  @Test
  void mentorGetsTheQuestionTheAskersGoalsAndTwoButtons() {
    amyAsksBob();

    List<Delivery> sent = f.deliver();

    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).destination()).isEqualTo(new Destination.DirectMessage("bob"));
    Message dm = sent.get(0).message();
    assertThat(dm.text())
        .isEqualTo(
            "<@amy> would like a one-off conversation with you. Accept and I'll open a"
                + " conversation with you both; decline and they get a kind note without details."
                + " The ask expires Thu 5 Mar 10:00 Europe/Berlin (in 3 days).");
    assertThat(dm.fields())
        .containsExactly(
            new Field("Question", "How do I prepare for interviews?"),
            new Field("Their goals", "Get my first backend job"),
            new Field("Learning", "java"));
    assertThat(dm.buttons())
        .containsExactly(
            Button.primary("Accept", "ask-accept:1"), Button.secondary("Decline", "ask-decline:1"));
    assertThat(dm.mentions()).isEmpty();
  }

  @Test
  void acceptingOpensAConversationWithBothAndTellsTheAsker() {
    amyAsksBob();
    f.deliver();

    assertThat(shown(f.press("bob", "ask-accept:1")))
        .isEqualTo("Accepted — I've opened a conversation with <@amy>.");
    List<Delivery> sent = f.deliver();

    assertThat(sent)
        .extracting(Delivery::destination)
        .containsExactly(
            new Destination.Conversation(List.of("amy", "bob")),
            new Destination.DirectMessage("amy"));
    Message intro = sent.get(0).message();
    assertThat(intro.text())
        .isEqualTo(
            "<@amy>, meet <@bob>: they accepted your ask for a conversation. Say hello and find a"
                + " time that suits you both.");
    assertThat(intro.fields())
        .containsExactly(new Field("Question", "How do I prepare for interviews?"));
    assertThat(intro.mentions()).containsExactlyInAnyOrder("amy", "bob");
    assertThat(sent.get(1).message().text())
        .isEqualTo(
            "<@bob> accepted your ask! I've opened a conversation for you both — say hello there.");
    assertThat(f.askState(1)).isEqualTo("accepted");
    assertThat(f.jobState(1)).isEqualTo("cancelled");

    f.clock.advance(Duration.ofDays(4));
    assertThat(f.deliver()).isEmpty();
    assertThat(f.askState(1)).isEqualTo("accepted");
  }

  @Test
  void decliningTellsTheAskerKindlyWithoutDetail() {
    amyAsksBob();
    f.deliver();

    assertThat(shown(f.press("bob", "ask-decline:1")))
        .isEqualTo("Declined. <@amy> gets a kind note without any details. Thanks for answering!");
    List<Delivery> sent = f.deliver();

    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).destination()).isEqualTo(new Destination.DirectMessage("amy"));
    assertThat(sent.get(0).message().text())
        .isEqualTo(
            "<@bob> can't take this one right now — try /mentor find java for other mentors.");
    assertThat(f.askState(1)).isEqualTo("declined");
    assertThat(f.jobState(1)).isEqualTo("cancelled");
  }

  @Test
  void anUnansweredAskExpiresAfterTheConfiguredHoursAndTheAskerIsTold() {
    amyAsksBob();
    f.deliver();

    f.clock.advance(Duration.ofDays(3).minusMinutes(1));
    assertThat(f.deliver()).isEmpty();
    assertThat(f.askState(1)).isEqualTo("open");

    f.clock.advance(Duration.ofMinutes(1));
    List<Delivery> sent = f.deliver();

    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).destination()).isEqualTo(new Destination.DirectMessage("amy"));
    assertThat(sent.get(0).message().text())
        .isEqualTo(
            "Your ask to <@bob> expired without an answer — they may just be busy right now."
                + " Try /mentor find java for other mentors, or ask again later.");
    assertThat(f.askState(1)).isEqualTo("expired");
    assertThat(f.jobState(1)).isEqualTo("done");
  }

  @Test
  void pressingAfterExpiryAnswersClearlyAndChangesNothing() {
    amyAsksBob();
    f.deliver();
    f.clock.advance(Duration.ofDays(3));
    // Due but not yet run: the button must still refuse.
    var before = f.snapshot();
    var early = problem(f.press("bob", "ask-accept:1"));
    assertThat(early.problem()).isEqualTo("This ask expired before you answered.");
    assertThat(early.fix()).isEqualTo("Nothing was changed; <@amy> can ask again.");
    assertThat(f.snapshot()).isEqualTo(before);

    f.deliver();
    before = f.snapshot();
    assertThat(problem(f.press("bob", "ask-decline:1")).problem())
        .isEqualTo("This ask expired before you answered.");
    assertThat(f.snapshot()).isEqualTo(before);
    assertThat(f.deliver()).isEmpty();
  }

  @Test
  void pressingTwiceAnswersClearlyAndChangesNothing() {
    amyAsksBob();
    f.press("bob", "ask-accept:1");
    f.deliver();
    var before = f.snapshot();

    var again = problem(f.press("bob", "ask-accept:1"));
    var other = problem(f.press("bob", "ask-decline:1"));

    assertThat(again.problem()).isEqualTo("You already accepted this ask.");
    assertThat(again.fix()).isEqualTo("Nothing was changed.");
    assertThat(other.problem()).isEqualTo("You already accepted this ask.");
    assertThat(f.snapshot()).isEqualTo(before);
    assertThat(f.deliver()).isEmpty();
  }

  @Test
  void declinedAskCannotBeAcceptedLater() {
    amyAsksBob();
    f.press("bob", "ask-decline:1");
    f.deliver();
    var before = f.snapshot();

    assertThat(problem(f.press("bob", "ask-accept:1")).problem())
        .isEqualTo("You already declined this ask.");
    assertThat(f.snapshot()).isEqualTo(before);
  }

  @Test
  void onlyTheAskedMentorMayPressTheButtons() {
    f.mentor("carl", "java");
    amyAsksBob();
    f.deliver();
    var before = f.snapshot();

    for (String stranger : List.of("carl", "amy")) {
      for (String action : List.of("ask-accept:1", "ask-decline:1")) {
        var refused = problem(f.press(stranger, action));
        assertThat(refused.problem()).isEqualTo("This ask isn't addressed to you.");
        assertThat(refused.fix())
            .isEqualTo("Only the mentor who was asked can accept or decline it.");
      }
    }
    assertThat(f.snapshot()).isEqualTo(before);
    assertThat(f.deliver()).isEmpty();
    assertThat(f.askState(1)).isEqualTo("open");
  }

  @Test
  void unknownOrMalformedAskIdsAreRefused() {
    amyAsksBob();
    var before = f.snapshot();

    for (String action : List.of("ask-accept:99", "ask-accept:x1", "ask-decline:")) {
      assertThat(problem(f.press("bob", action)).problem()).isEqualTo("That ask no longer exists.");
    }
    assertThat(f.snapshot()).isEqualTo(before);
  }

  @Test
  void memberTextInTheQuestionCannotPingAnyone() {
    f.ok("amy", "ask @bob question:\"see <@carl> and <#general>\"");
    Message dm = f.deliver().get(0).message();
    assertThat(dm.fields().get(0).value()).doesNotContain("<@carl>").doesNotContain("<#general>");
    assertThat(dm.mentions()).isEmpty();
  }
}
