package org.mentorbot.app.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The scripted community: signups, a refused signup, a search, one match round from open to
 * published intros, office hours with a queue served in order, and an ask accepted by button. The
 * pairs are unambiguous (one java and one python pair) so the outcome does not rest on tie-breaks
 * that could follow platform ids.
 */
final class MentoringScenario {

  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final Set<String> MODERATORS = Set.of("mod");
  static final List<String> MEMBERS = List.of("ada", "bob", "kim", "liz", "zed", "mod");

  private MentoringScenario() {}

  static List<Step> steps() {
    return List.of(
        cmd("ada", "mentor", "signup mentor topics:java,career years:10 tz:Europe/London"),
        cmd("bob", "mentor", "signup mentor topics:python years:8 tz:America/New_York"),
        cmd(
            "kim",
            "mentor",
            "signup mentee topics:java years:2 goals:\"Lead a team\" tz:Europe/London"),
        cmd(
            "liz",
            "mentor",
            "signup mentee topics:python years:2 goals:\"Data pipelines\" tz:America/Chicago"),
        // refused: nothing is stored for zed
        cmd("zed", "mentor", "signup mentee topics:java tz:Mars/Olympus"),
        cmd("kim", "mentor", "find java"),
        cmd("kim", "mentor", "profile"),
        cmd("kim", "round", "open days:5"), // refused: not a moderator
        cmd("mod", "round", "open days:5"),
        cmd("ada", "round", "join"),
        cmd("bob", "round", "join"),
        cmd("kim", "round", "join"),
        cmd("liz", "round", "join"),
        cmd("mod", "round", "preview"),
        cmd("mod", "round", "publish"),
        new Step.Advance(Duration.ofHours(2)),
        cmd("ada", "officehours", "open topic:java minutes:90 capacity:10"),
        cmd("kim", "queue", "join 1 question:\"How should I structure a Spring Boot project?\""),
        cmd("liz", "queue", "join 1 question:\"Records or Lombok?\""),
        cmd("liz", "queue", "position"),
        cmd("ada", "officehours", "next"),
        new Step.Press("kim", "oh-here:1"),
        new Step.Advance(Duration.ofMinutes(20)),
        cmd("ada", "officehours", "next"),
        cmd("liz", "mentor", "ask @ada question:\"Could you look at my CV?\""),
        new Step.Press("ada", "ask-accept:1"),
        cmd("liz", "queue", "position"));
  }

  private static Step cmd(String member, String root, String text) {
    return new Step.Command(member, root, text);
  }
}
