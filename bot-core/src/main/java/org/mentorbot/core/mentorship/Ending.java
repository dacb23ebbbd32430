package org.mentorbot.core.mentorship;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.text.SafeText;

/**
 * Ending a mentorship early, in each of its ways, with the words each one owes the people involved:
 * a member's {@code /mentor end} (goal reached is a success: thanks, no alert), a moderator's
 * unpair, and a block or leave (the others are told kindly, never why).
 */
final class Ending {

  static final int NOTE_LIMIT = 500;

  private final Mentorships mentorships;
  private final Notices notices;

  Ending(Mentorships mentorships, Notices notices) {
    this.mentorships = mentorships;
    this.notices = notices;
  }

  /** {@code /mentor end} by {@code self}; returns the reply. */
  String byMember(
      Handle tx,
      CommunityId community,
      Mentorship m,
      String self,
      String reason,
      Optional<String> note) {
    Optional<String> clean =
        note.map(String::strip)
            .filter(n -> !n.isEmpty())
            .map(n -> SafeText.clip(SafeText.of(n), NOTE_LIMIT));
    boolean success = reason.equals("goal-reached");
    EndReason why = success ? EndReason.GOAL_REACHED : EndReason.ENDED_EARLY;
    if (!mentorships.end(
        tx, community, m, why, success ? Optional.empty() : Optional.of(reason), clean)) {
      throw alreadyEnded(m, self);
    }
    String whom = m.withWhom(self);
    notices.others(
        tx,
        community,
        m,
        self,
        u ->
            Message.of(
                success
                    ? Mentorship.at(self)
                        + " has marked your mentorship's goal as reached, so it ends here."
                        + " Congratulations, and thank you for the time you gave! A feedback"
                        + " prompt follows."
                    : Mentorship.at(self)
                        + " has ended your "
                        + (m.circle() ? "circle" : "mentorship")
                        + ". Thank you for the time you gave; you are welcome to join the next"
                        + " round. A feedback prompt follows."),
        "mentorship-ended:" + m.id());
    if (!success) {
      notices.moderators(
          tx,
          community,
          m,
          "Mentorship ended early",
          Mentorship.at(self)
              + " ended their "
              + (m.circle() ? "circle" : "mentorship")
              + " with "
              + whom
              + " ("
              + reason
              + ")."
              + clean.map(n -> "\nTheir note: " + n).orElse(""),
          "mentorship-ended-alert:" + m.id());
      return m.describedAtStart(self)
          + " has ended. "
          + (m.circle() ? "The others are" : "They are")
          + " told kindly and never see your reason or note"
          + (clean.isPresent() ? "; the moderators see the note" : "")
          + ". A feedback prompt follows.";
    }
    return "Congratulations on reaching your goal! "
        + m.describedAtStart(self)
        + " ends here; thank you. A feedback prompt follows.";
  }

  /** A moderator's unpair; returns the reply for the moderator. */
  String byModerator(
      Handle tx, CommunityId community, Mentorship m, String moderator, Optional<String> note) {
    Optional<String> clean =
        note.map(String::strip)
            .filter(n -> !n.isEmpty())
            .map(n -> SafeText.clip(SafeText.of(n), NOTE_LIMIT));
    if (!mentorships.end(tx, community, m, EndReason.UNPAIRED, Optional.empty(), clean)) {
      throw new ProblemException(
          "That mentorship has already ended.", "`/round pairs` lists the running ones.");
    }
    for (String u : m.memberIds()) {
      notices.member(
          tx,
          community,
          u,
          Message.of(
              "The moderators have ended "
                  + m.described(u)
                  + ". Thank you for the time you gave; you are welcome to join the next round."
                  + " A feedback prompt follows."),
          "mentorship-unpaired:" + m.id() + ":" + u);
    }
    notices.moderators(
        tx,
        community,
        m,
        "Mentorship ended",
        Mentorship.at(moderator)
            + " ended the "
            + (m.circle() ? "circle of " : "mentorship of ")
            + String.join(", ", m.memberIds().stream().map(Mentorship::at).toList())
            + "."
            + clean.map(n -> "\nNote: " + n).orElse(""),
        "mentorship-unpaired-alert:" + m.id());
    return "Ended the mentorship of "
        + String.join(" and ", m.memberIds().stream().map(Mentorship::at).toList())
        + ". They are told kindly; your note stays with the moderators.";
  }

  /**
   * A block, a leave or a forget-me ended it: the others are told kindly without the reason, the
   * moderators privately. {@code named} is false for forget-me, whose member must not be named.
   */
  void byDeparture(
      Handle tx, CommunityId community, Mentorship m, String leaver, String what, boolean named) {
    if (!mentorships.end(
        tx, community, m, EndReason.BLOCKED_LEFT, Optional.empty(), Optional.empty())) {
      return;
    }
    notices.others(
        tx,
        community,
        m,
        leaver,
        u ->
            Message.of(
                (m.circle()
                        ? "Your circle has changed: "
                            + (named ? Mentorship.at(leaver) : "a member")
                            + " is no longer part of it, so it has ended."
                        : "Your mentorship with "
                            + (named ? Mentorship.at(leaver) : "your partner")
                            + " has ended.")
                    + " Thank you for the time you gave; you are welcome to join the next round."),
        "mentorship-departed:" + m.id());
    notices.moderators(
        tx,
        community,
        m,
        "Mentorship ended",
        "A mentorship ended because "
            + (named ? Mentorship.at(leaver) : "a member")
            + " "
            + what
            + ". Remaining: "
            + String.join(", ", m.othersOf(leaver).stream().map(Mentorship::at).toList())
            + ".",
        "mentorship-departed-alert:" + m.id());
  }

  private static ProblemException alreadyEnded(Mentorship m, String self) {
    return new ProblemException(
        "Your mentorship with " + m.withWhom(self) + " has already ended.",
        "`/mentor matches` shows your current mentorships.");
  }
}
