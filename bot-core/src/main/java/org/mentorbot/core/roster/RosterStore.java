package org.mentorbot.core.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.text.TimeZones;

/** Loads and saves whole profiles (member row, topics, languages) through {@link MemberDao}. */
public final class RosterStore {

  private final Clock clock;

  public RosterStore(Clock clock) {
    this.clock = clock;
  }

  public Optional<Profile> find(Handle handle, long communityId, String userId) {
    MemberDao dao = handle.attach(MemberDao.class);
    return dao.find(communityId, userId).map(row -> assemble(dao, communityId, row));
  }

  public List<Profile> all(Handle handle, long communityId) {
    MemberDao dao = handle.attach(MemberDao.class);
    return dao.all(communityId).stream().map(row -> assemble(dao, communityId, row)).toList();
  }

  public void save(Handle tx, long communityId, Profile p) {
    MemberDao dao = tx.attach(MemberDao.class);
    dao.upsert(
        communityId,
        new MemberRow(
            p.userId(),
            p.displayName(),
            p.mentor(),
            p.mentee(),
            p.goals().orElse(null),
            p.years().orElse(null),
            p.zone().map(TimeZones::format).orElse(null),
            p.capacity(),
            p.bio().orElse(null),
            p.format().map(MentorshipFormat::label).orElse(null),
            p.paused(),
            p.pausedUntil().map(LocalDate::toString).orElse(null)),
        clock.millis());
    dao.clearTopics(communityId, p.userId());
    p.mentorTopics().forEach(t -> dao.addTopic(communityId, p.userId(), "mentor", t));
    p.menteeTopics().forEach(t -> dao.addTopic(communityId, p.userId(), "mentee", t));
    dao.clearLanguages(communityId, p.userId());
    p.languages().forEach(l -> dao.addLanguage(communityId, p.userId(), l));
  }

  private static Profile assemble(MemberDao dao, long communityId, MemberRow row) {
    return new Profile(
        row.userId(),
        row.displayName(),
        row.isMentor(),
        row.isMentee(),
        dao.topics(communityId, row.userId(), "mentor"),
        dao.topics(communityId, row.userId(), "mentee"),
        Optional.ofNullable(row.goals()),
        Optional.ofNullable(row.years()),
        Optional.ofNullable(row.timezone()).flatMap(TimeZones::parse),
        row.capacity(),
        dao.languages(communityId, row.userId()),
        Optional.ofNullable(row.bio()),
        Optional.ofNullable(row.format()).map(MentorshipFormat::of),
        row.paused(),
        Optional.ofNullable(row.pausedUntil()).map(LocalDate::parse));
  }
}
