package org.mentorbot.slack.fake;

import org.mentorbot.core.messaging.Message;

/** Messages shaped like the core's longest answers, for the limit tests. */
public final class LongMessages {

  private LongMessages() {}

  /** Like {@code /round preview} of 300 pairs: 30 lines shown (over 2,000 characters), a count. */
  public static Message preview() {
    StringBuilder pairs = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      pairs
          .append(i == 0 ? "" : "\n")
          .append("• <@U1MENTOR")
          .append(i)
          .append("> → <@U2MENTEE")
          .append(i)
          .append("> · score 87 · shares java and career; 6 years ahead; 1 h apart");
    }
    pairs.append("\n…and 270 more");
    return Message.builder("If you publish now, these are the matches.")
        .title("Preview of round 4 — nothing is sent yet")
        .field("Pairs (mentor → mentee)", pairs.toString())
        .field("Quality", "300 of 300 mentees matched (100%), mean score 87")
        .build();
  }
}
