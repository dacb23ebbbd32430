package org.mentorbot.core.officehours;

import java.util.Objects;

/** The office-hours services, built once by the feature and shared by its handlers. */
record Services(
    OfficeHours oh,
    Serving serving,
    Waits waits,
    Lifecycle lifecycle,
    QueueMembership membership,
    SessionRefs refs) {

  Services {
    Objects.requireNonNull(oh);
    Objects.requireNonNull(serving);
    Objects.requireNonNull(waits);
    Objects.requireNonNull(lifecycle);
    Objects.requireNonNull(membership);
    Objects.requireNonNull(refs);
  }

  static Services create(org.mentorbot.core.feature.CoreContext context) {
    OfficeHours oh = new OfficeHours(context);
    Serving serving = new Serving(oh);
    Waits waits = new Waits(oh);
    return new Services(
        oh,
        serving,
        waits,
        new Lifecycle(oh, serving),
        new QueueMembership(oh, serving, waits),
        new SessionRefs(oh));
  }

  /** The open session the caller serves, or a problem saying how to open one. */
  Session requireServing(org.jdbi.v3.core.Handle h, long communityId, String userId) {
    return oh.sessions()
        .openHostedBy(h, communityId, userId)
        .orElseThrow(
            () ->
                new org.mentorbot.core.command.ProblemException(
                    "You have no open office hours.",
                    "Open a session with `/officehours open [topic:\"...\"]`."));
  }
}
