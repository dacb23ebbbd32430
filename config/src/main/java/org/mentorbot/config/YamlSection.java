package org.mentorbot.config;

import static org.mentorbot.config.Problems.show;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mapping of the settings file, read key by key with the expected type. A value of the wrong
 * type is reported and the default used instead, so the remaining checks still run; keys that were
 * never asked for are reported by {@link #finish()} as unknown, with the nearest known key.
 */
final class YamlSection {
  private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");

  private final String path;
  private final JsonNode node;
  private final Problems problems;
  private final Set<String> allKeys;
  private final Set<String> asked = new LinkedHashSet<>();

  private YamlSection(String path, JsonNode node, Problems problems, Set<String> allKeys) {
    this.path = path;
    this.node = node;
    this.problems = problems;
    this.allKeys = allKeys;
  }

  /**
   * @param allKeys receives the full key of every setting read, so tests can check docs against it
   */
  static YamlSection root(JsonNode node, Problems problems, Set<String> allKeys) {
    return new YamlSection("", node, problems, allKeys);
  }

  String key(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  YamlSection section(String name) {
    JsonNode value = value(name, false);
    if (value != null && !value.isObject()) {
      problems.add(key(name), "must be a mapping: its keys indented on the lines below it");
      value = null;
    }
    return new YamlSection(
        key(name), value == null ? MissingNode.getInstance() : value, problems, allKeys);
  }

  int integer(String name, int fallback) {
    return optionalInteger(name).orElse(fallback);
  }

  OptionalInt optionalInteger(String name) {
    JsonNode value = value(name, true);
    if (value == null) {
      return OptionalInt.empty();
    }
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return OptionalInt.of(value.intValue());
    }
    if (value.isTextual()) {
      try {
        return OptionalInt.of(Integer.parseInt(value.asText().trim()));
      } catch (NumberFormatException notANumber) {
        // reported below
      }
    }
    problems.add(key(name), "must be a whole number, was " + shown(value));
    return OptionalInt.empty();
  }

  String string(String name, String fallback) {
    return optionalString(name).orElse(fallback);
  }

  Optional<String> optionalString(String name) {
    JsonNode value = value(name, true);
    return value == null ? Optional.empty() : text(key(name), value);
  }

  URI uri(String name, URI fallback) {
    return optionalUri(name).orElse(fallback);
  }

  Optional<URI> optionalUri(String name) {
    return optionalString(name).flatMap(text -> parseUri(key(name), text));
  }

  LocalTime time(String name, LocalTime fallback) {
    Optional<String> text = optionalString(name);
    if (text.isEmpty()) {
      return fallback;
    }
    Matcher hhmm = TIME.matcher(text.get());
    if (!hhmm.matches()) {
      problems.add(
          key(name), "must be a time of day as HH:MM (24-hour clock), was " + show(text.get()));
      return fallback;
    }
    return LocalTime.of(Integer.parseInt(hhmm.group(1)), Integer.parseInt(hhmm.group(2)));
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    Optional<String> text = optionalString(name);
    if (text.isEmpty()) {
      return fallback;
    }
    List<String> names = new ArrayList<>();
    for (E option : type.getEnumConstants()) {
      String optionName = option.name().toLowerCase(Locale.ROOT);
      if (optionName.equals(text.get().toLowerCase(Locale.ROOT))) {
        return option;
      }
      names.add(optionName);
    }
    problems.add(
        key(name), "must be one of " + String.join(", ", names) + ", was " + show(text.get()));
    return fallback;
  }

  List<String> strings(String name, List<String> fallback) {
    JsonNode value = value(name, true);
    if (value == null) {
      return fallback;
    }
    if (!value.isArray()) {
      problems.add(key(name), "must be a list like [a, b], was " + shown(value));
      return fallback;
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      text(key(name) + "[" + i + "]", value.get(i)).ifPresent(result::add);
    }
    return result;
  }

  Map<String, String> stringMap(String name, Map<String, String> fallback) {
    JsonNode value = value(name, true);
    if (value == null) {
      return fallback;
    }
    if (!value.isObject()) {
      problems.add(key(name), "must be a mapping of key: value lines, was " + shown(value));
      return fallback;
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      text(key(name) + "." + entry.getKey(), entry.getValue())
          .ifPresent(text -> result.put(entry.getKey(), text));
    }
    return result;
  }

  /** A key that must not be in the file because its value is a secret; says where it belongs. */
  void secretFromEnvironment(String name, String envVar) {
    asked.add(name);
    if (node.has(name)) {
      problems.add(
          key(name),
          "secrets must not be written in the settings file; remove this line and set the "
              + "environment variable "
              + envVar
              + " instead");
    }
  }

  /** Reports every key of this mapping that was not read as a setting. */
  void finish() {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (asked.contains(name)) {
        continue;
      }
      Optional<String> hint = KeyHints.nearest(name, asked);
      if (hint.isPresent()) {
        problems.add(key(name), "unknown key; did you mean " + key(hint.get()) + "?");
      } else if (KeyHints.looksSecret(name)) {
        problems.add(
            key(name),
            "unknown key, and it looks like a secret: secrets belong in environment variables, "
                + "never in the settings file");
      } else {
        problems.add(key(name), "unknown key; known keys here: " + String.join(", ", asked));
      }
    }
  }

  /** The value of a key, or null when absent; an empty value is reported, not taken as unset. */
  private JsonNode value(String name, boolean setting) {
    asked.add(name);
    if (setting) {
      allKeys.add(key(name));
    }
    JsonNode value = node.get(name);
    if (value == null) {
      return null;
    }
    if (value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      problems.add(
          key(name),
          "has no value; give one or delete the line (a value starting with # is a YAML comment,"
              + " so quote it)");
      return null;
    }
    return value;
  }

  private Optional<String> text(String key, JsonNode value) {
    if (value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      problems.add(key, "has no value");
      return Optional.empty();
    }
    if (value.isValueNode()) {
      return Optional.of(value.asText().trim());
    }
    problems.add(key, "must be a single value, not " + (value.isArray() ? "a list" : "a mapping"));
    return Optional.empty();
  }

  private Optional<URI> parseUri(String key, String text) {
    try {
      return Optional.of(new URI(text));
    } catch (URISyntaxException e) {
      problems.add(key, "is not a valid URL (" + e.getReason() + "), was " + show(text));
      return Optional.empty();
    }
  }

  private static String shown(JsonNode value) {
    if (value.isValueNode()) {
      return show(value.asText());
    }
    return value.isArray() ? "a list" : "a mapping";
  }
}
