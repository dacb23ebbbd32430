package org.mentorbot.core.asks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.roster.Profile;
import org.mentorbot.core.text.SafeText;
import org.mentorbot.core.text.TimeZones;

/** Every text the asks feature sends; member-written parts go through {@link SafeText}. */
final class AskMessages {

  static final String ACCEPT = "ask-accept";
  static final String DECLINE = "ask-decline";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private AskMessages() {}

  /** The mentor's DM: the question, what the asker is learning, and the two buttons. */
  static Message request(Ask ask, Optional<Profile> asker, Optional<ZoneId> mentorZone) {
    Message.Builder m =
        Message.builder(
                "<@"
                    + ask.askerId()
                    + "> would like a one-off conversation with you. Accept and I'll open a"
                    + " conversation with you both; decline and they get a kind note without"
                    + " details. The ask expires "
                    + when(ask.expiresAt(), mentorZone, ask.createdAt())
                    + ".")
            .title("A request for a conversation")
            .field("Question", SafeText.of(ask.question()));
    asker
        .filter(Profile::mentee)
        .ifPresent(
            p -> {
              p.goals().ifPresent(g -> m.field("Their goals", SafeText.of(g)));
              m.field("Learning", String.join(", ", p.menteeTopics()));
            });
    return m.button(Button.primary("Accept", ACCEPT + ":" + ask.id()))
        .button(Button.secondary("Decline", DECLINE + ":" + ask.id()))
        .build();
  }

  /** The conversation an accepted ask opens, introducing both with the question. */
  static Message intro(Ask ask) {
    return Message.builder(
            "<@"
                + ask.askerId()
                + ">, meet <@"
                + ask.mentorId()
                + ">: they accepted your ask for a conversation. Say hello and find a time"
                + " that suits you both.")
        .title("Your conversation")
        .field("Question", SafeText.of(ask.question()))
        .mention(ask.askerId())
        .mention(ask.mentorId())
        .build();
  }

  static Message accepted(Ask ask) {
    return Message.of(
        "<@"
            + ask.mentorId()
            + "> accepted your ask! I've opened a conversation for you both — say hello there.");
  }

  /** Kind and without detail: the asker learns only that this mentor can't, and where to look. */
  static Message declined(Ask ask, Optional<String> topic) {
    return Message.of(
        "<@" + ask.mentorId() + "> can't take this one right now — " + findHint(topic) + ".");
  }

  static Message expired(Ask ask, Optional<String> topic) {
    return Message.of(
        "Your ask to <@"
            + ask.mentorId()
            + "> expired without an answer — they may just be busy right now. "
            + capitalised(findHint(topic))
            + ", or ask again later.");
  }

  private static String findHint(Optional<String> topic) {
    return topic
        .map(t -> "try /mentor find " + SafeText.of(t) + " for other mentors")
        .orElse("try /mentor find with a topic for other mentors");
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** An absolute time in the reader's zone (UTC if unknown) with how far away it is. */
  static String when(Instant at, Optional<ZoneId> zone, Instant now) {
    ZoneId z = zone.orElse(ZoneOffset.UTC);
    return WHEN.format(at.atZone(z)) + " " + TimeZones.format(z) + " (" + in(at, now) + ")";
  }

  /**
   * How far {@code at} is from {@code now}, roughly: "in 5 hours", then whole days from 48 hours.
   */
  static String in(Instant at, Instant now) {
    Duration d = Duration.between(now, at);
    if (d.isNegative() || d.isZero()) {
      return "now";
    }
    long hours = d.toHours();
    if (hours < 1) {
      return "in under an hour";
    }
    if (hours < 48) {
      return hours == 1 ? "in 1 hour" : "in " + hours + " hours";
    }
    return "in " + (hours + 12) / 24 + " days"; // rounded: 71 hours reads as 3 days, not 2
  }
}
