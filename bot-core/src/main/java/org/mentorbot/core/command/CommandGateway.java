package org.mentorbot.core.command;

import java.util.List;
import org.mentorbot.core.messaging.Message;

/**
 * The inbound port: everything a front end (console, Slack, Discord) asks of the core. Every method
 * answers; none throws for anything a member sent.
 */
public interface CommandGateway {

  /**
   * Runs a command given in the text form, e.g. root {@code mentor}, text {@code signup mentor
   * topics:java}.
   */
  Reply runText(Invocation invocation, String root, String text);

  /** Runs a command whose options a platform already split (Discord's typed options). */
  Reply run(Invocation invocation, RawCommand command);

  /** A member pressed a button carrying {@code actionId}. */
  Reply press(Invocation invocation, String actionId);

  /** Autocomplete values for one option while the member types. */
  List<Suggestion> suggest(
      Invocation invocation, String root, String sub, String option, String partial);

  /** The member's own overview: profile, matches, queue entries (Slack App Home). */
  Message overview(Invocation invocation);
}
