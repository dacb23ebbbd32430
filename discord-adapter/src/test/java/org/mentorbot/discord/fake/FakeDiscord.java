package org.mentorbot.discord.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
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
  private final int shards;
  private final List<Hold> holds = new ArrayList<>();

  /** One guild on one shard. */
  public FakeDiscord() {
    this(1);
  }

  /**
   * Serves {@code shards} gateway shards (as {@code GET gateway/bot} recommends); the guild lives
   * on the last one, DMs arrive on shard 0, as Discord sends them.
   */
  public FakeDiscord(int shards) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1");
    }
    this.shards = shards;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  public void start() throws Exception {
    gateway =
        new FakeGateway(
            shards,
            shard ->
                FakeGuild.ready(gatewayUrl(), shard, shards, gateway.readyGuilds(shard, GUILD_ID)),
            FakeGuild::guildCreate);
    gateway.startAndWait();
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    httpThreads = Executors.newFixedThreadPool(4);
    http.setExecutor(httpThreads);
    http.createContext("/api/v10/", this::handle);
    http.start();
  }

  public void stop() {
    synchronized (lock) {
      holds.forEach(Hold::release);
    }
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

  /** Whether every shard is connected. */
  public boolean gatewayConnected() {
    return gateway.connected();
  }

  /** How many shards the fake serves (and recommends in {@code GET gateway/bot}). */
  public int shards() {
    return shards;
  }

  /**
   * The close code of every gateway connection that ended, in order: 1000 when the bot closed it
   * with a close frame, 1006 when the connection dropped without one (a process that just died).
   */
  public List<Integer> gatewayCloseCodes() {
    return gateway.closeCodes();
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

  /**
   * The next matching request is held (not answered) until {@link Hold#release()}, so a test can
   * act while the bot waits on Discord, e.g. stop the bot with a delivery in flight. A hold not
   * released is answered after {@link #WAIT}, or at once when the fake stops.
   */
  public Hold hold(String method, String pathRegex) {
    Hold hold = new Hold(method, pathRegex);
    synchronized (lock) {
      holds.add(hold);
    }
    return hold;
  }

  /** A request the fake keeps waiting; see {@link #hold(String, String)}. */
  public static final class Hold {
    private final String method;
    private final String pathRegex;
    private final java.util.concurrent.CountDownLatch arrived =
        new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch released =
        new java.util.concurrent.CountDownLatch(1);

    private Hold(String method, String pathRegex) {
      this.method = method;
      this.pathRegex = pathRegex;
    }

    /** Waits until the bot sent the held request; fails after {@link #WAIT}. */
    public void awaitArrived() {
      try {
        if (!arrived.await(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
          throw new AssertionError("no request " + method + " " + pathRegex + " within " + WAIT);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + method + " " + pathRegex, e);
      }
    }

    /** Lets the held request through: it is answered as usual. */
    public void release() {
      released.countDown();
    }

    private void holdUntilReleased() {
      arrived.countDown();
      try {
        released.await(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Hold takeHold(RecordedRequest request) {
    synchronized (lock) {
      for (Iterator<Hold> it = holds.iterator(); it.hasNext(); ) {
        Hold h = it.next();
        if (request.is(h.method, h.pathRegex)) {
          it.remove();
          return h;
        }
      }
    }
    return null;
  }

  private void script(Scripted answer) {
    synchronized (lock) {
      scripted.add(answer);
    }
  }

  // ---- the world's state

  private final Map<String, DataObject> byNonce = new ConcurrentHashMap<>();
  private final List<DataObject> created = new ArrayList<>();
  private final java.util.Set<String> left = ConcurrentHashMap.newKeySet();
  private final DataArray threads = DataArray.empty();

  /** {@code userId} leaves the server: adding them to a thread or fetching them answers 10007. */
  public void leave(String userId) {
    left.add(userId);
  }

  boolean hasLeft(String userId) {
    return left.contains(userId);
  }

  /**
   * Creates a message as Discord does, honouring {@code enforce_nonce}: a second message with the
   * same nonce in the channel returns the first one and creates nothing.
   */
  DataObject createMessage(String channelId, DataObject payload) {
    String nonce = payload.hasKey("nonce") ? payload.get("nonce").toString() : null;
    boolean enforce = payload.getBoolean("enforce_nonce", false) && nonce != null;
    synchronized (lock) {
      if (enforce && byNonce.containsKey(channelId + "/" + nonce)) {
        return byNonce.get(channelId + "/" + nonce);
      }
      DataObject message =
          DiscordJson.message(
              nextId(), channelId, FakeGuild.bot(), payload.getString("content", ""));
      if (enforce) {
        byNonce.put(channelId + "/" + nonce, message);
      }
      created.add(payload.put("channel_id", channelId));
      return message;
    }
  }

  private final List<String> refused = new ArrayList<>();

  /** Checks a message, answer or follow-up against {@link DiscordRules}; remembers refusals. */
  List<String> violations(RecordedRequest r) {
    boolean callback =
        r.method().equals("POST") && r.path().matches("interactions/\\d+/[^/]+/callback");
    boolean message =
        (r.method().equals("POST") && r.path().matches("channels/\\d+/messages"))
            || ((r.method().equals("POST") || r.method().equals("PATCH"))
                && r.path().matches("webhooks/\\d+/[^/]+(/messages/@original)?"));
    if (!(message || callback) || r.body().isBlank()) {
      return List.of();
    }
    DataObject body = r.json();
    if (callback) {
      int type = body.getInt("type", 0);
      if (type != 4 && type != 7 && type != 9) {
        return List.of();
      }
      body = body.optObject("data").orElseGet(DataObject::empty);
      if (type == 9) {
        return refusing(r, DiscordRules.modalViolations(body));
      }
    }
    List<String> problems = DiscordRules.violations(body);
    if (r.method().equals("PATCH")) {
      problems = problems.stream().filter(v -> !v.equals("empty message")).toList();
    }
    return refusing(r, problems);
  }

  private List<String> refusing(RecordedRequest r, List<String> problems) {
    if (!problems.isEmpty()) {
      synchronized (lock) {
        refused.add(r.method() + " " + r.path() + ": " + problems);
      }
    }
    return problems;
  }

  /** Every request the fake refused as Discord would (400, Invalid Form Body), and why. */
  public List<String> refused() {
    synchronized (lock) {
      return List.copyOf(refused);
    }
  }

  /** Messages Discord created (not those a repeated nonce returned), in order, with channel_id. */
  public List<DataObject> created() {
    synchronized (lock) {
      return List.copyOf(created);
    }
  }

  public List<DataObject> created(String channelId) {
    return created().stream().filter(m -> m.getString("channel_id").equals(channelId)).toList();
  }

  void threadCreated(DataObject thread) {
    synchronized (lock) {
      threads.add(thread);
    }
  }

  DataArray threads() {
    synchronized (lock) {
      return DataArray.fromJson(threads.toString());
    }
  }

  // ---- recording

  /** Forgets recorded requests and unused scripted answers; for a test's {@code @BeforeEach}. */
  public void reset() {
    synchronized (lock) {
      requests.clear();
      scripted.clear();
      holds.forEach(Hold::release);
      holds.clear();
      created.clear();
      left.clear();
      refused.clear();
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
    Hold hold = takeHold(request);
    if (hold != null) {
      hold.holdUntilReleased();
    }
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
