package org.mentorbot.app.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one platform names the scenario's members and channels, and the way back: every id (and any
 * platform-made display name) in a recorded text or row becomes the console name.
 */
final class Identities {

  private static final Pattern MENTION = Pattern.compile("@([a-z]+)\\b");

  private final Map<String, String> idOf = new LinkedHashMap<>();
  private final List<String[]> back = new ArrayList<>();

  /** {@code member} is {@code id} on this platform; {@code aliases} are other names it shows. */
  Identities member(String member, String id, String... aliases) {
    idOf.put(member, id);
    for (String alias : aliases) {
      back.add(new String[] {alias, member});
    }
    back.add(new String[] {id, member});
    return this;
  }

  Identities channel(String name, String id) {
    back.add(new String[] {id, name});
    return this;
  }

  String id(String member) {
    String id = idOf.get(member);
    if (id == null) {
      throw new IllegalArgumentException("not in the scenario: " + member);
    }
    return id;
  }

  /** Scenario text with each {@code @member} as this platform's mention {@code <@id>}. */
  String mentions(String text) {
    Matcher m = MENTION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String id = idOf.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(id == null ? m.group() : "<@" + id + ">"));
    }
    return m.appendTail(out).toString();
  }

  /** {@code text} with platform ids and names replaced by the console's names. */
  String toConsole(String text) {
    String result = text;
    for (String[] pair : back) {
      result = result.replace(pair[0], pair[1]);
    }
    return result;
  }
}
