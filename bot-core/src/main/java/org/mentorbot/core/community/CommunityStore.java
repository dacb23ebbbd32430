package org.mentorbot.core.community;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.storage.TransactionMemo;

/** Maps a {@link CommunityId} to its row, creating the row the first time a community is seen. */
public final class CommunityStore {

  private final Clock clock;

  public CommunityStore(Clock clock) {
    this.clock = clock;
  }

  /** The row id of {@code community}, created if new. Call inside a write transaction. */
  public long idOf(Handle transaction, CommunityId community) {
    Optional<Long> known = find(transaction, community);
    if (known.isPresent()) {
      return known.get();
    }
    transaction
        .createUpdate(
            "INSERT INTO community (platform, external_id, created_at) VALUES (:p, :e, :t)"
                + " ON CONFLICT (platform, external_id) DO NOTHING")
        .bind("p", community.platform().name())
        .bind("e", community.externalId())
        .bind("t", clock.millis())
        .execute();
    return find(transaction, community).orElseThrow();
  }

  /** The row id of {@code community} if it was ever seen; usable in read transactions. */
  public Optional<Long> find(Handle handle, CommunityId community) {
    // Only a found id is remembered: a community not seen yet may be created later in this
    // transaction. Rows are never deleted, so a found id stays right.
    Long id =
        TransactionMemo.remember(
            handle,
            new RowOf(community),
            () ->
                handle
                    .createQuery(
                        "SELECT id FROM community WHERE platform = :p AND external_id = :e")
                    .bind("p", community.platform().name())
                    .bind("e", community.externalId())
                    .mapTo(Long.class)
                    .findOne()
                    .orElse(null));
    return Optional.ofNullable(id);
  }

  /** The memo key of a community's row id. */
  private record RowOf(CommunityId community) {}

  /** The community of a row id; used by workers that read rows of every community. */
  public CommunityId byId(Handle handle, long id) {
    return handle
        .createQuery("SELECT platform, external_id FROM community WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> new CommunityId(Platform.valueOf(rs.getString(1)), rs.getString(2)))
        .one();
  }
}
