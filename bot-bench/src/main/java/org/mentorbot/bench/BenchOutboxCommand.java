package org.mentorbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.schedule.MessageCodec;
import org.mentorbot.core.schedule.OutboxDispatcher;
import org.mentorbot.core.schedule.SqlOutbox;
import org.mentorbot.core.schedule.UndeliverableListener;
import org.mentorbot.core.schedule.WorkerSettings;
import org.mentorbot.core.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the outbox on a temporary SQLite file: a round publish's intros enqueued in one
 * transaction, a sample enqueued one transaction each (as separate commands would), then all of
 * them delivered through a gateway that accepts instantly. Prints figures; asserts nothing.
 */
@Command(
    name = "outbox",
    mixinStandardHelpOptions = true,
    description = "Benchmark the durable outbox: enqueue intros, then drain them.")
public final class BenchOutboxCommand implements Callable<Integer> {

  @Option(
      names = "--intros",
      defaultValue = "5000",
      description = "Intros enqueued in one transaction (default: ${DEFAULT-VALUE}).")
  int intros;

  @Option(
      names = "--single",
      defaultValue = "1000",
      description = "Messages enqueued one transaction each (default: ${DEFAULT-VALUE}).")
  int single;

  @Option(
      names = "--warmup",
      defaultValue = "2000",
      description =
          "Messages enqueued and delivered first, unmeasured, so the JIT has compiled the"
              + " paths (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--instances",
      description =
          "Deliver with this many processes on --db through a fake platform that takes"
              + " --latency-ms per call, and print messages/s; without it, the single-process"
              + " figures on a temporary SQLite file.")
  Integer instances;

  @Option(
      names = "--db",
      description =
          "With --instances: a new, empty database, a SQLite file or jdbc:postgresql:// URL (user"
              + " and password from MENTORBOT_DB_USER / MENTORBOT_DB_PASSWORD); default a"
              + " temporary SQLite file.")
  String db;

  @Option(
      names = "--messages",
      defaultValue = "3000",
      description = "With --instances: messages to deliver (default: ${DEFAULT-VALUE}).")
  int messages;

  @Option(
      names = "--latency-ms",
      defaultValue = "50",
      description = "With --instances: the platform's time per call (default: ${DEFAULT-VALUE}).")
  int latencyMs;

  @Option(
      names = "--delivery-threads",
      defaultValue = "8",
      description =
          "With --instances: platform calls each instance makes at once (default:"
              + " ${DEFAULT-VALUE}).")
  int deliveryThreads;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (instances != null) {
      if (instances < 1 || messages < 1 || latencyMs < 0 || deliveryThreads < 1) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--instances, --messages and --delivery-threads must be at least 1, --latency-ms at"
                + " least 0");
      }
      Path temporary = db == null ? Files.createTempDirectory("mentorbot-bench-") : null;
      try {
        String target = db == null ? temporary.resolve("bench.db").toString() : db;
        return new OutboxInstances(target, instances, messages, latencyMs, deliveryThreads)
            .run(spec.commandLine().getOut());
      } finally {
        if (temporary != null) {
          deleteRecursively(temporary);
        }
      }
    }
    if (intros < 1 || single < 0 || warmup < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--intros must be at least 1, --single and --warmup at least 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("mentorbot-bench-");
    try (Database database = Database.openFile(dir.resolve("bench.db").toString())) {
      Clock clock = Clock.systemUTC();
      CommunityStore communities = new CommunityStore(clock);
      MessageCodec codec = new MessageCodec();
      SqlOutbox outbox = new SqlOutbox(communities, codec, clock);
      CommunityId community = new CommunityId(Platform.DISCORD, "bench-guild");
      out.printf(
          Locale.ROOT,
          "outbox benchmark on a SQLite file: intros to conversations of 2, with 3 buttons%n");

      OutboxDispatcher dispatcher =
          new OutboxDispatcher(
              database,
              (c, d, m) -> DeliveryResult.delivered(),
              communities,
              codec,
              clock,
              WorkerSettings.defaults(),
              UndeliverableListener.NONE);
      if (warmup > 0) {
        CommunityId scratch = new CommunityId(Platform.DISCORD, "bench-warmup");
        database.writeVoid(
            h -> {
              for (int i = 0; i < warmup; i++) {
                outbox.enqueue(h, scratch, conversation(i), intro(i), "warmup:" + i);
              }
            });
        dispatcher.drain();
        out.printf(
            Locale.ROOT, "warm-up: %,d messages enqueued and delivered, not measured%n", warmup);
      }

      long start = System.nanoTime();
      database.writeVoid(
          h -> {
            for (int i = 0; i < intros; i++) {
              outbox.enqueue(h, community, conversation(i), intro(i), "intro:round1:" + i);
            }
          });
      report(out, "enqueue, one transaction", intros, System.nanoTime() - start);

      start = System.nanoTime();
      for (int i = 0; i < single; i++) {
        int n = i;
        database.writeVoid(
            h -> outbox.enqueue(h, community, conversation(intros + n), intro(n), "single:" + n));
      }
      report(out, "enqueue, a transaction each", single, System.nanoTime() - start);

      start = System.nanoTime();
      int delivered = dispatcher.drain();
      report(out, "deliver via no-op gateway", delivered, System.nanoTime() - start);
      long pending =
          database.read(
              h ->
                  h.createQuery("SELECT COUNT(*) FROM outbox WHERE state <> 'delivered'")
                      .mapTo(Long.class)
                      .one());
      out.printf(Locale.ROOT, "not delivered: %d%n", pending);
      out.flush();
      return pending == 0 && delivered == intros + single ? 0 : 1;
    } finally {
      deleteRecursively(dir);
    }
  }

  private static Destination conversation(int i) {
    return new Destination.Conversation(List.of("mentor" + (i % 700), "mentee" + i));
  }

  private static Message intro(int i) {
    String mentor = "mentor" + (i % 700);
    String mentee = "mentee" + i;
    return Message.builder(
            "Meet your match for this round! <@"
                + mentor
                + "> has offered to mentor <@"
                + mentee
                + ">. Say hello, share a bit about what you want from the next month, and pick"
                + " a time for a first 30-minute call.")
        .title("Your mentorship match")
        .field("Shared topics", "java, distributed systems")
        .field("Goals", "Prepare for a first senior role; learn to design services")
        .field("Suggested first questions", "What does a good week look like for you?")
        .button(Button.primary("We met", "checkin:met:" + i))
        .button(Button.secondary("Scheduled", "checkin:scheduled:" + i))
        .button(Button.danger("Need help", "checkin:need-help:" + i))
        .mention(mentor)
        .mention(mentee)
        .build();
  }

  private static void report(PrintWriter out, String what, int count, long nanos) {
    double millis = nanos / 1_000_000.0;
    double perSecond = millis == 0 ? 0 : count / (millis / 1000.0);
    out.printf(
        Locale.ROOT,
        "%-28s %,8d messages in %,9.1f ms  (%,10.0f msg/s)%n",
        what + ":",
        count,
        millis,
        perSecond);
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(BenchOutboxCommand::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
