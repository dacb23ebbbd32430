package org.mentorbot.core.checkin;

import java.util.List;
import org.mentorbot.core.mentorship.Goal;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;

/** The texts of reminders, check-ins and feedback prompts. */
final class NudgeMessages {

  private NudgeMessages() {}

  static String at(String userId) {
    return "<@" + userId + ">";
  }

  static Message reminder(CheckinPair pair, String to) {
    return withAnswers(
            Message.builder(
                    "Have you and "
                        + pair.withWhom(to)
                        + " found a time to meet yet? A short call to get to know each other is"
                        + " a great start. Tell us how it's going:")
                .title("A friendly reminder"),
            pair)
        .build();
  }

  static Message checkin(CheckinPair pair, String to, int occurrence, List<Goal> openGoals) {
    StringBuilder text =
        new StringBuilder("How is it going with ")
            .append(pair.withWhom(to))
            .append("? Press a button or use `/mentor checkin <answer>`.");
    if (!openGoals.isEmpty()) {
      text.append("\nOpen goals:");
      openGoals.forEach(g -> text.append("\n  ").append(g.number()).append(". ").append(g.text()));
      text.append("\nReached one? `/mentor goal done N`.");
    }
    return withAnswers(Message.builder(text.toString()).title("Check-in " + occurrence), pair)
        .build();
  }

  static Message feedbackPrompt(CheckinPair pair, String to) {
    String command = "`/mentor feedback @" + pair.partnerOf(to) + " rating:N comment:\"...\"`";
    Message.Builder b =
        Message.builder(
                (pair.circle()
                        ? "Y" + pair.withWhom(to).substring(1)
                        : "Your mentorship with " + pair.withWhom(to))
                    + " is over. How was it"
                    + (pair.circle() ? " in the circle" : "")
                    + ", from 1 (poor) to 5 (great)? Your answer is confidential:"
                    + " moderators only see a combined figure over five or more ratings. To add a comment: "
                    + command
                    + ".")
            .title("Your feedback");
    for (int r = 1; r <= 5; r++) {
      b.button(Button.secondary(Integer.toString(r), "feedback:" + pair.pairId() + ":" + r));
    }
    return b.build();
  }

  private static Message.Builder withAnswers(Message.Builder b, CheckinPair pair) {
    for (CheckinAnswer a : CheckinAnswer.values()) {
      String id = "checkin:" + pair.pairId() + ":" + a.id();
      b.button(
          a == CheckinAnswer.END
              ? Button.danger(a.label(), id)
              : a == CheckinAnswer.MET
                  ? Button.primary(a.label(), id)
                  : Button.secondary(a.label(), id));
    }
    return b;
  }
}
