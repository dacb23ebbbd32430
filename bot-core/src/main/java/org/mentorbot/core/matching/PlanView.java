package org.mentorbot.core.matching;

import java.util.List;
import java.util.function.Function;
import org.mentorbot.core.matching.engine.MatchedPair;
import org.mentorbot.core.matching.engine.UnmatchedMentee;
import org.mentorbot.core.messaging.Message;

/** Renders a plan for moderators (preview and publish): pairs, unmatched, quality figures. */
final class PlanView {

  /** Lines shown per list; longer lists end with a count, so a big round stays one message. */
  static final int SHOWN = 30;

  private PlanView() {}

  static Message render(Plan plan, String title, String text) {
    Message.Builder m = Message.builder(text).title(title);
    if (plan.round().circles()) {
      m.field(
          "Circles",
          lines(
              plan.circles(),
              c ->
                  String.join(", ", c.members().stream().map(PlanView::at).toList())
                      + (c.sharedTopics().isEmpty()
                          ? ""
                          : " · " + String.join(", ", c.sharedTopics()))));
      if (!plan.unplaced().isEmpty()) {
        m.field("Not placed", lines(plan.unplaced(), u -> at(u.peerId()) + ": " + u.reason()));
      }
    } else {
      m.field("Pairs (mentor → mentee)", lines(plan.pairs(), PlanView::pair));
      if (!plan.unmatched().isEmpty()) {
        m.field("Unmatched", lines(plan.unmatched(), PlanView::unmatched));
      }
    }
    if (!plan.busy().isEmpty()) {
      m.field(
          "Already in a mentorship",
          lines(
              new java.util.TreeMap<>(plan.busy()).entrySet().stream().toList(),
              e -> at(e.getKey()) + ": " + e.getValue()));
    }
    if (!plan.left().isEmpty()) {
      m.field(
          "Left the roster since joining",
          String.join(", ", plan.left().stream().map(PlanView::at).toList()));
    }
    Quality q = plan.quality();
    m.field(
        "Quality",
        plan.round().circles()
            ? q.matched() + " of " + q.mentees() + " peers placed (" + q.matchedPercent() + "%)"
            : q.summary());
    return m.build();
  }

  private static String pair(MatchedPair p) {
    return at(p.mentorId())
        + " → "
        + at(p.menteeId())
        + " · score "
        + p.score()
        + " · "
        + String.join("; ", p.reasonTexts());
  }

  private static String unmatched(UnmatchedMentee u) {
    return at(u.menteeId()) + ": " + u.reason();
  }

  /** A mention that renders as a name; preview messages ping nobody (no mention list). */
  static String at(String userId) {
    return "<@" + userId + ">";
  }

  static <T> String lines(List<T> items, Function<T, String> line) {
    if (items.isEmpty()) {
      return "none";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(SHOWN, items.size()); i++) {
      out.append(i == 0 ? "" : "\n").append("• ").append(line.apply(items.get(i)));
    }
    if (items.size() > SHOWN) {
      out.append("\n…and ").append(items.size() - SHOWN).append(" more");
    }
    return out.toString();
  }
}
