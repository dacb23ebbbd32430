package org.mentorbot.core.officehours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Actor;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.Suggestion;
import org.mentorbot.core.messaging.Field;

class SuggestAndOverviewTest {

  private OfficeHoursFixture f;

  @BeforeEach
  void setUp() {
    f = new OfficeHoursFixture();
    f.mentor("alice", "java");
    f.mentor("zoe", "go");
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private Invocation as(String user) {
    return Invocation.of(OfficeHoursFixture.COMMUNITY, Actor.member(user));
  }

  @Test
  void sessionAutocompleteListsOpenSessionsMatchingWhatWasTyped() {
    f.say("alice", "officehours open topic:java");
    f.say("zoe", "officehours open topic:go");
    f.say("zoe", "officehours schedule friday time:12:00 minutes:30");
    f.say("bob", "queue join 1 question:\"x\"");
    assertThat(f.core.commands().suggest(as("bob"), "queue", "join", "session", ""))
        .extracting(Suggestion::value)
        .containsExactly("1", "2");
    assertThat(f.core.commands().suggest(as("bob"), "queue", "join", "session", "ja"))
        .containsExactly(new Suggestion("#1 (java) with alice, 1 waiting", "1"));
    assertThat(f.core.commands().suggest(as("bob"), "queue", "join", "session", "#2"))
        .extracting(Suggestion::value)
        .containsExactly("2");
  }

  @Test
  void overviewShowsMyQueuesAndTheSessionIServe() {
    f.say("alice", "officehours open topic:java");
    f.say("bob", "queue join 1 question:\"x\"");
    f.say("carol", "queue join 1 question:\"y\"");
    assertThat(f.core.commands().overview(as("carol")).fields())
        .contains(
            new Field(
                "Office hours", "In #1 (java): position 2 of 2, estimated wait about 10 minutes"));
    assertThat(f.core.commands().overview(as("alice")).fields())
        .extracting(x -> new Field(x.name(), OfficeHoursFixture.shown(x.value())))
        .contains(new Field("Office hours", "Serving #1 (java) until 10:00 UTC, 2 waiting"));
    f.say("alice", "officehours next");
    assertThat(f.core.commands().overview(as("bob")).fields())
        .contains(new Field("Office hours", "In #1 (java): it's your turn now"));
    assertThat(f.core.commands().overview(as("dan")).fields())
        .extracting(Field::name)
        .doesNotContain("Office hours");
  }
}
