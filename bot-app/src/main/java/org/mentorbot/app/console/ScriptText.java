package org.mentorbot.app.console;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A console script's text: strict UTF-8, so a damaged file is refused whole, never half-run. */
final class ScriptText {

  private ScriptText() {}

  /** The text, or empty when the bytes are not valid UTF-8. */
  static Optional<String> decode(byte[] bytes) {
    return firstBadByte(bytes) < 0
        ? Optional.of(new String(bytes, StandardCharsets.UTF_8))
        : Optional.empty();
  }

  /** The 1-based line of the first invalid byte (0 when there is none). */
  static int firstBadLine(byte[] bytes) {
    int bad = firstBadByte(bytes);
    if (bad < 0) {
      return 0;
    }
    int line = 1;
    for (int i = 0; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int firstBadByte(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return in.position();
    }
    result = decoder.flush(out);
    return result.isError() ? in.position() : -1;
  }
}
