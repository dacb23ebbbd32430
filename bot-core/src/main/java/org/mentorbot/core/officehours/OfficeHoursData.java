package org.mentorbot.core.officehours;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.feature.PersonalData;

/**
 * A member's office-hours data: their queue entries (with questions), the sessions they held and
 * their weekly rules. Forget-me deletes the rules, closes sessions they still serve (people waiting
 * are told), and anonymises entries and past sessions: the rows stay without name or question, so
 * figures hold and the ids used in job and message keys are never reused.
 */
final class OfficeHoursData implements PersonalData {

  private final Services s;

  OfficeHoursData(Services services) {
    this.s = services;
  }

  @Override
  public String section() {
    return "officeHours";
  }

  @Override
  public Object export(Handle handle, long communityId, String userId) {
    OfficeHours oh = s.oh();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "queueEntries",
        oh.entries().allOfMember(handle, communityId, userId).stream()
            .map(
                e -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put(
                      "session",
                      oh.sessions().byId(handle, e.sessionId()).map(Session::number).orElse(null));
                  m.put("question", e.question());
                  m.put("state", e.state().sql());
                  m.put("joinedAt", e.joinedAt().toString());
                  m.put("calledAt", e.calledAt().map(Object::toString).orElse(null));
                  return m;
                })
            .toList());
    out.put(
        "sessionsHeld",
        oh.sessions().ownedBy(handle, communityId, userId).stream()
            .map(
                x -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("session", x.number());
                  m.put("topic", x.topic().orElse(null));
                  m.put("state", x.state().sql());
                  m.put("startsAt", x.startsAt().toString());
                  m.put("endsAt", x.endsAt().toString());
                  return m;
                })
            .toList());
    out.put(
        "weeklySchedules",
        oh.schedules().ofMentor(handle, communityId, userId).stream()
            .map(
                r ->
                    Map.of(
                        "weekday", r.weekday().toString(),
                        "time", r.time().toString(),
                        "zone", r.zone().getId(),
                        "minutes", r.minutes(),
                        "topic", r.topic().orElse("")))
            .toList());
    return out;
  }

  /** Queue questions, session and weekly-rule topics, and the names shown for the member. */
  @Override
  public Set<String> writtenBy(Handle handle, long communityId, String userId) {
    Set<String> texts = new LinkedHashSet<>();
    OfficeHours oh = s.oh();
    oh.entries().allOfMember(handle, communityId, userId).forEach(e -> texts.add(e.question()));
    for (Session x : oh.sessions().ownedBy(handle, communityId, userId)) {
      x.topic().ifPresent(texts::add);
    }
    oh.schedules()
        .ofMentor(handle, communityId, userId)
        .forEach(r -> r.topic().ifPresent(texts::add));
    texts.addAll(
        handle
            .createQuery(
                "SELECT owner_name FROM oh_session WHERE community_id = :c AND owner_id = :u"
                    + " UNION SELECT h.display_name FROM oh_host h JOIN oh_session x"
                    + " ON x.id = h.session_id WHERE x.community_id = :c AND h.user_id = :u"
                    + " UNION SELECT mentor_name FROM oh_schedule WHERE community_id = :c"
                    + " AND mentor_id = :u")
            .bind("c", communityId)
            .bind("u", userId)
            .mapTo(String.class)
            .list());
    return texts;
  }

  @Override
  public void erase(Handle tx, long communityId, String userId) {
    OfficeHours oh = s.oh();
    CommunityId community = oh.context().communities().byId(tx, communityId);
    oh.sessions()
        .openHostedBy(tx, communityId, userId)
        .ifPresent(open -> s.lifecycle().stopServing(tx, community, open, userId));
    List<Session> planned =
        oh.sessions().ownedBy(tx, communityId, userId).stream()
            .filter(x -> x.state() == SessionState.SCHEDULED)
            .toList();
    planned.forEach(p -> s.lifecycle().unplan(tx, community, p));
    oh.schedules().deleteOfMentor(tx, communityId, userId);
    List<Entry> open = oh.entries().openOfMember(tx, communityId, userId);
    for (Entry e : open) {
      oh.context().jobs().cancel(tx, community, Serving.NO_SHOW_JOB + ":" + e.id());
    }
    oh.entries().anonymiseMember(tx, communityId, userId, oh.now());
    oh.sessions().anonymiseOwner(tx, communityId, userId);
    for (Entry e : open) {
      oh.sessions()
          .byId(tx, e.sessionId())
          .filter(x -> x.state() == SessionState.OPEN)
          .ifPresent(x -> s.serving().tellNext(tx, community, x));
    }
  }
}
