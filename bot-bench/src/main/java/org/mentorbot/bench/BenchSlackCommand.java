package org.mentorbot.bench;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.storage.Database;
import org.mentorbot.slack.SlackBot;
import org.mentorbot.slack.SlackChatGateway;
import org.mentorbot.slack.SlackSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mentorbot bench slack}: the real Bolt app in HTTP mode with the real core over a temporary
 * SQLite file, fed signed slash commands at a fixed rate from a loopback client. Of every twenty
 * commands, fifteen sign a new member up (a write), four are {@code /mentor find java} (a read) and
 * one is a bare {@code /mentor signup}, which opens the sign-up form ({@code views.open}, within
 * the 3 seconds its {@code trigger_id} lives). It prints how many were acked, the ack and reply
 * latency percentiles, how soon each form opened, and whether every sign-up is in the database
 * afterwards.
 */
@Command(
    name = "slack",
    mixinStandardHelpOptions = true,
    description = "Load-test the Slack front end over loopback (no Slack account needed).")
public final class BenchSlackCommand implements Callable<Integer> {

  /** A fresh signing secret per run: nothing hard-coded to leak; the bot checks real signatures. */
  private static final String SECRET = freshSecret();

  private static String freshSecret() {
    byte[] bytes = new byte[24];
    new java.security.SecureRandom().nextBytes(bytes);
    return java.util.HexFormat.of().formatHex(bytes);
  }

  @Option(names = "--rate", description = "Slash commands per second (default ${DEFAULT-VALUE}).")
  int rate = 200;

  @Option(names = "--seconds", description = "How long to send (default ${DEFAULT-VALUE}).")
  int seconds = 60;

  @Option(
      names = "--warmup-seconds",
      description =
          "Seconds at half the rate before measuring, not counted, so the JIT has compiled the"
              + " hot paths as in a bot that has been up a while; 0 measures a cold JVM (default"
              + " ${DEFAULT-VALUE}).")
  int warmupSeconds = 20;

  @Option(
      names = "--drain-seconds",
      description = "How long to wait for deferred replies afterwards (default ${DEFAULT-VALUE}).")
  int drainSeconds = 600;

  @Option(
      names = "--workers",
      description = "Slack adapter worker threads (default ${DEFAULT-VALUE}).")
  int workers = 8;

  @Override
  public Integer call() throws Exception {
    if (rate < 1
        || rate > 5000
        || seconds < 1
        || seconds > 3600
        || workers < 1
        || drainSeconds < 0
        || warmupSeconds < 0
        || warmupSeconds > 600) {
      System.err.println(
          "--rate must be 1-5000, --seconds 1-3600, --workers at least 1, --drain-seconds >= 0,"
              + " --warmup-seconds 0-600");
      return 2;
    }
    Path dir = Files.createTempDirectory("mentorbot-bench");
    Path dbFile = dir.resolve("bench.db");
    int port = freePort();
    try (LoopbackSlackApi api = new LoopbackSlackApi();
        Database db = Database.openFile(dbFile.toString())) {
      SlackSettings settings =
          new SlackSettings(
              "xoxb-bench-token-0000001",
              Optional.empty(),
              Optional.of(SECRET),
              port,
              SlackSettings.DEFAULT_PATH,
              api.apiUrl(),
              Optional.empty());
      try (SlackChatGateway gateway = new SlackChatGateway(settings);
          MentorbotCore core = MentorbotCore.builder(db, gateway).build()) {
        core.start();
        SlackBot bot = new SlackBot(settings, core.commands(), Duration.ofSeconds(2), workers);
        try {
          bot.start();
          return measure(api, db, port);
        } finally {
          bot.close();
        }
      }
    } finally {
      deleteQuietly(dir);
    }
  }

  private int measure(LoopbackSlackApi api, Database db, int port) throws InterruptedException {
    try (SignedSlashLoad load =
        new SignedSlashLoad(
            URI.create("http://127.0.0.1:" + port + SlackSettings.DEFAULT_PATH),
            SECRET,
            api.responseUrl())) {
      return measure(api, db, port, load);
    }
  }

