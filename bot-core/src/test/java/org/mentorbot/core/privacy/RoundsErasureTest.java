package org.mentorbot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.testing.TestCommunity;

/** Forget-me erases the member's waitlist and circle rows too (issue 17's surviving mutant). */
class RoundsErasureTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  private void forget(String user) {
    Reply ask = c.mentor(user, "forget-me");
    shown(c.press(user, ((Reply.Shown) ask).message().buttons().get(0).actionId()));
  }

  @Test
  void forgetMeErasesRoundUnmatchedRows() {
    shown(c.mentor("ada", "signup mentor topics:java years:10"));
    shown(c.mentor("kim", "signup mentee topics:java years:2 goals:\"grow\""));
    shown(c.mentor("sam", "signup mentee topics:java years:2 goals:\"grow\""));
    shown(c.run("mod", "round", "open"));
    List.of("ada", "kim", "sam").forEach(u -> shown(c.run(u, "round", "join")));
    shown(c.run("mod", "round", "publish"));
    String waiting = c.strings("SELECT mentee_id FROM round_unmatched").get(0);

    forget(waiting);

    assertThat(c.count("SELECT COUNT(*) FROM round_unmatched")).isZero();
  }

  @Test
  void forgetMeErasesRoundCircleRows() {
    for (String u : List.of("pia", "raj", "uma")) {
      shown(c.mentor(u, "signup mentee topics:java years:2 goals:\"grow\""));
    }
    shown(c.run("mod", "round", "open kind:peer-circles"));
    List.of("pia", "raj", "uma").forEach(u -> shown(c.run(u, "round", "join")));
    shown(c.run("mod", "round", "publish"));
    assertThat(c.count("SELECT COUNT(*) FROM round_circle WHERE user_id = 'raj'")).isOne();

    forget("raj");

    assertThat(c.count("SELECT COUNT(*) FROM round_circle WHERE user_id = 'raj'")).isZero();
    assertThat(c.count("SELECT COUNT(*) FROM round_circle")).isEqualTo(2);
  }
}
