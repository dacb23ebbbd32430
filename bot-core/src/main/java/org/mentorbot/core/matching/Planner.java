package org.mentorbot.core.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.matching.engine.BlockedPair;
import org.mentorbot.core.matching.engine.CircleEngine;
import org.mentorbot.core.matching.engine.CircleInput;
import org.mentorbot.core.matching.engine.CircleResult;
import org.mentorbot.core.matching.engine.Format;
import org.mentorbot.core.matching.engine.MatchEngine;
import org.mentorbot.core.matching.engine.MatchInput;
import org.mentorbot.core.matching.engine.MatchResult;
import org.mentorbot.core.matching.engine.MatchSettings;
import org.mentorbot.core.matching.engine.MenteeCandidate;
import org.mentorbot.core.matching.engine.MentorCandidate;
import org.mentorbot.core.matching.engine.PastPairing;
import org.mentorbot.core.mentorship.Dates;
import org.mentorbot.core.mentorship.Mentorship;
import org.mentorbot.core.mentorship.Mentorships;
import org.mentorbot.core.roster.FormatOffer;
import org.mentorbot.core.roster.Profile;
import org.mentorbot.core.roster.RosterStore;

/**
 * Turns a round's participants, their roster profiles, the community's match history, blocks and
 * settings into engine input, and runs the engine. Reads only, so preview and publish (inside its
 * transaction) compute the same plan from the same rows and the round's fixed seed.
 */
final class Planner {

  private final RoundStore rounds;
  private final PairStore pairs;
  private final RosterStore roster;
  private final CircleEngine circles = new CircleEngine();
  private final MatchEngine engine = new MatchEngine();
  private final Clock clock;
  private final Mentorships mentorships;

  Planner(RoundStore rounds, PairStore pairs, Clock clock, Mentorships mentorships) {
    this.rounds = rounds;
    this.pairs = pairs;
    this.mentorships = mentorships;
    this.roster = new RosterStore(clock);
    this.clock = clock;
  }

  Plan plan(Handle h, Round round, CommunitySettings settings) {
    Map<String, Profile> profiles = new HashMap<>();
    roster.all(h, round.communityId()).forEach(p -> profiles.put(p.userId(), p));
    List<Participant> joined = rounds.participants(h, round.id());
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Set<String> waitlisted = waitlisted(h, round);
    List<MentorCandidate> mentors = new ArrayList<>();
    List<MenteeCandidate> mentees = new ArrayList<>();
    Set<String> paused = new HashSet<>();
    Set<String> left = new LinkedHashSet<>();
    Map<String, Profile> involved = new HashMap<>();
    // Capacity counts running mentorships; a mentee in one is not matched again by a mentorship
    // round (peer circles are a different thing and may take them).
    Map<String, Integer> load = mentorships.store().runningMenteesByMentor(h, round.communityId());
    Map<String, Mentorship> busyMentees =
        round.circles() ? Map.of() : mentorships.busyMentees(h, round.communityId());
    Map<String, String> busy = new HashMap<>();
    for (Participant part : joined) {
      Profile p = profiles.get(part.userId());
      if (p == null || !p.onRoster()) {
        left.add(part.userId());
        continue;
      }
      involved.put(p.userId(), p);
      if (p.pausedOn(today)) {
        paused.add(p.userId());
      }
      if (part.role().equals(Participant.MENTEE) && busyMentees.containsKey(p.userId())) {
        Mentorship m = busyMentees.get(p.userId());
        busy.put(
            p.userId(),
            "already with "
                + m.mentorId().map(u -> "<@" + u + ">").orElse("a mentor")
                + " until "
                + Dates.day(m.plannedEnd()));
        continue;
      }
      if (part.role().equals(Participant.MENTOR) && p.mentor()) {
        int free = p.capacity() - load.getOrDefault(p.userId(), 0);
        mentors.add(
            new MentorCandidate(
                p.userId(),
                Set.copyOf(p.mentorTopics()),
                p.zone().orElse(ZoneOffset.UTC),
                p.years().orElse(0),
                Math.max(0, free),
                Set.copyOf(p.languages()),
                offered(p.offers())));
      } else if ((part.role().equals(Participant.MENTEE) && p.mentee())
          || part.role().equals(Participant.PEER)) {
        Set<String> topics = new LinkedHashSet<>(p.menteeTopics());
        if (part.role().equals(Participant.PEER)) {
          topics.addAll(p.mentorTopics());
        }
        mentees.add(
            new MenteeCandidate(
                p.userId(),
                topics,
                p.zone().orElse(ZoneOffset.UTC),
                p.years().orElse(0),
                Set.copyOf(p.languages()),
                waitlisted.contains(p.userId()),
                part.role().equals(Participant.PEER)
                    ? Format.any()
                    : Set.of(Format.valueOf(Mentorships.formatFor(Optional.of(p)).name()))));
      }
    }
    MatchInput input =
        new MatchInput(
            mentors,
            mentees,
            history(h, round, settings.repeatWindow()),
            blocked(h, round.communityId(), involved.keySet()),
            paused,
            round.kind(),
            round.matchAt(),
            round.seed(),
            settings(settings));
    if (round.circles()) {
      CircleResult grouped =
          circles.group(
              new CircleInput(
                  mentees,
                  input.blocked(),
                  paused,
                  round.matchAt(),
                  round.seed(),
                  input.settings()));
      int placed = grouped.circles().stream().mapToInt(c -> c.members().size()).sum();
      return new Plan(
          round,
          0,
          List.of(),
          List.of(),
          grouped.circles(),
          grouped.unplaced(),
          new Quality(
              mentees.size(), placed, mentees.isEmpty() ? 0 : placed * 100 / mentees.size(), 0, 0),
          involved,
          List.copyOf(left),
          busy);
    }
    MatchResult result = engine.match(input);
    Map<String, Set<String>> wanted = new HashMap<>();
    mentees.forEach(m -> wanted.put(m.id(), m.topics()));
    Map<String, Set<String>> offered = new HashMap<>();
    mentors.forEach(m -> offered.put(m.id(), m.topics()));
    return new Plan(
        round,
        mentors.size(),
        result.pairs(),
        result.unmatched(),
        List.of(),
        List.of(),
        Quality.of(result.pairs(), mentees.size(), wanted, offered),
        involved,
        List.copyOf(left),
        busy);
  }

