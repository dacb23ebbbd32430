package org.mentorbot.app.console;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorbot.core.MentorbotCore;
import org.mentorbot.core.command.Actor;
import org.mentorbot.core.command.Invocation;
import org.mentorbot.core.command.Reply;
import org.mentorbot.core.community.CommunityId;
import org.mentorbot.core.community.Platform;

/**
 * One console chat: each line is {@code @user /command ...}, {@code @user :press <action-id>} or
 * {@code :advance <duration>}. Members are created on first use; moderators are named up front.
 */
final class ConsoleSession {

  static final CommunityId COMMUNITY = new CommunityId(Platform.CONSOLE, "console");
  static final String CHANNEL = "general";

  private static final Pattern COMMAND =
      Pattern.compile("@([A-Za-z0-9._-]{1,32})\\s+/([a-z]+)(?:\\s+(.*))?", Pattern.DOTALL);
  private static final Pattern PRESS =
      Pattern.compile("@([A-Za-z0-9._-]{1,32})\\s+:press\\s+(\\S+)\\s*");
  private static final Pattern ADVANCE = Pattern.compile(":advance\\s+(\\d{1,4})([dhm])\\s*");

  private final MentorbotCore core;
  private final ConsoleClock clock;
  private final PrintStream out;
  private final Set<String> moderators;
  private final ConsoleFiles files;
  private final Function<String, Optional<ZoneId>> zones;

  ConsoleSession(
      MentorbotCore core,
      ConsoleClock clock,
      PrintStream out,
      Set<String> moderators,
      ConsoleFiles files,
      Function<String, Optional<ZoneId>> zones) {
    this.core = core;
    this.clock = clock;
    this.out = out;
    this.moderators = Set.copyOf(moderators);
    this.files = files;
    this.zones = zones;
  }

  /** Handles one input line and prints everything it causes. */
  void handle(String line) {
    String input = line.strip();
    if (input.isEmpty() || input.startsWith("#")) {
      return;
    }
    Matcher command = COMMAND.matcher(input);
    Matcher press = PRESS.matcher(input);
    Matcher advance = ADVANCE.matcher(input);
    if (command.matches()) {
      String user = command.group(1);
      String text = Optional.ofNullable(command.group(3)).orElse("");
      show(user, core.commands().runText(invocation(user), command.group(2), text));
    } else if (press.matches()) {
      String user = press.group(1);
      show(user, core.commands().press(invocation(user), press.group(2)));
    } else if (advance.matches()) {
      clock.advance(duration(Integer.parseInt(advance.group(1)), advance.group(2)));
      out.println("[clock] " + clock.instant());
    } else {
      out.println(
          "[console] I don't understand that line. Use `@user /mentor help`, `@user :press"
              + " <button-id>` or `:advance 3d` (d, h or m).");
    }
    core.runDueWork();
    out.flush();
  }

  private Invocation invocation(String user) {
    boolean moderator = moderators.contains(user.toLowerCase(Locale.ROOT));
    return new Invocation(
        COMMUNITY, new Actor(user, user, moderator, Set.of()), Optional.of(CHANNEL));
  }

  private void show(String user, Reply answer) {
    // The console has no forms: it shows how to run the form's command by hand.
    Reply reply = answer instanceof Reply.Form form ? Reply.privately(form.instead()) : answer;
    String destination = "reply @" + user;
    ZoneId zone = zones.apply(user).orElse(ZoneOffset.UTC);
    if (reply instanceof Reply.Shown shown) {
      String note = shown.message().attachment().map(files::note).orElse(null);
      out.println(
          ConsoleRenderer.render(destination, shown.message(), note, zone, clock.instant()));
    } else {
      Reply.Problem problem = (Reply.Problem) reply;
      List<String> lines =
          problem.fix().isBlank()
              ? List.of(problem.problem())
              : List.of(problem.problem(), problem.fix());
      out.println(ConsoleRenderer.block(destination, lines, zone, clock.instant()));
    }
  }

  private static Duration duration(int amount, String unit) {
    return switch (unit) {
      case "d" -> Duration.ofDays(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofMinutes(amount);
    };
  }
}
