package org.mentorbot.core.text;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Normalises topics so {@code JS}, {@code js} and {@code JavaScript} meet: lower case, inner spaces
 * to hyphens, then the community's aliases.
 */
public final class Topics {

  private Topics() {}

  public static String normalise(String topic, Map<String, String> aliases) {
    String t = topic.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    return aliases.getOrDefault(t, t);
  }

  public static List<String> normalise(Collection<String> topics, Map<String, String> aliases) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    topics.forEach(t -> out.add(normalise(t, aliases)));
    return List.copyOf(out);
  }

  /** Languages are compared case-insensitively and shown as typed in lower case. */
  public static List<String> languages(Collection<String> languages) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    languages.forEach(l -> out.add(l.strip().toLowerCase(Locale.ROOT)));
    return List.copyOf(out);
  }
}
