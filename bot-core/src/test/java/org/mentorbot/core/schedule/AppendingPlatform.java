package org.mentorbot.core.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.LockSupport;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.ChatGateway;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;

/**
 * A fake platform that outlives the process: every accepted message is one line ({@code
 * recipient|text}) appended to a file with a single write, so a killed JVM leaves whole lines. An
 * optional latency stands for the network round trip.
 */
final class AppendingPlatform implements ChatGateway {

  private final Path file;
  private final long latencyNanos;

  AppendingPlatform(Path file, long latencyNanos) {
    this.file = file;
    this.latencyNanos = latencyNanos;
  }

  @Override
  public synchronized DeliveryResult deliver(
      CommunityId community, Destination destination, Message message) {
    if (latencyNanos > 0) {
      LockSupport.parkNanos(latencyNanos); // the simulated platform's round trip
    }
    String recipient = ((Destination.DirectMessage) destination).userId();
    try {
      Files.write(
          file,
          (recipient + "|" + message.text() + "\n").getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DeliveryResult.delivered();
  }
}