  /** A mentor's offer as engine formats; the names are the same in both enums. */
  private static Set<Format> offered(FormatOffer offer) {
    return offer == FormatOffer.BOTH ? Format.any() : Set.of(Format.valueOf(offer.name()));
  }

  /** The community's thresholds on the engine's default weights. */
  static MatchSettings settings(CommunitySettings s) {
    MatchSettings d = MatchSettings.defaults();
    return new MatchSettings(
        s.repeatWindow(),
        s.minYearsAhead(),
        s.maxTzHours(),
        d.topicWeight(),
        d.timezoneWeight(),
        d.experienceBest(),
        d.experienceGood(),
        d.waitlistBonus());
  }

  /**
   * Mentees left unmatched by the previous published round, and mentees of stale pairs that
   * check-ins gave priority ({@code mentee_priority}, cleared when a round publishes).
   */
  private Set<String> waitlisted(Handle h, Round round) {
    List<Round> previous = rounds.matchedBefore(h, round.communityId(), round.number(), 1);
    Set<String> out = new HashSet<>();
    if (!previous.isEmpty()) {
      out.addAll(pairs.unmatched(h, previous.get(0).id()).keySet());
    }
    out.addAll(
        h.createQuery("SELECT user_id FROM mentee_priority WHERE community_id = :c")
            .bind("c", round.communityId())
            .mapTo(String.class)
            .list());
    return out;
  }

  /** Pairs of the last {@code window} published rounds; 1 = the previous one. */
  private List<PastPairing> history(Handle h, Round round, int window) {
    List<PastPairing> out = new ArrayList<>();
    if (window == 0) {
      return out;
    }
    List<Round> previous = rounds.matchedBefore(h, round.communityId(), round.number(), window);
    for (int i = 0; i < previous.size(); i++) {
      for (PairRow p : pairs.ofRound(h, previous.get(i).id())) {
        out.add(new PastPairing(p.mentorId(), p.menteeId(), i + 1));
      }
    }
    return out;
  }

  private static Set<BlockedPair> blocked(Handle h, long communityId, Set<String> involved) {
    Set<BlockedPair> out = new HashSet<>();
    h.createQuery("SELECT blocker_id, blocked_id FROM member_block WHERE community_id = :c")
        .bind("c", communityId)
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
        .forEach(
            b -> {
              if (involved.contains(b[0]) && involved.contains(b[1]) && !b[0].equals(b[1])) {
                out.add(new BlockedPair(b[0], b[1]));
              }
            });
    return out;
  }
}
