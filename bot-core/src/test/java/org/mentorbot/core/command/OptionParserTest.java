package org.mentorbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One option's text to its value at the edges of what it accepts. */
class OptionParserTest {

  private static Object parse(String root, String sub, String option, String text) {
    CommandSpec spec = Catalogue.get(root, sub);
    return OptionParser.parse(spec, spec.option(option).orElseThrow(), text);
  }

  private static String refusal(String root, String sub, String option, String text) {
    try {
      parse(root, sub, option, text);
    } catch (ProblemException e) {
      return e.problem() + " " + e.fix();
    }
    throw new AssertionError("expected " + option + ":" + text + " to be refused");
  }

  @Test
  void numbersAtEitherEndOfTheRangeAreAccepted() {
    assertThat(parse("mentor", "signup", "capacity", "1")).isEqualTo(1);
    assertThat(parse("mentor", "signup", "capacity", " 5 ")).isEqualTo(5);
    assertThat(refusal("mentor", "signup", "capacity", "6")).contains("from 1 to 5, not 6");
    assertThat(refusal("mentor", "signup", "capacity", "0")).contains("from 1 to 5, not 0");
  }

  @Test
  void aTextOfExactlyTheLimitIsAcceptedAndOneMoreIsNot() {
    assertThat(parse("mentor", "signup", "bio", "x".repeat(2000))).isEqualTo("x".repeat(2000));
    assertThat(refusal("mentor", "signup", "bio", "x".repeat(2001)))
        .contains("2001 characters long; the limit is 2000");
    assertThat(refusal("mentor", "signup", "bio", "   ")).contains("`bio:` is empty");
  }

  @Test
  void lineBreaksAndTabsAreTextButOtherControlCharactersAreNot() {
    assertThat(parse("mentor", "signup", "bio", "line one\nline\ttwo"))
        .isEqualTo("line one\nline\ttwo");
    assertThat(refusal("mentor", "signup", "bio", "ring\u0007bell"))
        .contains("`bio:` contains a control character (U+0007)");
    assertThat(refusal("mentor", "signup", "bio", "abc\u202Edef"))
        .contains("control character (U+202E)");
  }

  @Test
  void aListOfExactlyTheMostEntriesIsAcceptedAndRepeatsCountOnce() {
    String twenty = IntStream.range(0, 20).mapToObj(i -> "t" + i).collect(Collectors.joining(","));
    assertThat((List<?>) parse("mentor", "signup", "topics", twenty)).hasSize(20);
    assertThat(parse("mentor", "signup", "topics", "java, go,,java ,"))
        .isEqualTo(List.of("java", "go"));
    assertThat(refusal("mentor", "signup", "topics", " , ,")).contains("`topics:` is empty");
  }

  @Test
  void timesOfDayRunFromMidnightTo2359() {
    assertThat(parse("round", "schedule", "time", "0:00")).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(parse("round", "schedule", "time", "23:59")).isEqualTo(LocalTime.of(23, 59));
    assertThat(refusal("round", "schedule", "time", "24:00")).contains("not a time of day");
    assertThat(refusal("round", "schedule", "time", "12:60")).contains("not a time of day");
  }

  @ParameterizedTest
  @ValueSource(strings = {"@everyone", "@here", "<@everyone>"})
  void aMemberOptionNeverNamesEveryone(String text) {
    assertThatThrownBy(() -> parse("mentor", "block", "user", text))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void aChoiceIsReadWhateverItsCase() {
    assertThat(parse("mentor", "signup", "role", " Mentor ")).isEqualTo("mentor");
  }
}
