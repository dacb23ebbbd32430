package org.mentorbot.core.checkin;

import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;

/** The texts of reminders, check-ins, feedback prompts and moderator alerts. */
final class NudgeMessages {

  private NudgeMessages() {}

  static String at(String userId) {
    return "<@" + userId + ">";
  }

  static Message reminder(CheckinPair pair, String to) {
    return withAnswers(
            Message.builder(
                    "Have you and "
                        + at(pair.partnerOf(to))
                        + " found a time to meet yet? A short call to get to know each other is"
                        + " a great start. Tell us how it's going:")
                .title("Round " + pair.roundNumber() + ": a friendly reminder"),
            pair)
        .build();
  }

  static Message checkin(CheckinPair pair, String to, int occurrence) {
    return withAnswers(
            Message.builder(
                    "How is it going with "
                        + at(pair.partnerOf(to))
                        + "? Press a button or use `/mentor checkin <answer>`.")
                .title("Round " + pair.roundNumber() + ": check-in " + occurrence),
            pair)
        .build();
  }

  static Message feedbackPrompt(CheckinPair pair, String to) {
    Message.Builder b =
        Message.builder(
                "Round "
                    + pair.roundNumber()
                    + " is over for you and "
                    + at(pair.partnerOf(to))
                    + ". How was it, from 1 (poor) to 5 (great)? Your answer is confidential:"
                    + " moderators only see averages. To add a comment: `/mentor feedback @"
                    + pair.partnerOf(to)
                    + " rating:N comment:\"...\"`.")
            .title("Round " + pair.roundNumber() + ": your feedback");
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
