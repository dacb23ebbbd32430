package org.mentorbot.slack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentorbot.slack.fake.FakeSlack;

/** Interaction and event payloads shaped like Slack's, for signed test requests. */
final class Payloads {

  private Payloads() {}

  static Map<String, Object> blockAction(
      String userId, String channelId, String responseUrl, String actionId) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", "block_actions");
    p.put("team", Map.of("id", FakeSlack.TEAM_ID, "domain", "fake"));
    p.put(
        "user",
        Map.of(
            "id",
            userId,
            "username",
            userId.toLowerCase(Locale.ROOT),
            "team_id",
            FakeSlack.TEAM_ID));
    p.put("api_app_id", "A0APP");
    p.put("token", "legacy");
    p.put(
        "container",
        Map.of("type", "message", "message_ts", "1700000000.1", "channel_id", channelId));
    p.put("trigger_id", "trigger-1");
    p.put("channel", Map.of("id", channelId, "name", "general"));
    p.put("response_url", responseUrl);
    p.put(
        "actions",
        List.of(
            Map.of(
                "action_id", actionId,
                "block_id", "b1",
                "value", actionId,
                "type", "button",
                "action_ts", "1700000001.1")));
    return p;
  }

  static Map<String, Object> signupSubmission(
      String userId, String channelId, Map<String, String> values) {
    Map<String, Object> state = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          Map<String, Object> input =
              switch (name) {
                case "role", "format" ->
                    Map.of(
                        "type",
                        "static_select",
                        "selected_option",
                        Map.of(
                            "text", Map.of("type", "plain_text", "text", value), "value", value));
                case "years", "capacity" -> Map.of("type", "number_input", "value", value);
                default -> Map.of("type", "plain_text_input", "value", value);
              };
          state.put(name, Map.of(name, input));
        });
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", "view_submission");
    p.put("team", Map.of("id", FakeSlack.TEAM_ID, "domain", "fake"));
    p.put(
        "user",
        Map.of(
            "id",
            userId,
            "username",
            userId.toLowerCase(Locale.ROOT),
            "team_id",
            FakeSlack.TEAM_ID));
    p.put("api_app_id", "A0APP");
    p.put("token", "legacy");
    p.put("trigger_id", "trigger-2");
    p.put(
        "view",
        Map.of(
            "id", "V1",
            "type", "modal",
            "callback_id", "mentorbot-form:mentor:signup",
            "private_metadata", channelId,
            "state", Map.of("values", state)));
    p.put("response_urls", List.of());
    return p;
  }

  /**
   * A modal submitted as Slack sends it: the opened view's callback id and private metadata come
   * back unchanged, each input as {@code state.values.<block_id>.<action_id>}.
   */
  static Map<String, Object> formSubmission(
      String userId, com.google.gson.JsonObject openedView, Map<String, String> plainTexts) {
    Map<String, Object> state = new LinkedHashMap<>();
    plainTexts.forEach(
        (name, value) ->
            state.put(name, Map.of(name, Map.of("type", "plain_text_input", "value", value))));
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("type", "view_submission");
    p.put("team", Map.of("id", FakeSlack.TEAM_ID, "domain", "fake"));
    p.put(
        "user",
        Map.of(
            "id",
            userId,
            "username",
            userId.toLowerCase(java.util.Locale.ROOT),
            "team_id",
            FakeSlack.TEAM_ID));
    p.put("api_app_id", "A0APP");
    p.put("token", "legacy");
    p.put("trigger_id", "trigger-3");
    p.put(
        "view",
        Map.of(
            "id", "V2",
            "type", "modal",
            "callback_id", openedView.get("callback_id").getAsString(),
            "private_metadata", openedView.get("private_metadata").getAsString(),
            "state", Map.of("values", state)));
    p.put("response_urls", List.of());
    return p;
  }

  /** A button of a posted message pressed as Slack sends it: its action id and value as sent. */
  static Map<String, Object> pressed(
      String userId, String channelId, String responseUrl, String actionId, String value) {
    Map<String, Object> p = blockAction(userId, channelId, responseUrl, actionId);
    p.put(
        "actions",
        List.of(
            Map.of(
                "action_id", actionId,
                "block_id", "b1",
                "value", value,
                "type", "button",
                "action_ts", "1700000001.1")));
    return p;
  }

  static Map<String, Object> appHomeOpened(String userId) {
    return Map.of(
        "type", "app_home_opened",
        "user", userId,
        "channel", "D" + userId,
        "tab", "home",
        "event_ts", "1700000002.1");
  }

  /** A button pressed on the App Home tab: no channel, no response_url. */
  static Map<String, Object> homeButton(String userId, String actionId) {
    Map<String, Object> p = blockAction(userId, "unused", "unused", actionId);
    p.remove("channel");
    p.remove("response_url");
    p.put("container", Map.of("type", "view", "view_id", "VHOME"));
    p.put("view", Map.of("id", "VHOME", "type", "home"));
    return p;
  }
}
