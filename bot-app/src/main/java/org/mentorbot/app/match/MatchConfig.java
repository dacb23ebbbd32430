package org.mentorbot.app.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorbot.core.matching.engine.MatchSettings;

/**
 * Reads matching weights from a flat YAML file; keys are {@link MatchSettings}' components and any
 * key left out keeps DESIGN's default:
 *
 * <pre>
 * repeatWindow: 3
 * maxTzHours: 8
 * waitlistBonus: 80
 * </pre>
 */
final class MatchConfig {
  static final List<String> KEYS =
      List.of(
          "repeatWindow",
          "minYearsAhead",
          "maxTzHours",
          "topicWeight",
          "timezoneWeight",
          "experienceBest",
          "experienceGood",
          "waitlistBonus");

  private MatchConfig() {}

  /** The settings, or the defaults with the problems recorded. */
  static MatchSettings read(Path path, Problems problems) {
    String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    MatchSettings d = MatchSettings.defaults();
    Map<String, Integer> values = new LinkedHashMap<>();
    values.put("repeatWindow", d.repeatWindow());
    values.put("minYearsAhead", d.minYearsAhead());
    values.put("maxTzHours", d.maxTzHours());
    values.put("topicWeight", d.topicWeight());
    values.put("timezoneWeight", d.timezoneWeight());
    values.put("experienceBest", d.experienceBest());
    values.put("experienceGood", d.experienceGood());
    values.put("waitlistBonus", d.waitlistBonus());
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(path));
    } catch (NoSuchFileException e) {
      problems.add(file + ": no such file: " + path);
      return d;
    } catch (IOException e) {
      problems.add(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
      return d;
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return d;
    }
    if (!root.isObject()) {
      problems.add(file + ": expected key: value lines such as \"maxTzHours: 6\"");
      return d;
    }
    boolean ok = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      if (!values.containsKey(key)) {
        problems.add(
            file + ": unknown key \"" + key + "\"; known keys: " + String.join(", ", KEYS));
        ok = false;
      } else if (!value.isInt()) {
        problems.add(file + ": " + key + " must be a whole number, was " + value);
        ok = false;
      } else {
        values.put(key, value.intValue());
      }
    }
    if (!ok) {
      return d;
    }
    try {
      return new MatchSettings(
          values.get("repeatWindow"),
          values.get("minYearsAhead"),
          values.get("maxTzHours"),
          values.get("topicWeight"),
          values.get("timezoneWeight"),
          values.get("experienceBest"),
          values.get("experienceGood"),
          values.get("waitlistBonus"));
    } catch (IllegalArgumentException e) {
      problems.add(file + ": " + e.getMessage());
      return d;
    }
  }
}
