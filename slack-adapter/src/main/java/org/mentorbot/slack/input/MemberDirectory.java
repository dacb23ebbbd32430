package org.mentorbot.slack.input;

import java.util.List;

/** The workspace's members by name, for member options Slack sent as plain {@code @name}. */
public interface MemberDirectory {

  /**
   * Ids of the members whose username, display name or real name is {@code name} (ignoring case);
   * empty when nobody is called that, several when the name is ambiguous.
   *
   * @throws IllegalStateException when Slack could not be asked
   */
  List<String> idsNamed(String name);
}
