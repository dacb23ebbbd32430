package org.mentorbot.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.storage.Database;

/** When reminders, check-ins and feedback prompts go out, and to whom. */
class NudgeScheduleTest {

  private CheckinWorld w;

  @AfterEach
  void close() {
    w.close();
  }

  @Test
  void publishSendsIntrosAndARemindAfterTwoDaysWhenNobodyCheckedIn() {
    w = new CheckinWorld().published();
    int before = w.dms("sam").size();
    w.days(1);
    assertThat(w.dms("sam")).hasSize(before);
    w.days(1);
    assertThat(w.dms("sam")).last().isEqualTo("A friendly reminder");
    assertThat(w.dms("ada")).last().isEqualTo("A friendly reminder");
    Message reminder = w.dmMessages("sam").get(w.dmMessages("sam").size() - 1);
    assertThat(reminder.buttons())
        .extracting(b -> b.label())
        .containsExactly("Met", "Scheduled", "Not yet", "Need help", "End");
    assertThat(reminder.buttons().get(0).actionId())
        .isEqualTo("checkin:" + w.pairOf("sam") + ":met");
  }

  @Test
  void noReminderOnceEitherMemberCheckedIn() {
    w = new CheckinWorld().published();
    CheckinWorld.ok(w.mentor("sam", "checkin scheduled"));
    w.days(3);
    assertThat(w.dms("sam")).doesNotContain("A friendly reminder");
    assertThat(w.dms("ada")).doesNotContain("A friendly reminder");
    // The other pair did not check in, so it is reminded.
    assertThat(w.dms("kim")).contains("A friendly reminder");
  }

  @Test
  void checkInsArriveEveryCadenceDaysUntilTheTermEnds() {
    w = new CheckinWorld().published();
    w.days(2);
    w.days(11);
    assertThat(w.dms("ada")).doesNotContain("Check-in 1");
    w.days(1);
    assertThat(w.dms("ada")).contains("Check-in 1");
    w.days(14);
    assertThat(w.dms("ada")).contains("Check-in 2");
    w.days(14);
    assertThat(w.dms("ada")).contains("Check-in 3");
    w.days(12); // two days (reminderDays) before the 8-week term ends
    assertThat(w.dms("ada")).last().isEqualTo("Continue or wrap up?");
    w.days(2);
    assertThat(w.dms("ada")).last().isEqualTo("Your feedback");
    w.days(30);
    assertThat(w.dms("ada").stream().filter(t -> t.startsWith("Check-in"))).hasSize(3);
  }

  @Test
  void aNudgeDueAtNightLocalTimeArrivesAtDayStart() {
    w = new CheckinWorld().signedUp("tz:UTC-06:00");
    CheckinWorld.ok(w.run("mod", "round", "publish"));
    // Due Wednesday 09:00 UTC: 03:00 for sam, whose day starts at 09:00 local = 15:00 UTC.
    w.days(2);
    assertThat(w.dms("ada")).last().isEqualTo("A friendly reminder");
    assertThat(w.dms("sam")).doesNotContain("A friendly reminder");
    w.advance(Duration.ofHours(5).plusMinutes(59));
    assertThat(w.dms("sam")).doesNotContain("A friendly reminder");
    w.advance(Duration.ofMinutes(1));
    assertThat(w.dms("sam")).last().isEqualTo("A friendly reminder");
  }

  @Test
  void aPausedMemberGetsNoNudgesButTheirPartnerDoes() {
    w = new CheckinWorld().published();
    CheckinWorld.ok(w.mentor("sam", "pause"));
    w.days(14);
    assertThat(w.dms("sam")).noneMatch(t -> t.contains("reminder") || t.contains("check-in"));
    assertThat(w.dms("ada")).contains("Check-in 1");
    CheckinWorld.ok(w.mentor("sam", "resume"));
    w.days(14);
    assertThat(w.dms("sam")).contains("Check-in 2");
  }

  @Test
  void aMemberWhoLeftTheRosterIsNotNudged() {
    w = new CheckinWorld().published();
    CheckinWorld.ok(w.mentor("sam", "leave"));
    // Leaving ends the mentorship: ada is told kindly and neither is nudged about it again.
    assertThat(w.dmMessages("ada").stream().map(m -> m.text()))
        .anyMatch(t -> t.startsWith("Your mentorship with <@sam> has ended."));
    w.days(14);
    assertThat(w.dms("sam")).noneMatch(t -> t.contains("reminder") || t.startsWith("Check-in"));
    assertThat(w.dms("ada")).doesNotContain("Check-in 1");
    assertThat(w.dms("kim")).contains("Check-in 1");
  }

  @Test
  void theCheckinsOverviewSectionShowsEachActiveMatchAndItsState() {
    w = new CheckinWorld().published();
    CheckinWorld.ok(w.mentor("ada", "checkin met"));
    Message overview =
        w.core.commands().overview(org.mentorbot.core.testing.TestCommunity.as("sam"));
    assertThat(overview.fields())
        .filteredOn(f -> f.name().equals("Check-ins"))
        .singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualTo("• mentee of <@ada>: last check-in: met"));
  }

  @Test
  void checkInsWhileBothArePausedAreNotCountedAsMissed() {
    w = new CheckinWorld().published();
    CheckinWorld.ok(w.mentor("sam", "pause"));
    CheckinWorld.ok(w.mentor("ada", "pause"));
    w.days(14);
    w.days(14);
    w.days(14);
    assertThat(w.alerts()).noneMatch(a -> a.contains("<@sam>"));
    assertThat(w.count("SELECT misses FROM checkin_pair WHERE pair_id = " + w.pairOf("sam")))
        .isZero();
    assertThat(w.alerts()).anyMatch(a -> a.contains("<@kim> (mentee)"));
  }

  @Test
  void afterSixtyDaysOfDowntimeEachMemberGetsOneNudgeNotFive() {
    w =
        new CheckinWorld(
                CheckinWorld.shortWeeks(13), org.mentorbot.core.testing.TestDatabase.fresh())
            .published();
    int before = w.dms("ada").size();
    w.days(60);
    // Reminder and check-ins 1-4 were all overdue; only the newest (check-in 4) ran.
    assertThat(w.dms("ada").subList(before, w.dms("ada").size())).containsExactly("Check-in 4");
    assertThat(w.dms("sam")).containsOnlyOnce("Check-in 4");
    assertThat(w.dms("sam")).noneMatch(t -> t.contains("reminder") || t.contains("check-in 1"));
    // Skipped check-ins are the bot's fault, not the pair's: nothing counts as missed.
    assertThat(w.count("SELECT misses FROM checkin_pair WHERE pair_id = " + w.pairOf("sam")))
        .isZero();
  }

  @Test
  void aRestartedCoreSendsWhatWasDueWhileItWasDownExactlyOnce(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String file = dir.resolve("bot.db").toString();
    w =
        new CheckinWorld(
                org.mentorbot.core.community.CommunitySettings.defaults(), Database.openFile(file))
            .published();
    java.time.Instant now = w.clock.instant();
    w.close();
    w =
        new CheckinWorld(
            org.mentorbot.core.community.CommunitySettings.defaults(), Database.openFile(file));
    w.clock.set(now.plus(Duration.ofDays(2)));
    w.core.runDueWork();
    w.core.runDueWork();
    assertThat(w.dms("sam")).containsExactly("A friendly reminder");
  }
}
