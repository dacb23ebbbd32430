package org.mentorbot.core.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a scheduled round's open job does when it runs: on time, or late after downtime of any
 * length. A late job looks at the latest occurrence whose sign-up should have opened by now (months
 * in between are simply missed) and either opens it with what is left of its window, opens a
 * make-up round with a full window, or — when a full window would run into the next month's sign-up
 * — leaves the month out. Pure, so every case is tested without a database.
 */
sealed interface CatchUp {

  /** Jobs run a little late all the time (polling, a busy machine); this much is still on time. */
  Duration GRACE = Duration.ofMinutes(10);

  /** The occurrence this decision is about, and the one to plan next. */
  Instant occurrence();

  Instant next();

  /** Months whose sign-up fell entirely inside the downtime, before {@link #occurrence()}. */
  int missed();

  /** Open as planned: sign-up closes at the occurrence's match time. */
  record OnTime(Instant occurrence, Instant next, int missed) implements CatchUp {}

  /** Open late; at least half of the window is left, so it still closes as planned. */
  record Late(Instant occurrence, Instant next, int missed) implements CatchUp {}

  /** Open now with a full window that closes (and matches) at {@code closesAt}. */
  record MakeUp(Instant occurrence, Instant next, int missed, Instant closesAt)
      implements CatchUp {}

  /** Too close to the next month's sign-up: open nothing now. */
  record Skip(Instant occurrence, Instant next, int missed) implements CatchUp {}

  static CatchUp decide(MonthlyRule rule, Instant planned, Instant now) {
    Instant occurrence = planned;
    int missed = 0;
    while (!rule.opensBefore(rule.after(occurrence)).isAfter(now)) {
      occurrence = rule.after(occurrence);
      missed++;
    }
    Instant next = rule.after(occurrence);
    Instant opens = rule.opensBefore(occurrence);
    if (missed == 0 && !now.isAfter(opens.plus(GRACE))) {
      return new OnTime(occurrence, next, 0);
    }
    Duration window = Duration.ofDays(rule.signupDays());
    if (Duration.between(now, occurrence).compareTo(window.dividedBy(2)) >= 0) {
      return new Late(occurrence, next, missed);
    }
    Instant closesAt = now.truncatedTo(ChronoUnit.MINUTES).plus(window);
    if (!closesAt.isAfter(rule.opensBefore(next))) {
      return new MakeUp(occurrence, next, missed, closesAt);
    }
    return new Skip(occurrence, next, missed);
  }
}
