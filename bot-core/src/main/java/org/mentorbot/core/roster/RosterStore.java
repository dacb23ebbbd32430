package org.mentorbot.core.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.storage.TransactionMemo;
import org.mentorbot.core.text.TimeZones;

/** Loads and saves whole profiles (member row, topics, languages) through {@link MemberDao}. */
public final class RosterStore {

  private final Clock clock;

  public RosterStore(Clock clock) {
    this.clock = clock;
  }

  public Optional<Profile> find(Handle handle, long communityId, String userId) {
    MemberDao dao = TransactionMemo.attached(handle, MemberDao.class);
    return dao.find(communityId, userId).map(row -> assemble(dao, communityId, row));
  }

  /** Every profile of a community, in three queries however large it is. */
  public List<Profile> all(Handle handle, long communityId) {
    MemberDao dao = TransactionMemo.attached(handle, MemberDao.class);
    return assembleAll(
        dao.all(communityId), dao.allTopics(communityId), dao.allLanguages(communityId));
  }

  /** The profiles of {@code userIds} that exist, in that order, in three queries. */
  public List<Profile> some(Handle handle, long communityId, List<String> userIds) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    MemberDao dao = TransactionMemo.attached(handle, MemberDao.class);
    Map<String, Profile> byId = new HashMap<>();
    for (Profile p :
        assembleAll(
            dao.some(communityId, userIds),
            dao.someTopics(communityId, userIds),
            dao.someLanguages(communityId, userIds))) {
      byId.put(p.userId(), p);
    }
    return userIds.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private static List<Profile> assembleAll(
      List<MemberRow> rows, List<MemberDao.TopicRow> topics, List<MemberDao.LanguageRow> langs) {
    Map<String, List<String>> mentorTopics = new HashMap<>();
    Map<String, List<String>> menteeTopics = new HashMap<>();
    for (MemberDao.TopicRow t : topics) {
      (t.role().equals("mentor") ? mentorTopics : menteeTopics)
          .computeIfAbsent(t.userId(), k -> new ArrayList<>())
          .add(t.topic());
    }
    Map<String, List<String>> languages = new HashMap<>();
    for (MemberDao.LanguageRow l : langs) {
      languages.computeIfAbsent(l.userId(), k -> new ArrayList<>()).add(l.language());
    }
    return rows.stream()
        .map(
            row ->
                assemble(
                    row,
                    mentorTopics.getOrDefault(row.userId(), List.of()),
                    menteeTopics.getOrDefault(row.userId(), List.of()),
                    languages.getOrDefault(row.userId(), List.of())))
        .toList();
  }

  public void save(Handle tx, long communityId, Profile p) {
    MemberDao dao = TransactionMemo.attached(tx, MemberDao.class);
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
            p.offers().label(),
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
    return assemble(
        row,
        dao.topics(communityId, row.userId(), "mentor"),
        dao.topics(communityId, row.userId(), "mentee"),
        dao.languages(communityId, row.userId()));
  }

  private static Profile assemble(
      MemberRow row, List<String> mentorTopics, List<String> menteeTopics, List<String> languages) {
    return new Profile(
        row.userId(),
        row.displayName(),
        row.isMentor(),
        row.isMentee(),
        mentorTopics,
        menteeTopics,
        Optional.ofNullable(row.goals()),
        Optional.ofNullable(row.years()),
        Optional.ofNullable(row.timezone()).flatMap(TimeZones::parse),
        row.capacity(),
        languages,
        Optional.ofNullable(row.bio()),
        Optional.ofNullable(row.format()).map(MentorshipFormat::of),
        Optional.ofNullable(row.offersFormat()).map(FormatOffer::of).orElse(FormatOffer.BOTH),
        row.paused(),
        Optional.ofNullable(row.pausedUntil()).map(LocalDate::parse));
  }
}
