package org.mentorbot.core.officehours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.officehours.OfficeHoursFixture.dmsTo;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Reply;

class QueueJoinTest {

  private OfficeHoursFixture f;

  @BeforeEach
  void setUp() {
    f = new OfficeHoursFixture();
    f.mentor("alice", "java");
    f.announceIn("general");
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void joinsQueueBehindEarlierMembersWithPositionAndDefaultWait() {
    f.say("alice", "officehours open topic:java");
    assertThat(f.say("bob", "queue join 1 question:\"generics?\""))
        .contains("#1 (java)")
        .contains("position 1 of 1, you're next");
    assertThat(f.say("carol", "queue join 1 question:\"streams\""))
        .contains("position 2 of 2, estimated wait about 10 minutes");
    assertThat(f.say("dan", "queue join question:\"records\""))
        .contains("position 3 of 3, estimated wait about 20 minutes");
  }

  @Test
  void estimatedWaitUsesTheMeanOfRecentServiceTimes() {
    f.say("alice", "officehours open topic:java");
    for (String m : new String[] {"bob", "carol", "dan", "erin"}) {
      f.say(m, "queue join 1 question:\"help\"");
    }
    f.say("alice", "officehours next"); // bob
    f.advance(Duration.ofMinutes(4));
    f.say("alice", "officehours next"); // bob served in 4 min, carol called
    f.advance(Duration.ofMinutes(6));
    f.say("alice", "officehours next"); // carol served in 6 min; mean 5
    f.say("frank", "queue join 1 question:\"late\"");
    // erin waits (position 1), frank is behind one person: 1 × 5 minutes.
    assertThat(f.say("frank", "queue position"))
        .contains("position 2 of 2, estimated wait about 5 minutes");
  }

  @Test
  void secondJoinToTheSameSessionIsRefusedAndChangesNothing() {
    f.say("alice", "officehours open topic:java");
    f.say("bob", "queue join 1 question:\"one\"");
    int before = f.rows("oh_entry");
    assertThat(f.say("bob", "queue join 1 question:\"two\""))
        .startsWith("PROBLEM: You are already in the queue for #1 (java), at position 1.")
        .contains("/queue leave 1");
    assertThat(f.rows("oh_entry")).isEqualTo(before);
  }

  @Test
  void memberMayRejoinAfterLeaving() {
    f.say("alice", "officehours open topic:java");
    f.say("bob", "queue join 1 question:\"one\"");
    f.say("carol", "queue join 1 question:\"c\"");
    f.say("bob", "queue leave");
    assertThat(f.say("bob", "queue join 1 question:\"again\"")).contains("position 2 of 2");
  }

  @Test
  void unknownSessionIsRefusedWithWhatToDo() {
    f.say("alice", "officehours open topic:java");
    assertThat(f.say("bob", "queue join 7 question:\"x\""))
        .isEqualTo(
            "PROBLEM: There is no office-hours session #7. See `/officehours list` for the open"
                + " and upcoming ones.");
    assertThat(f.say("bob", "queue join banana question:\"x\""))
        .startsWith("PROBLEM: `banana` is not a session number or a mentor.");
    assertThat(f.rows("oh_entry")).isZero();
  }

  @Test
  void sessionMayBeNamedByItsMentor() {
    f.say("alice", "officehours open topic:java");
    assertThat(f.say("bob", "queue join @alice question:\"x\"")).contains("#1 (java)");
  }

  @Test
  void joiningWithNothingOpenOrAClosedSessionIsRefused() {
    assertThat(f.say("bob", "queue join question:\"x\""))
        .startsWith("PROBLEM: No office hours are open right now.");
    f.say("alice", "officehours open topic:java");
    f.say("alice", "officehours close");
    assertThat(f.say("bob", "queue join 1 question:\"x\""))
        .startsWith("PROBLEM: Office hours #1 (java) are closed.")
        .contains("/officehours list");
    assertThat(f.rows("oh_entry")).isZero();
  }

  @Test
  void closedSessionRefusalPointsAtAnotherOpenSession() {
    f.mentor("zoe", "go");
    f.say("alice", "officehours open topic:java");
    f.say("alice", "officehours close");
    f.say("zoe", "officehours open topic:go");
    assertThat(f.say("bob", "queue join 1 question:\"x\""))
        .contains("Open now: #2 (go) with <@zoe>");
  }

  @Test
  void fullSessionIsRefused() {
    f.say("alice", "officehours open topic:java capacity:2");
    f.say("bob", "queue join 1 question:\"x\"");
    f.say("carol", "queue join 1 question:\"x\"");
    assertThat(f.say("dan", "queue join 1 question:\"x\""))
        .startsWith("PROBLEM: Office hours #1 (java) are full (2 waiting).");
    assertThat(f.rows("oh_entry")).isEqualTo(2);
  }

  @Test
  void memberMayHoldOnlyTheConfiguredNumberOfOpenEntries() {
    f.mentor("zoe", "go");
    f.mentor("yan", "rust");
    f.say("alice", "officehours open topic:java");
    f.say("zoe", "officehours open topic:go");
    f.say("yan", "officehours open topic:rust");
    f.say("mod", "mentor config queue-limit:2");
    f.say("bob", "queue join 1 question:\"x\"");
    f.say("bob", "queue join 2 question:\"x\"");
    assertThat(f.say("bob", "queue join 3 question:\"x\""))
        .startsWith("PROBLEM: You are already in 2 queues, the most one member may hold here (2).");
    f.say("bob", "queue leave 1");
    assertThat(f.say("bob", "queue join 3 question:\"x\"")).contains("#3 (rust)");
  }

  @Test
  void severalOpenSessionsNeedANumber() {
    f.mentor("zoe", "go");
    f.say("alice", "officehours open topic:java");
    f.say("zoe", "officehours open topic:go");
    assertThat(f.say("bob", "queue join question:\"x\""))
        .startsWith(
            "PROBLEM: Several sessions are open: #1 (java) with <@alice>, #2 (go) with <@zoe>.");
  }

  @Test
  void badQuestionsAreRefused() {
    f.say("alice", "officehours open topic:java");
    assertThat(f.say("bob", "queue join 1 question:\"  \""))
        .startsWith("PROBLEM: `question:` is empty.");
    assertThat(f.say("bob", "queue join 1 question:\"hey @everyone\""))
        .startsWith("PROBLEM: `question:` mentions @\u200Beveryone");
    assertThat(f.say("bob", "queue join 1 question:\"" + "x".repeat(501) + "\""))
        .startsWith("PROBLEM: Your question is 501 characters long.");
    assertThat(f.rows("oh_entry")).isZero();
  }

  @Test
  void mentorIsToldWhenAnEmptyQueueGetsItsFirstPerson() {
    f.say("alice", "officehours open topic:java");
    f.deliver();
    f.say("bob", "queue join 1 question:\"generics\"");
    f.say("carol", "queue join 1 question:\"streams\"");
    var dms = dmsTo(f.deliver(), "alice");
    assertThat(dms).hasSize(1);
    assertThat(dms.get(0))
        .contains("<@bob> joined your empty queue in #1 (java)")
        .contains("\"generics\"");
  }

  @Test
  void mentorCannotQueueInTheirOwnSession() {
    f.say("alice", "officehours open topic:java");
    assertThat(f.say("alice", "queue join 1 question:\"x\""))
        .startsWith("PROBLEM: You are serving #1 (java) yourself");
  }

  @Test
  void scheduledSessionCannotBeJoinedBeforeItOpens() {
    f.say("alice", "officehours schedule wednesday time:18:00 minutes:60 topic:java");
    assertThat(f.say("bob", "queue join 1 question:\"x\""))
        .startsWith("PROBLEM: Office hours #1 (java) haven't opened yet.")
        .contains("Wed 4 Mar 18:00 UTC");
  }

  @Test
  void leavingLeavesNoGapAndTellsTheNewFirstPerson() {
    f.say("alice", "officehours open topic:java");
    f.say("bob", "queue join 1 question:\"b\"");
    f.say("carol", "queue join 1 question:\"c\"");
    f.say("dan", "queue join 1 question:\"d\"");
    f.deliver();
    assertThat(f.say("bob", "queue leave")).isEqualTo("You left the queue for #1 (java).");
    assertThat(f.say("carol", "queue position")).contains("position 1 of 2");
    assertThat(f.say("dan", "queue position")).contains("position 2 of 2");
    assertThat(dmsTo(f.deliver(), "carol")).singleElement().asString().startsWith("You're next");
  }

  @Test
  void leaveAndPositionWithoutAQueueSaySo() {
    assertThat(f.say("bob", "queue leave"))
        .startsWith("PROBLEM: You are not in any office-hours queue.");
    assertThat(f.say("bob", "queue position")).startsWith("You are not in any office-hours queue.");
  }

  @Test
  void joinButtonChecksThenAsksForTheQuestionInAFormThatJoinsLikeTheCommand() {
    f.say("alice", "officehours open topic:java");
    var posts = OfficeHoursFixture.postsIn(f.deliver(), "general");
    assertThat(posts)
        .singleElement()
        .satisfies(m -> assertThat(m.text()).contains("/queue join 1"));
    String action = posts.get(0).buttons().get(0).actionId();
    assertThat(action).startsWith("oh-join:");

    Reply.Form form = (Reply.Form) f.pressed("bob", action);
    assertThat(form.title()).isEqualTo("Join office hours #1");
    assertThat(form.intro())
        .contains("Nobody is waiting yet")
        .contains("Only the mentors hosting this queue see your question");
    assertThat(form.root() + " " + form.sub()).isEqualTo("queue join");
    assertThat(form.fixed()).containsExactly(java.util.Map.entry("session", "1"));
    assertThat(form.fields())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.option()).isEqualTo("question");
              assertThat(q.required()).isTrue();
              assertThat(q.maxLength()).isEqualTo(OfficeHours.MAX_QUESTION);
            });
    assertThat(OfficeHoursFixture.text(Reply.privately(form.instead())))
        .as("what the console shows")
        .contains("/queue join 1 question:");
    assertThat(f.count("SELECT COUNT(*) FROM oh_entry")).as("pressing joins nobody").isZero();

    assertThat(f.submit("bob", form, java.util.Map.of("question", "  How do I test JDBC?  ")))
        .startsWith("You're in the queue for #1 (java)");
    assertThat(f.strings("SELECT user_id || ':' || question FROM oh_entry"))
        .containsExactly("bob:How do I test JDBC?");
    assertThat(f.press("bob", action)).startsWith("PROBLEM: You are already in the queue");
    assertThat(f.press("bob", "oh-join:999"))
        .startsWith("PROBLEM: That button belongs to office hours");
  }

  @Test
  void aFormSubmittedAfterTheQueueChangedIsRefusedAndJoinsNobody() {
    f.say("alice", "officehours open topic:java capacity:1");
    String action =
        OfficeHoursFixture.postsIn(f.deliver(), "general").get(0).buttons().get(0).actionId();
    Reply.Form bobs = (Reply.Form) f.pressed("bob", action);
    Reply.Form cats = (Reply.Form) f.pressed("cat", action);

    assertThat(f.submit("bob", bobs, java.util.Map.of("question", " ")))
        .as("both platforms require the input; a blank one is left out and asked for")
        .startsWith("PROBLEM: `/queue join` needs `question:`");
    assertThat(f.submit("bob", bobs, java.util.Map.of("question", "ping @everyone")))
        .startsWith("PROBLEM: `question:` mentions @")
        .contains("Remove that mention");
    assertThat(f.submit("bob", bobs, java.util.Map.of("question", "x".repeat(501))))
        .startsWith("PROBLEM: Your question is 501 characters long.");
    assertThat(f.submit("bob", bobs, java.util.Map.of("question", "q", "session", "7")))
        .as("an entered value cannot replace the fixed session")
        .startsWith("You're in the queue for #1");
    assertThat(f.submit("cat", cats, java.util.Map.of("question", "mine")))
        .startsWith("PROBLEM: Office hours #1 (java) are full (1 waiting).");
    f.say("alice", "officehours pause");
    assertThat(f.press("dan", action)).startsWith("PROBLEM: Office hours #1 (java) are not taking");
    assertThat(f.strings("SELECT user_id FROM oh_entry")).containsExactly("bob");
  }
}
