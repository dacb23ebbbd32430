package org.mentorbot.core.mentorship;

import org.jdbi.v3.core.Handle;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.messaging.Message;

/**
 * Lets another slice add to the intro of a new mentorship (a round's or a moderator's) without this
 * slice or matching knowing it: meetings add the shared daytime windows with their Propose buttons.
 * Runs in the transaction that creates the mentorship.
 */
@FunctionalInterface
public interface IntroAddition {

  IntroAddition NONE = (tx, community, mentorship, intro) -> intro;

  /** The intro with the addition. */
  Message extend(Handle tx, CommunityId community, Mentorship mentorship, Message intro);
}
