package org.mentorbot.core.command;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The validated, typed option values of one command. Keys are option names. */
public record Options(Map<String, Object> values) {
  public Options {
    values = Map.copyOf(values);
  }

  public static Options none() {
    return new Options(Map.of());
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public Optional<String> text(String name) {
    return get(name, String.class);
  }

  public Optional<Integer> integer(String name) {
    return get(name, Integer.class);
  }

  @SuppressWarnings("unchecked")
  public Optional<List<String>> list(String name) {
    return Optional.ofNullable((List<String>) values.get(name));
  }

  public Optional<UserRef> user(String name) {
    return get(name, UserRef.class);
  }

  public Optional<ZoneId> zone(String name) {
    return get(name, ZoneId.class);
  }

  public Optional<LocalDate> date(String name) {
    return get(name, LocalDate.class);
  }

  public Optional<LocalTime> time(String name) {
    return get(name, LocalTime.class);
  }

  private <T> Optional<T> get(String name, Class<T> type) {
    return Optional.ofNullable(values.get(name)).map(type::cast);
  }
}
