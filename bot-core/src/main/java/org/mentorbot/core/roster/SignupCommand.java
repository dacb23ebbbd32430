package org.mentorbot.core.roster;

import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;

/** {@code /mentor signup mentor|mentee ...}: joins the roster in a role. */
final class SignupCommand implements CommandHandler {

  private final Roster roster;

  SignupCommand(Roster roster) {
    this.roster = roster;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "signup");
  }

  @Override
  public Reply handle(CommandRequest request) {
    boolean asMentor = request.options().text("role").orElseThrow().equals("mentor");
    if (!asMentor && request.options().text("goals").isEmpty()) {
      throw new ProblemException(
          "Mentees need `goals:` so mentors know how to help.",
          "Add it, e.g. /mentor signup mentee topics:java goals:\"Get my first backend job\".");
    }
    String userId = request.actor().userId();
    return roster
        .context()
        .db()
        .write(
            tx -> {
              long community = roster.communityId(tx, request.invocation());
              Profile current =
                  roster
                      .store()
                      .find(tx, community, userId)
                      .orElse(Profile.blank(userId, request.actor().displayName()));
              if (asMentor ? current.mentor() : current.mentee()) {
                throw new ProblemException(
                    "You are already on the roster as a " + (asMentor ? "mentor" : "mentee") + ".",
                    "Change your profile with `/mentor edit`, e.g. /mentor edit topics:java,go.");
              }
              Profile updated =
                  ProfileChanges.apply(
                      current,
                      request.options(),
                      roster.settings(tx, request.invocation()).topicAliases(),
                      asMentor ? ProfileChanges.Target.MENTOR : ProfileChanges.Target.MENTEE,
                      request.actor().displayName());
              roster.store().save(tx, community, updated);
              String welcome =
                  "Welcome to the roster as a "
                      + (asMentor ? "mentor" : "mentee")
                      + "!"
                      + (updated.zone().isEmpty()
                          ? " Add your timezone (`/mentor edit tz:Europe/Berlin`) for better matches."
                          : "")
                      + (asMentor
                          ? " What happens next: when a match round opens I DM you a Join button to"
                              + " be matched with a mentee; meanwhile mentees can ask you for a"
                              + " one-off chat, and `/officehours open` starts office hours."
                          : " What happens next: when a match round opens I DM you a Join button to"
                              + " be matched with a mentor (`/round status` shows what is planned);"
                              + " meanwhile `/mentor find <topic>` shows mentors you can ask.");
              return Reply.privately(
                  ProfileView.render(
                      updated, roster.today(), welcome, roster.settings(tx, request.invocation())));
            });
  }
}
