package org.mentorbot.core.feature;

import java.util.Optional;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.messaging.Field;

/** One part of a member's overview (App Home): profile, matches, queue entries. */
public interface OverviewSection {

  /** The section for this member, or empty when there is nothing to show. */
  Optional<Field> render(Invocation invocation);
}
