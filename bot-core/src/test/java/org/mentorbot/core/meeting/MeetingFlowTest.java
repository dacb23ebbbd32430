package org.mentorbot.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.messaging.Attachment;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.messaging.TimeTokens;
import org.mentorbot.core.testing.RecordingChatGateway;
import org.mentorbot.core.testing.TestCommunity;

/**
 * Meetings end to end through the real core, from Monday 2 March 2026 09:00 UTC: mentor ada in
 * London (GMT all month), mentee sam in Toronto (EST, then EDT from Sunday 8 March), matched by a
 * published round.
 */
class MeetingFlowTest {

  private TestCommunity t;
  private int seen;

  @BeforeEach
  void publish() {
    t = new TestCommunity();
    ok(t.mentor("ada", "signup mentor topics:java years:10 tz:Europe/London"));
    ok(
        t.mentor(
            "sam",
            "signup mentee topics:java goals:\"First backend job\" years:1 tz:America/Toronto"));
    ok(t.run("mod", "round", "open"));
    ok(t.run("ada", "round", "join"));
    ok(t.run("sam", "round", "join"));
    ok(t.run("mod", "round", "publish"));
    fresh();
  }

  @AfterEach
  void close() {
    t.close();
  }

  private static void ok(Reply reply) {
    TestCommunity.shown(reply);
  }

  /** What was delivered about meetings since the last call. */
  private List<RecordingChatGateway.Delivery> fresh() {
    List<RecordingChatGateway.Delivery> all = t.deliveries();
    List<RecordingChatGateway.Delivery> out =
        all.subList(seen, all.size()).stream().filter(MeetingFlowTest::aboutMeetings).toList();
    seen = all.size();
    return out;
  }

  /** Leaves out the check-ins' own nudges, which run beside meetings. */
  private static boolean aboutMeetings(RecordingChatGateway.Delivery d) {
    Message m = d.message();
    return m.title().startsWith("Meeting")
        || m.buttons().stream().noneMatch(b -> b.actionId().startsWith("checkin:"));
  }

  private static List<Message> dms(List<RecordingChatGateway.Delivery> ds, String user) {
    return ds.stream()
        .filter(d -> d.destination().equals(new Destination.DirectMessage(user)))
        .map(RecordingChatGateway.Delivery::message)
        .toList();
  }

  /** As sam reads it (Toronto). */
  private static String asSam(String text, Instant now) {
    return TimeTokens.plain(text, java.time.ZoneId.of("America/Toronto"), now);
  }

  private static Component event(Attachment file) throws Exception {
    Calendar calendar =
        new CalendarBuilder()
            .build(new StringReader(new String(file.content(), StandardCharsets.UTF_8)));
    return calendar.getComponents(Component.VEVENT).get(0);
  }

  private static String method(Attachment file) throws Exception {
    return new CalendarBuilder()
        .build(new StringReader(new String(file.content(), StandardCharsets.UTF_8)))
        .<Property>getProperty(Property.METHOD)
        .orElseThrow()
        .getValue();
  }

  private static String prop(Component c, String name) {
    return c.<Property>getProperty(name).orElseThrow().getValue();
  }

