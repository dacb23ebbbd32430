package org.mentorbot.core.asks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.roster.MemberDao;
import org.mentorbot.core.roster.Profile;
import org.mentorbot.core.roster.RosterStore;
import org.mentorbot.core.storage.TransactionMemo;

/** What the ask command, buttons, job and data holder share: storage, roster lookups, effects. */
final class Asks {

  /** The job kind that expires an unanswered ask. */
  static final String EXPIRY_JOB = "ask-expire";

  private final CoreContext context;
  private final AskStore store = new AskStore();
  private final RosterStore roster;

  Asks(CoreContext context) {
    this.context = context;
    this.roster = new RosterStore(context.clock());
  }

  CoreContext context() {
    return context;
  }

  AskStore store() {
    return store;
  }

  Instant now() {
    return context.clock().instant();
  }

  Optional<Profile> profile(Handle h, long communityId, String userId) {
    return roster.find(h, communityId, userId).filter(Profile::onRoster);
  }

  Optional<ZoneId> zoneOf(Handle h, long communityId, String userId) {
    return profile(h, communityId, userId).flatMap(Profile::zone);
  }

  /** Whether {@code mentorId} takes asks from {@code askerId}: a mentor, not paused, no block. */
  boolean available(Handle h, long communityId, String askerId, String mentorId) {
    LocalDate today = LocalDate.now(context.clock());
    return profile(h, communityId, mentorId)
            .filter(Profile::mentor)
            .filter(p -> !p.pausedOn(today))
            .isPresent()
        && !TransactionMemo.attached(h, MemberDao.class)
            .blockedEitherWay(communityId, askerId, mentorId);
  }

  /**
   * One refusal for "not a mentor", "paused" and "blocked", so an asker can never tell a block from
   * the others.
   */
  static ProblemException notAvailable(String mentorId) {
    return new ProblemException(
        "<@" + mentorId + "> isn't available for asks right now.",
        "See who is with `/mentor find <topic>`.");
  }

  /**
   * A topic to suggest for finding other mentors: what the asker wants to learn, else what the
   * mentor teaches; empty when neither is on the roster any more.
   */
  Optional<String> topicHint(Handle h, long communityId, Ask ask) {
    return profile(h, communityId, ask.askerId())
        .flatMap(p -> p.menteeTopics().stream().findFirst())
        .or(
            () ->
                profile(h, communityId, ask.mentorId())
                    .flatMap(p -> p.mentorTopics().stream().findFirst()));
  }

  void scheduleExpiry(Handle tx, CommunityId community, Ask ask) {
    context
        .jobs()
        .schedule(
            tx, community, EXPIRY_JOB, Long.toString(ask.id()), ask.expiresAt(), ask.key("expire"));
  }

  void cancelExpiry(Handle tx, CommunityId community, Ask ask) {
    context.jobs().cancel(tx, community, ask.key("expire"));
  }
}
