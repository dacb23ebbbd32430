package org.mentorbot.discord.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local Discord: REST under {@code /api/v10/} (JDK HttpServer) and a gateway (Java-WebSocket),
 * with one guild, two text channels and a few members. Records every REST call; answers can be
 * scripted (rate limits, errors). Register with {@code @RegisterExtension static}; the bot under
 * test must be shut down before the fake (the test's own {@code @AfterAll} runs first).
 */
public final class FakeDiscord implements BeforeAllCallback, AfterAllCallback {
  public static final String APP_ID = "100000000000000001";
  public static final String GUILD_ID = "200000000000000001";
  public static final String GENERAL_ID = "300000000000000001";
  public static final String MATCH_CHANNEL_ID = "300000000000000002";
  public static final String MOD_ROLE_ID = "400000000000000001";
  public static final String MENTOR_ROLE_ID = "400000000000000002";
  public static final String ALICE = "500000000000000001";
  public static final String BOB = "500000000000000002";
  public static final String MODERATOR = "500000000000000003";
  public static final Duration WAIT = Duration.ofSeconds(60);

  private final Object lock = new Object();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final List<Scripted> scripted = new ArrayList<>();
  private final Map<String, DataArray> commands = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private HttpServer http;
  private ExecutorService httpThreads;
  private FakeGateway gateway;
  private final FakeInteractions interactions = new FakeInteractions(this);
  private final FakeRoutes routes = new FakeRoutes(this, commands);

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  public void start() throws Exception {
    gateway = new FakeGateway(() -> FakeGuild.ready(gatewayUrl()), FakeGuild::guildCreate);
    gateway.startAndWait();
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    httpThreads = Executors.newFixedThreadPool(4);
    http.setExecutor(httpThreads);
    http.createContext("/api/v10/", this::handle);
    http.start();
  }

  public void stop() {
    if (http != null) {
      http.stop(0);
      httpThreads.shutdownNow();
    }
    if (gateway != null) {
      try {
        gateway.stop(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
  }

  public String gatewayUrl() {
    return gateway.url();
  }

  public FakeInteractions interactions() {
    return interactions;
  }

  /** A snowflake of now: JDA reads an interaction's age from its id and refuses stale ones. */
  String nextId() {
    long sinceDiscordEpoch = System.currentTimeMillis() - 1_420_070_400_000L;
    return Long.toString((sinceDiscordEpoch << 22) | (ids.incrementAndGet() & 0x3FFFFF));
  }

  void dispatch(String type, DataObject data) {
    gateway.dispatch(type, data);
  }

  // ---- gateway control

  public void dropGatewayConnection() {
    gateway.dropConnection();
  }

  public int identifies() {
    return gateway.identifies.get();
  }

  public int resumes() {
    return gateway.resumes.get();
  }

  public boolean gatewayConnected() {
    return gateway.connected();
  }

  // ---- scripting

  /** The next matching request gets a 429 with the headers JDA needs to treat it as per-route. */
  public void rateLimitNext(String method, String pathRegex, int retryAfterSeconds) {
    script(
        new Scripted(
            method,
            pathRegex,
            429,
            Map.of(
                "Retry-After", Integer.toString(retryAfterSeconds),
                "X-RateLimit-Bucket", "fake-bucket",
                "X-RateLimit-Scope", "user",
                "Via", "1.1 google"),
            DataObject.empty()
                .put("message", "You are being rate limited.")
                .put("retry_after", retryAfterSeconds)
                .put("global", false)
                .toString()));
  }

  /** The next matching request fails with Discord's JSON error {@code code}. */
  public void failNext(String method, String pathRegex, int status, int code, String message) {
    script(
        new Scripted(
            method, pathRegex, status, Map.of(), DiscordJson.error(code, message).toString()));
  }

  private void script(Scripted answer) {
    synchronized (lock) {
      scripted.add(answer);
    }
  }

  // ---- recording

  /** Forgets recorded requests and unused scripted answers; for a test's {@code @BeforeEach}. */
  public void reset() {
    synchronized (lock) {
      requests.clear();
      scripted.clear();
    }
  }

  /** Replaces what is registered under a commands path (e.g. to simulate an outdated set). */
  public void setCommands(String path, DataArray registered) {
    commands.put(path, registered);
  }

  public List<RecordedRequest> requests() {
    synchronized (lock) {
      return List.copyOf(requests);
    }
  }

  public List<RecordedRequest> requests(String method, String pathRegex) {
    return requests().stream().filter(r -> r.is(method, pathRegex)).toList();
  }

  /** Waits for the first recorded request matching; fails after {@link #WAIT}. */
  public RecordedRequest await(String method, String pathRegex) {
    return await(r -> r.is(method, pathRegex), method + " " + pathRegex);
  }

  public RecordedRequest await(Predicate<RecordedRequest> match, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    synchronized (lock) {
      while (true) {
        for (RecordedRequest r : requests) {
          if (match.test(r)) {
            return r;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "no request "
                  + what
                  + " within "
                  + WAIT
                  + "; got "
                  + requests.stream().map(q -> q.method() + " " + q.path()).toList());
        }
        try {
          lock.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted waiting for " + what, e);
        }
      }
    }
  }

  /** Waits until {@code condition} holds, re-checking whenever a request arrives or briefly. */
  public void awaitCondition(java.util.function.BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    synchronized (lock) {
      while (!condition.getAsBoolean()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("gave up waiting for " + what + " after " + WAIT);
        }
        try {
          lock.wait(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted waiting for " + what, e);
        }
      }
    }
  }

  /** The interaction callback (the first answer) for one interaction id. */
  public RecordedRequest awaitCallback(String interactionId) {
    return await("POST", "interactions/" + interactionId + "/[^/]+/callback");
  }

  // ---- REST

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath().substring("/api/v10/".length());
    String method = exchange.getRequestMethod();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    RecordedRequest request = new RecordedRequest(method, path, type, body);
    Scripted answer = takeScripted(request);
    if (answer == null) {
      try {
        answer = routes.answer(request);
      } catch (RuntimeException e) {
        answer =
            new Scripted(
                method, path, 500, Map.of(), DiscordJson.error(0, e.toString()).toString());
      }
    }
    synchronized (lock) {
      requests.add(request);
      lock.notifyAll();
    }
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    if (answer.status() == 204 || bytes.length == 0) {
      exchange.sendResponseHeaders(answer.status(), -1);
    } else {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  private Scripted takeScripted(RecordedRequest request) {
    synchronized (lock) {
      for (Iterator<Scripted> it = scripted.iterator(); it.hasNext(); ) {
        Scripted s = it.next();
        if (request.is(s.method(), s.pathRegex())) {
          it.remove();
          return s;
        }
      }
    }
    return null;
  }

  /** DM channel ids are derived from the user id so a test can address them. */
  public static String dmChannelId(String userId) {
    return "7" + userId.substring(1);
  }
}
