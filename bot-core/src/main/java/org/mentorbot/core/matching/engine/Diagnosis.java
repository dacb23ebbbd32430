package org.mentorbot.core.matching.engine;

import java.util.List;
import java.util.TreeSet;

/**
 * Explains an unmatched mentee. With eligible mentors, an optimal result can only have left the
 * mentee out because every eligible mentor is full (a free place would have matched one more
 * mentee). Without, each mentor is charged with the first rule it fails, in {@link Rule} order, and
 * the mentee hears about the latest such rule: "3 mentors share a topic but all are too far away"
 * is more useful than "most mentors don't share a topic".
 */
// Rule order is the meaning here (a mentor is charged with the first rule it fails), so the
// per-rule counts are an array indexed in that same declaration order.
@SuppressWarnings("EnumOrdinal")
final class Diagnosis {
  private final PairRules rules;
  private final int[] eligibleCount;

  /** {@code eligibleCount}: per mentee, its eligible mentors including full ones. */
  Diagnosis(PairRules rules, int[] eligibleCount) {
    this.rules = rules;
    this.eligibleCount = eligibleCount;
  }

  UnmatchedMentee explain(int e) {
    String id = rules.mentees[e].id();
    if (rules.menteePaused[e]) {
      return new UnmatchedMentee(id, UnmatchedCause.MENTEE_PAUSED, 0, "paused: not matched");
    }
    int eligible = eligibleCount[e];
    if (eligible > 0) {
      return new UnmatchedMentee(
          id,
          UnmatchedCause.CAPACITY_EXHAUSTED,
          eligible,
          "capacity exhausted: "
              + (eligible == 1
                  ? "the one eligible mentor is full"
                  : "all " + eligible + " eligible mentors are full"));
    }
    int others = 0;
    for (int m = 0; m < rules.mentors.length; m++) {
      if (!rules.isSelf(m, e)) {
        others++;
      }
    }
    if (others == 0) {
      return new UnmatchedMentee(
          id, UnmatchedCause.NO_MENTORS, 0, "no eligible mentor: no mentors in this round");
    }
    int[] failures = new int[Rule.values().length];
    failures[Rule.TOPIC.ordinal()] = others;
    int[] stamp = new int[rules.mentors.length];
    for (int t : rules.menteeTopicIndices(e)) {
      for (int m : rules.mentorsByTopic[t]) {
        if (stamp[m] == 0 && !rules.isSelf(m, e)) {
          stamp[m] = 1;
          failures[Rule.TOPIC.ordinal()]--;
          failures[rules.firstFailure(m, e).ordinal()]++;
        }
      }
    }
    Rule last = Rule.TOPIC;
    int remaining = 0;
    for (Rule r : Rule.values()) {
      if (failures[r.ordinal()] > 0) {
        last = r;
        remaining = failures[r.ordinal()];
      }
    }
    int stillIn = 0;
    for (int i = last.ordinal(); i < failures.length; i++) {
      stillIn += failures[i];
    }
    assert stillIn == remaining;
    return new UnmatchedMentee(
        id, last.cause, stillIn, "no eligible mentor: " + text(last, e, stillIn));
  }

  private String text(Rule rule, int e, int count) {
    String them = count == 1 ? "the one mentor" : "all " + count + " mentors";
    String are = count == 1 ? " is" : " are";
    MatchSettings s = rules.settings;
    return switch (rule) {
      case TOPIC -> "no mentor shares a topic (" + sorted(rules.mentees[e].topics()) + ")";
      case TIMEZONE ->
          them + " sharing a topic" + are + " more than " + s.maxTzHours() + "h away in timezone";
      case LANGUAGE ->
          them
              + " sharing a topic within "
              + s.maxTzHours()
              + "h speak"
              + (count == 1 ? "s" : "")
              + " none of their languages ("
              + sorted(rules.mentees[e].languages())
              + ")";
      case FORMAT ->
          them
              + " sharing a topic within "
              + s.maxTzHours()
              + "h offer"
              + (count == 1 ? "s" : "")
              + " only "
              + formats(rules.mentees[e].formats(), true)
              + " mentorships; this mentee wants "
              + formats(rules.mentees[e].formats(), false);
      case EXPERIENCE ->
          them
              + " otherwise suitable"
              + are
              + " not at least "
              + s.minYearsAhead()
              + (s.minYearsAhead() == 1 ? " year" : " years")
              + " ahead in experience";
      case RECENT ->
          them
              + " otherwise suitable"
              + (count == 1 ? " was" : " were")
              + " matched with them in the last "
              + s.repeatWindow()
              + " rounds";
      case BLOCKED -> them + " otherwise suitable" + are + " excluded by a block";
      case PAUSED -> them + " otherwise suitable" + are + " paused";
    };
  }

  /** The mentee's one wanted format in words, or (with {@code other}) the one they don't want. */
  private static String formats(java.util.Set<Format> wanted, boolean other) {
    Format f = wanted.contains(Format.LONG) != other ? Format.LONG : Format.SHORT;
    return f == Format.LONG ? "long" : "short";
  }

  private static String sorted(java.util.Set<String> values) {
    return values.isEmpty() ? "none listed" : String.join(", ", List.copyOf(new TreeSet<>(values)));
  }
}
