package org.mentorbot.core.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Suggestion;
import org.mentorbot.core.testing.TestCommunity;

/**
 * Autocomplete for the mentorship commands (Discord asks as the member types): goal numbers of the
 * caller's own open goals, and the partners of the caller's own running mentorships.
 */
class MentorshipSuggestersTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  private List<Suggestion> suggest(String user, String sub, String option, String partial) {
    return c.core.commands().suggest(TestCommunity.as(user), "mentor", sub, option, partial);
  }

  private void twoPairs() {
    c.mentor("ada", "signup mentor topics:java years:10");
    c.mentor("bob", "signup mentor topics:python years:8");
    c.mentor("kim", "signup mentee topics:java years:1 goals:\"lead a team\"");
    c.mentor("sam", "signup mentee topics:python years:1 goals:\"first job\"");
    shown(c.run("mod", "round", "pair @ada @kim"));
    shown(c.run("mod", "round", "pair @bob @sam"));
  }

  @Test
  void goalNumbersOfferOnlyTheCallersOpenGoalsAndFilterByWhatIsTyped() {
    twoPairs();
    for (int i = 2; i <= 11; i++) {
      shown(c.mentor("kim", "goal add \"step " + i + "\""));
    }
    shown(c.mentor("kim", "goal done 3"));
    List<Suggestion> all = suggest("kim", "goal", "goal", "");
    assertThat(all).extracting(Suggestion::value).hasSize(10).doesNotContain("3");
    assertThat(all.get(0)).isEqualTo(new Suggestion("1. lead a team", "1"));
    assertThat(suggest("kim", "goal", "goal", "1"))
        .extracting(Suggestion::value)
        .containsExactly("1", "10", "11");
    assertThat(suggest("ada", "goal", "goal", "2"))
        .as("the mentor of the pair sees the same goals")
        .containsExactly(new Suggestion("2. step 2", "2"));
    assertThat(suggest("sam", "goal", "goal", ""))
        .as("never another pair's goals")
        .containsExactly(new Suggestion("1. first job", "1"));
    assertThat(suggest("lou", "goal", "goal", "")).isEmpty();
    assertThat(suggest("kim", "goal", "goal", "write more tests"))
        .as("typing a new goal's text suggests nothing")
        .isEmpty();
  }

  @Test
  void withAndPartnerOfferOnlyThePartnersOfTheCallersRunningMentorships() {
    twoPairs();
    shown(c.mentor("ada", "signup mentee topics:python years:1 goals:\"learn python\""));
    shown(c.run("mod", "round", "pair @bob @ada force:yes"));
    assertThat(suggest("ada", "goals", "with", ""))
        .extracting(Suggestion::value)
        .containsExactlyInAnyOrder("kim", "bob");
    assertThat(suggest("ada", "end", "partner", "@k"))
        .extracting(Suggestion::value)
        .containsExactly("kim");
    shown(c.run("mod", "round", "unpair @ada @kim"));
    assertThat(suggest("ada", "goals", "with", ""))
        .extracting(Suggestion::value)
        .containsExactly("bob");
  }
}
