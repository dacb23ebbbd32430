package org.mentorbot.core.checkin;

import java.util.Locale;
import java.util.Optional;

/** The answers to a check-in, as members type them ({@code not-yet}) and as buttons show them. */
public enum CheckinAnswer {
  MET("met", "Met"),
  SCHEDULED("scheduled", "Scheduled"),
  NOT_YET("not-yet", "Not yet"),
  NEED_HELP("need-help", "Need help"),
  END("end", "End");

  private final String id;
  private final String label;

  CheckinAnswer(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** Met or scheduled: the pair is moving, so the run of misses ends. */
  boolean progress() {
    return this == MET || this == SCHEDULED;
  }

  public static Optional<CheckinAnswer> parse(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (CheckinAnswer a : values()) {
      if (a.id.equals(wanted)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
