package org.mentorbot.core.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.problem;
import static org.mentorbot.core.testing.TestCommunity.shown;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.testing.TestCommunity;

/**
 * Mentors say which formats they offer ({@code format:short|long|both}); mentees choose one. A
 * round never pairs across that line and says why; a moderator's pair names it as a broken rule.
 * Real SQLite, fixed clock.
 */
class FormatOfferTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  @Test
  void mentorsOfferBothUnlessTheySayAndTheOfferIsStored() {
    assertThat(shown(c.mentor("ada", "signup mentor topics:java years:9")))
        .contains("Offers: short and long mentorships");
    assertThat(shown(c.mentor("bob", "signup mentor topics:java years:9 format:long")))
        .contains("Offers: long mentorships only");
    assertThat(shown(c.mentor("ada", "edit format:short")))
        .contains("Offers: short mentorships only");
    assertThat(c.strings("SELECT offers_format FROM member ORDER BY user_id"))
        .containsExactly("short", "long");
    assertThat(c.strings("SELECT COALESCE(format, '-') FROM member ORDER BY user_id"))
        .as("a mentor's offer is not a mentee's wish")
        .containsExactly("-", "-");
    assertThat(shown(c.mentor("kim", "profile @bob"))).contains("Offers: long mentorships only");
    assertThat(shown(c.mentor("kim", "find java")))
        .contains("<@bob> — java · 9y · 1 free · long only")
        .contains("<@ada> — java · 9y · 1 free · short only");
    c.mentor("ada", "edit format:both");
    assertThat(shown(c.mentor("kim", "find java"))).contains("<@ada> — java · 9y · 1 free\n");
  }

  @Test
  void menteesChooseOneFormatShownWithItsLengthAndBothIsRefusedClearly() {
    assertThat(problem(c.mentor("kim", "signup mentee topics:java goals:x format:both")))
        .contains("As a mentee, choose one format")
        .contains("`format:short`")
        .contains("`format:long`");
    assertThat(c.count("SELECT COUNT(*) FROM member")).isZero();
    assertThat(shown(c.mentor("kim", "signup mentee topics:java goals:x format:long")))
        .contains("Format: long (6 months)")
        .doesNotContain("Offers:");
    assertThat(shown(c.mentor("kim", "edit format:short")))
        .contains("Format: short (until the goals are reached, at most 8 weeks)")
        .doesNotContain("one session");
    assertThat(problem(c.mentor("kim", "edit format:both"))).contains("choose one format");
    c.mentor("mod", "config short-weeks:4 long-months:12");
    assertThat(shown(c.mentor("kim", "profile"))).contains("at most 4 weeks");
    assertThat(shown(c.mentor("kim", "edit format:long"))).contains("long (12 months)");
  }

  @Test
  void aMemberWithBothRolesSaysWhichRolesFormatTheyMean() {
    c.mentor("ada", "signup mentor topics:java years:9");
    c.mentor("ada", "signup mentee topics:rust goals:\"learn rust\" format:long");
    assertThat(problem(c.mentor("ada", "edit format:short")))
        .contains("both a mentor and a mentee")
        .contains("role:mentor");
    assertThat(problem(c.mentor("ada", "edit format:both role:mentee")))
        .contains("choose one format");
    assertThat(shown(c.mentor("ada", "edit format:short role:mentor")))
        .contains("Offers: short mentorships only")
        .contains("Format: long (6 months)");
    assertThat(shown(c.mentor("ada", "edit format:short role:mentee")))
        .contains("Offers: short mentorships only")
        .contains("Format: short (until");
  }

  @Test
  void aRoundNeverPairsAMenteeWithAMentorWhoDoesNotOfferTheirFormatAndSaysWhy() {
    c.mentor("ada", "signup mentor topics:java years:9 format:short capacity:2");
    c.mentor("bob", "signup mentor topics:java years:9 format:long");
    c.mentor("kim", "signup mentee topics:java years:1 goals:x format:long");
    c.mentor("sam", "signup mentee topics:java years:1 goals:y format:long");
    c.mentor("lee", "signup mentee topics:java years:1 goals:z");
    c.run("mod", "round", "open");
    List.of("ada", "bob", "kim", "sam", "lee").forEach(u -> c.run(u, "round", "join"));
    String preview = shown(c.run("mod", "round", "preview"));
    assertThat(preview)
        .contains("<@ada> → <@lee>")
        .doesNotContain("<@ada> → <@kim>")
        .doesNotContain("<@ada> → <@sam>");
    // One of kim and sam gets bob; for the other bob, the one mentor offering long, is full.
    assertThat(preview)
        .containsPattern("<@bob> → <@(kim|sam)>")
        .containsPattern("<@(kim|sam)>: capacity exhausted: the one eligible mentor is full");
    shown(c.run("mod", "round", "publish"));
    assertThat(c.strings("SELECT format FROM mentorship m ORDER BY id"))
        .containsExactlyInAnyOrder("short", "long");
  }

  @Test
  void aMenteeNoMentorOffersTheirFormatToIsToldSoInWords() {
    c.mentor("ada", "signup mentor topics:java years:9 format:short");
    c.mentor("kim", "signup mentee topics:java years:1 goals:x format:long");
    c.mentor("bob", "signup mentor topics:go years:9");
    c.mentor("lee", "signup mentee topics:go years:1 goals:z format:long");
    c.run("mod", "round", "open");
    List.of("ada", "kim", "bob", "lee").forEach(u -> c.run(u, "round", "join"));
    assertThat(shown(c.run("mod", "round", "preview")))
        .contains(
            "<@kim>: no eligible mentor: the one mentor sharing a topic within 6h offers only"
                + " short mentorships; this mentee wants long");
    c.run("mod", "round", "publish");
    assertThat(
            c.gateway.deliveredTo(new Destination.DirectMessage("kim")).stream()
                .map(TestCommunity::flatten)
                .filter(t -> t.contains("No match this round")))
        .singleElement()
        .asString()
        .contains("don't offer the mentorship format on your profile")
        .doesNotContain("<@ada>");
    assertThat(c.strings("SELECT format FROM mentorship")).containsExactly("long");
  }

  @Test
  void pairingByHandNamesTheFormatAsABrokenRuleThatForceOrAnOfferedFormatSettles() {
    c.mentor("mod", "config mod-channel:#mods");
    c.mentor("ada", "signup mentor topics:java years:9 format:short");
    c.mentor("kim", "signup mentee topics:java years:1 goals:x format:long");
    assertThat(problem(c.run("mod", "round", "pair @ada @kim")))
        .contains("This pair breaks a rule: <@ada> offers short mentorships only")
        .contains("this one would be long")
        .contains("force:yes");
    assertThat(problem(c.run("mod", "round", "pair @ada @kim format:long")))
        .contains("this one would be long");
    assertThat(c.count("SELECT COUNT(*) FROM mentorship")).isZero();
    assertThat(shown(c.run("mod", "round", "pair @ada @kim format:short")))
        .contains("a short mentorship until")
        .doesNotContain("set aside");
    c.run("mod", "round", "unpair @ada @kim");
    assertThat(shown(c.run("mod", "round", "pair @ada @kim force:yes")))
        .contains("a long mentorship until")
        .contains("Rules set aside with force:yes: <@ada> offers short mentorships only");
  }
}
