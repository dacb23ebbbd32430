package org.mentorbot.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known key a misspelt one was probably meant to be. */
final class KeyHints {
  private KeyHints() {}

  static Optional<String> nearest(String unknown, Collection<String> known) {
    String wanted = normalize(unknown);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      String normal = normalize(candidate);
      if (normal.equals(wanted)) {
        return Optional.of(candidate); // same words, other spelling: cadence_days, CadenceDays
      }
      int distance = distance(wanted, normal);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.min(3, Math.max(1, wanted.length() / 3));
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Whether a key's name suggests it holds a secret that belongs in the environment. */
  static boolean looksSecret(String key) {
    String normal = normalize(key);
    return normal.contains("token") || normal.contains("secret") || normal.contains("password");
  }

  private static String normalize(String key) {
    return key.replace("-", "").replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance, counting a swap of neighbours as one edit. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
