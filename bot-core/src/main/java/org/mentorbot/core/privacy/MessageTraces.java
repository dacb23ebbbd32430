package org.mentorbot.core.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.messaging.Field;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.schedule.MessageCodec;

/**
 * The member's traces in the durable outbox and job table: messages sent to them or naming them,
 * and scheduled work whose key or payload holds their id. Export lists them; forget-me deletes
 * them, and rewrites the notices erasure itself sends to others (a declined ask, a closed queue) so
 * they no longer name the member.
 */
final class MessageTraces {

  /** Who a notice written during erasure calls the erased member. */
  static final String ERASED_NAME = "a former member";

  private final MessageCodec codec = new MessageCodec();

  /** One outbox row as stored. */
  private record OutboxRow(
      long id,
      String key,
      String destination,
      String message,
      String state,
      long createdAt,
      Long deliveredAt,
      String lastError) {
    String raw() {
      return key
          + "\n"
          + destination
          + "\n"
          + message
          + "\n"
          + (lastError == null ? "" : lastError);
    }
  }

  /** One job row as stored. */
  private record JobRow(
      long id,
      String kind,
      String payload,
      String key,
      String group,
      String state,
      long dueAt,
      String lastError) {
    String raw() {
      return kind
          + "\n"
          + payload
          + "\n"
          + key
          + "\n"
          + (group == null ? "" : group)
          + "\n"
          + (lastError == null ? "" : lastError);
    }
  }

  /** What identifies a member's data in a row: their id (as a whole word) and texts they wrote. */
  static final class Needles {
    private final Pattern id;
    private final List<Pattern> texts;

    Needles(String userId, Collection<String> written) {
      this.id = word(userId);
      this.texts =
          written.stream()
              .filter(t -> t != null && !t.isBlank())
              .map(String::strip)
              .distinct()
              .map(Needles::word)
              .toList();
    }

