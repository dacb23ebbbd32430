package org.mentorbot.core.messaging;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorbot.core.community.CommunityId;

/**
 * Where an adapter notes what part of a delivery already happened on the platform, keyed by the
 * outbox row's idempotency key, so a retry continues it: Discord notes the intro thread it created,
 * and a retry posts in that thread instead of opening another. The core keeps the notes in the
 * database ({@code SqlDeliveryNotes}), so they survive a restart.
 */
public interface DeliveryNotes {

  Optional<String> get(CommunityId community, String idempotencyKey, String name);

  /** Stores {@code value}; a note that exists already is kept (the first write wins). */
  void put(CommunityId community, String idempotencyKey, String name, String value);

  /** Notes kept in memory only, for tests and front ends without a database. */
  static DeliveryNotes inMemory() {
    Map<String, String> notes = new ConcurrentHashMap<>();
    return new DeliveryNotes() {
      @Override
      public Optional<String> get(CommunityId community, String idempotencyKey, String name) {
        return Optional.ofNullable(notes.get(community + "\n" + idempotencyKey + "\n" + name));
      }

      @Override
      public void put(CommunityId community, String idempotencyKey, String name, String value) {
        notes.putIfAbsent(community + "\n" + idempotencyKey + "\n" + name, value);
      }
    };
  }
}