  private int measure(LoopbackSlackApi api, Database db, int port, SignedSlashLoad load)
      throws InterruptedException {
    long before = warmUp(api, load);
    System.out.printf(
        "Sending %d signed slash commands/s for %d s to 127.0.0.1:%d ...%n", rate, seconds, port);
    long started = System.nanoTime();
    SignedSlashLoad.Result result =
        load.run(rate, Duration.ofSeconds(seconds), 0, n -> command(n, MEASURED));
    double elapsed = (System.nanoTime() - started) / 1e9;
    long formsAcked = result.ackedNumbers().stream().filter(BenchSlackCommand::opensForm).count();
    // A form's ack is empty and has no reply to follow: it is answered by views.open.
    long deferred = result.acked() - result.withReply() - result.problems() - formsAcked;
    long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(drainSeconds);
    // Wait for the reply of every acked command that was not answered in its ack, by number: a
    // plain count would also take replies to commands whose ack the client gave up on, and then
    // check the database while acked sign-ups were still being stored.
    while (awaitingReply(result, api) > 0 && System.nanoTime() < waitUntil) {
      TimeUnit.MILLISECONDS.sleep(100); // deferred replies still being worked off
    }
    double drained = (System.nanoTime() - started) / 1e9;
    boolean allAnswered = awaitingReply(result, api) == 0;
    Set<String> stored =
        Set.copyOf(
            db.read(h -> h.createQuery("SELECT user_id FROM member").mapTo(String.class).list()));
    long signupsSent = 0;
    long signupsAcked = 0;
    long lost = 0;
    for (int n = 0; n < result.sent(); n++) {
      if (isFind(n) || opensForm(n)) {
        continue;
      }
      signupsSent++;
      if (result.ackedNumbers().contains(n)) {
        signupsAcked++;
        lost += stored.contains(command(n, MEASURED).userId()) ? 0 : 1;
      }
    }
    System.out.printf(
        "sent              %d in %.1f s (%.0f/s); all answers done after %.1f s%n",
        result.sent(), elapsed, result.sent() / elapsed, drained);
    System.out.printf(
        "acked (HTTP 200)  %d, not acked (timeout/error) %d, acks over Slack's 3 s %d%n",
        result.acked(), result.failed(), result.slowerThanSlackAllows());
    System.out.printf(
        "reply in the ack  %d, deferred to response_url %d (%d posted), problems %d%n",
        result.withReply(), deferred, api.lateReplies() - before, result.problems());
    long[] lag = replyLagMicros(result, api);
    long formsSent =
        java.util.stream.IntStream.range(0, result.sent()).filter(n -> opensForm(n)).count();
    long missing = result.sent() - formsSent - lag.length;
    long late = Arrays.stream(lag).filter(us -> us > 3_000_000).count();
    System.out.printf(
        "reply lag         p50 %.1f ms, p99 %.1f ms, max %.1f ms; over 3 s %d, no reply %d%n",
        percentile(lag, 50) / 1000.0,
        percentile(lag, 99) / 1000.0,
        percentile(lag, 100) / 1000.0,
        late,
        missing);
    System.out.printf(
        "last reply        %.2f s after the last command was sent%n",
        lastReplyAfterBurst(result, api) / 1e9);
    System.out.println(
        "reply lag by 10 s of sending (p50 / p99 / max, ms): " + lagByWindow(result, api));
    long[] forms = formOpenMicros(result, api);
    long formsLate = Arrays.stream(forms).filter(us -> us > 3_000_000).count();
    long formsNotOpened = formsSent - forms.length;
    System.out.printf(
        "views.open        %d forms: p50 %.1f ms, p99 %.1f ms, max %.1f ms after the command;"
            + " over 3 s %d, never opened %d%n",
        formsSent,
        percentile(forms, 50) / 1000.0,
        percentile(forms, 99) / 1000.0,
        percentile(forms, 100) / 1000.0,
        formsLate,
        formsNotOpened);
    System.out.printf(
        "ack latency       p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        result.percentileMicros(50) / 1000.0,
        result.percentileMicros(99) / 1000.0,
        result.percentileMicros(100) / 1000.0);
    System.out.printf(
        "sign-ups          sent %d, acked %d, in the database %d, acked but missing %d%s%n",
        signupsSent,
        signupsAcked,
        stored.stream().filter(id -> id.startsWith(MEASURED)).count(),
        lost,
        allAnswered ? "" : " (replies still pending after --drain-seconds; not yet stored)");
    System.out.printf("Web API calls     %d to the loopback stub%n", api.apiCalls());
    boolean ok =
        result.failed() == 0
            && lost == 0
            && allAnswered
            && late == 0
            && missing == 0
            && formsLate == 0
            && formsNotOpened == 0;
    System.out.println(
        ok
            ? "OK: every command acked and answered within 3 s, every form opened within 3 s,"
                + " every sign-up stored"
            : "FAILED: see above");
    return ok ? 0 : 1;
  }

