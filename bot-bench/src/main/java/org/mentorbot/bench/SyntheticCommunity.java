package org.mentorbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.mentorbot.core.matching.engine.BlockedPair;
import org.mentorbot.core.matching.engine.MatchInput;
import org.mentorbot.core.matching.engine.MatchSettings;
import org.mentorbot.core.matching.engine.MenteeCandidate;
import org.mentorbot.core.matching.engine.MentorCandidate;
import org.mentorbot.core.matching.engine.PastPairing;
import org.mentorbot.core.matching.engine.RoundKind;

/**
 * A seeded, plausible community: 40 topics with skewed popularity (a few are very common), members
 * spread over the world's populated timezones (IANA zones, so DST applies), mentors more
 * experienced than mentees on average, some language preferences, history, blocks and pauses.
 */
final class SyntheticCommunity {
  static final Instant MATCH_DATE = Instant.parse("2026-03-15T12:00:00Z");

  private static final String[] TOPICS = {
    "java",
    "python",
    "go",
    "rust",
    "kotlin",
    "javascript",
    "typescript",
    "react",
    "vue",
    "android",
    "ios",
    "sql",
    "postgres",
    "kubernetes",
    "docker",
    "aws",
    "gcp",
    "azure",
    "terraform",
    "linux",
    "security",
    "ml",
    "data-science",
    "llm",
    "statistics",
    "product",
    "ux",
    "design",
    "career",
    "leadership",
    "management",
    "interviewing",
    "testing",
    "devops",
    "networking",
    "embedded",
    "gamedev",
    "open-source",
    "writing",
    "public-speaking"
  };
  private static final String[] ZONES = {
    "America/Los_Angeles",
    "America/Denver",
    "America/Chicago",
    "America/New_York",
    "America/Sao_Paulo",
    "America/Mexico_City",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Kyiv",
    "Africa/Lagos",
    "Africa/Nairobi",
    "Asia/Dubai",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Pacific/Auckland",
    "UTC",
    "UTC+05:45"
  };
  private static final int[] ZONE_WEIGHTS = {
    8, 3, 6, 9, 4, 3, 7, 10, 3, 3, 2, 2, 9, 3, 4, 3, 3, 1, 2, 1
  };
  private static final String[] OTHER_LANGUAGES = {"es", "de", "fr", "pt", "hi", "ja"};

  private SyntheticCommunity() {}

  static MatchInput generate(int menteeCount, int mentorCount, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<MentorCandidate> mentors = new ArrayList<>(mentorCount);
    for (int i = 0; i < mentorCount; i++) {
      mentors.add(
          new MentorCandidate(
              "mentor-" + i,
              topics(rng, 2 + rng.nextInt(5)),
              zone(rng),
              25 - skewedLow(rng),
              1 + rng.nextInt(5),
              languages(rng)));
    }
    List<MenteeCandidate> mentees = new ArrayList<>(menteeCount);
    List<PastPairing> history = new ArrayList<>();
    Set<BlockedPair> blocked = new HashSet<>();
    for (int i = 0; i < menteeCount; i++) {
      String id = "mentee-" + i;
      mentees.add(
          new MenteeCandidate(
              id,
              topics(rng, 1 + rng.nextInt(3)),
              zone(rng),
              skewedLow(rng),
              languages(rng),
              rng.nextInt(10) == 0));
      if (mentorCount > 0 && rng.nextInt(10) == 0) {
        history.add(new PastPairing("mentor-" + rng.nextInt(mentorCount), id, 1 + rng.nextInt(6)));
      }
      if (mentorCount > 0 && rng.nextInt(500) == 0) {
        blocked.add(new BlockedPair(id, "mentor-" + rng.nextInt(mentorCount)));
      }
    }
    Set<String> paused = new HashSet<>();
    for (int i = 0; i < mentorCount; i++) {
      if (rng.nextInt(50) == 0) {
        paused.add("mentor-" + i);
      }
    }
    return new MatchInput(
        mentors,
        mentees,
        history,
        blocked,
        paused,
        RoundKind.MENTORSHIP,
        MATCH_DATE,
        seed,
        MatchSettings.defaults());
  }

  /**
   * Writes the community as the CSV files of {@code mentorbot match}. That format has no blocks or
   * pauses, so they are left out (paused mentors are written as available).
   */
  static void writeCsv(MatchInput input, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> lines = new ArrayList<>();
    lines.add("id,name,topics,timezone,years,capacity,languages");
    for (MentorCandidate m : input.mentors()) {
      lines.add(
          String.join(
              ",",
              m.id(),
              "Mentor " + m.id().substring("mentor-".length()),
              list(m.topics()),
              m.zone().getId(),
              Integer.toString(m.years()),
              Integer.toString(m.capacity()),
              list(m.languages())));
    }
    Files.write(dir.resolve("mentors.csv"), lines, StandardCharsets.UTF_8);
    lines.clear();
    lines.add("id,name,topics,timezone,years,goals,languages,waitlisted");
    for (MenteeCandidate e : input.mentees()) {
      lines.add(
          String.join(
              ",",
              e.id(),
              "Mentee " + e.id().substring("mentee-".length()),
              list(e.topics()),
              e.zone().getId(),
              Integer.toString(e.years()),
              "grow",
              list(e.languages()),
              Boolean.toString(e.waitlisted())));
    }
    Files.write(dir.resolve("mentees.csv"), lines, StandardCharsets.UTF_8);
    lines.clear();
    lines.add("mentor_id,mentee_id,rounds_ago");
    for (PastPairing p : input.history()) {
      lines.add(p.mentorId() + "," + p.menteeId() + "," + p.roundsAgo());
    }
    Files.write(dir.resolve("history.csv"), lines, StandardCharsets.UTF_8);
  }

  private static String list(Set<String> values) {
    return String.join(";", new TreeSet<>(values));
  }

  /** 0–25, most members near the low end. */
  private static int skewedLow(SplittableRandom rng) {
    double u = rng.nextDouble();
    return (int) (26 * u * u);
  }

  private static Set<String> topics(SplittableRandom rng, int count) {
    Set<String> out = new HashSet<>();
    while (out.size() < count) {
      // popularity ~ 1/(rank+4): "python" is far more common than "public-speaking"
      double u = rng.nextDouble();
      int rank = (int) Math.floor(Math.pow(TOPICS.length + 4.0, u) * Math.pow(4.0, 1 - u)) - 4;
      out.add(TOPICS[Math.min(TOPICS.length - 1, Math.max(0, rank))]);
    }
    return out;
  }

  private static ZoneId zone(SplittableRandom rng) {
    int total = 0;
    for (int w : ZONE_WEIGHTS) {
      total += w;
    }
    int r = rng.nextInt(total);
    for (int i = 0; i < ZONES.length; i++) {
      r -= ZONE_WEIGHTS[i];
      if (r < 0) {
        return ZoneId.of(ZONES[i]);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static Set<String> languages(SplittableRandom rng) {
    int roll = rng.nextInt(10);
    if (roll < 3) {
      return Set.of();
    }
    if (roll < 8) {
      return Set.of("en");
    }
    String other = OTHER_LANGUAGES[rng.nextInt(OTHER_LANGUAGES.length)];
    return roll == 8 ? Set.of("en", other) : Set.of(other);
  }
}
