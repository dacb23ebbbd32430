package org.mentorbot.core.privacy;

import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ActionHandler;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.feature.CoreContext;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;

/**
 * {@code /mentor forget-me}: asks to confirm, then erases every row about the member in one
 * transaction. The confirm button carries only a token naming the offer; what was offered, to whom
 * and until when is a row in {@code forget_offer}, so a forged, replayed or someone else's button
 * erases nothing, and no button id can stretch the confirmation window.
 */
final class ForgetMeCommand implements CommandHandler, ActionHandler {

  static final String PREFIX = "forget";
  static final Duration CONFIRM_WINDOW = Duration.ofMinutes(10);

  private final CoreContext context;
  private final Privacy privacy;

  ForgetMeCommand(CoreContext context, Privacy privacy) {
    this.context = context;
    this.privacy = privacy;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "forget-me");
  }

  @Override
  public String prefix() {
    return PREFIX;
  }

  @Override
  public Reply handle(CommandRequest request) {
    String userId = request.actor().userId();
    long expires = context.clock().millis() + CONFIRM_WINDOW.toMillis();
    String token = token(userId, expires);
    context
        .db()
        .writeVoid(
            tx ->
                tx.createUpdate(
                        "INSERT INTO forget_offer (community_id, user_id, token, expires_at)"
                            + " VALUES (:c, :u, :t, :e) ON CONFLICT (community_id, user_id)"
                            + " DO UPDATE SET token = excluded.token,"
                            + " expires_at = excluded.expires_at")
                    .bind("c", context.communities().idOf(tx, request.community()))
                    .bind("u", userId)
                    .bind("t", token)
                    .bind("e", expires)
                    .execute());
    Message ask =
        Message.builder(
                "This erases your profile, matches, check-ins, feedback, queue entries, asks and"
                    + " every message mentorbot keeps for you or about you. It cannot be undone."
                    + " Are you sure?")
            .title("Erase all your data?")
            .button(Button.danger("Erase everything", PREFIX + ":confirm:" + token))
            .button(Button.secondary("Keep my data", PREFIX + ":cancel"))
            .build();
    return Reply.privately(ask);
  }

  @Override
  public Reply press(Invocation invocation, String argument) {
    String userId = invocation.actor().userId();
    if (argument.equals("cancel")) {
      context
          .db()
          .writeVoid(
              tx ->
                  context
                      .communities()
                      .find(tx, invocation.community())
                      .ifPresent(c -> withdraw(tx, c, userId)));
      return Reply.privately("Nothing was erased.");
    }
    String[] parts = argument.split(":", -1);
    if (parts.length != 2 || !parts[0].equals("confirm")) {
      throw expired();
    }
    String token = parts[1];
    long now = context.clock().millis();
    context
        .db()
        .writeVoid(
            tx -> {
              long community =
                  context
                      .communities()
                      .find(tx, invocation.community())
                      .orElseThrow(() -> expired());
              Optional<Long> offered =
                  tx.createQuery(
                          "SELECT expires_at FROM forget_offer WHERE community_id = :c"
                              + " AND user_id = :u AND token = :t")
                      .bind("c", community)
                      .bind("u", userId)
                      .bind("t", token)
                      .mapTo(Long.class)
                      .findOne();
              if (offered.isEmpty() || now > offered.get()) {
                throw expired();
              }
              privacy.erase(tx, community, userId);
              withdraw(tx, community, userId);
            });
    privacy.scrubFile(context.db());
    return Reply.privately("Done. Everything mentorbot stored about you has been erased.");
  }

  /**
   * Names one offer. It need not be secret (the offer row is per member, so only its owner can
   * confirm it, and the expiry that counts is the stored one), but it differs between members, so
   * one member's button never matches another's offer, and it is stable, so console scripts replay.
   */
  static String token(String userId, long expires) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest((userId + "\n" + expires).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static void withdraw(Handle tx, long community, String userId) {
    tx.createUpdate("DELETE FROM forget_offer WHERE community_id = :c AND user_id = :u")
        .bind("c", community)
        .bind("u", userId)
        .execute();
  }

  private static ProblemException expired() {
    return new ProblemException(
        "That button has expired.", "Run `/mentor forget-me` again if you still want it.");
  }
}
