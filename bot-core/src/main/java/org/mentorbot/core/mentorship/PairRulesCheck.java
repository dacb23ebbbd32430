package org.mentorbot.core.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.roster.MentorshipFormat;
import org.mentorbot.core.roster.Profile;

/**
 * The matching rules (DESIGN §4) for one pair a moderator makes by hand, each broken one in words.
 * {@code hard} ones (same person, a block, a pause, a missing role, a running mentorship between
 * them) stop the pair whatever the moderator says; {@code soft} ones stop it unless {@code
 * force:yes}.
 */
final class PairRulesCheck {

  record Result(List<String> hard, List<String> soft, List<String> reasons) {}

  private final Mentorships mentorships;

  PairRulesCheck(Mentorships mentorships) {
    this.mentorships = mentorships;
  }

  /**
   * {@code format} is the moderator's {@code format:}, if given; otherwise the mentee's choice is
   * the one the mentor must offer.
   */
  Result check(
      Handle h,
      long c,
      String mentorId,
      String menteeId,
      Optional<MentorshipFormat> format,
      CommunitySettings s,
      Instant now) {
    List<String> hard = new ArrayList<>();
    List<String> soft = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    if (mentorId.equals(menteeId)) {
      hard.add("a member cannot mentor themselves");
      return new Result(hard, soft, reasons);
    }
    Optional<Profile> mentor = mentorships.roster.find(h, c, mentorId);
    Optional<Profile> mentee = mentorships.roster.find(h, c, menteeId);
    if (mentor.isEmpty() || !mentor.get().mentor()) {
      hard.add(Mentorship.at(mentorId) + " is not a mentor on the roster");
    }
    if (mentee.isEmpty() || !mentee.get().mentee()) {
      hard.add(Mentorship.at(menteeId) + " is not a mentee on the roster");
    }
    boolean blocked =
        h.createQuery(
                    "SELECT COUNT(*) FROM member_block WHERE community_id = :c AND ((blocker_id = :a"
                        + " AND blocked_id = :b) OR (blocker_id = :b AND blocked_id = :a))")
                .bind("c", c)
                .bind("a", mentorId)
                .bind("b", menteeId)
                .mapTo(Integer.class)
                .one()
            > 0;
    if (blocked) {
      hard.add("one of them has blocked the other");
    }
    if (!mentorships.runningBetween(h, c, mentorId, menteeId).isEmpty()) {
      hard.add("they already have a running mentorship");
    }
    for (Optional<Profile> p : List.of(mentor, mentee)) {
      if (p.isPresent() && p.get().pausedOn(today(p.get(), now))) {
        hard.add(Mentorship.at(p.get().userId()) + " is paused");
      }
    }
    if (mentor.isEmpty() || mentee.isEmpty() || !hard.isEmpty()) {
      return new Result(hard, soft, reasons);
    }
    Profile m = mentor.get();
    Profile e = mentee.get();
    int load = mentorships.store.runningMenteesByMentor(h, c).getOrDefault(mentorId, 0);
    if (load >= m.capacity()) {
      soft.add(
          Mentorship.at(mentorId)
              + " is full ("
              + load
              + " of "
              + m.capacity()
              + " mentees already)");
    }
    mentorships.busyMentees(h, c).entrySet().stream()
        .filter(x -> x.getKey().equals(menteeId))
        .findFirst()
        .ifPresent(
            x ->
                soft.add(
                    Mentorship.at(menteeId)
                        + " is already with "
                        + x.getValue().mentorId().map(Mentorship::at).orElse("a mentor")
                        + " until "
                        + Dates.day(x.getValue().plannedEnd())));
    Set<String> shared = new HashSet<>(e.menteeTopics());
    shared.retainAll(m.mentorTopics());
    if (shared.isEmpty()) {
      soft.add("they share no topic");
    } else {
      reasons.add("you both work on " + String.join(" and ", shared.stream().sorted().toList()));
    }
    if (!m.languages().isEmpty() && !e.languages().isEmpty()) {
      Set<String> langs = new HashSet<>(m.languages());
      langs.retainAll(e.languages());
      if (langs.isEmpty()) {
        soft.add("they share no language");
      }
    }
    MentorshipFormat wanted = format.orElse(Mentorships.formatFor(mentee));
    if (!m.offers().covers(wanted)) {
      soft.add(
          Mentorship.at(mentorId)
              + " offers "
              + m.offers().describe()
              + " and this one would be "
              + wanted.label());
    }
    int gap = m.years().orElse(0) - e.years().orElse(0);
    if (gap < s.minYearsAhead()) {
      soft.add(
          Mentorship.at(mentorId)
              + " is "
              + (gap <= 0
                  ? "not ahead"
                  : "only " + gap + (gap == 1 ? " year" : " years") + " ahead")
              + " in experience (the community asks for "
              + s.minYearsAhead()
              + ")");
    } else if (gap > 0) {
      reasons.add(
          Mentorship.at(mentorId) + " is " + gap + (gap == 1 ? " year" : " years") + " ahead");
    }
    ZoneId mz = m.zone().orElse(ZoneOffset.UTC);
    ZoneId ez = e.zone().orElse(ZoneOffset.UTC);
    int apart = apartMinutes(mz, ez, now);
    if (apart > s.maxTzHours() * 60) {
      soft.add(
          "they are "
              + hours(apart)
              + " apart in timezone (the community allows "
              + s.maxTzHours()
              + " h)");
    } else {
      reasons.add(apart == 0 ? "you share a timezone" : hours(apart) + " apart");
    }
    int recent =
        h.createQuery(
                "SELECT COUNT(*) FROM match_pair p WHERE p.community_id = :c AND p.mentor_id = :m"
                    + " AND p.mentee_id = :e AND p.round_id IN (SELECT id FROM match_round"
                    + " WHERE community_id = :c AND state IN ('published', 'closed')"
                    + " ORDER BY number DESC LIMIT :n)")
            .bind("c", c)
            .bind("m", mentorId)
            .bind("e", menteeId)
            .bind("n", s.repeatWindow())
            .mapTo(Integer.class)
            .one();
    if (recent > 0) {
      soft.add("they were matched in the last " + s.repeatWindow() + " rounds");
    }
    return new Result(hard, soft, reasons);
  }

  /**
   * Minutes between two zones' UTC offsets at {@code at}, around the 24-hour clock (DESIGN §4).
   * Computed here rather than with the engine's helper: the engine belongs to matching, which
   * depends on this slice.
   */
  static int apartMinutes(ZoneId a, ZoneId b, Instant at) {
    int d =
        Math.abs(
                a.getRules().getOffset(at).getTotalSeconds()
                    - b.getRules().getOffset(at).getTotalSeconds())
            / 60
            % (24 * 60);
    return Math.min(d, 24 * 60 - d);
  }

  private static String hours(int minutes) {
    return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
  }

  private static LocalDate today(Profile p, Instant now) {
    return LocalDate.ofInstant(now, p.zone().orElse(ZoneOffset.UTC));
  }
}