    /** A whole-word match, so the id "al" does not match "also" (ids are word-like). */
    private static Pattern word(String text) {
      return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}_])");
    }

    boolean id(String text) {
      return id.matcher(text).find();
    }

    boolean any(String text) {
      return id(text) || texts.stream().anyMatch(p -> p.matcher(text).find());
    }

    String redact(String text) {
      String out = id.matcher(text).replaceAll(ERASED_NAME);
      for (Pattern p : texts) {
        out = p.matcher(out).replaceAll("…");
      }
      // A mention of the erased id reads "<@a former member>": show it as plain words.
      out = out.replace("<@" + ERASED_NAME + ">", ERASED_NAME);
      return out.startsWith(ERASED_NAME) ? "A" + out.substring(1) : out;
    }
  }

  /** The readable content of a stored message: texts, buttons, and an attachment's bytes. */
  private String decoded(String message) {
    if (message.isEmpty()) {
      return "";
    }
    try {
      Message m = codec.decodeMessage(message);
      StringBuilder out = new StringBuilder(m.title()).append('\n').append(m.text());
      for (Field f : m.fields()) {
        out.append('\n').append(f.name()).append('\n').append(f.value());
      }
      m.buttons()
          .forEach(b -> out.append('\n').append(b.label()).append('\n').append(b.actionId()));
      m.mentions().forEach(u -> out.append('\n').append(u));
      m.attachment()
          .ifPresent(
              a ->
                  out.append('\n')
                      .append(a.fileName())
                      .append('\n')
                      .append(new String(a.content(), StandardCharsets.UTF_8)));
      return out.toString();
    } catch (IllegalArgumentException unreadable) {
      return message;
    }
  }

  private boolean holds(OutboxRow row, Needles needles) {
    return needles.any(row.raw()) || needles.any(decoded(row.message()));
  }

  private List<OutboxRow> outbox(Handle h, long communityId) {
    return h.createQuery(
            "SELECT id, idempotency_key, destination, message, state, created_at, delivered_at,"
                + " last_error FROM outbox WHERE community_id = :c ORDER BY id")
        .bind("c", communityId)
        .map(
            (rs, ctx) ->
                new OutboxRow(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getLong(6),
                    rs.getObject(7) == null ? null : rs.getLong(7),
                    rs.getString(8)))
        .list();
  }

  private List<JobRow> jobs(Handle h, long communityId) {
    return h.createQuery(
            "SELECT id, kind, payload, dedupe_key, coalesce_group, state, due_at, last_error"
                + " FROM job WHERE community_id = :c ORDER BY id")
        .bind("c", communityId)
        .map(
            (rs, ctx) ->
                new JobRow(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getLong(7),
                    rs.getString(8)))
        .list();
  }

  /** For export: the messages to or about the member, and the work scheduled about them. */
  Map<String, Object> export(Handle h, long communityId, String userId) {
    Needles needles = new Needles(userId, Set.of());
    List<Map<String, Object>> messages = new ArrayList<>();
    for (OutboxRow row : outbox(h, communityId)) {
      if (!holds(row, needles)) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("createdAt", iso(row.createdAt()));
      m.put("state", row.state());
      m.put("deliveredAt", row.deliveredAt() == null ? null : iso(row.deliveredAt()));
      m.put("to", row.destination().isEmpty() ? "(purged)" : row.destination());
      m.put("text", text(row.message()).orElse("(purged after the retention period)"));
      messages.add(m);
    }
    List<Map<String, Object>> scheduled = new ArrayList<>();
    for (JobRow row : jobs(h, communityId)) {
      if (!needles.any(row.raw())) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", row.kind());
      m.put("state", row.state());
      m.put("dueAt", iso(row.dueAt()));
      m.put("payload", row.payload());
      scheduled.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("messages", messages);
    out.put("scheduledWork", scheduled);
    return out;
  }

  private Optional<String> text(String message) {
    if (message.isEmpty()) {
      return Optional.empty();
    }
    try {
      Message m = codec.decodeMessage(message);
      String fields =
          m.fields().stream()
              .map(f -> f.name() + ": " + f.value())
              .collect(Collectors.joining("\n"));
      String attachment = m.attachment().map(a -> "\n(attachment " + a.fileName() + ")").orElse("");
      return Optional.of(
          (m.title().isEmpty() ? "" : m.title() + "\n")
              + m.text()
              + (fields.isEmpty() ? "" : "\n" + fields)
              + attachment);
    } catch (IllegalArgumentException unreadable) {
      return Optional.of(message);
    }
  }

  /** The id the next outbox row will get at least: rows from here on were written by erasure. */
  long watermark(Handle tx, long communityId) {
    return tx.createQuery("SELECT COALESCE(MAX(id), 0) FROM outbox").mapTo(Long.class).one();
  }

  /**
   * Deletes every outbox and job row of the community that holds the member's id or a text they
   * wrote, except the notices erasure itself queued (ids above {@code watermark}), which are
   * rewritten without the member's name.
   */
  void erase(Handle tx, long communityId, String userId, Set<String> written, long watermark) {
    Needles needles = new Needles(userId, written);
    for (OutboxRow row : outbox(tx, communityId)) {
      if (!holds(row, needles)) {
        continue;
      }
      if (row.id() <= watermark || needles.id(row.destination()) || row.message().isEmpty()) {
        tx.createUpdate("DELETE FROM outbox WHERE id = :id").bind("id", row.id()).execute();
      } else {
        rewrite(tx, row, needles);
      }
    }
    for (JobRow row : jobs(tx, communityId)) {
      if (needles.any(row.raw())) {
        tx.createUpdate("DELETE FROM job WHERE id = :id").bind("id", row.id()).execute();
      }
    }
    // Adapters' notes about deliveries in flight are keyed by the outbox key, which may name them.
    eraseKeyed(tx, communityId, "delivery_note", "community", needles);
    eraseKeyed(tx, communityId, "slack_delivery", "team_id", needles);
  }

  private static void eraseKeyed(
      Handle tx, long communityId, String table, String communityColumn, Needles needles) {
    String external =
        tx.createQuery("SELECT external_id FROM community WHERE id = :c")
            .bind("c", communityId)
            .mapTo(String.class)
            .findOne()
            .orElse(null);
    if (external == null) {
      return;
    }
    List<String> keys =
        tx.createQuery(
                "SELECT DISTINCT idempotency_key FROM "
                    + table
                    + " WHERE "
                    + communityColumn
                    + " = :e")
            .bind("e", external)
            .mapTo(String.class)
            .list();
    for (String key : keys) {
      if (needles.any(key)) {
        tx.createUpdate(
                "DELETE FROM "
                    + table
                    + " WHERE "
                    + communityColumn
                    + " = :e AND idempotency_key = :k")
            .bind("e", external)
            .bind("k", key)
            .execute();
      }
    }
  }

  private void rewrite(Handle tx, OutboxRow row, Needles needles) {
    Message m;
    try {
      m = codec.decodeMessage(row.message());
    } catch (IllegalArgumentException unreadable) {
      tx.createUpdate("DELETE FROM outbox WHERE id = :id").bind("id", row.id()).execute();
      return;
    }
    Message.Builder b = Message.builder(needles.redact(m.text())).title(needles.redact(m.title()));
    m.fields().forEach(f -> b.field(needles.redact(f.name()), needles.redact(f.value())));
    m.buttons().stream().filter(x -> !needles.any(x.actionId())).forEach(b::button);
    m.mentions().stream().filter(u -> !needles.id(u)).forEach(b::mention);
    m.attachment().ifPresent(b::attachment);
    String key = needles.any(row.key()) ? "erased:" + UUID.randomUUID() : row.key();
    tx.createUpdate("UPDATE outbox SET message = :m, idempotency_key = :k WHERE id = :id")
        .bind("m", codec.encode(b.build()))
        .bind("k", key)
        .bind("id", row.id())
        .execute();
  }

  private static String iso(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }
}
