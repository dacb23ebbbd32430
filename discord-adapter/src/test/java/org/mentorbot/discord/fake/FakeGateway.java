package org.mentorbot.discord.fake;

import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway half of the fake: HELLO on connect, heartbeat ACKs, READY plus GUILD_CREATE after
 * IDENTIFY, RESUMED after RESUME, and dispatches the tests inject.
 */
final class FakeGateway extends WebSocketServer {
  private final Supplier<DataObject> ready;
  private final Supplier<DataObject> guildCreate;
  private final CountDownLatch started = new CountDownLatch(1);
  private final AtomicInteger sequence = new AtomicInteger();
  final AtomicInteger identifies = new AtomicInteger();
  final AtomicInteger resumes = new AtomicInteger();
  private volatile WebSocket current;

  FakeGateway(Supplier<DataObject> ready, Supplier<DataObject> guildCreate) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.ready = ready;
    this.guildCreate = guildCreate;
    setReuseAddr(true);
    setConnectionLostTimeout(0);
  }

  void startAndWait() throws InterruptedException {
    start();
    if (!started.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake gateway did not start");
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  /** Sends an event to the connected client, as Discord would. */
  synchronized void dispatch(String type, DataObject data) {
    WebSocket socket = current;
    if (socket == null || !socket.isOpen()) {
      throw new IllegalStateException("no gateway client connected");
    }
    socket.send(
        DataObject.empty()
            .put("op", 0)
            .put("t", type)
            .put("s", sequence.incrementAndGet())
            .put("d", data)
            .toString());
  }

  /** Drops the connection as Discord does on a restart (close code 4000 allows resuming). */
  void dropConnection() {
    WebSocket socket = current;
    if (socket != null) {
      socket.close(4000, "fake restart");
    }
  }

  boolean connected() {
    WebSocket socket = current;
    return socket != null && socket.isOpen();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    current = conn;
    conn.send(
        DataObject.empty()
            .put("op", 10)
            .put("d", DataObject.empty().put("heartbeat_interval", 41250))
            .toString());
  }

  @Override
  public void onMessage(WebSocket conn, String text) {
    DataObject frame = DataObject.fromJson(text);
    switch (frame.getInt("op")) {
      case 1 -> conn.send(DataObject.empty().put("op", 11).toString());
      case 2 -> {
        identifies.incrementAndGet();
        sequence.set(0);
        dispatch("READY", ready.get());
        dispatch("GUILD_CREATE", guildCreate.get());
      }
      case 6 -> {
        resumes.incrementAndGet();
        dispatch("RESUMED", DataObject.empty());
      }
      default -> {
        // Presence updates and the like need no answer.
      }
    }
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    if (conn == current) {
      current = null;
    }
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    // A client going away mid-frame is normal when JDA shuts down.
  }

  @Override
  public void onStart() {
    started.countDown();
  }
}
