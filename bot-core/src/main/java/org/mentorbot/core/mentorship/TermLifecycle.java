package org.mentorbot.core.mentorship;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.roster.MentorshipFormat;
import org.mentorbot.core.schedule.JobHandler;

/**
 * The end of a term. {@code reminderDays} before the planned end every member gets Continue / Wrap
 * up ({@code mentorship:<id>:continue|wrap-up}); when everyone continued it is extended by one term
 * at once, otherwise on the planned end it ends as "term completed" and the feedback prompt goes
 * out. Job payloads name the term, so a job of an earlier term does nothing.
 */
final class TermLifecycle implements ActionHandler {

  static final String PREFIX = "mentorship";

  private final Mentorships mentorships;
  private final Notices notices;

  TermLifecycle(Mentorships mentorships, Notices notices) {
    this.mentorships = mentorships;
    this.notices = notices;
  }

  List<JobHandler> handlers() {
    return List.of(
        JobHandler.of(Mentorships.ASK_JOB, this::askDue),
        JobHandler.of(Mentorships.TERM_JOB, this::termDue));
  }

  private void askDue(Handle tx, CommunityId community, String payload) {
    String[] parts = payload.split(":", -1);
    long id = Long.parseLong(parts[0]);
    int term = Integer.parseInt(parts[1]);
    Optional<Mentorship> found = mentorships.store.find(tx, id);
    if (found.isEmpty() || !mentorships.store.markEnding(tx, id, term)) {
      return;
    }
    CommunitySettings s = mentorships.context.settings().load(tx, community);
    Mentorship m = answerWindowAfterOutage(tx, community, found.get(), s);
    Instant next = Terms.end(m.plannedEnd(), m.format(), s);
    for (String u : m.memberIds()) {
      notices.member(
          tx,
          community,
          u,
          Message.builder(
                  m.describedAtStart(u)
                      + " is planned to end on "
                      + Dates.day(m.plannedEnd())
                      + ". Would you like to continue for another "
                      + length(m, s)
                      + " (until "
                      + Dates.day(next)
                      + ")? If everyone presses Continue it goes on; otherwise it wraps up on "
                      + Dates.day(m.plannedEnd())
                      + " and I'll ask for your feedback.")
              .title("Continue or wrap up?")
              .button(Button.primary("Continue", PREFIX + ":" + id + ":continue"))
              .button(Button.secondary("Wrap up", PREFIX + ":" + id + ":wrap-up"))
              .build(),
          "mentorship-ask:" + id + ":" + term + ":" + u);
    }
  }

  /**
   * A question that comes more than a day late (the bot was offline) would give the members no time
   * to answer before the term ends, so the planned end moves to a full {@code reminderDays} from
   * now and the term job follows it.
   */
  private Mentorship answerWindowAfterOutage(
      Handle tx, CommunityId community, Mentorship m, CommunitySettings s) {
    Instant now = mentorships.now();
    Instant fullWindow = now.plus(Duration.ofDays(s.reminderDays()));
    if (!fullWindow.isAfter(m.plannedEnd().plus(Duration.ofDays(1)))) {
      return m;
    }
    mentorships.postpone(tx, community, m, fullWindow);
    return mentorships.store.find(tx, m.id()).orElseThrow();
  }

  private static String length(Mentorship m, CommunitySettings s) {
    return m.format() == MentorshipFormat.LONG
        ? s.longMonths() + (s.longMonths() == 1 ? " month" : " months")
        : s.shortWeeks() + (s.shortWeeks() == 1 ? " week" : " weeks");
  }

  private void termDue(Handle tx, CommunityId community, String payload) {
    String[] parts = payload.split(":", -1);
    Optional<Mentorship> found = mentorships.store.find(tx, Long.parseLong(parts[0]));
    if (found.isEmpty()
        || !found.get().running()
        || found.get().terms() != Integer.parseInt(parts[1])
        || found.get().plannedEnd().isAfter(mentorships.now())) {
      // Ended, extended, or postponed after an outage (a later job ends that term).
      return;
    }
    Mentorship m = found.get();
    if (m.everyoneContinues()) {
      extend(tx, community, m);
      return;
    }
    if (mentorships.end(
        tx, community, m, EndReason.TERM_COMPLETED, Optional.empty(), Optional.empty())) {
      for (String u : m.memberIds()) {
        notices.member(
            tx,
            community,
            u,
            Message.of(
                m.describedAtStart(u)
                    + " has completed its term. Thank you for the time you gave each other!"
                    + " A feedback prompt follows."),
            "mentorship-done:" + m.id() + ":" + u);
      }
    }
  }

  private void extend(Handle tx, CommunityId community, Mentorship m) {
    if (!mentorships.extend(tx, community, m)) {
      return;
    }
    Mentorship next = mentorships.store.find(tx, m.id()).orElseThrow();
    for (String u : m.memberIds()) {
      notices.member(
          tx,
          community,
          u,
          Message.of(
              "Everyone chose to continue: "
                  + m.described(u)
                  + " goes on until "
                  + Dates.day(next.plannedEnd())
                  + ". Check-ins continue as before."),
          "mentorship-extended:" + m.id() + ":" + next.terms() + ":" + u);
    }
  }

  @Override
  public String prefix() {
    return PREFIX;
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    String[] parts = argument.split(":", -1);
    Optional<TermChoice> choice = parts.length == 2 ? TermChoice.parse(parts[1]) : Optional.empty();
    if (choice.isEmpty() || !parts[0].matches("\\d{1,18}")) {
      throw new ProblemException(
          "That button is not one I know.", "`/mentor matches` shows your mentorships.");
    }
    String self = invocation.actor().userId();
    return mentorships
        .context
        .db()
        .write(
            tx -> {
              long c = mentorships.context.communities().idOf(tx, invocation.community());
              Mentorship m =
                  mentorships
                      .store
                      .find(tx, Long.parseLong(parts[0]))
                      .filter(x -> x.communityId() == c && x.involves(self))
                      .orElseThrow(
                          () ->
                              new ProblemException(
                                  "Only the members of this mentorship can answer.",
                                  "Use the buttons in your own messages."));
              if (!m.running()) {
                throw new ProblemException(
                    m.describedAtStart(self) + " has already ended.",
                    "`/mentor matches` shows your current mentorships.");
              }
              mentorships.store.choose(tx, m.id(), self, choice.get());
              Mentorship now = mentorships.store.find(tx, m.id()).orElseThrow();
              if (choice.get() == TermChoice.WRAP_UP) {
                return Reply.privately(
                    "Noted: "
                        + m.described(self)
                        + " wraps up on "
                        + Dates.day(m.plannedEnd())
                        + ". Thank you! I'll ask for your feedback then.");
              }
              if (now.everyoneContinues()) {
                extend(tx, invocation.community(), now);
                Mentorship next = mentorships.store.find(tx, m.id()).orElseThrow();
                return Reply.privately(
                    "Everyone chose to continue: it goes on until "
                        + Dates.day(next.plannedEnd())
                        + ".");
              }
              return Reply.privately(
                  "Noted: you'd like to continue. If "
                      + (m.circle() ? "everyone else" : m.withWhom(self))
                      + " does too, it goes on for another term; otherwise it wraps up on "
                      + Dates.day(m.plannedEnd())
                      + ".");
            });
  }
}
