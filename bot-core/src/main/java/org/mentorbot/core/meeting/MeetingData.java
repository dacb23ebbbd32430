package org.mentorbot.core.meeting;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.feature.PersonalData;

/**
 * A member's meetings for {@code /mentor export} and {@code /mentor forget-me}. Export: every
 * meeting of their mentorships (time, length, state, who proposed it) and the agendas they wrote.
 * An agenda someone else wrote is that person's data and is exported to them only. Forget-me: the
 * meetings of the member's mentorships and every agenda they wrote or received go, before the
 * mentorships themselves.
 */
final class MeetingData implements PersonalData {

  private final MeetingStore store = new MeetingStore();

  /** One meeting as exported. */
  record Exported(long meeting, Instant start, int minutes, String state, boolean proposedByMe) {}

  /** One agenda as exported. */
  record ExportedAgenda(long meeting, String text, Instant written) {}

  @Override
  public String section() {
    return "meetings";
  }

  @Override
  public Object export(Handle handle, long communityId, String userId) {
    List<Exported> meetings =
        store.allOf(handle, communityId, userId).stream()
            .map(
                m ->
                    new Exported(
                        m.id(),
                        m.start(),
                        m.minutes(),
                        m.state().label(),
                        m.proposedBy().equals(userId)))
            .toList();
    List<ExportedAgenda> agendas =
        handle
            .createQuery(
                "SELECT meeting_id, text, created_at FROM meeting_agenda WHERE community_id = :c"
                    + " AND user_id = :u ORDER BY meeting_id")
            .bind("c", communityId)
            .bind("u", userId)
            .map(
                (rs, ctx) ->
                    new ExportedAgenda(
                        rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))))
            .list();
    return Map.of("meetings", meetings, "agendas", agendas);
  }

  /**
   * Agendas the member wrote, and those written for their meetings (the meetings go, so do their
   * agendas): an invite or reminder that quotes one is removed with them.
   */
  @Override
  public Set<String> writtenBy(Handle h, long communityId, String userId) {
    return new LinkedHashSet<>(
        h.createQuery(
                "SELECT a.text FROM meeting_agenda a JOIN meeting m ON m.id = a.meeting_id"
                    + " WHERE a.community_id = :c AND (a.user_id = :u OR m.mentorship_id IN"
                    + " (SELECT mentorship_id FROM mentorship_member"
                    + " WHERE community_id = :c AND user_id = :u))")
            .bind("c", communityId)
            .bind("u", userId)
            .mapTo(String.class)
            .list());
  }

  @Override
  public void erase(Handle tx, long communityId, String userId) {
    tx.createUpdate("DELETE FROM meeting_agenda WHERE community_id = :c AND user_id = :u")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
    // Agendas of the member's meetings go with the meetings (ON DELETE CASCADE).
    tx.createUpdate(
            "DELETE FROM meeting WHERE community_id = :c AND (proposed_by = :u OR move_by = :u"
                + " OR mentorship_id IN (SELECT mentorship_id FROM mentorship_member"
                + " WHERE community_id = :c AND user_id = :u))")
        .bind("c", communityId)
        .bind("u", userId)
        .execute();
  }
}
