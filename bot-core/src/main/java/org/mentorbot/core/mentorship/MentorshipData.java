package org.mentorbot.core.mentorship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.feature.PersonalData;

/**
 * A member's mentorships for export (with whom, format, dates, state, goals); forget-me first ends
 * the running ones (the others are told kindly, without naming the member) and then erases every
 * mentorship the member was part of, with its goals and check-ins.
 */
final class MentorshipData implements PersonalData {

  private final Mentorships mentorships;
  private final MentorshipDepartures departures;

  MentorshipData(Mentorships mentorships, MentorshipDepartures departures) {
    this.mentorships = mentorships;
    this.departures = departures;
  }

  @Override
  public String section() {
    return "mentorships";
  }

  @Override
  public Object export(Handle h, long communityId, String userId) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Mentorship m : mentorships.store.ofMember(h, communityId, userId)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kind", m.kind().label());
      row.put("role", m.seatOf(userId).map(s -> s.role().label()).orElse(null));
      row.put("with", m.othersOf(userId));
      row.put("format", m.format().label());
      row.put("started", m.startedAt().toString());
      row.put("plannedEnd", m.plannedEnd().toString());
      row.put("state", m.state().label());
      row.put("endReason", m.endReason().map(EndReason::id).orElse(null));
      row.put(
          "goals",
          mentorships.goals.of(h, m.id()).stream()
              .map(g -> Map.of("number", g.number(), "text", g.text(), "state", g.state().label()))
              .toList());
      out.add(row);
    }
    return out;
  }

  /**
   * The goal texts and ending notes of every mentorship the member was in: forget-me erases those
   * mentorships whole, so any message still quoting one of them (a check-in listing open goals, an
   * alert with the note) goes too.
   */
  @Override
  public Set<String> writtenBy(Handle h, long communityId, String userId) {
    Set<String> texts = new LinkedHashSet<>();
    String mine =
        " IN (SELECT mentorship_id FROM mentorship_member WHERE community_id = :c AND user_id = :u)";
    texts.addAll(
        h.createQuery("SELECT text FROM mentorship_goal WHERE mentorship_id" + mine)
            .bind("c", communityId)
            .bind("u", userId)
            .mapTo(String.class)
            .list());
    texts.addAll(
        h.createQuery(
                "SELECT end_note FROM mentorship WHERE end_note IS NOT NULL AND community_id = :c"
                    + " AND id"
                    + mine)
            .bind("c", communityId)
            .bind("u", userId)
            .mapTo(String.class)
            .list());
    return texts;
  }

  @Override
  public void erase(Handle tx, long communityId, String userId) {
    departures.leave(
        tx,
        mentorships.context.communities().byId(tx, communityId),
        userId,
        "left the program",
        false);
    mentorships.store.erase(tx, communityId, userId);
    tx.createUpdate(
            "UPDATE mentorship SET handled_by = NULL WHERE community_id = :c AND handled_by = :u")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
  }
}
