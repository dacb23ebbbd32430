package org.mentorbot.discord.fake;

import net.dv8tion.jda.api.utils.data.DataObject;

/** One REST call JDA made to the fake: method, path below {@code /api/v10/}, raw body. */
public record RecordedRequest(String method, String path, String contentType, String body) {

  /** The JSON payload; for multipart uploads, the {@code payload_json} part. */
  public DataObject json() {
    if (contentType != null && contentType.startsWith("multipart/")) {
      int part = body.indexOf("name=\"payload_json\"");
      int start = body.indexOf("\r\n\r\n", part) + 4;
      int end = body.indexOf("\r\n--", start);
      return DataObject.fromJson(body.substring(start, end));
    }
    return body.isBlank() ? DataObject.empty() : DataObject.fromJson(body);
  }

  public boolean is(String method, String pathRegex) {
    return this.method.equals(method) && path.matches(pathRegex);
  }

  public boolean isMultipart() {
    return contentType != null && contentType.startsWith("multipart/");
  }
}
