package org.mentorbot.core.officehours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.officehours.OfficeHoursFixture.dmsTo;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Destination;

class ServingTest {

  private OfficeHoursFixture f;

  @BeforeEach
  void setUp() {
    f = new OfficeHoursFixture();
    f.mentor("alice", "java");
    f.announceIn("general");
    f.say("alice", "officehours open topic:java");
    f.say("bob", "queue join 1 question:\"generics\"");
    f.say("carol", "queue join 1 question:\"streams\"");
    f.say("dan", "queue join 1 question:\"records\"");
    f.deliver();
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void nextCallsPeopleInJoinOrderAndShowsTheMentorTheirQuestion() {
    assertThat(f.say("alice", "officehours next"))
        .startsWith("Next: <@bob>")
        .contains("asks: \"generics\"")
        .contains("2 still waiting");
    var out = f.deliver();
    assertThat(dmsTo(out, "bob"))
        .singleElement()
        .asString()
        .startsWith("It's your turn! <@alice> is ready for you in office hours #1 (java).");
    assertThat(dmsTo(out, "carol"))
        .singleElement()
        .asString()
        .startsWith("You're next in office hours #1");
    assertThat(dmsTo(out, "dan")).isEmpty();
    assertThat(f.lastButton("bob", "oh-here:")).startsWith("oh-here:");

    assertThat(f.say("alice", "officehours next"))
        .startsWith("Finished with <@bob>. Next: <@carol>");
    assertThat(f.say("alice", "officehours next"))
        .contains("Next: <@dan>")
        .contains("0 still waiting");
    assertThat(f.say("alice", "officehours next"))
        .isEqualTo(
            "Finished with <@dan>. Nobody is waiting in #1 (java). I'll message you when someone"
                + " joins.");
  }

  @Test
  void nextWithoutAnOpenSessionIsRefused() {
    f.mentor("zoe", "go");
    assertThat(f.say("zoe", "officehours next"))
        .startsWith("PROBLEM: You have no open office hours.");
    assertThat(f.say("bob", "officehours close"))
        .startsWith("PROBLEM: You have no open office hours.");
  }

  @Test
  void memberWhoDoesNotAnswerIsSkippedAndTold() {
    f.say("alice", "officehours next");
    f.deliver();
    f.advance(Duration.ofMinutes(4));
    assertThat(dmsTo(f.deliver(), "bob")).isEmpty();
    f.advance(Duration.ofMinutes(1));
    var out = f.deliver();
    assertThat(dmsTo(out, "bob"))
        .singleElement()
        .asString()
        .startsWith(
            "You were skipped in office hours #1 (java) because you didn't answer within 5 minutes.")
        .contains("/queue join 1");
    assertThat(dmsTo(out, "alice"))
        .singleElement()
        .asString()
        .contains("<@bob> didn't answer within 5 minutes and was skipped. 2 waiting");
    assertThat(f.press("bob", f.lastButton("bob", "oh-here:")))
        .startsWith("You were skipped because you didn't answer in time.");
    // The skipped turn is not a service: the next call reports nobody finished.
    assertThat(f.say("alice", "officehours next")).startsWith("Next: <@carol>");
  }

  @Test
  void noShowTimeIsTheConfiguredSetting() {
    f.say("mod", "mentor config no-show-minutes:2");
    f.say("alice", "officehours next");
    f.advance(Duration.ofMinutes(2));
    assertThat(dmsTo(f.deliver(), "bob"))
        .anySatisfy(t -> assertThat(t).contains("within 2 minutes"));
  }

  @Test
  void pressingImHereStopsTheSkipAndTellsTheMentor() {
    f.say("alice", "officehours next");
    f.deliver();
    assertThat(f.press("bob", f.lastButton("bob", "oh-here:")))
        .isEqualTo("Thanks! <@alice> knows you're here.");
    assertThat(dmsTo(f.deliver(), "alice")).containsExactly("<@bob> is here for #1 (java).");
    f.advance(Duration.ofMinutes(30));
    assertThat(dmsTo(f.deliver(), "bob")).isEmpty();
    assertThat(f.press("bob", f.lastButton("bob", "oh-here:"))).startsWith("You already told");
    assertThat(f.press("carol", f.lastButton("bob", "oh-here:")))
        .startsWith("PROBLEM: That button isn't for you");
  }

  @Test
  void closeTellsEveryoneStillWaitingAndOffersTheNextSession() {
    f.say("alice", "officehours schedule friday time:17:00 minutes:45 topic:java");
    f.say("alice", "officehours next");
    f.deliver();
    assertThat(f.say("alice", "officehours close"))
        .isEqualTo(
            "Closed office hours #1 (java): 1 served, 0 skipped; I told the 2 still waiting. Thank you!");
    var out = f.deliver();
    for (String m : new String[] {"carol", "dan"}) {
      assertThat(dmsTo(out, m))
          .singleElement()
          .asString()
          .startsWith("Sorry — office hours #1 (java) with <@alice> have closed before your turn")
          .contains("The next one is #2 (java) with <@alice> on Fri 6 Mar 17:00 UTC");
    }
    assertThat(dmsTo(out, "bob")).isEmpty();
    assertThat(f.say("carol", "queue position"))
        .startsWith("You are not in any office-hours queue.");
  }

  @Test
  void broadcastReachesEveryoneWaitingAndNeverPings() {
    f.say("alice", "officehours next");
    f.deliver();
    assertThat(f.say("alice", "officehours broadcast message:\"running late, 5 min\""))
        .isEqualTo("Sent to 3 people.");
    assertThat(f.say("alice", "officehours broadcast message:\"<@bob> back now\""))
        .isEqualTo("Sent to 3 people.");
    var out = f.deliver();
    for (String m : new String[] {"bob", "carol", "dan"}) {
      assertThat(dmsTo(out, m)).hasSize(2).first().asString().endsWith("running late, 5 min");
    }
    assertThat(f.gateway.deliveredTo(new Destination.DirectMessage("carol")).get(2).text())
        .doesNotContain("<@bob>");
    assertThat(f.say("alice", "officehours broadcast message:\"@here hi\""))
        .startsWith("PROBLEM: `message:` mentions @\u200Beveryone");
  }

  @Test
  void leavingWhileCalledTellsTheMentor() {
    f.say("alice", "officehours next");
    f.deliver();
    f.say("bob", "queue leave");
    assertThat(dmsTo(f.deliver(), "alice"))
        .singleElement()
        .asString()
        .startsWith("<@bob> left the queue of #1");
    f.advance(Duration.ofMinutes(10));
    assertThat(dmsTo(f.deliver(), "bob")).isEmpty();
  }

  @Test
  void secondMentorOnTheSameTopicSharesTheQueue() {
    f.mentor("zoe", "java");
    assertThat(f.say("zoe", "officehours open topic:Java"))
        .startsWith(
            "Office hours #1 (java) are already open with <@alice>, so you now serve that queue together.");
    assertThat(f.say("dan", "queue position"))
        .contains("position 3 of 3, estimated wait about 10 minutes");
    assertThat(f.say("alice", "officehours next")).contains("Next: <@bob>");
    assertThat(f.say("zoe", "officehours next")).contains("Next: <@carol>");
    assertThat(dmsTo(f.deliver(), "carol"))
        .anySatisfy(t -> assertThat(t).contains("<@zoe> is ready for you"));
    assertThat(f.say("zoe", "officehours close"))
        .contains("the other mentors keep its queue going");
    assertThat(f.say("dan", "queue position")).contains("position 1 of 1");
    assertThat(f.say("alice", "officehours next")).contains("Next: <@dan>");
  }

  @Test
  void positionSaysWhenItIsMyTurn() {
    f.say("alice", "officehours next");
    assertThat(f.say("bob", "queue position"))
        .isEqualTo("#1 (java): it's your turn now with <@alice>.");
  }

  @Test
  void listShowsOpenAndUpcomingSessions() {
    f.say("alice", "officehours schedule friday time:17:00 minutes:45");
    assertThat(f.say("alice", "officehours list"))
        .contains("Open now:\n• #1 (java) with <@alice>, until 10:00 UTC, 3 waiting")
        .contains("Coming up:\n• #2 with <@alice>, Fri 6 Mar 17:00 UTC")
        .contains("Your weekly office hours:\n• every Friday at 17:00 UTC, 45 minutes");
  }

  @Test
  void sessionClosesByItselfAtItsEndTime() {
    f.advance(Duration.ofMinutes(60));
    var out = f.deliver();
    assertThat(dmsTo(out, "alice"))
        .anySatisfy(t -> assertThat(t).contains("reached their end time"));
    assertThat(dmsTo(out, "bob")).singleElement().asString().startsWith("Sorry — office hours #1");
    assertThat(f.say("erin", "queue join 1 question:\"x\""))
        .startsWith("PROBLEM: Office hours #1 (java) are closed.");
  }

  @Test
  void openAnnouncesWithAJoinButtonOrSaysHowToSetAChannel() {
    try (OfficeHoursFixture bare = new OfficeHoursFixture()) {
      bare.mentor("alice", "java");
      assertThat(bare.say("alice", "officehours open"))
          .contains("open but not announced")
          .contains("/mentor config announce-channel:#channel");
      assertThat(bare.say("alice", "officehours open"))
          .startsWith("PROBLEM: You already have office hours #1 open.");
    }
    assertThat(f.say("bob", "officehours open"))
        .startsWith("PROBLEM: Only mentors hold office hours");
  }
}
