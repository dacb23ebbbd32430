package org.mentorbot.core.messaging;

import java.util.Objects;

/** A file sent with a message, such as the stats chart PNG. */
public record Attachment(String fileName, String mediaType, byte[] content) {
  public Attachment {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mediaType, "mediaType");
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
