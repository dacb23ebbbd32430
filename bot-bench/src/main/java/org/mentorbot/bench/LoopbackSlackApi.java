package org.mentorbot.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal stand-in for Slack's Web API on 127.0.0.1 so the benchmark never leaves the machine: it
 * answers the methods the bot calls ({@code auth.test}, {@code users.info}, {@code
 * usergroups.list}, {@code conversations.open}, {@code chat.*}) and counts {@code response_url}
 * posts (late replies).
 */
final class LoopbackSlackApi implements AutoCloseable {

  static final String TEAM_ID = "TBENCH";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final LongAdder apiCalls = new LongAdder();
  private final LongAdder lateReplies = new LongAdder();
  private final AtomicLong ids = new AtomicLong();
  private final Map<Integer, Long> lateReplyAt = new ConcurrentHashMap<>();
  private final Map<Integer, Long> viewsOpenAt = new ConcurrentHashMap<>();

  LoopbackSlackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    server.createContext("/api/", this::api);
    server.createContext(
        "/respond",
        ex -> {
          ex.getRequestBody().readAllBytes();
          long now = System.nanoTime();
          String path = ex.getRequestURI().getPath();
          int slash = path.lastIndexOf('/');
          try {
            lateReplyAt.putIfAbsent(Integer.parseInt(path.substring(slash + 1)), now);
          } catch (NumberFormatException notNumbered) {
            // a response_url without a command number: counted, not timed
          }
          lateReplies.increment();
          answer(ex, "ok");
        });
    server.setExecutor(executor);
    server.start();
  }

  String apiUrl() {
    return base() + "/api/";
  }

  String responseUrl() {
    return base() + "/respond";
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  long apiCalls() {
    return apiCalls.sum();
  }

  long lateReplies() {
    return lateReplies.sum();
  }

  /** When the first late reply to command {@code n} arrived ({@link System#nanoTime()}), or 0. */
  long lateReplyAt(int n) {
    return lateReplyAt.getOrDefault(n, 0L);
  }

  /**
   * When {@code views.open} for command {@code n}'s trigger arrived ({@link System#nanoTime()}), or
   * 0 if it never did. The load numbers each trigger_id ({@code bench-<n>-…}).
   */
  long viewsOpenAt(int n) {
    return viewsOpenAt.getOrDefault(n, 0L);
  }

  private void api(HttpExchange ex) throws IOException {
    long arrived = System.nanoTime();
    apiCalls.increment();
    String method = ex.getRequestURI().getPath().substring("/api/".length());
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String json =
        switch (method) {
          case "auth.test" ->
              "{\"ok\":true,\"team_id\":\""
                  + TEAM_ID
                  + "\",\"user_id\":\"UBENCHBOT\",\"bot_id\":\"BBENCH\"}";
          case "users.info" -> {
            String user = param(body, "user");
            yield "{\"ok\":true,\"user\":{\"id\":\""
                + user
                + "\",\"name\":\""
                + user
                + "\",\"is_admin\":false,\"is_owner\":false,\"profile\":{\"display_name\":\""
                + user
                + "\"}}}";
          }
          case "views.open" -> {
            String[] trigger = rawParam(body, "trigger_id").split("-", -1);
            if (trigger.length == 3 && trigger[0].equals("bench")) {
              viewsOpenAt.putIfAbsent(Integer.parseInt(trigger[1]), arrived);
            }
            yield "{\"ok\":true,\"view\":{\"id\":\"V" + ids.incrementAndGet() + "\"}}";
          }
          case "usergroups.list" -> "{\"ok\":true,\"usergroups\":[]}";
          case "users.list" ->
              "{\"ok\":true,\"members\":[],\"response_metadata\":{\"next_cursor\":\"\"}}";
          case "conversations.open" ->
              "{\"ok\":true,\"channel\":{\"id\":\"D" + ids.incrementAndGet() + "\"}}";
          case "chat.postMessage", "chat.postEphemeral" ->
              "{\"ok\":true,\"ts\":\"1700000000." + ids.incrementAndGet() + "\"}";
          default -> "{\"ok\":true}";
        };
    answer(ex, json);
  }

  private static String param(String form, String name) {
    for (String pair : form.split("&", -1)) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8)
            .replaceAll("[^A-Za-z0-9]", "");
      }
    }
    return "unknown";
  }

  private static String rawParam(String form, String name) {
    for (String pair : form.split("&", -1)) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return "";
  }

  private static void answer(HttpExchange ex, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(200, bytes.length);
    try (var out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
