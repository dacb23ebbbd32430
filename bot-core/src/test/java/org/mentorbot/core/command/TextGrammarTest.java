package org.mentorbot.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextGrammarTest {

  @Test
  void splitsSubcommandPositionalsAndNamedOptions() {
    RawCommand raw = TextGrammar.parse("mentor", "signup mentor topics:java,go years:5");
    assertThat(raw.sub()).isEqualTo("signup");
    assertThat(raw.positionals()).containsExactly("mentor");
    assertThat(raw.named()).containsOnly(Map.entry("topics", "java,go"), Map.entry("years", "5"));
  }

  @Test
  void keepsSpacesInsideDoubleQuotes() {
    RawCommand raw = TextGrammar.parse("mentor", "edit bio:\"I like Rust and tea\"");
    assertThat(raw.named()).containsEntry("bio", "I like Rust and tea");
  }

  @Test
  void acceptsCurlyQuotesThatPhonesInsert() {
    RawCommand raw = TextGrammar.parse("mentor", "edit bio:\u201CHello there\u201D");
    assertThat(raw.named()).containsEntry("bio", "Hello there");
  }

  @Test
  void unescapesQuotesInsideQuotedValues() {
    RawCommand raw = TextGrammar.parse("mentor", "edit bio:\"say \\\"hi\\\"\"");
    assertThat(raw.named()).containsEntry("bio", "say \"hi\"");
  }

  @Test
  void quotedPositionalIsOneValue() {
    RawCommand raw = TextGrammar.parse("mentor", "find \"machine learning\"");
    assertThat(raw.positionals()).containsExactly("machine learning");
  }

  @Test
  void lowercasesSubcommandAndKeys() {
    RawCommand raw = TextGrammar.parse("mentor", "SIGNUP mentor Topics:java");
    assertThat(raw.sub()).isEqualTo("signup");
    assertThat(raw.named()).containsKey("topics");
  }

  @Test
  void emptyTextHasNoSubcommand() {
    assertThat(TextGrammar.parse("mentor", "   ").sub()).isEmpty();
  }

  @Test
  void platformMentionsStayPositional() {
    RawCommand raw = TextGrammar.parse("mentor", "profile <@U123|alice>");
    assertThat(raw.positionals()).containsExactly("<@U123|alice>");
    assertThat(raw.named()).isEmpty();
  }

  @Test
  void refusesAQuoteLeftOpenNamingTheOption() {
    assertThatThrownBy(() -> TextGrammar.parse("mentor", "edit bio:\"never closed"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("quote is left open after `bio:`");
  }

  @Test
  void refusesControlCharacters() {
    assertThatThrownBy(() -> TextGrammar.parse("mentor", "edit bio:a\u0007b"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("control character (U+0007)");
  }

  @Test
  void refusesBidiOverridesThatDisguiseText() {
    assertThatThrownBy(() -> TextGrammar.parse("mentor", "edit bio:\"abc\u202Edef\""))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("U+202E");
  }

  @Test
  void refusesAnOptionGivenTwice() {
    assertThatThrownBy(() -> TextGrammar.parse("mentor", "edit years:1 years:2"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("`years:` is given twice");
  }

  @Test
  void refusesAnOptionWithoutValue() {
    assertThatThrownBy(() -> TextGrammar.parse("mentor", "signup mentor topics: java"))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("`topics:` has no value");
  }

  @Test
  void refusesHugeInputBeforeParsing() {
    String huge = "edit bio:" + "a".repeat(TextGrammar.MAX_LENGTH);
    assertThatThrownBy(() -> TextGrammar.parse("mentor", huge))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("the limit is " + TextGrammar.MAX_LENGTH);
  }

  @Test
  void listsStayCommaSeparatedText() {
    assertThat(TextGrammar.parse("mentor", "edit languages:en,de").named().get("languages"))
        .isEqualTo("en,de");
    assertThat(List.of(TextGrammar.parse("mentor", "edit topics:\"a, b\"").named().get("topics")))
        .containsExactly("a, b");
  }
}
