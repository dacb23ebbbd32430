package org.mentorbot.core.officehours;

import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Estimated waits: people ahead × the mean of the session's recent service times (the default
 * before anyone was served), shared among the mentors serving the queue together.
 */
final class Waits {

  private final OfficeHours oh;

  Waits(OfficeHours oh) {
    this.oh = oh;
  }

  /** The mean of the last few service times, or the default when there are none yet. */
  Duration serviceTime(Handle h, long sessionId) {
    List<Duration> recent =
        oh.entries().recentServiceTimes(h, sessionId, OfficeHours.RECENT_SERVICES);
    if (recent.isEmpty()) {
      return OfficeHours.DEFAULT_SERVICE_TIME;
    }
    return recent.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(recent.size());
  }

  Duration estimate(Handle h, Session session, int peopleAhead) {
    int hosts = Math.max(1, oh.sessions().activeHosts(h, session.id()).size());
    return serviceTime(h, session.id()).multipliedBy(peopleAhead).dividedBy(hosts);
  }

  /** "position 3 of 5, about 20 minutes" for a waiting entry. */
  String describe(Handle h, Session session, Entry entry) {
    int position = oh.entries().position(h, entry);
    int waiting = oh.entries().waitingCount(h, session.id());
    String place = "position " + position + " of " + waiting;
    if (position == 1) {
      return place + ", you're next";
    }
    return place + ", estimated wait " + OfficeHours.minutes(estimate(h, session, position - 1));
  }
}
