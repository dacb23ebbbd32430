package org.mentorbot.core.matching.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups peers into circles of 3–5 by shared topics and timezone (DESIGN §4, peer-circles).
 *
 * <p>Two rules are hard, in every step: every member of a circle has the topic the circle is named
 * for (a topic common to all), and every two members are compatible (not blocked, at most {@code
 * maxTzHours} apart). A peer no circle can take under them is left out with the reason.
 *
 * <p>A greedy heuristic, deterministic for a given input and seed; it does not claim an optimum.
 * Peers are ordered by id, shuffled by the seed, then sorted by how few compatible peers they have
 * (compatible: not blocked, a shared topic, at most {@code maxTzHours} apart), so the hardest to
 * place go first. (1) Each unplaced peer seeds a circle and adds, up to four members, the
 * compatible peer with the highest affinity to everyone already in it; circles under three are
 * dissolved. (2) Left-over peers join the circle with room where they fit best, compatible circles
 * first. (3) Three or more still left form their own circles. (4) One or two still left join a full
 * circle, which then splits in two. Blocks are never broken.
 */
public final class CircleEngine {
  static final int MIN_SIZE = 3;
  static final int MAX_SIZE = 5;
  private static final int TARGET_SIZE = 4;

  public CircleResult group(CircleInput input) {
    List<CircleResult.UnplacedPeer> unplaced = new ArrayList<>();
    List<MenteeCandidate> active = new ArrayList<>();
    List<MenteeCandidate> sorted = new ArrayList<>(input.peers());
    sorted.sort(Comparator.comparing(MenteeCandidate::id));
    Collections.shuffle(sorted, new Random(input.seed()));
    for (MenteeCandidate p : sorted) {
      if (input.paused().contains(p.id())) {
        unplaced.add(new CircleResult.UnplacedPeer(p.id(), "paused: not placed in a circle"));
      } else {
        active.add(p);
      }
    }
    if (active.size() < MIN_SIZE) {
      String reason =
          "only "
              + active.size()
              + (active.size() == 1 ? " peer" : " peers")
              + " joined; a circle needs at least "
              + MIN_SIZE;
      active.forEach(p -> unplaced.add(new CircleResult.UnplacedPeer(p.id(), reason)));
      return result(List.of(), unplaced);
    }
    PeerAffinity aff = new PeerAffinity(active, input);
    int n = active.size();
    int[] circleOf = new int[n];
    java.util.Arrays.fill(circleOf, -1);
    List<List<Integer>> circles = new ArrayList<>();
    Integer[] order = new Integer[n];
    int[] degree = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      for (int j = 0; j < n; j++) {
        if (i != j && aff.compatible(i, j)) {
          degree[i]++;
        }
      }
    }
    java.util.Arrays.sort(
        order, Comparator.comparingInt((Integer i) -> degree[i]).thenComparing(i -> i));
    for (int seed : order) {
      if (circleOf[seed] >= 0) {
        continue;
      }
      List<Integer> group = new ArrayList<>(List.of(seed));
      while (group.size() < TARGET_SIZE) {
        int best = bestCandidate(aff, circleOf, group, true);
        if (best < 0) {
          break;
        }
        group.add(best);
      }
      if (group.size() >= MIN_SIZE) {
        place(circles, circleOf, group);
      } else {
        group.forEach(i -> circleOf[i] = -1);
      }
    }
    List<Integer> left = new ArrayList<>();
    for (int i : order) {
      if (circleOf[i] < 0 && !joinBestCircle(aff, circles, circleOf, i)) {
        left.add(i);
      }
    }
    while (left.size() >= MIN_SIZE) {
      List<Integer> group = new ArrayList<>(List.of(left.remove(0)));
      while (group.size() < TARGET_SIZE && !left.isEmpty()) {
        int best = bestCandidate(aff, circleOf, group, false);
        if (best < 0) {
          break;
        }
        group.add(best);
        left.remove(Integer.valueOf(best));
      }
      if (group.size() < MIN_SIZE) {
        group.forEach(i -> circleOf[i] = -1);
        left.addAll(group);
        break;
      }
      place(circles, circleOf, group);
    }
    for (int i : new ArrayList<>(left)) {
      if (joinBestCircle(aff, circles, circleOf, i) || splitFullCircle(aff, circles, circleOf, i)) {
        left.remove(Integer.valueOf(i));
      }
    }
    for (int i : left) {
      unplaced.add(
          new CircleResult.UnplacedPeer(
              active.get(i).id(),
              degree[i] == 0
                  ? "no other peer shares a topic with you within "
                      + input.settings().maxTzHours()
                      + " hours of your timezone"
                  : "every circle that shares your topics and timezone was full or could not"
                      + " take you"));
    }
    List<Circle> out = new ArrayList<>();
    for (List<Integer> c : circles) {
      out.add(aff.describe(c));
    }
    return result(out, unplaced);
  }

  /** The unplaced peer with the highest affinity to the group that fits it. */
  private static int bestCandidate(
      PeerAffinity aff, int[] circleOf, List<Integer> group, boolean unused) {
    int best = -1;
    long bestScore = Long.MIN_VALUE;
    for (int q = 0; q < circleOf.length; q++) {
      if (circleOf[q] >= 0 || group.contains(q) || !aff.fits(q, group)) {
        continue;
      }
      long s = aff.affinity(q, group);
      if (s > bestScore) {
        bestScore = s;
        best = q;
      }
    }
    if (best >= 0) {
      circleOf[best] = Integer.MAX_VALUE; // reserved while the group is built
    }
    return best;
  }

  private static void place(List<List<Integer>> circles, int[] circleOf, List<Integer> group) {
    circles.add(group);
    group.forEach(i -> circleOf[i] = circles.size() - 1);
  }

  /** Joins the circle with room that fits best: fully compatible first, then by affinity. */
  private static boolean joinBestCircle(
      PeerAffinity aff, List<List<Integer>> circles, int[] circleOf, int peer) {
    int best = -1;
    long bestScore = Long.MIN_VALUE;
    for (int c = 0; c < circles.size(); c++) {
      List<Integer> circle = circles.get(c);
      if (circle.size() >= MAX_SIZE || !aff.fits(peer, circle)) {
        continue;
      }
      long s = (aff.fits(peer, circle) ? 1L << 40 : 0) + aff.affinity(peer, circle);
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    if (best < 0) {
      return false;
    }
    circles.get(best).add(peer);
    circleOf[peer] = best;
    return true;
  }

  /** Adds the peer to a full circle it may join and splits the six into two threes. */
  private static boolean splitFullCircle(
      PeerAffinity aff, List<List<Integer>> circles, int[] circleOf, int peer) {
    for (int c = 0; c < circles.size(); c++) {
      List<Integer> six = new ArrayList<>(circles.get(c));
      if (six.size() != MAX_SIZE || !aff.fits(peer, six)) {
        continue;
      }
      six.add(peer);
      List<Integer> a = new ArrayList<>(List.of(six.get(0)));
      List<Integer> b = new ArrayList<>();
      for (int k = 1; k < six.size(); k++) {
        int q = six.get(k);
        boolean toA =
            a.size() < MIN_SIZE
                && aff.fits(q, a)
                && (b.size() >= MIN_SIZE
                    || !aff.fits(q, b)
                    || aff.affinity(q, a) >= aff.affinity(q, b));
        (toA ? a : b).add(q);
      }
      if (a.size() == MIN_SIZE && b.size() == MIN_SIZE && aff.valid(a) && aff.valid(b)) {
        final int kept = c;
        circles.set(kept, a);
        circles.add(b);
        a.forEach(i -> circleOf[i] = kept);
        b.forEach(i -> circleOf[i] = circles.size() - 1);
        return true;
      }
    }
    return false;
  }

  private static CircleResult result(
      List<Circle> circles, List<CircleResult.UnplacedPeer> unplaced) {
    List<Circle> sortedCircles = new ArrayList<>(circles);
    sortedCircles.sort(Comparator.comparing(c -> c.members().get(0)));
    List<CircleResult.UnplacedPeer> sortedUnplaced = new ArrayList<>(unplaced);
    sortedUnplaced.sort(Comparator.comparing(CircleResult.UnplacedPeer::peerId));
    return new CircleResult(sortedCircles, sortedUnplaced);
  }

  static Set<String> shared(Set<String> a, Set<String> b) {
    Set<String> s = new TreeSet<>(a);
    s.retainAll(b);
    return s;
  }
}
