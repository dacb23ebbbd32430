package org.mentorbot.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.testing.TestCommunity;

/**
 * {@code /mentor stats} counts mentorships by how they ended and goals set, reached and dropped,
 * never a goal's text. Real SQLite, fixed clock.
 */
class MentorshipStatsTest {

  private final TestCommunity t = new TestCommunity();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void countsGoalsSetReachedAndDroppedAndHowMentorshipsEndedWithoutAnyGoalText() {
    shown(t.mentor("mod", "config mod-channel:#mods"));
    shown(t.mentor("ada", "signup mentor topics:java years:10"));
    shown(t.mentor("bob", "signup mentor topics:python years:8"));
    shown(t.mentor("sam", "signup mentee topics:java goals:\"Quietly leave Initech\" years:1"));
    shown(t.mentor("kim", "signup mentee topics:python goals:\"Pass the Zorblat exam\" years:2"));
    shown(t.run("mod", "round", "open"));
    List.of("ada", "bob", "sam", "kim").forEach(u -> shown(t.run(u, "round", "join")));
    shown(t.run("mod", "round", "publish"));
    shown(t.mentor("sam", "goal add \"Mock interview with Lumbergh\""));
    shown(t.mentor("kim", "goal add \"Read the Zorblat handbook\""));
    shown(t.mentor("sam", "goal drop 2"));
    shown(t.mentor("sam", "goal done 1"));
    shown(t.mentor("sam", "end @ada reason:goal-reached"));

    String stats = shown(t.mentor("mod", "stats"));
    assertThat(stats)
        .contains("Mentorships: 1 running · 1 ended: 1 goal reached")
        .contains("Goals: 4 set · 1 reached · 1 dropped · 2 open")
        .doesNotContain("Initech")
        .doesNotContain("Zorblat")
        .doesNotContain("Lumbergh");

    shown(t.mentor("kim", "goal done 1"));
    shown(t.run("mod", "round", "unpair @bob @kim"));
    assertThat(shown(t.mentor("mod", "stats")))
        .contains("Mentorships: 0 running · 2 ended: 1 goal reached, 1 ended by a moderator")
        .contains("Goals: 4 set · 2 reached · 1 dropped · 1 open")
        .doesNotContain("Zorblat");
  }

  @Test
  void aCommunityWithoutMentorshipsShowsNoMentorshipFigures() {
    shown(t.mentor("ada", "signup mentor topics:java years:10"));
    shown(t.run("ada", "officehours", "open topic:java"));
    assertThat(shown(t.mentor("mod", "stats"))).doesNotContain("Mentorships:").contains("Office");
  }
}
