package org.mentorbot.core.roster;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.command.Options;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.text.Topics;

/** Applies signup/edit options to a profile, refusing options that do not fit the role. */
final class ProfileChanges {

  private ProfileChanges() {}

  /** Which role's fields an edit touches. */
  enum Target {
    MENTOR,
    MENTEE,
    BOTH
  }

  static Profile apply(
      Profile p, Options o, Map<String, String> aliases, Target target, String displayName) {
    boolean mentorSide = target != Target.MENTEE;
    boolean menteeSide = target != Target.MENTOR;
    if (!mentorSide && o.has("capacity")) {
      throw onlyFor("capacity", "mentors");
    }
    if (!menteeSide && o.has("goals")) {
      throw onlyFor("goals", "mentees");
    }
    Optional<String> format = o.text("format");
    if (format.isPresent() && target == Target.BOTH) {
      throw new ProblemException(
          "You are both a mentor and a mentee: `format:` is what you offer as a mentor and what you"
              + " want as a mentee.",
          "Add `role:mentor` (short, long or both) or `role:mentee` (short or long).");
    }
    if (format.isPresent() && target == Target.MENTEE && format.get().equals("both")) {
      throw new ProblemException(
          "As a mentee, choose one format: `format:short` (until your goals are reached, a few"
              + " weeks) or `format:long` (months).",
          "`format:both` is for mentors, who can offer both.");
    }
    List<String> topics = o.list("topics").map(t -> Topics.normalise(t, aliases)).orElse(null);
    return new Profile(
        p.userId(),
        displayName,
        p.mentor() || target == Target.MENTOR,
        p.mentee() || target == Target.MENTEE,
        topics != null && mentorSide ? topics : p.mentorTopics(),
        topics != null && menteeSide ? topics : p.menteeTopics(),
        o.text("goals").or(p::goals),
        o.integer("years").or(p::years),
        o.zone("tz").or(p::zone),
        o.integer("capacity").orElse(p.capacity()),
        o.list("languages").map(Topics::languages).orElse(p.languages()),
        o.text("bio").or(p::bio),
        format.filter(f -> menteeSide).map(MentorshipFormat::of).or(p::format),
        format.filter(f -> mentorSide).map(FormatOffer::of).orElse(p.offers()),
        p.paused(),
        p.pausedUntil());
  }

  static Profile withPause(Profile p, boolean paused, Optional<java.time.LocalDate> until) {
    return new Profile(
        p.userId(),
        p.displayName(),
        p.mentor(),
        p.mentee(),
        p.mentorTopics(),
        p.menteeTopics(),
        p.goals(),
        p.years(),
        p.zone(),
        p.capacity(),
        p.languages(),
        p.bio(),
        p.format(),
        p.offers(),
        paused,
        until);
  }

  private static ProblemException onlyFor(String option, String who) {
    return new ProblemException(
        "`" + option + ":` is only for " + who + ".",
        "Leave it out, or sign up as one of the " + who + ".");
  }
}
