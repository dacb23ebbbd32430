package org.mentorbot.core.matching;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mentorbot.core.matching.engine.Circle;
import org.mentorbot.core.matching.engine.CircleResult;
import org.mentorbot.core.matching.engine.MatchedPair;
import org.mentorbot.core.matching.engine.Offsets;
import org.mentorbot.core.matching.engine.UnmatchedMentee;
import org.mentorbot.core.mentorship.Dates;
import org.mentorbot.core.mentorship.Mentorship;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.roster.MentorshipFormat;
import org.mentorbot.core.roster.Profile;
import org.mentorbot.core.text.SafeText;
import org.mentorbot.core.text.TimeZones;

/**
 * The messages a published round sends: an intro per pair or circle (why they were matched, the
 * mentee's goals, suggested first questions) and a note to each waitlisted mentee. Member-written
 * text (names, goals) goes through {@link SafeText}; only the people addressed are mentioned.
 */
final class IntroMessages {

  private final Plan plan;

  IntroMessages(Plan plan) {
    this.plan = plan;
  }

  Message pair(MatchedPair pair, Mentorship mentorship) {
    Round round = plan.round();
    Profile mentor = plan.profiles().get(pair.mentorId());
    Profile mentee = plan.profiles().get(pair.menteeId());
    List<String> shared = new ArrayList<>(mentee.menteeTopics());
    shared.retainAll(mentor.mentorTopics());
    String topics = shared.isEmpty() ? "your topics" : String.join(", ", shared);
    Message.Builder m =
        Message.builder(
                mention(mentor)
                    + ", meet "
                    + mention(mentee)
                    + "! You are matched in round "
                    + round.number()
                    + ": "
                    + mention(RoundPublisher.reverseSwap(plan, pair) ? mentee : mentor)
                    + " mentors, "
                    + mention(RoundPublisher.reverseSwap(plan, pair) ? mentor : mentee)
                    + " learns. Say hello here and agree on a first meeting this week.")
            .title("Meet your match — round " + round.number())
            .mention(mentor.userId())
            .mention(mentee.userId())
            .field("Why you two", bullets(reasons(mentor, mentee, shared, round.matchAt())))
            .field("Your mentorship", term(mentorship))
            .field(
                "Goals of " + name(mentee),
                mentee
                    .goals()
                    .map(g -> SafeText.clip(SafeText.of(g), 500))
                    .orElse("Not written down yet — a good first thing to talk about."));
    if (round.kind() == org.mentorbot.core.matching.engine.RoundKind.REVERSE) {
      boolean swap = RoundPublisher.reverseSwap(plan, pair);
      Profile teacher = swap ? mentee : mentor;
      Profile learner = swap ? mentor : mentee;
      m.field(
          "Reverse mentoring",
          "This round turns mentoring around: "
              + mention(teacher)
              + ", with fewer years in the field, shares what they know best (newer tools, fresh"
              + " eyes) with "
              + mention(learner)
              + ", who brings the longer experience. You both learn.");
    }
    List<String> questions = new ArrayList<>();
    questions.add(
        mentee.goals().isPresent()
            ? name(mentee) + ": what would make this mentorship a success for you?"
            : name(mentee) + ": what do you most want to get out of these months?");
    questions.add("Where are you today with " + topics + ", and where should you start?");
    questions.add(
        name(mentor)
            + ": what do you wish you had known about "
            + (shared.isEmpty() ? "this" : shared.get(0))
            + " when you started?");
    questions.add(when(List.of(mentor, mentee), round.matchAt()));
    questions.add("How will you keep in touch between meetings?");
    m.field("Suggested first questions", bullets(questions));
    return m.build();
  }

