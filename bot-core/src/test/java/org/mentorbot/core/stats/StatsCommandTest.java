package org.mentorbot.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.problem;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.Visibility;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.testing.TestCommunity;

/** {@code /mentor stats} over a real core: two rounds, check-ins, feedback and office hours. */
class StatsCommandTest {

  private final TestCommunity t = new TestCommunity();

  @AfterEach
  void close() {
    t.close();
  }

  private void ok(Reply reply) {
    shown(reply);
  }

  private void days(int n) {
    t.clock.advance(Duration.ofDays(n));
    t.core.runDueWork();
  }

  /**
   * Round 1: ada–sam and bob–kim matched, lou (rust) unmatched; sam met, kim answered "not yet" to
   * both check-ins (stale); four ratings 5, 4, 2, 3 and one flagged comment. Round 2: sam–lee only
   * (ada and bob would repeat), two ratings. Round 1's mentorships end before round 2. Office
   * hours: one person served.
   */
  private void twoRounds() {
    ok(t.mentor("mod", "config mod-channel:#mods"));
    ok(t.mentor("ada", "signup mentor topics:java years:10"));
    ok(t.mentor("bob", "signup mentor topics:python years:8"));
    ok(t.mentor("sam", "signup mentee topics:java goals:\"Backend job\" years:1"));
    ok(t.mentor("kim", "signup mentee topics:python goals:\"Data work\" years:2"));
    ok(t.mentor("lou", "signup mentee topics:rust goals:\"Systems\" years:1"));
    ok(t.run("mod", "round", "open"));
    for (String u : new String[] {"ada", "bob", "sam", "kim", "lou"}) {
      ok(t.run(u, "round", "join"));
    }
    ok(t.run("mod", "round", "publish"));
    days(14);
    ok(t.mentor("sam", "checkin met"));
    ok(t.mentor("kim", "checkin not-yet"));
    days(14);
    ok(t.mentor("kim", "checkin not-yet"));
    ok(t.mentor("sam", "feedback @ada rating:5 comment:\"Lovely mentor\""));
    ok(t.mentor("ada", "feedback @sam rating:4"));
    ok(t.mentor("kim", "feedback @bob rating:2 comment:\"Made remarks I found inappropriate\""));
    ok(t.mentor("bob", "feedback @kim rating:3"));
    days(3);
    // Mentees in running mentorships are not matched again: round 1's mentorships end first.
    ok(t.mentor("sam", "end @ada reason:goal-reached"));
    ok(t.mentor("kim", "end @bob reason:no-time"));

    ok(t.mentor("lee", "signup mentor topics:java years:9"));
    ok(t.run("mod", "round", "open"));
    for (String u : new String[] {"ada", "bob", "lee", "sam", "kim", "lou"}) {
      ok(t.run(u, "round", "join"));
    }
    ok(t.run("mod", "round", "publish"));
    ok(t.mentor("sam", "feedback @lee rating:4"));
    ok(t.mentor("lee", "feedback @sam rating:5"));

    ok(t.run("ada", "officehours", "open topic:java"));
    ok(t.run("lou", "queue", "join question:\"borrow checker\""));
    t.clock.advance(Duration.ofMinutes(4));
    ok(t.run("ada", "officehours", "next"));
    t.clock.advance(Duration.ofMinutes(10));
    ok(t.run("ada", "officehours", "close"));
  }

  private Message statsMessage() {
    Reply reply = t.mentor("mod", "stats");
    assertThat(reply).isInstanceOf(Reply.Shown.class);
    assertThat(((Reply.Shown) reply).visibility()).isEqualTo(Visibility.PRIVATE);
    return ((Reply.Shown) reply).message();
  }

  @Test
  void reportsEachRoundsMatchMeetFeedbackAndStaleFiguresExactly() {
    twoRounds();
    String text = TestCommunity.flatten(statsMessage());
    assertThat(text)
        .contains(
            "• Round 1 · 2026-03-02 · mentorship · 2/3 mentees matched (66%)"
                + " · met: 50% of 2 pairs · stale: 1 pair · feedback: hidden until 5 ratings"
                + " (n=4)")
        .contains(
            "• Round 2 · 2026-04-02 · mentorship · 1/3 mentees matched (33%)"
                + " · met: 0% of 1 pair · stale: 0 pairs · feedback: hidden until 5 ratings"
                + " (n=2)")
        .contains(
            "Office hours since 2026-03-02: 1 session · 1 served · 0 no-shows"
                + " · mean wait 4.0 min · mean service 10.0 min")
        .doesNotContain("earlier round");
  }

