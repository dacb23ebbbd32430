package org.mentorbot.slack.fake;

import com.google.gson.Gson;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends requests to the bot the way Slack does: form-encoded slash commands, {@code payload=}
 * interactions and JSON events, each signed with {@code v0=HMAC-SHA256(secret, "v0:ts:body")}.
 */
public final class SignedClient {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Gson gson = new Gson();
  private final URI endpoint;
  private final String secret;

  public SignedClient(URI endpoint, String secret) {
    this.endpoint = endpoint;
    this.secret = secret;
  }

  /** The form fields of a slash command, as Slack sends them. */
  public static Map<String, String> slashCommand(
      String command, String text, String userId, String channelId, String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy-verification-token");
    form.put("team_id", FakeSlack.TEAM_ID);
    form.put("team_domain", "fake");
    form.put("channel_id", channelId);
    form.put("channel_name", "general");
    form.put("user_id", userId);
    form.put("user_name", userId.toLowerCase(java.util.Locale.ROOT));
    form.put("command", command);
    form.put("text", text);
    form.put("api_app_id", "A0APP");
    form.put("response_url", responseUrl);
    form.put("trigger_id", "trigger-" + System.nanoTime());
    return form;
  }

  public HttpResponse<String> slash(Map<String, String> form)
      throws IOException, InterruptedException {
    return post(formBody(form), "application/x-www-form-urlencoded", nowSeconds(), true);
  }

  /** An interaction ({@code block_actions}, {@code view_submission}) as {@code payload=<json>}. */
  public HttpResponse<String> interaction(Object payload) throws IOException, InterruptedException {
    String body = formBody(Map.of("payload", gson.toJson(payload)));
    return post(body, "application/x-www-form-urlencoded", nowSeconds(), true);
  }

  /** An Events API callback. */
  public HttpResponse<String> event(Object event) throws IOException, InterruptedException {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("token", "legacy-verification-token");
    envelope.put("team_id", FakeSlack.TEAM_ID);
    envelope.put("api_app_id", "A0APP");
    envelope.put("type", "event_callback");
    envelope.put("event_id", "Ev" + System.nanoTime());
    envelope.put("event_time", nowSeconds());
    envelope.put("event", event);
    return post(gson.toJson(envelope), "application/json", nowSeconds(), true);
  }

  /** Sends {@code body} signed at {@code timestamp}, or with a wrong signature. */
  public HttpResponse<String> post(String body, String contentType, long timestamp, boolean sign)
      throws IOException, InterruptedException {
    String signature = sign ? signature(timestamp, body) : "v0=" + "0".repeat(64);
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
            .header("X-Slack-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  public String signature(long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String formBody(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public static long nowSeconds() {
    return System.currentTimeMillis() / 1000;
  }
}
