package org.mentorbot.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.problem;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.testing.TestCommunity;

/** Buttons carry no authority: forged, stale or malformed ids expire (issue 12, item 5). */
class ButtonsTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  private int adaRows() {
    return c.count("SELECT COUNT(*) FROM member WHERE user_id = 'ada'");
  }

  private String confirmButton(String user) {
    Reply ask = c.mentor(user, "forget-me");
    return ((Reply.Shown) ask).message().buttons().get(0).actionId();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "forget:confirm:ada:99999999999999999999",
        "forget:confirm:ada:4102444800000",
        "forget:confirm:zzzzzzzzzzzz",
        "forget:confirm:",
        "forget:confirm",
        "forget:",
        "forget",
        "forget:confirm:a:b:c"
      })
  void aForgedForgetMeConfirmExpiresAndErasesNothing(String forged) {
    shown(c.mentor("ada", "signup mentor topics:java"));
    confirmButton("ada");
    assertThat(problem(c.press("ada", forged))).contains("That button has expired");
    assertThat(adaRows()).isOne();
  }

  @Test
  void theRealConfirmWorksOnlyWithinTheWindowItWasOfferedFor() {
    shown(c.mentor("ada", "signup mentor topics:java"));
    String confirm = confirmButton("ada");
    c.clock.advance(Duration.ofMinutes(11));
    assertThat(problem(c.press("ada", confirm))).contains("That button has expired");
    assertThat(adaRows()).isOne();

    String fresh = confirmButton("ada");
    assertThat(shown(c.press("ada", fresh))).contains("has been erased");
    assertThat(adaRows()).isZero();
    assertThat(problem(c.press("ada", fresh))).contains("That button has expired");
  }

  @Test
  void theConfirmButtonStillWorksAtTheLastMomentOfItsWindow() {
    shown(c.mentor("ada", "signup mentor topics:java"));
    String confirm = confirmButton("ada");
    c.clock.advance(ForgetMeCommand.CONFIRM_WINDOW);
    assertThat(shown(c.press("ada", confirm))).contains("has been erased");
    assertThat(adaRows()).isZero();
  }

  @Test
  void anotherMembersConfirmButtonErasesNothing() {
    shown(c.mentor("ada", "signup mentor topics:java"));
    shown(c.mentor("sam", "signup mentor topics:java"));
    String adas = confirmButton("ada");
    confirmButton("sam");
    assertThat(problem(c.press("sam", adas))).contains("That button has expired");
    assertThat(c.count("SELECT COUNT(*) FROM member")).isEqualTo(2);
  }

  @Test
  void cancellingWithdrawsTheOffer() {
    shown(c.mentor("ada", "signup mentor topics:java"));
    String confirm = confirmButton("ada");
    assertThat(shown(c.press("ada", "forget:cancel"))).contains("Nothing was erased");
    assertThat(problem(c.press("ada", confirm))).contains("That button has expired");
    assertThat(adaRows()).isOne();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "round-join:99999999999999999999999",
        "round-join:",
        "checkin:99999999999999999999:met",
        "checkin:1:nonsense",
        "feedback:1:9",
        "feedback:abc",
        "ask-accept:x",
        "ask-decline:99999999999999999999999",
        "oh-here:-1",
        "oh-join:",
        "oh-join:99999999999999999999999",
        ":::",
        "nope",
        "a b c",
        "über:1"
      })
  void malformedButtonsSayTheyExpiredNeverAnInternalError(String id) {
    Reply reply = c.press("ada", id);
    assertThat(reply).isInstanceOf(Reply.Problem.class);
    assertThat(problem(reply)).doesNotContain("went wrong");
  }
}