  /**
   * How long each command waited for its reply (in the ack, or posted to its response_url), in
   * microseconds, sorted; commands that got no reply are left out.
   */
  private static long[] replyLagMicros(SignedSlashLoad.Result result, LoopbackSlackApi api) {
    long[] lags = new long[result.sent()];
    int count = 0;
    for (int n = 0; n < result.sent(); n++) {
      if (opensForm(n)) {
        continue;
      }
      long at = result.repliedInAckAt()[n] != 0 ? result.repliedInAckAt()[n] : api.lateReplyAt(n);
      if (at != 0) {
        lags[count++] = (at - result.sentAt()[n]) / 1_000;
      }
    }
    long[] sorted = Arrays.copyOf(lags, count);
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * From a form-opening command being sent to its {@code views.open} reaching Slack, in
   * microseconds, sorted; forms never opened are left out. Slack refuses the trigger after 3 s.
   */
  private static long[] formOpenMicros(SignedSlashLoad.Result result, LoopbackSlackApi api) {
    return java.util.stream.IntStream.range(0, result.sent())
        .filter(BenchSlackCommand::opensForm)
        .mapToLong(
            n -> api.viewsOpenAt(n) == 0 ? -1 : (api.viewsOpenAt(n) - result.sentAt()[n]) / 1_000)
        .filter(us -> us >= 0)
        .sorted()
        .toArray();
  }

  /** Acked commands, not forms, whose reply came neither in the ack nor to their response_url. */
  private static long awaitingReply(SignedSlashLoad.Result result, LoopbackSlackApi api) {
    return result.ackedNumbers().stream()
        .filter(n -> !opensForm(n) && result.repliedInAckAt()[n] == 0 && api.lateReplyAt(n) == 0)
        .count();
  }

  /**
   * Reply lag per 10 s of sending, so a slow stretch (a growing table, a checkpoint, a collection)
   * shows where it happened rather than only in the overall p99.
   */
  private String lagByWindow(SignedSlashLoad.Result result, LoopbackSlackApi api) {
    int perWindow = rate * 10;
    StringBuilder out = new StringBuilder();
    for (int from = 0; from < result.sent(); from += perWindow) {
      List<Long> lags = new ArrayList<>();
      for (int n = from; n < Math.min(result.sent(), from + perWindow); n++) {
        long at = result.repliedInAckAt()[n] != 0 ? result.repliedInAckAt()[n] : api.lateReplyAt(n);
        if (!opensForm(n) && at != 0) {
          lags.add((at - result.sentAt()[n]) / 1_000);
        }
      }
      long[] sorted = lags.stream().mapToLong(Long::longValue).sorted().toArray();
      out.append(
          String.format(
              "%n  %3d-%3d s  %7.0f / %7.0f / %7.0f",
              from / rate,
              Math.min(result.sent(), from + perWindow) / rate,
              percentile(sorted, 50) / 1000.0,
              percentile(sorted, 99) / 1000.0,
              percentile(sorted, 100) / 1000.0));
    }
    return out.toString();
  }

  /** Nanoseconds from the last command sent to the last reply (in an ack or to response_url). */
  private static long lastReplyAfterBurst(SignedSlashLoad.Result result, LoopbackSlackApi api) {
    long lastSent = 0;
    long lastReply = 0;
    for (int n = 0; n < result.sent(); n++) {
      lastSent = Math.max(lastSent, result.sentAt()[n]);
      lastReply = Math.max(lastReply, Math.max(result.repliedInAckAt()[n], api.lateReplyAt(n)));
    }
    return Math.max(0, lastReply - lastSent);
  }

  private static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

  /**
   * Warms the JVM up at half the rate with members of its own, then waits until its deferred
   * replies have landed, so the measured run starts from a quiet bot.
   *
   * @return how many response_url replies had arrived before the measured run
   */
  private long warmUp(LoopbackSlackApi api, SignedSlashLoad load) throws InterruptedException {
    if (warmupSeconds == 0) {
      System.out.println("No warm-up: measuring a cold JVM");
      return 0;
    }
    int warmRate = Math.max(1, rate / 2);
    System.out.printf(
        "Warming up: %d commands/s for %d s (not counted) ...%n", warmRate, warmupSeconds);
    SignedSlashLoad.Result warm =
        load.run(
            warmRate, Duration.ofSeconds(warmupSeconds), WARMUP_LABELS, n -> command(n, WARMUP));
    long settled = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    long seen = -1;
    while (api.lateReplies() != seen && System.nanoTime() < settled) {
      seen = api.lateReplies();
      TimeUnit.SECONDS.sleep(1); // replies still arriving
    }
    System.out.printf(
        "warm-up           %d sent, %d acked, ack p99 %.1f ms%n",
        warm.sent(), warm.acked(), warm.percentileMicros(99) / 1000.0);
    return api.lateReplies();
  }

  /** Member ids of the measured run, and of the warm-up, which never mix. */
  private static final String MEASURED = "UB";

  private static final String WARMUP = "UW";

  /** The warm-up's response_url and trigger numbers start here, far from the measured run's. */
  private static final int WARMUP_LABELS = 10_000_000;

  /** Request n: four sign-ups of new members, then a find; one command in twenty opens the form. */
  static SignedSlashLoad.Command command(int n, String members) {
    if (opensForm(n)) {
      return new SignedSlashLoad.Command("/mentor", "signup", members + n);
    }
    if (isFind(n)) {
      return new SignedSlashLoad.Command("/mentor", "find java", members + (n - 1));
    }
    return new SignedSlashLoad.Command(
        "/mentor", "signup mentor topics:java,career years:6 capacity:2", members + n);
  }

  private static boolean isFind(int n) {
    return n % 5 == 4;
  }

  /** One command in twenty is a bare {@code /mentor signup}: the form opens on the ack path. */
  private static boolean opensForm(int n) {
    return n % 20 == 3;
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      System.err.println("Could not remove " + dir + ": " + e.getMessage());
    }
  }
}