  @Test
  void showsFlaggedCommentsWithThePairButNeverAnIndividualRating() {
    twoRounds();
    Message m = statsMessage();
    String text = TestCommunity.flatten(m);
    assertThat(text)
        .contains(
            "Flagged feedback, round 1: From <@kim> about <@bob>:"
                + " \"Made remarks I found inappropriate\"")
        .doesNotContain("Lovely mentor");
    // Round 2's two ratings (4 and 5) would be revealed by their mean; no rating or score appears.
    assertThat(text).doesNotContain("4.5").doesNotContain("/5").doesNotContain("rating:");
    assertThat(text.replace("(n=4)", "").replace("(n=2)", "")).doesNotContainPattern("\\b[1-5]/5");
    // Named, never pinged.
    assertThat(m.mentions()).isEmpty();
  }

  @Test
  void listsAtMostFiveFlaggedCommentsNewestFirstWithMentionsDefused() {
    twoRounds();
    // Rows written straight into the real table, as if stored before SafeText ran at input.
    t.db.write(
        h -> {
          for (int i = 1; i <= 5; i++) {
            h.execute(
                "INSERT INTO checkin_feedback (pair_id, community_id, round_id, from_id, about_id,"
                    + " rating, comment, flagged, created_at, updated_at) SELECT p.id,"
                    + " p.community_id, p.round_id, ?, p.mentor_id, 2, ?, 1, ?, ?"
                    + " FROM match_pair p JOIN match_round r ON r.id = p.round_id"
                    + " WHERE r.number = 2",
                "x" + i,
                "@everyone <@&42> unsafe " + i,
                i,
                i);
          }
          return null;
        });
    Message m = statsMessage();
    assertThat(m.fields())
        .filteredOn(f -> f.name().startsWith("Flagged feedback"))
        .extracting(f -> f.name())
        .containsExactly(
            "Flagged feedback, round 2",
            "Flagged feedback, round 2",
            "Flagged feedback, round 2",
            "Flagged feedback, round 2",
            "Flagged feedback, round 2");
    String text = TestCommunity.flatten(m);
    assertThat(text)
        .contains("More flagged feedback: 1 more, older than those above.")
        .contains("From <@x5> about <@lee>: \"@\u200Beveryone <\u200B@&42> unsafe 5\"")
        .doesNotContain("From <@kim>")
        .doesNotContain("@everyone");
    assertThat(m.mentions()).isEmpty();
  }

  @Test
  void attachesAValidPngChartOfTheRounds() throws IOException {
    twoRounds();
    Attachment chart = statsMessage().attachment().orElseThrow();
    assertThat(chart.fileName()).isEqualTo("mentorbot-stats.png");
    assertThat(chart.mediaType()).isEqualTo("image/png");
    byte[] png = chart.content();
    assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(StatsChart.WIDTH);
    assertThat(image.getHeight()).isEqualTo(StatsChart.HEIGHT);
  }

  @Test
  void anEmptyCommunityIsToldHowToStartAndGetsNoChart() {
    Message m = statsMessage();
    assertThat(m.text()).isEqualTo("No rounds yet — open one with `/round open`.");
    assertThat(m.attachment()).isEmpty();
    ok(t.mentor("ada", "signup mentor topics:java"));
    ok(t.run("mod", "round", "open"));
    assertThat(statsMessage().text()).isEqualTo("No rounds yet — open one with `/round open`.");
  }

  @Test
  void officeHoursAloneAreReportedWithoutAChart() {
    ok(t.mentor("ada", "signup mentor topics:java"));
    ok(t.run("ada", "officehours", "open topic:java"));
    Message m = statsMessage();
    assertThat(TestCommunity.flatten(m))
        .contains("No rounds yet — open one with `/round open`.")
        .contains("Office hours since 2026-01-31:")
        .contains(": 1 session · 0 served · 0 no-shows · mean wait — · mean service —");
    assertThat(m.attachment()).isEmpty();
  }

  @Test
  void membersAreToldOnlyModeratorsMaySeeStats() {
    assertThat(problem(t.mentor("sam", "stats"))).contains("Only moderators");
  }
}
