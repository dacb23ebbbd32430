package org.mentorbot.discord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.mentorbot.core.community.CommunityId;

/**
 * Message nonces derived from the outbox row's idempotency key. JDA sends every message with {@code
 * enforce_nonce: true}; with a nonce that is the same on every attempt, Discord answers a repeated
 * send (a retry after a timeout or a crash) with the message it already created instead of posting
 * it again. JDA would otherwise pick a new random nonce per attempt. Discord keeps nonces for a few
 * minutes only, which covers retries after timeouts and restarts, not a row retried hours later.
 */
final class Nonces {
  /** Discord's limit on a nonce. */
  static final int LENGTH = 25;

  private Nonces() {}

  /**
   * @param where which send of the delivery (a channel post, one member's DM, the thread intro)
   * @param part the part's index, for a message sent as several
   */
  static String of(CommunityId community, String idempotencyKey, String where, int part) {
    String source = community + "\n" + idempotencyKey + "\n" + where + "\n" + part;
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
