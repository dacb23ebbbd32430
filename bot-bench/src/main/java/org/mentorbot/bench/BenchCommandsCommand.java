package org.mentorbot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.command.Actor;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.RateLimiter;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;
import org.mentorbot.core.messaging.DeliveryResult;
import org.mentorbot.core.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench commands}: core commands per second on either engine, through the whole core (the
 * command grammar, the feature, the database, the outbox), from several threads at once as a busy
 * community's members would: sign-ups, edits and profile views. Prints figures; asserts nothing.
 */
@Command(
    name = "commands",
    mixinStandardHelpOptions = true,
    description = "Benchmark core commands/s on SQLite or PostgreSQL.")
public final class BenchCommandsCommand implements Callable<Integer> {

  @Option(
      names = "--db",
      description =
          "A new, empty database: SQLite file or jdbc:postgresql:// URL (user and password from"
              + " MENTORBOT_DB_USER / MENTORBOT_DB_PASSWORD); default a temporary SQLite file.")
  String db;

  @Option(
      names = "--members",
      defaultValue = "1000",
      description = "Members who sign up, then edit and view (default: ${DEFAULT-VALUE}).")
  int members;

  @Option(
      names = "--threads",
      defaultValue = "8",
      description = "Commands run at once (default: ${DEFAULT-VALUE}).")
  int threads;

  @Spec CommandSpec spec;

  private static final CommunityId COMMUNITY = new CommunityId(Platform.CONSOLE, "bench");

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (members < 1 || threads < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--members and --threads must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path temporary = db == null ? Files.createTempDirectory("mentorbot-bench-") : null;
    String target = db == null ? temporary.resolve("bench.db").toString() : db;
    try (Database database =
        Database.open(
            target, System.getenv("MENTORBOT_DB_USER"), System.getenv("MENTORBOT_DB_PASSWORD"))) {
      long communities =
          database.read(
              h -> h.createQuery("SELECT COUNT(*) FROM community").mapTo(Long.class).one());
      if (communities > 0) {
        out.println("bench commands needs a new, empty database");
        return 2;
      }
      try (MentorbotCore core =
          MentorbotCore.builder(database, (c, d, m) -> DeliveryResult.delivered())
              .rateLimiter(RateLimiter.unlimited())
              .build()) {
        out.printf(
            Locale.ROOT,
            "core commands on %s, %d threads, %,d members%n",
            database.engine() == Database.Engine.POSTGRESQL ? "PostgreSQL" : "a SQLite file",
            threads,
            members);
        int failed =
            phase(
                out,
                core,
                "/mentor signup",
                i ->
                    i % 2 == 0
                        ? "signup mentor topics:java,go capacity:2"
                        : "signup mentee topics:java goals:\"learn java\"");
        failed += phase(out, core, "/mentor edit", i -> "edit topics:go,rust");
        failed += phase(out, core, "/mentor profile", i -> "profile");
        out.printf(Locale.ROOT, "commands that failed: %d%n", failed);
        out.flush();
        return failed == 0 ? 0 : 1;
      }
    } finally {
      if (temporary != null) {
        try (var paths = Files.walk(temporary)) {
          for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(path);
          }
        }
      }
    }
  }

  /**
   * CPU time this process has used, all threads: divided by the commands it is a figure that holds
   * on a busy machine, where commands/s only says how much of the CPU the bench was given.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Runs one command per member on the thread pool; prints commands/s; returns failures. */
  private int phase(PrintWriter out, MentorbotCore core, String what, IntFunction<String> text)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      int member = i;
      done.add(
          pool.submit(
              () -> {
                Invocation as =
                    new Invocation(
                        COMMUNITY,
                        new Actor("m" + member, "m" + member, false, Set.of()),
                        Optional.of("general"));
                try {
                  if (!(core.commands().runText(as, "mentor", text.apply(member))
                      instanceof Reply.Shown)) {
                    failed.incrementAndGet();
                  }
                } catch (RuntimeException e) {
                  failed.incrementAndGet();
                }
              }));
    }
    for (Future<?> f : done) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        failed.incrementAndGet();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuMillis = (processCpuNanos() - cpuStart) / 1e6;
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    out.printf(
        Locale.ROOT,
        "%-18s %,7d commands in %6.2f s  (%,8.0f commands/s, %5.2f ms CPU each)%n",
        what + ":",
        members,
        seconds,
        members / seconds,
        cpuMillis / members);
    out.flush();
    return failed.get();
  }
}
