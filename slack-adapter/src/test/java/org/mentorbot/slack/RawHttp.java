package org.mentorbot.slack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.mentorbot.slack.fake.SignedClient;

/**
 * One keep-alive HTTP/1.1 connection to the bot over a plain socket, so a test sees exactly the
 * bytes the bot wrote and whether it closed the connection before a response was complete (an HTTP
 * client library would only report "EOF").
 */
final class RawHttp implements AutoCloseable {

  private final Socket socket = new Socket();
  private final int port;
  private final InputStream in;
  private final OutputStream out;

  /** Connects to the bot on {@code port}; every read waits at most {@code timeout}. */
  RawHttp(int port, Duration timeout) throws IOException {
    this.port = port;
    socket.connect(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) timeout.toMillis());
    socket.setSoTimeout((int) timeout.toMillis());
    in = new java.io.BufferedInputStream(socket.getInputStream());
    out = socket.getOutputStream();
  }

  /** Sends the form as Slack posts a slash command to {@code /slack/events}, signed. */
  void slash(SignedClient signer, Map<String, String> form) throws IOException {
    String body = SignedClient.formBody(form);
    long timestamp = SignedClient.nowSeconds();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /slack/events HTTP/1.1\r\n"
            + "Host: 127.0.0.1:"
            + port
            + "\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\n"
            + "X-Slack-Request-Timestamp: "
            + timestamp
            + "\r\n"
            + "X-Slack-Signature: "
            + signer.signature(timestamp, body)
            + "\r\n"
            + "Content-Length: "
            + bytes.length
            + "\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.flush();
  }

  /**
   * Reads one whole response: status line, headers and the body its framing announces (length or
   * chunks). Fails, saying how much arrived, if the connection ends before that.
   */
  Response response() throws IOException {
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    String head = readUntil(seen, "\r\n\r\n") + "\r\n"; // every header line ends in CRLF
    String lower = head.toLowerCase(Locale.ROOT);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (lower.contains("\r\ntransfer-encoding: chunked")) {
      while (true) {
        String size = readUntil(seen, "\r\n").strip();
        int length = Integer.parseInt(size.split(";", 2)[0], 16);
        if (length == 0) {
          readUntil(seen, "\r\n"); // no trailers: the blank line that ends the message
          break;
        }
        body.writeBytes(readExactly(seen, length));
        readUntil(seen, "\r\n");
      }
    } else {
      int at = lower.indexOf("\r\ncontent-length:");
      if (at < 0) {
        throw new AssertionError("a response without a length cannot be told complete: " + head);
      }
      int end = lower.indexOf("\r\n", at + 2);
      int length =
          Integer.parseInt(head.substring(at + "\r\ncontent-length:".length(), end).strip());
      body.writeBytes(readExactly(seen, length));
    }
    String statusLine = head.substring(0, head.indexOf("\r\n"));
    return new Response(
        Integer.parseInt(statusLine.split(" ", -1)[1]),
        head,
        body.toString(StandardCharsets.UTF_8));
  }

  /** Whether the bot closed the connection: the next read finds its end, not more bytes. */
  boolean closedByTheBot() throws IOException {
    return in.read() < 0;
  }

  private String readUntil(ByteArrayOutputStream seen, String end) throws IOException {
    ByteArrayOutputStream part = new ByteArrayOutputStream();
    byte[] marker = end.getBytes(StandardCharsets.US_ASCII);
    while (!endsWith(part.toByteArray(), marker)) {
      part.write(next(seen));
    }
    byte[] bytes = part.toByteArray();
    return new String(bytes, 0, bytes.length - marker.length, StandardCharsets.ISO_8859_1);
  }

  private byte[] readExactly(ByteArrayOutputStream seen, int length) throws IOException {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) next(seen);
    }
    return bytes;
  }

  private int next(ByteArrayOutputStream seen) throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new AssertionError(
          "the bot closed the connection before the response was complete; it had sent "
              + seen.size()
              + " bytes: "
              + seen.toString(StandardCharsets.ISO_8859_1));
    }
    seen.write(b);
    return b;
  }

  private static boolean endsWith(byte[] bytes, byte[] suffix) {
    if (bytes.length < suffix.length) {
      return false;
    }
    for (int i = 0; i < suffix.length; i++) {
      if (bytes[bytes.length - suffix.length + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  /** A complete response: its status, the header block, the decoded body. */
  record Response(int status, String head, String body) {}
}
