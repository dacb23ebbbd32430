package org.mentorbot.core.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorbot.core.roster.Profile;

/**
 * Mentors who joined a mentorship round and would get (or got) no mentee, each with why in words
 * for the mentor. The engine explains unmatched mentees only; a mentor's reason is read off the
 * plan: paused, no free capacity, no mentee who asked for their topics, or (blocks included, never
 * named) the mentees for their topics fit other mentors better or did not fit them.
 */
final class IdleMentors {

  private IdleMentors() {}

  /**
   * @param load running mentorships per mentor before this round's are created
   */
  static Map<String, String> of(
      Plan plan, List<Participant> joined, Map<String, Integer> load, Instant now) {
    Map<String, String> out = new LinkedHashMap<>();
    if (plan.round().circles()) {
      return out;
    }
    Set<String> paired = new HashSet<>();
    plan.pairs().forEach(p -> paired.add(p.mentorId()));
    Set<String> wanted = new HashSet<>();
    boolean anyMentee = false;
    for (Participant part : joined) {
      Profile p = plan.profiles().get(part.userId());
      if (part.role().equals(Participant.MENTEE)
          && p != null
          && !plan.busy().containsKey(part.userId())) {
        anyMentee = true;
        wanted.addAll(p.menteeTopics());
      }
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (Participant part : joined) {
      Profile p = plan.profiles().get(part.userId());
      if (!part.role().equals(Participant.MENTOR)
          || p == null
          || !p.mentor()
          || paired.contains(part.userId())) {
        continue;
      }
      String why;
      if (p.pausedOn(today)) {
        why = "you are paused";
      } else if (p.capacity() - load.getOrDefault(p.userId(), 0) <= 0) {
        why =
            "your running mentorships already fill your capacity of "
                + p.capacity()
                + " (`/mentor edit capacity:N` raises it)";
      } else if (!anyMentee) {
        why = "no mentees joined this round";
      } else if (p.mentorTopics().stream().noneMatch(wanted::contains)) {
        why =
            "none of the mentees who joined asked for your topics ("
                + String.join(", ", p.mentorTopics())
                + ")";
      } else {
        why =
            "the mentees who asked for your topics were matched with mentors who fit them better,"
                + " or did not fit you on timezone, language, experience or format";
      }
      out.put(p.userId(), why);
    }
    return out;
  }
}
