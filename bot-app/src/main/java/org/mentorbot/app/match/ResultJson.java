package org.mentorbot.app.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mentorbot.core.matching.engine.MatchResult;
import org.mentorbot.core.matching.engine.MatchedPair;
import org.mentorbot.core.matching.engine.UnmatchedMentee;

/**
 * DESIGN §4's result.json: {@code {"pairs":[{"mentor","mentee","score","reasons"}],
 * "unmatched":[{"mentee","reason"}],"matched","totalScore"}}, keys in that order.
 */
final class ResultJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ResultJson() {}

  static String write(MatchResult result) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode pairs = root.putArray("pairs");
    for (MatchedPair p : result.pairs()) {
      ObjectNode pair = pairs.addObject();
      pair.put("mentor", p.mentorId());
      pair.put("mentee", p.menteeId());
      pair.put("score", p.score());
      ArrayNode reasons = pair.putArray("reasons");
      p.reasonTexts().forEach(reasons::add);
    }
    ArrayNode unmatched = root.putArray("unmatched");
    for (UnmatchedMentee u : result.unmatched()) {
      ObjectNode node = unmatched.addObject();
      node.put("mentee", u.menteeId());
      node.put("reason", u.reason());
    }
    root.put("matched", result.matched());
    root.put("totalScore", result.totalScore());
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
