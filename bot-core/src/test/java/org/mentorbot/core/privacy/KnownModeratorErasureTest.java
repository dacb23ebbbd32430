package org.mentorbot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.shown;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.testing.TestCommunity;

/**
 * Forget-me also drops the note that a member is a moderator (kept so confidential alerts reach
 * them): it names the member, so it goes with everything else (a mutant found by PIT).
 */
class KnownModeratorErasureTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  @Test
  void forgetMeErasesTheKnownModeratorNote() {
    shown(c.run("mod", "round", "open"));
    shown(c.mentor("ada", "signup mentor topics:java years:10"));
    assertThat(c.strings("SELECT user_id FROM known_moderator")).containsExactly("mod");

    Reply ask = c.mentor("mod", "forget-me");
    shown(c.press("mod", ((Reply.Shown) ask).message().buttons().get(0).actionId()));

    assertThat(c.count("SELECT COUNT(*) FROM known_moderator")).isZero();
  }
}
