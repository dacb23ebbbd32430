package org.mentorbot.config;

import java.util.Objects;

/**
 * A token or signing secret from the environment. Its {@link #toString()} is masked so it cannot
 * leak through logs, error messages or the {@code toString()} of any record that holds it; call
 * {@link #value()} only where the platform client needs it.
 */
public record Secret(String value) {
  public Secret {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a secret must not be blank");
    }
  }

  @Override
  public String toString() {
    return "****";
  }
}
