package org.mentorbot.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When several members are all awake: each member's daytime ({@code day-start}..{@code day-end} in
 * their own zone, every local day, DST included) intersected across members. Pure: no clock, no
 * storage, so the cases that go wrong in real life (a day that crosses midnight UTC, a week with a
 * DST change in one of the zones) are tested with plain instants.
 */
public final class SharedHours {

  /** How far ahead a window may start: time to read the intro and answer. */
  static final Duration LEAD = Duration.ofHours(2);

  private static final Duration SPREAD = Duration.ofHours(36);

  private final LocalTime dayStart;
  private final LocalTime dayEnd;

  public SharedHours(LocalTime dayStart, LocalTime dayEnd) {
    this.dayStart = Objects.requireNonNull(dayStart, "dayStart");
    this.dayEnd = Objects.requireNonNull(dayEnd, "dayEnd");
    if (!dayStart.isBefore(dayEnd)) {
      throw new IllegalArgumentException("the day must start before it ends");
    }
  }

  public LocalTime dayStart() {
    return dayStart;
  }

  public LocalTime dayEnd() {
    return dayEnd;
  }

  /** Every span in {@code within} that falls inside every zone's daytime, earliest first. */
  public List<TimeRange> overlap(List<ZoneId> zones, TimeRange within) {
    if (zones.isEmpty()) {
      return List.of(within);
    }
    List<TimeRange> shared = List.of(within);
    for (ZoneId zone : zones) {
      shared = intersect(shared, daytime(zone, within));
    }
    return shared;
  }

  /**
   * Up to {@code max} windows to offer, each at least {@code length} long, starting no sooner than
   * {@link #LEAD} after {@code now} and within {@code horizon}. Windows are picked at least two
   * days apart where the week allows it, so members get a real choice, then the earliest others.
   */
  public List<TimeRange> offer(
      List<ZoneId> zones, Instant now, Duration horizon, Duration length, int max) {
    Instant from = roundUp(now.plus(LEAD));
    Instant until = now.plus(horizon);
    if (!from.isBefore(until)) {
      return List.of();
    }
    List<TimeRange> candidates =
        overlap(zones, new TimeRange(from, until)).stream()
            .filter(w -> w.length().compareTo(length) >= 0)
            .toList();
    List<TimeRange> picked = new ArrayList<>();
    for (TimeRange w : candidates) {
      if (picked.size() < max
          && (picked.isEmpty()
              || !w.start().isBefore(picked.get(picked.size() - 1).start().plus(SPREAD)))) {
        picked.add(w);
      }
    }
    for (TimeRange w : candidates) {
      if (picked.size() < max && !picked.contains(w)) {
        picked.add(w);
      }
    }
    picked.sort((a, b) -> a.start().compareTo(b.start()));
    return List.copyOf(picked);
  }

  /** Whether {@code meeting} lies wholly inside {@code zone}'s daytime on one local day. */
  public boolean inDaytime(ZoneId zone, TimeRange meeting) {
    return daytime(zone, meeting).stream().anyMatch(d -> d.covers(meeting));
  }

  /** The zone's daytime spans that touch {@code within}, one per local day. */
  List<TimeRange> daytime(ZoneId zone, TimeRange within) {
    List<TimeRange> days = new ArrayList<>();
    LocalDate last = within.end().atZone(zone).toLocalDate();
    for (LocalDate d = within.start().atZone(zone).toLocalDate().minusDays(1);
        !d.isAfter(last);
        d = d.plusDays(1)) {
      // atZone moves a time in a spring-forward gap to just after it, as a clock on the wall does.
      Instant start = d.atTime(dayStart).atZone(zone).toInstant();
      Instant end = d.atTime(dayEnd).atZone(zone).toInstant();
      if (start.isBefore(end) && start.isBefore(within.end()) && end.isAfter(within.start())) {
        days.add(new TimeRange(start, end));
      }
    }
    return days;
  }

  /** The pairwise intersection of two sorted lists of disjoint ranges. */
  static List<TimeRange> intersect(List<TimeRange> a, List<TimeRange> b) {
    List<TimeRange> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      Instant start = max(a.get(i).start(), b.get(j).start());
      Instant end = min(a.get(i).end(), b.get(j).end());
      if (start.isBefore(end)) {
        out.add(new TimeRange(start, end));
      }
      if (a.get(i).end().isBefore(b.get(j).end())) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }

  /** The next whole half hour (UTC), so offered times read as :00 or :30 in whole-hour zones. */
  static Instant roundUp(Instant t) {
    long half = Duration.ofMinutes(30).toSeconds();
    long s = t.getEpochSecond();
    long rounded = ((s + half - 1) / half) * half;
    return Instant.ofEpochSecond(rounded == s && t.getNano() > 0 ? s + half : rounded);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
