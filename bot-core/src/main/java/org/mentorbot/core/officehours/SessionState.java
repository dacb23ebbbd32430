package org.mentorbot.core.officehours;

import java.util.Locale;

/** A session is planned (from a weekly rule), open for joining and serving, or closed. */
enum SessionState {
  SCHEDULED,
  OPEN,
  CLOSED;

  String sql() {
    return name().toLowerCase(Locale.ROOT);
  }

  static SessionState of(String sql) {
    return valueOf(sql.toUpperCase(Locale.ROOT));
  }
}
