package org.mentorbot.core.roster;

import java.util.Optional;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;

/** {@code /mentor edit key:value...}: changes the caller's profile. */
final class EditCommand implements CommandHandler {

  private final Roster roster;
  private final RoundNotices notices = new RoundNotices();

  EditCommand(Roster roster) {
    this.roster = roster;
  }

  @Override
  public CommandSpec spec() {
    return Catalogue.get("mentor", "edit");
  }

  @Override
  public Reply handle(CommandRequest request) {
    if (request.options().values().keySet().stream().allMatch("role"::equals)) {
      throw new ProblemException(
          "Tell me what to change.",
          "Usage: " + spec().usage() + " — e.g. /mentor edit tz:Asia/Tokyo");
    }
    return roster
        .context()
        .db()
        .write(
            tx -> {
              Profile current = roster.requireOwn(tx, request.invocation());
              ProfileChanges.Target target = target(current, request);
              Profile updated =
                  ProfileChanges.apply(
                      current,
                      request.options(),
                      roster.settings(tx, request.invocation()).topicAliases(),
                      target,
                      request.actor().displayName());
              long c = roster.communityId(tx, request.invocation());
              roster.store().save(tx, c, updated);
              String heading = "Profile updated.";
              Optional<String> notify = request.options().text("notify");
              if (notify.isPresent()) {
                boolean on = notify.get().equals(RoundNotices.ROUNDS);
                notices.set(tx, c, updated.userId(), on);
                heading +=
                    on
                        ? " You get a DM when a round opens and a reminder before its sign-up"
                            + " closes."
                        : " No more round DMs; watch the announce channel or `/round status`.";
              }
              return Reply.privately(
                  ProfileView.renderOwn(
                      updated,
                      roster.today(),
                      heading,
                      roster.settings(tx, request.invocation()),
                      notices.on(tx, c, updated.userId())));
            });
  }

  private static ProfileChanges.Target target(Profile p, CommandRequest request) {
    var role = request.options().text("role");
    if (role.isPresent()) {
      boolean mentor = role.get().equals("mentor");
      if (mentor ? !p.mentor() : !p.mentee()) {
        throw new ProblemException(
            "You are not signed up as a " + role.get() + ".",
            "Sign up first with `/mentor signup " + role.get() + " ...`.");
      }
      return mentor ? ProfileChanges.Target.MENTOR : ProfileChanges.Target.MENTEE;
    }
    if (p.mentor() && p.mentee() && request.options().has("topics")) {
      throw new ProblemException(
          "You are both a mentor and a mentee, so I don't know which topics to change.",
          "Add `role:mentor` or `role:mentee`.");
    }
    return p.mentor() && p.mentee()
        ? ProfileChanges.Target.BOTH
        : p.mentor() ? ProfileChanges.Target.MENTOR : ProfileChanges.Target.MENTEE;
  }
}
