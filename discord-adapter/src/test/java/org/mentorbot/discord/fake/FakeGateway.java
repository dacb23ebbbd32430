package org.mentorbot.discord.fake;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The gateway half of the fake: HELLO on connect, heartbeat ACKs, READY plus GUILD_CREATE after
 * IDENTIFY, RESUMED after RESUME, and dispatches the tests inject. Serves one connection per shard
 * (the shard is read from IDENTIFY, or from the session id a RESUME names); the fake's one guild
 * lives on {@link #guildShard()}, and, as on Discord, events without a guild (DMs) go to shard 0.
 */
final class FakeGateway extends WebSocketServer {
  private final int shards;
  private final IntFunction<DataObject> ready;
  private final Supplier<DataObject> guildCreate;
  private final CountDownLatch started = new CountDownLatch(1);
  private final Map<Integer, WebSocket> byShard = new ConcurrentHashMap<>();
  private final Map<Integer, AtomicInteger> sequences = new ConcurrentHashMap<>();
  private final List<Integer> closeCodes = new ArrayList<>();
  final AtomicInteger identifies = new AtomicInteger();
  final AtomicInteger resumes = new AtomicInteger();

  /**
   * @param ready the READY payload for a shard id
   */
  FakeGateway(int shards, IntFunction<DataObject> ready, Supplier<DataObject> guildCreate) {
    super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    this.shards = shards;
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

  int shards() {
    return shards;
  }

  /**
   * The shard the guild is on: the last one, so with several shards a DM (always on shard 0) has to
   * find its guild on another shard. Discord computes it from the guild id; JDA does not check.
   */
  int guildShard() {
    return shards - 1;
  }

  /** Sends an event as Discord would: to the guild's shard, or shard 0 without a guild. */
  void dispatch(String type, DataObject data) {
    int shard = data.hasKey("guild_id") && !data.isNull("guild_id") ? guildShard() : 0;
    dispatch(shard, type, data);
  }

  private synchronized void dispatch(int shard, String type, DataObject data) {
    WebSocket socket = byShard.get(shard);
    if (socket == null || !socket.isOpen()) {
      throw new IllegalStateException("no gateway client connected for shard " + shard);
    }
    socket.send(
        DataObject.empty()
            .put("op", 0)
            .put("t", type)
            .put("s", sequences.computeIfAbsent(shard, s -> new AtomicInteger()).incrementAndGet())
            .put("d", data)
            .toString());
  }

  /** Drops every connection as Discord does on a restart (close code 4000 allows resuming). */
  void dropConnection() {
    for (WebSocket socket : byShard.values()) {
      socket.close(4000, "fake restart");
    }
  }

  /** Whether every shard has an open connection. */
  boolean connected() {
    for (int shard = 0; shard < shards; shard++) {
      WebSocket socket = byShard.get(shard);
      if (socket == null || !socket.isOpen()) {
        return false;
      }
    }
    return true;
  }

  /** The close codes of every connection that ended, in order (1006: dropped without a frame). */
  synchronized List<Integer> closeCodes() {
    return List.copyOf(closeCodes);
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
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
        DataObject d = frame.getObject("d");
        int shard = d.hasKey("shard") ? d.getArray("shard").getInt(0) : 0;
        connect(shard, conn);
        dispatch(shard, "READY", ready.apply(shard));
        if (shard == guildShard()) {
          dispatch(shard, "GUILD_CREATE", guildCreate.get());
        }
      }
      case 6 -> {
        resumes.incrementAndGet();
        String session = frame.getObject("d").getString("session_id");
        int shard = Integer.parseInt(session.substring(session.lastIndexOf('-') + 1));
        byShard.put(shard, conn);
        conn.setAttachment(shard);
        dispatch(shard, "RESUMED", DataObject.empty());
      }
      default -> {
        // Presence updates and the like need no answer.
      }
    }
  }

  private void connect(int shard, WebSocket conn) {
    byShard.put(shard, conn);
    conn.setAttachment(shard);
    sequences.put(shard, new AtomicInteger());
  }

  /** The guild list of a READY: unavailable until its GUILD_CREATE, and only on its shard. */
  DataArray readyGuilds(int shard, String guildId) {
    DataArray guilds = DataArray.empty();
    if (shard == guildShard()) {
      guilds.add(DataObject.empty().put("id", guildId).put("unavailable", true));
    }
    return guilds;
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    synchronized (this) {
      closeCodes.add(code);
    }
    Integer shard = conn.getAttachment();
    if (shard != null) {
      byShard.remove(shard, conn);
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
