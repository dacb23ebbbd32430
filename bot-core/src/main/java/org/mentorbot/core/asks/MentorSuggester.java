package org.mentorbot.core.asks;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.Suggester;
import org.mentorbot.core.command.Suggestion;
import org.mentorbot.core.roster.MemberDao;
import org.mentorbot.core.text.SafeText;

/**
 * Autocomplete for the {@code mentor} option: mentors one could ask now (not paused, no block
 * either way, not oneself) whose id or display name starts with what was typed. The filter runs in
 * SQL so a large roster costs one query per keystroke.
 */
final class MentorSuggester implements Suggester {

  private static final int LIMIT = 25;

  private final Asks asks;

  MentorSuggester(Asks asks) {
    this.asks = asks;
  }

  @Override
  public List<Suggestion> suggest(Invocation invocation, String partial) {
    String self = invocation.actor().userId();
    String prefix = like(partial);
    String today = LocalDate.now(asks.context().clock()).toString();
    return asks.context()
        .db()
        .read(
            h ->
                asks.context()
                    .communities()
                    .find(h, invocation.community())
                    .map(
                        c ->
                            h.createQuery(
                                    "SELECT m.user_id, m.display_name FROM member m"
                                        + " WHERE m.community_id = :c AND m.is_mentor = 1"
                                        + " AND m.user_id <> :u AND "
                                        + MemberDao.OFFERABLE
                                        + " AND (LOWER(m.user_id) LIKE :p ESCAPE '!'"
                                        + " OR LOWER(m.display_name) LIKE :p ESCAPE '!')"
                                        + " ORDER BY LOWER(m.display_name), m.user_id LIMIT "
                                        + LIMIT)
                                .bind("c", c)
                                .bind("u", self)
                                .bind("today", today)
                                .bind("p", prefix)
                                .map(
                                    (rs, ctx) ->
                                        suggestion(
                                            rs.getString("user_id"), rs.getString("display_name")))
                                .list())
                    .orElse(List.of()));
  }

  private static Suggestion suggestion(String userId, String displayName) {
    String label =
        displayName.equals(userId)
            ? "@" + userId
            : SafeText.clip(SafeText.of(displayName), 60) + " (@" + userId + ")";
    // "@id" parses as a member on every front end, including console ids with dots and dashes.
    return new Suggestion(label, "@" + userId);
  }

  private static String like(String partial) {
    String p = partial.strip().toLowerCase(Locale.ROOT);
    if (p.startsWith("@")) {
      p = p.substring(1);
    }
    // '!' escapes LIKE wildcards: Jdbi's SQL lexer treats a backslash inside quotes as an escape.
    return p.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
