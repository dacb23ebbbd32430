package org.mentorbot.core.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.checkin.CheckinStats;
import org.mentorbot.core.officehours.OfficeHoursStats;
import org.mentorbot.core.stats.StatsReport.FlaggedComment;
import org.mentorbot.core.stats.StatsReport.RoundFigures;
import org.mentorbot.core.text.SafeText;

/**
 * Reads a {@link StatsReport} for one community: rounds from the V3 tables, meet state and feedback
 * from {@link CheckinStats}, office hours from {@link OfficeHoursStats}. Read-only.
 */
final class StatsQuery {

  /** Rounds shown (and charted). */
  static final int ROUNDS_SHOWN = 6;

  /** Flagged comments listed; the rest are counted. */
  static final int FLAGGED_SHOWN = 5;

  static final int COMMENT_CHARS = 300;

  /** Office hours are counted over at least this window. */
  static final Duration OFFICE_HOURS_WINDOW = Duration.ofDays(30);

  private record RoundRow(
      long id, int number, String kind, Instant openedAt, Instant publishedAt) {}

  private StatsQuery() {}

  static StatsReport read(Handle h, long communityId, Instant now) {
    List<RoundRow> recent = recentRounds(h, communityId);
    int total =
        h.createQuery(
                "SELECT COUNT(*) FROM match_round WHERE community_id = :c"
                    + " AND state IN ('published', 'closed')")
            .bind("c", communityId)
            .mapTo(Integer.class)
            .one();
    CheckinStats.Summary checkins = CheckinStats.forCommunity(h, communityId);
    Map<Integer, CheckinStats.RoundStats> byNumber =
        checkins.rounds().stream()
            .collect(Collectors.toMap(CheckinStats.RoundStats::roundNumber, Function.identity()));
    List<RoundFigures> rounds = new ArrayList<>();
    for (RoundRow r : recent) {
      rounds.add(figures(h, r, byNumber.get(r.number()), now));
    }

    Instant since = now.minus(OFFICE_HOURS_WINDOW);
    if (!recent.isEmpty() && recent.get(0).openedAt().isBefore(since)) {
      since = recent.get(0).openedAt();
    }
    OfficeHoursStats.Summary oh = OfficeHoursStats.forCommunity(h, communityId, since);

    List<Integer> shown = rounds.stream().map(RoundFigures::number).toList();
    List<FlaggedComment> flagged = new ArrayList<>();
    for (CheckinStats.FlaggedComment f : checkins.flagged()) {
      if (shown.contains(f.roundNumber())) {
        // Deliberately drops f.rating(): moderators never see one member's rating.
        flagged.add(
            new FlaggedComment(
                f.roundNumber(),
                f.fromId(),
                f.aboutId(),
                SafeText.clip(SafeText.of(f.comment()).strip(), COMMENT_CHARS)));
      }
    }
    Collections.reverse(flagged); // newest round first
    int more = Math.max(0, flagged.size() - FLAGGED_SHOWN);
    return new StatsReport(
        rounds,
        total - rounds.size(),
        new StatsReport.OfficeHours(
            since, oh.sessions(), oh.served(), oh.noShows(), oh.meanWait(), oh.meanService()),
        flagged.subList(0, flagged.size() - more),
        more);
  }

  /** The last {@link #ROUNDS_SHOWN} rounds that made matches, oldest first. */
  private static List<RoundRow> recentRounds(Handle h, long communityId) {
    List<RoundRow> rows =
        h.createQuery(
                "SELECT id, number, kind, opened_at, published_at FROM match_round"
                    + " WHERE community_id = :c AND state IN ('published', 'closed')"
                    + " ORDER BY number DESC LIMIT :n")
            .bind("c", communityId)
            .bind("n", ROUNDS_SHOWN)
            .map(
                (rs, ctx) ->
                    new RoundRow(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4)),
                        Instant.ofEpochMilli(rs.getLong(5))))
            .list();
    List<RoundRow> oldestFirst = new ArrayList<>(rows);
    Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  private static RoundFigures figures(
      Handle h, RoundRow r, CheckinStats.RoundStats c, Instant now) {
    boolean circles = r.kind().equals("peer-circles");
    int joined =
        count(
            h,
            "SELECT COUNT(DISTINCT user_id) FROM round_participant WHERE round_id = :r AND role = "
                + (circles ? "'peer'" : "'mentee'"),
            r.id());
    int matched =
        count(
            h,
            circles
                ? "SELECT COUNT(DISTINCT user_id) FROM round_circle WHERE round_id = :r"
                : "SELECT COUNT(DISTINCT mentee_id) FROM match_pair WHERE round_id = :r",
            r.id());
    int pairs = c == null ? 0 : c.pairs();
    int actual = c == null ? 0 : c.feedbackCount();
    int sum =
        c == null || c.meanRating().isEmpty()
            ? 0
            : (int) Math.round(c.meanRating().getAsDouble() * actual);
    Optional<FeedbackRelease> last = lastRelease(h, r.id());
    Optional<FeedbackRelease> shown = FeedbackRelease.next(last, actual, sum);
    if (!shown.equals(last)) {
      shown.ifPresent(s -> recordRelease(h, r.id(), s, now));
    }
    // The count shown is the count the figure is over; a mean is never shown, only its band.
    int feedback = shown.map(FeedbackRelease::ratings).orElse(actual);
    OptionalDouble mean =
        shown.map(s -> OptionalDouble.of(s.middle())).orElse(OptionalDouble.empty());
    return new RoundFigures(
        r.number(),
        r.publishedAt().atZone(ZoneOffset.UTC).toLocalDate(),
        r.kind(),
        joined,
        matched,
        pairs,
        c == null ? 0 : Math.min(c.metPairs(), pairs),
        c == null ? 0 : Math.min(c.stalePairs(), pairs),
        feedback,
        mean);
  }

  private static Optional<FeedbackRelease> lastRelease(Handle h, long roundId) {
    return h.createQuery("SELECT ratings, band FROM stats_release WHERE round_id = :r")
        .bind("r", roundId)
        .map((rs, ctx) -> new FeedbackRelease(rs.getInt(1), rs.getInt(2)))
        .findOne();
  }

  private static void recordRelease(Handle h, long roundId, FeedbackRelease release, Instant now) {
    h.createUpdate(
            "INSERT INTO stats_release (round_id, ratings, band, released_at)"
                + " VALUES (:r, :n, :b, :now) ON CONFLICT (round_id) DO UPDATE SET"
                + " ratings = excluded.ratings, band = excluded.band,"
                + " released_at = excluded.released_at")
        .bind("r", roundId)
        .bind("n", release.ratings())
        .bind("b", release.band())
        .bind("now", now.toEpochMilli())
        .execute();
  }

  private static int count(Handle h, String sql, long roundId) {
    return h.createQuery(sql).bind("r", roundId).mapTo(Integer.class).one();
  }
}
