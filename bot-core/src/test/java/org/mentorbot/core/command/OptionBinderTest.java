package org.mentorbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OptionBinderTest {

  private static Options bind(String root, String text) {
    RawCommand raw = TextGrammar.parse(root, text);
    return OptionBinder.bind(Catalogue.get(root, raw.sub()), raw);
  }

  private static String problem(String root, String text) {
    try {
      bind(root, text);
    } catch (ProblemException e) {
      return e.problem() + " " + e.fix();
    }
    throw new AssertionError("expected a problem for " + text);
  }

  @Test
  void bindsTypedValues() {
    Options o =
        bind(
            "mentor", "signup mentor topics:Java,Go years:7 tz:Asia/Tokyo capacity:3 languages:en");
    assertThat(o.text("role")).contains("mentor");
    assertThat(o.list("topics")).contains(java.util.List.of("Java", "Go"));
    assertThat(o.integer("years")).contains(7);
    assertThat(o.zone("tz")).contains(ZoneId.of("Asia/Tokyo"));
    assertThat(o.integer("capacity")).contains(3);
  }

  @Test
  void extraWordsJoinTheLastTextPositional() {
    assertThat(bind("mentor", "find machine learning").text("topic")).contains("machine learning");
  }

  @Test
  void positionalCanAlsoBeNamed() {
    assertThat(bind("mentor", "signup role:mentee topics:java goals:x").text("role"))
        .contains("mentee");
  }

  @Test
  void unknownOptionSuggestsTheNearestOne() {
    assertThat(problem("mentor", "signup mentor topic:java"))
        .contains("has no option `topic:`")
        .contains("Did you mean `topics:`?");
  }

  @Test
  void missingRequiredOptionShowsUsage() {
    assertThat(problem("mentor", "signup mentor years:3"))
        .contains("needs `topics:`")
        .contains("Usage: /mentor signup");
  }

  @Test
  void unexpectedPositionalIsExplained() {
    assertThat(problem("mentor", "resume now")).contains("does not take `now` there");
  }

  @ParameterizedTest
  @CsvSource({
    "capacity:0,from 1 to 5, not 0",
    "capacity:6,from 1 to 5, not 6",
    "years:-1,from 0 to 60"
  })
  void outOfRangeNumbersNameTheRange(String option, String expected) {
    assertThat(problem("mentor", "edit " + option)).contains(expected);
  }

  @Test
  void nonNumbersAreRefused() {
    assertThat(problem("mentor", "edit years:lots"))
        .contains("`years:` must be a whole number, not `lots`");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mars/Olympus", "EST", "UTC+15", "UTC+05:75"})
  void unknownTimezonesAreRefusedWithExamples(String zone) {
    assertThat(problem("mentor", "edit tz:" + zone))
        .contains("is not a timezone I know")
        .contains("Europe/Berlin")
        .contains("UTC+05:30");
  }

  @Test
  void fixedOffsetsAreZones() {
    assertThat(bind("mentor", "edit tz:UTC+05:30").zone("tz"))
        .contains(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(bind("mentor", "edit tz:UTC-3").zone("tz")).contains(ZoneOffset.ofHours(-3));
  }

  @Test
  void textsOver2000CharactersAreRefused() {
    assertThat(problem("mentor", "edit bio:\"" + "x".repeat(2001) + "\""))
        .contains("2001 characters long; the limit is 2000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"@everyone", "@here", "hi <!channel>", "<@&123> rocks", "@Everyone!"})
  void massMentionsInTextAreRefused(String bio) {
    assertThat(problem("mentor", "edit bio:\"" + bio + "\"")).contains("would ping many people");
  }

  @ParameterizedTest
  @CsvSource({"<@U123>,U123", "<@!42>,42", "<@U9|kim>,U9", "@alice,alice"})
  void membersAreMentionsOrNames(String given, String id) {
    assertThat(bind("mentor", "block " + given).user("user")).contains(new UserRef(id));
  }

  @Test
  void aMemberCannotBeEveryone() {
    assertThat(problem("mentor", "block @everyone")).contains("must be one member");
    assertThat(problem("mentor", "block alice")).contains("is not a member");
  }

  @Test
  void datesTimesAndChoicesAreChecked() {
    assertThat(bind("mentor", "pause until:2026-12-24").date("until"))
        .contains(LocalDate.of(2026, 12, 24));
    assertThat(problem("mentor", "pause until:24.12.2026")).contains("Write it as YYYY-MM-DD");
    assertThat(bind("round", "schedule day:3 time:18:30").time("time"))
        .contains(LocalTime.of(18, 30));
    assertThat(problem("round", "schedule time:25:00")).contains("not a time of day");
    assertThat(problem("mentor", "signup teacher topics:x"))
        .contains("must be one of mentor, mentee");
  }

  @Test
  void channelsAndRolesAcceptPlatformMentions() {
    assertThat(bind("mentor", "config announce-channel:<#C42|general>").text("announce-channel"))
        .contains("C42");
    assertThat(bind("mentor", "config announce-channel:#general").text("announce-channel"))
        .contains("general");
    assertThat(bind("mentor", "config moderator-role:<@&77>").text("moderator-role"))
        .contains("77");
    assertThat(bind("mentor", "config moderator-role:<!subteam^S1|@mods>").text("moderator-role"))
        .contains("S1");
  }

  @Test
  void listsRefuseOddCharactersAndTooManyItems() {
    assertThat(problem("mentor", "edit topics:\"java,<script>\"")).contains("not a plain word");
    StringBuilder distinct = new StringBuilder();
    for (int i = 0; i < 21; i++) {
      distinct.append(i == 0 ? "" : ",").append("t").append(i);
    }
    assertThat(problem("mentor", "edit topics:" + distinct)).contains("21 entries; at most 20");
  }

  @Test
  void wordsAfterAnUnquotedTextOptionAreToldToUseQuotesWithTheValueToCopy() {
    assertThat(problem("mentor", "edit goals:Get a frontend internship"))
        .contains("A value with spaces needs double quotes (`goals:`): `a` is not an option")
        .contains("Write it as goals:\"Get a frontend internship\".");
  }

  @Test
  void wordsAfterAListCutAtItsCommaBelongToThatList() {
    assertThat(problem("mentor", "edit bio:hi topics:java, go"))
        .contains("(`topics:`): `go`")
        .contains("topics:\"java, go\"");
  }

  @Test
  void withSeveralTextOptionsGivenTheQuotesHintNamesNoneOfThem() {
    assertThat(problem("mentor", "edit bio:hi goals:Get a job"))
        .contains("A value with spaces needs double quotes: `a`")
        .contains("goals:\"Get a frontend internship\"");
  }

  @Test
  void anOptionACommandWithoutOptionsDoesNotTakeSaysItTakesNone() {
    assertThat(problem("mentor", "resume until:2026-12-24"))
        .contains("`/mentor resume` has no option `until:`")
        .contains("It takes no options.")
        .doesNotContain("Options:");
  }

  @Test
  void anOptionNothingResemblesListsTheOptionsThereAre() {
    assertThat(problem("mentor", "block @alice zzzzzzzz:1"))
        .contains("has no option `zzzzzzzz:`")
        .contains("Options: user.")
        .doesNotContain("Did you mean");
  }
}
