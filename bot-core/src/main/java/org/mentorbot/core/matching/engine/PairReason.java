package org.mentorbot.core.matching.engine;

import java.util.List;

/** One term of a pair's score, with the facts behind it and a sentence for people. */
public sealed interface PairReason {
  /** Points this term contributed to the pair's score. */
  int points();

  /** A short human sentence, e.g. {@code "shared topics: java, sql (2 of 3) +66"}. */
  String text();

  /** Topics both sides listed; {@code menteeTopicCount} is the size of the mentee's list. */
  record SharedTopics(List<String> topics, int menteeTopicCount, int points) implements PairReason {
    public SharedTopics {
      topics = List.copyOf(topics);
    }

    @Override
    public String text() {
      return "shared topics: "
          + String.join(", ", topics)
          + " ("
          + topics.size()
          + " of "
          + menteeTopicCount
          + ") +"
          + points;
    }
  }

  /** Distance between the two UTC offsets at the match date, in minutes. */
  record TimezoneGap(int minutes, int points) implements PairReason {
    @Override
    public String text() {
      if (minutes == 0) {
        return "same UTC offset +" + points;
      }
      int h = minutes / 60;
      int m = minutes % 60;
      String gap = m == 0 ? h + "h" : h == 0 ? m + "m" : h + "h" + m + "m";
      return "timezones " + gap + " apart +" + points;
    }
  }

  /** Mentor's years minus mentee's years (negative in reverse rounds). */
  record ExperienceGap(int years, int points) implements PairReason {
    @Override
    public String text() {
      String gap =
          years >= 0
              ? "mentor " + years + (years == 1 ? " year" : " years") + " ahead"
              : "mentor " + -years + (years == -1 ? " year" : " years") + " behind";
      return gap + " +" + points;
    }
  }

  /** The mentee was left unmatched in the previous round. */
  record WaitlistBonus(int points) implements PairReason {
    @Override
    public String text() {
      return "waitlisted last round +" + points;
    }
  }
}
