package org.mentorbot.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentorbot.core.testing.TestCommunity.problem;
import static org.mentorbot.core.testing.TestCommunity.shown;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.OptionSpec;
import org.mentorbot.core.community.SettingKey;
import org.mentorbot.core.testing.TestCommunity;

/** {@code /mentor config} over the one settings table. */
class ConfigCommandTest {

  private final TestCommunity c = new TestCommunity();

  @AfterEach
  void close() {
    c.close();
  }

  @Test
  void everyRowOfTheSettingsTableIsAnOptionOfMentorConfigAndIsShown() {
    var options =
        Catalogue.get("mentor", "config").options().stream().map(OptionSpec::name).toList();
    String shown = shown(c.mentor("mod", "config"));
    for (SettingKey key : SettingKey.values()) {
      assertThat(options).as(key.name()).contains(key.optionName());
      assertThat(shown).as(key.name()).contains("\n" + key.optionName() + ": ");
    }
    assertThat(options)
        .contains(
            "short-weeks", "long-months", "reminder-days", "ask-expiry-hours", "auto-publish");
  }

  @Test
  void savesTheNewSettingsAndSaysWhatChanged() {
    assertThat(
            shown(
                c.mentor(
                    "mod",
                    "config reminder-days:3 ask-expiry-hours:48 auto-publish:off short-weeks:6"
                        + " long-months:9")))
        .contains(
            "Saved: ask-expiry-hours 48, reminder-days 3, short-weeks 6, long-months 9,"
                + " auto-publish off.");
    var settings =
        c.db.read(
            h ->
                new org.mentorbot.core.community.SettingsStore(
                        p -> org.mentorbot.core.community.CommunitySettings.defaults(),
                        new org.mentorbot.core.community.CommunityStore(c.clock))
                    .load(h, TestCommunity.ID));
    assertThat(settings.reminderDays()).isEqualTo(3);
    assertThat(settings.askExpiryHours()).isEqualTo(48);
    assertThat(settings.autoPublish()).isFalse();
    assertThat(settings.shortWeeks()).isEqualTo(6);
    assertThat(settings.longMonths()).isEqualTo(9);
  }

  @Test
  void aRuleBetweenTwoSettingsIsCheckedOnTheChangesTogetherAndARefusalChangesNothing() {
    assertThat(problem(c.mentor("mod", "config day-start:21:00 queue-limit:5")))
        .contains("`day-end:` must be after day-start (21:00), was 20:00.")
        .contains("Nothing was changed");
    assertThat(shown(c.mentor("mod", "config"))).contains("queue-limit: 2");
    // Both ends moved in one command are fine, although either alone would not be.
    assertThat(shown(c.mentor("mod", "config day-start:21:00 day-end:23:00")))
        .contains(
            "day-end 23:00, day-start 21:00"
                .replace("day-end 23:00, day-start 21:00", "day-start 21:00, day-end 23:00"));
    assertThat(problem(c.mentor("mod", "config reminder-days:14 short-weeks:2")))
        .contains("`reminder-days:` must be less than short-weeks in days (14), was 14.");
  }
}
