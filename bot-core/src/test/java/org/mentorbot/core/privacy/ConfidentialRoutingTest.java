package org.mentorbot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Actor;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.RecordingChatGateway.Delivery;
import org.mentorbot.core.testing.TestCommunity;

/**
 * Notes, need-help / end alerts and flagged feedback reach only the moderators' channel or, without
 * one, each moderator by DM: never the announce channel or any other (issue 12, item 2).
 */
class ConfidentialRoutingTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  /** ada mentors sam; the announce channel is #general. */
  private void paired() {
    shown(c.mentor("mod", "config announce-channel:#general"));
    shown(c.mentor("ada", "signup mentor topics:java years:10"));
    shown(c.mentor("sam", "signup mentee topics:java years:1 goals:\"grow\""));
    shown(c.run("mod", "round", "open"));
    shown(c.run("ada", "round", "join"));
    shown(c.run("sam", "round", "join"));
    shown(c.run("mod", "round", "publish"));
  }

  private List<Delivery> containing(String text) {
    return c.deliveries().stream()
        .filter(d -> TestCommunity.flatten(d.message()).contains(text))
        .toList();
  }

  @Test
  void withoutAModChannelANeedHelpNoteGoesToEachModeratorByDmAndNeverToTheAnnounceChannel() {
    paired();
    shown(c.mentor("sam", "checkin need-help note:\"ada made me uncomfortable\""));

    List<Delivery> withNote = containing("ada made me uncomfortable");
    assertThat(withNote)
        .extracting(Delivery::destination)
        .containsExactly(new Destination.DirectMessage("mod"));
    assertThat(c.gateway.deliveredTo(new Destination.Channel("general")))
        .extracting(Message::text)
        .noneMatch(t -> t.contains("uncomfortable") || t.contains("asked for help"));
  }

  @Test
  void aCheckinEndNoteReachesTheModeratorsOnlyEvenBeforeAReasonIsPressed() {
    paired();
    shown(c.mentor("mod", "config mod-channel:#mods"));
    shown(c.mentor("sam", "checkin end note:\"EndAnswerOcelot, we never click\""));

    assertThat(containing("EndAnswerOcelot"))
        .extracting(Delivery::destination)
        .containsExactly(new Destination.Channel("mods"));
    assertThat(TestCommunity.flatten(containing("EndAnswerOcelot").get(0).message()))
        .contains("answered End for their mentorship with");
  }

  @Test
  void withAModChannelAlertsGoThereOnly() {
    paired();
    shown(c.mentor("mod", "config mod-channel:#mods"));
    shown(c.mentor("sam", "end @ada reason:not-a-fit note:\"not working out\""));

    assertThat(containing("not working out"))
        .extracting(Delivery::destination)
        .containsExactly(new Destination.Channel("mods"));
  }

  @Test
  void withoutAModChannelAnEndingsNoteGoesToEachModeratorByDmAndNeverToTheAnnounceChannel() {
    paired();
    shown(c.mentor("sam", "end @ada reason:other note:\"EndNoteMarmot\""));

    assertThat(containing("EndNoteMarmot"))
        .extracting(Delivery::destination)
        .containsExactly(new Destination.DirectMessage("mod"));
    assertThat(c.gateway.deliveredTo(new Destination.Channel("general")))
        .extracting(TestCommunity::flatten)
        .noneMatch(t -> t.contains("ended") || t.contains("EndNoteMarmot"));
  }

  @Test
  void aModeratorsUnpairNoteAndANeedHelpOnAHandMadeMentorshipStayWithTheModerators() {
    shown(c.mentor("mod", "config announce-channel:#general"));
    shown(c.mentor("ada", "signup mentor topics:java years:10"));
    shown(c.mentor("sam", "signup mentee topics:java years:1 goals:\"grow\""));
    shown(c.run("mod", "round", "pair @ada @sam"));
    shown(c.mentor("sam", "checkin need-help note:\"HelpNoteIbex\""));
    shown(c.run("mod", "round", "unpair @ada @sam note:\"UnpairNoteLynx\""));

    assertThat(containing("HelpNoteIbex"))
        .extracting(Delivery::destination)
        .containsExactly(new Destination.DirectMessage("mod"));
    assertThat(containing("UnpairNoteLynx"))
        .extracting(Delivery::destination)
        .containsExactly(new Destination.DirectMessage("mod"));
    assertThat(c.gateway.deliveredTo(new Destination.Channel("general"))).isEmpty();
  }

  @Test
  void aFlaggedFeedbackCommentAlertsTheModeratorsAtOnceWithoutTheRating() {
    paired();
    shown(c.mentor("mod", "config mod-channel:#mods"));
    shown(c.mentor("sam", "feedback @ada rating:3 comment:\"ada kept harassing me\""));

    List<Delivery> alerts = containing("ada kept harassing me");
    assertThat(alerts)
        .extracting(Delivery::destination)
        .containsExactly(new Destination.Channel("mods"));
    assertThat(TestCommunity.flatten(alerts.get(0).message()))
        .contains("safety concern")
        .doesNotContain("3/5")
        .doesNotContain("rating");
  }

  @Test
  void anOrdinaryCommentRaisesNoAlert() {
    paired();
    shown(c.mentor("mod", "config mod-channel:#mods"));
    shown(c.mentor("sam", "feedback @ada rating:5 comment:\"lovely sessions\""));
    assertThat(containing("lovely sessions")).isEmpty();
  }

  @Test
  void aDemotedModeratorStopsGettingConfidentialAlerts() {
    paired();
    Invocation boss =
        new Invocation(
            TestCommunity.ID, new Actor("boss", "Boss", true, Set.of()), Optional.empty());
    Invocation exBoss =
        new Invocation(
            TestCommunity.ID, new Actor("boss", "Boss", false, Set.of()), Optional.empty());
    shown(c.core.commands().runText(boss, "mentor", "config"));
    shown(c.mentor("sam", "checkin need-help note:\"NoteOneZebra\""));
    assertThat(containing("NoteOneZebra"))
        .extracting(Delivery::destination)
        .containsExactlyInAnyOrder(
            new Destination.DirectMessage("mod"), new Destination.DirectMessage("boss"));

    c.core.commands().runText(exBoss, "mentor", "help");
    c.clock.advance(java.time.Duration.ofMinutes(1));
    shown(c.mentor("sam", "checkin need-help note:\"NoteTwoZebra\""));
    assertThat(containing("NoteTwoZebra"))
        .extracting(Delivery::destination)
        .containsExactly(new Destination.DirectMessage("mod"));
  }

  @Test
  void configWarnsWhileNoModChannelIsSet() {
    assertThat(shown(c.mentor("mod", "config announce-channel:#general")))
        .contains("no mod-channel is set")
        .contains("never go to the announce channel");
    assertThat(shown(c.mentor("mod", "config mod-channel:#mods")))
        .doesNotContain("no mod-channel is set");
  }
}
