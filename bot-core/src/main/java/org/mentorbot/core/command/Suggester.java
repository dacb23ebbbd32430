package org.mentorbot.core.command;

import java.util.List;

/** Offers autocomplete values for options of one kind (topics, mentors, open sessions). */
public interface Suggester {

  /** Up to 25 suggestions for what the member typed so far. */
  List<Suggestion> suggest(Invocation invocation, String partial);
}
