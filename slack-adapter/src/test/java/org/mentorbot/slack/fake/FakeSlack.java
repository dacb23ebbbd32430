package org.mentorbot.slack.fake;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local Slack for tests: the Web API methods the adapter uses ({@code /api/<method>}, form
 * posts), {@code response_url} endpoints ({@code /respond/<id>}), file upload URLs and {@code
 * apps.connections.open} pointing at a {@link FakeSocketMode}. It records every call and can be
 * scripted to answer one method differently a number of times (a 429, an error).
 */
public final class FakeSlack implements AutoCloseable {

  public static final String TEAM_ID = "T0TEAM";
  public static final String BOT_USER_ID = "U0BOT";

  /** A scripted answer: HTTP status, extra headers, JSON body. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public static Answer rateLimited(int retryAfterSeconds) {
      return new Answer(
          429,
          Map.of("Retry-After", String.valueOf(retryAfterSeconds)),
          "{\"ok\":false,\"error\":\"ratelimited\"}");
    }

    public static Answer error(String code) {
      return new Answer(200, Map.of(), "{\"ok\":false,\"error\":\"" + code + "\"}");
    }
  }

  private static final Pattern PAIRS = Pattern.compile("&");
  private static final Pattern ENTITY = Pattern.compile("<@([A-Z0-9]{2,30})>|<#([A-Z0-9]{2,30})>");

  private final Gson gson = new Gson();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final List<ApiCall> calls = new ArrayList<>();
  private final Map<String, Deque<Answer>> scripted = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> users = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> userGroups = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final List<String> violations = new ArrayList<>();
  private final Map<String, String> channelNames = new ConcurrentHashMap<>();
  private final Map<String, List<Map<String, Object>>> history = new ConcurrentHashMap<>();
  private volatile String socketUrl = "ws://127.0.0.1:1/";
  private final Map<String, Deque<CountDownLatch>> holds = new ConcurrentHashMap<>();

  public FakeSlack() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/", this::api);
    server.createContext("/respond/", ex -> record(ex, "response_url"));
    server.createContext("/upload/", ex -> record(ex, "upload"));
    server.setExecutor(executor);
    server.start();
  }

  public String apiUrl() {
    return base() + "/api/";
  }

  public String responseUrl(String id) {
    return base() + "/respond/" + id;
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void socketModeAt(String url) {
    this.socketUrl = url;
  }

  /** Registers a member as users.info will describe them. */
  public void user(String id, String displayName, boolean admin) {
    users.put(
        id,
        Map.of(
            "id",
            id,
            "name",
            displayName.toLowerCase(java.util.Locale.ROOT),
            "is_admin",
            admin,
            "is_owner",
            false,
            "profile",
            Map.of("display_name", displayName)));
  }

  /** Registers a member exactly as {@code users.info} will return them (e.g. without a name). */
  public void user(String id, Map<String, Object> fields) {
    Map<String, Object> user = new java.util.HashMap<>(fields);
    user.put("id", id);
    users.put(id, user);
  }

  public void userGroup(String groupId, String handle, String... memberIds) {
    userGroups.put(groupId, Map.of("id", groupId, "handle", handle, "users", List.of(memberIds)));
  }

  /**
   * The next {@code times} calls of {@code method} get {@code answer}; {@code response_url} and
   * {@code upload} can be scripted too.
   */
  public void script(String method, Answer answer, int times) {
    Deque<Answer> queue = scripted.computeIfAbsent(method, m -> new ArrayDeque<>());
    synchronized (queue) {
      for (int i = 0; i < times; i++) {
        queue.add(answer);
      }
    }
  }

  public synchronized List<ApiCall> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  public synchronized List<ApiCall> calls() {
    return List.copyOf(calls);
  }

