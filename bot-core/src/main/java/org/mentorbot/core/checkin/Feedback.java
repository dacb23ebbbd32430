package org.mentorbot.core.checkin;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.text.SafeText;

/**
 * Confidential feedback about a match: one per pair and giver (a second replaces the first). A
 * rating of 1 or a comment with a safety word is flagged, the only case in which moderators see a
 * comment's text.
 */
final class Feedback {

  static final int COMMENT_LIMIT = 1000;

  /** Word stems that make a comment something a moderator must read. */
  static final List<String> FLAG_WORDS =
      List.of(
          "harass",
          "unsafe",
          "abuse",
          "abusive",
          "inappropriate",
          "threat",
          "creep",
          "stalk",
          "discriminat",
          "racis",
          "sexis",
          "bully",
          "offensive");

  private final CheckinStore store;
  private final Alerts alerts;

  Feedback(CheckinStore store, Alerts alerts) {
    this.store = store;
    this.alerts = alerts;
  }

  static boolean flagged(int rating, Optional<String> comment) {
    return rating == 1 || raisesConcern(comment);
  }

  /** Whether a comment has a safety word: the moderators then read it at once. */
  static boolean raisesConcern(Optional<String> comment) {
    String text = comment.orElse("").toLowerCase(Locale.ROOT);
    return FLAG_WORDS.stream().anyMatch(text::contains);
  }

  /** Stores the feedback; returns the reply for the giver. */
  String give(
      Handle tx,
      CommunityId community,
      CheckinPair pair,
      String from,
      int rating,
      Optional<String> comment,
      Instant now) {
    if (rating < 1 || rating > 5) {
      throw new ProblemException(
          "`rating:` must be from 1 to 5, not " + rating + ".", "1 is poor, 5 is great.");
    }
    if (!pair.involves(from)) {
      throw new ProblemException(
          "That feedback button belongs to someone else's mentorship.",
          "Use the buttons in your own messages, or `/mentor feedback @user rating:N`.");
    }
    Optional<String> clean = comment.map(String::strip).filter(c -> !c.isEmpty()).map(SafeText::of);
    if (clean.isPresent() && clean.get().length() > COMMENT_LIMIT) {
      throw new ProblemException(
          "`comment:` is "
              + clean.get().length()
              + " characters long; the limit is "
              + COMMENT_LIMIT
              + ".",
          "Shorten it and send it again.");
    }
    // Feedback about a circle is about the circle as a whole, never one peer.
    String about = pair.circle() ? null : pair.partnerOf(from);
    int replaced =
        tx.createUpdate("DELETE FROM checkin_feedback WHERE pair_id = :p AND from_id = :u")
            .bind("p", pair.pairId())
            .bind("u", from)
            .execute();
    tx.createUpdate(
            "INSERT INTO checkin_feedback (pair_id, community_id, round_id, from_id, about_id,"
                + " rating, comment, flagged, created_at, updated_at) VALUES (:p, :c, :r, :u,"
                + " :about, :rating, :comment, :flagged, :now, :now)")
        .bind("p", pair.pairId())
        .bind("c", pair.communityId())
        .bind("r", pair.roundId().orElse(null))
        .bind("u", from)
        .bind("about", about)
        .bind("rating", rating)
        .bind("comment", clean.orElse(null))
        .bind("flagged", flagged(rating, clean) ? 1 : 0)
        .bind("now", now.toEpochMilli())
        .execute();
    if (raisesConcern(clean)) {
      // The comment is what a moderator must read; the rating is not shown, so the alert reveals
      // no score. It goes only where confidential alerts go (mod channel or moderators' DMs).
      alerts.alert(
          tx,
          community,
          "Feedback from "
              + NudgeMessages.at(from)
              + " about their mentorship"
              + pair.roundNumber().map(n -> " (round " + n + ")").orElse("")
              + " with "
              + NudgeMessages.at(about)
              + " raises a safety concern:\n"
              + clean.get(),
          "feedback-flag:" + pair.pairId() + ":" + from + ":" + now.toEpochMilli());
    }
    return "Thanks! Your feedback ("
        + rating
        + "/5"
        + (clean.isPresent() ? " with a comment" : "")
        + ") about your mentorship with "
        + pair.withWhom(from)
        + (replaced > 0 ? " replaces the feedback you gave before." : " is saved.")
        + " It is confidential: moderators see only a combined figure over five or more ratings"
        + (clean.isPresent() ? ", and a comment only if it raises a safety concern." : ".");
  }

  /** The newest pair {@code from} had with {@code about}, or a problem. */
  CheckinPair requirePair(Handle h, long communityId, String from, String about) {
    if (from.equals(about)) {
      throw new ProblemException(
          "You can't give feedback about yourself.", "Name the member you were matched with.");
    }
    // ofMember lists the newest first.
    return store.ofMember(h, communityId, from).stream()
        .filter(p -> p.involves(about))
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(
                    "You were never matched with " + NudgeMessages.at(about) + ".",
                    "Feedback is only about your own matches; `/mentor matches` lists them."));
  }
}
