package org.mentorbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Test helper: writes a settings file into a temp folder and loads it. */
final class Settings {
  private final Path dir;

  Settings(Path dir) {
    this.dir = dir;
  }

  Path write(String yaml) {
    try {
      return Files.writeString(Files.createTempFile(dir, "mentorbot", ".yml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  MentorbotConfig load(String yaml) {
    return load(yaml, Map.of());
  }

  MentorbotConfig load(String yaml, Map<String, String> env) {
    return ConfigLoader.load(write(yaml), env);
  }

  ConfigException failure(String yaml) {
    return failure(yaml, Map.of());
  }

  ConfigException failure(String yaml, Map<String, String> env) {
    ConfigException failure = catchThrowableOfType(ConfigException.class, () -> load(yaml, env));
    assertThat(failure).as("loading should fail:%n%s", yaml).isNotNull();
    return failure;
  }

  List<ConfigProblem> problems(String yaml) {
    return failure(yaml).problems();
  }

  List<ConfigProblem> problems(String yaml, Map<String, String> env) {
    return failure(yaml, env).problems();
  }
}
