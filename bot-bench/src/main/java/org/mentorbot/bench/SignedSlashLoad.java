package org.mentorbot.bench;

import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Sends signed slash commands at a fixed rate, open loop (a slow answer does not slow the sender,
 * as with real Slack traffic), and measures how long each ack took.
 */
final class SignedSlashLoad implements AutoCloseable {

  /**
   * What came back: counts by kind, every ack latency in microseconds, and per command number when
   * it was sent and (if the reply rode on the ack) when that reply arrived, in {@link
   * System#nanoTime()}.
   */
  // A class, not a record: its arrays are the benchmark's raw figures, shared without copying,
  // and a record's equals/hashCode would compare them by reference.
  static final class Result {
    private final int sent;
    private final long acked;
    private final long withReply;
    private final long problems;
    private final long failed;
    private final long[] latencyMicros;
    private final Set<Integer> ackedNumbers;
    private final long[] sentAt;
    private final long[] repliedInAckAt;

    Result(
        int sent,
        long acked,
        long withReply,
        long problems,
        long failed,
        long[] latencyMicros,
        Set<Integer> ackedNumbers,
        long[] sentAt,
        long[] repliedInAckAt) {
      this.sent = sent;
      this.acked = acked;
      this.withReply = withReply;
      this.problems = problems;
      this.failed = failed;
      this.latencyMicros = latencyMicros;
      this.ackedNumbers = ackedNumbers;
      this.sentAt = sentAt;
      this.repliedInAckAt = repliedInAckAt;
    }

    int sent() {
      return sent;
    }

    long acked() {
      return acked;
    }

    long withReply() {
      return withReply;
    }

    long problems() {
      return problems;
    }

    long failed() {
      return failed;
    }

    long[] latencyMicros() {
      return latencyMicros;
    }

    Set<Integer> ackedNumbers() {
      return ackedNumbers;
    }

    long[] sentAt() {
      return sentAt;
    }

    long[] repliedInAckAt() {
      return repliedInAckAt;
    }

    /** Acks slower than Slack's 3-second limit; Slack would have shown the member an error. */
    long slowerThanSlackAllows() {
      return Arrays.stream(latencyMicros).filter(us -> us > 3_000_000).count();
    }

    long percentileMicros(double p) {
      if (latencyMicros.length == 0) {
        return 0;
      }
      int index = (int) Math.ceil(p / 100.0 * latencyMicros.length) - 1;
      return latencyMicros[Math.max(0, Math.min(index, latencyMicros.length - 1))];
    }
  }

  /** One command to send: slash command, text and the member sending it. */
  record Command(String command, String text, String userId) {}

  private final URI endpoint;
  private final SlackSignature.Generator signer;
  private final String responseUrl;
  // A few client threads: the default cached pool grows to hundreds under load and then the
  // client, not the bot, dominates the measured latency.
  private final ExecutorService clientThreads = Executors.newFixedThreadPool(4);
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(clientThreads)
          .build();

  SignedSlashLoad(URI endpoint, String secret, String responseUrl) {
    this.endpoint = endpoint;
    this.signer = new SlackSignature.Generator(secret);
    this.responseUrl = responseUrl;
  }

  /**
   * Sends {@code ratePerSecond} commands a second for {@code duration}; command {@code n} (from 0)
   * is numbered {@code firstLabel + n} in its response_url and trigger_id, so a warm-up and the
   * measured run never share a number.
   */
  Result run(
      int ratePerSecond, Duration duration, int firstLabel, IntFunction<Command> commandNumber)
      throws InterruptedException {
    int total = (int) (ratePerSecond * duration.toSeconds());
    AtomicInteger next = new AtomicInteger();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<CompletableFuture<Void>> inFlight = new ConcurrentLinkedQueue<>();
    LongAdder acked = new LongAdder();
    LongAdder withReply = new LongAdder();
    LongAdder problems = new LongAdder();
    LongAdder failed = new LongAdder();
    Set<Integer> ackedNumbers = ConcurrentHashMap.newKeySet();
    long[] sentAt = new long[total];
    long[] repliedInAckAt = new long[total];
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    try {
      ScheduledFuture<?> sending =
          ticker.scheduleAtFixedRate(
              () -> {
                int n = next.getAndIncrement();
                if (n >= total) {
                  return;
                }
                long start = System.nanoTime();
                sentAt[n] = start;
                inFlight.add(
                    http.sendAsync(
                            request(firstLabel + n, commandNumber.apply(n)),
                            HttpResponse.BodyHandlers.ofString())
                        .handle(
                            (response, error) -> {
                              if (error != null || response.statusCode() != 200) {
                                failed.increment();
                                return null;
                              }
                              long now = System.nanoTime();
                              latencies.add((now - start) / 1_000);
                              acked.increment();
                              ackedNumbers.add(n);
                              if (response.body().contains(":warning:")) {
                                problems.increment();
                              } else if (!response.body().isBlank()) {
                                withReply.increment();
                              }
                              if (!response.body().isBlank()) {
                                repliedInAckAt[n] = now;
                              }
                              return null;
                            }));
              },
              0,
              1_000_000_000L / ratePerSecond,
              TimeUnit.NANOSECONDS);
      long deadline = System.nanoTime() + duration.toNanos() + TimeUnit.SECONDS.toNanos(30);
      while (next.get() < total && System.nanoTime() < deadline) {
        TimeUnit.MILLISECONDS.sleep(50);
      }
      sending.cancel(false);
    } finally {
      ticker.shutdownNow();
    }
    for (CompletableFuture<Void> f : inFlight) {
      try {
        f.get(30, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        failed.increment();
      }
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return new Result(
        Math.min(next.get(), total),
        acked.sum(),
        withReply.sum(),
        problems.sum(),
        failed.sum(),
        sorted,
        Set.copyOf(ackedNumbers),
        sentAt,
        repliedInAckAt);
  }

  /** Command {@code n}, with its own response_url so the late reply can be matched to it. */
  private HttpRequest request(int n, Command command) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("team_id", LoopbackSlackApi.TEAM_ID);
    form.put("team_domain", "bench");
    form.put("channel_id", "CBENCH");
    form.put("channel_name", "bench");
    form.put("user_id", command.userId());
    form.put("user_name", command.userId());
    form.put("command", command.command());
    form.put("text", command.text());
    form.put("api_app_id", "ABENCH");
    form.put("response_url", responseUrl + "/" + n);
    // Numbered, so the loopback API can tell which command a views.open answers.
    form.put("trigger_id", "bench-" + n + "-" + System.nanoTime());
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    long ts = System.currentTimeMillis() / 1000;
    return HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Slack-Request-Timestamp", String.valueOf(ts))
        .header("X-Slack-Signature", signer.generate(String.valueOf(ts), body))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  @Override
  public void close() {
    clientThreads.shutdownNow();
  }
}