  Message circle(Circle circle, int number, Mentorship mentorship) {
    Round round = plan.round();
    List<Profile> members =
        circle.members().stream().map(plan.profiles()::get).filter(Objects::nonNull).toList();
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < members.size(); i++) {
      names.append(i == 0 ? "" : i == members.size() - 1 ? " and " : ", ");
      names.append(mention(members.get(i)));
    }
    Message.Builder m =
        Message.builder(
                "Welcome to circle "
                    + number
                    + " of round "
                    + round.number()
                    + ": "
                    + names
                    + ". Say hello and pick a time for your first call.")
            .title("Your peer circle — round " + round.number());
    members.forEach(p -> m.mention(p.userId()));
    m.field(
        "You share",
        circle.sharedTopics().isEmpty()
            ? "a wish to learn"
            : String.join(", ", circle.sharedTopics()));
    m.field("Your circle", term(mentorship));
    m.field(
        "Suggested first questions",
        bullets(
            List.of(
                "What is each of you working on, and what is in your way?",
                "What would you like this circle to help you do by the end of the round?",
                when(members, round.matchAt()),
                "Who will host the first call?")));
    return m.build();
  }

  /** The note to a mentee the round could not match; blocks are never named. */
  static Message waitlisted(Round round, UnmatchedMentee mentee) {
    String why =
        switch (mentee.cause()) {
          case MENTEE_PAUSED -> "you are paused";
          case NO_MENTORS -> "no mentors joined this round";
          case NO_SHARED_TOPIC -> "no mentor in this round covers your topics";
          case TIMEZONE_TOO_FAR -> "the mentors for your topics are too far away in timezone";
          case NO_SHARED_LANGUAGE -> "the mentors for your topics don't share a language with you";
          case FORMAT_NOT_OFFERED ->
              "the mentors for your topics don't offer the mentorship format on your profile"
                  + " (`/mentor edit format:short` or `format:long` changes it)";
          case NOT_ENOUGH_EXPERIENCE ->
              "the mentors for your topics are not far enough ahead in experience";
          case RECENTLY_MATCHED -> "you were matched with the suitable mentors recently";
          default -> "every suitable mentor was already full";
        };
    return Message.builder(
            "Round "
                + round.number()
                + " is published, but I could not find you a mentor this time: "
                + why
                + ". You are on the waitlist, which gives you priority next round. Meanwhile,"
                + " `/mentor find <topic>` shows mentors you can ask for a one-off chat.")
        .title("No match this round")
        .build();
  }

  /** The note to a mentor who joined and got no mentee; blocks are never named. */
  static Message noMentee(Round round, String why) {
    return Message.builder(
            "Round "
                + round.number()
                + " is published, and this time you have no mentee: "
                + why
                + ". Thank you for offering your time! You stay on the roster: join the next round"
                + " when it opens, and meanwhile mentees can reach you with `/mentor ask`.")
        .title("No mentee this round")
        .build();
  }

  /**
   * The note to a mentee who joined while their mentorship still runs ({@code why} names their
   * mentor and its planned end).
   */
  static Message alreadyMatched(Round round, String why) {
    return Message.builder(
            "Round "
                + round.number()
                + " is published. You were not matched again because you are "
                + why
                + ". When that mentorship ends, join the next round for a new mentor.")
        .title("No new match this round")
        .build();
  }

  /** The note to a peer no circle could take; blocks are never named. */
  static Message unplaced(Round round, CircleResult.UnplacedPeer peer) {
    // The engine's reasons are written for members; a pause is said plainly.
    String why = peer.reason().startsWith("paused") ? "you are paused" : peer.reason();
    return Message.builder(
            "Round "
                + round.number()
                + " is published, but I could not place you in a peer circle this time: "
                + why
                + ". Join the next round to try again.")
        .title("No circle this round")
        .build();
  }

  private static String when(List<Profile> people, Instant at) {
    List<ZoneId> zones =
        people.stream().map(p -> p.zone().orElse((ZoneId) ZoneOffset.UTC)).toList();
    int widest = 0;
    for (ZoneId a : zones) {
      for (ZoneId b : zones) {
        widest =
            Math.max(
                widest,
                Offsets.distanceMinutes(
                    Offsets.offsetMinutes(a, at), Offsets.offsetMinutes(b, at)));
      }
    }
    if (widest == 0) {
      return "Which day and time suit you for a regular call? You share a timezone.";
    }
    String list = String.join(" / ", zones.stream().map(TimeZones::format).distinct().toList());
    return (people.size() == 2
            ? "When suits you both? You are "
            : "When suits you all? You are up to ")
        + widest / 60
        + "h"
        + (widest % 60 == 0 ? "" : widest % 60 + "m")
        + " apart ("
        + list
        + ").";
  }

  /**
   * Why the pair was made, in words for members (scores stay in the moderators' preview): shared
   * topics, how far apart they are, how far ahead the mentor is.
   */
  static List<String> reasons(Profile mentor, Profile mentee, List<String> shared, Instant at) {
    List<String> out = new ArrayList<>();
    if (!shared.isEmpty()) {
      out.add("You both work on " + String.join(" and ", shared) + ".");
    }
    int apart =
        Offsets.distanceMinutes(
            Offsets.offsetMinutes(mentor.zone().orElse((ZoneId) ZoneOffset.UTC), at),
            Offsets.offsetMinutes(mentee.zone().orElse((ZoneId) ZoneOffset.UTC), at));
    out.add(
        apart == 0
            ? "You share a timezone."
            : "You are "
                + apart / 60
                + (apart / 60 == 1 ? " hour" : " hours")
                + (apart % 60 == 0 ? "" : " " + apart % 60 + " minutes")
                + " apart.");
    int gap = mentor.years().orElse(0) - mentee.years().orElse(0);
    if (gap > 0) {
      out.add(name(mentor) + " is " + gap + (gap == 1 ? " year" : " years") + " ahead.");
    }
    return out;
  }

  /** The format and planned end, in words. */
  static String term(Mentorship m) {
    String format =
        m.circle()
            ? "A peer circle"
            : m.format() == MentorshipFormat.LONG ? "A long mentorship" : "A short mentorship";
    return format
        + ", planned until "
        + Dates.day(m.plannedEnd())
        + (m.format() == MentorshipFormat.LONG
            ? ". A few days before, you can both choose to continue for another term."
            : ": work towards the goals; a few days before the end you can continue or wrap up.");
  }

  private static String mention(Profile p) {
    return "<@" + p.userId() + ">";
  }

  private static String name(Profile p) {
    return SafeText.clip(SafeText.of(p.displayName()), 40);
  }

  private static String bullets(List<String> lines) {
    StringBuilder out = new StringBuilder();
    lines.forEach(l -> out.append(out.length() == 0 ? "" : "\n").append("• ").append(l));
    return out.toString();
  }
}
