package org.mentorbot.core.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** How well two peers suit the same circle, and whether they may share one at all. */
final class PeerAffinity {
  private final List<MenteeCandidate> peers;
  private final int[] offset;
  private final Set<Long> blocked = new HashSet<>();
  private final int maxTz;
  private final MatchSettings settings;

  PeerAffinity(List<MenteeCandidate> peers, CircleInput input) {
    this.peers = peers;
    this.settings = input.settings();
    this.maxTz = settings.maxTzMinutes();
    offset = new int[peers.size()];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < peers.size(); i++) {
      offset[i] = Offsets.offsetMinutes(peers.get(i).zone(), input.matchDate());
      index.put(peers.get(i).id(), i);
    }
    for (BlockedPair b : input.blocked()) {
      Integer x = index.get(b.first());
      Integer y = index.get(b.second());
      if (x != null && y != null) {
        blocked.add(key(x, y));
        blocked.add(key(y, x));
      }
    }
  }

  private long key(int a, int b) {
    return (long) a * peers.size() + b;
  }

  boolean isBlocked(int a, int b) {
    return blocked.contains(key(a, b));
  }

  int tzGap(int a, int b) {
    return Offsets.distanceMinutes(offset[a], offset[b]);
  }

  /** Not blocked, a shared topic, and within maxTzHours. */
  boolean compatible(int a, int b) {
    return !isBlocked(a, b)
        && tzGap(a, b) <= maxTz
        && !CircleEngine.shared(peers.get(a).topics(), peers.get(b).topics()).isEmpty();
  }

  /** Topic overlap plus timezone closeness; negative once the gap exceeds maxTzHours. */
  long affinity(int a, int b) {
    Set<String> ta = peers.get(a).topics();
    Set<String> tb = peers.get(b).topics();
    int smaller = Math.max(1, Math.min(ta.size(), tb.size()));
    long topics = (long) settings.topicWeight() * CircleEngine.shared(ta, tb).size() / smaller;
    long tz = (long) settings.timezoneWeight() * (maxTz - tzGap(a, b)) / Math.max(1, maxTz);
    return topics + tz;
  }

  long affinity(int peer, List<Integer> group) {
    long sum = 0;
    for (int g : group) {
      sum += affinity(peer, g);
    }
    return sum;
  }

  /**
   * Whether the peer may join the group: compatible with every member (never blocked, within
   * maxTzHours) and the group keeps a topic everyone has, which the circle is named for.
   */
  boolean fits(int peer, List<Integer> group) {
    for (int g : group) {
      if (!compatible(peer, g)) {
        return false;
      }
    }
    List<Integer> with = new ArrayList<>(group);
    with.add(peer);
    return !common(with).isEmpty();
  }

  /** Every two members compatible and a topic common to all. */
  boolean valid(List<Integer> group) {
    for (int i = 0; i < group.size(); i++) {
      for (int j = i + 1; j < group.size(); j++) {
        if (!compatible(group.get(i), group.get(j))) {
          return false;
        }
      }
    }
    return !common(group).isEmpty();
  }

  /** The topics every member of the group has. */
  Set<String> common(List<Integer> group) {
    Set<String> out = null;
    for (int g : group) {
      if (out == null) {
        out = new TreeSet<>(peers.get(g).topics());
      } else {
        out.retainAll(peers.get(g).topics());
      }
    }
    return out == null ? Set.of() : out;
  }

  Circle describe(List<Integer> group) {
    List<String> ids = new ArrayList<>();
    int widest = 0;
    for (int i = 0; i < group.size(); i++) {
      MenteeCandidate p = peers.get(group.get(i));
      ids.add(p.id());
      for (int j = i + 1; j < group.size(); j++) {
        widest = Math.max(widest, tzGap(group.get(i), group.get(j)));
      }
    }
    ids.sort(null);
    // Only topics every member has: the circle is named for the first of them.
    return new Circle(ids, List.copyOf(common(group)), widest);
  }
}
