package org.mentorbot.config;

import java.util.Objects;

/**
 * One thing wrong with the settings.
 *
 * @param key where: a dotted file key ({@code discord.shards}), an environment variable ({@code
 *     SLACK_APP_TOKEN}) or the file itself
 * @param message what is wrong and, where it helps, how to fix it; never contains a secret
 */
public record ConfigProblem(String key, String message) {
  public ConfigProblem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return key + ": " + message;
  }
}
