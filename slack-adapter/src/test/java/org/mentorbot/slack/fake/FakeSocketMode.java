package org.mentorbot.slack.fake;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode end, locally: greets each connection with {@code hello}, sends envelopes on
 * request and records what the app sends back (acks, with their payloads).
 */
public final class FakeSocketMode extends WebSocketServer implements AutoCloseable {

  private final Gson gson = new Gson();
  private final CountDownLatch started = new CountDownLatch(1);
  private final List<JsonObject> received = new ArrayList<>();
  private volatile WebSocket connection;
  private final CountDownLatch connected = new CountDownLatch(1);
  private final List<Integer> closeCodes = new ArrayList<>();

  public FakeSocketMode() throws InterruptedException {
    super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    setReuseAddr(true);
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake Socket Mode server did not start");
    }
  }

  public String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    connection = conn;
    conn.send(
        gson.toJson(
            Map.of(
                "type",
                "hello",
                "num_connections",
                1,
                "debug_info",
                Map.of("host", "fake", "approximate_connection_time", 18060),
                "connection_info",
                Map.of("app_id", "A0APP"))));
    connected.countDown();
  }

  /** Whether the app connected within {@code timeout}. */
  public boolean connected(Duration timeout) throws InterruptedException {
    return connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public void awaitConnected(Duration timeout) throws InterruptedException {
    if (!connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the app did not connect over Socket Mode within " + timeout);
    }
  }

  /** Sends one envelope of {@code type} with {@code payload}. */
  public void send(String envelopeId, String type, Object payload) {
    connection.send(
        gson.toJson(
            Map.of(
                "envelope_id", envelopeId,
                "type", type,
                "accepts_response_payload", true,
                "payload", payload)));
  }

  @Override
  public synchronized void onMessage(WebSocket conn, String message) {
    received.add(JsonParser.parseString(message).getAsJsonObject());
    notifyAll();
  }

  /** Waits for the app's answer to {@code envelopeId}. */
  public synchronized JsonObject awaitAck(String envelopeId, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (JsonObject message : received) {
        if (message.has("envelope_id")
            && envelopeId.equals(message.get("envelope_id").getAsString())) {
          return message;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no ack for " + envelopeId + "; got " + received);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  @Override
  public synchronized void onClose(WebSocket conn, int code, String reason, boolean remote) {
    closeCodes.add(code);
    notifyAll();
  }

  /**
   * Waits until {@code count} connections have ended and returns their close codes in order: 1000
   * when the app closed with a close frame, 1006 when the connection just dropped.
   */
  public synchronized List<Integer> awaitCloseCodes(int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (closeCodes.size() < count) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("only " + closeCodes + " closed within " + timeout);
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return List.copyOf(closeCodes);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {}

  @Override
  public void close() {
    try {
      stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
