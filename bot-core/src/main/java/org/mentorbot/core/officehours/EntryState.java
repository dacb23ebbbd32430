package org.mentorbot.core.officehours;

import java.util.Locale;

/**
 * A queue entry waits, is called (it is their turn), and ends served, skipped as a no-show, left by
 * the member, or dropped because the session closed first.
 */
enum EntryState {
  WAITING,
  CALLED,
  SERVED,
  NO_SHOW,
  LEFT,
  DROPPED;

  String sql() {
    return name().toLowerCase(Locale.ROOT);
  }

  static EntryState of(String sql) {
    return valueOf(sql.toUpperCase(Locale.ROOT));
  }

  boolean open() {
    return this == WAITING || this == CALLED;
  }
}
