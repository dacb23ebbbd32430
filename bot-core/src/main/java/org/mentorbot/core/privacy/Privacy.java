package org.mentorbot.core.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.feature.PersonalData;
import org.mentorbot.core.moderation.KnownModerators;
import org.mentorbot.core.storage.Database;

/** Collects and erases one member's data across every feature's {@link PersonalData}. */
final class Privacy {

  private final List<PersonalData> holders;
  private final MessageTraces traces = new MessageTraces();

  /** Times as ISO-8601 text (2026-03-10T15:00:00Z), which people and spreadsheets can read. */
  private final ObjectMapper json =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .registerModule(
              new SimpleModule("iso-times")
                  .addSerializer(Instant.class, ToStringSerializer.instance));

  Privacy(List<PersonalData> holders) {
    this.holders = List.copyOf(holders);
  }

  String exportJson(Handle handle, long communityId, String userId, Map<String, Object> header) {
    Map<String, Object> all = new LinkedHashMap<>(header);
    for (PersonalData holder : holders) {
      all.put(holder.section(), holder.export(handle, communityId, userId));
    }
    all.put("messages", traces.export(handle, communityId, userId));
    all.put(
        "moderation",
        Map.of("knownModerator", KnownModerators.isKnownModerator(handle, communityId, userId)));
    try {
      return json.writeValueAsString(all);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("export is not serialisable", e);
    }
  }

  /**
   * Erases the member everywhere in one transaction: first notes what they wrote, then lets each
   * feature delete its rows, then removes every message and job that still names them or quotes
   * them. Call {@link #scrubFile} after the commit.
   */
  void erase(Handle tx, long communityId, String userId) {
    Set<String> written = new LinkedHashSet<>();
    for (PersonalData holder : holders) {
      written.addAll(holder.writtenBy(tx, communityId, userId));
    }
    long watermark = traces.watermark(tx, communityId);
    for (PersonalData holder : holders) {
      holder.erase(tx, communityId, userId);
    }
    KnownModerators.forget(tx, communityId, userId);
    traces.erase(tx, communityId, userId, written, watermark);
  }

  /**
   * After an erasure commits: the deleted rows are already zeroed in their pages (secure delete);
   * this moves those pages from the write-ahead log into the file and empties the log, so no older
   * copy is left. A reader holding an old snapshot can delay that; the next erasure (or any
   * checkpoint) completes it.
   */
  void scrubFile(Database db) {
    for (int attempt = 0; attempt < 3 && !db.checkpoint(); attempt++) {
      Thread.onSpinWait();
    }
  }
}
