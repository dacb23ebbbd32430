package org.mentorbot.core.feature;

import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * A feature's rows about one member, for {@code /mentor export} and {@code /mentor forget-me}.
 * Every table that stores a member id has a holder, so nothing is missed.
 */
public interface PersonalData {

  /** The export section's name, e.g. {@code profile}. */
  String section();

  /** The member's data as JSON-serialisable values (records, lists, maps). */
  Object export(Handle handle, long communityId, String userId);

  /**
   * Free text and names this member wrote that the feature stores (bio, notes, questions, topics
   * only they use, display names). Forget-me also removes every outbox and job row that quotes any
   * of them, so nothing the member wrote survives in a message to someone else. Called before
   * {@link #erase}.
   */
  default Set<String> writtenBy(Handle handle, long communityId, String userId) {
    return Set.of();
  }

  /** Deletes the member's rows; runs inside the forget-me transaction. */
  void erase(Handle transaction, long communityId, String userId);
}