  /** Waits until a call of {@code method} matching {@code test} arrived; returns it. */
  public synchronized ApiCall await(String method, Predicate<ApiCall> test, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (ApiCall call : calls) {
        if (call.method().equals(method) && test.test(call)) {
          return call;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no " + method + " call within " + timeout + "; got " + calls);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  public ApiCall await(String method) throws InterruptedException {
    return await(method, c -> true, Duration.ofSeconds(10));
  }

  private synchronized void add(ApiCall call) {
    calls.add(call);
    notifyAll();
  }

  private void record(HttpExchange ex, String method) throws IOException {
    // Uploads keep one char per byte so a test can compare the exact bytes.
    String body =
        read(
            ex.getRequestBody(),
            "upload".equals(method) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    add(new ApiCall(method, Map.of("path", ex.getRequestURI().getPath()), body));
    Answer scriptedAnswer = next(method);
    if (scriptedAnswer == null && "response_url".equals(method)) {
      List<String> problems = responseProblems(body);
      if (!problems.isEmpty()) {
        violated(problems);
        scriptedAnswer = new Answer(400, Map.of(), "invalid_blocks");
      }
    }
    send(
        ex,
        scriptedAnswer != null
            ? scriptedAnswer
            : new Answer(200, Map.of(), "upload".equals(method) ? "OK" : "ok"));
  }

  /**
   * The next call to {@code method} is recorded, then kept unanswered until the returned latch is
   * counted down (or for a minute), so a test can act while the app waits on Slack.
   */
  public CountDownLatch hold(String method) {
    CountDownLatch release = new CountDownLatch(1);
    holds.computeIfAbsent(method, m -> new ArrayDeque<>()).add(release);
    return release;
  }

  private void api(HttpExchange ex) throws IOException {
    String method = ex.getRequestURI().getPath().substring("/api/".length());
    String body = read(ex.getRequestBody(), StandardCharsets.UTF_8);
    Map<String, String> params = form(body);
    add(new ApiCall(method, params, body));
    CountDownLatch held = takeHold(method);
    if (held != null) {
      try {
        held.await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    Answer answer = next(method);
    if (answer == null) {
      List<String> problems = problems(method, params);
      if (!problems.isEmpty()) {
        violated(problems);
        answer = Answer.error(problems.get(0).substring(0, problems.get(0).indexOf(':')));
      }
    }
    send(ex, answer != null ? answer : new Answer(200, Map.of(), defaultAnswer(method, params)));
  }

  private CountDownLatch takeHold(String method) {
    Deque<CountDownLatch> queue = holds.get(method);
    if (queue == null) {
      return null;
    }
    synchronized (queue) {
      return queue.poll();
    }
  }

  private Answer next(String method) {
    Deque<Answer> queue = scripted.get(method);
    if (queue == null) {
      return null;
    }
    synchronized (queue) {
      return queue.poll();
    }
  }

  private synchronized void violated(List<String> problems) {
    violations.addAll(problems);
  }

  /** Slack's checks on what the app sends ({@link BlockKitRules}). */
  private static List<String> problems(String method, Map<String, String> params) {
    return switch (method) {
      case "chat.postMessage", "chat.postEphemeral" ->
          BlockKitRules.message(
              params.get("text"),
              params.get("blocks") == null ? null : JsonParser.parseString(params.get("blocks")));
      case "views.open", "views.publish", "views.update" ->
          params.get("view") == null
              ? List.of()
              : BlockKitRules.view(JsonParser.parseString(params.get("view")).getAsJsonObject());
      default -> List.of();
    };
  }

  private static List<String> responseProblems(String body) {
    try {
      JsonObject json = JsonParser.parseString(body).getAsJsonObject();
      return BlockKitRules.message(
          json.has("text") ? json.get("text").getAsString() : null, json.get("blocks"));
    } catch (RuntimeException notJson) {
      return List.of();
    }
  }

  /**
   * Every rule of Slack's the adapter broke so far (a block too long, too many blocks...): tests
   * assert this is empty, since real Slack would have refused those messages.
   */
  public synchronized List<String> violations() {
    return List.copyOf(violations);
  }

  /**
   * How a slash command's text arrives with {@code should_escape: true}: member mentions {@code
   * <@U1>} as {@code <@U1|username>}, channels {@code <#C1>} as {@code <#C1|name>}, and the
   * member's own {@code &}, {@code <} and {@code >} as entities.
   */
  public String escaped(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(entities(text.substring(last, m.start())));
      if (m.group(1) != null) {
        Map<String, Object> user = users.get(m.group(1));
        String name =
            user == null ? m.group(1).toLowerCase(Locale.ROOT) : (String) user.get("name");
        out.append("<@").append(m.group(1)).append('|').append(name).append('>');
      } else {
        out.append("<#")
            .append(m.group(2))
            .append('|')
            .append(channelNames.getOrDefault(m.group(2), "channel"))
            .append('>');
      }
      last = m.end();
    }
    out.append(entities(text.substring(last)));
    return out.toString();
  }

  private static String entities(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Names a channel, for {@link #escaped}. */
  public void channel(String id, String name) {
    channelNames.put(id, name);
  }

  private String defaultAnswer(String method, Map<String, String> params) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ok", true);
    switch (method) {
      case "auth.test" -> {
        out.put("team_id", TEAM_ID);
        out.put("user_id", BOT_USER_ID);
        out.put("bot_id", "B0BOT");
        out.put("team", "Fake");
        out.put("user", "mentorbot");
      }
      case "apps.connections.open" -> out.put("url", socketUrl);
      case "users.info" -> {
        String id = params.getOrDefault("user", "");
        Map<String, Object> user = users.get(id);
        if (user == null) {
          return "{\"ok\":false,\"error\":\"user_not_found\"}";
        }
        out.put("user", user);
      }
      case "usergroups.list" -> {
        out.put("usergroups", new ArrayList<>(userGroups.values()));
      }
      case "users.list" -> {
        out.put("members", new ArrayList<>(users.values()));
        out.put("response_metadata", Map.of("next_cursor", ""));
      }
      case "conversations.history" -> {
        double oldest = Double.parseDouble(params.getOrDefault("oldest", "0"));
        String metadataParam = params.getOrDefault("include_all_metadata", "");
        boolean withMetadata = metadataParam.equals("1") || metadataParam.equals("true");
        List<Map<String, Object>> messages = new ArrayList<>();
        for (Map<String, Object> posted :
            history.getOrDefault(params.getOrDefault("channel", ""), List.of())) {
          if (Double.parseDouble((String) posted.get("ts")) >= oldest) {
            Map<String, Object> shown = new LinkedHashMap<>(posted);
            if (!withMetadata) {
              shown.remove("metadata");
            }
            messages.add(0, shown); // newest first, as Slack answers
          }
        }
        out.put("messages", messages);
        out.put("has_more", false);
      }
      case "conversations.open" -> {
        String members = params.getOrDefault("users", "");
        String prefix = members.contains(",") ? "G" : "D";
        out.put("channel", Map.of("id", prefix + members.replace(",", "_")));
      }
      case "chat.postMessage", "chat.postEphemeral" -> {
        // Real time, so history searches by time work; the counter keeps every ts unique.
        String ts =
            (System.currentTimeMillis() / 1000)
                + "."
                + String.format("%06d", ids.incrementAndGet());
        out.put("channel", params.get("channel"));
        out.put("ts", ts);
        out.put("message_ts", ts);
        if ("chat.postMessage".equals(method)) {
          remember(params, ts);
        }
      }
      case "files.getUploadURLExternal" -> {
        String fileId = "F" + ids.incrementAndGet();
        out.put("upload_url", base() + "/upload/" + fileId);
        out.put("file_id", fileId);
      }
      case "files.completeUploadExternal" -> out.put("files", List.of(Map.of("id", "F1")));
      default -> {
        // views.open, views.publish and the rest: a bare ok is enough for the adapter.
      }
    }
    return gson.toJson(out);
  }

  /** A posted message, kept for conversations.history with its metadata (Slack's de-dup key). */
  private void remember(Map<String, String> params, String ts) {
    Map<String, Object> posted = new LinkedHashMap<>();
    posted.put("type", "message");
    posted.put("ts", ts);
    posted.put("text", params.getOrDefault("text", ""));
    posted.put("bot_id", "B0BOT");
    if (params.get("metadata") != null) {
      posted.put("metadata", gson.fromJson(params.get("metadata"), Map.class));
    }
    history
        .computeIfAbsent(params.getOrDefault("channel", ""), c -> new CopyOnWriteArrayList<>())
        .add(posted);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new HashMap<>();
    if (body.isEmpty() || body.startsWith("{")) {
      return params;
    }
    for (String pair : PAIRS.split(body, -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.put(key, value);
    }
    return params;
  }

  private static String read(InputStream in, java.nio.charset.Charset charset) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), charset);
    }
  }

  private static void send(HttpExchange ex, Answer answer) throws IOException {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    answer.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    ex.sendResponseHeaders(answer.status(), bytes.length);
    try (var out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Methods the adapter used so far, for debugging a failing test. */
  public synchronized Set<String> methods() {
    return calls.stream().map(ApiCall::method).collect(java.util.stream.Collectors.toSet());
  }

  @Override
  public void close() {
    holds.values().forEach(queue -> queue.forEach(CountDownLatch::countDown));
    server.stop(0);
    executor.shutdownNow();
  }
}
