package org.mentorbot.core.mentorship;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.Suggester;
import org.mentorbot.core.command.Suggestion;

/**
 * Autocomplete for the mentorship commands: {@code with:} and {@code partner:} offer the members of
 * the caller's running mentorships, {@code goal:} the numbers of their open goals. Only the
 * caller's own mentorships are ever offered.
 */
final class MentorshipSuggesters {

  private final Mentorships mentorships;

  MentorshipSuggesters(Mentorships mentorships) {
    this.mentorships = mentorships;
  }

  Map<String, Suggester> byOption() {
    Suggester partners = this::partners;
    return Map.of("with", partners, "partner", partners, "goal", this::goals);
  }

  private List<Suggestion> partners(Invocation invocation, String partial) {
    String prefix = partial.strip().toLowerCase(Locale.ROOT).replace("@", "");
    String self = invocation.actor().userId();
    return mentorships
        .context
        .db()
        .read(
            h ->
                mentorships.context.communities().find(h, invocation.community()).stream()
                    .flatMap(c -> mentorships.store.runningOf(h, c, self).stream())
                    .flatMap(m -> m.othersOf(self).stream())
                    .distinct()
                    .filter(u -> u.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .limit(25)
                    .map(u -> new Suggestion(u, u))
                    .toList());
  }

  private List<Suggestion> goals(Invocation invocation, String partial) {
    String self = invocation.actor().userId();
    return mentorships
        .context
        .db()
        .read(
            h -> {
              List<Suggestion> out = new ArrayList<>();
              mentorships.context.communities().find(h, invocation.community()).stream()
                  .flatMap(c -> mentorships.store.runningOf(h, c, self).stream())
                  .forEach(
                      m ->
                          mentorships.goals.open(h, m.id()).stream()
                              .filter(g -> Integer.toString(g.number()).startsWith(partial.strip()))
                              .forEach(
                                  g ->
                                      out.add(
                                          new Suggestion(
                                              clip(g.number() + ". " + g.text()),
                                              Integer.toString(g.number())))));
              return out.size() > 25 ? out.subList(0, 25) : out;
            });
  }

  private static String clip(String s) {
    return s.length() <= 100 ? s : s.substring(0, 99) + "…";
  }
}
