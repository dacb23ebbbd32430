package org.mentorbot.app.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mentorbot.core.storage.Database;

/**
 * The platform-neutral rows a scenario leaves behind: roster, rounds, office hours and asks, with
 * the community's row id and the round's random seed left out and platform ids mapped to names.
 */
final class DatabaseFacts {

  static final List<String> TABLES =
      List.of(
          "member",
          "member_topic",
          "member_language",
          "match_round",
          "round_participant",
          "match_pair",
          "mentorship",
          "mentorship_member",
          "mentorship_goal",
          "oh_session",
          "oh_host",
          "oh_entry",
          "ask");

  private static final Set<String> LEFT_OUT = Set.of("community_id", "seed");

  private DatabaseFacts() {}

  /** Table name to its rows, each row as sorted column=value text, rows sorted. */
  static Map<String, List<String>> of(Database db, Identities ids) {
    Map<String, List<String>> facts = new LinkedHashMap<>();
    for (String table : TABLES) {
      List<Map<String, Object>> rows =
          db.read(h -> h.createQuery("SELECT * FROM " + table).mapToMap().list());
      List<String> normalised = new ArrayList<>();
      for (Map<String, Object> row : rows) {
        Map<String, Object> kept = new TreeMap<>(row);
        kept.keySet().removeAll(LEFT_OUT);
        normalised.add(ids.toConsole(kept.toString()));
      }
      normalised.sort(null);
      facts.put(table, normalised);
    }
    return facts;
  }
}
