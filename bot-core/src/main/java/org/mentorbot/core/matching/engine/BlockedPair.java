package org.mentorbot.core.matching.engine;

/**
 * Two members who must never be matched, whoever blocked whom. Stored in a canonical order so
 * {@code new BlockedPair(a, b).equals(new BlockedPair(b, a))}.
 */
public record BlockedPair(String first, String second) {
  public BlockedPair {
    Ids.id("member", first);
    Ids.id("member", second);
    if (first.compareTo(second) > 0) {
      String swap = first;
      first = second;
      second = swap;
    }
  }

  public boolean involves(String a, String b) {
    return (first.equals(a) && second.equals(b)) || (first.equals(b) && second.equals(a));
  }
}
