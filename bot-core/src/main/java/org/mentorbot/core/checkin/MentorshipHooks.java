package org.mentorbot.core.checkin;

import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunitySettings;
import org.mentorbot.core.mentorship.Mentorship;
import org.mentorbot.core.mentorship.MentorshipListener;

/**
 * Check-ins follow mentorships: a new one gets its reminder and the first term's check-ins, an
 * extended one the next term's, and an ended one has its pending nudges cancelled and (unless a
 * block or leave ended it) the feedback prompt sent to every member.
 */
final class MentorshipHooks implements MentorshipListener {

  private final Checkins checkins;

  MentorshipHooks(Checkins checkins) {
    this.checkins = checkins;
  }

  @Override
  public void started(Handle tx, CommunityId community, Mentorship m) {
    CommunitySettings s = checkins.context.settings().load(tx, community);
    int planned = Nudges.planned(m.startedAt(), m.plannedEnd(), s);
    checkins.store.start(tx, m.id(), m.communityId(), m.roundId(), planned, m.startedAt());
    checkins.nudges.plan(tx, community, m.id(), m.startedAt(), m.plannedEnd(), s);
  }

  @Override
  public void extended(Handle tx, CommunityId community, Mentorship m) {
    CommunitySettings s = checkins.context.settings().load(tx, community);
    checkins
        .store
        .find(tx, m.id())
        .filter(CheckinPair::active)
        .ifPresent(
            pair -> {
              int planned = Nudges.planned(m.startedAt(), m.plannedEnd(), s);
              checkins.nudges.planCheckins(
                  tx, community, m.id(), m.startedAt(), pair.planned() + 1, planned, s);
              checkins.store.replan(tx, m.id(), Math.max(planned, pair.planned()));
            });
  }

  @Override
  public void ended(Handle tx, CommunityId community, Mentorship m, boolean feedback) {
    checkins.store.find(tx, m.id()).ifPresent(pair -> checkins.end(tx, community, pair, feedback));
  }
}
