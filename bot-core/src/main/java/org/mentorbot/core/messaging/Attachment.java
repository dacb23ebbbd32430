package org.mentorbot.core.messaging;

import java.util.Objects;

/**
 * A file sent with a message, such as the stats chart PNG. The bytes are copied in and out, and
 * equality compares them, so the array component behaves like a value.
 */
@SuppressWarnings("ArrayRecordComponent")
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Attachment that
        && fileName.equals(that.fileName)
        && mediaType.equals(that.mediaType)
        && java.util.Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, mediaType, java.util.Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "Attachment[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
  }
}
