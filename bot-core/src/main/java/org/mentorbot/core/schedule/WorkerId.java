package org.mentorbot.core.schedule;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name a dispatcher or job runner claims rows under: {@code role@host/pid/nonce}. The host and
 * process id let a process that starts on the same host recognise claims a dead predecessor left
 * (its process is gone, or its pid is now this process's own, as in a restarted container) and
 * release them at once instead of waiting for their leases to run out. Claims of live processes,
 * and of other hosts, are left to their leases.
 *
 * @param role what claims ({@code outbox}, {@code jobs}); a role only releases its own kind
 * @param host this machine's name, as the resolver gives it (a container's hostname)
 * @param pid this process's id
 * @param nonce distinguishes instances (and restarts) with the same host and pid
 */
record WorkerId(String role, String host, long pid, String nonce) {

  /** Nonces of the workers this process made: same pid, but alive (several in one JVM). */
  private static final Set<String> OURS = ConcurrentHashMap.newKeySet();

  /** Looked up once: the resolver may be slow, and the name does not change while we run. */
  private static final String HOST = thisHost();

  WorkerId {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(nonce, "nonce");
    if (role.contains("@") || host.contains("/") || nonce.contains("/")) {
      throw new IllegalArgumentException("role, host and nonce must not contain @ or /");
    }
  }

  /** A new worker of this process. */
  static WorkerId forThisProcess(String role) {
    WorkerId id =
        new WorkerId(role, HOST, ProcessHandle.current().pid(), UUID.randomUUID().toString());
    OURS.add(id.nonce);
    return id;
  }

  /** The name stored in {@code claimed_by}. */
  String sql() {
    return role + "@" + host + "/" + pid + "/" + nonce;
  }

  @Override
  public String toString() {
    return sql();
  }

  /** Reads a stored {@code claimed_by}; empty for names in another format (older versions). */
  static Optional<WorkerId> parse(String claimedBy) {
    int at = claimedBy.indexOf('@');
    int last = claimedBy.lastIndexOf('/');
    int middle = last < 0 ? -1 : claimedBy.lastIndexOf('/', last - 1);
    if (at <= 0 || middle <= at + 1 || last <= middle + 1 || last == claimedBy.length() - 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new WorkerId(
              claimedBy.substring(0, at),
              claimedBy.substring(at + 1, middle),
              Long.parseLong(claimedBy.substring(middle + 1, last)),
              claimedBy.substring(last + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code other} was a worker of the same role on this host whose process has ended: its
   * pid is gone, or it is this process's pid but not one of this process's workers (a restart that
   * got the same pid, as the first process of a container does).
   */
  boolean outlived(WorkerId other) {
    if (!other.role.equals(role) || !other.host.equals(host) || other.nonce.equals(nonce)) {
      return false;
    }
    if (other.pid == pid) {
      return !OURS.contains(other.nonce);
    }
    return ProcessHandle.of(other.pid).map(p -> !p.isAlive()).orElse(true);
  }

  private static String thisHost() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host.trim().toLowerCase(Locale.ROOT).replace('/', '-').replace('@', '-');
  }
}
