package org.mentorbot.core.officehours;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.schedule.JobHandler;

/**
 * The durable jobs: skip a no-show, open and close a session on time, announce ahead. Each
 * tolerates its rows being gone (forget-me, a replaced rule) and does nothing then.
 */
final class OfficeHoursJobs {

  /** How late a "coming up tomorrow" notice may still go out. */
  static final Duration STALE_DAY_NOTICE = Duration.ofHours(3);

  /** How late an "in 15 minutes" notice may still go out. */
  static final Duration STALE_SOON_NOTICE = Duration.ofMinutes(5);

  private OfficeHoursJobs() {}

  static List<JobHandler> all(Services s) {
    return List.of(new NoShow(s), new Open(s), new Close(s), new Announce(s));
  }

  private record NoShow(Services s) implements JobHandler {
    @Override
    public String kind() {
      return Serving.NO_SHOW_JOB;
    }

    @Override
    public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
      OfficeHoursFeature.parseId(payload)
          .ifPresent(id -> s.serving().skipIfAbsent(tx, community, id));
    }
  }

  /**
   * Plans the next occurrence, then opens this one (or says why not), so a weekly rule keeps itself
   * going through downtime of any length and the notices can name the next date.
   */
  private record Open(Services s) implements JobHandler {
    @Override
    public String kind() {
      return Lifecycle.OPEN_JOB;
    }

    @Override
    public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
      Optional<Session> found = session(s, tx, payload);
      if (found.isEmpty()) {
        return;
      }
      Session session = found.get();
      Instant now = s.oh().now();
      Instant after = now.isAfter(session.startsAt()) ? now : session.startsAt();
      Optional<Session> next =
          session
              .scheduleId()
              .flatMap(id -> s.oh().schedules().byId(tx, id))
              .map(
                  rule ->
                      s.lifecycle().planNext(tx, community, session.communityId(), rule, after));
      if (session.state() == SessionState.SCHEDULED) {
        s.lifecycle().openScheduled(tx, community, session, next);
      }
    }
  }

  private record Close(Services s) implements JobHandler {
    @Override
    public String kind() {
      return Lifecycle.CLOSE_JOB;
    }

    @Override
    public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
      Optional<Session> found = session(s, tx, payload);
      if (found.isEmpty() || found.get().state() != SessionState.OPEN) {
        return;
      }
      Session session = found.get();
      List<String> hosts = s.oh().sessions().activeHosts(tx, session.id());
      Lifecycle.Closed c = s.lifecycle().close(tx, community, session);
      for (String host : hosts) {
        s.oh()
            .dm(
                tx,
                community,
                host,
                Message.of(
                    "Office hours "
                        + session.label()
                        + " reached their end time and are closed: "
                        + c.served()
                        + " served, "
                        + c.noShows()
                        + " skipped, "
                        + c.told()
                        + " still waiting were told. Thank you!"),
                "oh-closed:" + session.id() + ":" + host);
      }
    }
  }

  private record Announce(Services s) implements JobHandler {
    @Override
    public String kind() {
      return Lifecycle.ANNOUNCE_JOB;
    }

    @Override
    public void run(Handle tx, CommunityId community, String payload, Instant dueAt) {
      int colon = payload.indexOf(':');
      if (colon < 0) {
        return;
      }
      boolean dayAhead = payload.substring(colon + 1).equals("day");
      Duration late = Duration.between(dueAt, s.oh().now());
      if (late.compareTo(dayAhead ? STALE_DAY_NOTICE : STALE_SOON_NOTICE) > 0) {
        return; // after downtime "in 15 minutes" would be wrong: a notice this late is dropped
      }
      session(s, tx, payload.substring(0, colon))
          .ifPresent(x -> s.lifecycle().announceAhead(tx, community, x, dayAhead));
    }
  }

  private static Optional<Session> session(Services s, Handle tx, String id) {
    return OfficeHoursFeature.parseId(id).flatMap(x -> s.oh().sessions().byId(tx, x));
  }
}
