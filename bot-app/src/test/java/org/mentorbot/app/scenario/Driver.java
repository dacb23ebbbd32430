package org.mentorbot.app.scenario;

import java.util.List;
import java.util.Map;

/** Plays a scenario's steps through one front end over a real core and database. */
interface Driver extends AutoCloseable {

  void play(Step step) throws Exception;

  /** What the core answered and delivered, in the console's words, names for ids. */
  Transcript transcript();

  /** {@link DatabaseFacts} of this driver's database. */
  Map<String, List<String>> facts();

  @Override
  void close();
}
