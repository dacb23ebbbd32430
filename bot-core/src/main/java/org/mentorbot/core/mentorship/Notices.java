package org.mentorbot.core.mentorship;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.moderation.ConfidentialAlerts;

/**
 * The messages the lifecycle sends: to members by direct message, and to moderators privately
 * through {@link ConfidentialAlerts} (their channel, else each moderator by DM; never the announce
 * channel), as check-in alerts go: an ending's reason and note are confidential (DESIGN §5).
 */
final class Notices {

  private final Mentorships mentorships;

  Notices(Mentorships mentorships) {
    this.mentorships = mentorships;
  }

  void member(Handle tx, CommunityId community, String userId, Message message, String key) {
    mentorships
        .context
        .outbox()
        .enqueue(tx, community, new Destination.DirectMessage(userId), message, key);
  }

  /** To every member of {@code m} but {@code except} (may be empty). */
  void others(
      Handle tx,
      CommunityId community,
      Mentorship m,
      String except,
      java.util.function.Function<String, Message> message,
      String key) {
    for (String u : m.othersOf(except)) {
      member(tx, community, u, message.apply(u), key + ":" + u);
    }
  }

  /**
   * Tells the moderators; the alert carries "I'll take it" and "End mentorship" buttons when the
   * mentorship is still running.
   */
  void moderators(
      Handle tx, CommunityId community, Mentorship m, String title, String text, String key) {
    Message.Builder b = Message.builder(text).title(title);
    // As stored now: an alert about a mentorship that has just ended has nothing to act on.
    Mentorship current = mentorships.store.find(tx, m.id()).orElse(m);
    for (Button button : alertButtons(current)) {
      b.button(button);
    }
    ConfidentialAlerts.of(mentorships.context).send(tx, community, b.build(), key);
  }

  /** "I'll take it" and "End mentorship", for alerts about a running mentorship. */
  static List<Button> alertButtons(Mentorship m) {
    return m.running() ? Mentorships.alertButtons(m.id()) : List.of();
  }
}