  private String actionOf(Message m, String prefix) {
    return m.buttons().stream()
        .map(Button::actionId)
        .filter(a -> a.startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  private void at(String instant) {
    t.clock.advance(Duration.between(t.clock.instant(), Instant.parse(instant)));
    t.core.runDueWork();
  }

  @Test
  void timesAreReadInTheCallersZoneWithClearErrors() {
    assertThat(TestCommunity.problem(t.mentor("sam", "meet @ada when:\"2026-03-01 10:00\"")))
        .isEqualTo(
            "That time has passed: it is Mon 2 Mar 04:00 America/Toronto now. Pick a time ahead,"
                + " in your timezone (America/Toronto).");
    assertThat(TestCommunity.problem(t.mentor("sam", "meet @ada when:\"next tuesday\"")))
        .startsWith("I can't read the time \"next tuesday\". Write it as");
    assertThat(TestCommunity.problem(t.mentor("sam", "meet @ada when:\"2026-03-08 02:30\"")))
        .startsWith("02:30 does not exist on 2026-03-08 in America/Toronto: the clocks go forward");
    // 06:00 in Toronto is 11:00 in London: fine for ada, too early for sam.
    assertThat(TestCommunity.problem(t.mentor("sam", "meet @ada when:\"2026-03-10 06:00\"")))
        .startsWith("That is outside your daytime: Tue 10 Mar 06:00–06:45 America/Toronto");
    // 15:30 in Toronto (EDT) is 19:30 in London: ada's day ends at 20:00, so 45 minutes don't fit.
    assertThat(TestCommunity.problem(t.mentor("sam", "meet @ada when:\"2026-03-10 15:30\"")))
        .startsWith("That is outside <@ada>'s daytime: Tue 10 Mar 19:30–20:15 Europe/London");
    assertThat(TestCommunity.problem(t.mentor("sam", "meet @kim when:\"2026-03-10 10:00\"")))
        .startsWith("You have no running mentorship with <@kim>.");
    assertThat(t.count("SELECT COUNT(*) FROM meeting")).isZero();

    ok(t.mentor("sam", "meet @ada when:\"2026-03-10 06:00\" anyway:yes"));
    assertThat(t.count("SELECT COUNT(*) FROM meeting")).isEqualTo(1);
  }

  @Test
  void aProposalAcceptedRescheduledAndFollowedUpWithMatchingInvites() throws Exception {
    Reply proposed = t.mentor("sam", "meet @ada when:\"2026-03-10 10:00\"");
    assertThat(asSam(TestCommunity.shown(proposed), t.clock.instant()))
        .contains("Proposed meeting #1 to <@ada>: Tue 10 Mar 10:00 America/Toronto (in 8 days)");
    Message proposal = dms(fresh(), "ada").get(0);
    assertThat(TimeTokens.plain(proposal.text(), ZoneOffset.UTC, t.clock.instant()))
        .contains("<@sam> proposes a meeting: Tue 10 Mar 14:00 UTC (in 8 days), 45 minutes.");

    ok(t.press("ada", actionOf(proposal, "meet:accept:")));
    List<RecordingChatGateway.Delivery> set = fresh();
    Attachment adaFile = dms(set, "ada").get(0).attachment().orElseThrow();
    Attachment samFile = dms(set, "sam").get(0).attachment().orElseThrow();
    assertThat(adaFile.fileName()).isEqualTo("meeting-1.ics");
    Component first = event(adaFile);
    assertThat(prop(first, Property.UID)).isEqualTo("meeting-1-console-test@mentorbot");
    assertThat(prop(first, Property.DTSTART)).isEqualTo("20260310T140000Z");
    assertThat(Duration.parse(prop(first, Property.DURATION))).isEqualTo(Duration.ofMinutes(45));
    assertThat(prop(first, Property.SEQUENCE)).isEqualTo("0");
    assertThat(prop(first, Property.DESCRIPTION)).contains("Open goals:\n1. First backend job");
    assertThat(method(adaFile)).isEqualTo("PUBLISH");
    assertThat(prop(event(samFile), Property.UID)).isEqualTo(prop(first, Property.UID));

    // A day before: the mentee is asked for an agenda; the mentor gets it at once.
    at("2026-03-09T13:59:00Z");
    assertThat(fresh()).isEmpty();
    at("2026-03-09T14:00:00Z");
    List<RecordingChatGateway.Delivery> dayBefore = fresh();
    assertThat(dms(dayBefore, "ada")).isEmpty();
    assertThat(dms(dayBefore, "sam"))
        .singleElement()
        .extracting(Message::text)
        .asString()
        .contains("Come with questions");
    ok(t.mentor("sam", "agenda text:\"Tried Spring Boot; want a CV review\""));
    assertThat(dms(fresh(), "ada"))
        .singleElement()
        .extracting(Message::text)
        .asString()
        .contains("Tried Spring Boot; want a CV review");

    // ada moves it an hour later; sam accepts: same UID, SEQUENCE 1, new start.
    ok(t.mentor("ada", "meet @sam when:\"2026-03-10 15:00\" move:1"));
    Message move = dms(fresh(), "sam").get(0);
    ok(t.press("sam", actionOf(move, "meet:accept:")));
    List<RecordingChatGateway.Delivery> moved = fresh();
    Component second = event(dms(moved, "sam").get(0).attachment().orElseThrow());
    assertThat(prop(second, Property.UID)).isEqualTo("meeting-1-console-test@mentorbot");
    assertThat(prop(second, Property.SEQUENCE)).isEqualTo("1");
    assertThat(prop(second, Property.DTSTART)).isEqualTo("20260310T150000Z");
    assertThat(dms(moved, "ada").get(0).text()).startsWith("Meeting #1 has moved");

    // The old reminder (13:00 UTC) is gone; the new one comes an hour before, with the agenda.
    at("2026-03-10T13:00:00Z");
    assertThat(fresh()).isEmpty();
    at("2026-03-10T14:00:00Z");
    List<RecordingChatGateway.Delivery> reminders = fresh();
    assertThat(dms(reminders, "ada"))
        .singleElement()
        .extracting(Message::text)
        .asString()
        .contains("starts <t:")
        .contains("Their agenda: Tried Spring Boot; want a CV review");
    assertThat(dms(reminders, "sam"))
        .singleElement()
        .extracting(Message::text)
        .asString()
        .doesNotContain("agenda");

    // At its end, the follow-up: its buttons are the check-in's, so an answer counts as one.
    at("2026-03-10T15:44:00Z");
    assertThat(fresh()).isEmpty();
    at("2026-03-10T15:45:00Z");
    Message followUp = dms(fresh(), "sam").get(0);
    assertThat(followUp.text()).startsWith("How did it go with <@ada>? Anything for next time?");
    String met = actionOf(followUp, "checkin:");
    assertThat(met).endsWith(":met");
    ok(t.press("sam", met));
    assertThat(t.count("SELECT COUNT(*) FROM checkin_answer WHERE answer = 'met'")).isEqualTo(1);
    java.util.Map<Integer, MeetingStats.RoundMeetings> stats =
        t.db.read(h -> MeetingStats.perRound(h, 1, t.clock.instant()));
    assertThat(stats).containsEntry(1, new MeetingStats.RoundMeetings(1, 1, 1));
  }

  @Test
  void cancellingSendsACancelWithTheSameUidAndStopsTheReminders() throws Exception {
    ok(t.mentor("ada", "meet @sam when:\"2026-03-04 15:00\""));
    ok(t.press("sam", actionOf(dms(fresh(), "sam").get(0), "meet:accept:")));
    fresh();

    Reply cancelled = t.mentor("sam", "meetings cancel:1");
    assertThat(TestCommunity.shown(cancelled)).contains("Meeting #1 is cancelled");
    List<RecordingChatGateway.Delivery> out = fresh();
    for (String member : List.of("ada", "sam")) {
      Attachment file = dms(out, member).get(0).attachment().orElseThrow();
      assertThat(method(file)).isEqualTo("CANCEL");
      Component event = event(file);
      assertThat(prop(event, Property.UID)).isEqualTo("meeting-1-console-test@mentorbot");
      assertThat(prop(event, Property.SEQUENCE)).isEqualTo("1");
      assertThat(prop(event, Property.STATUS)).isEqualTo("CANCELLED");
    }
    at("2026-03-05T00:00:00Z");
    assertThat(fresh()).isEmpty();
    assertThat(TestCommunity.problem(t.mentor("sam", "meetings cancel:1")))
        .startsWith("Meeting #1 is cancelled.");
  }

  @Test
  void anotherTimeTellsTheProposerAndTheMeetingsListOffersSharedHours() {
    ok(t.mentor("sam", "meet @ada when:\"2026-03-10 10:00\""));
    ok(t.press("ada", actionOf(dms(fresh(), "ada").get(0), "meet:other:")));
    assertThat(dms(fresh(), "sam"))
        .singleElement()
        .extracting(Message::text)
        .asString()
        .contains("<@ada> can't make");

    Message list = ((Reply.Shown) t.mentor("ada", "meetings")).message();
    assertThat(list.text())
        .contains("No meetings planned yet.")
        .contains("Shared hours with <@sam> this week:")
        // Monday 2 March: London 14:00-20:00 GMT is Toronto 09:00-15:00 EST.
        .contains(
            "<@ada> Mon 2 Mar 14:00–20:00 Europe/London; <@sam> Mon 2 Mar 09:00–15:00"
                + " America/Toronto");
    assertThat(list.buttons()).extracting(Button::actionId).contains("meet:offer:1:1772460000");
    ok(t.press("sam", "meet:offer:1:1772460000"));
    assertThat(t.count("SELECT COUNT(*) FROM meeting WHERE state = 'proposed'")).isEqualTo(1);
    assertThat(TestCommunity.problem(t.press("kim", "meet:offer:1:1772460000")))
        .startsWith("Only the members of this mentorship");
  }

  @Test
  void onlyTheMenteeWritesTheAgendaAndForgetMeErasesMeetingsAndAgendas() {
    ok(t.mentor("ada", "meet @sam when:\"2026-03-04 15:00\""));
    ok(t.press("sam", actionOf(dms(fresh(), "sam").get(0), "meet:accept:")));
    assertThat(TestCommunity.problem(t.mentor("ada", "agenda text:\"x\"")))
        .startsWith("The agenda is the mentee's");
    ok(t.mentor("sam", "agenda text:\"Mock interview please\""));

    java.util.Map<?, ?> export =
        (java.util.Map<?, ?>) t.db.read(h -> new MeetingData().export(h, 1, "sam"));
    assertThat((List<?>) export.get("meetings")).hasSize(1);
    assertThat(export.get("agendas").toString()).contains("Mock interview please");
    assertThat(
            (List<?>)
                ((java.util.Map<?, ?>) t.db.read(h -> new MeetingData().export(h, 1, "ada")))
                    .get("agendas"))
        .isEmpty();

    t.db.writeVoid(h -> new MeetingData().erase(h, 1, "sam"));
    assertThat(t.count("SELECT COUNT(*) FROM meeting")).isZero();
    assertThat(t.count("SELECT COUNT(*) FROM meeting_agenda")).isZero();
  }
}
