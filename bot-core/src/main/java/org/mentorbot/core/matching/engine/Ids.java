package org.mentorbot.core.matching.engine;

import java.util.Objects;
import java.util.Set;

/** Shared validation for candidate fields. */
final class Ids {
  private Ids() {}

  static String id(String kind, String id) {
    Objects.requireNonNull(id, kind + " id");
    if (id.isBlank()) {
      throw new IllegalArgumentException(kind + " id must not be blank");
    }
    return id;
  }

  static Set<String> strings(String what, Set<String> values) {
    Objects.requireNonNull(values, what);
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(what + " must not contain blank entries");
      }
    }
    return Set.copyOf(values);
  }

  static int years(int years) {
    if (years < 0 || years > 80) {
      throw new IllegalArgumentException("years must be between 0 and 80, was " + years);
    }
    return years;
  }
}
