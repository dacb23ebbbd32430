package org.mentorbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.CommunityStore;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.Destination;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.schedule.MessageCodec;
import org.mentorbot.core.schedule.SqlOutbox;
import org.mentorbot.core.storage.Database;

/**
 * {@code bench outbox --instances N}: N processes ({@link OutboxInstanceChild}) deliver the same
 * outbox on one database through a platform that takes a fixed time per call, as several bot
 * instances would. Throughput is measured from the first delivery to the last ({@code
 * delivered_at}), so JVM start-up is not counted. The database must hold no community: every
 * pending message in it would go to the fake platform. The bench's rows are deleted afterwards.
 */
final class OutboxInstances {

  private final String db;
  private final int instances;
  private final int messages;
  private final int latencyMs;
  private final int threads;

  OutboxInstances(String db, int instances, int messages, int latencyMs, int threads) {
    this.db = db;
    this.instances = instances;
    this.messages = messages;
    this.latencyMs = latencyMs;
    this.threads = threads;
  }

  int run(PrintWriter out) throws IOException, InterruptedException {
    try (Database database =
        Database.open(
            db, System.getenv("MENTORBOT_DB_USER"), System.getenv("MENTORBOT_DB_PASSWORD"))) {
      long communities =
          database.read(
              h -> h.createQuery("SELECT COUNT(*) FROM community").mapTo(Long.class).one());
      if (communities > 0) {
        out.println(
            "bench outbox --instances needs a new, empty database: it delivers every pending"
                + " message to a fake platform");
        return 2;
      }
      out.printf(
          Locale.ROOT,
          "outbox across %d instances on %s: %,d messages, platform %d ms per call, %d delivery"
              + " threads each%n",
          instances,
          database.engine() == Database.Engine.POSTGRESQL ? "PostgreSQL" : "a SQLite file",
          messages,
          latencyMs,
          threads);
      out.flush();
      List<Process> children = new ArrayList<>();
      List<Path> logFiles = new ArrayList<>();
      Path logs = Files.createTempDirectory("mentorbot-bench-instances-");
      for (int i = 0; i < instances; i++) {
        logFiles.add(logs.resolve("instance-" + i + ".log"));
        children.add(start(logFiles.get(i)));
      }
      awaitReady(children, logFiles);
      long started = System.nanoTime();
      seed(database);
      boolean allDone = true;
      for (Process child : children) {
        allDone &= child.waitFor(30, TimeUnit.MINUTES) && child.exitValue() == 0;
      }
      double wall = (System.nanoTime() - started) / 1e9;
      long[] span =
          database.read(
              h ->
                  h.createQuery(
                          "SELECT COUNT(*), MIN(delivered_at), MAX(delivered_at) FROM outbox"
                              + " WHERE state = 'delivered'")
                      .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                      .one());
      double seconds = Math.max(1, span[2] - span[1]) / 1000.0;
      out.printf(
          Locale.ROOT,
          "delivered %,d of %,d in %.1f s (first to last delivery; %.1f s from enqueueing):"
              + " %,.0f msg/s%n",
          span[0],
          messages,
          seconds,
          wall,
          span[0] / seconds);
      if (!allDone) {
        out.println("an instance failed; its log is in " + logs);
      }
      out.flush();
      database.writeVoid(
          h -> {
            h.execute("DELETE FROM outbox");
            h.execute("DELETE FROM community");
          });
      return allDone && span[0] == messages ? 0 : 1;
    }
  }

  /** Waits until every instance has opened the database and printed "ready". */
  private static void awaitReady(List<Process> children, List<Path> logs)
      throws IOException, InterruptedException {
    long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    for (int i = 0; i < children.size(); i++) {
      while (!Files.readString(logs.get(i)).contains("ready")) {
        if (!children.get(i).isAlive() || System.nanoTime() > giveUp) {
          throw new IOException("instance " + i + " did not start; its log: " + logs.get(i));
        }
        children.get(i).waitFor(20, TimeUnit.MILLISECONDS); // returns early only if it exits
      }
    }
  }

  private void seed(Database database) {
    Clock clock = Clock.systemUTC();
    SqlOutbox outbox = new SqlOutbox(new CommunityStore(clock), new MessageCodec(), clock);
    CommunityId community = new CommunityId(Platform.DISCORD, "bench-instances");
    database.writeVoid(
        h -> {
          for (int i = 0; i < messages; i++) {
            // One recipient each, so no message waits for an earlier one to the same person.
            outbox.enqueue(
                h,
                community,
                new Destination.DirectMessage("member" + i),
                Message.of("bench message " + i),
                "bench:" + i);
          }
        });
  }

  private Process start(Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            // C1 only and a serial collector: the instances are waiting on the platform, and on a
            // small machine C2 compiling in three JVMs at once would cost more than it gains.
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            classpath,
            OutboxInstanceChild.class.getName(),
            db,
            Integer.toString(latencyMs),
            Integer.toString(threads))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
