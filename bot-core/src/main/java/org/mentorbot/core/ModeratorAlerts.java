package org.mentorbot.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.community.SettingsStore;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.moderation.ConfidentialAlerts;
import org.mentorbot.core.schedule.FailingJobListener;
import org.mentorbot.core.schedule.MessageCodec;
import org.mentorbot.core.schedule.SqlOutbox;
import org.mentorbot.core.schedule.UndeliverableListener;
import org.mentorbot.core.schedule.UndeliveredMessage;

/**
 * Tells moderators when a message could never be delivered (member left, DMs closed) and when a
 * scheduled job keeps failing, so nothing fails silently. Alerts about alerts are not sent, which
 * ends any loop.
 */
final class ModeratorAlerts implements UndeliverableListener, FailingJobListener {

  private static final String PREFIX = "undeliverable:";

  private final SettingsStore settings;
  private final SqlOutbox outbox;
  private final ConfidentialAlerts moderators;

  ModeratorAlerts(SettingsStore settings, MessageCodec codec, Clock clock) {
    CommunityStore communities = new CommunityStore(clock);
    this.settings = settings;
    this.outbox = new SqlOutbox(communities, codec, clock);
    this.moderators = new ConfidentialAlerts(settings, outbox, communities);
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

  @Override
  public void failing(Handle transaction, FailingJob job) {
    settings
        .load(transaction, job.community())
        .alertChannel()
        .ifPresent(
            channel ->
                outbox.enqueue(
                    transaction,
                    job.community(),
                    new Destination.Channel(channel),
                    Message.builder(
                            "Scheduled work is failing: "
                                + what(job.kind())
                                + ", due "
                                + FORMAT.format(Instant.ofEpochMilli(job.dueAt()))
                                + " UTC, failed "
                                + job.failures()
                                + (job.failures() == 1 ? " time" : " times")
                                + ". Last error: "
                                + clip(job.error())
                                + (job.givenUp()
                                    ? ". I have stopped trying; please report this to whoever"
                                        + " runs the bot."
                                    : ". I keep retrying for a few hours and will not alert"
                                        + " about it again."))
                        .title("A scheduled job keeps failing")
                        .build(),
                    "job-failing:" + job.jobId()));
  }

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** The job's purpose in moderators' words; its kind name for the rest. */
  private static String what(String kind) {
    return switch (kind) {
      case "round-open" -> "opening a scheduled round";
      case "round-publish" -> "publishing a scheduled round";
      case "round-close" -> "closing a round";
      case "oh-open" -> "opening scheduled office hours";
      case "oh-close" -> "closing office hours";
      case "oh-announce" -> "announcing office hours";
      default -> "job `" + kind + "`";
    };
  }

  private static String clip(String error) {
    return error.length() <= 300 ? error : error.substring(0, 299) + "…";
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
