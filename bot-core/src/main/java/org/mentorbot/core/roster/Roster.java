package org.mentorbot.core.roster;

import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.feature.CoreContext;

/** What the roster commands share: the context, the store, and the usual lookups and refusals. */
public final class Roster {

  private final CoreContext context;
  private final RosterStore store;
  private final MentorLoad load;
  private final Departures departures;

  public Roster(CoreContext context, MentorLoad load) {
    this(context, load, Departures.NONE);
  }

  public Roster(CoreContext context, MentorLoad load, Departures departures) {
    this.context = context;
    this.store = new RosterStore(context.clock());
    this.load = load;
    this.departures = departures;
  }

  public Departures departures() {
    return departures;
  }

  public CoreContext context() {
    return context;
  }

  public RosterStore store() {
    return store;
  }

  public MentorLoad load() {
    return load;
  }

  public LocalDate today() {
    return LocalDate.now(context.clock());
  }

  public long communityId(Handle tx, Invocation invocation) {
    return context.communities().idOf(tx, invocation.community());
  }

  public CommunitySettings settings(Handle handle, Invocation invocation) {
    return context.settings().load(handle, invocation.community());
  }

  public Optional<Profile> profile(Handle handle, Invocation invocation, String userId) {
    return context
        .communities()
        .find(handle, invocation.community())
        .flatMap(id -> store.find(handle, id, userId));
  }

  /** The caller's profile, or a problem telling them how to sign up. */
  public Profile requireOwn(Handle handle, Invocation invocation) {
    return profile(handle, invocation, invocation.actor().userId())
        .filter(Profile::onRoster)
        .orElseThrow(Roster::notOnRoster);
  }

  public static ProblemException notOnRoster() {
    return new ProblemException(
        "You are not on the roster yet.",
        "Join with `/mentor signup mentor topics:...` or `/mentor signup mentee topics:..."
            + " goals:\"...\"`.");
  }
}
