package org.mentorbot.core.mentorship;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.mentorbot.core.command.Catalogue;
import org.mentorbot.core.command.CommandHandler;
import org.mentorbot.core.command.CommandRequest;
import org.mentorbot.core.command.CommandSpec;
import org.mentorbot.core.command.ProblemException;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.command.UserRef;
import org.mentorbot.core.messaging.Button;
import org.mentorbot.core.messaging.Message;
import org.mentorbot.core.text.SafeText;

/**
 * {@code /mentor goals [with:@user]} and {@code /mentor goal add "..."|done N|drop N [with:@user]}:
 * a mentorship's goal list, seen and changed by its members only. When the last open goal is done
 * the bot offers to wrap up (goal reached) or to set a new goal.
 */
final class GoalCommands {

  static final int GOAL_LIMIT = 300;
  static final int MAX_GOALS = 20;

  private final Mentorships mentorships;

  GoalCommands(Mentorships mentorships) {
    this.mentorships = mentorships;
  }

  List<CommandHandler> handlers() {
    return List.of(new ListGoals(), new ChangeGoal());
  }

  private Mentorship pick(Handle h, CommandRequest request) {
    long c = mentorships.context.communities().idOf(h, request.community());
    return Pick.running(
        mentorships,
        h,
        c,
        request.actor().userId(),
        request.options().user("with").map(UserRef::userId));
  }

  private Message render(Handle h, Mentorship m, String self, String heading) {
    List<Goal> goals = mentorships.goals.of(h, m.id());
    StringBuilder text = new StringBuilder(heading);
    if (goals.isEmpty()) {
      text.append("No goals yet. Add one with `/mentor goal add \"...\"`.");
    }
    for (Goal g : goals) {
      text.append(text.length() == heading.length() ? "" : "\n")
          .append(g.number())
          .append(". ")
          .append(g.text())
          .append(g.open() ? "" : g.state() == Goal.State.DONE ? " (done)" : " (dropped)");
    }
    return Message.builder(text.toString())
        .title("Goals of your mentorship with " + m.withWhom(self))
        .build();
  }

  private final class ListGoals implements CommandHandler {
    @Override
    public CommandSpec spec() {
      return Catalogue.get("mentor", "goals");
    }

    @Override
    public Reply handle(CommandRequest request) {
      return mentorships
          .context
          .db()
          .write(
              tx -> {
                Mentorship m = pick(tx, request);
                return Reply.privately(render(tx, m, request.actor().userId(), ""));
              });
    }
  }

  private final class ChangeGoal implements CommandHandler {
    @Override
    public CommandSpec spec() {
      return Catalogue.get("mentor", "goal");
    }

    @Override
    public Reply handle(CommandRequest request) {
      String action = request.options().text("action").orElseThrow();
      String goal = request.options().text("goal").orElseThrow().strip();
      String self = request.actor().userId();
      return mentorships
          .context
          .db()
          .write(
              tx -> {
                Mentorship m = pick(tx, request);
                if (action.equals("add")) {
                  String text = SafeText.of(goal);
                  if (text.isEmpty() || text.length() > GOAL_LIMIT) {
                    throw new ProblemException(
                        "A goal must be 1 to " + GOAL_LIMIT + " characters.",
                        "For example `/mentor goal add \"ship my first pull request\"`.");
                  }
                  if (mentorships.goals.of(tx, m.id()).size() >= MAX_GOALS) {
                    throw new ProblemException(
                        "This mentorship already has " + MAX_GOALS + " goals.",
                        "Mark some done or dropped first; the list keeps them for you.");
                  }
                  int n = mentorships.goals.add(tx, m.id(), text, mentorships.now());
                  return Reply.privately(render(tx, m, self, "Added goal " + n + ".\n"));
                }
                int number = number(goal);
                Goal.State to = action.equals("done") ? Goal.State.DONE : Goal.State.DROPPED;
                if (!mentorships.goals.close(tx, m.id(), number, to, mentorships.now())) {
                  throw new ProblemException(
                      "Your mentorship has no open goal " + number + ".",
                      "`/mentor goals` lists them with their numbers.");
                }
                Message list =
                    render(
                        tx,
                        m,
                        self,
                        "Goal "
                            + number
                            + (to == Goal.State.DONE ? " is done." : " is dropped.")
                            + "\n");
                if (to == Goal.State.DONE && mentorships.goals.open(tx, m.id()).isEmpty()) {
                  return Reply.privately(
                      Message.builder(
                              list.text()
                                  + "\n\nEvery goal is reached. Well done! Wrap up now as a"
                                  + " success, or set a new goal with `/mentor goal add \"...\"`.")
                          .title(list.title())
                          .button(
                              Button.primary(
                                  "Goal reached: wrap up", "end:" + m.id() + ":goal-reached"))
                          .build());
                }
                return Reply.privately(list);
              });
    }
  }

  private static int number(String text) {
    if (!text.matches("\\d{1,3}")) {
      throw new ProblemException(
          "`" + SafeText.clip(SafeText.of(text), 20) + "` is not a goal number.",
          "`/mentor goals` lists them with their numbers, e.g. `/mentor goal done 1`.");
    }
    return Integer.parseInt(text);
  }
}
