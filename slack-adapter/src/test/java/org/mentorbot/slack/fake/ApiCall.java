package org.mentorbot.slack.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.Map;

/**
 * One request the fake Slack received: a Web API method with its form parameters, a {@code
 * response_url} post (method {@code response_url}, the JSON body in {@code body}), or a file upload
 * (method {@code upload}).
 */
public record ApiCall(String method, Map<String, String> params, String body) {

  public ApiCall {
    params = Map.copyOf(params);
  }

  public String param(String name) {
    return params.get(name);
  }

  /** A JSON parameter ({@code blocks}, {@code view}) or, for response_url posts, the body. */
  public JsonElement json(String name) {
    String raw = name == null ? body : params.get(name);
    return raw == null ? null : JsonParser.parseString(raw);
  }

  /** For response_url posts and uploads: the path they were sent to. */
  public String path() {
    return params.getOrDefault("path", "");
  }

  public JsonElement bodyJson() {
    return JsonParser.parseString(body);
  }

  /** All text of the blocks parameter, for loose assertions about what a member would read. */
  public String blocksText() {
    String raw = params.get("blocks");
    return raw == null ? "" : raw;
  }
}
