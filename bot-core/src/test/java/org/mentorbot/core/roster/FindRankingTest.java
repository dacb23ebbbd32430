package org.mentorbot.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.testing.TestCommunity;

/**
 * {@code /mentor find} ranks every mentor of the topic (free first, then fit to the caller, then
 * free places, then id) but loads whole profiles only for the ten it shows. Real SQLite, fixed
 * clock.
 */
class FindRankingTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  /** The mentors a find shows, in order. */
  private List<String> order(String caller, String topic) {
    Matcher m = Pattern.compile("• <@([^>]+)>").matcher(shown(c.mentor(caller, "find " + topic)));
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  @Test
  void sharedTopicsOutrankANearClockAndANearClockOutranksASharedLanguage() {
    c.mentor("a-lang", "signup mentor topics:java tz:Asia/Tokyo languages:german");
    c.mentor("b-both", "signup mentor topics:\"java, sql\" tz:Asia/Tokyo");
    c.mentor("c-near", "signup mentor topics:java tz:Europe/Paris");
    c.mentor("d-none", "signup mentor topics:java tz:Asia/Tokyo");
    c.mentor("sam", "signup mentee topics:\"java, sql\" goals:x tz:Europe/Berlin languages:german");

    assertThat(order("sam", "java")).containsExactly("b-both", "c-near", "a-lang", "d-none");
  }

  @Test
  void aFullMentorComesAfterEveryFreeOneHoweverWellTheyFit() {
    c.mentor("ada", "signup mentor topics:\"java, sql\" years:9 tz:Europe/Berlin capacity:1");
    c.mentor("zed", "signup mentor topics:java tz:Asia/Tokyo capacity:2");
    c.mentor("kim", "signup mentee topics:java goals:x");
    shown(c.run("mod", "round", "pair @ada @kim"));
    c.mentor("sam", "signup mentee topics:\"java, sql\" goals:x tz:Europe/Berlin");

    String found = shown(c.mentor("sam", "find java"));

    assertThat(order("sam", "java")).containsExactly("zed", "ada");
    assertThat(found)
        .contains("<@zed> — java · Asia/Tokyo · 2 free")
        .contains("<@ada> — java, sql · 9y");
    assertThat(found.substring(found.indexOf("<@ada>")))
        .startsWith("<@ada> — java, sql · 9y")
        .contains("· full");
  }

  @Test
  void equalFitGoesToMoreFreePlacesThenToTheId() {
    c.mentor("m-two", "signup mentor topics:java capacity:2");
    c.mentor("m-one-b", "signup mentor topics:java capacity:1");
    c.mentor("m-one-a", "signup mentor topics:java capacity:1");

    assertThat(order("sam", "java")).containsExactly("m-two", "m-one-a", "m-one-b");
  }

  @Test
  void showsTenWithTheirWholeProfilesAndCountsTheRest() {
    for (int i = 0; i < 13; i++) {
      c.mentor(
          String.format("m%02d", i),
          "signup mentor topics:\"java, go\" years:" + (i + 1) + " capacity:" + (1 + i % 5));
    }
    c.mentor("m05", "pause");
    c.mentor("m07", "block @sam");

    String found = shown(c.mentor("sam", "find java"));

    assertThat(order("sam", "java"))
        .hasSize(10)
        .doesNotContain("m05", "m07")
        .startsWith("m04", "m09", "m03");
    assertThat(found)
        .contains("<@m04> — java, go · 5y · 5 free\n")
        .contains("…and 1 more.")
        .doesNotContain("m05")
        .doesNotContain("m07");
  }

  @Test
  void tenFreeMentorsOfBetterFitAreShownAndTheRestOnlyCounted() {
    for (int i = 0; i < 11; i++) {
      c.mentor(String.format("fit%02d", i), "signup mentor topics:\"java, sql\" years:9");
    }
    for (int i = 0; i < 5; i++) {
      c.mentor(String.format("low%02d", i), "signup mentor topics:java years:9 capacity:5");
    }
    c.mentor("kim", "signup mentee topics:java goals:x");
    shown(c.run("mod", "round", "pair @fit00 @kim"));
    c.mentor("sam", "signup mentee topics:sql goals:x");

    String found = shown(c.mentor("sam", "find java"));

    assertThat(order("sam", "java"))
        .containsExactly(
            "fit01", "fit02", "fit03", "fit04", "fit05", "fit06", "fit07", "fit08", "fit09",
            "fit10");
    assertThat(found).contains("…and 6 more.").doesNotContain("fit00").doesNotContain("low");
  }

  @Test
  void aCallerWithoutAProfileSeesMentorsByFreePlacesThenId() {
    c.mentor("bob", "signup mentor topics:java tz:Europe/Berlin languages:german capacity:1");
    c.mentor("amy", "signup mentor topics:java capacity:1");

    assertThat(order("stranger", "java")).containsExactly("amy", "bob");
  }
}
