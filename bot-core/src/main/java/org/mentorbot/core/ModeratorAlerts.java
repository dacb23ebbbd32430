package org.mentorbot.core;

import java.time.Clock;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.community.SettingsStore;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.moderation.ConfidentialAlerts;
import org.mentorbot.core.schedule.MessageCodec;
import org.mentorbot.core.schedule.SqlOutbox;
import org.mentorbot.core.schedule.UndeliverableListener;
import org.mentorbot.core.schedule.UndeliveredMessage;

/**
 * Tells moderators when a message could never be delivered (member left, DMs closed), so nothing
 * fails silently. Alerts about alerts are not sent, which ends any loop.
 */
final class ModeratorAlerts implements UndeliverableListener {

  private static final String PREFIX = "undeliverable:";

  private final ConfidentialAlerts moderators;

  ModeratorAlerts(SettingsStore settings, MessageCodec codec, Clock clock) {
    CommunityStore communities = new CommunityStore(clock);
    this.moderators =
        new ConfidentialAlerts(settings, new SqlOutbox(communities, codec, clock), communities);
  }

  @Override
  public void undeliverable(Handle transaction, UndeliveredMessage failed) {
    if (failed.idempotencyKey().startsWith(PREFIX)) {
      return;
    }
    // Which member could not be reached is itself private, so this goes where confidential alerts
    // go: the moderators' channel or each moderator by DM, never the announce channel.
    moderators.send(
        transaction,
        failed.community(),
        Message.of(
            "A message could not be delivered "
                + failed.destination().map(ModeratorAlerts::describe).orElse("")
                + ": "
                + failed.reason()),
        PREFIX + failed.outboxId());
  }

  private static String describe(Destination destination) {
    if (destination instanceof Destination.DirectMessage dm) {
      return "to <@" + dm.userId() + ">";
    }
    if (destination instanceof Destination.Channel c) {
      return "to <#" + c.channelId() + ">";
    }
    return "to a conversation of "
        + ((Destination.Conversation) destination).userIds().size()
        + " members";
  }
}
