package org.mentorbot.config;

import java.net.URI;

/** URL helpers shared by the platform records. */
final class Urls {
  private Urls() {}

  /** API bases end in {@code /} so that relative method paths resolve below them, not beside. */
  static URI withTrailingSlash(URI url) {
    String text = url.toString();
    return text.endsWith("/") || url.getRawQuery() != null ? url : URI.create(text + "/");
  }
}
