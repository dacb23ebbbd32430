package org.mentorbot.slack;

import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The Web API calls a command makes on its way (who the caller is, the late reply to {@code
 * response_url}), without blocking a thread per call: the JDK's HTTP client sends them and a small
 * pool runs the continuations. At 200 commands/s a blocking call per command held the worker pool
 * and replies trailed by minutes; now workers only run the core.
 */
final class AsyncWebApi implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final Gson gson = GsonFactory.createSnakeCase();
  private final ExecutorService callbacks;
  private final HttpClient http;
  private final String apiUrl;
  private final String botToken;

  AsyncWebApi(String apiUrl, String botToken) {
    this.apiUrl = apiUrl;
    this.botToken = botToken;
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            4,
            4,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "slack-http-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true); // idle between bursts: no threads kept
    this.callbacks = pool;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .executor(callbacks)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /**
   * Calls a Web API read {@code method} with form {@code params}; the answer parsed as {@code
   * type}.
   */
  <T> CompletableFuture<T> call(String method, Map<String, String> params, Class<T> type) {
    String form =
        params.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(apiUrl + method))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + botToken)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    // Reads are safe to repeat: one retry rides over a kept-alive connection the server closed.
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .exceptionallyCompose(
            e ->
                rootCause(e) instanceof IOException
                    ? http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    : CompletableFuture.failedFuture(e))
        .thenApply(
            response -> {
              if (response.statusCode() != 200) {
                throw new IllegalStateException(method + " answered HTTP " + response.statusCode());
              }
              return gson.fromJson(response.body(), type);
            });
  }

  private static Throwable rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /** Posts {@code body} as JSON to a {@code response_url}; completes with the HTTP status. */
  CompletableFuture<Integer> respond(String responseUrl, Object body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(responseUrl))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(gson.toJson(body)))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .thenApply(HttpResponse::statusCode);
  }

  @Override
  public void close() {
    callbacks.shutdown();
    try {
      callbacks.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
