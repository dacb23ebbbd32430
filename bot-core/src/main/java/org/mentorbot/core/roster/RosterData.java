package org.mentorbot.core.roster;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.feature.PersonalData;
import org.mentorbot.core.storage.TransactionMemo;
import org.mentorbot.core.text.TimeZones;

/**
 * The roster's personal data: the profile and the blocks the member placed. Blocks others placed on
 * the member stay after forget-me: they protect those members and hold only a platform id.
 */
final class RosterData implements PersonalData {

  private final RosterStore store;

  RosterData(RosterStore store) {
    this.store = store;
  }

  @Override
  public String section() {
    return "profile";
  }

  @Override
  public Object export(Handle handle, long communityId, String userId) {
    Map<String, Object> out = new LinkedHashMap<>();
    store
        .find(handle, communityId, userId)
        .ifPresent(
            p -> {
              out.put("displayName", p.displayName());
              out.put("mentor", p.mentor());
              out.put("mentee", p.mentee());
              out.put("mentorTopics", p.mentorTopics());
              out.put("menteeTopics", p.menteeTopics());
              out.put("goals", p.goals().orElse(null));
              out.put("years", p.years().orElse(null));
              out.put("timezone", p.zone().map(TimeZones::format).orElse(null));
              out.put("capacity", p.capacity());
              out.put("languages", p.languages());
              out.put("bio", p.bio().orElse(null));
              out.put("format", p.format().map(MentorshipFormat::label).orElse(null));
              out.put("offers", p.mentor() ? p.offers().label() : null);
              out.put("paused", p.paused());
              out.put("pausedUntil", p.pausedUntil().map(Object::toString).orElse(null));
              out.put(
                  "roundNotices",
                  new RoundNotices().on(handle, communityId, userId)
                      ? RoundNotices.ROUNDS
                      : RoundNotices.OFF);
            });
    out.put(
        "blocked",
        TransactionMemo.attached(handle, MemberDao.class).blockedBy(communityId, userId));
    out.put("lookedForWithoutMentor", TopicDemand.topicsOf(handle, communityId, userId));
    return out;
  }

  /** Name, bio, goals, and the topics nobody else in the community uses. */
  @Override
  public Set<String> writtenBy(Handle handle, long communityId, String userId) {
    Set<String> texts = new LinkedHashSet<>();
    store
        .find(handle, communityId, userId)
        .ifPresent(
            p -> {
              texts.add(p.displayName());
              p.bio().ifPresent(texts::add);
              p.goals().ifPresent(texts::add);
            });
    texts.addAll(
        handle
            .createQuery(
                "SELECT DISTINCT t.topic FROM member_topic t WHERE t.community_id = :c"
                    + " AND t.user_id = :u AND NOT EXISTS (SELECT 1 FROM member_topic o"
                    + " WHERE o.community_id = t.community_id AND o.topic = t.topic"
                    + " AND o.user_id <> t.user_id)")
            .bind("c", communityId)
            .bind("u", userId)
            .mapTo(String.class)
            .list());
    return texts;
  }

  @Override
  public void erase(Handle tx, long communityId, String userId) {
    MemberDao dao = TransactionMemo.attached(tx, MemberDao.class);
    dao.delete(communityId, userId);
    dao.clearBlocksBy(communityId, userId);
    TopicDemand.erase(tx, communityId, userId);
  }
}
